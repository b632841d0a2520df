/** Test helpers: run the Terraform plugin on a directory or on in-memory files. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_LIMITS, type Limits } from '../../../src/limits.js'
import type { Bucket, S3Model } from '../../../src/model/s3.js'
import type { Value } from '../../../src/model/value.js'
import { strToDisplay, type Str } from '../../../src/model/value.js'
import { terraformPlugin } from '../../../src/parsers/terraform/index.js'
import { terraformPlanPlugin } from '../../../src/parsers/terraform-plan/index.js'
import { prepareTerraformUnit } from '../../../src/parsers/terraform/load-unit.js'
import { displayString, type TfValue } from '../../../src/parsers/terraform/eval/value.js'
import type { CandidateFile, LoadContext, UnitLoad } from '../../../src/parsers/types.js'

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) {
      if (e.name !== '.terraform' && e.name !== 'node_modules') walk(p, out)
    } else out.push(p)
  }
  return out
}

export function candidates(root: string, cwd: string): CandidateFile[] {
  return walk(root)
    .sort()
    .map((abs) => {
      const real = fs.realpathSync(abs)
      const head = /\.json$/i.test(real) ? fs.readFileSync(real, 'utf8').slice(0, 4096) : ''
      return { abs: real, rel: path.relative(cwd, real).split(path.sep).join('/'), size: fs.statSync(real).size, head }
    })
}

export function loadContext(roots: string[], cwd: string, limits: Limits = DEFAULT_LIMITS): LoadContext & { debugLog: string[] } {
  const debugLog: string[] = []
  const inside = (abs: string) =>
    roots.some((r) => {
      const rel = path.relative(r, abs)
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
    })
  return {
    roots,
    cwd,
    limits,
    debugLog,
    debug: (m) => void debugLog.push(m),
    readFile(abs) {
      try {
        const real = fs.realpathSync(abs)
        if (!inside(real)) return undefined
        return fs.readFileSync(real, 'utf8')
      } catch {
        return undefined
      }
    },
    displayPath: (abs) => path.relative(cwd, abs).split(path.sep).join('/') || '.',
    listFiles: (dir, filter) => {
      if (!fs.existsSync(dir)) return []
      return walk(dir)
        .map((p) => fs.realpathSync(p))
        .filter((p) => inside(p) && filter(path.relative(cwd, p).split(path.sep).join('/')))
    },
  }
}

export interface Loaded {
  units: { id: string; load: UnitLoad }[]
  /** The model of the first unit. */
  model: S3Model
  load: UnitLoad
}

/** Plans and loads every unit under `root` (a directory scanned as the only root). */
export function loadDir(root: string, limits: Limits = DEFAULT_LIMITS, cwd = root): Loaded {
  const files = candidates(root, cwd)
  const ctx = loadContext([fs.realpathSync(root)], cwd, limits)
  const units = terraformPlugin.plan(files, { roots: ctx.roots, cwd, debug: ctx.debug })
  const loads = units.map((u) => ({ id: u.id, load: terraformPlugin.load(u, ctx) }))
  const first = loads[0]?.load ?? { models: [], problems: [], notes: [], texts: new Map() }
  return { units: loads, model: first.models[0]!, load: first }
}

/** Writes files into a fresh temporary directory and loads it. */
export function loadFiles(files: Record<string, string>, limits: Limits = DEFAULT_LIMITS): Loaded & { dir: string } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 's3gate-tf-')))
  for (const [name, text] of Object.entries(files)) {
    const p = path.join(dir, name)
    fs.mkdirSync(path.dirname(p), { recursive: true })
    fs.writeFileSync(p, text)
  }
  return { ...loadDir(dir, limits), dir }
}

export function bucket(model: S3Model, id: string): Bucket {
  const b = model.buckets.find((x) => x.id === id)
  if (!b) throw new Error(`no bucket ${id}; have ${model.buckets.map((x) => x.id).join(', ')}`)
  return b
}

/** A value as `state:value@line` for compact assertions. */
export function v(x: Value<unknown>): string {
  const val = x.state === 'unknown' ? `?` : show(x.value)
  return `${x.state}:${val}@${x.at.line}`
}
export function show(x: unknown): string {
  if (x === null || x === undefined) return String(x)
  if (typeof x === 'string') return x
  if (typeof x === 'object' && 'parts' in (x as object)) return strToDisplay(x as Str)
  return JSON.stringify(x)
}

/** Writes files and prepares the root module for evaluation, without building the model. */
export function prepareFiles(files: Record<string, string | Buffer>, limits: Limits = DEFAULT_LIMITS, extraRoots: string[] = []) {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 's3gate-tf-')))
  for (const [name, text] of Object.entries(files)) {
    const p = path.join(dir, name)
    fs.mkdirSync(path.dirname(p), { recursive: true })
    fs.writeFileSync(p, text)
  }
  return { dir, ...prepareDir(dir, limits, extraRoots) }
}

export function prepareDir(dir: string, limits: Limits = DEFAULT_LIMITS, extraRoots: string[] = []) {
  const ctx = loadContext([dir, ...extraRoots], dir, limits)
  const units = terraformPlugin.plan(candidates(dir, dir), { roots: ctx.roots, cwd: dir, debug: ctx.debug })
  const prepared = prepareTerraformUnit(units[0]!, ctx)
  return { ...prepared, local: (name: string) => prepared.root.local(name, undefined) }
}

/** A value as plain JSON; placeholders as `${...}` text, unknowns as `<unknown: why>`. */
export function plainValue(v: TfValue): unknown {
  switch (v.k) {
    case 'string':
    case 'number':
    case 'bool':
      return v.v
    case 'sym':
      return displayString(v)
    case 'null':
      return null
    case 'list':
      return v.items.map(plainValue)
    case 'object':
      return Object.fromEntries([...v.attrs].map(([k, x]) => [k, plainValue(x)]))
    case 'unknown':
      return `<unknown${v.error ? ' error' : ''}: ${v.why}>`
    case 'ref':
      return `<ref ${v.target.describe}>`
  }
}

/** Plans and loads the plan JSON files under `root` with the plan plugin. */
export function loadPlans(root: string, cwd = root, limits: Limits = DEFAULT_LIMITS): Loaded {
  const files = candidates(root, cwd)
  const ctx = loadContext([fs.realpathSync(root)], cwd, limits)
  const units = terraformPlanPlugin.plan(files, { roots: ctx.roots, cwd, debug: ctx.debug })
  const loads = units.map((u) => ({ id: u.id, load: terraformPlanPlugin.load(u, ctx) }))
  const first = loads[0]?.load ?? { models: [], problems: [], notes: [], texts: new Map() }
  return { units: loads, model: first.models[0]!, load: first }
}
