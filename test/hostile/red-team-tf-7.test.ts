/**
 * Red team, seventh Terraform round, end to end: module-level and linking semantics, where a wrong
 * answer is a false alarm or a silent pass.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { hits, scanFiles, writeTree } from '../helpers/scan-files.js'

const registry = (name: string, body: string) =>
  `module "${name}" {\n  source  = "terraform-aws-modules/s3-bucket/aws"\n  version = "4.1.0"\n  bucket  = "${name}-bucket"\n${body}}\n`

const pab = (name: string, extra = '') =>
  `resource "aws_s3_bucket_public_access_block" "${name}" {\n${extra}  bucket                  = each.value.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = false\n}\n`

describe('red team: Terraform, round 7', () => {
  it('orders a policy after its block by depends_on when the instance key holds "]"', async () => {
    // localAddress cut `aws_s3_bucket_policy.p["a]b"]` at the first `]`: the policy kept part of
    // its key, was never found in the block's text, and the race made the public policy unknown.
    const r = await scanFiles({
      'main.tf': `resource "aws_s3_bucket" "b" {\n  for_each = toset(["a]b", "aws_s3_bucket_policy.p"])\n  bucket   = "bk-\${md5(each.key)}"\n}\n${pab(
        'b',
        '  for_each = aws_s3_bucket.b\n',
      )}resource "aws_s3_bucket_policy" "p" {\n  for_each = aws_s3_bucket.b\n  bucket   = each.value.id\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "\${each.value.arn}/*" }]\n  })\n  depends_on = [aws_s3_bucket_public_access_block.b]\n}\n`,
    })
    expect(r.unknowns.filter((u) => u.ruleId === 'public-exposure')).toEqual([])
    const policy = r.findings.filter((f) => f.ruleId === 'policy-public-read')
    expect(policy).toHaveLength(2)
    for (const f of policy) expect(f.message).toContain('BlockPublicPolicy is on')
  })

  it.each([
    [
      'grant',
      `  grant = jsonencode([{ type = "Group", permission = "READ", uri = "http://acs.amazonaws.com/groups/global/AllUsers" }])\n  ignore_public_acls = false\n  block_public_acls  = false\n`,
      'acl-public-read',
    ],
    ['cors_rule', `  cors_rule = jsonencode([{ allowed_methods = ["GET"], allowed_origins = ["*"] }])\n`, 'cors-wildcard-origin'],
  ])('reads the registry module input %s given as JSON text, as the module jsondecodes it', async (_, body, rule) => {
    const r = await scanFiles({ 'main.tf': registry('m', body) })
    expect(hits(r, rule)).toHaveLength(1)
  })

  it('reads a registry module lifecycle_rule given as JSON text, not as "no lifecycle rules"', async () => {
    const r = await scanFiles({
      'main.tf': registry('m', `  lifecycle_rule = jsonencode([{ id = "a", enabled = true, expiration = { days = 30 } }])\n`),
    })
    expect(hits(r, 'lifecycle-missing')).toEqual([])
  })

  it('leaves a registry module input that is not valid JSON text unknown', async () => {
    const r = await scanFiles({
      'main.tf': registry('m', `  grant = "AllUsers READ"\n  ignore_public_acls = false\n  block_public_acls  = false\n`),
    })
    expect(r.unknowns.filter((u) => u.ruleId === 'acl-public-read')).toHaveLength(1)
  })

  it('does not let the account block cover a registry module bucket deployed with another account', async () => {
    const r = await scanFiles({
      'main.tf': `provider "aws" {}\nprovider "aws" {\n  alias = "other"\n  assume_role {\n    role_arn = "arn:aws:iam::222222222222:role/x"\n  }\n}\nprovider "aws" {\n  alias  = "eu"\n  region = "eu-west-1"\n}\nresource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\nmodule "other" {\n  source    = "terraform-aws-modules/s3-bucket/aws"\n  version   = "3.0.0"\n  providers = { aws = aws.other }\n  bucket    = "other"\n  acl       = "public-read"\n}\nmodule "eu" {\n  source    = "terraform-aws-modules/s3-bucket/aws"\n  version   = "3.0.0"\n  providers = { aws = aws.eu }\n  bucket    = "eu"\n  acl       = "public-read"\n}\n`,
    })
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.resource)).toEqual(['module.other'])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-neutralised').map((f) => f.resource)).toEqual(['module.eu'])
  })

  it.each([
    ['~> 2.0', 'versioning = { status = "Enabled" }', 'hit'],
    ['2.14.1', 'versioning = { mfa_delete = false }', 'hit'],
    ['>= 2.0', 'versioning = { status = "Enabled" }', 'unknown'],
    ['3.0.0', 'versioning = { status = "Enabled" }', 'none'],
    ['2.14.1', 'versioning = { enabled = true }', 'none'],
  ])('reads registry module %s with %s as the module version does', async (version, input, expected) => {
    // Before v3.0.0 the module wrote only `enabled` into the bucket's inline versioning block.
    const r = await scanFiles({
      'main.tf': `module "m" {\n  source  = "terraform-aws-modules/s3-bucket/aws"\n  version = "${version}"\n  bucket  = "m"\n  ${input}\n}\n`,
    })
    const got = hits(r, 'versioning-disabled').length
      ? 'hit'
      : r.unknowns.some((u) => u.ruleId === 'versioning-disabled')
        ? 'unknown'
        : 'none'
    expect(got).toBe(expected)
  })

  it("races a caller's policy on a registry module bucket against the module's public access block", async () => {
    // The module's own policy waits for its block; a caller's policy waits only with
    // `depends_on = [module.r]`. Read as after the block, BlockPublicPolicy voided it in silence.
    const policy = (name: string, extra: string) =>
      `resource "aws_s3_bucket_policy" "${name}" {\n  bucket = module.r.s3_bucket_id\n${extra}  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::r/*" }]\n  })\n}\n`
    const mod = `module "r" {\n  source                  = "terraform-aws-modules/s3-bucket/aws"\n  bucket                  = "r"\n  restrict_public_buckets = false\n}\n`
    const racing = await scanFiles({ 'main.tf': mod + policy('p', '') })
    expect(racing.unknowns.filter((u) => u.ruleId === 'public-exposure')).toHaveLength(1)
    const ordered = await scanFiles({ 'main.tf': mod + policy('p', '  depends_on = [module.r]\n') })
    expect(ordered.unknowns.filter((u) => u.ruleId === 'public-exposure')).toEqual([])
    expect(ordered.findings.find((f) => f.ruleId === 'policy-public-read')?.message).toContain('BlockPublicPolicy is on')
    const own = await scanFiles({
      'main.tf': `module "r" {\n  source                  = "terraform-aws-modules/s3-bucket/aws"\n  bucket                  = "r"\n  restrict_public_buckets = false\n  attach_policy           = true\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::r/*" }]\n  })\n}\n`,
    })
    expect(own.unknowns.filter((u) => u.ruleId === 'public-exposure')).toEqual([])
    expect(own.findings.find((f) => f.ruleId === 'policy-public-read')?.message).toContain('BlockPublicPolicy is on')
  })

  it.each([
    ['depends_on = [aws_s3_bucket_public_access_block.b]', 'ordered'],
    ['depends_on = [aws_s3_bucket.b]', 'racing'],
    ['', 'racing'],
  ])('orders a policy in a module after the block its module call %s waits for', async (dependsOn, expected) => {
    // Read as racing whatever the call's depends_on said: a false unknown on every such bucket.
    const r = await scanFiles({
      'main.tf': `resource "aws_s3_bucket" "b" {\n  bucket = "dep"\n}\nresource "aws_s3_bucket_public_access_block" "b" {\n  bucket                  = aws_s3_bucket.b.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = false\n}\nmodule "outer" {\n  source = "./modules/outer"\n  bucket = aws_s3_bucket.b.id\n  ${dependsOn}\n}\n`,
      'modules/outer/main.tf': `variable "bucket" {}\nmodule "pol" {\n  source = "../pol"\n  bucket = var.bucket\n}\n`,
      'modules/pol/main.tf': `variable "bucket" {}\nresource "aws_s3_bucket_policy" "p" {\n  bucket = var.bucket\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::\${var.bucket}/*" }]\n  })\n}\n`,
    })
    const racing = r.unknowns.filter((u) => u.ruleId === 'public-exposure').length === 1
    expect(racing ? 'racing' : 'ordered').toBe(expected)
    expect(r.findings.filter((f) => f.ruleId === 'policy-public-read')).toHaveLength(1)
  })

  it('reads a main.tf that is a link to a file with another extension, in the folder of the link', async () => {
    // Claimed by the real path's name (`bucket.hcl`), no reader took it: 0 buckets, a silent pass.
    const dir = writeTree({ 'shared/bucket.hcl': 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n  acl    = "public-read"\n}\n' })
    try {
      fs.mkdirSync(path.join(dir, 'infra'))
      fs.symlinkSync('../shared/bucket.hcl', path.join(dir, 'infra', 'main.tf'))
      const r = await scanFiles({}, { cwd: dir })
      expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
        'infra/main.tf:3',
      ])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('skips an upper-case MAIN.TF, which Terraform does not read, with a note; what it calls is a root', async () => {
    const r = await scanFiles({
      'MAIN.TF': 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n  acl    = "public-read"\n}\nmodule "m" {\n  source = "./m"\n}\n',
      'main.tf': 'resource "aws_s3_bucket" "c" {\n  bucket = "y"\n}\n',
      'm/main.tf': 'resource "aws_s3_bucket" "d" {\n  bucket = "z"\n  acl    = "public-read"\n}\n',
    })
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => `${f.location.file}:${f.resource}`)).toEqual([
      'm/main.tf:aws_s3_bucket.d',
    ])
    expect(r.notes.filter((n) => n.includes('MAIN.TF was not read'))).toHaveLength(1)
  })

  it("makes a caller's second public access block on a registry module bucket conflict with the module's own", async () => {
    // The module's block was not counted as a first one: the caller's won in silence, and voided a public ACL.
    const r = await scanFiles({
      'main.tf':
        registry(
          'r',
          `  block_public_acls        = false\n  ignore_public_acls       = false\n  acl                      = "public-read"\n  control_object_ownership = true\n  object_ownership         = "ObjectWriter"\n`,
        ) +
        `resource "aws_s3_bucket_public_access_block" "x" {\n  bucket                  = module.r.s3_bucket_id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n`,
    })
    expect(hits(r, 'acl-public-neutralised')).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === 'public-exposure')).toHaveLength(1)
    // The flags both write true (the module by its v4 default) stay known.
    const bpa = r.unknowns.filter((u) => u.ruleId === 'block-public-access-incomplete').map((u) => u.message)
    expect(bpa).toHaveLength(2)
    expect(bpa.join(' ')).not.toMatch(/BlockPublicPolicy|RestrictPublicBuckets/)
  })

  it('keeps a flag known that two public access blocks write alike, one by omission', async () => {
    const block = (name: string, acls: string) =>
      `resource "aws_s3_bucket_public_access_block" "${name}" {\n  bucket                  = aws_s3_bucket.b.id\n${acls}  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n`
    const r = await scanFiles({
      'main.tf': `resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n${block('one', '')}${block('two', '  block_public_acls       = false\n')}`,
    })
    expect(r.unknowns.filter((u) => u.ruleId === 'block-public-access-incomplete')).toEqual([])
    expect(hits(r, 'block-public-access-incomplete')).toHaveLength(1)
  })

  it('reads identifiers with letters past U+FFFF, as Terraform does', async () => {
    // `𝒳` (U+1D4B3) is a letter; read one UTF-16 unit at a time it was an invalid character.
    const r = await scanFiles({
      'main.tf':
        'locals {\n  acl𝒳 = "public-read"\n}\nresource "aws_s3_bucket" "b𝒳" {\n  bucket = "x"\n}\nresource "aws_s3_bucket_acl" "a" {\n  bucket = aws_s3_bucket.b𝒳.id\n  acl    = "\${local.acl𝒳}"\n}\n',
    })
    expect(r.problems).toEqual([])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.resource)).toEqual(['aws_s3_bucket.b𝒳'])
  })

  it('does not take depends_on = [...block.bé] for the block named b', async () => {
    const block = (name: string, bucket: string, restrict: boolean) =>
      `resource "aws_s3_bucket_public_access_block" "${name}" {\n  bucket                  = aws_s3_bucket.${bucket}.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = ${restrict}\n}\n`
    const r = await scanFiles({
      'main.tf': `resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\nresource "aws_s3_bucket" "c" {\n  bucket = "c"\n}\n${block('b', 'b', false)}${block('bé', 'c', true)}resource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.b.id\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::b/*" }]\n  })\n  depends_on = [aws_s3_bucket_public_access_block.bé]\n}\n`,
    })
    expect(r.unknowns.filter((u) => u.ruleId === 'public-exposure').map((u) => u.resource)).toEqual(['aws_s3_bucket.b'])
  })
})
