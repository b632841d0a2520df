/**
 * Values Terraform marks sensitive (a `sensitive = true` variable or module output, `sensitive()`,
 * a plan's `after_sensitive`) are evaluated like any other: a public ACL behind `sensitive = true`
 * still fails the gate. What is hidden is their text: each string is registered here, with the
 * pieces a message may quote on their own (the account of an ARN, an IP address, the strings of a
 * JSON policy), and the unit's findings, unknowns and problems are masked before anything leaves
 * it (src/mask-sensitive.ts).
 */
import { hiddenValue, type Origin, type TfValue } from './value.js'

/** Shorter texts are not masked: "*" or "true" would blank every message, and hide nothing. */
export const MIN_MASKED_CHARS = 4
/**
 * Past this many texts in one unit, a sensitive value stays unread (an unknown, "could not
 * evaluate"): every message of the unit is searched for each text.
 */
const MAX_TEXTS = 256
/** A sensitive JSON text longer than this is not taken apart (policies are at most 20 KB). */
const MAX_JSON_CHARS = 32_000

export class SensitiveTexts {
  readonly texts = new Set<string>()

  /**
   * `v`, its texts registered; the hidden unknown instead when it holds more texts than can be
   * masked (`what` names it there).
   */
  mark(v: TfValue, what: string, at: Origin | undefined): TfValue {
    const found = new Set<string>()
    if (!collect(v, found, MAX_TEXTS - this.texts.size, 0)) return hiddenValue(what, at)
    for (const t of found) this.texts.add(t)
    return v
  }
}

/** The value's texts into `out`; false past `room` texts, or nesting deeper than a value can be. */
function collect(v: TfValue, out: Set<string>, room: number, depth: number): boolean {
  if (depth > 64) return false
  switch (v.k) {
    case 'string':
      addText(v.v, out, depth)
      // A policy's JSON text: a message quotes its parts (a principal, an action), not the whole.
      return v.json ? collect(v.json, out, room, depth + 1) : out.size <= room
    case 'sym':
      if (v.known !== undefined) addText(v.known, out, depth)
      for (const p of v.parts) if (typeof p === 'string') addText(p, out, depth)
      return v.json ? collect(v.json, out, room, depth + 1) : out.size <= room
    case 'number':
      addText(String(v.v), out, depth)
      return out.size <= room
    case 'list':
      return v.items.every((item) => collect(item, out, room, depth + 1))
    case 'object':
      for (const item of v.attrs.values()) if (!collect(item, out, room, depth + 1)) return false
      return true
    default:
      return true
  }
}

const ACCOUNT = /(?<!\d)\d{12}(?!\d)/g
const IPV4 = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/g

/** The text, and the pieces of it a message may quote alone. */
function addText(text: string, out: Set<string>, depth: number): void {
  if (text.length < MIN_MASKED_CHARS) return
  out.add(text)
  for (const m of text.matchAll(ACCOUNT)) out.add(m[0])
  for (const m of text.matchAll(IPV4)) out.add(m[0])
  if (text.startsWith('arn:')) {
    // arn:partition:service:region:account:resource, where an S3 resource is bucket/key.
    const resource = text.split(':').slice(5).join(':')
    for (const piece of [resource, resource.split('/')[0]!]) if (piece.replace(/[*?]/g, '').length >= MIN_MASKED_CHARS) out.add(piece)
  }
  const first = text.trimStart()[0]
  if ((first === '{' || first === '[') && text.length <= MAX_JSON_CHARS && depth < 64) {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return
    }
    addJson(parsed, out, depth + 1)
  }
}

function addJson(x: unknown, out: Set<string>, depth: number): void {
  if (depth > 64) return
  if (typeof x === 'string') addText(x, out, depth)
  else if (typeof x === 'number') addText(String(x), out, depth)
  else if (Array.isArray(x)) for (const item of x) addJson(item, out, depth + 1)
  else if (x && typeof x === 'object') for (const item of Object.values(x)) addJson(item, out, depth + 1)
}
