/**
 * Values produced by evaluating Terraform expressions statically.
 *
 * Differences from Terraform's own cty values, all for static analysis:
 * - a string may hold placeholders (`sym`): `"${aws_s3_bucket.b.arn}/*"` is `[bucket b's ARN, "/*"]`,
 *   so rules can still tell which bucket a policy names;
 * - anything not knowable is `unknown`, with a reason; `key` identifies the unknown thing (e.g.
 *   `var.bucket_name`) so two resources naming the same unset variable can still be linked;
 * - resources, data sources, modules and namespaces (`var`, `local`) are lazy `ref`s, read one
 *   attribute at a time, so only what is used gets evaluated;
 * - values remember where they were written (`at`), and strings read from source text remember
 *   where each of their lines came from (`src`), so a policy statement inside a heredoc can be
 *   reported on its own line.
 */
import type { Placeholder, StrPart } from '../../../model/value.js'
import { placeholderDisplay } from '../../../model/value.js'

/** Where a value was written: file number (see `SourceFiles`) and offsets. */
export interface Origin {
  f: number
  s: number
  e: number
}

/**
 * Maps offsets of a string value back to the source: flat triples (offset in the value's text,
 * 1-based line, 1-based column). For `sym` strings, offsets count each placeholder as one character.
 */
export interface StrSource {
  f: number
  anchors: number[]
}

interface Base {
  at?: Origin
}

export interface TfString extends Base {
  k: 'string'
  v: string
  src?: StrSource
  /** For `jsonencode(...)` results and policy documents: the structure the JSON text encodes. */
  json?: TfValue
}
export interface TfSym extends Base {
  k: 'sym'
  parts: StrPart[]
  src?: StrSource
  json?: TfValue
  /**
   * The text it is, when that is known statically: a bucket's name written as a literal. The
   * placeholder still links settings to the bucket; `for_each` keys and comparisons use the text,
   * as Terraform knows a literal name at plan time (`toset([for b in aws_s3_bucket.b : b.bucket])`).
   */
  known?: string
}
export interface TfNumber extends Base {
  k: 'number'
  v: number
}
export interface TfBool extends Base {
  k: 'bool'
  v: boolean
}
export interface TfNull extends Base {
  k: 'null'
}
export interface TfList extends Base {
  k: 'list'
  items: TfValue[]
  /** `toset()` results and `for_each` sets. */
  set?: boolean
  /** A list by type (`list(...)` variables, `tolist()`), not a tuple: `==` tells the two apart. */
  typedList?: boolean
}
export interface TfObject extends Base {
  k: 'object'
  attrs: Map<string, TfValue>
  /** A map by type (`map(...)` variables, `tomap()`), not an object: `==` tells the two apart. */
  typedMap?: boolean
}
export interface TfUnknown extends Base {
  k: 'unknown'
  why: string
  /** Identity of what is unknown (`var.name` with its module path), for linking. */
  key?: string
  /**
   * Set only on the value of an unset variable itself (`module.a.var.name`), and kept only where
   * the value passes unchanged (a local, an output, a module input, `"${...}"`): unlike `key`,
   * which derived values (`var.x[0]`, `lower(var.x)`, a condition on `var.x`) inherit, two
   * values with the same `ident` are certainly equal, so names and ARNs may be matched by it.
   */
  ident?: string
  /** An evaluation error (bad index, wrong type...), which `try()` and `can()` catch. */
  error?: boolean
  /**
   * The few values it can only be one of: `aws_s3_bucket.b[var.i]` over a `count = 2` is one
   * of the two instances. A setting resource naming it may configure either bucket.
   */
  oneOf?: readonly TfValue[]
  /**
   * Beside `oneOf`: for each alternative, the key of a condition (`MaybeCondition.key`) under
   * which it is the one, when it is known (the `then` branch of `var.on ? a : b` is chosen
   * exactly when `var.on is true`).
   */
  oneOfWhen?: readonly (string | undefined)[]
  /**
   * A number known to be at least this: the length of a string whose literal text is known and
   * whose placeholders are not (`length(doc.json) > 0` is true of any policy document).
   */
  atLeast?: number
}
/** A lazily read object: a resource instance, a module instance, a namespace like `var`. */
export interface TfRef extends Base {
  k: 'ref'
  target: RefTarget
}

export interface RefTarget {
  /** For messages and unknown keys: `aws_s3_bucket.b`, `module.m`, `var`. */
  describe: string
  get(name: string, at: Origin | undefined): TfValue
  /** `target[key]`, when the target is a collection of instances. */
  index?(key: TfValue, at: Origin | undefined): TfValue
  /**
   * A resource, data source or module call without `count` or `for_each`, read by its address:
   * Terraform reads `aws_s3_bucket.b[0]` as an instance key it does not have, and rejects it.
   */
  noInstanceKey?: true
  /** The whole value as an object/list, when something needs it all (e.g. `jsonencode(var)`). */
  whole(at: Origin | undefined): TfValue
  /**
   * A collection of instances none of whose keys is known (`for_each = var.names`): the `[*]`
   * instance standing for all of them, and why they may not exist, so that `for_each` over the
   * collection makes one instance for each of them, under the same condition.
   */
  unknownKeys?: { each: TfValue; maybe?: MaybeCondition }
}

/**
 * Why an instance may not exist: its own `count` / `for_each`, or that of a module call above it,
 * is not known statically and may be 0 or empty. Two conditions with the same key decide the
 * same way (the same expression in the same module instance), so a setting resource with the
 * bucket's own `count` is deployed exactly when the bucket is.
 */
export interface MaybeCondition {
  key: string
  why: string
  /** The `count` / `for_each` attribute. */
  at: Origin
  /** Logical path of that attribute, e.g. `module.logs.count`. */
  path: string
}

export type TfValue = TfString | TfSym | TfNumber | TfBool | TfNull | TfList | TfObject | TfUnknown | TfRef

export const str = (v: string, at?: Origin): TfString => ({ k: 'string', v, at })
export const num = (v: number, at?: Origin): TfNumber => ({ k: 'number', v, at })
export const bool = (v: boolean, at?: Origin): TfBool => ({ k: 'bool', v, at })
export const nul = (at?: Origin): TfNull => ({ k: 'null', at })
export const list = (items: TfValue[], at?: Origin, set?: boolean): TfList =>
  set ? { k: 'list', items, at, set } : { k: 'list', items, at }
export const obj = (attrs: Map<string, TfValue>, at?: Origin): TfObject => ({ k: 'object', attrs, at })
export const unknown = (why: string, at?: Origin, key?: string): TfUnknown =>
  key ? { k: 'unknown', why, at, key } : { k: 'unknown', why, at }
export const failure = (why: string, at?: Origin, key?: string): TfUnknown =>
  key ? { k: 'unknown', why, at, error: true, key } : { k: 'unknown', why, at, error: true }

/**
 * A value Terraform marks sensitive with more texts than can be masked (`SensitiveTexts.mark`), as
 * an unknown that names where it came from (`what`) and never holds the value: anything quoted in a
 * finding may land in a public pull request, and nothing derived from an unknown can quote it.
 */
export function hiddenValue(what: string, at?: Origin): TfUnknown {
  return { k: 'unknown', why: `${what} is marked sensitive; s3-gate does not read values Terraform hides`, at }
}

/** An unknown is kept as "one of" its alternatives only up to this many. */
const MAX_ALTERNATIVES = 64

/**
 * `u`, known to be one of `alternatives` (the branches of a conditional, the elements of a list
 * indexed by an unknown). Nothing is added when an alternative is an error, or when there are too many.
 */
export function oneOf(u: TfUnknown, alternatives: readonly TfValue[], when?: readonly (string | undefined)[]): TfUnknown {
  const flat: TfValue[] = []
  const flatWhen: (string | undefined)[] = []
  alternatives.forEach((a, i) => {
    // The alternatives of an alternative are chosen under two conditions: neither alone is kept.
    if (a.k === 'unknown' && a.oneOf) {
      flat.push(...a.oneOf)
      flatWhen.push(...a.oneOf.map(() => undefined))
    } else {
      flat.push(a)
      flatWhen.push(when?.[i])
    }
  })
  if (alternatives.some((a) => a.k === 'unknown' && a.error) || !flat.length || flat.length > MAX_ALTERNATIVES) return u
  u.oneOf = flat
  if (flatWhen.some((w) => w !== undefined)) u.oneOfWhen = flatWhen
  return u
}

/** Builds a string from parts, collapsing to a plain string when every part is literal. */
/** Between the keys of adjacent unknowns; no key holds it. */
const KEY_JOIN = '\u0002'
/** Longer joined keys (a chain of doublings) are dropped: the text is then anybody's. */
const MAX_JOINED_KEY = 256

export function strFromParts(parts: readonly StrPart[], at?: Origin): TfString | TfSym {
  const out: StrPart[] = []
  for (const p of parts) {
    if (typeof p === 'string') {
      if (p === '') continue
      const last = out[out.length - 1]
      if (typeof last === 'string') out[out.length - 1] = last + p
      else out.push(p)
    } else if (p.kind === 'unknown' && typeof out[out.length - 1] === 'object' && (out[out.length - 1] as Placeholder).kind === 'unknown') {
      // Unknown text next to unknown text is one unknown: a doubling chain must not double parts.
      // It is neither variable any more (`${var.a}${var.b}`), but the two in that order: a bucket
      // named so is matched by an ARN built the same way. Past a few, it has no identity left.
      const last = out[out.length - 1] as Extract<Placeholder, { kind: 'unknown' }>
      const key = last.key !== undefined && p.key !== undefined ? `${last.key}${KEY_JOIN}${p.key}` : undefined
      if (last.key !== undefined || p.key !== undefined)
        out[out.length - 1] =
          key !== undefined && key.length <= MAX_JOINED_KEY ? { kind: 'unknown', why: last.why, key } : { kind: 'unknown', why: last.why }
      continue
    } else out.push(p)
  }
  if (out.length === 0) return str('', at)
  if (out.length === 1 && typeof out[0] === 'string') return str(out[0], at)
  return { k: 'sym', parts: out, at }
}

export function placeholderValue(p: Placeholder, at?: Origin): TfSym {
  return { k: 'sym', parts: [p], at }
}

/**
 * The value with no symbolic identity left (see `TfUnknown.ident`): for what a function made of
 * its arguments, which may differ from them (`coalesce("${var.a}", "x")`, `try(var.a, "")`).
 */
export function withoutIdentity(v: TfValue): TfValue {
  if (v.k === 'unknown') {
    if (v.ident === undefined) return v
    const { ident: _, ...rest } = v
    return rest
  }
  if (v.k !== 'sym' || !v.parts.some((p) => typeof p !== 'string' && p.kind === 'unknown' && p.key !== undefined)) return v
  return {
    ...v,
    parts: v.parts.map((p) => (typeof p !== 'string' && p.kind === 'unknown' && p.key !== undefined ? { kind: 'unknown', why: p.why } : p)),
  }
}

/** Sets `at` on a value without changing it (values are shared, so this copies). */
export function withAt<V extends TfValue>(v: V, at: Origin | undefined): V {
  if (!at || v.at === at) return v
  return { ...v, at }
}

export function isStringLike(v: TfValue): v is TfString | TfSym {
  return v.k === 'string' || v.k === 'sym'
}

export function typeName(v: TfValue): string {
  switch (v.k) {
    case 'string':
    case 'sym':
      return 'string'
    case 'list':
      return v.set ? 'set' : 'list'
    case 'object':
      return 'object'
    case 'ref':
      return 'object'
    default:
      return v.k
  }
}

/** Text of a string for messages: placeholders shown as `${...}`. */
export function displayString(v: TfString | TfSym): string {
  if (v.k === 'string') return v.v
  return v.parts.map((p) => (typeof p === 'string' ? p : placeholderText(p))).join('')
}

/** How a placeholder reads in messages (shared with the model's own `strToDisplay`). */
export const placeholderText = placeholderDisplay

/** The placeholder parts of a sym as a stable key (for comparing two symbolic strings). */
/** The text of a string, or of a placeholder string whose text is known (`TfSym.known`). */
export function knownText(v: TfValue): string | undefined {
  return v.k === 'string' ? v.v : v.k === 'sym' ? v.known : undefined
}

export function symKey(v: TfSym): string {
  return JSON.stringify(v.parts)
}

/**
 * Converts a primitive to a string the way Terraform does for templates and string arguments.
 * Returns `undefined` for collections, which cannot be converted.
 */
export function toStr(v: TfValue): TfString | TfSym | TfUnknown | TfNull | undefined {
  switch (v.k) {
    case 'string':
    case 'sym':
    case 'unknown':
    case 'null':
      return v
    case 'number':
      return str(formatNumber(v.v), v.at)
    case 'bool':
      return str(v.v ? 'true' : 'false', v.at)
    default:
      return undefined
  }
}

export function formatNumber(n: number): string {
  if (Number.isInteger(n))
    return Number.isSafeInteger(n) ? String(n) : n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 })
  return String(n)
}

/** `true`/`false`, also from the strings Terraform converts (`"true"`). */
export function toBoolean(v: TfValue): boolean | undefined {
  if (v.k === 'bool') return v.v
  // cty converts "1" and "0" as it does "true" and "false".
  if (v.k === 'string') {
    if (v.v === 'true' || v.v === '1') return true
    if (v.v === 'false' || v.v === '0') return false
  }
  return undefined
}

export function toNumber(v: TfValue): number | undefined {
  if (v.k === 'number') return v.v
  // cty's decimal syntax: a sign and `.5` are numbers, white space around them is not.
  if (v.k === 'string' && /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(v.v)) return Number(v.v)
  return undefined
}

/**
 * Terraform's numbers are arbitrary-precision decimals (`0.1 + 0.2 == 0.3` holds there), ours
 * float64: fractions are compared to 15 significant digits, and what float64 cannot hold
 * exactly (past 2^53, an overflow to Infinity) is not decided.
 */
export function sameNumber(a: number, b: number): boolean | undefined {
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return a === b
  if (!Number.isFinite(a) || !Number.isFinite(b) || Math.abs(a) > Number.MAX_SAFE_INTEGER || Math.abs(b) > Number.MAX_SAFE_INTEGER)
    return undefined
  return a === b || a.toPrecision(15) === b.toPrecision(15)
}

/** Terraform normalises strings to NFC: `"e\u0301" == "\u00e9"` holds. */
export function sameText(a: string, b: string): boolean {
  if (a === b) return true
  return NON_ASCII.test(a) && NON_ASCII.test(b) ? a.normalize('NFC') === b.normalize('NFC') : false
}

export const NON_ASCII = /[^\u0000-\u007f]/

/**
 * Deep equality; `undefined` when it cannot be decided (an unknown or a placeholder that could
 * equal a literal). Two placeholders of the same thing are equal. With a `budget`, each element
 * compared spends one, and `undefined` once it is spent: a comparison walks both values whole,
 * and a loop comparing big values (`[for … : var.x ? local.big : local.big]`) must be charged.
 */
/**
 * Whether `==` sees two collections of different kinds: a list and a tuple, a set and either, a
 * map and an object are never equal in Terraform (`var.names == []` is false for a `list(string)`,
 * empty or not), whatever their elements.
 */
export function differentCollectionKinds(a: TfValue, b: TfValue): boolean {
  if (a.k === 'list' && b.k === 'list') return !!a.set !== !!b.set || (!a.set && !!a.typedList !== !!b.typedList)
  if (a.k === 'object' && b.k === 'object') return !!a.typedMap !== !!b.typedMap
  return false
}

export function valuesEqual(a: TfValue, b: TfValue, budget?: { left: number }): boolean | undefined {
  if (budget && --budget.left < 0) return undefined
  if (a.k === 'unknown' || b.k === 'unknown' || a.k === 'ref' || b.k === 'ref') return undefined
  if (a.k === 'sym' || b.k === 'sym') {
    const at = knownText(a)
    const bt = knownText(b)
    if (at !== undefined && bt !== undefined) return at === bt
    if (a.k === 'sym' && b.k === 'sym' && symKey(a) === symKey(b)) return true
    if (isStringLike(a) && isStringLike(b)) return undefined
    return false
  }
  if (a.k === 'number' && b.k === 'number') return sameNumber(a.v, b.v)
  if (a.k === 'string' && b.k === 'string') return sameText(a.v, b.v)
  if (a.k === 'bool' && b.k === 'bool') return a.v === b.v
  if (a.k === 'null' || b.k === 'null') return a.k === b.k
  if (a.k === 'list' && b.k === 'list') {
    if (a.items.length !== b.items.length) return false
    let r: boolean | undefined = true
    for (let i = 0; i < a.items.length; i++) {
      const e = valuesEqual(a.items[i]!, b.items[i]!, budget)
      if (e === false) return false
      if (e === undefined) r = undefined
    }
    return r
  }
  if (a.k === 'object' && b.k === 'object') {
    if (a.attrs.size !== b.attrs.size) return false
    let r: boolean | undefined = true
    for (const [k, v] of a.attrs) {
      const w = b.attrs.get(k)
      if (!w) return false
      const e = valuesEqual(v, w, budget)
      if (e === false) return false
      if (e === undefined) r = undefined
    }
    return r
  }
  return false
}

/**
 * What identifies a value known whole, as `valuesEqual` compares values (a map's keys in any
 * order); undefined when a part is not known statically, or once `budget` is spent (one per
 * element, one per 16 characters of a string). Sets keep one element per key in linear time:
 * comparing every pair walked both values each time, hours for 100,000 strings.
 */
export function valueKey(v: TfValue, budget: { left: number }, depth = 0): string | undefined {
  budget.left -= 1
  if (depth > 200) return undefined
  switch (v.k) {
    case 'string':
      budget.left -= v.v.length >> 4
      return budget.left < 0 ? undefined : `s${JSON.stringify(v.v)}`
    case 'sym':
      if (v.known === undefined) return undefined
      budget.left -= v.known.length >> 4
      return budget.left < 0 ? undefined : `s${JSON.stringify(v.known)}`
    case 'number':
      return budget.left < 0 ? undefined : `n${v.v}`
    case 'bool':
      return v.v ? 'T' : 'F'
    case 'null':
      return 'N'
    case 'list': {
      const keys: string[] = []
      for (const i of v.items) {
        const k = budget.left < 0 ? undefined : valueKey(i, budget, depth + 1)
        if (k === undefined) return undefined
        keys.push(k)
      }
      return `[${keys.join(',')}]`
    }
    case 'object': {
      const keys: string[] = []
      for (const name of [...v.attrs.keys()].sort()) {
        const k = budget.left < 0 ? undefined : valueKey(v.attrs.get(name)!, budget, depth + 1)
        if (k === undefined) return undefined
        keys.push(`${JSON.stringify(name)}:${k}`)
      }
      return `{${keys.join(',')}}`
    }
    default:
      return undefined
  }
}

/** First unknown found in a value (depth-first), for propagating reasons. */
export function findUnknown(v: TfValue, budget = { left: 10_000 }): TfUnknown | undefined {
  if (--budget.left < 0) return undefined
  if (v.k === 'unknown') return v
  if (v.k === 'list') {
    for (const i of v.items) {
      const u = findUnknown(i, budget)
      if (u) return u
    }
  } else if (v.k === 'object') {
    for (const i of v.attrs.values()) {
      const u = findUnknown(i, budget)
      if (u) return u
    }
  }
  return undefined
}
