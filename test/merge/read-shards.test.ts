import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_TOTAL_BYTES, readShardFiles } from '../../src/merge/read-shards.js'
import { MAX_RESULTS_BYTES } from '../../src/report/github/results-file.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-shards-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A shard as `s3-gate scan --shard 1/1 --format json` writes it, with `notes` notes. */
const shard = (notes: number) => ({
  tool: { name: 's3-gate', version: '0.1.0' },
  findings: [],
  unknowns: [],
  errors: [],
  warnings: [],
  notes: Array.from({ length: notes }, (_, i) => `note ${i}`),
  stats: { files: 1, bytes: 1, units: 1, byFormat: { cloudformation: 1 }, buckets: 0, durationMs: 1 },
  shard: { index: 1, count: 1, settings: '0'.repeat(16) },
})

describe('reading shard results', () => {
  it('reads a shard of a large repository: lists of more than 100,000 items, and more than 50 MB', async () => {
    // One of four shards of the 70 MB Terraform benchmark tree holds 96,500 findings in 75 MB;
    // the file size (50 MB) and list length (100,000) caps refused such shards before. Every list
    // is held to the same cap; the size is made up of whitespace, cheap to write and parse.
    const file = path.join(dir, 'large.json')
    fs.writeFileSync(file, JSON.stringify(shard(100_001)) + ' '.repeat(60 * 1024 * 1024))
    const [read] = await readShardFiles([file], dir)
    expect(read!.result.notes).toHaveLength(100_001)
    expect(read!.result.notes[100_000]).toBe('note 100000')
  })

  it('reads shards of a scan above the working directory, and files whose names hold a tab or a colon', async () => {
    const finding = (file: string) => ({
      ruleId: 'versioning-disabled',
      severity: 'medium',
      message: 'Bucket B has versioning not configured.',
      messageId: 'disabled',
      file,
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 4,
      resource: 'B',
      format: 'cloudformation',
      fingerprint: 'a'.repeat(24),
      suppressed: false,
    })
    const file = path.join(dir, 'paths.json')
    const paths = ['../infra/a.yaml', 'tab/x\ty.yaml', 'x:stacks/a.yaml']
    fs.writeFileSync(file, JSON.stringify({ ...shard(0), findings: paths.map(finding) }))
    const [read] = await readShardFiles([file], dir)
    expect(read!.result.findings.map((f) => f.location.file)).toEqual(paths)
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
