import { defineRule } from '../src/engine/define-rule.js'

export default defineRule({
  id: 'cloudtrail-log-file-validation-disabled',
  target: 'trail',
  meta: {
    title: 'CloudTrail trail does not validate its log files',
    severity: 'low',
    why:
      'With log file validation, CloudTrail writes signed, chained digest files next to the logs in S3, so anyone can prove later that no log file was changed or deleted. ' +
      'Without it, someone with write access to the log bucket can edit or remove the record of what they did, and nobody can tell.',
    concepts: ['cloudtrail-other'],
    securityHub: 'CloudTrail.4',
    peers: {
      checkov: ['CKV_AWS_36'],
      kics: ['2a3560fe-52ca-4443-b34f-bf0ed5eb74c8'],
      trivy: ['AVD-AWS-0016', 'aws-cloudtrail-enable-log-validation'],
      'cdk-nag': ['CloudTrailLogFileValidationEnabled'],
    },
    profiles: ['baseline', 'default', 'strict'],
    fix: {
      cloudformation: 'EnableLogFileValidation: true',
      terraform: 'enable_log_file_validation = true',
      cdk: 'enableFileValidation: true   // the default of cloudtrail.Trail',
    },
    references: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-4',
    ],
  },
  messages: {
    disabled: 'Trail {{trail}} does not validate its log files, so changes to or deletion of its logs would go unnoticed.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      IsMultiRegionTrail: true\n      S3BucketName: audit-logs\n',
      ],
      good: [
        'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      IsMultiRegionTrail: true\n      EnableLogFileValidation: true\n      S3BucketName: audit-logs\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = "audit-logs"\n  is_multi_region_trail = true\n}\n',
      ],
      good: [
        'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "audit-logs"\n  is_multi_region_trail      = true\n  enable_log_file_validation = true\n}\n',
      ],
    },
    cdk: { bad: ["new cloudtrail.Trail(this, 'Trail', { enableFileValidation: false })"], good: ["new cloudtrail.Trail(this, 'Trail')"] },
  },
  check(trail, report) {
    const v = trail.logFileValidation
    if (v.state === 'unknown') return report.unknown(v, 'log file validation')
    if (v.value) return
    report({ messageId: 'disabled', at: v.at, data: { trail: trail.id }, fix: { kind: 'set', field: 'logFileValidation', value: true } })
  },
})
