/**
 * Applies inline suppressions (comments, template Metadata, cdk-nag acknowledgements) to findings.
 * Peer ids (checkov, cfn_nag, tfsec/trivy, cdk-nag) are mapped through each rule's `meta.peers`.
 * Expired suppressions stop suppressing and say so; unused ones are reported. Nothing vanishes:
 * a suppressed finding stays in the result with `suppressed: true`.
 */
import type { InlineSuppression, S3Model } from '../model/s3.js'
import { formatLocation } from '../model/location.js'
import type { Rule } from './define-rule.js'
import type { Finding, Problem } from './finding.js'
import { appendAll } from '../append.js'

export function subjectSuppressions(model: S3Model): Map<string, InlineSuppression[]> {
  const out = new Map<string, InlineSuppression[]>()
  // A Set beside each list: `includes` made 100,000 suppression comments on one bucket quadratic.
  const seen = new Map<string, Set<InlineSuppression>>()
  const add = (id: string, list: InlineSuppression[]) => {
    if (!list.length) return
    let cur = out.get(id)
    let known = seen.get(id)
    if (!cur || !known) {
      out.set(id, (cur = []))
      seen.set(id, (known = new Set()))
    }
    for (const s of list) {
      if (known.has(s)) continue
      known.add(s)
      cur.push(s)
    }
  }
  for (const b of model.buckets) {
    add(b.id, b.suppressions)
    // Policy rules report on the policy resource; what is written on the bucket (and, as parsers
    // copy it there, on the policy resource) applies to them too.
    for (const doc of b.policies) if (doc.owner !== b.id) add(doc.owner, b.suppressions)
  }
  for (const a of model.accessPoints) add(a.id, a.suppressions)
  for (const a of model.accountPublicAccessBlocks) add(a.id, a.suppressions)
  for (const t of model.trails) add(t.id, t.suppressions)
  for (const p of model.iamPolicies) add(p.id, p.suppressions)
  for (const o of model.objects) add(o.id, o.suppressions)
  for (const f of model.metricFilters) add(f.id, f.suppressions ?? [])
  for (const a of model.alarms) add(a.id, a.suppressions ?? [])
  return out
}

/**
 * Ids compare case-insensitively; trivy's `AVD-` prefix and cdk-nag's compliance-pack prefixes
 * (`NIST.800.53.R5-S3BucketLoggingEnabled`) are dropped so one peer id matches every spelling.
 */
const norm = (id: string) =>
  id
    .trim()
    .toLowerCase()
    .replace(/^avd-/, '')
    .replace(/^(nist\.800\.53\.r[45]|hipaa\.security|pci\.dss\.321)-/, '')

/**
 * The ids that name a rule, normalised: its peers' ids, and for each trivy long id
 * (`aws-<service>-<short code>`) its short code, which trivy accepts in an ignore as well.
 */
function peerKeys(rule: Rule): string[] {
  const keys: string[] = []
  for (const [peer, ids] of Object.entries(rule.meta.peers))
    for (const id of ids ?? []) {
      keys.push(norm(id))
      const short = peer === 'trivy' ? /^aws-(?:s3|cloudtrail)-(.+)$/i.exec(id)?.[1] : undefined
      if (short) keys.push(norm(short))
    }
  return keys
}

/** Does suppression id `id` (ours or a peer's) name this rule? */
export function suppressionMatches(id: string, rule: Rule | undefined, ruleId: string): boolean {
  if (id === '*') return true
  const n = norm(id)
  if (n === ruleId.toLowerCase()) return true
  if (!rule) return false
  return peerKeys(rule).includes(n)
}

/**
 * The suppressions of `list` that name `ruleId`, in the list's order: `suppressionMatches` for
 * each, but with each list indexed once by normalised id. Every finding tried every suppression
 * of its subject, normalising both ids each time: a module with `count = 1000` under 5,000
 * comments ran for minutes.
 */
function matchingSuppressions(rulesById: Map<string, Rule>): (list: InlineSuppression[], ruleId: string) => InlineSuppression[] {
  const ANY = '\u0000*'
  const normed = new Map<string, string>()
  const keyOf = (id: string) => {
    if (id === '*') return ANY
    let n = normed.get(id)
    if (n === undefined) normed.set(id, (n = norm(id)))
    return n
  }
  const keysByRule = new Map<string, string[]>()
  const keysFor = (ruleId: string) => {
    let keys = keysByRule.get(ruleId)
    if (!keys) {
      const rule = rulesById.get(ruleId)
      keysByRule.set(ruleId, (keys = [...new Set([ANY, ruleId.toLowerCase(), ...(rule ? peerKeys(rule) : [])])]))
    }
    return keys
  }
  const indexes = new WeakMap<InlineSuppression[], Map<string, number[]>>()
  return (list, ruleId) => {
    let index = indexes.get(list)
    if (!index) {
      index = new Map()
      list.forEach((s, i) => {
        const k = keyOf(s.rule)
        const at = index!.get(k)
        if (at) at.push(i)
        else index!.set(k, [i])
      })
      indexes.set(list, index)
    }
    const positions: number[] = []
    for (const k of keysFor(ruleId)) appendAll(positions, index.get(k) ?? [])
    if (positions.length > 1) positions.sort((a, b) => a - b)
    return positions.map((i) => list[i]!)
  }
}

export function isExpired(until: string | undefined, now: Date): boolean {
  if (!until) return false
  return until < now.toISOString().slice(0, 10)
}

export interface SuppressionOptions {
  now: Date
  /** False: inline suppressions are refused (a platform team's switch). */
  allowInline: boolean
  rulesById: Map<string, Rule>
  /**
   * Rules that ran on this unit. A suppression for a rule the profile or config switched off
   * cannot match anything, and is not reported as unused. Defaults to every rule.
   */
  active?: ReadonlySet<string>
}

export function applyInlineSuppressions(findings: Finding[], model: S3Model, opts: SuppressionOptions): Problem[] {
  const bySubject = subjectSuppressions(model)
  const used = new Set<InlineSuppression>()
  const problems: Problem[] = []
  const note = (s: InlineSuppression, code: string, message: string) =>
    problems.push({ code, file: s.at.file, line: s.at.line, column: s.at.column, message, level: 'warning' })

  // The same comment can sit on several subjects (a module call covers everything inside it).
  const all = new Set([...bySubject.values()].flat())
  for (const s of all) {
    if (s.syntax === 's3-gate' && s.rule !== '*' && !opts.rulesById.has(s.rule)) {
      problems.push({
        code: 'BAD_SUPPRESSION',
        file: s.at.file,
        line: s.at.line,
        column: s.at.column,
        message: `s3-gate:ignore names an unknown rule "${s.rule}"; \`s3-gate rules\` lists them`,
        level: 'error',
      })
      used.add(s)
    }
  }
  const applied = new Set<InlineSuppression>()
  const matching = matchingSuppressions(opts.rulesById)
  for (const f of findings) {
    const list = bySubject.get(f.resource)
    if (!list) continue
    for (const s of matching(list, f.ruleId)) {
      used.add(s)
      if (!opts.allowInline) continue
      if (isExpired(s.until, opts.now)) continue
      f.suppressed = true
      f.suppression = {
        kind: 'inline',
        syntax: s.syntax,
        reason: s.reason ?? `suppressed with ${s.syntax} (no reason given)`,
        until: s.until,
        at: s.at,
      }
      applied.add(s)
      break
    }
  }
  for (const s of all) {
    if (!opts.allowInline) {
      if (used.has(s))
        note(
          s,
          'SUPPRESSION_REFUSED',
          `inline suppression of ${s.rule} at ${formatLocation(s.at)} was not applied: the configuration refuses inline suppressions`,
        )
      continue
    }
    if (isExpired(s.until, opts.now)) {
      if (used.has(s) || namesOneOfOurRules(s, opts.rulesById, opts.active))
        note(
          s,
          'SUPPRESSION_EXPIRED',
          `the suppression of ${s.rule} expired on ${s.until}; ${used.has(s) ? 'the finding is reported again' : 'it matches no finding either; remove it'}`,
        )
    } else if (!used.has(s) && s.syntax === 's3-gate' && namesOneOfOurRules(s, opts.rulesById, opts.active))
      // Only our own: a checkov/cfn_nag/cdk-nag suppression may still be needed by that tool.
      note(s, 'UNUSED_SUPPRESSION', `the suppression of ${s.rule} matches no finding; remove it`)
    else if (applied.has(s) && !s.reason?.trim())
      note(
        s,
        'SUPPRESSION_WITHOUT_REASON',
        `the ${s.syntax} suppression of ${s.rule} gives no reason; say why the finding is accepted (s3-gate:ignore requires it)`,
      )
  }
  return problems
}

/**
 * Does the suppression name a rule that ran? Peer suppressions for checks we do not have are none
 * of our business, and neither are suppressions for rules switched off here.
 */
function namesOneOfOurRules(s: InlineSuppression, rulesById: Map<string, Rule>, active: ReadonlySet<string> | undefined): boolean {
  if (s.rule === '*') return s.syntax === 's3-gate'
  if (s.syntax === 's3-gate') return !active || active.has(s.rule) || !rulesById.has(s.rule)
  for (const r of rulesById.values()) if ((!active || active.has(r.id)) && suppressionMatches(s.rule, r, r.id)) return true
  return false
}
