/**
 * An account-level public access block covers the buckets of its own account only. In Terraform
 * the account is the provider configuration's: one set through `provider = aws.audit` (a role in
 * another account) may not cover the default provider's buckets, while a configuration that
 * differs only in region is the same account.
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../helpers/scan-files.js'
import type { ScanResult } from '../../src/scan-result.js'

const PROVIDERS = `provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "audit"
  region = "eu-west-1"
  assume_role {
    role_arn = "arn:aws:iam::999988887777:role/admin"
  }
}
provider "aws" {
  alias  = "replica"
  region = "us-east-1"
}
`
const accountBlock = (provider: string) => `resource "aws_s3_account_public_access_block" "a" {
${provider ? `  provider                = ${provider}\n` : ''}  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
`
const publicBucket = (provider: string) => `resource "aws_s3_bucket" "b" {
${provider ? `  provider = ${provider}\n` : ''}  bucket = "provider-account"
}
resource "aws_s3_bucket_policy" "p" {
${provider ? `  provider = ${provider}\n` : ''}  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "\${aws_s3_bucket.b.arn}/*" }]
  })
}
`
const exposure = (r: ScanResult) => ({
  found: hits(r, 'public-exposure').length,
  unknown: r.unknowns.filter((u) => u.ruleId === 'public-exposure').length,
})

describe('an account-level public access block and a public bucket', () => {
  it('covers the bucket when both use the same provider configuration', async () => {
    expect(exposure(await scanFiles({ 'main.tf': PROVIDERS + accountBlock('') + publicBucket('') }))).toEqual({ found: 0, unknown: 0 })
    expect(exposure(await scanFiles({ 'main.tf': PROVIDERS + accountBlock('aws.audit') + publicBucket('aws.audit') }))).toEqual({
      found: 0,
      unknown: 0,
    })
  })

  it('covers the bucket of a configuration that differs only in region', async () => {
    expect(exposure(await scanFiles({ 'main.tf': PROVIDERS + accountBlock('') + publicBucket('aws.replica') }))).toEqual({
      found: 0,
      unknown: 0,
    })
  })

  it('may not cover the bucket when the block assumes a role the bucket does not', async () => {
    const r = await scanFiles({ 'main.tf': PROVIDERS + accountBlock('aws.audit') + publicBucket('') })
    expect(exposure(r)).toEqual({ found: 0, unknown: 1 })
    // The grant itself is reported at full severity: nothing is known to neutralise it.
    expect(r.findings.filter((f) => f.ruleId === 'policy-public-read').map((f) => f.severity)).toEqual(['critical'])
  })

  it('follows providers passed to a module', async () => {
    const module = (providers: string) => `module "data" {\n  source = "./data"\n${providers}}\n`
    const files = (providers: string) => ({
      'main.tf': PROVIDERS + accountBlock('') + module(providers),
      'data/main.tf': publicBucket(''),
    })
    expect(exposure(await scanFiles(files('')))).toEqual({ found: 0, unknown: 0 })
    expect(exposure(await scanFiles(files('  providers = {\n    aws = aws.replica\n  }\n')))).toEqual({ found: 0, unknown: 0 })
    expect(exposure(await scanFiles(files('  providers = {\n    aws = aws.audit\n  }\n')))).toEqual({ found: 0, unknown: 1 })
  })
})
