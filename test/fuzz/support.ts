/**
 * Shared machinery of the property-based fuzz suite: the run budget (fixed seed, bounded runs,
 * raised with S3_GATE_FUZZ_RUNS for a long run), byte-level mutators, a temp root with a
 * sentinel file outside it, a spy that records every path `fs` is asked to read, and the
 * invariants every scan must keep whatever the input.
 *
 *   npx vitest run test/fuzz                                  # CI budget, seed 20261128
 *   S3_GATE_FUZZ_RUNS=10000 npx vitest run test/fuzz          # long run
 *   S3_GATE_FUZZ_SEED=42 S3_GATE_FUZZ_RUNS=2000 npx vitest run test/fuzz   # another seed
 *
 * A failure prints the seed, the shrunk counterexample and the `path` to replay it with.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type fc from 'fast-check'
import { expect, vi } from 'vitest'
import type { Finding } from '../../src/engine/finding.js'
import { recordingLogger } from '../../src/logger.js'
import { makeScanOptions, type ScanOptions } from '../../src/options.js'
import { plugins } from '../../src/parsers/registry.js'
import { scan } from '../../src/scan.js'
import type { ScanResult } from '../../src/scan-result.js'
// The read spy below must see the scan's reads only: a format's reader loaded during the scan
// would show up as reads of its modules and dependencies (js-yaml, under Node 24's loader).
import '../setup/format-readers.js'

export * from './mutate.js'

const here = path.dirname(fileURLToPath(import.meta.url))
export const FIXTURES = path.resolve(here, '..', 'fixtures', 'fuzz')

function envInt(name: string): number | undefined {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return undefined
  const n = Number(raw)
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a whole number; got "${raw}"`)
  return n
}

/** The seed every property uses; fixed so CI is reproducible. */
export const SEED = envInt('S3_GATE_FUZZ_SEED') ?? 20261128
const RUNS = envInt('S3_GATE_FUZZ_RUNS')

/** Runs of one property: the CI default unless S3_GATE_FUZZ_RUNS asks for more (or fewer). */
export function runs(ciDefault: number): number {
  return RUNS ?? ciDefault
}

/** fast-check parameters: fixed seed, bounded runs (a failure is shrunk to a small counterexample). */
export function params(ciDefault: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: runs(ciDefault) }
}

/** A vitest timeout that grows with the number of runs (a long run must not time out). */
export function timeoutFor(ciDefault: number, perRunMs: number): number {
  return Math.max(60_000, runs(ciDefault) * perRunMs * 3)
}

/**
 * One scan of small files must finish within this, however hostile the input. It catches a hang,
 * not a slowdown (speed is measured in bench/): the slowest case (six hostile locals, `count =
 * 100000`) takes ≈ 4.5 s alone, and took 10.2 s in a CI run beside the other test files on two
 * cores, past the 10 s this was.
 */
export const SCAN_TIME_BOUND_MS = 20_000

export function isRegistered(name: string): boolean {
  return plugins.some((p) => p.name === name)
}

// ---------------------------------------------------------------------------------------------
// Fixtures

/** The bundled examples are seeds too; `fixtures/fuzz` holds only what they do not cover. */
export const EXAMPLES = path.resolve(here, '..', '..', 'examples')

const EXAMPLE_SEEDS: Record<string, Record<string, string>> = {
  cloudformation: {
    'insecure-data-lake.yaml': 'cloudformation/insecure-data-lake.yaml',
    'legacy-logs.json': 'cloudformation/legacy-logs.json',
    'website-and-private.yaml': 'cloudformation/website-and-private.yaml',
  },
  terraform: {
    'policy-document.tf': 'terraform/policy-document/main.tf',
    'v3-inline.tf': 'terraform/v3-inline/main.tf',
    'v4-split.tf': 'terraform/v4-split/main.tf',
  },
}

/** The seed files of one format: `fixtures/fuzz/<dir>` plus the examples, by name. */
export function readFixtures(dir: 'cloudformation' | 'terraform', ext: RegExp): { name: string; bytes: Buffer }[] {
  const abs = path.join(FIXTURES, dir)
  const own = fs
    .readdirSync(abs)
    .filter((n) => ext.test(n))
    .map((name) => ({ name, bytes: fs.readFileSync(path.join(abs, name)) }))
  const examples = Object.entries(EXAMPLE_SEEDS[dir]!).map(([name, rel]) => ({ name, bytes: fs.readFileSync(path.join(EXAMPLES, rel)) }))
  return [...own, ...examples].sort((a, b) => (a.name < b.name ? -1 : 1))
}

/** One seed by name (the file a run keeps intact next to the broken one). */
export function readSeed(dir: 'cloudformation' | 'terraform', name: string): Buffer {
  const example = EXAMPLE_SEEDS[dir]![name]
  return fs.readFileSync(example ? path.join(EXAMPLES, example) : path.join(FIXTURES, dir, name))
}

/** The example CDK app's sources and `cdk.out` (not its build files), as `app/<path>` → bytes. */
export function cdkAppFiles(): Record<string, Buffer> {
  const app = path.join(EXAMPLES, 'cdk')
  return Object.fromEntries(
    listTree(app)
      .filter((rel) => /^(bin|lib|cdk\.out)\//.test(rel))
      .map((rel) => [`app/${rel}`, fs.readFileSync(path.join(app, rel))]),
  )
}

/** The example local-module root (a caller and `modules/…`), under `prefix/`. */
export function localModuleTree(prefix: string): Record<string, Buffer> {
  const dir = path.join(EXAMPLES, 'terraform', 'local-module')
  return Object.fromEntries(listTree(dir).map((rel) => [`${prefix}/${rel}`, fs.readFileSync(path.join(dir, rel))]))
}

/** Every file under `dir` (relative paths with `/`), for copying a fixture tree. */
export function listTree(dir: string, base = dir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listTree(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name)).split(path.sep).join('/')],
    )
    .sort()
}

// ---------------------------------------------------------------------------------------------
// A temp root with a sentinel outside it

export interface Sandbox {
  /** The scanned root (realpath). */
  root: string
  /** A valid template outside the root: nothing of it may ever be read or reported. */
  sentinel: string
  /** Writes one run's files under the root (relative path → bytes), after emptying it. */
  reset(files: Record<string, Buffer | string>): void
  dispose(): void
}

export const SENTINEL_BUCKET = 'SentinelOutsideTheRoot'
export const SENTINEL_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  ${SENTINEL_BUCKET}:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicReadWrite
`

export function makeSandbox(): Sandbox {
  const parent = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-fuzz-')))
  const outside = path.join(parent, 'outside')
  fs.mkdirSync(outside)
  const sentinel = path.join(outside, 'secret.yaml')
  fs.writeFileSync(sentinel, SENTINEL_TEMPLATE)
  fs.writeFileSync(path.join(outside, 'main.tf'), `resource "aws_s3_bucket" "${SENTINEL_BUCKET}" {\n  acl = "public-read-write"\n}\n`)
  const root = path.join(parent, 'root')
  fs.mkdirSync(root)
  return {
    root,
    sentinel,
    reset(files) {
      fs.rmSync(root, { recursive: true, force: true })
      fs.mkdirSync(root)
      for (const [rel, content] of Object.entries(files)) {
        const abs = path.join(root, rel)
        fs.mkdirSync(path.dirname(abs), { recursive: true })
        fs.writeFileSync(abs, content)
      }
    },
    dispose() {
      fs.rmSync(parent, { recursive: true, force: true })
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Recording what fs reads

const READS = ['readFileSync', 'openSync', 'readdirSync', 'opendirSync', 'createReadStream', 'readFile', 'open'] as const

export interface ReadSpy {
  /** Absolute paths passed to a reading `fs` function since the last `clear()`. */
  paths: string[]
  clear(): void
  restore(): void
}

/** Spies on the `fs` functions that read content or list directories (not stat/realpath). */
export function spyOnReads(): ReadSpy {
  const paths: string[] = []
  const spies = READS.map((name) => {
    const original = (fs as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!
    return vi.spyOn(fs as never, name as never).mockImplementation(((...args: unknown[]) => {
      const p = args[0]
      if (typeof p === 'string' || p instanceof URL || Buffer.isBuffer(p)) {
        paths.push(path.resolve(p instanceof URL ? fileURLToPath(p) : p.toString()))
      }
      return original.apply(fs, args)
    }) as never)
  })
  return {
    paths,
    clear: () => void (paths.length = 0),
    restore: () => spies.forEach((s) => s.mockRestore()),
  }
}

// ---------------------------------------------------------------------------------------------
// The invariants

export async function scanRoot(root: string, options: Partial<ScanOptions> = {}): Promise<{ result: ScanResult; ms: number }> {
  // The scan is synchronous; yield to the event loop so vitest's worker RPC is not starved on a
  // long run (thousands of scans in one property).
  await new Promise((resolve) => setImmediate(resolve))
  const t0 = performance.now()
  const result = await scan(
    makeScanOptions({ cwd: root, paths: ['.'], workers: 0, now: new Date('2026-11-28T00:00:00Z'), ...options }),
    recordingLogger(),
  )
  return { result, ms: performance.now() - t0 }
}

function isRelativeInside(file: string): boolean {
  return typeof file === 'string' && file.length > 0 && !path.isAbsolute(file) && !file.split('/').includes('..')
}

/**
 * What every scan must give, whatever it read: it finished in time; every finding, unknown and
 * problem names a file inside the root and a line ≥ 1; nothing from outside the root shows up.
 */
export function expectSound(result: ScanResult, ms: number, _sandbox: Sandbox): void {
  expect(ms).toBeLessThan(SCAN_TIME_BOUND_MS)
  const where = [
    ...result.findings.map((f) => ({
      what: `finding ${f.ruleId}`,
      file: f.location.file,
      line: f.location.line,
      column: f.location.column,
    })),
    ...result.unknowns.map((u) => ({
      what: `unknown ${u.ruleId}`,
      file: u.location.file,
      line: u.location.line,
      column: u.location.column,
    })),
    ...result.problems.map((p) => ({ what: `problem ${p.code}`, file: p.file, line: p.line, column: p.column })),
  ]
  for (const w of where) {
    if (!isRelativeInside(w.file) || !(Number.isInteger(w.line) && w.line >= 1) || !(Number.isInteger(w.column) && w.column >= 1)) {
      throw new Error(`${w.what} has no usable position: ${JSON.stringify(w)}`)
    }
  }
  // A contained crash still loses the file's scan: it is our bug, whatever the input.
  const crashes = result.problems.filter((p) => p.code === 'INTERNAL_ERROR')
  if (crashes.length) throw new Error(`internal error: ${JSON.stringify(crashes[0])}`)
  // Likewise a rule that threw on some resource.
  const ruleErrors = result.findings.filter((f) => f.ruleId === 'rule-error')
  if (ruleErrors.length) throw new Error(`rule error: ${JSON.stringify(ruleErrors[0]!.message)}`)
  for (const f of result.findings) {
    for (const r of f.related) {
      if (!isRelativeInside(r.at.file) || !(r.at.line >= 1))
        throw new Error(`related location of ${f.ruleId} is unusable: ${JSON.stringify(r.at)}`)
    }
    if (f.edit && (!isRelativeInside(f.edit.file) || f.edit.startLine < 1))
      throw new Error(`edit of ${f.ruleId} is unusable: ${JSON.stringify(f.edit)}`)
  }
  // The sentinel's content (its bucket name) exists only outside the root. Its *path* may well
  // appear: mutations write it into the scanned files on purpose.
  const text = JSON.stringify({ findings: result.findings, unknowns: result.unknowns, problems: result.problems, notes: result.notes })
  expect(text).not.toContain(SENTINEL_BUCKET)
}

/** Every read went to a path inside the root (directories included), symlinks resolved. */
export function expectReadsInside(spy: ReadSpy, sandbox: Sandbox): void {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p)
    } catch {
      return p
    }
  }
  const inside = (p: string) => p === sandbox.root || p.startsWith(sandbox.root + path.sep)
  const outside = spy.paths.filter((p) => !inside(p) || !inside(real(p)))
  expect(outside).toEqual([])
}

/** A compact, order-free identity of the findings in `file` (rule, line, fingerprint). */
export function findingsIn(result: ScanResult, prefix: string): string[] {
  return result.findings
    .filter((f: Finding) => f.location.file.startsWith(prefix))
    .map((f) => `${f.ruleId}@${f.location.line}:${f.fingerprint}:${f.suppressed ? 's' : 'a'}`)
    .sort()
}
