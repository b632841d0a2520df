import { describe, expect, it } from 'vitest'
import { fixRoundTrip, strict } from '../../helpers/fix-round-trip.js'
import { scanFiles } from '../../helpers/scan-files.js'

const BUCKET = 'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n}\n'

describe('Fixes that would add a second setting resource, or name a bucket the scan cannot see', () => {
  it('edits the setting resource that already configures the bucket instead of adding another', async () => {
    // The finding is on the bucket's public ACL; the block to change is the public access block.
    const text = `resource "aws_s3_bucket" "data" {
  bucket = "data"
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "other_name" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = false
  block_public_policy     = true
  ignore_public_acls      = false
  restrict_public_buckets = true
}
`
    const { edit, fixed } = await fixRoundTrip({ 'main.tf': text }, 'main.tf', 'public-exposure', {
      // A public ACL that Block Public Access neutralises is still worth removing.
      allowNew: ['acl-public-neutralised'],
    })
    expect(edit).toMatchObject({ startLine: 8, endLine: 11, description: 'Turn on all four Block Public Access settings' })
    expect(fixed.match(/aws_s3_bucket_public_access_block/g)).toHaveLength(1)
    // A versioning resource with no configuration block gets one.
    const versioning = `${BUCKET}resource "aws_s3_bucket_versioning" "v" {\n  bucket = aws_s3_bucket.data.id\n}\n`
    const v = await fixRoundTrip({ 'main.tf': versioning }, 'main.tf', 'versioning-disabled', { allowNew: ['mfa-delete-disabled'] })
    expect(v.fixed).toContain('  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}')
  })

  it('does not edit a setting resource deployed on other terms than its bucket (count = 0 here), which would fix nothing', async () => {
    const text = `variable "public" {
  type    = bool
  default = false
}

resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  count                   = var.public ? 1 : 0
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = false
}
`
    const r = await scanFiles({ 'main.tf': text }, strict)
    const bpa = r.findings.filter((f) => f.ruleId === 'block-public-access-incomplete')
    expect(bpa.map((f) => [f.location.line, f.edit])).toEqual([[6, undefined]])
  })

  it('adds no setting resource when one may configure the bucket already: in another file, or by a name it cannot follow', async () => {
    const enc = (bucket: string) =>
      `resource "aws_s3_bucket_server_side_encryption_configuration" "e" {\n  bucket = ${bucket}\n  rule {\n    apply_server_side_encryption_by_default {\n      kms_master_key_id = "arn:aws:kms:us-east-1:123456789012:key/k"\n    }\n  }\n}\n`
    const variable = 'variable "name" {\n  type = string\n}\n'
    for (const other of [enc('aws_s3_bucket.data.bucket'), enc('"data"'), enc('var.name') + variable]) {
      const r = await scanFiles({ 'main.tf': BUCKET, 'encryption.tf': other }, strict)
      const f = r.findings.filter((x) => x.location.file === 'main.tf' && x.ruleId === 'encryption-not-kms')
      expect({ other, edits: f.map((x) => x.edit) }).toEqual({ other, edits: f.map(() => undefined) })
    }
    // A policy in another file: no second one.
    const policy = `resource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({ Version = "2012-10-17", Statement = [] })\n}\n`
    const r = await scanFiles({ 'main.tf': BUCKET, 'policy.tf': policy }, strict)
    expect(r.findings.filter((f) => f.ruleId === 'tls-not-enforced').map((f) => [f.location.file, f.edit])).toEqual([
      ['policy.tf', undefined],
    ])
  })

  it('knows which buckets a setting resource over `for_each = aws_s3_bucket.x` configures', async () => {
    const text = `resource "aws_s3_bucket" "cache" {
  for_each = toset(["a", "b"])
  bucket   = "cache-\${each.key}"
}

resource "aws_s3_bucket_public_access_block" "cache" {
  for_each = aws_s3_bucket.cache

  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "data" {
  bucket = "data"
}
`
    // Another bucket of the module still gets its own public access block.
    const { edit } = await fixRoundTrip({ 'main.tf': text }, 'main.tf', 'block-public-access-incomplete')
    expect(edit).toMatchObject({ description: 'Add an aws_s3_bucket_public_access_block that turns on all four settings' })
    // A setting over the instances of an unknown collection (`each.value.id` of `var.buckets`) is for
    // buckets passed in, as `bucket = var.id` is; yet it may configure this one: no fix.
    const unknown =
      text.replace('for_each = aws_s3_bucket.cache', 'for_each = var.buckets') + 'variable "buckets" {\n  type = map(any)\n}\n'
    const r = await scanFiles({ 'main.tf': unknown }, strict)
    const data = r.findings.filter((f) => f.ruleId === 'block-public-access-incomplete' && f.resource === 'aws_s3_bucket.data')
    expect(data.map((f) => f.edit)).toEqual([undefined])
  })

  it('adds no statement naming a bucket this module does not declare: the scan could not tell it covers it', async () => {
    const text = `resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.elsewhere.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:root" }
        Action    = "s3:GetObject"
        Resource  = "\${aws_s3_bucket.elsewhere.arn}/*"
      },
    ]
  })
}
`
    const r = await scanFiles({ 'main.tf': text }, strict)
    const tls = r.findings.filter((f) => f.ruleId === 'tls-not-enforced')
    expect(tls).toHaveLength(1)
    expect(tls[0]!.edit).toBeUndefined()
  })
})
