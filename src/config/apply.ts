/**
 * Applies the central configuration to a finished scan: path includes/excludes and exceptions
 * (reason required; an expired exception stops applying and says so).
 */
import type { Rule } from '../engine/define-rule.js'
import { isExpired, suppressionMatches } from '../engine/suppressions.js'
import type { ScanResult } from '../scan-result.js'
import type { GateConfig } from './types.js'
import { globToRegExp } from './glob.js'

export function applyConfig(result: ScanResult, config: GateConfig, rules: readonly Rule[], now: Date): void {
  const include = config.include.map(globToRegExp)
  const exclude = config.exclude.map(globToRegExp)
  const keep = (file: string) => (!include.length || include.some((re) => re.test(file))) && !exclude.some((re) => re.test(file))
  if (include.length || exclude.length) {
    result.findings = result.findings.filter((f) => keep(f.location.file))
    result.unknowns = result.unknowns.filter((u) => keep(u.location.file))
    result.problems = result.problems.filter((p) => keep(p.file))
  }
  const byId = new Map(rules.map((r) => [r.id, r]))
  const used = new Set<number>()
  config.exceptions.forEach((ex, i) => {
    const resource = ex.resource ? globToRegExp(ex.resource) : undefined
    const file = ex.path ? globToRegExp(ex.path) : undefined
    for (const f of result.findings) {
      if (f.suppressed || !suppressionMatches(ex.rule, byId.get(f.ruleId), f.ruleId)) continue
      if (resource && !resource.test(f.resource)) continue
      if (file && !file.test(f.location.file)) continue
      used.add(i)
      if (isExpired(ex.expires, now)) continue
      f.suppressed = true
      f.suppression = { kind: 'config', syntax: config.source ?? '.s3-gate.yml', reason: ex.reason, until: ex.expires }
    }
  })
  config.exceptions.forEach((ex, i) => {
    const file = config.source ?? '.s3-gate.yml'
    if (used.has(i) && isExpired(ex.expires, now))
      result.problems.push({ code: 'EXCEPTION_EXPIRED', file, line: 1, column: 1, message: `the exception for ${ex.rule} expired on ${ex.expires}; matching findings are reported again`, level: 'warning' })
    else if (!used.has(i))
      result.problems.push({ code: 'UNUSED_EXCEPTION', file, line: 1, column: 1, message: `the exception for ${ex.rule}${ex.resource ? ` on ${ex.resource}` : ''} matches no finding`, level: 'warning' })
  })
}
