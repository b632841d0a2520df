import { defineRule } from '../src/engine/define-rule.js'
import { lifecycleActionRuns, lifecycleRefusal } from '../src/model/lifecycle.js'

export default defineRule({
  id: 'lifecycle-abort-incomplete-uploads-missing',
  meta: {
    title: 'S3 lifecycle configuration does not abort incomplete multipart uploads',
    severity: 'low',
    why:
      'Parts of multipart uploads that never complete stay in the bucket, invisible in object listings, and are billed until someone aborts them. ' +
      'An enabled lifecycle rule for the whole bucket with AbortIncompleteMultipartUpload cleans them up. A rule limited by a prefix or tags, or a disabled one, leaves the rest of the bucket uncovered, and DaysAfterInitiation must be a positive whole number (S3 refuses 0). ' +
      'Buckets with no lifecycle configuration at all are reported by lifecycle-missing instead.',
    concepts: ['other:lifecycle-abort-incomplete-upload'],
    peers: { checkov: ['CKV_AWS_300'] },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        '- Id: abort-incomplete-uploads   # in LifecycleConfiguration.Rules, without Prefix or TagFilters\n  Status: Enabled\n  AbortIncompleteMultipartUpload:\n    DaysAfterInitiation: 7',
      terraform:
        'rule {   # in aws_s3_bucket_lifecycle_configuration\n  id     = "abort-incomplete-uploads"\n  status = "Enabled"\n  filter {}\n  abort_incomplete_multipart_upload {\n    days_after_initiation = 7\n  }\n}',
      cdk: 'lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(7) }]',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpu-abort-incomplete-mpu-lifecycle-config.html'],
  },
  messages: {
    noAbort: 'Bucket {{bucket}} has lifecycle rules, but none that is enabled for the whole bucket aborts incomplete multipart uploads.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Id: expire\n            Status: Enabled\n            ExpirationInDays: 365\n',
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Id: expire\n            Status: Enabled\n            ExpirationInDays: 365\n            AbortIncompleteMultipartUpload:\n              DaysAfterInitiation: 7\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n  }\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}\n',
      ],
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { lifecycleRules: [{ expiration: Duration.days(365) }] })"],
      good: [
        "new s3.Bucket(this, 'Data', { lifecycleRules: [{ expiration: Duration.days(365), abortIncompleteMultipartUploadAfter: Duration.days(7) }] })",
      ],
    },
  },
  check(bucket, report) {
    const lc = bucket.lifecycle
    if (lc.state === 'unknown') return report.unknown(lc, 'lifecycle rules')
    // A configuration S3 refuses is no lifecycle at all: lifecycle-missing reports it.
    if (lc.value.length === 0 || lifecycleRefusal(lc.value)) return
    let undecided: { why: string; at: typeof lc.at } | undefined
    let maybeFiltered: { why: string; at: typeof lc.at } | undefined
    for (const r of lc.value) {
      if (r.filtered === true) continue
      if (r.enabled.state === 'unknown') {
        undecided ??= r.enabled
        continue
      }
      if (!r.enabled.value) continue
      const abort = r.abortIncompleteMultipartUploadDays
      // A rule that sets the days from a variable still aborts uploads; only the delay is unknown.
      // Written days of 0 abort nothing: S3 refuses them (provider 3.x reads 0 as unset).
      if (lifecycleActionRuns(abort) !== false) {
        // A filter only known at deploy time may leave part of the bucket out.
        if (r.filtered === 'unknown') maybeFiltered ??= r.filterUnknown ?? { why: 'its filter is only known at deploy time', at: r.at }
        else return
      }
    }
    if (undecided) return report.unknown(undecided, 'lifecycle rule status')
    if (maybeFiltered) return report.unknown(maybeFiltered, 'lifecycle rule filter')
    report({ messageId: 'noAbort', at: lc.at, data: { bucket: bucket.id } })
  },
})
