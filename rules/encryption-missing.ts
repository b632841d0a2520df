import { defineRule } from '../src/engine/define-rule.js'
import { publicIntent } from '../src/model/exposure.js'

/** The algorithms S3 accepts for default encryption; anything else fails the deployment. */
const ALGORITHMS = new Set(['AES256', 'aws:kms', 'aws:kms:dsse'])

export default defineRule({
  id: 'encryption-missing',
  meta: {
    title: 'S3 bucket does not declare default encryption',
    severity: 'info',
    severityNote:
      'Since 5 January 2023 S3 encrypts every new object with SSE-S3 when nothing else is configured, so a missing configuration no longer leaves data unencrypted. KICS, cfn_nag and cfn-guard still flag it; checkov, trivy and cdk-nag retired the check. We keep it as Info; encryption-not-kms is the check that matters.',
    why:
      'Declaring the encryption configuration documents the intent and keeps it under review. ' +
      'Without it the bucket still gets SSE-S3 by default, which is why this is informational.',
    concepts: ['encryption-missing'],
    profiles: ['default', 'strict'],
    securityHub: 'S3.4',
    peers: {
      checkov: ['CKV_AWS_19'],
      kics: ['b2e8752c-3497-4255-98d2-e4ae5b46bbf5'],
      cfn_nag: ['W41'],
      trivy: ['AVD-AWS-0088', 'aws-s3-enable-bucket-encryption'],
      'cfn-guard': ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'],
    },
    fix: {
      cloudformation:
        'BucketEncryption:\n  ServerSideEncryptionConfiguration:\n    - ServerSideEncryptionByDefault:\n        SSEAlgorithm: aws:kms\n      BucketKeyEnabled: true',
      terraform:
        'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n    }\n    bucket_key_enabled = true\n  }\n}',
      cdk: 'encryption: s3.BucketEncryption.KMS',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html'],
  },
  messages: {
    notDeclared: 'Bucket {{bucket}} declares no default encryption; S3 applies SSE-S3 by default.',
    unsupported:
      'Bucket {{bucket}} sets default encryption to "{{algorithm}}", which S3 does not accept (AES256, aws:kms or aws:kms:dsse), so the configuration fails to deploy.',
    unsupportedIfPresent:
      'Bucket {{bucket}} either declares no default encryption or sets it to "{{algorithm}}", which S3 does not accept (AES256, aws:kms or aws:kms:dsse).',
  },
  examples: {
    cloudformation: {
      bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n'],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n',
      ],
    },
  },
  check(bucket, report) {
    const d = bucket.encryption.declared
    const alg = bucket.encryption.algorithm
    // The fix encrypts with SSE-KMS, which anonymous website visitors cannot read and S3 server
    // access logs cannot be delivered to: no one-click KMS there (as encryption-not-kms).
    const kmsFits =
      !publicIntent(bucket) &&
      !bucket.links.isLogTarget &&
      !bucket.links.logDeliveries.some((d) => d.service === 'elb') &&
      bucket.website.state !== 'unknown' &&
      bucket.website.value === null
    const fix = kmsFits
      ? ({ kind: 'set', field: 'encryption', value: { algorithm: 'aws:kms', bucketKeyEnabled: true } } as const)
      : undefined
    if (alg.state === 'set' && !ALGORITHMS.has(alg.value)) {
      const data = { bucket: bucket.id, algorithm: alg.value }
      // A configuration that may not exist (a dynamic block over a value not known statically)
      // but names an algorithm S3 rejects is wrong either way: absent, nothing is declared;
      // present, it does not deploy.
      if (d.state === 'unknown') return report({ messageId: 'unsupportedIfPresent', at: alg.at, data, fix })
      if (d.value) return report({ messageId: 'unsupported', at: alg.at, data, fix })
    }
    if (d.state === 'unknown') return report.unknown(d)
    if (!d.value) report({ messageId: 'notDeclared', at: bucket.encryption.at, data: { bucket: bucket.id }, fix })
  },
})
