/**
 * "scanned N files" counts what the scan read: a root module's own files, and the called modules'
 * files and `file()` inputs it read besides, each once however many root modules read them, in one
 * scan and in a merge of its shards alike.
 */
import { describe, expect, it } from 'vitest'
import { EMPTY_CONFIG } from '../../src/config/types.js'
import { mergeScanResults } from '../../src/merge/merge-scans.js'
import { validateCliJson } from '../../src/merge/read-shards.js'
import { renderJson } from '../../src/report/render/json.js'
import { VERSION } from '../../src/version.js'
import { scanWholeAndInShards } from '../helpers/whole-and-shards.js'
import { scanFiles } from '../helpers/scan-files.js'

const MODULE =
  'resource "aws_s3_bucket" "b" {\n  bucket = var.name\n}\n\nvariable "name" {}\n\noutput "id" {\n  value = aws_s3_bucket.b.id\n}\n'
const POLICY = '{"Version":"2012-10-17","Statement":[]}\n'
const caller = (name: string) =>
  `module "m" {\n  source = "../../modules/bucket"\n  name   = "${name}"\n}\n\nresource "aws_s3_bucket_policy" "p" {\n  bucket = module.m.id\n  policy = file("\${path.module}/../../policies/deny.json")\n}\n`

const tree = {
  'live/a/main.tf': caller('a'),
  'live/b/main.tf': caller('b'),
  'live/c/main.tf': caller('c'),
  'modules/bucket/main.tf': MODULE,
  'policies/deny.json': POLICY,
}
const bytes = Object.values(tree).reduce((n, text) => n + Buffer.byteLength(text), 0)

describe('files scanned', () => {
  it('counts the module and the file() input three root modules read once each, beside the root modules', async () => {
    const r = await scanFiles(tree)
    expect(r.problems).toEqual([])
    expect(r.stats.units).toBe(3)
    expect(r.stats.buckets).toBe(3)
    expect(r.stats.files).toBe(5)
    expect(r.stats.bytes).toBe(bytes)
  })

  it('counts a folder called as a module, which is then no root module of its own, once', async () => {
    const r = await scanFiles({
      'a/main.tf': 'module "b" {\n  source = "../b"\n}\n',
      'b/main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
    })
    expect(r.stats.units).toBe(1)
    expect(r.stats.buckets).toBe(1)
    expect(r.stats.files).toBe(2)
  })

  it('takes an include that names only files read besides as naming scanned files', async () => {
    const include = ['policies/**', 'nowhere/**']
    const files = {
      'live/main.tf': `resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n\nresource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.b.id\n  policy = file("\${path.module}/../policies/deny.txt")\n}\n`,
      'policies/deny.txt': POLICY,
    }
    const r = await scanFiles(files, { config: { ...EMPTY_CONFIG, source: '.s3-gate.yml', include } })
    expect(r.stats.files).toBe(2)
    expect(r.problems.filter((p) => p.code === 'INCLUDE_UNMATCHED').map((p) => p.message)).toEqual([
      expect.stringContaining('include "nowhere/**" matches none of the scanned files'),
    ])
  })

  it('gives a merge of shards the counts of one scan, the shared module counted once', async () => {
    const { whole, parts } = await scanWholeAndInShards(tree)
    expect(whole.stats.files).toBe(5)
    // Each shard that scanned a caller counted the module and the policy it read.
    const counted = parts.map((p) => p.result.stats.files)
    expect(counted.reduce((n, f) => n + f, 0)).toBeGreaterThan(5)
  })

  it('counts a template another unit reads once, and a JSON file that only looked like one as read, in any split', async () => {
    const template = '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket"}}}\n'
    // Mentions AWS:: so it is planned as a template, and holds none: its reader counts it.
    const lookalike =
      '{"Version":"2012-10-17","Statement":[{"Sid":"NotAnAWS::Template","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}]}\n'
    const reader = (policy: string) =>
      `resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n\nresource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.b.id\n  policy = file("\${path.module}/../${policy}")\n}\n`
    const files: Record<string, string> = {
      'stack.json': template,
      'lookalike.json': lookalike,
      ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`r${i}/main.tf`, reader(i % 2 ? 'stack.json' : 'lookalike.json')])),
    }
    const whole = await scanFiles(files)
    expect(whole.stats.files).toBe(8)
    expect(whole.stats.bytes).toBe(Object.values(files).reduce((n, text) => n + Buffer.byteLength(text), 0))
    for (const count of [2, 3, 4, 5]) {
      const parts = []
      for (let index = 1; index <= count; index++) {
        const r = await scanFiles(files, { shard: { index, count } })
        parts.push({ source: `s${index}.json`, result: validateCliJson(JSON.parse(renderJson(r))) })
      }
      const merged = mergeScanResults(parts, VERSION)
      expect({ count, files: merged.stats.files, bytes: merged.stats.bytes }).toEqual({ count, files: 8, bytes: whole.stats.bytes })
    }
  })
})
