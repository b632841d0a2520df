/**
 * Red team, Terraform round 8c, end to end: an index on a resource or module call that has no
 * `count` / `for_each` (Terraform rejects it), and an account-level public access block naming
 * its `account_id` (it covers that account's buckets, not its provider's).
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../helpers/scan-files.js'

type Result = Awaited<ReturnType<typeof scanFiles>>
const problems = (r: Result) => r.problems.map((p) => `${p.code}@${p.file}:${p.line}:${p.column}`)

const fullBlock = (bucket: string, name = 'x') => `resource "aws_s3_bucket_public_access_block" "${name}" {
  bucket                  = ${bucket}
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`

describe('red team: an index on something without count or for_each', () => {
  it('aws_s3_bucket.x[0].id is a bad reference, not a bucket "aws_s3_bucket.x.0" declared elsewhere', async () => {
    const r = await scanFiles({
      'main.tf': `resource "aws_s3_bucket" "x" {\n  bucket = "rt8c-x"\n}\n` + fullBlock('aws_s3_bucket.x[0].id'),
    })
    expect(problems(r)).toEqual(['TF_BAD_REFERENCE@main.tf:5:3'])
    expect(r.problems[0]!.message).toContain('must not include an index key')
    expect(r.notes.join('\n')).not.toContain('aws_s3_bucket.x.0')
    // The one bucket, its settings not applied: no Block Public Access.
    expect(hits(r, 'block-public-access-incomplete')).toEqual(['block-public-access-incomplete@1'])
    expect(r.findings.every((f) => !f.message.includes('aws_s3_bucket.x.0'))).toBe(true)
  })

  it('a string key is an instance key too, and a data source is read the same way', async () => {
    const r = await scanFiles({
      'main.tf':
        `resource "aws_s3_bucket" "x" {\n  bucket = "rt8c-x"\n}\n` +
        fullBlock('aws_s3_bucket.x["a"].id') +
        `data "aws_s3_bucket" "d" {\n  bucket = "rt8c-d"\n}\n` +
        fullBlock('data.aws_s3_bucket.d[0].id', 'd'),
    })
    expect(problems(r)).toEqual(['TF_BAD_REFERENCE@main.tf:5:3', 'TF_BAD_REFERENCE@main.tf:15:3'])
  })

  it('module.one[0].id where the call has no count; module.many[1].id and aws_s3_bucket.y[0]["id"] still read', async () => {
    const r = await scanFiles({
      'mod/main.tf': `variable "name" {}
resource "aws_s3_bucket" "b" {
  bucket = var.name
}
output "id" {
  value = aws_s3_bucket.b.id
}
`,
      'main.tf': `module "one" {
  source = "./mod"
  name   = "rt8c-one"
}
module "many" {
  source = "./mod"
  count  = 2
  name   = "rt8c-many-\${count.index}"
}
resource "aws_s3_bucket" "y" {
  count  = 1
  bucket = "rt8c-y"
}
${fullBlock('module.one[0].id', 'one')}${fullBlock('module.many[1].id', 'many')}${fullBlock('aws_s3_bucket.y[0]["id"]', 'y')}`,
    })
    expect(problems(r)).toEqual(['TF_BAD_REFERENCE@main.tf:15:3'])
    expect(r.findings.filter((f) => f.ruleId === 'block-public-access-incomplete').map((f) => f.resource ?? f.message)).toHaveLength(2)
    const flagged = r.findings.filter((f) => f.ruleId === 'block-public-access-incomplete').map((f) => f.message)
    expect(flagged.some((m) => m.includes('module.one.aws_s3_bucket.b'))).toBe(true)
    expect(flagged.some((m) => m.includes('module.many[0].aws_s3_bucket.b'))).toBe(true)
  })

  it('a splat over a single resource is still its one instance', async () => {
    const r = await scanFiles({
      'main.tf': `resource "aws_s3_bucket" "x" {\n  bucket = "rt8c-x"\n}\n` + fullBlock('one(aws_s3_bucket.x[*].id)'),
    })
    expect(r.problems).toEqual([])
    expect(hits(r, 'block-public-access-incomplete')).toEqual([])
  })
})

const provider = (settings: string) => `provider "aws" {
  region = "eu-west-1"
${settings}}
`
const accountBlock = (accountId: string) => `resource "aws_s3_account_public_access_block" "a" {
${accountId ? `  account_id              = ${accountId}\n` : ''}  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
`
const publicBucket = `resource "aws_s3_bucket" "b" {
  bucket = "rt8c-account"
}
resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "\${aws_s3_bucket.b.arn}/*" }]
  })
}
data "aws_caller_identity" "current" {}
`
const exposure = (r: Result) => ({
  found: hits(r, 'public-exposure').length,
  unknown: r.unknowns.filter((u) => u.ruleId === 'public-exposure').length,
})
const ALLOWED_111 = '  allowed_account_ids = ["111111111111"]\n'
const ROLE_111 = '  assume_role {\n    role_arn = "arn:aws:iam::111111111111:role/deploy"\n  }\n'

describe('red team: an account block naming its account_id', () => {
  it.each([
    ['another account than the one the provider allows', ALLOWED_111, '"333333333333"', { found: 0, unknown: 1 }],
    ['another account than the role the provider assumes', ROLE_111, '"333333333333"', { found: 0, unknown: 1 }],
    ['an account, the provider account not known', '', '"333333333333"', { found: 0, unknown: 1 }],
    ['an account named by a variable', ALLOWED_111, 'var.account', { found: 0, unknown: 1 }],
    ['the account the provider allows', ALLOWED_111, '"111111111111"', { found: 0, unknown: 0 }],
    ['the account of the role the provider assumes', ROLE_111, '"111111111111"', { found: 0, unknown: 0 }],
    ['the account of the credentials (aws_caller_identity)', '', 'data.aws_caller_identity.current.account_id', { found: 0, unknown: 0 }],
    ['no account (its provider account)', ALLOWED_111, '', { found: 0, unknown: 0 }],
  ])('%s', async (_, settings, accountId, expected) => {
    const r = await scanFiles({
      'main.tf': provider(settings) + 'variable "account" {\n  type = string\n}\n' + accountBlock(accountId) + publicBucket,
    })
    expect(exposure(r)).toEqual(expected)
  })

  it('a provider configuration that only adds a profile to the same allowed account is the same account', async () => {
    const r = await scanFiles({
      'main.tf': `${provider(ALLOWED_111)}provider "aws" {
  alias               = "ops"
  profile             = "ops"
  allowed_account_ids = ["111111111111"]
}
${accountBlock('').replace('{\n', '{\n  provider = aws.ops\n')}${publicBucket}`,
    })
    expect(exposure(r)).toEqual({ found: 0, unknown: 0 })
  })
})
