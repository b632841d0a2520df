import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/logger.js'
import { makeScanOptions, type ScanOptions } from '../../src/options.js'
import { scan } from '../../src/scan.js'
import type { ScanResult } from '../../src/scan-result.js'
import { stableJson } from '../../src/scan-settings.js'
import { UnitReuse } from '../../src/unit-reuse.js'

const repo = path.resolve(__dirname, '../..')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-reuse-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

/** A tree of every format: the bundled examples, plus a module, a file() target and tfvars. */
function makeTree(dir: string): void {
  fs.cpSync(path.join(repo, 'examples'), dir, { recursive: true })
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  write(
    'tf/modules/store/main.tf',
    'variable "name" {}\nresource "aws_s3_bucket" "this" {\n  bucket = var.name\n}\nresource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
  )
  write('tf/app/main.tf', 'module "store" {\n  source = "../modules/store"\n  name   = var.bucket\n}\nvariable "bucket" {}\n')
  write('tf/app/terraform.tfvars', 'bucket = "acme-app-data"\n')
  write(
    'tf/files/main.tf',
    'resource "aws_s3_bucket" "b" {\n  bucket = "acme-files"\n}\nresource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.b.id\n  policy = file("${path.module}/policy.json")\n}\n',
  )
  write(
    'tf/files/policy.json',
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-files/*' }],
    }),
  )
}

let trees = 0
function tree(): string {
  const dir = path.join(tmp, `t${trees++}`)
  makeTree(dir)
  return dir
}

const NOW = new Date('2026-11-30T00:00:00Z')
const options = (cwd: string, extra: Partial<ScanOptions> = {}) => makeScanOptions({ cwd, workers: 0, now: NOW, ...extra })

/** The result as a scan of that tree alone gives it: everything but the time taken (and key order). */
const comparable = (r: ScanResult) => stableJson({ ...r, stats: { ...r.stats, durationMs: 0 } })

/** Scans `head`, then `base` twice, taking units over from the head scan and not: both must agree. */
async function scanBoth(head: string, base: string): Promise<{ taken: number; kept: number; units: number; same: boolean }> {
  const store = new UnitReuse()
  await scan(options(head, { reuse: { store, role: 'keep' } }), silentLogger)
  const kept = store.size
  const withReuse = await scan(options(base, { reuse: { store, role: 'take' } }), silentLogger)
  const without = await scan(options(base), silentLogger)
  return { taken: kept - store.size, kept, units: without.stats.units, same: comparable(withReuse) === comparable(without) }
}

describe('taking units over from the head scan (src/unit-reuse.ts)', () => {
  it('takes over every unit of an unchanged tree, and gives the same result', async () => {
    const r = await scanBoth(tree(), tree())
    expect(r.same).toBe(true)
    expect(r.units).toBeGreaterThan(8)
    expect(r.kept).toBeGreaterThanOrEqual(r.units)
    expect(r.taken).toBe(r.kept)
  })

  // Each edit changes what one unit reads, though not the unit's own files' names or sizes.
  const edits: [string, (dir: string) => void][] = [
    ['a called module', (d) => replaceIn(d, 'tf/modules/store/main.tf', '"Enabled"', '"Suspended"')],
    ['a new file in a called module', (d) => fs.writeFileSync(path.join(d, 'tf/modules/store/extra.tf'), 'locals {}\n')],
    ['a file() target', (d) => replaceIn(d, 'tf/files/policy.json', '"Allow"', '"Deny" ')],
    ['tfvars, same size', (d) => replaceIn(d, 'tf/app/terraform.tfvars', 'acme-app-data', 'acme-app-dat2')],
    ['a template, same size', (d) => replaceIn(d, 'cloudformation/insecure-data-lake.yaml', 'Enabled', 'Suspend')],
    ['a CDK app source', (d) => replaceIn(d, 'cdk/lib/secure-bucket.ts', 'Bucket', 'Bukket')],
    ['a new CDK app source', (d) => fs.writeFileSync(path.join(d, 'cdk/lib/another.ts'), 'export const x = 1\n')],
  ]
  for (const [what, edit] of edits) {
    it(`processes again a unit whose input changed: ${what}`, async () => {
      const base = tree()
      edit(base)
      const r = await scanBoth(tree(), base)
      expect(r.same).toBe(true)
      expect(r.taken).toBeLessThan(r.kept)
      expect(r.taken).toBeGreaterThan(0)
    })
  }

  it('takes nothing over when the settings differ', async () => {
    const head = tree()
    const base = tree()
    const store = new UnitReuse()
    await scan(options(head, { reuse: { store, role: 'keep' } }), silentLogger)
    const kept = store.size
    await scan(options(base, { reuse: { store, role: 'take' }, limits: { ...options(base).limits, maxInstances: 7 } }), silentLogger)
    expect(store.size).toBe(kept)
  })

  it('gives the same result as scanning the base alone, whatever the edits (property)', async () => {
    const files = listFiles(tree()).filter((f) => /\.(tf|ya?ml|json|ts|tfvars)$/.test(f))
    const edit = fc.record({
      file: fc.constantFrom(...files),
      kind: fc.constantFrom('delete-line', 'duplicate-line', 'swap-char', 'remove'),
      at: fc.nat(),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const base = tree()
        for (const e of edits) mutate(path.join(base, e.file), e.kind, e.at)
        const r = await scanBoth(tree(), base)
        expect(r.same).toBe(true)
      }),
      { numRuns: 15, seed: 20261130 },
    )
  }, 120_000)
})

function replaceIn(dir: string, rel: string, from: string, to: string): void {
  const file = path.join(dir, rel)
  const text = fs.readFileSync(file, 'utf8')
  expect(text).toContain(from)
  fs.writeFileSync(file, text.replace(from, to))
}

function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort()
}

function mutate(file: string, kind: string, at: number): void {
  if (!fs.existsSync(file)) return
  if (kind === 'remove') return fs.rmSync(file)
  const text = fs.readFileSync(file, 'utf8')
  const lines = text.split('\n')
  const i = at % lines.length
  if (kind === 'delete-line') lines.splice(i, 1)
  else if (kind === 'duplicate-line') lines.splice(i, 0, lines[i]!)
  else if (text.length > 1) {
    const j = at % (text.length - 1)
    return fs.writeFileSync(file, text.slice(0, j) + text[j + 1] + text[j] + text.slice(j + 2))
  }
  fs.writeFileSync(file, lines.join('\n'))
}
