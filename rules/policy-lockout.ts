import { defineRule } from '../src/engine/define-rule.js'
import { isDeny, principalIsEveryone, statementAppliesToAction } from '../src/model/policy.js'

export default defineRule({
  id: 'policy-lockout',
  meta: {
    title: 'S3 bucket policy denies everyone the right to change it (lockout)',
    severity: 'medium',
    why:
      'A Deny for every principal ("*") that covers s3:PutBucketPolicy on the bucket, with no condition and no exception, stops every role and user, administrators included, from ever changing or deleting the policy again. ' +
      'Only the account root user can recover by deleting the policy. A Deny that carries a condition (for example aws:SecureTransport = false, or StringNotEquals on aws:PrincipalArn) or that exempts principals with NotPrincipal is not a lockout and is not reported.',
    concepts: ['other:policy-lockout'],
    peers: { checkov: ['CKV_AWS_93'] },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        'Narrow the Deny: list the actions to block instead of "s3:*" (leave out s3:PutBucketPolicy and s3:DeleteBucketPolicy), or add a Condition that exempts an administrator role, e.g.\nCondition:\n  StringNotLike:\n    aws:PrincipalArn: !Sub arn:aws:iam::${AWS::AccountId}:role/Admin',
      terraform:
        'Narrow the Deny to the actions to block (without s3:PutBucketPolicy and s3:DeleteBucketPolicy), or add a `condition` (e.g. `StringNotLike` on `aws:PrincipalArn`) that exempts an administrator role.',
      cdk: 'Add `conditions: { StringNotLike: { "aws:PrincipalArn": adminRole.roleArn } }` to the Deny statement, or list only the actions to block.',
    },
    references: ['https://repost.aws/knowledge-center/s3-accidentally-denied-access'],
  },
  messages: {
    lockout:
      'Bucket {{bucket}} policy denies everyone s3:PutBucketPolicy on the bucket with no condition or exception ({{statement}}); only the root user could change the policy afterwards.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n',
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n            Condition:\n              Bool:\n                aws:SecureTransport: false\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Deny"\n      Principal = { AWS = "*" }\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Deny"\n      Principal = { AWS = "*" }\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n      Condition = { StringNotLike = { "aws:PrincipalArn" = "arn:aws:iam::111122223333:role/Admin" } }\n    }]\n  })\n}\n',
      ],
    },
  },
  check(bucket, report, ctx) {
    for (const doc of bucket.policies) {
      if (doc.unknown) report.unknown(doc.unknown, 'bucket policy')
      for (const s of doc.statements) {
        const deny = isDeny(s)
        if (deny === false || s.principal.field !== 'Principal') continue
        const everyone = principalIsEveryone(s)
        if (everyone === false) continue
        const blocksPolicy = statementAppliesToAction(s, 's3:PutBucketPolicy')
        if (blocksPolicy === false) continue
        // A Deny with a condition never locks everyone out, deployed or not.
        const written = s.writtenConditions
        if (written && written.state !== 'unknown' && written.value.length > 0) continue
        if (s.conditions.state === 'unknown') {
          report.unknown(s.conditions, 'Condition')
          continue
        }
        if (s.conditions.value.length > 0) continue
        // A statement without Resource is invalid, but its author meant "everything".
        const onBucket = s.resource.field === 'none' && s.resource.values.state !== 'unknown' ? true : ctx.statementCovers(s, bucket).bucket
        if (onBucket === false) continue
        if (deny === 'unknown' || everyone === 'unknown' || blocksPolicy === 'unknown' || onBucket === 'unknown') {
          report.unknown(
            { why: 'parts of a Deny statement that could lock everyone out are only known at deploy time', at: s.at },
            'Deny statement',
          )
          continue
        }
        report({
          messageId: 'lockout',
          resource: doc.owner,
          at: s.at,
          data: { bucket: bucket.id, statement: s.sid ? `statement "${s.sid}"` : 'a Deny statement' },
        })
      }
    }
  },
})
