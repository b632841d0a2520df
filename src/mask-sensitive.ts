/**
 * Masks the texts of values a unit's input marks hidden (Terraform's `sensitive`, CloudFormation's
 * `NoEcho`) in what the unit reports: they were evaluated, so the gate decides on them, but no
 * message, resource name or suggestion quotes them (see src/sensitive-texts.ts).
 */
import type { UnitResult } from './process-unit.js'

export const MASKED = '(sensitive value)'

export function maskSensitive(result: UnitResult, texts: ReadonlySet<string>): void {
  if (texts.size === 0) return
  const { holds, maskAll } = matcher(texts)
  const mask = (s: string) => {
    const masked = maskAll(s)
    // "its ACL (public-read)" is "its ACL (sensitive value)", not "((sensitive value))".
    return masked === s ? s : masked.split(`(${MASKED})`).join(MASKED)
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

/** Texts longer than this in all are searched one by one: V8 compiles no RegExp of megabytes. */
const MAX_PATTERN_CHARS = 100_000

/**
 * One RegExp of every text, longest first so that a text holding a shorter one is masked whole:
 * 100,000 messages against 250 texts took 326 ms with a search per text, 9 ms so.
 */
function matcher(texts: ReadonlySet<string>): { holds: (s: string) => boolean; maskAll: (s: string) => string } {
  const sorted = [...texts].sort((a, b) => b.length - a.length)
  const searchEach = {
    holds: (s: string) => sorted.some((t) => s.includes(t)),
    maskAll: (s: string) => sorted.reduce((out, t) => out.split(t).join(MASKED), s),
  }
  if (sorted.reduce((n, t) => n + t.length, 0) > MAX_PATTERN_CHARS) return searchEach
  try {
    const source = sorted.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')
    const any = new RegExp(source)
    const every = new RegExp(source, 'g')
    // V8 compiles a RegExp when it first runs, and may refuse it only then.
    any.test('')
    ''.replace(every, '')
    return { holds: (s) => any.test(s), maskAll: (s) => s.replace(every, () => MASKED) }
  } catch {
    return searchEach
  }
}
