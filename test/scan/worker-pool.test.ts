/**
 * The worker pool from the built CLI bundle (workers need a `.js` module): a worker that runs out
 * of memory on one unit costs that unit a rerun in the main thread, and no other unit is lost.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ScanUnit } from '../../src/parsers/types.js'
import type { UnitResult } from '../../src/process-unit.js'
import { processUnit } from '../../src/process-unit.js'
import { StringPool } from '../../src/share-strings.js'
import { WireDecoder, WireEncoder } from '../../src/unit-wire.js'
import { autoPool, keepMainThreadResult, runInMainThread, runUnits, workerLimits } from '../../src/worker-pool.js'
import { planUnits } from '../helpers/plan-units.js'
import { writeTree } from '../helpers/scan-files.js'
// Calls a format's reader directly, without the scan that loads the readers it needs.
import '../setup/format-readers.js'

const bundle = pathToFileURL(path.resolve('dist/cli/main.js')).href

const template = (buckets: number, prefix: string) =>
  `Resources:\n` +
  Array.from(
    { length: buckets },
    (_, i) => `  ${prefix}${i}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: ${prefix.toLowerCase()}-${i}\n`,
  ).join('')

const withoutDebug = (results: UnitResult[]) => results.map(({ debug: _debug, ...rest }) => rest)

describe('runUnits on worker threads', () => {
  it('reruns a unit whose worker ran out of memory in the main thread and keeps every other unit', async () => {
    const dir = writeTree({ 'a.yaml': template(2, 'Small'), 'big.yaml': template(2500, 'Big'), 'c/d.yaml': template(3, 'Other') })
    const { units, job } = planUnits(dir)
    expect(units).toHaveLength(3)
    const inProcess = await runUnits(units, job, 0, undefined)
    // 16 MB holds the bundle and a small template, not 2,500 buckets.
    const pooled = await runUnits(units, job, 1, bundle, { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 })
    expect(withoutDebug(pooled)).toEqual(withoutDebug(inProcess))
    const big = units.findIndex((u) => u.id.endsWith('big.yaml'))
    expect(pooled[big]!.debug.some((d) => d.includes('ran out of memory'))).toBe(true)
    expect(pooled.filter((r) => r.debug.some((d) => d.includes('ran out of memory')))).toHaveLength(1)
  })

  it('returns the same results with the main thread scanning the small units beside a worker', async () => {
    // The big template (over 256 KB) is for the worker only; the main thread takes the rest from the small end.
    const dir = writeTree({
      ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`t${i}.yaml`, template(i + 1, `B${i}x`)])),
      'big.yaml': template(2000, 'Big'),
    })
    const { units, job } = planUnits(dir)
    const inProcess = withoutDebug(await runUnits(units, job, 0, undefined))
    expect(withoutDebug(await runUnits(units, job, 1, bundle, undefined, true))).toEqual(inProcess)
    // The worker out of memory on the big one: rerun in the main thread, the rest unchanged.
    const starved = await runUnits(units, job, 1, bundle, { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 }, true)
    expect(withoutDebug(starved)).toEqual(inProcess)
    expect(starved.filter((r) => r.debug.some((d) => d.includes('ran out of memory')))).toHaveLength(1)
  })

  it('starts no more workers than there are units, however many are asked for', async () => {
    const dir = writeTree(Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`t${i}.yaml`, template(i + 1, `B${i}x`)])))
    const { units, job } = planUnits(dir)
    const t0 = performance.now()
    const pooled = await runUnits(units, job, 100_000, bundle)
    expect(performance.now() - t0).toBeLessThan(5000)
    expect(withoutDebug(pooled)).toEqual(withoutDebug(await runUnits(units, job, 0, undefined)))
  })

  it('says how many workers it started, not how many --workers asked for', () => {
    const dir = writeTree(Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`t${i}.yaml`, template(1, `B${i}x`)])))
    const cli = path.resolve('dist/cli/index.js')
    const { stderr, status } = spawnSync(process.execPath, [cli, 'scan', dir, '--workers', '1000', '--fail-on', 'none'], {
      encoding: 'utf8',
    })
    expect(status).toBe(0)
    expect(stderr).toMatch(/, 3 workers and the main thread\)/)
  })

  it('keeps the same units under the scan-wide findings limit, whichever thread finished first', async () => {
    // Units of growing size: the workers take the largest first, the main thread the smallest.
    const dir = writeTree({
      ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`t${i}.yaml`, template(3 * (i + 1), `B${i}x`)])),
      'z/big.yaml': template(3000, 'Big'),
    })
    const { units, job } = planUnits(dir)
    const capped = { ...job, limits: { ...job.limits, maxScanFindings: 300 } }
    const inProcess = withoutDebug(await runUnits(units, capped, 0, undefined))
    const unreported = inProcess.filter((r) => r.problems.some((p) => p.code === 'SCAN_FINDINGS_LIMIT'))
    expect(unreported.length).toBeGreaterThan(0)
    expect(unreported.length).toBeLessThan(units.length)
    expect(inProcess.reduce((n, r) => n + r.findings.length - r.problems.length, 0)).toBeLessThanOrEqual(300)
    expect(withoutDebug(await runUnits(units, capped, 1, bundle, undefined, true))).toEqual(inProcess)
    expect(withoutDebug(await runUnits(units, capped, 2, bundle))).toEqual(inProcess)
  })

  it('returns the same results from two workers as in-process', async () => {
    const dir = writeTree(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`t${i}.yaml`, template(i + 1, `B${i}x`)])))
    const { units, job } = planUnits(dir)
    expect(withoutDebug(await runUnits(units, job, 2, bundle))).toEqual(withoutDebug(await runUnits(units, job, 0, undefined)))
  })
})

describe('keepMainThreadResult', () => {
  it('keeps a result that cannot be encoded or copied, and the results after it decode right', () => {
    const dir = writeTree({ 'a.yaml': template(3, 'A'), 'b.yaml': template(2, 'B'), 'c.yaml': template(4, 'C') })
    const { units, job } = planUnits(dir)
    const [a, b, c] = units.map((u) => processUnit(u, job))
    const pool = new StringPool()
    const encoder = new WireEncoder()
    const decoder = new WireDecoder(pool)
    // A BigInt in a fix cannot be encoded; a function in a suppression cannot be copied.
    const unencodable = {
      ...a!,
      findings: a!.findings.map((f, i) => (i === 0 ? { ...f, ruleId: 'fresh-rule', fix: { kind: 'set', value: 1n } } : f)),
    }
    const uncopyable = {
      ...b!,
      findings: b!.findings.map((f, i) =>
        i === 0 ? { ...f, ruleId: 'another-fresh-rule', suppression: { reason: 'x', source: () => 1 } } : f,
      ),
    } as unknown as UnitResult
    const kept = [unencodable, uncopyable, c!].map((r) => keepMainThreadResult(r as UnitResult, encoder, decoder, pool)())
    expect(kept[0]!.findings[0]!.fix).toEqual({ kind: 'set', value: 1n })
    expect(kept[1]!.findings[0]!.ruleId).toBe('another-fresh-rule')
    expect(withoutDebug([kept[2]!])).toEqual(withoutDebug([c!]))
  })
})

describe('runInMainThread', () => {
  it('returns the same results whether it keeps them as rows from the first finding or never', () => {
    const dir = writeTree({
      'a.yaml': template(3, 'A'),
      'b.yaml': template(40, 'B'),
      'tf/main.tf': 'variable "n" {}\nresource "aws_s3_bucket" "b" {\n  bucket = "b-${var.n}"\n  acl    = "public-read"\n}\n',
    })
    const { units, job } = planUnits(dir)
    const objects = runInMainThread(units, job, new StringPool(), Infinity)
    const rows = runInMainThread(units, job, new StringPool(), 0)
    expect(objects.reduce((n, r) => n + r.findings.length, 0)).toBeGreaterThan(100)
    expect(withoutDebug(rows)).toEqual(withoutDebug(objects))
  })
})

describe('autoPool', () => {
  const unit = (plugin: string, i: number, size = 1024 * 1024): ScanUnit => ({
    plugin,
    id: `${plugin}/${i}`,
    files: [{ abs: `/r/${i}`, rel: `${i}`, size, head: '' }],
  })
  const many = (plugin: string, n: number) => Array.from({ length: n }, (_, i) => unit(plugin, i))
  const none = { workers: 0, mainHelps: false }

  it('starts no workers from TypeScript sources, for few units or for little input', () => {
    expect(autoPool(many('cloudformation', 20), undefined, 2)).toEqual(none)
    expect(autoPool(many('cloudformation', 20), 'file:///x/index.ts', 2)).toEqual(none)
    expect(autoPool(many('cloudformation', 7), bundle, 2)).toEqual(none)
    expect(autoPool([unit('cloudformation', 0, 1000), ...many('cloudformation', 3).map((u) => ({ ...u, files: [] }))], bundle, 2)).toEqual(
      none,
    )
  })

  it('uses every core up to four for CloudFormation-sized input: the main thread and the rest as workers', () => {
    expect(autoPool(many('cloudformation', 20), bundle, 2)).toEqual({ workers: 1, mainHelps: true })
    expect(autoPool(many('cdk', 20), bundle, 8)).toEqual({ workers: 4, mainHelps: true })
    expect(autoPool(many('cdk', 20), bundle, 1)).toEqual({ workers: 1, mainHelps: true })
  })

  it('scans Terraform source in the main thread alone on two cores, with every core on more', () => {
    const tfOnly = none
    expect(autoPool(many('terraform', 50), bundle, 2)).toEqual(tfOnly)
    expect(autoPool([...many('terraform', 50), ...many('cloudformation', 3)], bundle, 2)).toEqual(tfOnly)
    expect(autoPool([...many('terraform', 50), ...many('cloudformation', 10)], bundle, 2)).toEqual({ workers: 1, mainHelps: true })
    expect(autoPool(many('terraform', 50), bundle, 4)).toEqual({ workers: 3, mainHelps: true })
    expect(autoPool(many('terraform', 3), bundle, 2)).toEqual(none)
  })
})

describe('workerLimits', () => {
  const unitOf = (mb: number): ScanUnit => ({
    plugin: 'cloudformation',
    id: `${mb}`,
    files: [{ abs: '/r/x', rel: 'x', size: mb * 1024 * 1024, head: '' }],
  })

  it('caps the old generation at 256 MB for ordinary units and makes room for a large one, up to 1 GB', () => {
    expect(workerLimits([unitOf(0.2), unitOf(1)])).toEqual({ maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 48 })
    expect(workerLimits([unitOf(0.2), unitOf(10)]).maxOldGenerationSizeMb).toBe(480)
    expect(workerLimits([unitOf(25)]).maxOldGenerationSizeMb).toBe(1024)
    expect(workerLimits([]).maxOldGenerationSizeMb).toBe(256)
  })
})
