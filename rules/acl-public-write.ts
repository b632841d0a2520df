import { defineRule } from '../src/engine/define-rule.js'
import { aclNeutraliser, publicAclGrants } from '../src/model/exposure.js'

const WRITES = new Set(['WRITE', 'WRITE_ACP', 'FULL_CONTROL'])

export default defineRule({
  id: 'acl-public-write',
  meta: {
    title: 'S3 bucket ACL lets anyone write or change permissions',
    severity: 'critical',
    why:
      'A public-read-write ACL, or a WRITE, WRITE_ACP or FULL_CONTROL grant to AllUsers or AuthenticatedUsers, lets anyone upload, overwrite or delete objects, or rewrite the ACL itself. ' +
      'Attackers use such buckets to host malware or to take over content served from them.',
    concepts: ['acl-public-write'],
    profiles: ['baseline', 'default', 'strict'],
    securityHub: 'S3.3',
    peers: {
      checkov: ['CKV_AWS_57'],
      kics: ['07dda8de-d90d-469e-9b37-1aca53526ced'],
      trivy: ['AVD-AWS-0092', 'aws-s3-no-public-access-with-acl'],
      cfn_nag: ['F14'],
      'cdk-nag': ['S3BucketPublicWriteProhibited'],
      'cfn-guard': ['S3_BUCKET_PUBLIC_WRITE_PROHIBITED', 'S3_BUCKET_NO_PUBLIC_RW_ACL'],
    },
    fix: {
      cloudformation: 'Remove `AccessControl: PublicReadWrite` and add `OwnershipControls` with `ObjectOwnership: BucketOwnerEnforced`.',
      terraform:
        'Remove the `public-read-write` ACL or the public WRITE/WRITE_ACP/FULL_CONTROL grant, and add `aws_s3_bucket_ownership_controls` with `object_ownership = "BucketOwnerEnforced"`.',
      cdk: 'Remove `accessControl` and set `objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED`.',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-3',
    ],
  },
  messages: {
    publicWrite: 'Bucket {{bucket}} grants {{permissions}} to {{grantee}} through its ACL ({{via}}).',
  },
  examples: {
    cloudformation: {
      bad: ['Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n'],
      good: ['Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: Private\n'],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "uploads" {\n  bucket = "example-uploads"\n  acl    = "public-read-write"\n}\n'],
      good: ['resource "aws_s3_bucket" "uploads" {\n  bucket = "example-uploads"\n  acl    = "private"\n}\n'],
    },
  },
  check(bucket, report, ctx) {
    const { grants, unknown } = publicAclGrants(bucket)
    const writes = grants.filter((g) => g.permissions.some((p) => WRITES.has(p)))
    if (!writes.length && !unknown) return
    const neutral = aclNeutraliser(bucket, ctx.accountPublicAccessBlocks(bucket))
    if (neutral && neutral !== 'unknown') return
    // An ACL not known statically may be public-read-write.
    if (unknown) report.unknown(unknown, 'ACL')
    for (const g of writes) {
      report({
        messageId: 'publicWrite',
        at: g.at,
        data: {
          bucket: bucket.id,
          permissions: g.permissions.join('/'),
          grantee: g.grantee === 'AllUsers' ? 'everyone (AllUsers)' : 'every AWS account (AuthenticatedUsers)',
          via: g.canned ?? 'grant',
        },
        fix: { kind: 'remove', field: 'acl.canned' },
      })
    }
  },
})
