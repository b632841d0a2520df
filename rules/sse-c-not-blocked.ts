import { defineRule } from '../src/engine/define-rule.js'

export default defineRule({
  id: 'sse-c-not-blocked',
  meta: {
    title: 'S3 bucket does not block SSE-C uploads',
    severity: 'low',
    why:
      "With SSE-C the caller supplies the encryption key. Attackers holding stolen write credentials have used it to re-encrypt a victim's objects with a key only they know and demand a ransom. " +
      'Blocking SSE-C (BlockedEncryptionTypes: SSE-C) removes that path for buckets that never need customer-provided keys.',
    concepts: ['other:sse-c-not-blocked'],
    profiles: ['strict'],
    peers: {},
    fix: {
      cloudformation: 'BlockedEncryptionTypes:\n  EncryptionType:\n    - SSE-C   # in the ServerSideEncryptionConfiguration rule',
      terraform: 'blocked_encryption_types = ["SSE-C"]   # in the server_side_encryption_configuration rule',
      cdk: 'blockedEncryptionTypes: [s3.BlockedEncryptionType.SSE_C]',
    },
    references: ['https://aws.amazon.com/blogs/security/preventing-unintended-encryption-of-amazon-s3-objects/'],
  },
  messages: {
    sseCAllowed: 'Bucket {{bucket}} accepts SSE-C uploads (customer-provided keys); block them unless the workload needs them.',
  },
  examples: {
    cloudformation: {
      bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n'],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n            BlockedEncryptionTypes:\n              EncryptionType: [SSE-C]\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n    blocked_encryption_types = ["SSE-C"]\n  }\n}\n',
      ],
    },
  },
  check(bucket, report) {
    const b = bucket.encryption.blockedEncryptionTypes
    if (b.state === 'unknown') return report.unknown(b, 'BlockedEncryptionTypes')
    if (!b.value.some((t) => t.toUpperCase() === 'SSE-C')) {
      report({
        messageId: 'sseCAllowed',
        at: b.state === 'set' ? b.at : bucket.encryption.at,
        data: { bucket: bucket.id },
        fix: { kind: 'set', field: 'encryption.blockedEncryptionTypes', value: ['SSE-C'] },
      })
    }
  },
})
