/**
 * A big scan holds hundreds of thousands of findings until they are sorted and written, and most
 * of their text repeats: 24 rule ids, a few thousand file names, the same message for the same
 * bucket name, the same fix text at the same indentation. Findings built in-process format their
 * own message and edit; keeping one copy of each repeated string (and one empty `related` list)
 * roughly halves the heap they take. Results from workers arrive with each string once per
 * message (src/unit-wire.ts), and the pool then shares those between units.
 */
import { NO_RELATED, type Finding, type UnknownResult } from './engine/finding.js'
import type { SourceLocation } from './model/location.js'
import type { UnitResult } from './process-unit.js'

/** One canonical instance per distinct string, for the lifetime of one scan. */
export class StringPool {
  private readonly strings = new Map<string, string>()

  share(s: string): string {
    const known = this.strings.get(s)
    if (known !== undefined) return known
    this.strings.set(s, s)
    return s
  }
}

/**
 * Replaces the repeated strings of a unit's findings and unknowns by the pool's copies, in place.
 * Fingerprints are left alone: they are unique by design, so pooling them would only add entries.
 */
export function shareStrings(result: UnitResult, pool: StringPool): UnitResult {
  for (const f of result.findings) shareFinding(f, pool)
  for (const u of result.unknowns) shareUnknown(u, pool)
  return result
}

function shareFinding(f: Finding, pool: StringPool): void {
  f.ruleId = pool.share(f.ruleId)
  f.severity = pool.share(f.severity) as Finding['severity']
  f.messageId = pool.share(f.messageId)
  f.message = pool.share(f.message)
  shareLocation(f.location, pool)
  f.resource = pool.share(f.resource)
  f.format = pool.share(f.format) as Finding['format']
  if (f.related.length === 0) f.related = NO_RELATED
  else for (const r of f.related) shareLocation(r.at, pool)
  if (f.fix && !Object.isFrozen(f.fix)) {
    f.fix.kind = pool.share(f.fix.kind) as typeof f.fix.kind
    if ('field' in f.fix) f.fix.field = pool.share(f.fix.field)
  }
  if (f.edit) {
    f.edit.file = pool.share(f.edit.file)
    f.edit.replacement = pool.share(f.edit.replacement)
    f.edit.description = pool.share(f.edit.description)
  }
}

function shareUnknown(u: UnknownResult, pool: StringPool): void {
  u.ruleId = pool.share(u.ruleId)
  u.message = pool.share(u.message)
  u.why = pool.share(u.why)
  shareLocation(u.location, pool)
  u.resource = pool.share(u.resource)
}

function shareLocation(at: SourceLocation, pool: StringPool): void {
  // Objects frozen by a parser (or shared between findings) are left as they are.
  if (Object.isFrozen(at)) return
  at.file = pool.share(at.file)
  at.path = pool.share(at.path)
}
