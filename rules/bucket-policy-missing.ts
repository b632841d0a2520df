import { defineRule } from '../src/engine/define-rule.js'
import { bucketNameForMatch } from '../src/model/arn.js'
import { nameSource } from '../src/model/link.js'
import { perModel } from '../src/model/per-model.js'
import type { PolicyDocument } from '../src/model/policy.js'
import type { S3Model } from '../src/model/s3.js'

type Maybe = NonNullable<PolicyDocument['maybe']>
/**
 * A policy that may not be deployed (behind a condition not known statically) cannot be counted
 * on: `true` when one surely is, else why the first one may not be, else `undefined`.
 */
function hasPolicy(policies: readonly PolicyDocument[]): true | Maybe | undefined {
  return policies.some((p) => !p.maybe) ? true : policies[0]?.maybe
}

/** For the name of each bucket that has a policy, `hasPolicy` of it, computed once per model. */
const namesWithPolicy = perModel<Map<string, true | Maybe>>('namesWithPolicy')
function policyNames(model: S3Model): Map<string, true | Maybe> {
  let map = namesWithPolicy.get(model)
  if (!map) {
    const names = nameSource(model)
    map = new Map()
    for (const b of model.buckets) {
      const has = hasPolicy(b.policies)
      if (!has) continue
      const n = bucketNameForMatch(b, names)
      if (map.get(n) !== true) map.set(n, has)
    }
    namesWithPolicy.set(model, map)
  }
  return map
}

export default defineRule({
  id: 'bucket-policy-missing',
  meta: {
    title: 'S3 bucket has no bucket policy',
    severity: 'low',
    severityNote:
      'cfn_nag (W51) warns and KICS rates it Low. A missing policy is not an exposure by itself; what it usually means is that nothing denies plain-HTTP requests, which tls-not-enforced reports at Medium.',
    why:
      'A bucket policy is where a bucket states its own guard rails, whoever calls it: deny plain HTTP, deny requests from outside the organization or the expected VPC endpoint, deny uploads without the expected encryption. ' +
      "A bucket without one relies entirely on each caller's IAM policies.",
    concepts: ['other:bucket-policy-missing'],
    peers: { cfn_nag: ['W51'], kics: ['37fa8188-738b-42c8-bf82-6334ea567738'] },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        'Policy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Statement:\n        - Sid: DenyInsecureTransport\n          Effect: Deny\n          Principal: "*"\n          Action: "s3:*"\n          Resource: [!GetAtt Bucket.Arn, !Sub "${Bucket.Arn}/*"]\n          Condition:\n            Bool:\n              aws:SecureTransport: false',
      terraform:
        'resource "aws_s3_bucket_policy" "this" {\n  bucket = aws_s3_bucket.this.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "DenyInsecureTransport"\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}',
      cdk: 'enforceSSL: true   // adds a bucket policy',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html'],
  },
  messages: {
    none: 'Bucket {{bucket}} has no bucket policy.',
  },
  examples: {
    cloudformation: {
      bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n'],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n            Condition:\n              Bool:\n                aws:SecureTransport: false\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}\n',
      ],
    },
    cdk: { bad: ["new s3.Bucket(this, 'Data')"], good: ["new s3.Bucket(this, 'Data', { enforceSSL: true })"] },
  },
  check(bucket, report, ctx) {
    const own = hasPolicy(bucket.policies)
    if (own === true) return
    if (bucket.policyDefinedElsewhere)
      return report.unknown({ why: 'the bucket and its policy are defined outside this code', at: bucket.origin.at }, 'bucket policy')
    // Two buckets declared with the same literal name are one bucket once deployed: a policy
    // attached to either covers it.
    const name = bucket.name.state !== 'unknown' && typeof bucket.name.value === 'string' ? bucket.name.value : undefined
    const named = name === undefined ? undefined : policyNames(ctx.model).get(name)
    if (named === true) return
    const maybe = own ?? named
    if (maybe) return report.unknown(maybe, 'bucket policy')
    report({ messageId: 'none', at: bucket.origin.at, data: { bucket: bucket.id } })
  },
})
