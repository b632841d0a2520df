import { defineRule } from '../src/engine/define-rule.js'
import { strToDisplay } from '../src/model/value.js'

export default defineRule({
  id: 'acl-write-acp-grant',
  meta: {
    title: 'S3 bucket ACL grants WRITE_ACP to another grantee',
    severity: 'high',
    severityNote:
      "KICS rates it Critical. The grantee is named (not everyone; public grants are acl-public-write's Critical finding), but it can rewrite the ACL to give itself or anyone full control, so High.",
    why:
      "WRITE_ACP lets the grantee rewrite the bucket's access control list, and so grant itself, or everyone, read and write access. " +
      'Nobody but the owner needs it; with ACLs disabled (ObjectOwnership BucketOwnerEnforced) the grant is rejected altogether.',
    concepts: ['other:acl-write-acp-grant'],
    peers: { kics: ['64a222aa-7793-4e40-915f-4b302c76e4d4'] },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        'CloudFormation sets only canned ACLs on a bucket; remove `AccessControl` and set `OwnershipControls` to `BucketOwnerEnforced`.',
      terraform:
        'Remove the `grant` with `permission = "WRITE_ACP"` from `aws_s3_bucket_acl`, or better, delete the ACL and add `aws_s3_bucket_ownership_controls` with `object_ownership = "BucketOwnerEnforced"`.',
      cdk: 'objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#permissions'],
  },
  messages: {
    writeAcp: 'Bucket {{bucket}} grants WRITE_ACP to {{grantee}}, which can then rewrite the ACL to give anyone access.',
  },
  examples: {
    cloudformation: {
      bad: [],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n',
      ],
      note: 'CloudFormation sets only canned ACLs on a bucket, and none of them grants WRITE_ACP.',
    },
    terraform: {
      bad: [
        'data "aws_canonical_user_id" "current" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_ownership_controls" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    object_ownership = "BucketOwnerPreferred"\n  }\n}\n\nresource "aws_s3_bucket_acl" "data" {\n  bucket = aws_s3_bucket.data.id\n  access_control_policy {\n    grant {\n      grantee {\n        type = "Group"\n        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"\n      }\n      permission = "WRITE_ACP"\n    }\n    owner {\n      id = data.aws_canonical_user_id.current.id\n    }\n  }\n}\n',
      ],
      good: [
        'data "aws_canonical_user_id" "current" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_ownership_controls" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    object_ownership = "BucketOwnerPreferred"\n  }\n}\n\nresource "aws_s3_bucket_acl" "data" {\n  bucket = aws_s3_bucket.data.id\n  access_control_policy {\n    grant {\n      grantee {\n        type = "Group"\n        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"\n      }\n      permission = "WRITE"\n    }\n    owner {\n      id = data.aws_canonical_user_id.current.id\n    }\n  }\n}\n',
      ],
    },
  },
  check(bucket, report) {
    const grants = bucket.acl.grants
    if (grants.state === 'unknown') return report.unknown(grants, 'ACL grants')
    // With ACLs disabled S3 rejects the grant: nothing is granted.
    if (bucket.ownership.state === 'set' && bucket.ownership.value === 'BucketOwnerEnforced') return
    for (const g of grants.value) {
      if (g.grantee.type === 'group' && (g.grantee.uri === 'AllUsers' || g.grantee.uri === 'AuthenticatedUsers')) continue
      if (g.permission.state === 'unknown') {
        report.unknown(g.permission, 'ACL permission')
        continue
      }
      if (g.permission.value !== 'WRITE_ACP') continue
      const grantee =
        g.grantee.type === 'group'
          ? `the ${g.grantee.uri} group`
          : g.grantee.type === 'unknown'
            ? 'a grantee'
            : `${g.grantee.type} ${strToDisplay(g.grantee.id)}`
      report({ messageId: 'writeAcp', at: g.at, data: { bucket: bucket.id, grantee } })
    }
  },
})
