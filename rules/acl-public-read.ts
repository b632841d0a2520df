import { defineRule } from '../src/engine/define-rule.js'
import { aclNeutraliser, publicAclGrants } from '../src/model/exposure.js'

const READS = new Set(['READ', 'READ_ACP'])

export default defineRule({
  id: 'acl-public-read',
  meta: {
    title: 'S3 bucket ACL lets anyone read',
    severity: 'critical',
    why:
      'A canned ACL such as public-read or authenticated-read, or a READ/READ_ACP grant to the AllUsers or AuthenticatedUsers group, lets anyone on the internet (or any AWS account) list the bucket or read its ACL. ' +
      'ACLs are a legacy mechanism; bucket policies and Block Public Access make access explicit.',
    concepts: ['acl-public-read'],
    profiles: ['baseline', 'default', 'strict'],
    securityHub: 'S3.2',
    peers: {
      checkov: ['CKV_AWS_20', 'CKV_AWS_375', 'CKV2_AWS_43'],
      kics: ['219f4c95-aa50-44e0-97de-cf71f4641170', '57b9893d-33b1-4419-bcea-a717ea87e139'],
      trivy: ['AVD-AWS-0092', 'aws-s3-no-public-access-with-acl'],
      cfn_nag: ['W31'],
      'cdk-nag': ['S3BucketPublicReadProhibited'],
      'cfn-guard': ['S3_BUCKET_PUBLIC_READ_PROHIBITED', 'S3_BUCKET_PUBLIC_READ_ACL'],
    },
    fix: {
      cloudformation:
        'Remove `AccessControl` (or set it to `Private`) and add `OwnershipControls` with `ObjectOwnership: BucketOwnerEnforced`.',
      terraform:
        'Set `acl = "private"` (on `aws_s3_bucket_acl`, which leaves the ACL in place when deleted) or remove the public grant, and add `aws_s3_bucket_ownership_controls` with `object_ownership = "BucketOwnerEnforced"`.',
      cdk: 'Remove `accessControl` and set `objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED`.',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-2',
    ],
  },
  messages: {
    publicRead: 'Bucket {{bucket}} grants {{permissions}} to {{grantee}} through its ACL ({{via}}).',
  },
  examples: {
    cloudformation: {
      bad: ['Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n'],
      good: [
        'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n  acl    = "public-read"\n}\n'],
      good: ['resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n'],
    },
  },
  check(bucket, report, ctx) {
    const { grants, unknown } = publicAclGrants(bucket)
    const reads = grants.filter(
      (g) =>
        g.permissions.some((p) => READS.has(p)) && !g.permissions.some((p) => p === 'WRITE' || p === 'WRITE_ACP' || p === 'FULL_CONTROL'),
    )
    if (!reads.length && !unknown) return
    const neutral = aclNeutraliser(bucket, ctx.accountPublicAccessBlocks(bucket))
    // A neutralised ACL is reported by acl-public-neutralised instead; it exposes nothing, whatever it is.
    if (neutral && neutral !== 'unknown') return
    if (unknown) report.unknown(unknown, 'ACL')
    for (const g of reads) {
      report({
        messageId: 'publicRead',
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
