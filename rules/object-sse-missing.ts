import { defineRule } from '../src/engine/define-rule.js'

export default defineRule({
  id: 'object-sse-missing',
  target: 'object',
  meta: {
    title: 'S3 object managed in code does not set server-side encryption',
    severity: 'info',
    severityNote:
      "KICS rates it High, but since January 2023 S3 encrypts every new object (with the bucket's default encryption, SSE-S3 at least), so an object without the setting is still encrypted; informational, like encryption-missing. object-not-encrypted-cmk is the check that matters.",
    why:
      'Stating the encryption of an object uploaded by infrastructure code documents the intent and keeps it under review. ' +
      "Without it the object gets the bucket's default encryption, which is why this is informational.",
    concepts: ['other:object-sse-missing'],
    peers: { kics: ['5fb49a69-8d46-4495-a2f8-9c8c622b2b6e'] },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation: 'CloudFormation has no S3 object resource; set the encryption on the bucket (`BucketEncryption`).',
      terraform: 'server_side_encryption = "aws:kms"\nkms_key_id             = aws_kms_key.data.arn',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html'],
  },
  messages: {
    notSet: "Object {{object}} does not set server-side encryption; it gets the bucket's default encryption.",
  },
  examples: {
    cloudformation: { bad: [], good: [], note: 'CloudFormation has no resource for individual S3 objects.' },
    terraform: {
      bad: ['resource "aws_s3_object" "index" {\n  bucket  = "example-site"\n  key     = "index.html"\n  content = "<h1>hello</h1>"\n}\n'],
      good: [
        'resource "aws_s3_object" "index" {\n  bucket                 = "example-site"\n  key                    = "index.html"\n  content                = "<h1>hello</h1>"\n  server_side_encryption = "AES256"\n}\n',
      ],
    },
  },
  check(object, report) {
    const sse = object.serverSideEncryption
    if (sse.state === 'unknown') return report.unknown(sse, 'server-side encryption')
    if (sse.value !== null) return
    // A KMS key id on its own implies SSE-KMS.
    if (object.kmsKeyId.state !== 'unknown' && object.kmsKeyId.value !== null) return
    report({ messageId: 'notSet', at: object.origin.at, data: { object: object.id } })
  },
})
