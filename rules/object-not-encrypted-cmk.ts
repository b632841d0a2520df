import { defineRule } from '../src/engine/define-rule.js'
import { isAwsManagedKey, KMS_ALGORITHMS as KMS } from '../src/model/kms.js'
import { refOf } from '../src/model/value.js'

export default defineRule({
  id: 'object-not-encrypted-cmk',
  target: 'object',
  meta: {
    title: 'S3 object or object copy managed in code is not encrypted with a customer-managed KMS key',
    severity: 'low',
    severityNote:
      "No Security Hub control covers single objects; the bucket's default encryption (encryption-not-kms, S3.17, Medium) is the control that matters, so objects are Low. An object that sets nothing in a bucket of the same code whose default is a customer-managed key is not reported, since it inherits that key.",
    why: 'Objects written by infrastructure code (configuration, seed data, copies) are often sensitive. Encrypted with SSE-S3 or the AWS managed aws/s3 key, anyone with s3:GetObject can read them; a customer-managed key adds a second gate (kms:Decrypt) you control, audit and can revoke.',
    concepts: ['other:object-not-encrypted-cmk', 'other:object-copy-not-encrypted-cmk'],
    peers: { checkov: ['CKV_AWS_186', 'CKV_AWS_181'] },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        'CloudFormation has no S3 object resource; give the bucket a customer-managed default key (`BucketEncryption` with `SSEAlgorithm: aws:kms` and `KMSMasterKeyID`).',
      terraform: 'server_side_encryption = "aws:kms"\nkms_key_id             = aws_kms_key.data.arn',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html'],
  },
  messages: {
    notCmk: '{{kind}} {{object}} is not encrypted with a customer-managed KMS key ({{how}}).',
  },
  examples: {
    cloudformation: { bad: [], good: [], note: 'CloudFormation has no resource for individual S3 objects.' },
    terraform: {
      bad: ['resource "aws_s3_object" "config" {\n  bucket  = "example-config"\n  key     = "app.json"\n  content = "{}"\n}\n'],
      good: [
        'resource "aws_kms_key" "config" {}\n\nresource "aws_s3_object" "config" {\n  bucket                 = "example-config"\n  key                    = "app.json"\n  content                = "{}"\n  server_side_encryption = "aws:kms"\n  kms_key_id             = aws_kms_key.config.arn\n}\n',
        'resource "aws_kms_key" "config" {}\n\nresource "aws_s3_bucket" "config" {\n  bucket = "example-config"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "config" {\n  bucket = aws_s3_bucket.config.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.config.arn\n    }\n  }\n}\n\nresource "aws_s3_object" "config" {\n  bucket  = aws_s3_bucket.config.id\n  key     = "app.json"\n  content = "{}"\n}\n',
      ],
    },
  },
  check(object, report, ctx) {
    const kind = object.kind === 'object-copy' ? 'Object copy' : 'Object'
    const key = object.kmsKeyId
    const sse = object.serverSideEncryption
    if (key.state === 'unknown') return report.unknown(key, 'KMS key')
    if (sse.state === 'unknown') return report.unknown(sse, 'server-side encryption')
    if (key.value !== null) {
      if (!isAwsManagedKey(key.value)) return
      report({ messageId: 'notCmk', at: key.at, data: { kind, object: object.id, how: 'it names the AWS managed key aws/s3' } })
      return
    }
    if (sse.value !== null && !KMS.has(sse.value)) {
      report({ messageId: 'notCmk', at: sse.at, data: { kind, object: object.id, how: `it uses ${sse.value}` } })
      return
    }
    const ref = refOf(object.bucket)
    if (sse.value === null && ref !== undefined) {
      // Nothing set on the object: it inherits the default encryption of its bucket, if we can see it.
      const bucket = ctx.resolveBucket(ref)
      if (bucket && bucket !== 'unknown' && bucket.managed) {
        const e = bucket.encryption
        if (e.algorithm.state === 'unknown') return report.unknown(e.algorithm, "the bucket's SSE algorithm")
        if (e.kmsKeyId.state === 'unknown') return report.unknown(e.kmsKeyId, "the bucket's KMS key")
        if (KMS.has(e.algorithm.value) && e.kmsKeyId.value !== null && !isAwsManagedKey(e.kmsKeyId.value)) return
      }
    }
    report({
      messageId: 'notCmk',
      at: sse.state === 'set' ? sse.at : object.origin.at,
      data: { kind, object: object.id, how: sse.value === null ? 'it names no KMS key' : `${sse.value} without a key of your own` },
    })
  },
})
