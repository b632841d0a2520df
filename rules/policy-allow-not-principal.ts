import { defineRule } from '../src/engine/define-rule.js'
import { isAllow } from '../src/model/policy.js'

export default defineRule({
  id: 'policy-allow-not-principal',
  meta: {
    title: 'S3 bucket policy combines Allow with NotPrincipal',
    severity: 'high',
    why:
      'Allow with NotPrincipal grants access to every principal except the listed ones, which in practice means everyone on the internet. ' +
      'NotPrincipal belongs with Deny ("deny everyone except"); for Allow, name the principals.',
    concepts: ['other:policy-allow-not-principal'],
    profiles: ['default', 'strict'],
    peers: { cfn_nag: ['F9'], 'cfn-guard': ['S3_BUCKETPOLICY_NO_ALLOW_PLUS_NOTPRINCIPAL'] },
    fix: {
      cloudformation: 'Replace `NotPrincipal` with `Principal` listing the principals to allow.',
      terraform: 'Replace the `not_principals` block (or `NotPrincipal`) with `principals` listing the principals to allow.',
      cdk: 'Use `principals: [...]` rather than `notPrincipals` on an Allow statement.',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html'],
  },
  messages: {
    allowNotPrincipal:
      'Bucket {{bucket}} policy allows everyone except the listed principals ({{statement}} uses Allow with NotPrincipal).',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            NotPrincipal:\n              AWS: arn:aws:iam::111122223333:root\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n',
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            NotPrincipal:\n              AWS: arn:aws:iam::111122223333:root\n            Action: s3:DeleteBucket\n            Resource: !GetAtt Data.Arn\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect       = "Allow"\n      NotPrincipal = { AWS = "arn:aws:iam::111122223333:root" }\n      Action       = "s3:GetObject"\n      Resource     = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:root" }\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n',
      ],
    },
  },
  check(bucket, report) {
    for (const doc of bucket.policies) {
      if (doc.unknown) report.unknown(doc.unknown, 'bucket policy')
      for (const s of doc.statements) {
        if (s.principal.field !== 'NotPrincipal') continue
        const allow = isAllow(s)
        if (allow === 'unknown') report.unknown(s.effect.state === 'unknown' ? s.effect : { why: 'Effect not known', at: s.at }, 'Effect')
        else if (allow)
          report({
            messageId: 'allowNotPrincipal',
            resource: doc.owner,
            at: s.at,
            data: { bucket: bucket.id, statement: s.sid ? `statement "${s.sid}"` : 'a statement' },
          })
      }
    }
  },
})
