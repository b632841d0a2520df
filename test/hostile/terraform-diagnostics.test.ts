/**
 * Terraform input that Terraform itself would never write or would reject: each is said, at its
 * file and line, and the rest of the scan still runs (a silent skip would let a public bucket pass).
 */
import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isRegistered } from '../fuzz/support.js'
import { makeScanOptions } from '../../src/options.js'
import { recordingLogger } from '../../src/logger.js'
import { scan } from '../../src/scan.js'
import { hits, scanFiles, writeTree } from '../helpers/scan-files.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const parityPlan = fs.readFileSync(path.join(here, '..', 'fixtures', 'parity-plans', 'acl-public-read', 'v4', 'plan.json'), 'utf8')

interface PlanResource {
  address: string
  values?: unknown
}
interface Plan {
  planned_values: { root_module: { resources: PlanResource[] } }
  resource_changes: { address: string; change: { after: unknown } }[]
}

const lineOf = (text: string, needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length
const problemsOf = (r: { problems: { code: string; file: string; line: number; level: string }[] }) =>
  r.problems.map((p) => [p.code, p.file, p.line, p.level])

describe.skipIf(!isRegistered('terraform-plan'))('plans cut by hand', () => {
  it('warn at a planned resource without "values", unless Terraform left them out because none is known yet', async () => {
    const plan = JSON.parse(parityPlan) as Plan
    const acl = plan.planned_values.root_module.resources.find((r) => r.address === 'aws_s3_bucket_acl.data')!
    delete acl.values
    const text = JSON.stringify(plan, null, 2)
    // Terraform's own shape: no attribute known, so no "values" and an empty "after".
    const unknown = JSON.parse(parityPlan) as Plan
    delete unknown.planned_values.root_module.resources.find((r) => r.address === 'aws_s3_bucket_acl.data')!.values
    unknown.resource_changes.find((c) => c.address === 'aws_s3_bucket_acl.data')!.change.after = {}
    const r = await scanFiles({
      'cut/plan.json': text,
      'unknown/plan.json': JSON.stringify(unknown, null, 2),
      'whole/plan.json': parityPlan,
    })
    // At the resource's opening brace.
    const brace = text.lastIndexOf('{', text.indexOf('"address": "aws_s3_bucket_acl.data"'))
    expect(problemsOf(r)).toEqual([['PLAN_JSON_SHAPE', 'cut/plan.json', lineOf(text, '{', brace), 'warning']])
    expect(r.problems[0]!.message).toBe('aws_s3_bucket_acl.data: the resource has no "values", so it was skipped')
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.location.file)).toEqual(['whole/plan.json'])
  })

  it('warn at each change that creates or updates a resource planned_values does not list', async () => {
    const plan = JSON.parse(parityPlan) as Plan
    plan.planned_values.root_module.resources = plan.planned_values.root_module.resources.filter((x) => x.address === 'aws_s3_bucket.data')
    const text = JSON.stringify(plan, null, 2)
    const r = await scanFiles({ 'plan.json': text })
    const changes = text.indexOf('"resource_changes"')
    const changeLine = (address: string) => lineOf(text, '{', text.lastIndexOf('{', text.indexOf(`"address": "${address}"`, changes)))
    expect(r.problems.map((p) => [p.code, p.line, p.level, p.message])).toEqual([
      [
        'PLAN_JSON_SHAPE',
        changeLine('aws_s3_bucket_acl.data'),
        'warning',
        'aws_s3_bucket_acl.data: resource_changes plans it, but planned_values does not list it, so it was not scanned',
      ],
      [
        'PLAN_JSON_SHAPE',
        changeLine('aws_s3_bucket_ownership_controls.data'),
        'warning',
        'aws_s3_bucket_ownership_controls.data: resource_changes plans it, but planned_values does not list it, so it was not scanned',
      ],
    ])
    // The bucket planned_values keeps is still read.
    const bucketLine = lineOf(text, '"address": "aws_s3_bucket.data"')
    expect(hits(r, 'versioning-disabled')).toEqual([`versioning-disabled@${bucketLine}`])
  })
})

const BUCKET = 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'

describe('configurations Terraform rejects', () => {
  it('report an override block that has no base block, at its line, and still merge the others', async () => {
    const r = await scanFiles({
      'a.tf': `${BUCKET}variable "v" {\n  default = 1\n}\nlocals {\n  l = 1\n}\n`,
      'override.tf': [
        'resource "aws_s3_bucket" "b" {',
        '  acl = "public-read"',
        '}',
        'resource "aws_s3_bucket" "nonexist" {',
        '  acl = "public-read"',
        '}',
        'data "aws_iam_policy_document" "none" {}',
        'module "none" {',
        '  source = "./m"',
        '}',
        'variable "none" {}',
        'output "none" {',
        '  value = 1',
        '}',
        'locals {',
        '  l    = 2',
        '  none = 3',
        '}',
        '',
      ].join('\n'),
    })
    expect(problemsOf(r)).toEqual([
      ['HCL_SYNTAX', 'override.tf', 4, 'error'],
      ['HCL_SYNTAX', 'override.tf', 7, 'error'],
      ['HCL_SYNTAX', 'override.tf', 8, 'error'],
      ['HCL_SYNTAX', 'override.tf', 11, 'error'],
      ['HCL_SYNTAX', 'override.tf', 12, 'error'],
      ['HCL_SYNTAX', 'override.tf', 17, 'error'],
    ])
    expect(r.problems.map((p) => p.message.split(' overrides nothing')[0])).toEqual([
      'aws_s3_bucket.nonexist',
      'data.aws_iam_policy_document.none',
      'module.none',
      'var.none',
      'output.none',
      'local.none',
    ])
    // The override that has a base is merged: its public ACL is reported where it is written.
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => [f.location.file, f.location.line])).toEqual([
      ['override.tf', 2],
    ])
  })

  it('report blocks with the wrong number of labels at their line, and read the rest of the file', async () => {
    const r = await scanFiles({
      'main.tf': [
        'resource "x" "x" "x" {}',
        'data "aws_iam_policy_document" {}',
        'module "m" "n" {',
        '  source = "./m"',
        '}',
        'variable {}',
        'output "a" "b" {',
        '  value = 1',
        '}',
        'locals "l" {',
        '  a = 1',
        '}',
        'resource "aws_s3_bucket" "b" {',
        '  bucket = "b"',
        '  acl    = "public-read"',
        '}',
        '',
      ].join('\n'),
    })
    expect(r.problems.map((p) => [p.code, p.line, p.column, p.level])).toEqual([
      // At the first label too many, or at the block when one is missing.
      ['HCL_SYNTAX', 1, 18, 'error'],
      ['HCL_SYNTAX', 2, 1, 'error'],
      ['HCL_SYNTAX', 3, 12, 'error'],
      ['HCL_SYNTAX', 6, 1, 'error'],
      ['HCL_SYNTAX', 7, 12, 'error'],
      ['HCL_SYNTAX', 10, 8, 'error'],
    ])
    expect(r.problems[0]!.message).toBe('A resource block takes 2 labels (type and name), not 3; Terraform rejects it, and it was not read')
    expect(hits(r, 'acl-public-read')).toEqual(['acl-public-read@15'])
  })

  it('report a block, a function call or a reference in terraform.tfvars, and leave that variable unknown', async () => {
    const config = 'variable "acl" {\n  default = "private"\n}\nresource "aws_s3_bucket" "v" {\n  bucket = "v"\n  acl    = var.acl\n}\n'
    const scanWith = (tfvars: string) => scanFiles({ 'v.tf': config, 'terraform.tfvars': tfvars })
    const called = await scanWith('acl = upper("public-read")\n')
    const referenced = await scanWith('# comment\nacl = var.other\n')
    const block = await scanWith('resource "x" "y" {}\nacl = "public-read"\n')
    // Constants, and operators, templates and `for` over them, are what Terraform takes.
    const literal = await scanWith('acl = "public-${"read"}"\ntags = { for k in ["a"] : k => "${k}-x" if k != "" }\n')
    expect(called.problems.map((p) => [p.code, p.file, p.line, p.column, p.level, p.message])).toEqual([
      [
        'HCL_SYNTAX',
        'terraform.tfvars',
        1,
        7,
        'error',
        'A .tfvars value may not call functions (upper); Terraform rejects it, so var.acl is unknown',
      ],
    ])
    expect(referenced.problems.map((p) => [p.code, p.file, p.line, p.column, p.level, p.message])).toEqual([
      [
        'HCL_SYNTAX',
        'terraform.tfvars',
        2,
        7,
        'error',
        'A .tfvars value may not refer to anything (var.other); Terraform rejects it, so var.acl is unknown',
      ],
    ])
    for (const r of [called, referenced]) {
      expect(hits(r, 'acl-public-read')).toEqual([])
      expect(r.unknowns.filter((u) => u.ruleId === 'acl-public-read').map((u) => [u.location.file, u.location.line])).toEqual([['v.tf', 6]])
    }
    expect(block.problems.map((p) => [p.code, p.file, p.line, p.column, p.level, p.message])).toEqual([
      ['HCL_SYNTAX', 'terraform.tfvars', 1, 1, 'error', 'A .tfvars file takes only values; Terraform rejects this resource block'],
    ])
    // The file's values are still read: with the block taken out, Terraform would use them.
    expect(hits(block, 'acl-public-read')).toEqual(['acl-public-read@6'])
    expect(literal.problems).toEqual([])
    expect(hits(literal, 'acl-public-read')).toEqual(['acl-public-read@6'])
  })

  it('refuse a module at an absolute path outside the scanned paths as one at ../, and read one inside', async () => {
    const dir = writeTree({ 'mod/main.tf': 'resource "aws_s3_bucket" "m" {\n  bucket = "m"\n  acl    = "public-read"\n}\n' })
    fs.writeFileSync(
      path.join(dir, 'main.tf'),
      `module "etc" {\n  source = "/etc"\n}\nmodule "up" {\n  source = "../../.."\n}\nmodule "inside" {\n  source = "${path.join(dir, 'mod')}"\n}\n`,
    )
    const r = await scan(makeScanOptions({ cwd: dir, paths: ['.'], workers: 0, now: new Date('2026-11-28T00:00:00Z') }), recordingLogger())
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.level, p.message])).toEqual([
      [
        'FILE_OUTSIDE_ROOT',
        'main.tf',
        1,
        'warning',
        'module "etc" calls /etc outside the scanned paths; it was not read, so nothing it declares is checked',
      ],
      [
        'FILE_OUTSIDE_ROOT',
        'main.tf',
        4,
        'warning',
        'module "up" calls ../../.. outside the scanned paths; it was not read, so nothing it declares is checked',
      ],
    ])
    // Read by its caller, and as a root of its own (discovery links folders by ./ and ../ only).
    const found = r.findings.filter((f) => f.ruleId === 'acl-public-read')
    expect(found.map((f) => [f.resource, f.location.file, f.location.line]).sort()).toEqual([
      ['aws_s3_bucket.m', 'mod/main.tf', 3],
      ['module.inside.aws_s3_bucket.m', 'mod/main.tf', 3],
    ])
  })
})
