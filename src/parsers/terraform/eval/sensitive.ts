/**
 * Terraform's sensitive values (a `sensitive = true` variable or module output, `sensitive()`, a
 * plan's `after_sensitive`) are evaluated like any other, their texts registered to be masked in
 * what the unit reports (src/sensitive-texts.ts).
 */
import type { SensitiveTexts } from '../../../sensitive-texts.js'
import { hiddenValue, type Origin, type TfValue } from './value.js'

/**
 * `v`, its texts registered in `sensitive`; the hidden unknown instead when it holds more texts
 * than can be masked (`what` names it there).
 */
export function markSensitive(sensitive: SensitiveTexts, v: TfValue, what: string, at: Origin | undefined): TfValue {
  const texts: string[] = []
  return collect(v, texts, 0) && sensitive.add(texts) ? v : hiddenValue(what, at)
}

/**
 * Texts of a function's arguments past which a call is not looked into for hidden texts: a call
 * repeated over a large collection would otherwise read all of it each time.
 */
const MAX_DERIVED_TEXTS = 4096

/**
 * `v`, what a function made of `args`, with the texts it made of a sensitive value registered
 * (`SensitiveTexts.addDerived`); the hidden unknown instead when they cannot all be masked.
 */
export function markDerived(sensitive: SensitiveTexts, args: readonly TfValue[], v: TfValue, what: string, at: Origin): TfValue {
  if (!sensitive.texts.size) return v
  const from: string[] = []
  for (const a of args) {
    // Nested deeper than a value can be, it may hold a hidden text that cannot be looked for.
    if (!collect(a, from, 0)) return hiddenValue(what, at)
    if (from.length > MAX_DERIVED_TEXTS) return v
  }
  const made: string[] = []
  if (!collect(v, made, 0)) return hiddenValue(what, at)
  return sensitive.addDerived(from, made) ? v : hiddenValue(what, at)
}

/** The value's texts into `out`; false when nested deeper than a value can be. */
function collect(v: TfValue, out: string[], depth: number): boolean {
  if (depth > 64) return false
  switch (v.k) {
    case 'string':
      out.push(v.v)
      // A policy's JSON text: a message quotes its parts (a principal, an action), not the whole.
      return v.json ? collect(v.json, out, depth + 1) : true
    case 'sym':
      if (v.known !== undefined) out.push(v.known)
      for (const p of v.parts) if (typeof p === 'string') out.push(p)
      return v.json ? collect(v.json, out, depth + 1) : true
    case 'number':
      out.push(String(v.v))
      return true
    case 'list':
      return v.items.every((item) => collect(item, out, depth + 1))
    case 'object':
      for (const item of v.attrs.values()) if (!collect(item, out, depth + 1)) return false
      return true
    default:
      return true
  }
}
