/**
 * Combines the results of the n shards of one scan (`--shard i/n`) into the result one unsharded
 * scan gives. Each scan unit (a template, a Terraform root module, a cloud assembly) runs in
 * exactly one shard, so findings, unknowns and problems are simply joined; only what the
 * configuration adds after the scan (exception warnings) is computed per shard and is reconciled
 * here. Shard results are untrusted input: see `read-shards.ts` for the checks before this runs.
 */
import { CONFIG_WARNING_CODES } from '../config/warning-codes.js'
import { appendAll } from '../append.js'
import type { Finding, Problem } from '../engine/finding.js'
import { parseErrorFinding } from '../process-unit.js'
import { plugins } from '../parsers/registry.js'
import { ConfigurationError } from '../errors.js'
import { joinLinks } from '../cross-stack.js'
import {
  compareFindings,
  compareProblems,
  compareUnknowns,
  dropDuplicates,
  dropRepeats,
  linkStacks,
  sameProblem,
  sameUnknown,
} from '../scan.js'
import type { ScanResult } from '../scan-result.js'

/** A shard result that cannot be merged: the user's workflow must be fixed (exit code 2). */
export class MergeError extends ConfigurationError {
  override name = 'MergeError'
}

export interface ShardPart {
  /** Where it came from (a file name), for messages. */
  source: string
  result: ScanResult
  /**
   * For an action results file: the repository, commit and pull request it was written for, and
   * where it scanned. The action records its commit there, not in `result.shard.commit`.
   */
  run?: ShardRun
}

export interface ShardRun {
  repository: string
  headSha: string
  pullRequest?: number
  pathPrefix: string
  checkout?: string
}

/**
 * Checks that the parts are the shards 1..n of one scan, each exactly once, from this version of
 * s3-gate, and returns them in shard order. A missing shard would hide its findings (a silent
 * green), so it is an error, never a partial merge.
 */
export function checkShards(parts: readonly ShardPart[], version: string): ShardPart[] {
  if (parts.length === 0) throw new MergeError('No shard results to merge.')
  for (const p of parts) {
    if (p.result.tool.version !== version) {
      throw new MergeError(
        `${p.source} was written by s3-gate ${p.result.tool.version}, but this is ${version}; run the shards and the merge with the same version (the same action ref).`,
      )
    }
  }
  const unsharded = parts.filter((p) => !p.result.shard)
  if (unsharded.length > 0) {
    if (parts.length === 1) return [...parts]
    throw new MergeError(
      `${unsharded[0]!.source} is not a shard result (it was scanned without \`shard\`); merge only the n results of one sharded scan.`,
    )
  }
  const count = parts[0]!.result.shard!.count
  const byIndex = new Map<number, ShardPart>()
  for (const p of parts) {
    const s = p.result.shard!
    if (s.count !== count) {
      throw new MergeError(
        `${p.source} is shard ${s.index}/${s.count}, but ${parts[0]!.source} is one of ${count}; all shards must use the same n.`,
      )
    }
    const other = byIndex.get(s.index)
    if (other) throw new MergeError(`${other.source} and ${p.source} are both shard ${s.index}/${count}.`)
    byIndex.set(s.index, p)
  }
  // Shards scanned with other paths, configuration or limits, or of another commit, would merge
  // into a result that no one scan gives.
  const first = parts[0]!
  const a = first.result.shard!
  for (const p of parts) {
    const b = p.result.shard!
    if ((a.settings ?? null) !== (b.settings ?? null)) {
      throw new MergeError(
        `${p.source} and ${first.source} were scanned with different paths, configuration or limits (settings ${b.settings ?? 'unrecorded'} and ${a.settings ?? 'unrecorded'}); run every shard with the same options.`,
      )
    }
    // Their paths are relative to the folder scanned: from two folders they name different files.
    if ((a.folder ?? null) !== (b.folder ?? null)) {
      throw new MergeError(
        `${p.source} and ${first.source} were scanned in different folders of the repository (${shown(b.folder)} and ${shown(a.folder)}); run every shard from the same folder.`,
      )
    }
    if ((a.commit ?? null) !== (b.commit ?? null)) {
      throw new MergeError(
        `${p.source} and ${first.source} are of different commits (${b.commit?.slice(0, 7) ?? 'unrecorded'} and ${a.commit?.slice(0, 7) ?? 'unrecorded'}); merge only the shards of one run.`,
      )
    }
  }
  checkRuns(parts)
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i))
  if (missing.length > 0) {
    throw new MergeError(
      `Shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing; a merge without ${missing.length === 1 ? 'it' : 'them'} would hide ${missing.length === 1 ? 'its' : 'their'} findings. Did a shard job fail or its artifact not download?`,
    )
  }
  return Array.from({ length: count }, (_, i) => byIndex.get(i + 1)!)
}

/**
 * Results files of the action say which run they are of: shards of another commit, pull request or
 * repository would merge into a result that no one scan gives (and a stale shard's findings
 * would stand for the current code's), so `s3-gate merge` refuses them as the action's merge does.
 */
function checkRuns(parts: readonly ShardPart[]): void {
  const withRun = parts.filter((p) => p.run)
  const first = withRun[0]
  if (!first) return
  const same = (what: string, value: (r: ShardRun) => unknown) => {
    const want = value(first.run!)
    const other = withRun.find((p) => value(p.run!) !== want)
    if (other) throw new MergeError(`${other.source} and ${first.source} differ in ${what}; they are not shards of one scan.`)
  }
  same('the repository', (r) => r.repository.toLowerCase())
  same('the commit', (r) => r.headSha)
  same('the pull request', (r) => r.pullRequest ?? null)
  same('the scanned directory', (r) => r.pathPrefix)
  same('the checkout folder', (r) => r.checkout ?? null)
}

const shown = (folder: string | undefined) => (folder === undefined ? 'unrecorded' : folder === '' ? 'the root' : `"${folder}"`)

/**
 * Shards that together hold more findings than one scan may: one scan would have reported only
 * the units that fit, with a `SCAN_FINDINGS_LIMIT` error for the rest, and failed the gate. The
 * merge keeps every finding, and fails it the same way (at line 1 of the file of the first finding
 * past the limit), unless a shard reached the limit itself and already says so. `held`: the
 * shards' findings and unknowns as they hold them, never more than one scan's units do (each
 * shard took its own units' duplicates once, and left out what `exclude:` names).
 */
function pastScanLimit(merged: ScanResult, held: number, limit: number | undefined): { problem: Problem; finding: Finding } | undefined {
  if (limit === undefined || held <= limit || merged.problems.some((p) => p.code === 'SCAN_FINDINGS_LIMIT')) return undefined
  const past = merged.findings[Math.min(limit, merged.findings.length - 1)] ?? merged.findings[0]
  const file = past?.location.file ?? merged.unknowns[0]?.location.file ?? '.'
  const problem: Problem = {
    code: 'SCAN_FINDINGS_LIMIT',
    file,
    line: 1,
    column: 1,
    message: `the shards together hold ${held.toLocaleString('en-US')} findings and unknowns, more than the ${limit.toLocaleString('en-US')} one scan holds (max-scan-findings): one scan would have left the units past it out of its report; the merge reports them all`,
    level: 'error',
  }
  return { problem, finding: parseErrorFinding(problem, past?.format ?? 'cloudformation') }
}

const problemKey = (p: Problem) => `${p.code}\u0000${p.file}\u0000${p.line}\u0000${p.column}`

/**
 * Merges checked shards (see `checkShards`), sorted exactly as `scan()` sorts its result.
 */
export function mergeScanResults(parts: readonly ShardPart[], version: string): ScanResult {
  const shards = checkShards(parts, version)
  if (shards.length === 1 && !shards[0]!.result.shard) return shards[0]!.result
  const first = shards[0]!.result
  const merged: ScanResult = {
    tool: { name: 's3-gate', version },
    cwd: first.cwd,
    roots: first.roots,
    findings: [],
    unknowns: [],
    problems: [],
    notes: [],
    stats: { files: 0, bytes: 0, units: 0, byFormat: {}, buckets: 0, durationMs: 0 },
  }
  // Exception and include warnings come from each shard's own view of the findings: an exception
  // is unused, or an include unmatched, only if it is so in every shard; an expired exception is
  // reported once.
  const config = new Map<string, { problem: Problem; shards: number }>()
  const notes = new Set<string>()
  // Each shard counted the files its units read besides their own; one scan counts each once.
  const reads = new Map<string, number>()
  const elsewhere = new Map<string, number>()
  const empty = new Set<string>()
  // What the shards hold as one scan's limit counts it: before the findings of a module that root
  // modules in several shards call are taken once, and before cross-stack links (one scan counts
  // each unit's findings as the unit reports them). Counted after, two root modules in two shards
  // calling a module of many buckets stayed under the limit that one scan of them reached.
  // Parse errors are left out: a file discovery refused (too large) is no unit's, and one scan does
  // not count it.
  let held = 0
  for (const { result } of shards) {
    held += result.unknowns.length
    for (const f of result.findings) if (f.ruleId !== 'parse-error') held++
    appendAll(merged.findings, result.findings)
    appendAll(merged.unknowns, result.unknowns)
    for (const p of result.problems) {
      if (!CONFIG_WARNING_CODES.has(p.code)) {
        merged.problems.push(p)
        continue
      }
      const key = problemKey(p)
      const seen = config.get(key)
      if (!seen) config.set(key, { problem: p, shards: 1 })
      else {
        seen.shards++
        // "…; matching findings are reported again" when some shard had matching findings.
        if (p.code === 'EXCEPTION_EXPIRED' && p.message.length > seen.problem.message.length) seen.problem = p
      }
    }
    for (const n of result.notes) notes.add(n)
    const s = result.stats
    const shardReads = result.shard?.reads ?? []
    // Clamped: a shard file that lists more reads than files it counted is not believed.
    merged.stats.files += Math.max(0, s.files - shardReads.length)
    merged.stats.bytes += Math.max(0, s.bytes - shardReads.reduce((n, [, bytes]) => n + bytes, 0))
    for (const [file, bytes] of shardReads) reads.set(file, bytes)
    for (const [file, bytes] of result.shard?.readsElsewhere ?? []) elsewhere.set(file, bytes)
    for (const file of result.shard?.empty ?? []) empty.add(file)
    merged.stats.units += s.units
    merged.stats.buckets += s.buckets
    // The shards ran side by side: the merged scan took as long as the slowest.
    merged.stats.durationMs = Math.max(merged.stats.durationMs, s.durationMs)
    for (const [format, n] of Object.entries(s.byFormat) as [keyof typeof s.byFormat, number][]) {
      merged.stats.byFormat[format] = (merged.stats.byFormat[format] ?? 0) + n
    }
  }
  for (const [file, bytes] of elsewhere) if (empty.has(file) && !reads.has(file)) reads.set(file, bytes)
  for (const bytes of reads.values()) {
    merged.stats.files++
    merged.stats.bytes += bytes
  }
  // In the order one scan lists them (the order of the format plugins), not the order shards ran.
  const order = plugins.map((p) => p.format)
  merged.stats.byFormat = Object.fromEntries(
    Object.entries(merged.stats.byFormat).sort(([a], [b]) => order.indexOf(a as never) - order.indexOf(b as never)),
  )
  for (const { problem, shards: n } of config.values()) {
    if ((problem.code === 'UNUSED_EXCEPTION' || problem.code === 'INCLUDE_UNMATCHED') && n < shards.length) continue
    merged.problems.push(problem)
  }
  // A module that root modules in different shards call gives each shard the same finding; one
  // scan reports it once.
  merged.findings = dropDuplicates(merged.findings)
  linkStacks(merged, joinLinks(shards.map((s) => s.result.shard?.links)))
  merged.findings.sort(compareFindings)
  const limitProblem = pastScanLimit(merged, held, first.shard?.maxScanFindings)
  if (limitProblem) merged.findings = [...merged.findings, limitProblem.finding].sort(compareFindings)
  if (limitProblem) merged.problems.push(limitProblem.problem)
  merged.problems = dropRepeats(merged.problems.sort(compareProblems), sameProblem)
  merged.unknowns = dropRepeats(merged.unknowns.sort(compareUnknowns), sameUnknown)
  merged.notes = [...new Set([...notes, ...merged.notes])].sort()
  return merged
}
