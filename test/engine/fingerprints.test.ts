import { describe, expect, it } from 'vitest'
import { fingerprint } from '../../src/engine/fingerprint.js'
import { recordingLogger } from '../../src/logger.js'
import { mergeScanResults } from '../../src/merge/merge-scans.js'
import { makeScanOptions } from '../../src/options.js'
import { renderJson } from '../../src/report/render/json.js'
import { scan } from '../../src/scan.js'
import { VERSION } from '../../src/version.js'
import { scanFiles } from '../helpers/scan-files.js'

const NOW = new Date('2026-11-28T00:00:00Z')

describe('finding fingerprints', () => {
  // Two root modules call one module under the same name, with different inputs: the findings in
  // the module's file have the same rule, address and file, but belong to different deployments,
  // and here read differently (versioning on or off changes what lifecycle-missing says).
  const module =
    'variable "versioning" {\n  type = string\n}\n\nresource "aws_s3_bucket" "this" {\n  bucket_prefix = "data"\n}\n\n' +
    'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = var.versioning\n  }\n}\n'
  const root = (status: string) => `module "data" {\n  source     = "../../modules/bucket"\n  versioning = "${status}"\n}\n`
  const files = { 'modules/bucket/main.tf': module, 'envs/prod/main.tf': root('Enabled'), 'envs/dev/main.tf': root('Suspended') }

  it('tell apart the findings two root modules make in a module they share', async () => {
    const r = await scanFiles(files)
    const inModule = r.findings.filter((f) => f.ruleId === 'lifecycle-missing' && f.location.file === 'modules/bucket/main.tf')
    expect(inModule.map((f) => f.resource)).toEqual(['module.data.aws_s3_bucket.this', 'module.data.aws_s3_bucket.this'])
    expect(new Set(inModule.map((f) => f.message)).size).toBe(2)
    expect(new Set(inModule.map((f) => f.fingerprint)).size).toBe(2)
    const all = r.findings.map((f) => f.fingerprint)
    expect(new Set(all).size).toBe(all.length)
  })

  it("keep the plain fingerprint for a finding in the unit's own file", async () => {
    const r = await scanFiles({ ...files, 'envs/prod/own.tf': 'resource "aws_s3_bucket" "own" {\n  bucket = "own"\n}\n' })
    const own = r.findings.find((f) => f.ruleId === 'versioning-disabled' && f.location.file === 'envs/prod/own.tf')!
    expect(own.fingerprint).toBe(fingerprint('versioning-disabled', own.resource, own.location.file, own.location.path))
  })
})

describe('a module that root modules in different shards call', () => {
  it('gives the merged shards the findings of one scan, each once', async () => {
    const module = 'resource "aws_s3_bucket" "this" {\n  bucket_prefix = "data"\n}\n'
    const root = 'module "data" {\n  source = "../../modules/bucket"\n}\n'
    const files: Record<string, string> = { 'modules/bucket/main.tf': module }
    for (const env of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) files[`envs/${env}/main.tf`] = root
    const whole = await scanFiles(files)
    const dir = whole.dir
    const shards = []
    for (let i = 1; i <= 4; i++) {
      const r = await scan(
        makeScanOptions({ cwd: dir, paths: ['.'], workers: 0, shard: { index: i, count: 4 }, now: NOW }),
        recordingLogger(),
      )
      shards.push({ source: `shard-${i}.json`, result: r })
    }
    // The roots really are spread over several shards.
    expect(shards.filter((s) => s.result.findings.length > 0).length).toBeGreaterThan(1)
    const merged = mergeScanResults(shards, VERSION)
    const inModule = merged.findings.filter((f) => f.location.file === 'modules/bucket/main.tf')
    expect(inModule.filter((f) => f.ruleId === 'versioning-disabled')).toHaveLength(1)
    expect(renderJson({ ...merged, stats: { ...merged.stats, durationMs: 0 } })).toBe(
      renderJson({ ...whole, shard: undefined, stats: { ...whole.stats, durationMs: 0 } }),
    )
  })
})

describe('a finding reported on another resource', () => {
  it('is told apart per subject: one policy that reaches two buckets of the same name', async () => {
    const bucket = (id: string) => `resource "aws_s3_bucket" "${id}" {\n  bucket = "shared-name"\n}\n`
    const policy =
      'resource "aws_s3_bucket_policy" "p" {\n  bucket = "shared-name"\n  policy = jsonencode({\n    Statement = [{\n' +
      '      Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::shared-name/*"\n    }]\n  })\n}\n'
    const r = await scanFiles({ 'main.tf': bucket('a') + bucket('b') + policy })
    const onPolicy = r.findings.filter((f) => f.ruleId === 'policy-public-read')
    expect(onPolicy.map((f) => f.resource)).toEqual(['aws_s3_bucket_policy.p', 'aws_s3_bucket_policy.p'])
    expect(new Set(onPolicy.map((f) => f.fingerprint)).size).toBe(2)
  })
})
