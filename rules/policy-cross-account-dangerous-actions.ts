import { defineRule } from '../src/engine/define-rule.js'
import { publicStatements, reachesActionTarget, type PolicyScope } from '../src/model/exposure.js'
import type { PolicyCondition, PolicyStatement } from '../src/model/policy.js'
import {
  actionTargetsObjects,
  CROSS_ACCOUNT_DANGEROUS_ACTIONS,
  denyShutsOutPublic,
  isAllow,
  isDeny,
  isPublicAllow,
  isWildcardPrincipalValue,
  restrictingConditions,
  statementAppliesToAction,
} from '../src/model/policy.js'
import { hasUnknownPart, strParts, strToDisplay, type Str } from '../src/model/value.js'

/** `${AWS::AccountId}` / `data.aws_caller_identity...account_id`: the bucket owner's own account. */
function isOwnAccount(v: Str): boolean {
  if (typeof v === 'string') return false
  const parts = strParts(v)
  const literal = parts.filter((p): p is string => typeof p === 'string').join('')
  return (
    parts.some((p) => typeof p !== 'string' && p.kind === 'pseudo' && p.name === 'account') &&
    /^(arn:[^:]*:iam::|)(:root)?$|^arn:[^:]*:(iam|sts)::/.test(literal)
  )
}

const OWN_ACCOUNT_KEY = /^(aws:(principalaccount|sourceaccount)|s3:dataaccesspointaccount)$/i
const isOwnAccountValue = (v: Str) =>
  typeof v !== 'string' && strParts(v).every((p) => typeof p !== 'string' && p.kind === 'pseudo' && p.name === 'account')
const pinsOwnAccount = (x: PolicyCondition) => OWN_ACCOUNT_KEY.test(x.key) && x.values.length > 0 && x.values.every(isOwnAccountValue)

/**
 * Conditions that pin a wildcard principal to the owner's own account. s3:DataAccessPointAccount
 * is AWS's "delegate access control to access points" pattern: only the owner's access points
 * get through, and what they pass on is the owner's decision in their own policies.
 */
function pinnedToOwnAccount(stmt: PolicyStatement): boolean {
  const c = restrictingConditions(stmt)
  if (c.state === 'unknown') return false
  return c.value.some(pinsOwnAccount)
}

/**
 * What keeps the public out of a wildcard Allow's dangerous actions when the Allow's own
 * conditions do not: the document's Denies that let only pinned-down callers through
 * (`StringNotEquals aws:PrincipalOrgID`), as the exposure rules weigh them. Those callers are
 * still other accounts, unless every such Deny that covers the actions lets in the owner's own
 * account alone.
 */
interface DenyLimit {
  keys: string[]
  ownAccountOnly: boolean
}
function denyLimit(denies: readonly PolicyStatement[], actions: readonly string[], scope: PolicyScope): DenyLimit | undefined {
  const applying = denies.filter((d) =>
    actions.every((a) => {
      if (statementAppliesToAction(d, a) !== true) return false
      const cov = scope.covers(d)
      return (actionTargetsObjects(a) ? cov.objects : cov.bucket) === true
    }),
  )
  if (!applying.length) return undefined
  const conditions = applying.flatMap((d) => (d.conditions.state === 'unknown' ? [] : d.conditions.value))
  return {
    keys: [...new Set(conditions.map((x) => x.key))],
    ownAccountOnly: applying.some(
      (d) => d.conditions.state !== 'unknown' && d.conditions.value.length > 0 && d.conditions.value.every(pinsOwnAccount),
    ),
  }
}

/**
 * A statement only for requests through access points (s3:DataAccessPointAccount / Arn). Those
 * carry object actions only: S3 serves no bucket policy, bucket ACL or encryption call through
 * an access point, so of the dangerous actions only s3:PutObjectAcl gets through.
 */
function onlyThroughAccessPoints(stmt: PolicyStatement): boolean {
  const c = restrictingConditions(stmt)
  return c.state !== 'unknown' && c.value.some((x) => /^s3:dataaccesspoint(account|arn)$/i.test(x.key))
}

interface Grantee {
  who: string
  unknown?: string
}

const limitedBy = (keys: readonly string[], who: string): Grantee => ({
  who: `${who} limited by ${[...new Set(keys)].join(', ') || 'a condition'}`,
})

/**
 * Principals of an Allow that belong (or may belong) to another account. `publicHere`: the
 * exposure rules find it public for these actions (policy-public-write reports it); `limit`: the
 * Denies that keep the public out of them otherwise.
 */
function otherAccountGrantees(stmt: PolicyStatement, publicHere = isPublicAllow(stmt) !== false, limit?: DenyLimit): Grantee[] | 'unknown' {
  const p = stmt.principal
  // Allow with NotPrincipal is everyone but a few: public, or limited by a Deny as a wildcard is.
  if (p.field === 'NotPrincipal')
    return publicHere || !limit || limit.ownAccountOnly ? [] : [limitedBy(limit.keys, 'everyone but its NotPrincipal')]
  if (p.field !== 'Principal') return []
  if (p.entries.state === 'unknown') return 'unknown'
  const out: Grantee[] = []
  for (const e of p.entries.value) {
    if (e.type === 'Service' || e.type === 'Federated') continue
    if (e.type === '*' || isWildcardPrincipalValue(e.value) === true) {
      // A public statement is reported by policy-public-write; a wildcard pinned by a condition
      // (an organization, a list of accounts), its own or a Deny's, still reaches other accounts.
      if (publicHere || pinnedToOwnAccount(stmt) || limit?.ownAccountOnly) continue
      const c = restrictingConditions(stmt)
      const keys = c.state === 'unknown' ? [] : c.value.map((x) => x.key)
      out.push(limitedBy([...keys, ...(limit?.keys ?? [])], '"*"'))
      continue
    }
    if (isOwnAccount(e.value)) continue
    if (hasUnknownPart(e.value)) {
      out.push({ who: strToDisplay(e.value), unknown: 'the principal is only known at deploy time' })
      continue
    }
    const text = strToDisplay(e.value)
    const m = /^(\d{12})$/.exec(text) ?? /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(text)
    out.push({ who: m ? `account ${m[1]} (${text})` : e.type === 'CanonicalUser' ? `canonical user ${text}` : text })
  }
  return out
}

export default defineRule({
  id: 'policy-cross-account-dangerous-actions',
  meta: {
    title: 'S3 bucket policy lets other AWS accounts change its permissions or encryption',
    severity: 'high',
    why:
      'A bucket policy that allows another account s3:PutBucketPolicy, s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutObjectAcl or s3:PutEncryptionConfiguration hands that account control over who can read the data and how it is encrypted: it can make the bucket public, lock the owner out, or switch encryption to a key it controls. ' +
      "Grant other accounts only the data actions they need. Principals named as ${AWS::AccountId} (or the caller identity in Terraform) are the owner's own account and are not reported; a literal account id is reported, since s3-gate cannot know whether it is the owner's. A statement limited to access points (s3:DataAccessPointAccount or s3:DataAccessPointArn, AWS's delegation pattern) is judged on s3:PutObjectAcl alone: S3 serves no bucket policy, bucket ACL or encryption call through an access point. A wildcard Allow that a Deny of the same policy keeps the public out of (Deny unless `aws:PrincipalOrgID` is the organization's) is judged as if the Allow carried that condition: the organization's other accounts get what it grants.",
    concepts: ['policy-cross-account'],
    securityHub: 'S3.6',
    peers: {},
    profiles: ['baseline', 'default', 'strict'],
    fix: {
      cloudformation:
        'Remove s3:PutBucketPolicy, s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutObjectAcl and s3:PutEncryptionConfiguration (and "s3:*") from statements whose Principal is another account; list only the data actions it needs, e.g. `[s3:GetObject, s3:PutObject]`.',
      terraform:
        'Remove the permission-changing actions (and "s3:*") from statements whose principal is another account; grant only data actions such as `["s3:GetObject", "s3:PutObject"]`.',
      cdk: 'Use `bucket.grantRead(new iam.AccountPrincipal(...))` / `grantPut` instead of a `PolicyStatement` with `s3:*` or `s3:PutBucketPolicy`.',
    },
    references: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-6',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
    ],
  },
  messages: {
    crossAccount:
      'Bucket {{bucket}} policy lets {{who}} {{actions}} ({{statement}}), which lets another account control access to or encryption of the bucket.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::444455556666:root\n            Action: [s3:GetObject, s3:PutBucketPolicy]\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n',
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::444455556666:root\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n          - Effect: Allow\n            Principal:\n              AWS: !Sub arn:aws:iam::${AWS::AccountId}:root\n            Action: s3:PutBucketPolicy\n            Resource: !GetAtt Data.Arn\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::444455556666:root" }\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::444455556666:root" }\n      Action    = ["s3:GetObject", "s3:ListBucket"]\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n',
      ],
    },
    cdk: {
      bad: [
        "bucket.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AccountPrincipal('444455556666')], actions: ['s3:*'], resources: [bucket.arnForObjects('*')] }))",
      ],
      good: ["bucket.grantRead(new iam.AccountPrincipal('444455556666'))"],
    },
  },
  check(bucket, report, ctx) {
    const scope = ctx.policyScope(bucket)
    for (const doc of bucket.policies) {
      if (doc.unknown) report.unknown(doc.unknown, 'bucket policy')
      // Public as the exposure rules see it: a Deny that pins callers down makes a statement non-public.
      const open = publicStatements(doc.statements, scope)
      const denies = doc.statements.filter((d) => isDeny(d) === true && denyShutsOutPublic(d) === true)
      for (const s of doc.statements) {
        const allow = isAllow(s)
        if (allow === false) continue
        // PutBucketPolicy on bucket/* (or on another bucket) grants nothing.
        const viaAccessPoints = onlyThroughAccessPoints(s)
        const actions = CROSS_ACCOUNT_DANGEROUS_ACTIONS.filter(
          (a) => reachesActionTarget(s, a, scope) && (!viaAccessPoints || actionTargetsObjects(a)),
        )
        const granted = actions.filter((a) => statementAppliesToAction(s, a) === true)
        const maybe = actions.some((a) => statementAppliesToAction(s, a) === 'unknown')
        if (!granted.length) {
          if (maybe && otherAccountGrantees(s) !== 'unknown')
            report.unknown({ why: "the statement's actions are only known at deploy time", at: s.at }, 'actions')
          continue
        }
        const publicHere = open.some((p) => p.statement === s && p.classes.includes('permissions'))
        const grantees = otherAccountGrantees(s, publicHere, publicHere ? undefined : denyLimit(denies, granted, scope))
        if (grantees === 'unknown') {
          report.unknown({ why: "the statement's principals are only known at deploy time", at: s.at }, 'principals')
          continue
        }
        const known = grantees.filter((g) => !g.unknown)
        for (const g of grantees) if (g.unknown) report.unknown({ why: g.unknown, at: s.at }, 'principal')
        if (!known.length) continue
        if (allow === 'unknown') {
          report.unknown(s.effect.state === 'unknown' ? s.effect : { why: 'Effect not known', at: s.at }, 'Effect')
          continue
        }
        report({
          messageId: 'crossAccount',
          resource: doc.owner,
          at: s.at,
          data: {
            bucket: bucket.id,
            who: known.map((g) => g.who).join(', '),
            actions:
              granted.length === CROSS_ACCOUNT_DANGEROUS_ACTIONS.length ? 'change its policy, ACLs and encryption' : granted.join(', '),
            statement: s.sid ? `statement "${s.sid}"` : 'an Allow statement',
          },
        })
      }
    }
  },
})
