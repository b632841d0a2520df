import { defineRule } from '../src/engine/define-rule.js'

export default defineRule({
  id: 'object-lock-disabled',
  meta: {
    title: 'S3 bucket does not enable Object Lock',
    severity: 'low',
    severityNote:
      'Security Hub rates S3.15 Medium. Object Lock is a one-way, write-once (WORM) decision that suits records with a legal or regulatory retention period, not every bucket, so s3-gate defaults to Low; raise it in `.s3-gate.yml` for buckets holding regulated data.',
    why:
      'Object Lock stops object versions from being deleted or overwritten until their retention period ends, even by an administrator or an attacker with full S3 permissions (in compliance mode, even by the root user). ' +
      'It protects audit logs, backups and records against ransomware and tampering. It can only be enabled on versioned buckets and cannot be turned off afterwards: S3 turns versioning on for a bucket it creates with Object Lock, but refuses Object Lock turned on later for a bucket whose versioning is not Enabled, which is reported as no Object Lock. ' +
      'S3 does not deliver server access logs to a bucket with Object Lock, so a bucket that receives them is reported as Info, without a suggested change.',
    concepts: ['object-lock-disabled'],
    securityHub: 'S3.15',
    peers: {
      checkov: ['CKV_AWS_143'],
      'cdk-nag': ['S3BucketDefaultLockEnabled'],
      'cfn-guard': ['S3_BUCKET_DEFAULT_LOCK_ENABLED', 'CT.S3.PR.9'],
    },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        'ObjectLockEnabled: true\nObjectLockConfiguration:\n  ObjectLockEnabled: Enabled\n  Rule:\n    DefaultRetention:\n      Mode: GOVERNANCE\n      Days: 30\nVersioningConfiguration:\n  Status: Enabled',
      terraform:
        'resource "aws_s3_bucket" "this" {\n  bucket              = "example"\n  object_lock_enabled = true\n}\n\nresource "aws_s3_bucket_object_lock_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    default_retention {\n      mode = "GOVERNANCE"\n      days = 30\n    }\n  }\n}',
      cdk: 'objectLockEnabled: true, objectLockDefaultRetention: s3.ObjectLockRetention.governance(Duration.days(30))',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-15',
    ],
  },
  messages: {
    disabled: 'Bucket {{bucket}} {{state}} Object Lock, so its objects can be deleted or overwritten at any time.',
    logTarget:
      'Bucket {{bucket}} {{state}} Object Lock; it receives server access logs, which S3 cannot deliver to a bucket with Object Lock, so this is expected.',
    refused: 'Bucket {{bucket}} has no Object Lock: {{why}}. Turn it on when the bucket is created instead.',
  },
  examples: {
    cloudformation: {
      bad: ['Resources:\n  Audit:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n'],
      good: [
        'Resources:\n  Audit:\n    Type: AWS::S3::Bucket\n    Properties:\n      ObjectLockEnabled: true\n      VersioningConfiguration:\n        Status: Enabled\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "audit" {\n  bucket = "example-audit"\n}\n'],
      good: ['resource "aws_s3_bucket" "audit" {\n  bucket              = "example-audit"\n  object_lock_enabled = true\n}\n'],
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Audit', { versioned: true })"],
      good: ["new s3.Bucket(this, 'Audit', { versioned: true, objectLockEnabled: true })"],
    },
  },
  check(bucket, report) {
    const e = bucket.objectLock.enabled
    if (e.state === 'unknown') return report.unknown(e, 'Object Lock')
    if (e.value) return
    const refused = bucket.objectLock.refused
    const state = e.state === 'set' ? 'disables' : 'does not enable'
    // Turning it on would stop the delivery of the server access logs the bucket receives.
    if (bucket.links.isLogTarget)
      return report({
        messageId: 'logTarget',
        at: e.state === 'set' ? e.at : bucket.objectLock.at,
        data: { bucket: bucket.id, state },
        severity: 'info',
      })
    if (refused)
      return report({
        messageId: 'refused',
        at: refused.at,
        data: { bucket: bucket.id, why: refused.why },
        related: [{ message: 'versioning', at: bucket.versioning.status.at }],
        fix: { kind: 'set', field: 'objectLock.enabled', value: true },
      })
    report({
      messageId: 'disabled',
      at: e.state === 'set' ? e.at : bucket.objectLock.at,
      data: { bucket: bucket.id, state },
      fix: { kind: 'set', field: 'objectLock.enabled', value: true },
    })
  },
})
