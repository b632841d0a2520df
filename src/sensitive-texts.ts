/**
 * Texts of values the input marks as hidden (Terraform's `sensitive`, CloudFormation's `NoEcho`).
 * Such values are evaluated like any other, since the gate must decide on them (a public ACL
 * behind `sensitive = true` is public), but no text of theirs may be quoted: each is registered
 * here, with the pieces a message may quote on their own (the account and resource of an ARN, a
 * 12-digit account id, an IPv4 address, the strings of a JSON policy), and everything a unit
 * reports is masked (src/mask-sensitive.ts).
 */

/** Shorter texts are not masked: "*", "true" or "none" would blank words of every message, and hide nothing. */
export const MIN_MASKED_CHARS = 6
/**
 * Past this many texts in one unit, a hidden value stays unread (an unknown, "could not
 * evaluate"): every message of the unit is searched for each text.
 */
export const MAX_SENSITIVE_TEXTS = 256
/** A JSON text longer than this is not taken apart (policies are at most 20 KB). */
const MAX_JSON_CHARS = 32_000
const MAX_DEPTH = 64

export class SensitiveTexts {
  readonly texts = new Set<string>()

  /** Registers `texts` and their pieces; false, registering none, past the unit's room. */
  add(texts: Iterable<string>): boolean {
    const found = new Set<string>()
    for (const t of texts) {
      addText(t, found, 0)
      if (found.size > MAX_SENSITIVE_TEXTS) return false
    }
    const fresh = [...found].filter((t) => !this.texts.has(t))
    if (this.texts.size + fresh.length > MAX_SENSITIVE_TEXTS) return false
    for (const t of fresh) this.texts.add(t)
    return true
  }

  /**
   * What a function made of hidden texts is hidden too, as Terraform marks it (`lower(var.name)`,
   * `split(",", var.names)[0]`, CloudFormation's `Fn::Split`): once some texts of `from` hold a
   * registered one, each text of `made` that is none of `from` (a value passed through, by
   * `concat()` or `merge()`, keeps its own standing) and quotes none of those whole (masked there
   * already: `format("%s-logs", var.name)`, `jsonencode()`) is registered. False, registering
   * none, past the unit's room.
   */
  addDerived(from: readonly string[], made: readonly string[]): boolean {
    if (!this.texts.size) return true
    const hidden = from.filter((t) => this.holds(t))
    if (!hidden.length) return true
    const given = new Set(from)
    return this.add(made.filter((t) => !given.has(t) && !hidden.some((h) => t.includes(h))))
  }

  /** Whether `s` holds a registered text. */
  holds(s: string): boolean {
    for (const t of this.texts) if (s.includes(t)) return true
    return false
  }
}

const ACCOUNT = /(?<!\d)\d{12}(?!\d)/g
const IPV4 = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/g

/** The text, and the pieces of it a message may quote alone. */
function addText(text: string, out: Set<string>, depth: number): void {
  if (text.length < MIN_MASKED_CHARS || out.size > MAX_SENSITIVE_TEXTS) return
  out.add(text)
  for (const m of text.matchAll(ACCOUNT)) out.add(m[0])
  for (const m of text.matchAll(IPV4)) out.add(m[0])
  if (text.startsWith('arn:')) {
    // arn:partition:service:region:account:resource, where an S3 resource is bucket/key.
    const resource = text.split(':').slice(5).join(':')
    for (const piece of [resource, resource.split('/')[0]!]) if (piece.replace(/[*?]/g, '').length >= MIN_MASKED_CHARS) out.add(piece)
  }
  const first = text.trimStart()[0]
  if ((first === '{' || first === '[') && text.length <= MAX_JSON_CHARS && depth < MAX_DEPTH) {
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
  if (depth > MAX_DEPTH) return
  if (typeof x === 'string') addText(x, out, depth)
  else if (typeof x === 'number') addText(String(x), out, depth)
  else if (Array.isArray(x)) for (const item of x) addJson(item, out, depth + 1)
  else if (x && typeof x === 'object') for (const item of Object.values(x)) addJson(item, out, depth + 1)
}
