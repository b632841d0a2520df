import fs from 'node:fs/promises'
import path from 'node:path'
import type { BaselineStatus, Policy } from '../../baseline/gate.js'
import type { UnseenAtBase } from '../../baseline/unseen-cdk.js'
import { ConfigurationError } from '../../errors.js'
import { MAX_EDIT_CHARS, type Finding, type Problem, type Suppression, type TextEdit, type UnknownResult } from '../../engine/finding.js'
import { isSeverity, isThreshold } from '../../engine/severity.js'
import type { SourceLocation } from '../../model/location.js'
import type { Format } from '../../model/s3.js'
import type { ScanResult, ScanStats, ShardInfo } from '../../scan-result.js'
import type { NamePattern, StackLinks } from '../../model/stack-links.js'
import { COMMIT_ID } from '../../scan-settings.js'
import { CONFIG_WARNING_CODES } from '../../config/warning-codes.js'
import { batchedBytes } from '../render/batched.js'
import { makeFolders } from '../../make-folders.js'
import type { LineMap, LineMaps } from './line-map.js'

/**
 * The scan half's output for the publish half of the fork-safe setup (`mode: scan` →
 * artifact → `mode: publish`). The publish half runs with a write token on data that a
 * pull request from anyone produced, so `readResultsFile` trusts nothing in it: size, shape,
 * every string and number are checked, and text is capped and defused.
 */
export interface ResultsDocument {
  schema: typeof SCHEMA
  tool: { name: 's3-gate'; version: string }
  repository: string
  headSha: string
  pullRequest?: { number: number; headSha: string; baseSha: string }
  /** The scan directory relative to the repository root (`''` at the root). */
  pathPrefix: string
  /**
   * The repository's folder below the workspace when actions/checkout put it there (`path: src`)
   * and the scan ran from it (see checkout-folder.ts): a merge or publish job reads the lines its
   * suggestions repeat from there, not from the workspace, which has none of the files.
   */
  checkout?: string
  policy: Policy
  baseline: BaselineStatus
  head: ScanResult
  /**
   * Active findings at the base, when it was compared. In the file, only those whose fingerprint
   * no active head finding has (what the pull request fixed); the others are `baseAtHead`.
   */
  baseFindings?: Finding[]
  /**
   * In the file only: fingerprints of the other active base findings. The verdict compares base
   * and head by fingerprint alone, so `readResultsFile` puts the head's findings with these
   * fingerprints back in `baseFindings`, and the verdict is the one the scan job decided. Sending
   * each in full doubled the file on a large repository (tens of thousands of pre-existing
   * findings): 56 MB for the 5,000-file Terraform benchmark, past what the publish step accepts.
   */
  baseAtHead?: string[]
  /**
   * A shard's base scan: the cross-stack links of its slice of the merge base (a bucket in one
   * shard, its policy in another), which the merge applies to the base findings as one base scan
   * links them (`src/merge/merge-documents.ts`).
   */
  baseLinks?: StackLinks
  /** CDK findings from templates the base does not have, classified by the changed lines. */
  unseenAtBase?: UnseenAtBase
  /**
   * The scan read GitHub's merge commit: how its lines relate to the pull request head's, for
   * each file with findings that differs (`head` keeps the scanned lines, as SARIF does).
   */
  lineMaps?: LineMapEntry[]
}

export type LineMapEntry = LineMap & { file: string }

export function toLineMapEntries(maps: LineMaps): LineMapEntry[] {
  return [...maps].map(([file, map]) => ({ file, ...map }))
}

export function fromLineMapEntries(entries: readonly LineMapEntry[]): LineMaps {
  return new Map(entries.map(({ file, ...map }) => [file, map]))
}

export const SCHEMA = 's3-gate/results@1' as const
/**
 * The artifact is read whole, so it is capped; but a shard of a large repository is large (one
 * of four shards of the 70 MB Terraform benchmark tree: 96,500 findings, 75 MB of CLI JSON), and a
 * cap below what a scan may hold refused the shard sets sharding exists for. 256 MiB holds about
 * 320,000 findings of CLI JSON; read, it takes about 3× its size in memory.
 */
export const MAX_RESULTS_BYTES = 256 * 1024 * 1024
/** Above the findings a scan may hold by default (`maxScanFindings`, 500,000). */
const MAX_ITEMS = 1_000_000
/** Linux paths are at most 4,096 bytes (PATH_MAX), deep folders of long names included. */
const MAX_PATH_CHARS = 4096

export async function writeResultsFile(file: string, doc: ResultsDocument): Promise<void> {
  // Like the SARIF file: `results-file: results/s3-gate.json` names a folder nothing has made yet.
  await makeFolders(path.dirname(file))
  const handle = await fs.open(file, 'w')
  try {
    for (const bytes of batchedBytes(resultsChunks(doc))) await handle.write(bytes)
  } finally {
    await handle.close()
  }
}

/**
 * The file's JSON (the slimmed document: no `fix`, no paths of this runner), a finding at a time:
 * the text of the 5,000-file Terraform benchmark's pull request was the run's peak, 110 MB of heap
 * on top of the scans.
 */
export function* resultsChunks(doc: ResultsDocument): Generator<string> {
  const { head, baseFindings, baseAtHead: _stale, ...rest } = doc
  const split = baseFindings ? splitBase(head, baseFindings) : undefined
  const { findings, ...headRest } = { ...head, cwd: '', roots: [] }
  yield JSON.stringify(rest).slice(0, -1)
  yield `,"head":${JSON.stringify(headRest).slice(0, -1)},"findings":`
  yield* arrayChunks(findings)
  yield '}'
  if (split) {
    yield ',"baseFindings":'
    yield* arrayChunks(split.fixed)
    yield `,"baseAtHead":${JSON.stringify(split.atHead)}`
  }
  yield '}'
}

function* arrayChunks(findings: readonly Finding[]): Generator<string> {
  yield '['
  for (let i = 0; i < findings.length; i++) yield (i ? ',' : '') + JSON.stringify(slimFinding(findings[i]!))
  yield ']'
}

/** The base findings the head has too (by fingerprint, both active), and the others. */
function splitBase(head: ScanResult, base: readonly Finding[]): { fixed: Finding[]; atHead: string[] } {
  const active = new Set(head.findings.filter((f) => !f.suppressed).map((f) => f.fingerprint))
  const atHead = new Set<string>()
  const fixed: Finding[] = []
  for (const f of base) {
    if (active.has(f.fingerprint)) atHead.add(f.fingerprint)
    else fixed.push(f)
  }
  return { fixed, atHead: [...atHead] }
}

/** `baseFindings` whole again: the head's active findings stand for the base's with their fingerprints. */
function withBaseAtHead(doc: ResultsDocument, atHead: readonly string[]): ResultsDocument {
  const wanted = new Set(atHead)
  const standIns = doc.head.findings.filter((f) => !f.suppressed && wanted.has(f.fingerprint))
  return { ...doc, baseFindings: [...(doc.baseFindings ?? []), ...standIns] }
}

/** `fix` is only needed by the scan itself; the renderers use `edit`. */
function slimFinding(f: Finding): Finding {
  const { fix: _fix, ...rest } = f
  return rest
}

/** The artifact is unusable; like a bad input, the user's setup (or an attacker) must be looked at. */
export class UntrustedResultsError extends ConfigurationError {
  override name = 'UntrustedResultsError'
}

export async function readResultsFile(file: string): Promise<ResultsDocument> {
  const stat = await fs.stat(file).catch(() => undefined)
  if (!stat?.isFile()) throw new UntrustedResultsError(`The results file "${file}" does not exist (did the artifact download?).`)
  if (stat.size > MAX_RESULTS_BYTES)
    throw new UntrustedResultsError(`The results file is ${stat.size} bytes; at most ${MAX_RESULTS_BYTES} are accepted.`)
  let raw: unknown
  try {
    raw = JSON.parse(await fs.readFile(file, 'utf8'))
  } catch {
    throw new UntrustedResultsError('The results file is not valid JSON.')
  }
  return validateResults(raw)
}

/** Validates and normalises an untrusted results document; throws `UntrustedResultsError`. */
export function validateResults(raw: unknown): ResultsDocument {
  const v = new Validator()
  const o = v.object(raw, '$')
  if (o.schema !== SCHEMA) v.fail('$.schema', `must be "${SCHEMA}"`)
  const pr = o.pullRequest === undefined ? undefined : v.object(o.pullRequest, '$.pullRequest')
  const doc: ResultsDocument = {
    schema: SCHEMA,
    tool: { name: 's3-gate', version: v.text(v.object(o.tool, '$.tool').version, '$.tool.version', 50) },
    repository: v.match(o.repository, '$.repository', /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/),
    headSha: v.sha(o.headSha, '$.headSha'),
    ...(pr
      ? {
          pullRequest: {
            number: v.int(pr.number, '$.pullRequest.number', 1, 1e9),
            headSha: v.sha(pr.headSha, '$.pullRequest.headSha'),
            baseSha: v.sha(pr.baseSha, '$.pullRequest.baseSha'),
          },
        }
      : {}),
    pathPrefix: o.pathPrefix === '' ? '' : v.path(o.pathPrefix, '$.pathPrefix'),
    ...(o.checkout !== undefined ? { checkout: v.path(o.checkout, '$.checkout', false) } : {}),
    policy: v.policy(o.policy),
    baseline: v.baseline(o.baseline),
    head: v.scanResult(o.head),
    ...(o.baseFindings !== undefined ? { baseFindings: v.list(o.baseFindings, '$.baseFindings', (x, p) => v.finding(x, p)) } : {}),
    ...(o.unseenAtBase !== undefined ? { unseenAtBase: v.unseenAtBase(o.unseenAtBase) } : {}),
    ...(o.baseLinks !== undefined ? { baseLinks: v.links(o.baseLinks, '$.baseLinks') } : {}),
    ...(o.lineMaps !== undefined ? { lineMaps: v.lineMaps(o.lineMaps) } : {}),
  }
  if (o.baseAtHead === undefined) return doc
  if (doc.baseFindings === undefined) v.fail('$.baseAtHead', 'comes without $.baseFindings')
  return withBaseAtHead(doc, v.fingerprints(o.baseAtHead, '$.baseAtHead'))
}

const FORMATS: Format[] = ['cloudformation', 'terraform', 'terraform-plan', 'cdk']

/** Checks untrusted JSON field by field; every failure is an `UntrustedResultsError` naming the path. */
export class Validator {
  /**
   * `pathsMayLeave`: paths may start above the working directory (`s3-gate scan ../infra` writes
   * `../infra/…`), as the CLI's own JSON does; a results file for the publish step names files of
   * the repository only.
   */
  constructor(private readonly options: { pathsMayLeave?: boolean } = {}) {}

  fail(path: string, what: string): never {
    throw new UntrustedResultsError(`The results file is not valid: ${path} ${what}.`)
  }
  object(x: unknown, path: string): Record<string, unknown> {
    if (!x || typeof x !== 'object' || Array.isArray(x)) this.fail(path, 'must be an object')
    return x as Record<string, unknown>
  }
  list<T>(x: unknown, path: string, item: (x: unknown, path: string) => T): T[] {
    if (!Array.isArray(x)) this.fail(path, 'must be an array')
    if (x.length > MAX_ITEMS) this.fail(path, `has more than ${MAX_ITEMS} items`)
    return x.map((e, i) => item(e, `${path}[${i}]`))
  }
  /** Any string, capped, with HTML comments defused so no text can pose as one of our markers. */
  text(x: unknown, path: string, max: number): string {
    if (typeof x !== 'string') this.fail(path, 'must be a string')
    const t = x.length > max ? `${x.slice(0, max - 1)}…` : x
    return t.replace(/<!--/g, '&lt;!--')
  }
  match(x: unknown, path: string, re: RegExp): string {
    if (typeof x !== 'string' || x.length > 200 || !re.test(x)) this.fail(path, `must match ${re}`)
    return x
  }
  sha(x: unknown, path: string): string {
    return this.match(x, path, /^[0-9a-f]{40}$/)
  }
  int(x: unknown, path: string, min: number, max: number): number {
    if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) this.fail(path, `must be a whole number in ${min}..${max}`)
    return x
  }
  num(x: unknown, path: string): number {
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) this.fail(path, 'must be a non-negative number')
    return x
  }
  bool(x: unknown, path: string): boolean {
    if (typeof x !== 'boolean') this.fail(path, 'must be true or false')
    return x
  }
  /**
   * A repository-relative path: no absolute paths, no `..`, no NUL. `mayLeave` lets `..` through,
   * for a path only shown, never read or annotated. Any other character is one a file name on
   * Linux may hold (a newline, an escape): refusing them let a pull request that adds such a file
   * make the merge or publish step drop every finding. Every renderer escapes them.
   */
  path(x: unknown, path: string, mayLeave = this.options.pathsMayLeave ?? false): string {
    if (typeof x !== 'string' || x.length === 0 || x.length > MAX_PATH_CHARS) this.fail(path, 'must be a path')
    // `x:stacks` is a folder name, unless `x:` begins a Windows path.
    if (x.startsWith('/') || /^[A-Za-z]:[\\/]/.test(x) || x.includes('\u0000') || (!mayLeave && x.split(/[\\/]/).includes('..')))
      this.fail(path, mayLeave ? 'must be a relative path' : 'must be a relative path inside the repository')
    return x
  }
  location(x: unknown, path: string): SourceLocation {
    const o = this.object(x, path)
    return {
      file: this.path(o.file, `${path}.file`),
      line: this.int(o.line, `${path}.line`, 0, 1e8),
      column: this.int(o.column, `${path}.column`, 0, 1e8),
      endLine: this.int(o.endLine, `${path}.endLine`, 0, 1e8),
      endColumn: this.int(o.endColumn, `${path}.endColumn`, 0, 1e8),
      path: this.text(o.path, `${path}.path`, 2000),
    }
  }
  finding(x: unknown, path: string): Finding {
    const o = this.object(x, path)
    const severity = o.severity
    if (!isSeverity(severity)) this.fail(`${path}.severity`, 'must be a severity')
    if (!FORMATS.includes(o.format as Format)) this.fail(`${path}.format`, 'must be a known format')
    const f: Finding = {
      ruleId: this.match(o.ruleId, `${path}.ruleId`, /^[a-z0-9][a-z0-9-]{0,80}$/),
      severity,
      messageId: this.text(o.messageId, `${path}.messageId`, 100),
      message: this.text(o.message, `${path}.message`, 2000),
      location: this.location(o.location, `${path}.location`),
      resource: this.text(o.resource, `${path}.resource`, 500),
      format: o.format as Format,
      related:
        o.related === undefined
          ? []
          : this.list(o.related, `${path}.related`, (r, p) => {
              const ro = this.object(r, p)
              return { message: this.text(ro.message, `${p}.message`, 500), at: this.location(ro.at, `${p}.at`) }
            }).slice(0, 20),
      fingerprint: this.match(o.fingerprint, `${path}.fingerprint`, /^[A-Za-z0-9_-]{1,128}$/),
      suppressed: this.bool(o.suppressed, `${path}.suppressed`),
    }
    if (o.edit !== undefined) {
      const edit = this.edit(o.edit, `${path}.edit`)
      if (edit) f.edit = edit
    }
    if (o.suppression !== undefined) f.suppression = this.suppression(o.suppression, `${path}.suppression`)
    return f
  }
  edit(x: unknown, path: string): TextEdit | undefined {
    const o = this.object(x, path)
    const replacement = o.replacement
    if (typeof replacement !== 'string' || replacement.length > MAX_EDIT_CHARS)
      this.fail(`${path}.replacement`, `must be a string of at most ${MAX_EDIT_CHARS} characters`)
    // A suggestion is applied verbatim; one carrying an HTML comment is dropped, not altered.
    if (replacement.includes('<!--')) return undefined
    return {
      file: this.path(o.file, `${path}.file`),
      startLine: this.int(o.startLine, `${path}.startLine`, 1, 1e8),
      endLine: this.int(o.endLine, `${path}.endLine`, 0, 1e8),
      replacement,
      description: this.text(o.description ?? '', `${path}.description`, 500),
    }
  }
  suppression(x: unknown, path: string): Suppression {
    const o = this.object(x, path)
    const kind = o.kind === 'inline' || o.kind === 'config' ? o.kind : this.fail(`${path}.kind`, 'must be inline or config')
    return {
      kind,
      syntax: this.text(o.syntax ?? '', `${path}.syntax`, 200),
      reason: this.text(o.reason ?? '', `${path}.reason`, 1000),
      ...(o.until !== undefined ? { until: this.text(o.until, `${path}.until`, 40) } : {}),
      ...(o.at !== undefined ? { at: this.location(o.at, `${path}.at`) } : {}),
    }
  }
  unknown(x: unknown, path: string): UnknownResult {
    const o = this.object(x, path)
    return {
      ruleId: this.match(o.ruleId, `${path}.ruleId`, /^[a-z0-9][a-z0-9-]{0,80}$/),
      message: this.text(o.message, `${path}.message`, 2000),
      why: this.text(o.why, `${path}.why`, 2000),
      location: this.location(o.location, `${path}.location`),
      resource: this.text(o.resource, `${path}.resource`, 500),
      fingerprint: this.match(o.fingerprint, `${path}.fingerprint`, /^[A-Za-z0-9_-]{1,128}$/),
    }
  }
  problem(x: unknown, path: string): Problem {
    const o = this.object(x, path)
    const code = this.match(o.code, `${path}.code`, /^[A-Z0-9_]{1,60}$/)
    return {
      code,
      // `--config ../shared/s3-gate.yml`: its own warnings name it where it is.
      file: this.path(o.file, `${path}.file`, CONFIG_WARNING_CODES.has(code) && o.level === 'warning'),
      line: this.int(o.line, `${path}.line`, 0, 1e8),
      column: this.int(o.column, `${path}.column`, 0, 1e8),
      message: this.text(o.message, `${path}.message`, 2000),
      level: o.level === 'error' || o.level === 'warning' ? o.level : this.fail(`${path}.level`, 'must be error or warning'),
    }
  }
  stats(x: unknown, path: string): ScanStats {
    const o = this.object(x, path)
    return {
      files: this.int(o.files, `${path}.files`, 0, 1e9),
      bytes: this.num(o.bytes, `${path}.bytes`),
      units: this.int(o.units, `${path}.units`, 0, 1e9),
      byFormat: this.byFormat(o.byFormat, `${path}.byFormat`),
      buckets: this.int(o.buckets, `${path}.buckets`, 0, 1e9),
      durationMs: this.num(o.durationMs, `${path}.durationMs`),
    }
  }
  scanResult(x: unknown): ScanResult {
    const o = this.object(x, '$.head')
    return {
      tool: { name: 's3-gate', version: this.text(this.object(o.tool, '$.head.tool').version, '$.head.tool.version', 50) },
      cwd: '',
      roots: [],
      findings: this.list(o.findings, '$.head.findings', (f, p) => this.finding(f, p)),
      unknowns: this.list(o.unknowns, '$.head.unknowns', (u, p) => this.unknown(u, p)),
      problems: this.list(o.problems, '$.head.problems', (u, p) => this.problem(u, p)),
      notes: this.list(o.notes, '$.head.notes', (n, p) => this.text(n, p, 500)).slice(0, 200),
      stats: this.stats(o.stats, '$.head.stats'),
      ...(o.shard !== undefined ? { shard: this.shard(o.shard, '$.head.shard') } : {}),
    }
  }
  byFormat(x: unknown, path: string): ScanStats['byFormat'] {
    if (x === undefined) return {}
    const o = this.object(x, path)
    const out: ScanStats['byFormat'] = {}
    for (const f of FORMATS) if (o[f] !== undefined) out[f] = this.int(o[f], `${path}.${f}`, 0, 1e9)
    return out
  }
  shard(x: unknown, path: string): ShardInfo {
    const o = this.object(x, path)
    const count = this.int(o.count, `${path}.count`, 1, 1000)
    return {
      index: this.int(o.index, `${path}.index`, 1, count),
      count,
      ...(o.settings !== undefined ? { settings: this.match(o.settings, `${path}.settings`, /^[0-9a-f]{16}$/) } : {}),
      ...(o.commit !== undefined ? { commit: this.match(o.commit, `${path}.commit`, COMMIT_ID) } : {}),
      ...(o.folder !== undefined ? { folder: o.folder === '' ? '' : this.path(o.folder, `${path}.folder`, false) } : {}),
      ...(o.maxScanFindings !== undefined ? { maxScanFindings: this.int(o.maxScanFindings, `${path}.maxScanFindings`, 1, 1e9) } : {}),
      ...(o.links !== undefined ? { links: this.links(o.links, `${path}.links`) } : {}),
      ...(o.reads !== undefined ? { reads: this.reads(o.reads, `${path}.reads`) } : {}),
      ...(o.readsElsewhere !== undefined ? { readsElsewhere: this.reads(o.readsElsewhere, `${path}.readsElsewhere`) } : {}),
      ...(o.empty !== undefined ? { empty: this.list(o.empty, `${path}.empty`, (f, p) => this.path(f, p)) } : {}),
    }
  }
  /** A shard's files read besides its units' own: paths and sizes, each counted once by the merge. */
  reads(x: unknown, path: string): [string, number][] {
    return this.list(x, path, (r, p) => {
      if (!Array.isArray(r) || r.length !== 2) this.fail(p, 'must be a [file, bytes] pair')
      return [this.path(r[0], `${p}[0]`), this.int(r[1], `${p}[1]`, 0, 1e12)] as [string, number]
    })
  }
  /** A name pattern: its literal pieces (see src/model/stack-links.ts). */
  namePattern(x: unknown, path: string): NamePattern {
    const pieces = this.list(x, path, (s, p) => {
      if (typeof s !== 'string' || s.length > 1024) this.fail(p, 'must be a string of at most 1024 characters')
      return s
    })
    if (pieces.length === 0 || pieces.length > 256) this.fail(path, 'must have 1 to 256 pieces')
    return pieces
  }
  links(x: unknown, path: string): StackLinks {
    const o = this.object(x, path)
    const place = (e: Record<string, unknown>, p: string) => ({
      unit: this.text(e.unit, `${p}.unit`, 2000),
      file: this.path(e.file, `${p}.file`),
      line: this.int(e.line, `${p}.line`, 0, 1e8),
    })
    return {
      buckets: this.list(o.buckets, `${path}.buckets`, (b, p) => {
        const e = this.object(b, p)
        return {
          bucket: this.text(e.bucket, `${p}.bucket`, 2000),
          ...place(e, p),
          exports: this.list(e.exports, `${p}.exports`, (n, q) => this.namePattern(n, q)),
          ...(e.name !== undefined ? { name: this.namePattern(e.name, `${p}.name`) } : {}),
          ...(e.stateOutputs !== undefined
            ? { stateOutputs: this.list(e.stateOutputs, `${p}.stateOutputs`, (n, q) => this.namePattern(n, q)) }
            : {}),
          ...(e.passedTo !== undefined ? { passedTo: this.list(e.passedTo, `${p}.passedTo`, (n, q) => this.namePattern(n, q)) } : {}),
        }
      }),
      policies: this.list(o.policies, `${path}.policies`, (b, p) => {
        const e = this.object(b, p)
        if (e.via !== 'import' && e.via !== 'name' && e.via !== 'remote-state' && e.via !== 'parameter')
          this.fail(`${p}.via`, 'must be "import", "name", "remote-state" or "parameter"')
        return {
          policy: this.text(e.policy, `${p}.policy`, 2000),
          ...place(e, p),
          via: e.via,
          name: this.namePattern(e.name, `${p}.name`),
        }
      }),
      ...(o.forwards !== undefined
        ? {
            forwards: this.list(o.forwards, `${path}.forwards`, (f, p) => {
              const e = this.object(f, p)
              if (typeof e.maybe !== 'boolean') this.fail(`${p}.maybe`, 'must be true or false')
              return { from: this.text(e.from, `${p}.from`, 4000), to: this.text(e.to, `${p}.to`, 4000), maybe: e.maybe as boolean }
            }),
          }
        : {}),
    }
  }
  fingerprints(x: unknown, path: string): string[] {
    return this.list(x, path, (f, p) => this.match(f, p, /^[A-Za-z0-9_-]{1,128}$/))
  }
  unseenAtBase(x: unknown): UnseenAtBase {
    const o = this.object(x, '$.unseenAtBase')
    return {
      changed: this.fingerprints(o.changed, '$.unseenAtBase.changed'),
      unchanged: this.fingerprints(o.unchanged, '$.unseenAtBase.unchanged'),
      untraced: this.fingerprints(o.untraced, '$.unseenAtBase.untraced'),
    }
  }
  /** Line maps must be what `buildLineMap` makes: runs ascending and disjoint, inside both files. */
  lineMaps(x: unknown): LineMapEntry[] {
    const seen = new Set<string>()
    return this.list(x, '$.lineMaps', (e, p) => {
      const o = this.object(e, p)
      const file = this.path(o.file, `${p}.file`)
      if (seen.has(file)) this.fail(`${p}.file`, 'must not repeat a file')
      seen.add(file)
      const mergeLines = this.int(o.mergeLines, `${p}.mergeLines`, 0, 1e8)
      const headLines = this.int(o.headLines, `${p}.headLines`, 0, 1e8)
      let nextMerge = 1
      let nextHead = 1
      const runs = this.list(o.runs, `${p}.runs`, (r, q): [number, number, number] => {
        if (!Array.isArray(r) || r.length !== 3) this.fail(q, 'must be [mergeStart, headStart, length]')
        const merge = this.int(r[0], `${q}[0]`, nextMerge, mergeLines)
        const head = this.int(r[1], `${q}[1]`, nextHead, headLines)
        const length = this.int(r[2], `${q}[2]`, 1, Math.min(mergeLines - merge, headLines - head) + 1)
        nextMerge = merge + length
        nextHead = head + length
        return [merge, head, length]
      })
      return { file, mergeLines, headLines, runs, complete: this.bool(o.complete, `${p}.complete`) }
    })
  }
  policy(x: unknown): Policy {
    const o = this.object(x, '$.policy')
    if (!isThreshold(o.failOn) || !isThreshold(o.commentOn)) this.fail('$.policy', 'must have failOn and commentOn thresholds')
    return {
      failOn: o.failOn,
      commentOn: o.commentOn,
      scope: o.scope === 'all' ? 'all' : 'changed',
      ...(o.config !== undefined ? { config: this.text(o.config, '$.policy.config', 500) } : {}),
      paths: this.list(o.paths, '$.policy.paths', (p, q) => this.text(p, q, 500)).slice(0, 100),
    }
  }
  baseline(x: unknown): BaselineStatus {
    const o = this.object(x, '$.baseline')
    if (o.state === 'compared')
      return {
        state: 'compared',
        commit: this.sha(o.commit, '$.baseline.commit'),
        description: this.text(o.description, '$.baseline.description', 500),
      }
    if (o.state === 'unavailable' || o.state === 'not-applicable')
      return { state: o.state, reason: this.text(o.reason, '$.baseline.reason', 500) }
    return this.fail('$.baseline.state', 'must be compared, unavailable or not-applicable')
  }
}
