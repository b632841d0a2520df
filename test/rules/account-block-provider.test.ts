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

describe('a child module that declares its own provider configuration', () => {
  const module = (providers = '') => `module "data" {\n  source = "./data"\n${providers}}\n`
  const childProvider = (body: string) => `provider "aws" {\n${body}}\n`
  const ASSUME_AUDIT = `  assume_role {\n    role_arn = "arn:aws:iam::999988887777:role/admin"\n  }\n`

  it('deploys its buckets with its own credentials, which an account block of the caller may not cover', async () => {
    const r = await scanFiles({
      'main.tf': PROVIDERS + accountBlock('') + module(),
      'data/main.tf': childProvider(`  region = "eu-west-1"\n${ASSUME_AUDIT}`) + publicBucket(''),
    })
    expect(exposure(r)).toEqual({ found: 0, unknown: 1 })
    const u = r.unknowns.find((x) => x.ruleId === 'public-exposure')!
    expect([u.location.file, u.location.line, u.resource]).toEqual(['data/main.tf', 13, 'module.data.aws_s3_bucket.b'])
  })

  it('is covered by an account block deployed with the same credentials', async () => {
    const r = await scanFiles({
      'main.tf': PROVIDERS + accountBlock('aws.audit') + module(),
      'data/main.tf': childProvider(`  region = "us-east-1"\n${ASSUME_AUDIT}`) + publicBucket(''),
    })
    expect(exposure(r)).toEqual({ found: 0, unknown: 0 })
  })

  it('without credentials settings uses the default credential chain, as the root default provider does', async () => {
    const files = (rootBlock: string, child: string) => ({
      'main.tf': PROVIDERS + accountBlock(rootBlock) + module(),
      'data/main.tf': childProvider(child) + publicBucket(''),
    })
    expect(exposure(await scanFiles(files('', '  region = "us-east-1"\n')))).toEqual({ found: 0, unknown: 0 })
    expect(exposure(await scanFiles(files('aws.audit', '  region = "us-east-1"\n')))).toEqual({ found: 0, unknown: 1 })
    // An empty block the caller does not pass anything to is a configuration of its own too.
    expect(exposure(await scanFiles(files('aws.audit', '')))).toEqual({ found: 0, unknown: 1 })
  })

  it('treats an empty block as a proxy for the configuration the caller passes', async () => {
    const r = (rootBlock: string) =>
      scanFiles({
        'main.tf': PROVIDERS + accountBlock(rootBlock) + module('  providers = {\n    aws = aws.audit\n  }\n'),
        'data/main.tf': childProvider('') + publicBucket(''),
      })
    expect(exposure(await r('aws.audit'))).toEqual({ found: 0, unknown: 0 })
    expect(exposure(await r(''))).toEqual({ found: 0, unknown: 1 })
  })

  it('finds the configuration in an intermediate module', async () => {
    const r = await scanFiles({
      'main.tf': PROVIDERS + accountBlock('') + module(),
      'data/main.tf': childProvider(`  region = "eu-west-1"\n${ASSUME_AUDIT}`) + `module "inner" {\n  source = "./inner"\n}\n`,
      'data/inner/main.tf': publicBucket(''),
    })
    expect(exposure(r)).toEqual({ found: 0, unknown: 1 })
  })

  it('keeps settings that refer to the module inputs apart from the same text in the root module', async () => {
    const root = `variable "role" {\n  default = "arn:aws:iam::999988887777:role/admin"\n}\nprovider "aws" {\n  assume_role {\n    role_arn = var.role\n  }\n}\n`
    const r = await scanFiles({
      'main.tf': root + accountBlock('') + `module "data" {\n  source = "./data"\n  role   = "arn:aws:iam::111122223333:role/admin"\n}\n`,
      'data/main.tf': `variable "role" {}\n` + childProvider('  assume_role {\n    role_arn = var.role\n  }\n') + publicBucket(''),
    })
    expect(exposure(r)).toEqual({ found: 0, unknown: 1 })
  })
})

describe('in a terraform show -json plan', () => {
  const AUDIT_ROLE = { assume_role: [{ role_arn: { constant_value: 'arn:aws:iam::999988887777:role/admin' } }] }
  const POLICY = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::provider-account/*' }],
  })
  const ON = { block_public_acls: true, ignore_public_acls: true, block_public_policy: true, restrict_public_buckets: true }
  /** An account block deployed with `blockKey`, and a public bucket in module.data deployed with `bucketKey`. */
  const plan = (blockKey: string, bucketKey: string, providerConfig: object) => {
    const res = (address: string, type: string, values: object) => ({
      address,
      mode: 'managed',
      type,
      name: address.split('.').pop(),
      values,
    })
    const conf = (address: string, type: string, key: string, values: object) => ({
      address,
      mode: 'managed',
      type,
      name: address.split('.').pop(),
      provider_config_key: key,
      expressions: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { constant_value: v }])),
    })
    return {
      format_version: '1.2',
      terraform_version: '1.11.4',
      planned_values: {
        root_module: {
          resources: [res('aws_s3_account_public_access_block.a', 'aws_s3_account_public_access_block', ON)],
          child_modules: [
            {
              address: 'module.data',
              resources: [
                res('module.data.aws_s3_bucket.b', 'aws_s3_bucket', { bucket: 'provider-account' }),
                res('module.data.aws_s3_bucket_policy.p', 'aws_s3_bucket_policy', { bucket: 'provider-account', policy: POLICY }),
              ],
            },
          ],
        },
      },
      configuration: {
        provider_config: providerConfig,
        root_module: {
          resources: [conf('aws_s3_account_public_access_block.a', 'aws_s3_account_public_access_block', blockKey, ON)],
          module_calls: {
            data: {
              source: './data',
              module: {
                resources: [
                  conf('aws_s3_bucket.b', 'aws_s3_bucket', bucketKey, { bucket: 'provider-account' }),
                  conf('aws_s3_bucket_policy.p', 'aws_s3_bucket_policy', bucketKey, { bucket: 'provider-account', policy: POLICY }),
                ],
              },
            },
          },
        },
      },
    }
  }
  const ROOT = { aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-1' } } } }
  const scanPlan = async (p: object) => exposure(await scanFiles({ 'plan.json': JSON.stringify(p, null, 1) }))

  it('covers a bucket of the same provider configuration, which Terraform names for the module it lends it to', async () => {
    expect(await scanPlan(plan('aws', 'aws', ROOT))).toEqual({ found: 0, unknown: 0 })
  })

  it('may not cover the bucket of a configuration that assumes another role', async () => {
    const audit = {
      ...ROOT,
      'aws.audit': { name: 'aws', alias: 'audit', expressions: { region: { constant_value: 'eu-west-1' }, ...AUDIT_ROLE } },
    }
    expect(await scanPlan(plan('aws', 'aws.audit', audit))).toEqual({ found: 0, unknown: 1 })
    expect(await scanPlan(plan('aws.audit', 'aws.audit', audit))).toEqual({ found: 0, unknown: 0 })
  })

  it("reads a child module's own provider block as its own credentials", async () => {
    const child = (expressions: object) => ({ ...ROOT, 'module.data:aws': { name: 'aws', module_address: 'module.data', expressions } })
    expect(await scanPlan(plan('aws', 'module.data:aws', child({ region: { constant_value: 'us-east-1' }, ...AUDIT_ROLE })))).toEqual({
      found: 0,
      unknown: 1,
    })
    // Without credentials settings: the default credential chain, as the root's.
    expect(await scanPlan(plan('aws', 'module.data:aws', child({ region: { constant_value: 'us-east-1' } })))).toEqual({
      found: 0,
      unknown: 0,
    })
    // Empty: maybe a proxy for whatever the caller passes, which the plan does not say.
    expect(await scanPlan(plan('aws', 'module.data:aws', child({})))).toEqual({ found: 0, unknown: 1 })
    // The same text as the root's, over the module's own variable.
    const byVar = { assume_role: [{ role_arn: { references: ['var.role'] } }] }
    const rootByVar = { aws: { name: 'aws', expressions: byVar } }
    expect(
      await scanPlan(
        plan('aws', 'module.data:aws', {
          ...rootByVar,
          'module.data:aws': { name: 'aws', module_address: 'module.data', expressions: byVar },
        }),
      ),
    ).toEqual({ found: 0, unknown: 1 })
  })
})
