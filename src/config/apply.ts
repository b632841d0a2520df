/**
 * Applies the central configuration to a finished scan: path includes/excludes and exceptions
 * (reason required; an expired exception stops applying and says so; an unused one is reported).
 */
import type { Rule } from '../engine/define-rule.js'
import { appendAll } from '../append.js'
import type { Finding, Problem } from '../engine/finding.js'
import { isExpired, suppressionMatches } from '../engine/suppressions.js'
import type { ScanResult } from '../scan-result.js'
import type { GateConfig } from './types.js'
import { compileGlob, GlobBudgetExceeded, type Glob, type GlobBudget } from './glob.js'
import { ConfigurationError } from '../errors.js'
import { activeRuleIds } from './profiles.js'
import { quoted } from './schema.js'
import { trimTrailing } from '../trim.js'

/** Pattern positions all globs of one configuration may follow (see `GlobBudget`): a few seconds. */
const GLOB_BUDGET = 300_000_000

export function applyConfig(
  result: ScanResult,
  config: GateConfig,
  rules: readonly Rule[],
  now: Date,
  scannedFiles: Iterable<string> = [],
): void {
  try {
    applyConfigWithin({ left: GLOB_BUDGET }, result, config, rules, now, scannedFiles)
  } catch (e) {
    if (!(e instanceof GlobBudgetExceeded)) throw e
    throw new ConfigurationError(
      `${config.source ?? '.s3-gate.yml'}: its include, exclude and exception globs take too long to match against this scan's findings (more than ${GLOB_BUDGET.toLocaleString('en-US')} steps); use fewer globs or fewer ** and * in each.`,
    )
  }
}

function applyConfigWithin(
  budget: GlobBudget,
  result: ScanResult,
  config: GateConfig,
  rules: readonly Rule[],
  now: Date,
  scannedFiles: Iterable<string>,
): void {
  const glob = (text: string) => compileGlob(text, budget)
  const include = config.include.map(glob)
  const exclude = config.exclude.map(glob)
  // Once per file, not per finding: with a few thousand globs, asking each glob again for every
  // finding of a file was most of a two-minute run.
  const kept = new Map<string, boolean>()
  const keep = (file: string) => {
    let k = kept.get(file)
    if (k === undefined) {
      k = (!include.length || include.some((re) => re.test(file))) && !exclude.some((re) => re.test(file))
      kept.set(file, k)
    }
    return k
  }
  const unmatched = include.length ? unmatchedIncludes(result, config, include, scannedFiles) : []
  if (include.length || exclude.length) {
    result.findings = result.findings.filter((f) => keep(f.location.file))
    result.unknowns = result.unknowns.filter((u) => keep(u.location.file))
    result.problems = result.problems.filter((p) => keep(p.file))
  }
  appendAll(result.problems, unmatched)
  if (config.unread !== undefined)
    result.problems.push({
      code: 'CONFIG_NOT_READ',
      file: config.unread,
      line: 1,
      column: 1,
      message: `s3-gate reads its configuration from .s3-gate.yml (or .s3-gate.yaml) in the working directory, not from ${quoted(config.unread)}: the scan ran on the defaults; rename it, or name it with --config (the action's \`config\` input)`,
      level: 'warning',
    })
  const byId = new Map(rules.map((r) => [r.id, r]))
  const used = new Set<number>()
  const file = config.source ?? '.s3-gate.yml'
  // Findings by rule, so that an exception looks only at the rules it names: the configuration
  // comes with the pull request, and 5,000 exceptions over 18,000 findings took 67 s when each
  // exception matched its rule against every finding.
  const byRule = new Map<string, Finding[]>()
  if (config.exceptions.length)
    for (const f of result.findings) {
      const list = byRule.get(f.ruleId)
      if (list) list.push(f)
      else byRule.set(f.ruleId, [f])
    }
  // And by rule and resource, or file, for an exception naming one literally: 10,000 exceptions
  // each for one resource still went through all 220,000 findings of their rule.
  const byRuleAnd = new Map<string, Map<string, Finding[]>>()
  const findingsOf = (ruleId: string, all: Finding[], key: 'resource' | 'file', value: string): Finding[] => {
    const k = `${key}\u0000${ruleId}`
    let index = byRuleAnd.get(k)
    if (!index) {
      index = new Map()
      for (const f of all) {
        const v = key === 'resource' ? f.resource : f.location.file
        const list = index.get(v)
        if (list) list.push(f)
        else index.set(v, [f])
      }
      byRuleAnd.set(k, index)
    }
    return index.get(value) ?? []
  }
  config.exceptions.forEach((ex, i) => {
    const resource = ex.resource ? glob(ex.resource) : undefined
    const path = ex.path ? glob(ex.path) : undefined
    for (const [ruleId, all] of byRule) {
      if (!suppressionMatches(ex.rule, byId.get(ruleId), ruleId)) continue
      const findings =
        resource?.literal !== undefined
          ? findingsOf(ruleId, all, 'resource', resource.literal)
          : path?.literal !== undefined
            ? findingsOf(ruleId, all, 'file', path.literal)
            : all
      for (const f of findings) {
        if (f.suppressed) continue
        if (resource && !resource.test(f.resource)) continue
        if (path && !path.test(f.location.file)) continue
        used.add(i)
        if (isExpired(ex.expires, now)) continue
        f.suppressed = true
        f.suppression = {
          kind: 'config',
          syntax: file,
          reason: ex.reason,
          until: ex.expires,
          at: {
            file,
            line: ex.line ?? 1,
            column: ex.column ?? 1,
            endLine: ex.line ?? 1,
            endColumn: ex.column ?? 1,
            path: `exceptions[${i}]`,
          },
        }
      }
    }
  })
  const active = new Set(activeRuleIds(config, rules))
  config.exceptions.forEach((ex, i) => {
    const where = { file, line: ex.line ?? 1, column: ex.column ?? 1 }
    const what = `the exception for ${ex.rule}${ex.resource ? ` on ${ex.resource}` : ''}${ex.path ? ` in ${ex.path}` : ''}`
    if (isExpired(ex.expires, now))
      result.problems.push({
        code: 'EXCEPTION_EXPIRED',
        ...where,
        message: `${what} expired on ${ex.expires}${used.has(i) ? '; matching findings are reported again' : ''}`,
        level: 'warning',
      })
    else if (!used.has(i) && active.has(ex.rule))
      result.problems.push({ code: 'UNUSED_EXCEPTION', ...where, message: `${what} matches no finding; remove it`, level: 'warning' })
  })
}

/**
 * An include that matches none of the scanned files (`infra` or `./infra/**` for the folder
 * `infra/**`) silently reports nothing from them, and the gate passes: each one is a warning at
 * its line.
 */
function unmatchedIncludes(result: ScanResult, config: GateConfig, include: Glob[], scannedFiles: Iterable<string>): Problem[] {
  const files = new Set(scannedFiles)
  for (const f of result.findings) files.add(f.location.file)
  for (const u of result.unknowns) files.add(u.location.file)
  for (const p of result.problems) files.add(p.file)
  const unmatched = new Set(include.keys())
  for (const file of files) {
    for (const i of unmatched) if (include[i]!.test(file)) unmatched.delete(i)
    if (!unmatched.size) return []
  }
  return [...unmatched].map((i) => ({
    code: 'INCLUDE_UNMATCHED',
    file: config.source ?? '.s3-gate.yml',
    ...(config.includeAt?.[i] ?? { line: 1, column: 1 }),
    message: `include ${quoted(config.include[i])} matches none of the scanned files, so it reports nothing${includeHint(config.include[i]!)}; globs are paths from the working directory, with "/"`,
    level: 'warning',
  }))
}

/** What was probably meant: `infra`, `infra/` and `./infra` name a folder, which takes `infra/**`. */
function includeHint(glob: string): string {
  // Trimmed by hand, not with /\/+$/: the glob comes with the pull request, and that RegExp is
  // quadratic on a long run of slashes.
  let start = 0
  while (glob.startsWith('./', start) || glob.startsWith('/', start)) start += glob.startsWith('./', start) ? 2 : 1
  const bare = trimTrailing(glob.slice(start), '/')
  if (!bare) return ''
  const last = bare.slice(bare.lastIndexOf('/') + 1)
  if (!bare.includes('*') && !last.includes('.')) return ` (for the folder, write ${quoted(`${bare}/**`)})`
  return bare !== glob ? ` (write ${quoted(bare)})` : ''
}
