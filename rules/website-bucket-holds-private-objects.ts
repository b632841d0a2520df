import { defineRule } from '../src/engine/define-rule.js'
import { activeExposures, analyseExposure } from '../src/model/exposure.js'
import { KMS_ALGORITHMS as KMS } from '../src/model/kms.js'

export default defineRule({
  id: 'website-bucket-holds-private-objects',
  meta: {
    title: 'S3 bucket serves a public website and also holds private objects',
    severity: 'medium',
    why:
      'A bucket that serves a public website is one policy or ACL edit away from exposing everything in it. Keeping private data in the same bucket, whether behind a narrower Resource prefix, as delivered logs or as KMS-encrypted objects the public cannot decrypt, means one mistake publishes it. ' +
      'AWS recommends keeping public and private objects in separate buckets. The rule fires for a website bucket that anyone can read when the code shows private content: the public statements cover only part of the keys, the bucket receives access logs or CloudTrail logs, or its default encryption uses KMS.',
    concepts: ['other:website-private-objects'],
    peers: {},
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        'Move the private objects (logs, KMS-encrypted data, non-public prefixes) to a separate private bucket; keep the website bucket for public assets only, ideally behind CloudFront with origin access control.',
      terraform:
        'Move private objects to a separate private bucket (point `aws_s3_bucket_logging.target_bucket` or the trail elsewhere), and keep the website bucket for public assets only.',
      cdk: 'Create a separate private `s3.Bucket` for logs and private data; keep the website bucket for public assets.',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteAccessPermissionsReqd.html',
    ],
  },
  messages: {
    mixed:
      'Bucket {{bucket}} serves a public website and also holds private objects: {{signals}}. Keep public and private objects in separate buckets.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      WebsiteConfiguration:\n        IndexDocument: index.html\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: false\n        RestrictPublicBuckets: false\n  SitePolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Site\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Site.Arn}/public/*"\n',
      ],
      good: [
        'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      WebsiteConfiguration:\n        IndexDocument: index.html\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: false\n        RestrictPublicBuckets: false\n  SitePolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Site\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Site.Arn}/*"\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_website_configuration" "site" {\n  bucket = aws_s3_bucket.site.id\n  index_document {\n    suffix = "index.html"\n  }\n}\n\nresource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.site.arn}/*"\n    }]\n  })\n}\n\nresource "aws_s3_bucket" "app" {\n  bucket = "example-app"\n}\n\nresource "aws_s3_bucket_logging" "app" {\n  bucket        = aws_s3_bucket.app.id\n  target_bucket = aws_s3_bucket.site.id\n  target_prefix = "logs/app/"\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_website_configuration" "site" {\n  bucket = aws_s3_bucket.site.id\n  index_document {\n    suffix = "index.html"\n  }\n}\n\nresource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.site.arn}/*"\n    }]\n  })\n}\n\nresource "aws_s3_bucket" "logs" {\n  bucket = "example-logs"\n}\n\nresource "aws_s3_bucket" "app" {\n  bucket = "example-app"\n}\n\nresource "aws_s3_bucket_logging" "app" {\n  bucket        = aws_s3_bucket.app.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "logs/app/"\n}\n',
      ],
    },
  },
  check(bucket, report, ctx) {
    const w = bucket.website
    if (w.state === 'unknown' || w.value === null) return
    if (w.value.indexDocument === undefined && w.value.redirectAllRequestsTo !== undefined) return
    const active = activeExposures(
      analyseExposure(bucket, ctx.accountPublicAccessBlocks(bucket), ctx.model.accessPoints, ctx.policyScope(bucket)),
    )
    const publicReads = active.filter((e) => Array.isArray(e.classes) && e.classes.includes('objectRead'))
    if (!publicReads.length) return
    const signals: string[] = []
    // Public statements that cover only some keys leave the rest private.
    const statements = bucket.policies.flatMap((d) => d.statements).filter((s) => publicReads.some((e) => e.at === s.at))
    if (statements.length && statements.every((s) => ctx.statementCovers(s, bucket).objects === false))
      signals.push('the public statements cover only part of its keys')
    if (bucket.links.logSourceOf.length) signals.push(`it receives server access logs from ${bucket.links.logSourceOf.join(', ')}`)
    if (bucket.links.trailIds.length) signals.push(`it receives CloudTrail logs from ${bucket.links.trailIds.join(', ')}`)
    const alg = bucket.encryption.algorithm
    if (alg.state === 'set' && KMS.has(alg.value))
      signals.push(`its default encryption is ${alg.value}, which anonymous website visitors cannot decrypt`)
    if (!signals.length) return
    report({
      messageId: 'mixed',
      at: w.value.at,
      data: { bucket: bucket.id, signals: signals.join('; ') },
      related: publicReads.map((e) => ({ message: e.via, at: e.at })),
    })
  },
})
