import { defineRule } from '../src/engine/define-rule.js'
import { lifecycleRefusal } from '../src/model/lifecycle.js'

export default defineRule({
  id: 'lifecycle-missing',
  meta: {
    title: 'S3 bucket has no lifecycle configuration',
    severity: 'low',
    severityNote:
      'Follows Security Hub: S3.13 (any bucket without lifecycle rules) is Low; S3.10 (a versioned bucket without lifecycle rules) is Medium, so that case is reported as Medium.',
    why:
      'Without lifecycle rules, objects and (on versioned buckets) every overwritten or deleted version are kept and paid for forever, and data outlives its retention period, which is a compliance problem of its own. ' +
      'A configuration whose rules are all disabled counts as none, and so does one S3 refuses (two rules with the same ID, more than 1,000 rules). A versioned bucket whose rules never expire old versions is reported by lifecycle-noncurrent-versions-kept.',
    concepts: ['lifecycle-missing'],
    securityHub: 'S3.13',
    peers: { checkov: ['CKV2_AWS_61'], 'cfn-guard': ['CT.S3.PR.6', 'CT.S3.PR.3'] },
    profiles: ['baseline', 'default', 'strict'],
    fix: {
      cloudformation:
        'LifecycleConfiguration:\n  Rules:\n    - Id: expire-old-data\n      Status: Enabled\n      ExpirationInDays: 365\n      NoncurrentVersionExpiration:\n        NoncurrentDays: 30\n      AbortIncompleteMultipartUpload:\n        DaysAfterInitiation: 7',
      terraform:
        'resource "aws_s3_bucket_lifecycle_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    id     = "expire-old-data"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n    noncurrent_version_expiration {\n      noncurrent_days = 30\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}',
      cdk: 'lifecycleRules: [{ expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(30), abortIncompleteMultipartUploadAfter: Duration.days(7) }]',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-13',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-10',
    ],
  },
  messages: {
    none: 'Bucket {{bucket}} has no lifecycle rules{{versioned}}.',
    allDisabled: 'Bucket {{bucket}} has lifecycle rules, but all of them are disabled, so nothing ever expires{{versioned}}.',
    refused:
      'Bucket {{bucket}} has a lifecycle configuration S3 refuses: {{why}}; it cannot be deployed, so none of its rules applies{{versioned}}.',
  },
  examples: {
    cloudformation: {
      bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n'],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Id: tidy\n            Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 30\n            AbortIncompleteMultipartUpload:\n              DaysAfterInitiation: 7\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "tidy"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}\n',
      ],
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { versioned: true })"],
      good: ["new s3.Bucket(this, 'Data', { versioned: true, lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }] })"],
    },
  },
  check(bucket, report) {
    const lc = bucket.lifecycle
    if (lc.state === 'unknown') return report.unknown(lc, 'lifecycle rules')
    const status = bucket.versioning.status
    const versioned = status.state !== 'unknown' && status.value === 'Enabled'
    const versionedNote = versioned ? ', although it is versioned, so old versions pile up forever' : ''
    if (lc.value.length === 0) {
      report({
        messageId: 'none',
        at: lc.at,
        data: { bucket: bucket.id, versioned: versionedNote },
        severity: versioned ? 'medium' : undefined,
      })
      return
    }
    const refusal = lifecycleRefusal(lc.value)
    if (refusal) {
      report({
        messageId: 'refused',
        at: refusal.at,
        data: { bucket: bucket.id, why: refusal.why, versioned: versionedNote },
        severity: versioned ? 'medium' : undefined,
      })
      return
    }
    const enabled = lc.value.filter((r) => r.enabled.state === 'unknown' || r.enabled.value)
    // A configuration whose rules are all disabled is no lifecycle at all (S3.13 wants an active rule).
    if (enabled.length === 0) {
      report({
        messageId: 'allDisabled',
        at: lc.value[0]!.at,
        data: { bucket: bucket.id, versioned: versionedNote },
        severity: versioned ? 'medium' : undefined,
      })
      return
    }
  },
})
