/**
 * `terraform show -json` output as people pass it around: re-serialised with sorted keys (`jq -S`,
 * Python's `sort_keys`), so `format_version` and `terraform_version` sit after a configuration of
 * many kilobytes. Recognised by its head only, such a plan was skipped: a silent pass.
 */
import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import { isRegistered } from '../fuzz/support.js'
import { scanFiles, writeTree } from '../helpers/scan-files.js'
import { expectPositions, scanInChild } from './support.js'

/** A plan with a public bucket, its configuration padded past discovery's 4 KiB head. */
function plan(): Record<string, unknown> {
  const variables = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`v${i}`, { default: 'x'.repeat(20) }]))
  return {
    format_version: '1.2',
    terraform_version: '1.9.0',
    configuration: { root_module: { variables } },
    planned_values: {
      root_module: {
        resources: [
          { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', values: { bucket: 'b', acl: 'public-read' } },
        ],
      },
    },
  }
}

/** JSON.stringify with every object's keys sorted, as `jq -S` writes it. */
function sortedJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
    2,
  )
}

describe.skipIf(!isRegistered('terraform-plan'))('re-serialised plans', () => {
  it('scans a plan whose keys were sorted, reports one cut short, and leaves other JSON alone', async () => {
    const sorted = sortedJson(plan())
    expect(sorted.indexOf('"format_version"')).toBeGreaterThan(4096)
    const r = await scanFiles({
      'sorted/plan.json': sorted,
      'cut/plan.json': sorted.slice(0, sorted.indexOf('"planned_values"')),
      'other/settings.json': '{"configuration": {"Resources": "AWS::S3::Bucket"}, "checks": []}',
      'other/broken.json': '{"configuration": {',
    })
    expectPositions(r)
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.location.file)).toEqual(['sorted/plan.json'])
    expect(r.problems.map((p) => [p.code, p.file])).toEqual([['PLAN_JSON_SYNTAX', 'cut/plan.json']])
  })

  it('scans a plan with another key first, reports one behind 4 KiB of white space, and one in UTF-32', async () => {
    const variablesFirst = { variables: { v: { value: 'x'.repeat(6000) } }, ...plan() }
    const utf32 = Buffer.alloc((JSON.stringify(plan()).length + 1) * 4)
    utf32.writeUInt32LE(0xfeff, 0)
    ;[...JSON.stringify(plan())].forEach((c, i) => utf32.writeUInt32LE(c.charCodeAt(0), (i + 1) * 4))
    const r = await scanFiles({
      'first/plan.json': JSON.stringify(variablesFirst),
      'padded/plan.json': `${' '.repeat(5000)}\n${JSON.stringify(plan())}`,
      'other/values.json': '{"values": {"a": 1}}',
      'wide/plan.json': utf32,
    })
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.location.file)).toEqual(['first/plan.json'])
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.level])).toEqual([
      ['PLAN_NOT_READ', 'padded/plan.json', 2, 'error'],
      ['BINARY_FILE', 'wide/plan.json', 1, 'error'],
    ])
  })
})

describe.skipIf(!isRegistered('terraform-plan'))('keys written twice', () => {
  it('are an error in a plan, and make a policy written with them unknown', async () => {
    const text = JSON.stringify(plan()).replace('"acl":"public-read"', '"acl":"public-read","acl":"private"')
    const policy = '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}],"Statement":[]}'
    const r = await scanFiles({
      'plan/plan.json': text,
      'tf/main.tf': `resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\nresource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.b.id\n  policy = <<EOT\n${policy}\nEOT\n}\n`,
    })
    expect(r.problems.map((p) => [p.code, p.file, p.level, p.message])).toEqual([
      ['DUPLICATE_KEY', 'plan/plan.json', 'error', 'duplicate key "acl"'],
    ])
    const why = r.unknowns.filter((u) => u.location.file === 'tf/main.tf' && u.ruleId === 'policy-public-read').map((u) => u.why)
    expect(why).toEqual(['the JSON has a duplicate key "Statement"; which one counts depends on the reader'])
  })
})

describe.skipIf(!isRegistered('terraform-plan'))('plans that call one module many times', () => {
  it('reads the module once, however many calls of it the plan names', async () => {
    // Each call read and parsed the same module again: 400 calls of a 200 KB module took 42 s and
    // 2.5 GB; 250 of a 100 KB one need more than this heap.
    const big = Array.from({ length: 1000 }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "bucket-${i}"\n}\n`).join('')
    const calls = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`m${i}`, { source: './big', module: {} }]))
    const p = {
      format_version: '1.2',
      terraform_version: '1.9.0',
      configuration: { root_module: { module_calls: calls } },
      planned_values: {
        root_module: {
          resources: [{ address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', values: { bucket: 'b' } }],
        },
      },
    }
    const dir = writeTree({
      'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
      'big/main.tf': big,
      'plan.json': JSON.stringify(p),
    })
    try {
      const r = await scanInChild(dir, { heapMb: 256, timeoutMs: 30_000 })
      expect(r.problems.filter((x) => x.level === 'error')).toEqual([])
      expect(r.buckets).toBeGreaterThanOrEqual(1)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
