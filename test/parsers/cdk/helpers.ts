/** Runs the CDK plugin the way the scan does (discovery → plan → load), without the rules. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { discover, isInside, listFiles, toDisplayPath } from '../../../src/discovery.js'
import { DEFAULT_LIMITS } from '../../../src/limits.js'
import type { Bucket, S3Model } from '../../../src/model/s3.js'
import { cdkPlugin } from '../../../src/parsers/cdk/index.js'
import type { CandidateFile, LoadContext, ScanUnit, UnitLoad } from '../../../src/parsers/types.js'

export const repoRoot = path.resolve(import.meta.dirname, '../../..')
export const fixtures = path.join(repoRoot, 'test/fixtures/cdk')

const silentLogger = { debug() {}, info() {}, warning() {}, error() {} }

export function candidates(roots: string[], cwd: string): CandidateFile[] {
  return discover(roots, cwd, DEFAULT_LIMITS.maxFileBytes, silentLogger as never).files
}

export function loadContext(roots: string[], cwd: string, log: string[] = []): LoadContext {
  return {
    roots,
    cwd,
    limits: DEFAULT_LIMITS,
    debug: (m) => void log.push(m),
    readFile(abs) {
      try {
        const real = fs.realpathSync(abs)
        if (!isInside(real, roots)) return undefined
        return fs.readFileSync(real, 'utf8')
      } catch {
        return undefined
      }
    },
    displayPath: (abs) => toDisplayPath(abs, cwd),
    listFiles: (dir, filter) => listFiles(dir, roots, cwd, filter),
  }
}

export interface Scanned {
  units: ScanUnit[]
  loads: UnitLoad[]
  models: S3Model[]
  buckets: Bucket[]
  problems: UnitLoad['problems']
  /** Files left for the other plugins. */
  rest: CandidateFile[]
}

/** Plans and loads every assembly under `dir` (the scan root), with `cwd` as display base. */
export function scanDir(dir: string, cwd = dir): Scanned {
  const roots = [fs.realpathSync(dir)]
  const files = candidates(roots, cwd)
  const units = cdkPlugin.plan(files, { roots, cwd, debug: () => {} })
  const loads = units.map((u) => cdkPlugin.load(structuredClone(u), loadContext(roots, cwd)))
  const models = loads.flatMap((l) => l.models)
  return { units, loads, models, buckets: models.flatMap((m) => m.buckets), problems: loads.flatMap((l) => l.problems), rest: files }
}

const temps: string[] = []

/** Removes the folders `tempCopy` made (call it from `afterAll`). */
export function removeTemps(): void {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true })
}

/** A throw-away copy of a fixture folder (or an empty folder) to edit in a test; see `removeTemps`. */
export function tempCopy(from?: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-cdk-')))
  temps.push(dir)
  if (from) fs.cpSync(from, dir, { recursive: true })
  return dir
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel)
    fs.mkdirSync(path.dirname(abs), { recursive: true })
    fs.writeFileSync(abs, text)
  }
}

export function bucketAt(s: Scanned, constructPath: string): Bucket {
  const b = s.buckets.find((x) => x.origin.cdk?.constructPath === constructPath)
  if (!b) throw new Error(`no bucket ${constructPath}; have ${s.buckets.map((x) => x.origin.cdk?.constructPath ?? x.id).join(', ')}`)
  return b
}

/** 1-based line of the first occurrence of `needle` in a repository file. */
export function lineOf(rel: string, needle: string, base = repoRoot): number {
  const text = fs.readFileSync(path.join(base, rel), 'utf8')
  const i = text.indexOf(needle)
  if (i < 0) throw new Error(`${needle} not in ${rel}`)
  return text.slice(0, i).split('\n').length
}

/** Any JSON value: tests edit assemblies freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

/** Rewrites a JSON file of a copied assembly. */
export function editJson(abs: string, edit: (json: Json) => void): void {
  const json = JSON.parse(fs.readFileSync(abs, 'utf8'))
  edit(json)
  fs.writeFileSync(abs, JSON.stringify(json, null, 1))
}
