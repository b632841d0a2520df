/**
 * A reference to a variable or local value the module does not declare: Terraform rejects the
 * configuration, so the scan says so at the reference, once per place, and reads the value as unknown.
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../../rules/helpers.js'

describe('undeclared references', () => {
  it('warns once per place, also in a module expanded several times', async () => {
    const r = await scanFiles({
      'main.tf':
        'module "m" {\n  source = "./m"\n  count  = 3\n}\n' +
        'resource "aws_s3_bucket" "b" {\n  bucket = "${var.prefix}-root"\n}\n' + // 5-7
        'variable "declared" {\n  type = string\n}\n',
      'm/main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "${local.env}-${var.name}"\n}\n',
    })
    expect(r.problems.map((p) => `${p.code} ${p.file}:${p.line}:${p.column} ${p.level}`).sort()).toEqual([
      'TF_UNDECLARED m/main.tf:2:15 warning',
      'TF_UNDECLARED m/main.tf:2:28 warning',
      'TF_UNDECLARED main.tf:6:15 warning',
    ])
    expect(r.problems.find((p) => p.file === 'main.tf')!.message).toBe(
      'Reference to undeclared input variable var.prefix: Terraform rejects the configuration',
    )
  })

  it('says nothing about declared variables without a value', async () => {
    const r = await scanFiles({ 'main.tf': 'variable "p" {\n  type = string\n}\nresource "aws_s3_bucket" "b" {\n  bucket = var.p\n}\n' })
    expect(r.problems).toEqual([])
  })
})

describe('blocks in a module call', () => {
  it('warns at each: Terraform takes only arguments there', async () => {
    const r = await scanFiles({
      'main.tf':
        'module "s3_bucket" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n  bucket = "b"\n\n  logging {\n    target_bucket = "logs"\n  }\n}\n',
    })
    expect(r.problems.map((p) => `${p.code} ${p.file}:${p.line}:${p.column} ${p.level}`)).toEqual([
      'TF_UNSUPPORTED_BLOCK main.tf:5:3 warning',
    ])
    expect(r.problems[0]!.message).toBe(
      'a module call takes no logging block (Terraform rejects the configuration: write `logging = { ... }`); read as the input logging',
    )
    // Still read as the input, as before: the bucket logs.
    expect(r.findings.filter((f) => f.ruleId === 'access-logging-disabled' && !f.suppressed)).toEqual([])
  })
})

describe('.tf.json with a block type repeated', () => {
  it('merges the blocks, as Terraform does; an argument repeated is still an error', async () => {
    const r = await scanFiles({
      'main.tf.json':
        '{"resource":{"aws_s3_bucket":{"b":{"bucket":"x"}},"aws_s3_bucket_acl":{"a":{"bucket":"${aws_s3_bucket.b.id}","acl":"public-read-write"}}},\n' +
        '"resource":{"aws_s3_bucket":{"c":{"bucket":"y","acl":"private","acl":"public-read"}}}}\n',
    })
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => f.resource)).toEqual(['aws_s3_bucket.b'])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.resource)).toEqual(['aws_s3_bucket.c'])
    expect(r.problems.map((p) => `${p.code} ${p.line}:${p.column} ${p.message}`)).toEqual(['JSON_SYNTAX 2:64 duplicate key "acl"'])
  })
})
