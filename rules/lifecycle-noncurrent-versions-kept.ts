import { defineRule } from '../src/engine/define-rule.js'
import { lifecycleActionRuns, lifecycleRefusal } from '../src/model/lifecycle.js'
import type { SourceLocation } from '../src/model/location.js'

export default defineRule({
  id: 'lifecycle-noncurrent-versions-kept',
  meta: {
    title: 'Versioned S3 bucket keeps noncurrent versions forever',
    severity: 'low',
    why:
      'On a versioned bucket every overwrite or delete keeps the old version, and it is stored and billed until a lifecycle rule expires it; data also outlives its retention period. ' +
      'At least one enabled rule for the whole bucket should expire noncurrent versions: a rule limited by a prefix, tags or object size leaves the old versions of every other object in place, and NoncurrentDays must be a positive whole number (S3 refuses 0). Buckets with no lifecycle rules at all are reported by lifecycle-missing instead.',
    concepts: ['other:lifecycle-noncurrent-versions-kept'],
    peers: {},
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        '- Id: expire-noncurrent-versions   # in LifecycleConfiguration.Rules\n  Status: Enabled\n  NoncurrentVersionExpiration:\n    NoncurrentDays: 30',
      terraform:
        'rule {   # in aws_s3_bucket_lifecycle_configuration\n  id     = "expire-noncurrent-versions"\n  status = "Enabled"\n  filter {}\n  noncurrent_version_expiration {\n    noncurrent_days = 30\n  }\n}',
      cdk: 'lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }]',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-configuration-examples.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
    ],
  },
  messages: {
    noncurrentKept:
      'Bucket {{bucket}} is versioned, but none of its lifecycle rules expires noncurrent versions, so every old version is kept forever.',
    onlySomeObjects:
      'Bucket {{bucket}} is versioned, but only lifecycle rules limited to some objects (a prefix, tags or object size) expire noncurrent versions, so the old versions of all other objects are kept forever.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Id: expire\n            Status: Enabled\n            ExpirationInDays: 365\n',
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Id: tidy\n            Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 30\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n  }\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "tidy"\n    status = "Enabled"\n    filter {}\n    noncurrent_version_expiration {\n      noncurrent_days = 30\n    }\n  }\n}\n',
      ],
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { versioned: true, lifecycleRules: [{ expiration: Duration.days(365) }] })"],
      good: ["new s3.Bucket(this, 'Data', { versioned: true, lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }] })"],
    },
  },
  check(bucket, report) {
    const lc = bucket.lifecycle
    const status = bucket.versioning.status
    // No rules, or none enabled, is lifecycle-missing's finding; unknown versioning says nothing here.
    if (lc.state === 'unknown' || lc.value.length === 0 || status.state === 'unknown' || status.value !== 'Enabled') return
    // A configuration S3 refuses is no lifecycle at all: lifecycle-missing reports it.
    if (lifecycleRefusal(lc.value)) return
    const enabled = lc.value.filter((r) => r.enabled.state === 'unknown' || r.enabled.value)
    if (enabled.length === 0) return
    let open: { why: string; at: SourceLocation } | undefined
    let filtered = false
    for (const r of enabled) {
      const days = r.noncurrentVersionExpirationDays
      // Written days of 0 expire nothing: S3 refuses them (provider 3.x reads 0 as unset).
      const runs = lifecycleActionRuns(days)
      // A rule limited to a prefix, tags or a size leaves the versions of every other object in place.
      if (r.filtered === true) {
        if (runs !== false) filtered = true
        continue
      }
      if (days.state === 'unknown') open ??= days
      else if (runs === true) {
        if (r.enabled.state === 'unknown') open ??= r.enabled
        // A filter only known at deploy time may leave part of the bucket out.
        else if (r.filtered === 'unknown') open ??= r.filterUnknown ?? { why: 'its filter is only known at deploy time', at: r.at }
        else return
      }
    }
    if (open) return report.unknown(open, 'noncurrent version expiry')
    if (filtered) return report({ messageId: 'onlySomeObjects', at: lc.at, data: { bucket: bucket.id } })
    report({ messageId: 'noncurrentKept', at: lc.at, data: { bucket: bucket.id } })
  },
})
