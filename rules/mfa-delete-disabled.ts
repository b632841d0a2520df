import { defineRule } from '../src/engine/define-rule.js'

export default defineRule({
  id: 'mfa-delete-disabled',
  meta: {
    title: 'S3 bucket versioning is configured without MFA delete',
    severity: 'low',
    why:
      "With MFA delete, permanently deleting an object version or changing the versioning state needs the root user's MFA code, so stolen credentials cannot destroy the version history. " +
      'It only applies to buckets whose code configures versioning. Two cases are deliberately not reported: buckets with lifecycle rules, because S3 does not allow lifecycle configuration on an MFA-delete bucket (the same choice KICS makes), and formats that cannot set MFA delete at all (CloudFormation and CDK). ' +
      'Turning it on needs the root user\'s MFA device (`mfa = "<serial> <code>"` in Terraform or the AWS CLI), so it suits buckets holding records that must not be lost.',
    concepts: ['mfa-delete-disabled'],
    securityHub: 'S3.20',
    peers: {
      checkov: ['CKV_AWS_52'],
      kics: ['c5b31ab9-0f26-4a49-b8aa-4cc064392f4d'],
      trivy: ['AVD-AWS-0170', 'aws-s3-require-mfa-delete'],
    },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        'CloudFormation cannot set MFA delete; enable it with `aws s3api put-bucket-versioning --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "<serial> <code>"` as the root user.',
      terraform:
        'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  mfa    = "${var.root_mfa_serial} ${var.root_mfa_code}"\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-20',
    ],
  },
  messages: {
    noMfaDelete:
      'Bucket {{bucket}} configures versioning without MFA delete, so anyone allowed to delete object versions can erase the history.',
    ineffective: 'Bucket {{bucket}} asks for MFA delete but its versioning is {{status}}, so MFA delete is not in effect.',
  },
  examples: {
    cloudformation: {
      bad: [],
      good: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n'],
      note: 'CloudFormation has no MFA delete property, so the rule never fires on CloudFormation or CDK.',
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  mfa    = "arn:aws:iam::111122223333:mfa/root-account-mfa-device 123456"\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}\n',
      ],
    },
  },
  check(bucket, report) {
    const v = bucket.versioning
    if (!v.mfaDeleteConfigurable) return
    // Only code that configures versioning is judged; a bucket without it is versioning-disabled's finding.
    // A status known only at deploy time is still configured, and without MFA delete any status fails.
    if (v.status.state === 'default') return
    const lifecycle = bucket.lifecycle
    if (lifecycle.state === 'unknown') return report.unknown(lifecycle, 'lifecycle configuration')
    if (lifecycle.value.length > 0) return
    if (v.mfaDelete.state === 'unknown') return report.unknown(v.mfaDelete, 'MFA delete')
    if (v.mfaDelete.value) {
      if (v.status.state === 'unknown') return report.unknown(v.status, 'versioning status')
      if (v.status.value === 'Enabled' || v.status.value === 'Suspended') return
      report({ messageId: 'ineffective', at: v.status.at, data: { bucket: bucket.id, status: String(v.status.value).toLowerCase() } })
      return
    }
    // MFA delete alone on versioning that is off is this rule's `ineffective` finding: the
    // versioning-disabled fix comes first there.
    const versioned = v.status.state === 'set' && (v.status.value === 'Enabled' || v.status.value === 'Suspended')
    report({
      messageId: 'noMfaDelete',
      at: v.mfaDelete.state === 'set' ? v.mfaDelete.at : v.at,
      data: { bucket: bucket.id },
      ...(versioned ? { fix: { kind: 'set', field: 'versioning.mfaDelete', value: true } as const } : {}),
    })
  },
})
