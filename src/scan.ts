/**
 * The pure core both shells call: discover files, group them into units per format, process the
 * units (in worker threads when it pays), then apply the configuration. No process.env, no network.
 */
import { COLLECT_AFTER_FINDINGS, collectGarbage } from './collect-garbage.js'
import { appendAll } from './append.js'
import { performance } from 'node:perf_hooks'
import { createHash } from 'node:crypto'
import { applyConfig } from './config/apply.js'
import { activeRuleIds } from './config/profiles.js'
import { discover, resolveRoots } from './discovery.js'
import type { Finding, Problem, UnknownResult } from './engine/finding.js'
import { fingerprint } from './engine/fingerprint.js'
import type { Logger } from './logger.js'
import type { ScanOptions } from './options.js'
import { loadPlugins, plugins } from './parsers/registry.js'
import type { PassedValue, ScanUnit } from './parsers/types.js'
import { sameCallValue, type CallValue } from './parsers/cloudformation/stack-parameters.js'
import { joinLinks, linkForeignPolicies, MAX_LINK_PAIRS } from './cross-stack.js'
import type { StackLinks } from './model/stack-links.js'
import { dropSupersededBySourcesPlan, shardPlansWithTheirSources } from './plan-supersedes.js'
import { parseErrorFinding, processUnit, type UnitJob, type UnitResult } from './process-unit.js'
import type { ScanResult } from './scan-result.js'
import { shardNestedStacksWithParents } from './shard-nested-stacks.js'
import { settingsDigest } from './scan-settings.js'
import { VERSION } from './version.js'
import { wasLetGo } from './scan-findings-cap.js'
import { resultCount } from './unit-reuse.js'
import { autoPool, MAX_WORKERS, runUnits, workerLimits } from './worker-pool.js'
import { rules, rulesById } from '../rules/index.js'

/** The module URL of the running bundle, set by the entry point so workers can load it. */
let entryUrl: string | undefined
export function setEntryUrl(url: string): void {
  entryUrl = url
}

export function shardOf(unitId: string, count: number): number {
  const h = createHash('sha1').update(unitId).digest()
  return (h.readUInt32BE(0) % count) + 1
}

function* filesOf(units: readonly ScanUnit[]): Iterable<string> {
  for (const u of units) for (const f of u.files) yield f.rel
}

interface ReadsBesides {
  /** Counted by this scan. */
  counted: Map<string, number>
  /** Of units of other shards: the merge counts those whose unit held nothing (`empty`). */
  elsewhere: Map<string, number>
  /** Files of this scan's units that held nothing. */
  empty: string[]
}

/**
 * What units read besides their own files (a called module's folder, `file()`), each file once
 * however many units read it. A file that is some unit's own is that unit's to count, unless the
 * unit held nothing (a JSON file that only mentions `AWS::`, read by `file()`).
 */
function readsBesides(selected: readonly ScanUnit[], results: readonly UnitResult[], units: readonly ScanUnit[]): ReadsBesides {
  const out: ReadsBesides = { counted: new Map(), elsewhere: new Map(), empty: [] }
  results.forEach((r, i) => {
    if (!r.files) for (const f of selected[i]!.files) out.empty.push(f.rel)
  })
  if (!results.some((r) => r.reads)) return out
  const empty = new Set(out.empty)
  const here = new Set(filesOf(selected))
  const planned = selected === units ? here : new Set(filesOf(units))
  for (const r of results)
    for (const [file, bytes] of r.reads ?? []) {
      if (!planned.has(file) || empty.has(file)) out.counted.set(file, bytes)
      else if (!here.has(file)) out.elsewhere.set(file, bytes)
    }
  return out
}

/** "1 file", "2 files". */
const counted = (n: number, noun: string) => `${n} ${plural(n, noun)}`
const plural = (n: number, noun: string) => (n === 1 ? noun : `${noun}s`)

/** `b[2]` before `b[10]`: instances of one `count`/`for_each` on one line read in order. */
const resourceOrder = new Intl.Collator('en', { numeric: true })

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Findings and unknowns alike: by place, rule, resource, then fingerprint and message (a total order). */
export function compareFindings(a: Finding | UnknownResult, b: Finding | UnknownResult): number {
  return comparePlaces(a, b) || byText(a.fingerprint, b.fingerprint) || byText(a.message, b.message)
}

/** By place, rule and resource: what `compareFindings` sorts by first (`dropDuplicates` runs on it). */
function comparePlaces(a: Finding | UnknownResult, b: Finding | UnknownResult): number {
  return (
    byText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    byText(a.ruleId, b.ruleId) ||
    (a.resource === b.resource ? 0 : resourceOrder.compare(a.resource, b.resource))
  )
}

export const compareUnknowns = compareFindings

/** Links bucket policies to the buckets of other templates (src/cross-stack.ts), with a note. */
export function linkStacks(result: ScanResult, links: StackLinks): void {
  const title = (id: string) => rulesById.get(id)?.meta.title ?? id
  const { findings, linked, cut } = linkForeignPolicies(result.findings, result.unknowns, links, title)
  if (cut)
    result.notes.push(
      `cross-stack links were weighed for ${MAX_LINK_PAIRS.toLocaleString('en-US')} bucket and policy pairs and no more: findings about a missing bucket policy past them stay`,
    )
  result.findings = findings
  if (linked > 0)
    result.notes.push(
      `${counted(linked, 'finding')} about a missing bucket policy or statement went, or became unknown: a bucket policy in another template or root module is, or may be, for that bucket`,
    )
}

/**
 * A sorted list without the entries equal to the one before them: two root modules calling one
 * module, or a plan read beside its sources, reach the same unknown or warning twice (their
 * findings are merged by `dropDuplicates`). Of equal unknowns the first kept is the one with
 * the smallest fingerprint, as sorted, so a merge of shards keeps the same one.
 */
export function dropRepeats<T>(sorted: T[], same: (a: T, b: T) => boolean): T[] {
  return sorted.filter((x, i) => i === 0 || !same(sorted[i - 1]!, x))
}

export const sameUnknown = (a: UnknownResult, b: UnknownResult): boolean =>
  comparePlaces(a, b) === 0 && a.resource === b.resource && a.message === b.message && a.why === b.why

export const sameProblem = (a: Problem, b: Problem): boolean => compareProblems(a, b) === 0 && a.level === b.level

export function compareProblems(a: Problem, b: Problem): number {
  return byText(a.file, b.file) || a.line - b.line || a.column - b.column || byText(a.code, b.code) || byText(a.message, b.message)
}

export async function scan(options: ScanOptions, logger: Logger): Promise<ScanResult> {
  const t0 = performance.now()
  const roots = resolveRoots(options.paths, options.cwd)
  const found = await logger.group('Finding files', async () => discover(roots, options.cwd, options.limits.maxFileBytes, logger))
  const candidates = [...found.files]
  const units: ScanUnit[] = []
  for (const plugin of plugins) {
    appendAll(units, plugin.plan(candidates, { roots, cwd: options.cwd, debug: (m) => logger.debug(m) }))
  }
  // Heads are for planning. Kept, they went to the workers with every unit and stayed in the main
  // thread for the whole scan: 4 KiB per JSON file, 5.7 MB on the 98 MB memory probe.
  for (const f of found.files) f.head = ''
  shardPlansWithTheirSources(units)
  if (options.shard && units.some((u) => u.plugin === 'cloudformation')) {
    const { nestedTemplatePaths } = await import('./parsers/cloudformation/nested-template-file.js')
    shardNestedStacksWithParents(units, (text, file) => nestedTemplatePaths(text, file, options.limits))
  }
  let selected = units
  let discoveryProblems = found.problems
  if (options.shard) {
    const { index, count } = options.shard
    selected = units.filter((u) => shardOf(u.shardKey ?? u.id, count) === index)
    // A file discovery refused (too large) belongs to one shard too, or every shard would report it.
    discoveryProblems = found.problems.filter((p) => shardOf(p.file, count) === index)
    logger.info(`shard ${index}/${count}: ${selected.length} of ${counted(units.length, 'unit')}`)
  }
  const job: UnitJob = {
    roots,
    cwd: options.cwd,
    limits: options.limits,
    severity: options.config.severity,
    disabled: options.config.disable,
    // The profile (default when none) decides which rules run; `rules:`/`disable:`/`enable:` adjust it.
    enabled: activeRuleIds(options.config, rules),
    allowInline: options.config.allowInlineSuppressions,
    now: options.now.toISOString(),
  }
  const reuse = options.reuse
  if (reuse?.role === 'keep') job.recordInputs = true
  const taken = reuse?.role === 'take' ? reuse.store.takeOver(selected, job) : new Map<number, UnitResult>()
  const toRun = taken.size ? selected.filter((_, i) => !taken.has(i)) : selected
  // `--workers N`: N workers, and the main thread scans alongside them.
  const { workers, mainHelps } = options.workers === undefined ? autoPool(toRun, entryUrl) : { workers: options.workers, mainHelps: true }
  // The readers of the formats this scan has (all of `selected`: a re-run below takes them all).
  await loadPlugins(selected.map((u) => u.plugin))
  const t1 = performance.now()
  const run = (units: ScanUnit[]) => runUnits(units, job, workers, entryUrl, workerLimits(units), mainHelps)
  let results = await logger.group('Scanning', async () => withTaken(selected, taken, await run(toRun)))
  // At the scan's limit, which units are reported depends on all of them in scan order, as
  // `runUnits` applies it: that is what a scan without taken-over results reports.
  if (taken.size && (resultCount(results) > job.limits.maxScanFindings || results.some(wasLetGo))) results = await run(selected)
  if (reuse?.role === 'keep') reuse.store.keep(selected, results, job)
  results = withParentParameters(selected, results, job, logger, units)
  results = withPlanVariables(selected, results, job, logger)
  if (taken.size)
    logger.info(`took over ${taken.size} of ${counted(selected.length, 'unit')} from the head scan: every file they read is the same`)
  const result: ScanResult = {
    tool: { name: 's3-gate', version: VERSION },
    cwd: options.cwd,
    roots,
    findings: [],
    unknowns: [],
    problems: [...discoveryProblems],
    notes: [],
    stats: { files: 0, bytes: 0, units: 0, byFormat: {}, buckets: 0, durationMs: 0 },
    ...(options.shard
      ? {
          shard: {
            ...options.shard,
            settings: settingsDigest(options),
            ...(options.commit ? { commit: options.commit } : {}),
            maxScanFindings: options.limits.maxScanFindings,
          },
        }
      : {}),
  }
  for (const p of discoveryProblems) if (p.level === 'error') result.findings.push(parseErrorFinding(p, 'cloudformation'))
  dropSupersededBySourcesPlan(results)
  for (const r of results) {
    for (const d of r.debug) logger.debug(d)
    appendAll(result.findings, r.findings)
    appendAll(result.unknowns, r.unknowns)
    appendAll(result.problems, r.problems)
    appendAll(result.notes, r.notes)
    result.stats.files += r.files
    result.stats.bytes += r.bytes
    result.stats.buckets += r.buckets
    // A unit that held no infrastructure (an earlier shard's JSON output in the scanned folder)
    // is not counted, so a merge of shards gives the unsharded scan's stats.
    if (!r.files) continue
    result.stats.units++
    result.stats.byFormat[r.format] = (result.stats.byFormat[r.format] ?? 0) + r.files
  }
  const reads = readsBesides(selected, results, units)
  for (const bytes of reads.counted.values()) {
    result.stats.files++
    result.stats.bytes += bytes
  }
  if (result.shard) {
    const sorted = (m: Map<string, number>) => [...m].sort(([a], [b]) => byText(a, b))
    if (reads.counted.size) result.shard.reads = sorted(reads.counted)
    if (reads.elsewhere.size) result.shard.readsElsewhere = sorted(reads.elsewhere)
    if (reads.empty.length) result.shard.empty = reads.empty.sort(byText)
  }
  result.findings = dropDuplicates(result.findings)
  // Every planned unit, whatever the shard: an include is checked against the whole scan, and the
  // files its units read besides (`include: ["modules/**"]` names scanned files).
  applyConfig(result, options.config, rules, options.now, [...filesOf(units), ...reads.counted.keys(), ...reads.elsewhere.keys()])
  const links = joinLinks(results.map((r) => r.stackLinks))
  // A shard may hold a policy and not its bucket: the merge links them, over every shard at once.
  if (result.shard) {
    if (links.buckets.length > 0 || links.policies.length > 0 || links.forwards) result.shard.links = links
  } else linkStacks(result, links)
  result.findings.sort(compareFindings)
  // Problems, unknowns and notes in a fixed order too, not the order units happened to be planned
  // in, so a merge of shards (`s3-gate merge`) reproduces an unsharded scan exactly.
  result.problems = dropRepeats(result.problems.sort(compareProblems), sameProblem)
  result.unknowns = dropRepeats(result.unknowns.sort(compareUnknowns), sameUnknown)
  result.notes = [...new Set(result.notes)].sort()
  // What combining, configuring and sorting left behind, before the output adds its own.
  if (result.findings.length > COLLECT_AFTER_FINDINGS) collectGarbage()
  result.stats.durationMs = Math.round(performance.now() - t0)
  // The threads `runUnits` started: `--workers 1000` on three units starts three.
  const started = entryUrl ? Math.max(0, Math.min(workers, toRun.length, MAX_WORKERS)) : 0
  logger.info(
    `scanned ${counted(result.stats.files, 'file')} (${counted(result.stats.units, 'unit')}, ${counted(result.stats.buckets, 'bucket')}) in ${result.stats.durationMs} ms` +
      ` (discovery ${Math.round(t1 - t0)} ms${started ? `, ${counted(started, 'worker')}${mainHelps ? ' and the main thread' : ''}` : ''}); ${counted(result.findings.filter((f) => !f.suppressed).length, 'finding')}`,
  )
  return result
}

/**
 * Nested templates scanned again with what their parents pass to their parameters: read alone, a
 * parameter is taken at its default, and `Acl: PublicReadWrite` passed to a child whose `Acl`
 * defaults to `Private` read as private. Parents that pass a template different values leave the
 * parameter unknown. Only a parent in the same scan (or shard) is seen.
 */
function withParentParameters(
  units: readonly ScanUnit[],
  results: UnitResult[],
  job: UnitJob,
  logger: Logger,
  planned: readonly ScanUnit[],
): UnitResult[] {
  const final = readWithParentParameters(units, results, job, logger)
  // On the results kept, not before the rounds: a unit read again comes back as a new result,
  // and a warning added to the one it replaced went with it.
  warnMissingChildren(final, planned)
  return final
}

function readWithParentParameters(units: readonly ScanUnit[], results: UnitResult[], job: UnitJob, logger: Logger): UnitResult[] {
  // Round by round: a child read with its parent's values passes them on (`Acl: !Ref Acl`), so a
  // grandchild is read again in the round after its parent. What each unit was read with is kept,
  // so a unit whose parents pass what they passed before is not read again.
  const readWith = new Map<string, string>()
  for (let round = 1; ; round++) {
    const byChild = callsByChild(results)
    if (!byChild.size) return results
    let again = false
    results = results.map((r, i) => {
      const unit = units[i]!
      const child = unit.plugin === 'cloudformation' ? byChild.get(unit.id) : undefined
      if (!child?.passed.size || wasLetGo(r)) return r
      // A parent that leaves a parameter out deploys the child with its default. An ARN read as a
      // passed name's holds only when every parent passes it so. Past the deepest nesting followed,
      // what a parent passes on is unknown, never a value from a round before.
      let passed = [...child.passed].map(([name, { value, calls }]): [string, PassedValue] => [
        name,
        calls === child.calls || value === null ? value : typeof value === 'string' ? { orDefault: value } : null,
      ])
      const key = JSON.stringify(passed)
      if (readWith.get(unit.id) === key) return r
      readWith.set(unit.id, key)
      again = true
      if (round === MAX_NESTING_ROUNDS) passed = passed.map(([name]) => [name, null])
      logger.debug(`${unit.id}: scanned again with the parameters its parent stack passes`)
      return processUnit(unit, { ...job, passedParameters: { [unit.id]: passed } })
    })
    if (!again || round === MAX_NESTING_ROUNDS) return results
  }
}

/** Levels of nested stacks whose parameters are followed from parent to child. */
const MAX_NESTING_ROUNDS = 8

type CallsByChild = Map<string, { calls: number; passed: Map<string, { value: CallValue; calls: number }> }>

function callsByChild(results: readonly UnitResult[]): CallsByChild {
  const byChild: CallsByChild = new Map()
  for (const r of results) {
    for (const call of r.nestedStacks ?? []) {
      let child = byChild.get(call.child)
      if (!child) byChild.set(call.child, (child = { calls: 0, passed: new Map() }))
      child.calls++
      for (const [name, value] of call.passed) {
        const seen = child.passed.get(name)
        if (!seen) child.passed.set(name, { value, calls: 1 })
        else {
          seen.calls++
          if (!sameCallValue(seen.value, value)) seen.value = null
        }
      }
    }
  }
  return byChild
}

/**
 * A nested stack whose local template is not in the scan (no such file, or not a template) is not
 * checked at all: said where the parent names it, never a silent green.
 */
function warnMissingChildren(results: UnitResult[], planned: readonly ScanUnit[]): void {
  let ids: Set<string> | undefined
  for (const r of results) {
    for (const call of r.nestedStacks ?? []) {
      ids ??= new Set(planned.map((u) => u.id))
      if (ids.has(call.child)) continue
      r.problems.push({
        code: 'NESTED_TEMPLATE_MISSING',
        file: call.at.file,
        line: call.at.line,
        column: call.at.column,
        message: `the nested stack's template ${call.child} is not in the scan (no such file, or not a template); its resources were not checked`,
        level: 'warning',
      })
    }
  }
}

/**
 * Root modules read again with the variables the plans beside them were made with (`-var`,
 * `-var-file`, `TF_VAR_`): read alone, a module took its defaults, and a finding the plan's values
 * rule out (a public ACL behind `var.public`, passed as false) stayed beside the plan's reading.
 * A variable the plans of one module set differently, or only some of them set, is unknown.
 */
function withPlanVariables(units: readonly ScanUnit[], results: UnitResult[], job: UnitJob, logger: Logger): UnitResult[] {
  const byUnit = new Map<string, { plans: number; values: Map<string, { json: string | null; plans: number }> }>()
  for (const r of results) {
    if (!r.covers) continue
    let entry = byUnit.get(r.covers.unit)
    if (!entry) byUnit.set(r.covers.unit, (entry = { plans: 0, values: new Map() }))
    entry.plans++
    for (const [name, json] of r.covers.variables ?? []) {
      const seen = entry.values.get(name)
      if (!seen) entry.values.set(name, { json, plans: 1 })
      else entry.values.set(name, { json: seen.json === json ? json : null, plans: seen.plans + 1 })
    }
  }
  return results.map((r, i) => {
    const unit = units[i]!
    const entry = unit.plugin === 'terraform' ? byUnit.get(unit.id) : undefined
    if (!entry?.values.size || wasLetGo(r)) return r
    const values = [...entry.values].map(([name, v]): [string, string | null] => [name, v.plans === entry.plans ? v.json : null])
    logger.debug(`${unit.id}: scanned again with the variables of the plan read beside it`)
    return processUnit(unit, { ...job, planVariables: { [unit.id]: values } })
  })
}

/** The results of `units` in order: those taken over, and the others' from `ran` (in the same order). */
function withTaken(units: readonly ScanUnit[], taken: ReadonlyMap<number, UnitResult>, ran: UnitResult[]): UnitResult[] {
  if (!taken.size) return ran
  let next = 0
  return units.map((_, i) => taken.get(i) ?? ran[next++]!)
}

/**
 * The same finding reached twice (a Terraform plan and its `.tf` sources both map to the `.tf`
 * line; two root modules call one module) is reported once: same rule, resource, place and
 * message. Which one is kept does not depend on the order units finished in, so that a merge of
 * shards keeps the one a single scan keeps: the one with the unit's plain fingerprint (found by
 * the unit that owns the file) if any, else the smallest fingerprint, else the first.
 *
 * `findings` is sorted in place (`compareFindings`), so that duplicates sit in one run of equal
 * file, place, rule and resource; the findings kept come back in that order, except that a run's
 * kept one may have been swapped for a duplicate sorted after it: callers sort again, which costs
 * little on a nearly sorted list. Indexing every finding in a map instead, as before, briefly took
 * more memory than the findings themselves on the largest scans (below "Findings held until the
 * end" in bench/README.md).
 */
export function dropDuplicates(findings: Finding[]): Finding[] {
  findings.sort(compareFindings)
  const kept: Finding[] = []
  /** Where the current run starts in `kept`, and its findings by resource and message once it is long. */
  let run = 0
  let byKey: Map<string, number> | undefined
  for (const f of findings) {
    const last = kept[kept.length - 1]
    // A run is what the sort keeps together: `b["01"]` and `b["1"]` collate as one and share it.
    if (last === undefined || comparePlaces(last, f) !== 0) {
      run = kept.length
      byKey = undefined
      kept.push(f)
      continue
    }
    let same = -1
    if (byKey) same = byKey.get(duplicateKey(f)) ?? -1
    else {
      for (let i = run; i < kept.length; i++)
        if (kept[i]!.message === f.message && kept[i]!.resource === f.resource) {
          same = i
          break
        }
      // Thousands of statements of one policy may report at one place, each with its own message.
      if (same === -1 && kept.length - run >= LONG_RUN) {
        byKey = new Map()
        for (let i = run; i < kept.length; i++) byKey.set(duplicateKey(kept[i]!), i)
      }
    }
    if (same !== -1) {
      if (preferred(f, kept[same]!)) kept[same] = f
      continue
    }
    byKey?.set(duplicateKey(f), kept.length)
    kept.push(f)
  }
  return kept
}

/** Findings of one run past which they are looked up by resource and message instead of one by one. */
const LONG_RUN = 16

function preferred(a: Finding, b: Finding): boolean {
  const plainA = a.fingerprint === fingerprint(a.ruleId, a.resource, a.location.file, a.location.path)
  const plainB = b.fingerprint === fingerprint(b.ruleId, b.resource, b.location.file, b.location.path)
  return plainA !== plainB ? plainA : a.fingerprint < b.fingerprint
}

const duplicateKey = (f: Finding) => `${f.resource}\u0000${f.message}`
