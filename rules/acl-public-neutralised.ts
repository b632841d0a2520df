import { defineRule } from '../src/engine/define-rule.js'
import { aclNeutraliser, publicAclGrants } from '../src/model/exposure.js'

export default defineRule({
  id: 'acl-public-neutralised',
  meta: {
    title: 'S3 bucket declares a public ACL that Block Public Access or disabled ACLs neutralise',
    severity: 'low',
    severityNote:
      'KICS rates this High, but nothing is exposed: S3 either ignores the grant or rejects it at deploy time. It is a consistency problem (the code says public, the bucket is not), so Low.',
    why:
      'The code asks for a public ACL while Block Public Access (IgnorePublicAcls/BlockPublicAcls) or ObjectOwnership BucketOwnerEnforced cancels it. ' +
      'Nothing is exposed, but the intent is contradictory: a deploy may fail, and removing the safety net later would make the bucket public at once.',
    concepts: ['other:public-acl-overridden-by-bpa'],
    profiles: ['default', 'strict'],
    peers: { kics: ['bf878b1a-7418-4de3-b13c-3a86cf894920'] },
    fix: {
      cloudformation: 'Remove the public `AccessControl` value; keep the Block Public Access settings.',
      terraform:
        'Set the public `acl` to `"private"` (deleting `aws_s3_bucket_acl` leaves the ACL in place); keep `aws_s3_bucket_public_access_block`.',
      cdk: 'Remove `accessControl`.',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
  },
  messages: {
    neutralised: 'Bucket {{bucket}} asks for a public ACL ({{via}}), but {{reason}}.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true\n',
      ],
      good: [
        'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n  acl    = "public-read"\n}\n\nresource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = aws_s3_bucket.site.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = aws_s3_bucket.site.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n',
      ],
    },
  },
  check(bucket, report, ctx) {
    const { grants } = publicAclGrants(bucket)
    if (!grants.length) return
    const neutral = aclNeutraliser(bucket, ctx.accountPublicAccessBlocks(bucket))
    if (!neutral || neutral === 'unknown') return
    const g = grants[0]!
    report({
      messageId: 'neutralised',
      at: g.at,
      data: { bucket: bucket.id, via: g.canned ?? `${g.permissions.join('/')} grant to ${g.grantee}`, reason: neutral.reason },
      fix: { kind: 'remove', field: 'acl.canned' },
    })
  },
})
