import { defineRule } from '../src/engine/define-rule.js'

export default defineRule({
  id: 'versioning-disabled',
  meta: {
    title: 'S3 bucket versioning is not enabled',
    severity: 'medium',
    securityHub: 'S3.14',
    severityNote:
      'Security Hub rates S3.14 Low; we use Medium because versioning is the only undo for an overwrite or delete (accidental or ransomware) and the prerequisite for replication and object lock.',
    why:
      'Without versioning an overwrite or delete is permanent, whether by mistake, by a buggy deploy or by an attacker with write access. ' +
      'Versioning keeps prior versions so they can be restored; pair it with a noncurrent-version lifecycle rule to bound the cost.',
    concepts: ['versioning-disabled'],
    profiles: ['default', 'strict'],
    peers: {
      checkov: ['CKV_AWS_21'],

      trivy: ['AVD-AWS-0090', 'aws-s3-enable-versioning'],
      'cdk-nag': ['S3BucketVersioningEnabled'],
      'cfn-guard': ['S3_BUCKET_VERSIONING_ENABLED', 'CT.S3.PR.11'],
    },
    fix: {
      cloudformation: 'VersioningConfiguration:\n  Status: Enabled',
      terraform:
        'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
      cdk: 'versioned: true',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-14',
    ],
  },
  messages: {
    disabled: 'Bucket {{bucket}} has versioning {{state}}.',
    lockedSuspended:
      'Bucket {{bucket}} enables Object Lock but asks for versioning {{state}}; S3 refuses to change the versioning of a bucket with Object Lock, so the deploy fails.',
  },
  examples: {
    cloudformation: {
      bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Suspended\n'],
      good: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n'],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
      ],
    },
    cdk: { bad: ["new s3.Bucket(this, 'Data')"], good: ["new s3.Bucket(this, 'Data', { versioned: true })"] },
  },
  check(bucket, report) {
    const status = bucket.versioning.status
    if (status.state === 'unknown') return report.unknown(status, 'versioning status')
    if (status.value !== 'Enabled') {
      const state = versioningState(status.state === 'default' ? undefined : String(status.value))
      // Object Lock turns versioning on for good: a written status other than Enabled is refused.
      const lock = bucket.objectLock.enabled
      if (status.state === 'set' && lock.state !== 'unknown' && lock.value)
        return report({
          messageId: 'lockedSuspended',
          at: status.at,
          data: { bucket: bucket.id, state },
          related: [{ message: 'Object Lock', at: lock.at }],
          fix: { kind: 'set', field: 'versioning.status', value: 'Enabled' },
        })
      report({
        messageId: 'disabled',
        at: status.at,
        data: { bucket: bucket.id, state },
        fix: { kind: 'set', field: 'versioning.status', value: 'Enabled' },
      })
    }
  },
})

/** How the message names the status; one spelled otherwise than these is quoted, as S3 takes only `Enabled`. */
function versioningState(value: string | undefined): string {
  if (value === undefined) return 'not configured'
  // `Disabled`: the Terraform provider's status for a bucket never versioned.
  if (value === 'Suspended' || value === 'Disabled') return value.toLowerCase()
  return `status "${value}", not "Enabled"`
}
