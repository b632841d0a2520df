/**
 * A bucket's name written as a literal is known at plan time, so Terraform accepts it in a
 * `for_each` (`toset([for b in aws_s3_bucket.b : b.bucket])`): each instance then configures the
 * bucket of that name. Read as unknown before, the settings went to no bucket, and the buckets
 * got definite "no Block Public Access" findings.
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../../helpers/scan-files.js'

const BUCKETS = `resource "aws_s3_bucket" "b" {
  for_each = toset(["names-a", "names-b"])
  bucket   = each.key
}
`
const BLOCK = (forEach: string) => `resource "aws_s3_bucket_public_access_block" "p" {
  for_each                = ${forEach}
  bucket                  = each.value
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
`

describe('for_each over the names of buckets', () => {
  it.each([
    ['a for expression', 'toset([for b in aws_s3_bucket.b : b.bucket])'],
    ['the ids', 'toset([for b in aws_s3_bucket.b : b.id])'],
    ['a splat', 'toset(values(aws_s3_bucket.b)[*].bucket)'],
  ])('attaches each setting to its bucket (%s)', async (_, forEach) => {
    const r = await scanFiles({ 'main.tf': BUCKETS + BLOCK(forEach) })
    expect(hits(r, 'block-public-access-incomplete')).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === 'block-public-access-incomplete')).toEqual([])
    expect(r.findings.map((f) => f.resource)).not.toContain('aws_s3_bucket_public_access_block.p[*]')
  })

  it('names each instance by the bucket name and reports a public policy on its bucket', async () => {
    const r = await scanFiles({
      'main.tf': `${BUCKETS}
resource "aws_s3_bucket_policy" "p" {
  for_each = toset([for b in aws_s3_bucket.b : b.bucket])
  bucket   = each.value
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::\${each.value}/*" }]
  })
}
`,
    })
    const exposed = r.findings.filter((f) => f.ruleId === 'public-exposure').map((f) => f.resource)
    expect(exposed).toEqual(['aws_s3_bucket.b["names-a"]', 'aws_s3_bucket.b["names-b"]'])
    const read = r.findings.filter((f) => f.ruleId === 'policy-public-read').map((f) => f.resource)
    expect(read).toEqual(['aws_s3_bucket_policy.p["names-a"]', 'aws_s3_bucket_policy.p["names-b"]'])
  })

  it('keeps a bucket whose name is not written (bucket_prefix) unknown, as Terraform cannot plan it', async () => {
    const r = await scanFiles({
      'main.tf': `resource "aws_s3_bucket" "b" {
  count         = 2
  bucket_prefix = "logs-"
}
${BLOCK('toset(aws_s3_bucket.b[*].bucket)')}`,
    })
    // Not a definite finding on either bucket: the setting may be theirs.
    expect(r.unknowns.some((u) => u.ruleId === 'block-public-access-incomplete')).toBe(true)
  })

  it('compares a literal name with the bucket of that name', async () => {
    const r = await scanFiles({
      'main.tf': `resource "aws_s3_bucket" "a" {
  bucket = "same-name"
}
resource "aws_s3_bucket_versioning" "v" {
  count  = aws_s3_bucket.a.bucket == "same-name" ? 1 : 0
  bucket = aws_s3_bucket.a.id
  versioning_configuration {
    status = "Enabled"
  }
}
`,
    })
    expect(hits(r, 'versioning-disabled')).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === 'versioning-disabled')).toEqual([])
  })
})
