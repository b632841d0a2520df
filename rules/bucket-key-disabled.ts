import { defineRule } from '../src/engine/define-rule.js'

export default defineRule({
  id: 'bucket-key-disabled',
  meta: {
    title: 'S3 bucket uses SSE-KMS without an S3 Bucket Key',
    severity: 'low',
    why:
      'Without a Bucket Key, S3 calls KMS for every object, which multiplies KMS cost and can hit KMS request quotas under load, tempting teams back to weaker encryption. ' +
      'A Bucket Key keeps SSE-KMS and cuts KMS requests by up to 99%. ' +
      'DSSE-KMS (aws:kms:dsse) is not reported: S3 does not support Bucket Keys with it.',
    concepts: ['bucket-key-disabled'],
    profiles: ['strict'],
    peers: {},
    fix: {
      cloudformation: 'BucketKeyEnabled: true   # in the ServerSideEncryptionConfiguration rule',
      terraform: 'bucket_key_enabled = true   # in the server_side_encryption_configuration rule',
      cdk: 'bucketKeyEnabled: true',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html'],
  },
  messages: {
    noBucketKey: 'Bucket {{bucket}} uses {{algorithm}} without BucketKeyEnabled.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n',
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n            BucketKeyEnabled: true\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n    }\n  }\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n    }\n    bucket_key_enabled = true\n  }\n}\n',
      ],
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { encryption: s3.BucketEncryption.KMS })"],
      good: ["new s3.Bucket(this, 'Data', { encryption: s3.BucketEncryption.KMS, bucketKeyEnabled: true })"],
    },
  },
  check(bucket, report) {
    const e = bucket.encryption
    // S3 Bucket Keys do not apply to DSSE-KMS (aws:kms:dsse), so there is nothing to turn on there.
    if (e.algorithm.state === 'unknown') {
      // An algorithm chosen at deploy time may be aws:kms: without a Bucket Key that is this rule's finding.
      if (e.bucketKeyEnabled.state !== 'unknown' && e.bucketKeyEnabled.value) return
      return report.unknown(e.algorithm, 'SSE algorithm')
    }
    if (e.algorithm.value !== 'aws:kms') return
    if (e.bucketKeyEnabled.state === 'unknown') return report.unknown(e.bucketKeyEnabled, 'BucketKeyEnabled')
    if (!e.bucketKeyEnabled.value) {
      report({
        messageId: 'noBucketKey',
        at: e.bucketKeyEnabled.state === 'set' ? e.bucketKeyEnabled.at : e.algorithm.at,
        data: { bucket: bucket.id, algorithm: e.algorithm.value },
        fix: { kind: 'set', field: 'encryption.bucketKeyEnabled', value: true },
      })
    }
  },
})
