import { defineRule } from '../src/engine/define-rule.js'
import { effectiveFlag } from '../src/model/exposure.js'

export default defineRule({
  id: 'website-enabled',
  meta: {
    title: 'S3 bucket serves a static website endpoint',
    severity: 'medium',
    severityNote:
      'KICS rates it High. No Security Hub control covers it, and the website endpoint itself exposes nothing unless the bucket is also public (public-exposure reports that, as Critical); it is Medium because it only works over plain HTTP and needs a public bucket to be useful. A redirect-only website is Low, and so is one Block Public Access keeps from serving anything (RestrictPublicBuckets and IgnorePublicAcls on).',
    why:
      'The S3 website endpoint speaks only plain HTTP, cannot use Block Public Access, origin access control or TLS, and only serves objects anyone can read, so the bucket has to be public. ' +
      'Serve static sites through CloudFront with origin access control (OAC) and a private bucket instead: HTTPS, caching and no public bucket.',
    concepts: ['website-enabled'],
    peers: { kics: ['42bb6b7f-6d54-4428-b707-666f669d94fb'] },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        'Remove `WebsiteConfiguration` and serve the bucket through an `AWS::CloudFront::Distribution` with an `AWS::CloudFront::OriginAccessControl`; grant `cloudfront.amazonaws.com` s3:GetObject with an `aws:SourceArn` condition on the distribution.',
      terraform:
        'Remove `aws_s3_bucket_website_configuration` (or the `website` block) and serve the bucket through `aws_cloudfront_distribution` with `aws_cloudfront_origin_access_control`.',
      cdk: 'Remove `websiteIndexDocument`; use `new cloudfront.Distribution(this, "Site", { defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(bucket) } })`.',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteEndpoints.html',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
    ],
  },
  messages: {
    website:
      'Bucket {{bucket}} serves a static website over plain HTTP; use CloudFront with origin access control and keep the bucket private.',
    redirectOnly: 'Bucket {{bucket}} has a website configuration that only redirects to {{target}}; it serves no objects.',
    blocked:
      'Bucket {{bucket}} has a website configuration, but Block Public Access ({{by}}) keeps anonymous visitors from reading any object, so its website endpoint only answers 403; remove the configuration, or serve the bucket through CloudFront with origin access control.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      WebsiteConfiguration:\n        IndexDocument: index.html\n',
      ],
      good: ['Resources:\n  Site:\n    Type: AWS::S3::Bucket\n'],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_website_configuration" "site" {\n  bucket = aws_s3_bucket.site.id\n  index_document {\n    suffix = "index.html"\n  }\n}\n',
      ],
      good: ['resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n'],
    },
    cdk: { bad: ["new s3.Bucket(this, 'Site', { websiteIndexDocument: 'index.html' })"], good: ["new s3.Bucket(this, 'Site')"] },
  },
  check(bucket, report, ctx) {
    const w = bucket.website
    if (w.state === 'unknown') return report.unknown(w, 'website configuration')
    if (w.value === null) return
    if (w.value.redirectAllRequestsTo !== undefined && w.value.indexDocument === undefined) {
      const t = w.value.redirectAllRequestsTo
      report({
        messageId: 'redirectOnly',
        at: w.value.at,
        data: { bucket: bucket.id, target: typeof t === 'string' ? t : 'another host' },
        severity: 'low',
        fix: { kind: 'remove', field: 'website' },
      })
      return
    }
    // The website endpoint serves only what anonymous callers may read: with public policies
    // restricted and public ACLs ignored, it serves nothing, however the bucket is configured.
    const accountBlocks = ctx.accountPublicAccessBlocks(bucket)
    const restrict = effectiveFlag(bucket.publicAccessBlock, accountBlocks, 'restrictPublicBuckets')
    const ignore = effectiveFlag(bucket.publicAccessBlock, accountBlocks, 'ignorePublicAcls')
    if (restrict.on === true && ignore.on === true) {
      const by = restrict.by === ignore.by ? `${restrict.by} block` : `${restrict.by} and ${ignore.by} blocks`
      return report({
        messageId: 'blocked',
        at: w.value.at,
        data: { bucket: bucket.id, by: `RestrictPublicBuckets and IgnorePublicAcls, ${by}` },
        severity: 'low',
        related: [
          ...(restrict.at ? [{ message: 'RestrictPublicBuckets', at: restrict.at }] : []),
          ...(ignore.at ? [{ message: 'IgnorePublicAcls', at: ignore.at }] : []),
        ],
        fix: { kind: 'remove', field: 'website' },
      })
    }
    report({ messageId: 'website', at: w.value.at, data: { bucket: bucket.id }, fix: { kind: 'remove', field: 'website' } })
  },
})
