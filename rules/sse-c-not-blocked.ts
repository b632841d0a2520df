import { defineRule } from '../src/engine/define-rule.js'
import type { RuleContext } from '../src/engine/rule-context.js'
import { wildcardMatches } from '../src/model/arn.js'
import type { PolicyCondition, PolicyStatement, Tri } from '../src/model/policy.js'
import { and, conditionKey, isDeny, or, parseOperator, principalIsEveryone, statementAppliesToAction } from '../src/model/policy.js'
import type { Bucket } from '../src/model/s3.js'
import type { SourceLocation } from '../src/model/location.js'

const CUSTOMER_ALGORITHM = 's3:x-amz-server-side-encryption-customer-algorithm'
const SSE_HEADER = 's3:x-amz-server-side-encryption'

/**
 * Does the condition hold for every SSE-C upload? Such a request carries
 * `x-amz-server-side-encryption-customer-algorithm: AES256` and no `x-amz-server-side-encryption`
 * (S3 refuses both together), so `Null customer-algorithm false` (AWS's own example), a pattern
 * that takes in AES256, `Null x-amz-server-side-encryption true`, or a negated string operator on
 * that absent key (`StringNotEquals aws:kms`: "require SSE-KMS") all hold for it.
 */
function holdsForSseC(c: PolicyCondition): boolean {
  const key = conditionKey(c)
  const op = parseOperator(c.operator)
  const texts = c.values.filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase())
  if (texts.length !== c.values.length || texts.length === 0) return false
  if (op.base === 'null')
    return (
      op.set === 'none' &&
      texts.every((v) => v === (key === SSE_HEADER ? 'true' : 'false')) &&
      (key === SSE_HEADER || key === CUSTOMER_ALGORITHM)
    )
  if (key === CUSTOMER_ALGORITHM) {
    if (op.set === 'all') return false
    if (op.base === 'stringequals' || op.base === 'stringequalsignorecase') return texts.includes('aes256')
    if (op.base === 'stringlike') return texts.some((v) => wildcardMatches(v, 'aes256'))
    return false
  }
  // A negated operator holds when the key is absent, with IfExists or ForAllValues: or not; ForAnyValue: does not.
  if (key === SSE_HEADER) return op.set !== 'any' && ['stringnotequals', 'stringnotequalsignorecase', 'stringnotlike'].includes(op.base)
  return false
}

/** A Deny for everyone of s3:PutObject on every object whose conditions hold for every SSE-C upload. */
function deniesSseC(s: PolicyStatement, bucket: Bucket, ctx: RuleContext): Tri {
  // NotPrincipal exempts the principals it names.
  if (s.principal.field !== 'Principal') return false
  let r = and(isDeny(s), and(principalIsEveryone(s), statementAppliesToAction(s, 's3:PutObject')))
  if (r === false) return false
  if (s.conditions.state === 'unknown') return 'unknown'
  if (!s.conditions.value.every(holdsForSseC)) return false
  r = and(r, ctx.statementCovers(s, bucket).objects)
  return r
}

/** Whether the bucket's policy refuses SSE-C uploads, as AWS's example policy does; where it may not be known, why. */
function policyDeniesSseC(bucket: Bucket, ctx: RuleContext): { denied: Tri; why?: { why: string; at: SourceLocation } } {
  let denied: Tri = false
  let why: { why: string; at: SourceLocation } | undefined
  // A bucket holds one policy: with two, the Deny must be in each.
  const owners = new Map<string, Tri>()
  for (const doc of bucket.policies) {
    let own: Tri = owners.get(doc.owner) ?? false
    if (doc.unknown) {
      own = or(own, 'unknown')
      why ??= doc.unknown
    }
    for (const s of doc.statements) {
      const d = deniesSseC(s, bucket, ctx)
      if (d === 'unknown') why ??= { why: 'a statement that may deny SSE-C uploads is not fully known', at: s.at }
      own = or(own, d)
    }
    owners.set(doc.owner, own)
  }
  if (owners.size) denied = [...owners.values()].reduce<Tri>((t, v) => and(t, v), true)
  return { denied, why }
}

export default defineRule({
  id: 'sse-c-not-blocked',
  meta: {
    title: 'S3 bucket does not block SSE-C uploads',
    severity: 'low',
    why:
      "With SSE-C the caller supplies the encryption key. Attackers holding stolen write credentials have used it to re-encrypt a victim's objects with a key only they know and demand a ransom. " +
      'Blocking SSE-C (BlockedEncryptionTypes: SSE-C) removes that path for buckets that never need customer-provided keys. ' +
      'A bucket policy that denies s3:PutObject on every object to everyone when the `s3:x-amz-server-side-encryption-customer-algorithm` key is present (`Null: false`, as in AWS\'s example), or whenever `s3:x-amz-server-side-encryption` is absent or not the required value (a "require SSE-KMS" Deny), refuses SSE-C uploads as well, and counts.',
    concepts: ['other:sse-c-not-blocked'],
    profiles: ['strict'],
    peers: {},
    fix: {
      cloudformation: 'BlockedEncryptionTypes:\n  EncryptionType:\n    - SSE-C   # in the ServerSideEncryptionConfiguration rule',
      terraform: 'blocked_encryption_types = ["SSE-C"]   # in the server_side_encryption_configuration rule',
      cdk: 'blockedEncryptionTypes: [s3.BlockedEncryptionType.SSE_C]',
    },
    references: ['https://aws.amazon.com/blogs/security/preventing-unintended-encryption-of-amazon-s3-objects/'],
  },
  messages: {
    sseCAllowed: 'Bucket {{bucket}} accepts SSE-C uploads (customer-provided keys); block them unless the workload needs them.',
  },
  examples: {
    cloudformation: {
      bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n'],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n            BlockedEncryptionTypes:\n              EncryptionType: [SSE-C]\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n    blocked_encryption_types = ["SSE-C"]\n  }\n}\n',
      ],
    },
  },
  check(bucket, report, ctx) {
    const b = bucket.encryption.blockedEncryptionTypes
    if (b.state === 'unknown') return report.unknown(b, 'BlockedEncryptionTypes')
    if (!b.value.some((t) => t.toUpperCase() === 'SSE-C')) {
      const policy = policyDeniesSseC(bucket, ctx)
      if (policy.denied === true) return
      if (policy.denied === 'unknown')
        return report.unknown(policy.why ?? { why: 'the bucket policy is not fully known', at: bucket.origin.at }, 'bucket policy')
      report({
        messageId: 'sseCAllowed',
        at: b.state === 'set' ? b.at : bucket.encryption.at,
        data: { bucket: bucket.id },
        fix: { kind: 'set', field: 'encryption.blockedEncryptionTypes', value: ['SSE-C'] },
      })
    }
  },
})
