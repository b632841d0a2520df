import { defineRule } from '../src/engine/define-rule.js'
import { publicStatements } from '../src/model/exposure.js'
import { hasWildcardAction, isAllow } from '../src/model/policy.js'

export default defineRule({
  id: 'policy-wildcard-action',
  meta: {
    title: 'S3 bucket policy allows every action ("*" or "s3:*")',
    severity: 'high',
    why:
      'Allowing "s3:*" grants far more than any workload needs, including deleting the bucket, rewriting its policy and turning off encryption or versioning. ' +
      'List the actions the principal needs; granted to everyone it is critical.',
    concepts: ['policy-wildcard-action'],
    profiles: ['default', 'strict'],
    peers: { kics: ['a4966c4f-9141-48b8-a564-ffe9959945bc'], cfn_nag: ['F15'], 'cfn-guard': ['S3_BUCKET_POLICY_NO_WILDCARD_ACTION'] },
    fix: {
      cloudformation: 'Replace `Action: "s3:*"` with the actions needed, e.g. `[s3:GetObject, s3:PutObject]`.',
      terraform: 'Replace `"s3:*"` in the statement\'s actions with the actions needed, e.g. `["s3:GetObject", "s3:PutObject"]`.',
      cdk: 'Use `bucket.grantRead(principal)` / `grantReadWrite` instead of a `PolicyStatement` with `s3:*`.',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
  },
  messages: {
    wildcardAction: 'Bucket {{bucket}} policy allows {{who}} every S3 action ({{statement}}).',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::111122223333:role/app\n            Action: "s3:*"\n            Resource: !Sub "${Data.Arn}/*"\n',
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::111122223333:role/app\n            Action: [s3:GetObject, s3:PutObject]\n            Resource: !Sub "${Data.Arn}/*"\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }\n      Action    = "s3:*"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }\n      Action    = ["s3:GetObject", "s3:PutObject"]\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n',
      ],
    },
  },
  check(bucket, report, ctx) {
    for (const doc of bucket.policies) {
      if (doc.unknown) report.unknown(doc.unknown, 'bucket policy')
      // Public as the exposure rules see it: a Deny that pins callers down makes the statement non-public.
      const open = publicStatements(doc.statements, ctx.policyScope(bucket))
      for (const s of doc.statements) {
        if (isAllow(s) !== true || !hasWildcardAction(s)) continue
        const pub = open.some((p) => p.statement === s && p.certain)
        report({
          messageId: 'wildcardAction',
          resource: doc.owner,
          at: s.at,
          data: {
            bucket: bucket.id,
            who: pub ? 'everyone' : 'its principals',
            statement: s.sid ? `statement "${s.sid}"` : 'an Allow statement',
          },
          severity: pub ? 'critical' : undefined,
        })
      }
    }
  },
})
