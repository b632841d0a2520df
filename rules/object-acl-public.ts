import { defineRule } from '../src/engine/define-rule.js'
import { aclNeutraliser, cannedAclExposure, isCannedAcl } from '../src/model/exposure.js'
import { refOf } from '../src/model/value.js'

export default defineRule({
  id: 'object-acl-public',
  target: 'object',
  meta: {
    title: 'S3 object managed in code is uploaded with a public ACL',
    severity: 'high',
    why:
      'An object written with the canned ACL `public-read`, `public-read-write` or `authenticated-read` can be read by anyone (or by every AWS account), whatever the bucket policy says, unless its bucket disables ACLs (ObjectOwnership BucketOwnerEnforced) or Block Public Access blocks or ignores public ACLs. ' +
      'Only objects in a bucket defined in the same code are judged; for another bucket the answer is unknown, since its settings are not in view.',
    concepts: ['other:object-acl-public'],
    peers: {},
    profiles: ['default', 'strict'],
    fix: {
      cloudformation: 'CloudFormation has no resource for individual S3 objects.',
      terraform:
        'Remove `acl` (objects are private by default), or set `acl = "private"`; serve public content through CloudFront with origin access control.',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    ],
  },
  messages: {
    public: '{{kind}} {{object}} is uploaded with the canned ACL {{acl}}, so {{grantee}} can read it.',
  },
  examples: {
    cloudformation: { bad: [], good: [], note: 'CloudFormation has no resource for individual S3 objects.' },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_ownership_controls" "site" {\n  bucket = aws_s3_bucket.site.id\n  rule {\n    object_ownership = "ObjectWriter"\n  }\n}\n\nresource "aws_s3_object" "index" {\n  bucket  = aws_s3_bucket.site.id\n  key     = "index.html"\n  content = "<h1>hello</h1>"\n  acl     = "public-read"\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_object" "index" {\n  bucket  = aws_s3_bucket.site.id\n  key     = "index.html"\n  content = "<h1>hello</h1>"\n}\n',
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = aws_s3_bucket.site.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n\nresource "aws_s3_object" "index" {\n  bucket  = aws_s3_bucket.site.id\n  key     = "index.html"\n  content = "<h1>hello</h1>"\n  acl     = "public-read"\n}\n',
      ],
    },
  },
  check(object, report, ctx) {
    const acl = object.acl
    if (acl.state === 'unknown') return report.unknown(acl, 'object ACL')
    if (acl.value === null) return
    if (!isCannedAcl(acl.value))
      return report.unknown({ why: `"${acl.value}" is not a canned ACL S3 accepts, so the upload fails`, at: acl.at }, 'object ACL')
    const opened = cannedAclExposure(acl.value)
    if (!opened.length) return
    const ref = refOf(object.bucket)
    const bucket = ref === undefined ? undefined : ctx.resolveBucket(ref)
    if (bucket === undefined || bucket === 'unknown' || !bucket.managed) {
      const why = `the object's bucket is not defined in the scanned code, so whether it disables ACLs or blocks public ones is not known`
      return report.unknown({ why, at: acl.at }, 'bucket ACL settings')
    }
    const neutral = aclNeutraliser(bucket, ctx.accountPublicAccessBlocks(bucket))
    if (neutral === 'unknown')
      return report.unknown(
        { why: `whether bucket ${bucket.id} disables ACLs or blocks public ones is not known statically`, at: acl.at },
        'bucket ACL settings',
      )
    // Rejected at upload or ignored: nothing is exposed (the deployment may fail, which it reports itself).
    if (neutral) return
    report({
      messageId: 'public',
      at: acl.at,
      data: {
        kind: object.kind === 'object-copy' ? 'Object copy' : 'Object',
        object: object.id,
        acl: acl.value,
        grantee: opened[0]!.grantee === 'AllUsers' ? 'anyone (AllUsers)' : 'every AWS account (AuthenticatedUsers)',
      },
      related: [{ message: `the object is stored in bucket ${bucket.id}`, at: bucket.origin.at }],
    })
  },
})
