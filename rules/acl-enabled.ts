import { defineRule } from '../src/engine/define-rule.js'
import type { Bucket } from '../src/model/s3.js'

export default defineRule({
  id: 'acl-enabled',
  meta: {
    title: 'S3 bucket keeps ACLs enabled (ObjectOwnership is not BucketOwnerEnforced)',
    severity: 'medium',
    why:
      'With ACLs enabled, objects uploaded by other accounts can stay owned by them and carry their own ACLs, so access is no longer decided by the bucket policy alone. ' +
      'BucketOwnerEnforced disables ACLs and makes the bucket owner own every object; AWS recommends it for almost every bucket.',
    concepts: ['acl-enabled'],
    profiles: ['baseline', 'default', 'strict'],
    securityHub: 'S3.12',
    peers: { checkov: ['CKV2_AWS_65'], 'cfn-guard': ['CT.S3.PR.5'] },
    fix: {
      cloudformation: 'OwnershipControls:\n  Rules:\n    - ObjectOwnership: BucketOwnerEnforced',
      terraform:
        'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
      cdk: 'objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-12',
    ],
  },
  messages: {
    aclsEnabled: 'Bucket {{bucket}} sets ObjectOwnership to {{ownership}}, which keeps ACLs enabled.',
    cloudFrontLogs:
      'Bucket {{bucket}} sets ObjectOwnership to {{ownership}}, which keeps ACLs enabled, as the standard (legacy) logging of {{from}} needs; CloudFront log delivery to S3 through CloudWatch (v2) works with ACLs disabled.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n',
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_ownership_controls" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    object_ownership = "BucketOwnerPreferred"\n  }\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_ownership_controls" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}\n',
      ],
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER })"],
      good: ["new s3.Bucket(this, 'Data', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED })"],
    },
  },
  check(bucket, report) {
    const o = bucket.ownership
    if (o.state === 'unknown') return report.unknown(o, 'ObjectOwnership')
    // Left out, AWS uses BucketOwnerEnforced for new buckets (April 2023), so only an explicit other value counts.
    if (o.state === 'set' && o.value !== 'BucketOwnerEnforced') {
      const cloudfront = bucket.links.logDeliveries.filter((d) => d.service === 'cloudfront').map((d) => d.from)
      if (cloudfront.length)
        return report({
          messageId: 'cloudFrontLogs',
          at: o.at,
          data: { bucket: bucket.id, ownership: o.value, from: cloudfront.join(', ') },
          severity: 'info',
        })
      report({
        messageId: 'aclsEnabled',
        at: o.at,
        data: { bucket: bucket.id, ownership: o.value },
        // S3 refuses BucketOwnerEnforced on a bucket that keeps an ACL granting anything beyond
        // the owner (LogDeliveryWrite, grants): the ACL must go first, which is no local edit.
        ...(keepsNoAcl(bucket) ? { fix: { kind: 'set', field: 'ownership', value: 'BucketOwnerEnforced' } as const } : {}),
      })
    }
  },
})

/** The ACLs S3 still accepts once ACLs are disabled: they grant the owner alone. */
const OWNER_ONLY = new Set(['private', 'bucket-owner-full-control'])

function keepsNoAcl(bucket: Bucket): boolean {
  const { canned, grants } = bucket.acl
  if (canned.state === 'unknown' || (canned.state === 'set' && !OWNER_ONLY.has(canned.value))) return false
  return grants.state !== 'unknown' && grants.value.length === 0
}
