import type { Finding, Problem, TextEdit, UnknownResult } from '../engine/finding.js'
import type { SourceLocation } from '../model/location.js'
import { compareSeverity, meetsThreshold, SEVERITIES, type Severity, type Threshold } from '../engine/severity.js'
import type { ScanResult, ScanStats } from '../scan-result.js'
import { compareFindings } from './compare.js'
import type { UnseenAtBase } from './unseen-cdk.js'

/** `changed`: only findings the pull request introduces gate and get inline comments. */
export type Scope = 'changed' | 'all'
export type Conclusion = 'success' | 'neutral' | 'failure'

export interface Policy {
  failOn: Threshold
  commentOn: Threshold
  /** What the user asked for; see `GateReport.effectiveScope` for what was applied. */
  scope: Scope
  config?: string
  paths: string[]
}

/** How the head scan was compared with the merge base. */
export type BaselineStatus =
  | { state: 'compared'; commit: string; description: string }
  | { state: 'unavailable'; reason: string }
  | { state: 'not-applicable'; reason: string }

/** `new`/`pre-existing` when compared with the base; `unclassified` when it was not. */
export type Origin = 'new' | 'pre-existing' | 'unclassified'

export interface GatedFinding extends Finding {
  origin: Origin
  /** Counts towards the verdict (in scope). */
  gating: boolean
  /** Gating and at or above `fail-on`. */
  blocking: boolean
  /**
   * Set only in the copy of the report the GitHub publishers get (`report/github/remap-report.ts`)
   * when the scanned line is in GitHub's merge commit but has no counterpart at the pull
   * request's head: `location` then holds the nearest head line, and no line comment is made.
   */
  notAtHead?: NotAtHead
}

export interface NotAtHead {
  /** The line in the merge commit (what the scan read). */
  line: number
  /** `base-only`: the base branch brought the line in; `unmatched`: the file was too large or too different to tell. */
  why: 'base-only' | 'unmatched'
}

export interface GateCounts {
  /** Active (unsuppressed) findings at head, by severity. */
  bySeverity: Record<Severity, number>
  total: number
  blocking: number
  advisory: number
  new: number
  preExisting: number
  fixed: number
  suppressed: number
  parseErrors: number
  unknowns: number
}

/** The verdict and everything the publishers show; decided before anything is posted. */
export interface GateReport {
  tool: ScanResult['tool']
  conclusion: Conclusion
  /** One line for the check-run title and the summary heading. */
  headline: string
  policy: Policy
  effectiveScope: Scope
  baseline: BaselineStatus
  /** Active findings at head, ranked: blocking first, then severity, file, line. */
  findings: GatedFinding[]
  fixed: Finding[]
  suppressed: Finding[]
  unknowns: UnknownResult[]
  problems: Problem[]
  notes: string[]
  stats: ScanStats
  counts: GateCounts
  /** Nothing to scan: shown, never a silent green. */
  noFiles: boolean
}

export interface GateInput {
  head: ScanResult
  /** The scan of the merge base, when `baseline.state === 'compared'`. */
  base?: ScanResult
  baseline: BaselineStatus
  policy: Policy
  /** CDK findings from templates the base does not have, classified by the changed lines. */
  unseenAtBase?: UnseenAtBase
}

/** Decides the verdict. Pure: the same input always gives the same report. */
export function decideGate({ head, base, baseline, policy, unseenAtBase }: GateInput): GateReport {
  const active = head.findings.filter((f) => !f.suppressed)
  const suppressed = head.findings.filter((f) => f.suppressed)
  const compared = baseline.state === 'compared' && base !== undefined
  const effectiveScope: Scope = compared ? policy.scope : 'all'

  let originOf = (_f: Finding): Origin => 'unclassified'
  let fixed: Finding[] = []
  if (compared) {
    const cmp = compareFindings(
      active,
      base.findings.filter((f) => !f.suppressed),
    )
    // A template the base never had cannot be compared by fingerprint; the lines the pull
    // request changed in the app's source decide instead.
    const unchanged = new Set(unseenAtBase?.unchanged ?? [])
    originOf = (f) => (cmp.atBase.has(f.fingerprint) || unchanged.has(f.fingerprint) ? 'pre-existing' : 'new')
    fixed = cmp.fixed
  }

  const findings: GatedFinding[] = active.map((f) => {
    const origin = originOf(f)
    const gating = effectiveScope === 'all' || origin === 'new'
    return gatedFinding(f, { origin, gating, blocking: gating && meetsThreshold(f.severity, policy.failOn) })
  })
  findings.sort(rankFindings)

  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
  for (const f of findings) bySeverity[f.severity]++
  const blocking = findings.filter((f) => f.blocking).length
  const advisory = findings.filter((f) => f.gating && !f.blocking).length
  const parseErrors = head.problems.filter((p) => p.level === 'error').length
  const counts: GateCounts = {
    bySeverity,
    total: findings.length,
    blocking,
    advisory,
    new: findings.filter((f) => f.origin === 'new').length,
    preExisting: findings.filter((f) => f.origin === 'pre-existing').length,
    fixed: fixed.length,
    suppressed: suppressed.length,
    parseErrors,
    unknowns: head.unknowns.length,
  }
  const notes = [...head.notes]
  if (compared && unseenAtBase) {
    const atBase = new Set(base.findings.map((b) => b.fingerprint))
    const of = (list: string[]) => {
      const set = new Set(list)
      return findings.filter((f) => set.has(f.fingerprint) && !atBase.has(f.fingerprint)).length
    }
    const n = { changed: of(unseenAtBase.changed), unchanged: of(unseenAtBase.unchanged), untraced: of(unseenAtBase.untraced) }
    const total = n.changed + n.unchanged + n.untraced
    if (total > 0) {
      notes.push(
        `${plural(total, 'CDK finding')} come${total === 1 ? 's' : ''} from synthesised templates (cdk.out) that the merge base does not have (the assembly is usually git-ignored), ` +
          `so ${total === 1 ? 'it was' : 'they were'} classified by the lines this pull request changes in the app's source: ` +
          `${n.changed + n.untraced} new, ${n.unchanged} pre-existing` +
          (n.untraced > 0 ? ` (${n.untraced} could not be traced to a source line and count as new)` : '') +
          '.',
      )
    }
  }
  const noFiles = head.stats.files === 0
  const conclusion: Conclusion = blocking > 0 ? 'failure' : advisory > 0 || parseErrors > 0 || noFiles ? 'neutral' : 'success'

  return {
    tool: head.tool,
    conclusion,
    headline: headline(conclusion, counts, policy, effectiveScope, noFiles),
    policy,
    effectiveScope,
    baseline,
    findings,
    fixed,
    suppressed,
    unknowns: head.unknowns,
    problems: head.problems,
    notes,
    stats: head.stats,
    counts,
    noFiles,
  }
}

/**
 * `f` with its place in the gate, written out field by field. `{ ...f, origin, gating, blocking }`
 * gave nearly every copy a hidden class of its own (44,594 for 44,603 findings on the 5,000-file
 * Terraform tree), so every later read of one of its fields took V8's slowest path, about 1 µs:
 * 0.9 s for the gate and 0.5 s for each summary of that tree.
 */
export function gatedFinding(
  f: Finding,
  gate: Pick<GatedFinding, 'origin' | 'gating' | 'blocking'>,
  moved?: { location: SourceLocation; edit: TextEdit | undefined },
): GatedFinding {
  const location = moved ? moved.location : f.location
  const edit = moved ? moved.edit : f.edit
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    messageId: f.messageId,
    message: f.message,
    location,
    resource: f.resource,
    format: f.format,
    related: f.related,
    fix: f.fix,
    edit,
    fingerprint: f.fingerprint,
    suppressed: f.suppressed,
    suppression: f.suppression,
    origin: gate.origin,
    gating: gate.gating,
    blocking: gate.blocking,
  }
}

/** `localeCompare` without arguments, as one collator instead of one per call. */
const collate = new Intl.Collator().compare

/** Blocking first, then by severity, file and line: the order comments are capped in. */
export function rankFindings(a: GatedFinding, b: GatedFinding): number {
  return (
    Number(b.blocking) - Number(a.blocking) ||
    Number(b.gating) - Number(a.gating) ||
    compareSeverity(a.severity, b.severity) ||
    (a.location.file === b.location.file ? 0 : collate(a.location.file, b.location.file)) ||
    a.location.line - b.location.line ||
    (a.ruleId === b.ruleId ? 0 : collate(a.ruleId, b.ruleId))
  )
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function headline(conclusion: Conclusion, c: GateCounts, policy: Policy, scope: Scope, noFiles: boolean): string {
  const introduced = scope === 'changed' ? ' introduced by this PR' : ''
  if (conclusion === 'failure') {
    return `${plural(c.blocking, 'blocking finding')}${introduced} (fail-on: ${policy.failOn})`
  }
  if (noFiles) return 'No infrastructure files found'
  const parts: string[] = []
  if (c.advisory > 0) parts.push(`${plural(c.advisory, 'advisory finding')}${introduced}, none blocking`)
  if (c.parseErrors > 0) parts.push(plural(c.parseErrors, 'parse error'))
  if (parts.length > 0) return parts.join('; ')
  const rest = c.preExisting > 0 ? ` (${c.preExisting} pre-existing)` : ''
  return scope === 'changed' ? `No new findings${rest}` : `No findings${rest}`
}
