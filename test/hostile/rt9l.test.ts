/**
 * Red team round 9l, hostile and unusual input to the parsers: Terraform's full splat takes every
 * traversal step after it (a nested splat, a legacy `.0` index), as Terraform's parser does; a
 * CloudFormation template's U+0085, U+2028 and U+2029 break lines as CloudFormation's YAML 1.1 does;
 * an HCL file's syntax errors are held only as far as they are reported.
 */
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { firstIssues, addIssue } from '../../src/parsers/terraform/hcl/issues.js'
import { hits, scanFiles, writeTree } from '../helpers/scan-files.js'
import { scanInChild } from './support.js'

type Result = Awaited<ReturnType<typeof scanFiles>>
const problems = (r: Result) => r.problems.map((p) => `${p.code}@${p.file}:${p.line}:${p.column}`)

const bucket = (name: string, acl: string) => `resource "aws_s3_bucket" "${name}" {\n  bucket = "${name}"\n  acl    = ${acl}\n}\n`

describe('a full splat takes every step after it', () => {
  it('reads a splat nested in a full splat (x[*].a[*].b, x[*].a.*.b) instead of calling it a syntax error', async () => {
    const r = await scanFiles({
      'main.tf':
        `variable "v" {\n  default = [{ b = [{ c = "public-" }, { c = "read" }] }]\n}\n` + // lines 1-3
        bucket('nested', 'join("", flatten(var.v[*].b[*].c))') + // acl at line 6
        bucket('attr', 'join("", flatten(var.v[*].b.*.c))') + // line 10
        bucket('spread', 'join("", flatten(var.v[\n    *\n  ].b[\n  *].c))'), // line 14
    })
    expect(problems(r)).toEqual([])
    expect(hits(r, 'acl-public-read')).toEqual(['acl-public-read@6', 'acl-public-read@10', 'acl-public-read@14'])
  })

  it('applies a legacy .0 index and the steps after an inner .* to each element, not to the list of all', async () => {
    const r = await scanFiles({
      'main.tf':
        // Each element's first b: ["public-", "read"], not the first element's b ["public-", "x"].
        `variable "w" {\n  default = [{ b = ["public-", "x"] }, { b = ["read", "y"] }]\n}\n` +
        bucket('legacy', 'join("", var.w[*].b.0)') + // line 6
        `variable "v" {\n  default = [{ b = [{ c = "public-read" }] }, { b = [{ c = "private" }] }]\n}\n` +
        // Each element's (b.*.c)[0]: ["public-read", "private"]; the first of all would be ["public-read"].
        bucket('index', 'join(",", var.v[*].b.*.c[0])') + // line 13
        bucket('attronly', 'join("", var.w.*.b.0)'), // line 17: foo.*.bar.0 is each element's bar[0] too
    })
    expect(problems(r)).toEqual([])
    expect(hits(r, 'acl-public-read')).toEqual(['acl-public-read@6', 'acl-public-read@17'])
    const index = r.unknowns.filter((u) => u.resource === 'aws_s3_bucket.index' && u.ruleId === 'acl-public-read')
    expect(index.map((u) => u.why)).toEqual([expect.stringContaining('"public-read,private" is not a canned ACL')])
  })

  it('still refuses what Terraform refuses, and bounds a chain of nested splats by the depth limit', async () => {
    const r = await scanFiles({
      'a.tf': `locals {\n  x = var.v.*.b.*.c\n}\n`,
      'b.tf': `locals {\n  x = var.v${'[*].b'.repeat(5_000)}\n}\n` + bucket('ok', '"public-read"'),
    })
    expect(problems(r)).toEqual(['HCL_SYNTAX@a.tf:2:17', 'HCL_SYNTAX@b.tf:2:1015'])
    expect(r.problems[0]!.message).toMatch(/^Nested splat expression not allowed/)
    expect(r.problems[1]!.message).toMatch(/Nesting deeper than 200/)
    expect(hits(r, 'acl-public-read')).toEqual(['acl-public-read@6'])
  })
})

describe('YAML 1.1 line breaks (U+0085, U+2028, U+2029) in a CloudFormation template', () => {
  const head = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Safe:\n    Type: AWS::SNS::Topic\n'
  const site = (br: string, indent = '  ') =>
    `${indent}Site:${br}${indent}  Type: AWS::S3::Bucket${br}${indent}  Properties:${br}${indent}    AccessControl: PublicReadWrite\n`

  it('end a comment or a block scalar as they do for CloudFormation, so a bucket behind one is scanned', async () => {
    const r = await scanFiles({
      'comment.yaml': head + `  # note\u2028${site('\u2028')}`, // all on line 5
      'block.yaml': head + `    Metadata:\n      Doc: |\n        text\u2029${site('\u2029')}`, // line 7
      'nel.yaml': head + `  # note\u0085${site('\u0085')}`, // line 5
    })
    expect(problems(r)).toEqual([])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
      'block.yaml:7',
      'comment.yaml:5',
      'nel.yaml:5',
    ])
  })

  it('stay characters inside quotes, and where a YAML 1.1 reader refuses them the template is an error at its line', async () => {
    const r = await scanFiles({
      'quoted.yaml': head.replace('Resources:', 'Description: "a\u2028b"\nResources:') + site('\n'),
      'plain.yaml': head.replace('Resources:', 'Description: a\u2028b\nResources:') + site('\n'),
    })
    expect(problems(r)).toEqual(['YAML_SYNTAX@plain.yaml:3:10'])
    expect(hits(r, 'acl-public-write')).toEqual(['acl-public-write@9'])
  })

  it('are characters in serverless.yml, which the Serverless Framework reads with js-yaml', async () => {
    const r = await scanFiles({
      'serverless.yml': `service: svc\nprovider:\n  name: aws\nresources:\n  Resources:\n    Safe:\n      Type: AWS::SNS::Topic\n    # note\u2028${site('\u2028', '    ')}`,
    })
    expect(problems(r)).toEqual([])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-write')).toEqual([])
  })
})

describe('HCL syntax errors by the million', () => {
  it('holds only the reported ones: 5 MB of bad escapes or stray `${` in bounded memory, and the other files scanned', async () => {
    const good = `resource "aws_s3_bucket" "b" {\n  bucket = "b"\n  acl    = "public-read"\n}\n`
    const dir = writeTree({
      'escapes/main.tf': `locals {\n  x = "${'\\u'.repeat(2_500_000)}"\n}\n`,
      'dollars/main.tf': `locals {\n  x = "${'${'.repeat(2_500_000)}"\n}\n`,
      'good/main.tf': good,
    })
    try {
      // Each held 2.5 million issues before: 700 MB and 6 to 12 s a file.
      const r = await scanInChild(dir, { heapMb: 300, timeoutMs: 60_000 })
      expect(r.cpuMs).toBeLessThan(20_000)
      const syntax = (d: string) => r.problems.filter((p) => p.file === `${d}/main.tf` && p.code === 'HCL_SYNTAX')
      expect(syntax('escapes').length).toBe(21) // 20 and one counting the rest
      expect(syntax('escapes')[0]).toMatchObject({ line: 2, column: 8, message: 'Invalid escape: \\u needs 4 hex digits' })
      expect(syntax('dollars').length).toBe(21)
      expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => `${f.file}:${f.line}`)).toEqual(['good/main.tf:3'])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 90_000)

  it('keeps the first issues by offset, one per offset, however they were added', () => {
    const list: { offset: number; message: string }[] = []
    for (let i = 100_000; i > 0; i--) addIssue(list, { offset: i % 5_000, message: `m${i}` })
    addIssue(list, { offset: 3, message: 'late' })
    expect(list.length).toBeLessThan(1_100)
    const kept = firstIssues(list)
    expect(kept.map((i) => i.offset)).toEqual(Array.from({ length: 50 }, (_, i) => i))
    // At each offset the first one added (offset 0 first came with i = 100,000).
    expect(kept[0]!.message).toBe('m100000')
    expect(kept[3]!.message).toBe('m95003')
  })
})
