import { defineRule } from '../src/engine/define-rule.js'
import { publicStatements } from '../src/model/exposure.js'
import { isAllow } from '../src/model/policy.js'

export default defineRule({
  id: 'policy-allow-not-action',
  meta: {
    title: 'S3 bucket policy combines Allow with NotAction',
    severity: 'medium',
    why:
      'Allow with NotAction grants every action except the listed ones, including actions that do not exist yet and the ones that change the bucket policy, ACLs and encryption. ' +
      'It is almost always broader than intended; list the actions to allow instead. (Deny with NotAction, "deny everything except", is a normal pattern and is not reported.)',
    concepts: ['other:policy-allow-not-action'],
    peers: { cfn_nag: ['W20'], 'cfn-guard': ['S3_BUCKET_POLICY_NO_ALLOW_PLUS_NOT_ACTION'] },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation: 'Replace `NotAction` with `Action` listing the actions to allow, e.g. `Action: [s3:GetObject]`.',
      terraform: 'Replace `not_actions` (or `NotAction`) with `actions` (`Action`) listing the actions to allow.',
      cdk: 'Use `actions: [...]` rather than `notActions` on an Allow statement.',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html'],
  },
  messages: {
    allowNotAction:
      'Bucket {{bucket}} policy allows {{who}} every action except the listed ones ({{statement}} uses Allow with NotAction).',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::111122223333:role/app\n            NotAction: s3:DeleteBucket\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n',
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal:\n              AWS: arn:aws:iam::111122223333:role/app\n            NotAction: [s3:GetObject, s3:ListBucket]\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }\n      NotAction = "s3:DeleteBucket"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }\n      Action    = ["s3:GetObject", "s3:ListBucket"]\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n',
      ],
    },
  },
  check(bucket, report, ctx) {
    for (const doc of bucket.policies) {
      if (doc.unknown) report.unknown(doc.unknown, 'bucket policy')
      // Public as the exposure rules see it: a Deny that pins callers down makes the statement non-public.
      const open = publicStatements(doc.statements, ctx.policyScope(bucket))
      for (const s of doc.statements) {
        if (s.action.field !== 'not') continue
        const allow = isAllow(s)
        if (allow === 'unknown') {
          report.unknown(s.effect.state === 'unknown' ? s.effect : { why: 'Effect not known', at: s.at }, 'Effect')
          continue
        }
        if (!allow) continue
        const pub = open.some((p) => p.statement === s && p.certain)
        report({
          messageId: 'allowNotAction',
          resource: doc.owner,
          at: s.at,
          data: { bucket: bucket.id, who: pub ? 'everyone' : 'its principals', statement: s.sid ? `statement "${s.sid}"` : 'a statement' },
          severity: pub ? 'critical' : undefined,
        })
      }
    }
  },
})
