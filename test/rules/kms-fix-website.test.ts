/** The KMS fix is offered where switching to SSE-KMS breaks nothing: not on a website bucket. */
import { describe, expect, it } from 'vitest'
import { scanFiles } from './helpers.js'

const tree = (website: string) => `resource "aws_s3_bucket" "site" {
  bucket = "site"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
${website}`

const notKms = async (website: string) =>
  (await scanFiles({ 'main.tf': tree(website) })).findings
    .filter((f) => f.ruleId === 'encryption-not-kms')
    .map((f) => ({ messageId: f.messageId, fix: f.fix?.kind }))

describe('encryption-not-kms fix', () => {
  it('is offered on a bucket without a website', async () => {
    expect(await notKms('')).toEqual([{ messageId: 'notKms', fix: 'set' }])
  })

  it('is not offered on a website bucket, whose anonymous readers cannot use a KMS key', async () => {
    const website = `
resource "aws_s3_bucket_website_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  index_document {
    suffix = "index.html"
  }
}
`
    expect(await notKms(website)).toEqual([{ messageId: 'notKms', fix: undefined }])
  })
})
