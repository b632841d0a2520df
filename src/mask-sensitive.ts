/**
 * Masks the texts of values a unit's input marks hidden (Terraform's `sensitive`, CloudFormation's
 * `NoEcho`) in what the unit reports: they were evaluated, so the gate decides on them, but no
 * message, resource name or suggestion quotes them (see src/sensitive-texts.ts).
 */
import type { UnitResult } from './process-unit.js'

export const MASKED = '(sensitive value)'

export function maskSensitive(result: UnitResult, texts: ReadonlySet<string>): void {
  if (texts.size === 0) return
  // Longest first: a text that holds a shorter one is masked whole.
  const sorted = [...texts].sort((a, b) => b.length - a.length)
  const holds = (s: string) => sorted.some((t) => s.includes(t))
  const mask = (s: string) => {
    if (!holds(s)) return s
    for (const t of sorted) s = s.split(t).join(MASKED)
    // "its ACL (public-read)" is "its ACL (sensitive value)", not "((sensitive value))".
    return s.split(`(${MASKED})`).join(MASKED)
  }
  for (const f of result.findings) {
    f.message = mask(f.message)
    f.resource = mask(f.resource)
    for (const r of f.related) r.message = mask(r.message)
    if (f.edit && holds(f.edit.replacement)) {
      delete f.edit
      result.debug.push(`fix for ${f.ruleId} on ${f.resource} not offered: it would quote a value marked sensitive`)
    }
  }
  for (const u of result.unknowns) {
    u.message = mask(u.message)
    u.why = mask(u.why)
    u.resource = mask(u.resource)
  }
  for (const p of result.problems) p.message = mask(p.message)
  result.notes = result.notes.map(mask)
  result.debug = result.debug.map(mask)
}
