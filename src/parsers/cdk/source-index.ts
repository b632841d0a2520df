/**
 * The CDK app's own source files inside the scan roots: where creation-stack traces are mapped to
 * and where construct ids are looked up when an assembly holds no usable trace. Only listed here;
 * each file is read (through the scan's `readFile`) when a lookup needs it.
 */
import fs from 'node:fs'
import path from 'node:path'

/**
 * Extensions of CDK app sources (TypeScript, JavaScript, Python, and the other jsii languages:
 * Java, C#, Go). Fixes are written for TypeScript, JavaScript and Python only; in the others the
 * construct ids are looked up, so that findings land on the app's line rather than the template.
 */
export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.py', '.java', '.cs', '.go']

/**
 * Folders that never hold the app's own constructs: dependencies, virtualenvs, caches, VCS data.
 * Cloud assemblies are skipped by content (a `manifest.json` next to a `cdk.out` marker) rather
 * than by name, since their asset folders carry bundled copies of the app's code.
 */
const SKIPPED_DIRS = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  '.venv',
  'venv',
  '.tox',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  '.cache',
  'coverage',
  '.next',
  '.turbo',
  '.yarn',
])

const TS_TWINS = ['.ts', '.tsx', '.mts', '.cts']

/** Upper bounds so a huge monorepo cannot make the fallback search unbounded. */
const MAX_FILES = 20_000
const MAX_DEPTH = 40

export interface SourceIndex {
  /** Absolute paths (with `/`), sorted. */
  files: string[]
  /** Files by base name, for suffix matching. */
  byBase: Map<string, string[]>
  /** True when the walk stopped at `MAX_FILES`. */
  truncated: boolean
}

export function isSourceFile(name: string): boolean {
  if (name.endsWith('.d.ts') || name.endsWith('.d.mts') || name.endsWith('.d.cts')) return false
  return SOURCE_EXTENSIONS.some((e) => name.endsWith(e))
}

/** Lists the source files under `roots` (each root a directory or a file). Symlinks are not followed. */
export function indexSources(roots: readonly string[]): SourceIndex {
  const files: string[] = []
  let truncated = false
  const seen = new Set<string>()
  const walk = (dir: string, depth: number): void => {
    if (truncated || depth > MAX_DEPTH || seen.has(dir)) return
    seen.add(dir)
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    if (entries.some((e) => e.isFile() && e.name === 'manifest.json') && entries.some((e) => e.isFile() && e.name === 'cdk.out')) return
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      if (truncated) return
      const abs = `${dir}/${e.name}`
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name) && e.name !== 'cdk.out' && !e.name.startsWith('asset.')) walk(abs, depth + 1)
      } else if (e.isFile() && isSourceFile(e.name)) {
        if (files.length >= MAX_FILES) truncated = true
        else files.push(abs)
      }
    }
  }
  for (const root of roots) {
    const r = toSlash(path.resolve(root))
    let stat: fs.Stats | undefined
    try {
      stat = fs.statSync(r)
    } catch {
      continue
    }
    if (stat.isDirectory()) walk(r, 0)
    else if (stat.isFile() && isSourceFile(r)) files.push(r)
  }
  const all = new Set(files)
  // `tsc` output next to its source repeats every construct id; the TypeScript is what users edit.
  const unique = [...all].filter((f) => !/\.(m|c)?js$/.test(f) || !TS_TWINS.some((ext) => all.has(f.replace(/\.(m|c)?js$/, ext)))).sort()
  const byBase = new Map<string, string[]>()
  for (const f of unique) {
    const base = f.slice(f.lastIndexOf('/') + 1)
    const list = byBase.get(base)
    if (list) list.push(f)
    else byBase.set(base, [f])
  }
  return { files: unique, byBase, truncated }
}

export function toSlash(p: string): string {
  return p.replace(/\\/g, '/')
}
