/**
 * Reads shard results for `s3-gate merge` and the action's `mode: merge`. They come from other
 * jobs (artifacts a pull request's code could have written), so nothing in them is trusted: the
 * number and size of files are capped, symlinks are not followed, and every field is checked by
 * the same validator the fork-safe publish step uses. Two shapes are accepted: the CLI's
 * `--format json` output and the action's results file (`mode: scan`).
 */
import { MAX_SHARDS } from '../options.js'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Finding, Problem, UnknownResult } from '../engine/finding.js'
import {
  MAX_RESULTS_BYTES,
  SCHEMA,
  UntrustedResultsError,
  validateResults,
  Validator,
  type ResultsDocument,
} from '../report/github/results-file.js'
import type { ScanResult } from '../scan-result.js'
import type { StackLinks } from '../model/stack-links.js'
import { runOfDocument } from './merge-documents.js'
import { MergeError, type ShardPart } from './merge-scans.js'

/** More shards than this is not a setup we support (GitHub caps a matrix at 256 jobs). */
export const MAX_SHARD_FILES = MAX_SHARDS
/** All shard files together: above the findings one scan may hold (500,000, about 400 MB of CLI JSON). */
export const MAX_TOTAL_BYTES = 2 * MAX_RESULTS_BYTES

export interface ShardFile extends ShardPart {
  /** Set when the file is an action results file. */
  document?: ResultsDocument
  /**
   * An action results file's `baseLinks`: the cross-stack links of the shard's slice of the merge
   * base (as `head.shard.links` are of its head), which the merge links the base findings with.
   */
  baseLinks?: StackLinks
}

/** The JSON files directly inside `dir` or one level below (one folder per downloaded artifact). */
export async function listShardFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  const visit = async (d: string, depth: number) => {
    let entries
    try {
      entries = await fs.readdir(d, { withFileTypes: true })
    } catch {
      throw new MergeError(`The results directory "${dir}" does not exist or cannot be read (did the artifacts download?).`)
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      const p = path.join(d, e.name)
      // Dirent types come from lstat: a symlink is neither a file nor a directory here.
      if (e.isDirectory() && depth < 1) await visit(p, depth + 1)
      else if (e.isFile() && e.name.endsWith('.json')) out.push(p)
      if (out.length > MAX_SHARD_FILES)
        throw new MergeError(`More than ${MAX_SHARD_FILES} JSON files under "${dir}"; that is not a set of shard results.`)
    }
  }
  await visit(dir, 0)
  if (out.length === 0) throw new MergeError(`No shard results (*.json) under "${dir}" (did the artifacts download?).`)
  return out
}

export async function readShardFiles(files: readonly string[], displayRoot?: string): Promise<ShardFile[]> {
  if (files.length > MAX_SHARD_FILES) throw new MergeError(`${files.length} shard files; at most ${MAX_SHARD_FILES} are merged.`)
  const sourceOf = (file: string) => (displayRoot ? path.relative(displayRoot, file) || file : file)
  // Every size before any read: a set refused for its total is refused at once, not after
  // hundreds of megabytes of it were parsed.
  let total = 0
  for (const file of files) {
    const source = sourceOf(file)
    const stat = await fs.lstat(file).catch(() => undefined)
    if (!stat?.isFile()) throw new MergeError(`${source} does not exist or is not a regular file.`)
    if (stat.size > MAX_RESULTS_BYTES)
      throw new MergeError(`${source} is ${stat.size} bytes; at most ${MAX_RESULTS_BYTES} are accepted per shard.`)
    total += stat.size
    if (total > MAX_TOTAL_BYTES) throw new MergeError(`The shard files add up to more than ${MAX_TOTAL_BYTES} bytes.`)
  }
  const out: ShardFile[] = []
  for (const file of files) {
    const source = sourceOf(file)
    let raw: unknown
    try {
      raw = JSON.parse(await fs.readFile(file, 'utf8'))
    } catch {
      throw new MergeError(`${source} is not valid JSON.`)
    }
    out.push(parseShard(raw, source))
  }
  return out
}

/** Validates one parsed shard file (either shape); throws an `UntrustedResultsError` naming it. */
export function parseShard(raw: unknown, source: string): ShardFile {
  try {
    if (raw && typeof raw === 'object' && (raw as { schema?: unknown }).schema === SCHEMA) {
      const document = validateResults(raw)
      return {
        source,
        result: document.head,
        document,
        run: runOfDocument(document),
        ...(document.baseLinks !== undefined ? { baseLinks: document.baseLinks } : {}),
      }
    }
    return { source, result: validateCliJson(raw) }
  } catch (e) {
    if (e instanceof UntrustedResultsError) throw new UntrustedResultsError(`${source}: ${e.message}`)
    throw e
  }
}

/**
 * The CLI's JSON output (`renderJson`) back into a `ScanResult`, field by field. What the JSON
 * leaves out (logical paths, fix intents) is not needed to render it again.
 */
export function validateCliJson(raw: unknown): ScanResult {
  const v = new Validator({ pathsMayLeave: true })
  const o = v.object(raw, '$')
  const tool = v.object(o.tool, '$.tool')
  if (tool.name !== 's3-gate') v.fail('$.tool.name', 'must be "s3-gate" (is this an s3-gate --format json output?)')
  const at = (x: Record<string, unknown>, p: string) =>
    v.location(
      {
        file: x.file,
        line: x.line,
        column: x.column,
        endLine: x.endLine ?? x.line,
        endColumn: x.endColumn ?? x.column,
        path: '',
      },
      p,
    )
  const findings = v.list(o.findings, '$.findings', (x, p): Finding => {
    const f = v.object(x, p)
    const related =
      f.related === undefined
        ? []
        : v.list(f.related, `${p}.related`, (r, q) => {
            const ro = v.object(r, q)
            return { message: ro.message, at: at(ro, q) }
          })
    return v.finding({ ...f, location: at(f, p), related }, p)
  })
  const unknowns = v.list(o.unknowns, '$.unknowns', (x, p): UnknownResult => {
    const u = v.object(x, p)
    return v.unknown({ ...u, location: at(u, p) }, p)
  })
  const problems = (level: 'error' | 'warning', key: 'errors' | 'warnings'): Problem[] =>
    v.list(o[key], `$.${key}`, (x, p) => v.problem({ ...v.object(x, p), level }, p))
  return {
    tool: { name: 's3-gate', version: v.text(tool.version, '$.tool.version', 50) },
    cwd: '',
    roots: [],
    findings,
    unknowns,
    problems: [...problems('error', 'errors'), ...problems('warning', 'warnings')],
    notes: v.list(o.notes, '$.notes', (n, p) => v.text(n, p, 10_000)),
    stats: v.stats(o.stats, '$.stats'),
    ...(o.shard !== undefined ? { shard: v.shard(o.shard, '$.shard') } : {}),
  }
}
