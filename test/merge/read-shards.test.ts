import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_TOTAL_BYTES, readShardFiles } from '../../src/merge/read-shards.js'
import { MAX_RESULTS_BYTES } from '../../src/report/github/results-file.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-shards-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** One finding of CLI JSON, as `s3-gate scan --format json` writes it. */
const finding = (i: number) => ({
  ruleId: 'versioning-disabled',
  severity: 'medium',
  message: `Bucket b${i} has versioning not configured.${' '.repeat(220)}`,
  messageId: 'notConfigured',
  file: `stacks/s${i % 97}.yaml`,
  line: 1 + (i % 500),
  column: 3,
  endLine: 1 + (i % 500),
  endColumn: 9,
  resource: `B${i}`,
  format: 'cloudformation',
  fingerprint: i.toString(16).padStart(24, '0'),
  suppressed: false,
})

const shard = (findings: number) => ({
  tool: { name: 's3-gate', version: '0.1.0' },
  findings: Array.from({ length: findings }, (_, i) => finding(i)),
  unknowns: [],
  errors: [],
  warnings: [],
  notes: [],
  stats: { files: 97, bytes: 1, units: 97, byFormat: { cloudformation: 97 }, buckets: findings, durationMs: 1 },
  shard: { index: 1, count: 1, settings: '0'.repeat(16) },
})

describe('reading shard results', () => {
  it('reads a shard of a large repository: more than 100,000 findings and 50 MB', async () => {
    // One of four shards of the 70 MB Terraform benchmark tree holds 96,500 findings in 75 MB;
    // both were refused (50 MB, 100,000 items) before.
    const file = path.join(dir, 'large.json')
    fs.writeFileSync(file, JSON.stringify(shard(100_001)))
    expect(fs.statSync(file).size).toBeGreaterThan(50 * 1024 * 1024)
    const [read] = await readShardFiles([file], dir)
    expect(read!.result.findings).toHaveLength(100_001)
    expect(read!.result.findings[100_000]!.resource).toBe('B100000')
  })

  it('refuses a file above the cap, and a set above the total, before reading them', async () => {
    const huge = path.join(dir, 'huge.json')
    fs.writeFileSync(huge, '')
    fs.truncateSync(huge, MAX_RESULTS_BYTES + 1)
    await expect(readShardFiles([huge], dir)).rejects.toThrow(
      `huge.json is ${MAX_RESULTS_BYTES + 1} bytes; at most ${MAX_RESULTS_BYTES} are accepted per shard.`,
    )
    const parts = [1, 2, 3].map((i) => {
      const p = path.join(dir, `part-${i}.json`)
      fs.writeFileSync(p, '')
      fs.truncateSync(p, MAX_RESULTS_BYTES)
      return p
    })
    expect(3 * MAX_RESULTS_BYTES).toBeGreaterThan(MAX_TOTAL_BYTES)
    await expect(readShardFiles(parts, dir)).rejects.toThrow(/add up to more than/)
  })
})
