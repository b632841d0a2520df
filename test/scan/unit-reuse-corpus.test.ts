/**
 * Taking units over on a generated monorepo (bench/generate.mjs: CloudFormation, cdk.out and
 * Terraform with shared local modules), under random edits of the base: the base result must be
 * a scan of the base alone, byte for byte. A longer run:
 *   S3_GATE_REUSE_FILES=1000 S3_GATE_REUSE_RUNS=10 npx vitest run test/scan/unit-reuse-corpus.test.ts
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/logger.js'
import { makeScanOptions } from '../../src/options.js'
import { scan } from '../../src/scan.js'
import type { ScanResult } from '../../src/scan-result.js'
import { stableJson } from '../../src/scan-settings.js'
import { UnitReuse } from '../../src/unit-reuse.js'

const FILES = Number(process.env.S3_GATE_REUSE_FILES ?? 150)
const RUNS = Number(process.env.S3_GATE_REUSE_RUNS ?? 3)
const repo = path.resolve(__dirname, '../..')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-reuse-corpus-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

const corpus = path.join(tmp, 'corpus')
execFileSync(process.execPath, [path.join(repo, 'bench', 'generate.mjs'), '--files', String(FILES), '--out', corpus], { stdio: 'ignore' })
// The ~5 MB template would take most of the time and tell nothing more here.
fs.rmSync(path.join(corpus, 'platform', 'legacy-monolith'), { recursive: true, force: true })
const files = (fs.readdirSync(corpus, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((f) => fs.statSync(path.join(corpus, f)).isFile())
  .map((f) => f.split(path.sep).join('/'))
  .sort()
const moduleFiles = files.filter((f) => f.startsWith('modules/'))

const NOW = new Date('2026-11-30T00:00:00Z')
const comparable = (r: ScanResult) => stableJson({ ...r, stats: { ...r.stats, durationMs: 0 } })

const SWAPS: Record<string, string> = { Enabled: 'Suspended', true: 'false', AES256: 'aws:kms', private: 'public-read' }
const edit = fc.record({
  file: fc.constantFrom(...files, ...moduleFiles),
  kind: fc.constantFrom('remove', 'delete-line', 'duplicate-line', 'swap-setting'),
  at: fc.nat(),
})

describe('taking units over on a generated monorepo', () => {
  it('gives the base result of a full scan under random edits, modules and a new module file included', async () => {
    expect(moduleFiles.length).toBeGreaterThan(0)
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), fc.boolean(), async (edits, newModuleFile) => {
        const head = path.join(tmp, `head-${run}`)
        const base = path.join(tmp, `base-${run++}`)
        fs.cpSync(corpus, head, { recursive: true })
        fs.cpSync(corpus, base, { recursive: true })
        for (const e of edits) change(path.join(base, e.file), e.kind, e.at)
        // A bucket more in every module instance: the callers' findings change though none of their files does.
        if (newModuleFile)
          fs.writeFileSync(path.join(base, path.dirname(moduleFiles[0]!), 'extra.tf'), 'resource "aws_s3_bucket" "extra" {}\n')
        const store = new UnitReuse()
        await scan(makeScanOptions({ cwd: head, workers: 0, now: NOW, reuse: { store, role: 'keep' } }), silentLogger)
        const kept = store.size
        const taken = await scan(makeScanOptions({ cwd: base, workers: 0, now: NOW, reuse: { store, role: 'take' } }), silentLogger)
        const full = await scan(makeScanOptions({ cwd: base, workers: 0, now: NOW }), silentLogger)
        expect(comparable(taken)).toBe(comparable(full))
        // Most units are untouched by a dozen edits, and are taken over.
        expect(kept - store.size).toBeGreaterThan(kept / 2)
        fs.rmSync(head, { recursive: true, force: true })
        fs.rmSync(base, { recursive: true, force: true })
      }),
      { numRuns: RUNS, seed: 31 },
    )
  }, 600_000)
})

function change(file: string, kind: string, at: number): void {
  if (!fs.existsSync(file)) return
  if (kind === 'remove') return fs.rmSync(file)
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  const i = at % lines.length
  if (kind === 'delete-line') lines.splice(i, 1)
  else if (kind === 'duplicate-line') lines.splice(i, 0, lines[i]!)
  else {
    // The first line at or after `i` with a setting to turn the other way.
    const j = [...lines.keys()].map((k) => (i + k) % lines.length).find((k) => /Enabled|true|AES256|private/.test(lines[k]!))
    if (j === undefined) return
    lines[j] = lines[j]!.replace(/Enabled|true|AES256|private/, (m) => SWAPS[m]!)
  }
  fs.writeFileSync(file, lines.join('\n'))
}
