import type { SourceLocation } from './location.js'

/**
 * A value read from infrastructure code.
 * - `set`: written in the code (or resolved from something written there, e.g. a parameter default)
 * - `default`: not written; `value` is what AWS/the provider uses, `at` points at the owning resource
 * - `unknown`: written, but not statically knowable (unresolved reference, `(known after apply)`)
 * Rules must report `unknown` as unknown, never guess a pass or a fail.
 */
export type Value<T> = SetValue<T> | DefaultValue<T> | UnknownValue

export interface SetValue<T> {
  state: 'set'
  value: T
  at: SourceLocation
}
export interface DefaultValue<T> {
  state: 'default'
  value: T
  at: SourceLocation
}
export interface UnknownValue {
  state: 'unknown'
  why: string
  at: SourceLocation
  /**
   * What is unknown, when two places can name the same thing (an unset variable or a template
   * parameter, as the `key` of an unknown `Placeholder`): only for matching names and ARNs, never
   * read as a value.
   */
  key?: string
}

export function setValue<T>(value: T, at: SourceLocation): SetValue<T> {
  return { state: 'set', value, at }
}
export function defaultValue<T>(value: T, at: SourceLocation): DefaultValue<T> {
  return { state: 'default', value, at }
}
export function unknownValue(why: string, at: SourceLocation, key?: string): UnknownValue {
  return key === undefined ? { state: 'unknown', why, at } : { state: 'unknown', why, at, key }
}
/**
 * A name that is written but not known statically (a parameter, a variable) is still some name:
 * for a setting whose presence is what counts (a logging target), it is set, with the unknown
 * inside it for anything that needs the name itself.
 */
export function writtenName(v: Value<Str | null>): Value<Str | null> {
  if (v.state !== 'unknown') return v
  return setValue({ parts: [v.key === undefined ? { kind: 'unknown', why: v.why } : { kind: 'unknown', why: v.why, key: v.key }] }, v.at)
}
export function isKnown<T>(v: Value<T>): v is SetValue<T> | DefaultValue<T> {
  return v.state !== 'unknown'
}
/** The same state and value (or the same reason for being unknown); locations do not count. */
export function sameValue(a: Value<unknown>, b: Value<unknown>): boolean {
  if (a.state === 'unknown') return b.state === 'unknown' && a.why === b.why
  return a.state === b.state && sameData(a.value, b.value, 0)
}

function sameData(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true
  if (depth > 20 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a).filter((k) => k !== 'at')
  const kb = Object.keys(b).filter((k) => k !== 'at')
  if (ka.length !== kb.length) return false
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  return ka.every((k) => Object.hasOwn(y, k) && sameData(x[k], y[k], depth + 1))
}

/** Maps a known value, keeping its state and location; unknown stays unknown. */
export function mapValue<T, U>(v: Value<T>, f: (x: T) => U): Value<U> {
  return v.state === 'unknown' ? v : { state: v.state, value: f(v.value), at: v.at }
}

/**
 * A string that may contain parts only known at deploy time, e.g. `arn:${AWS::Partition}:s3:::${Bucket}/*`.
 * Parsers turn their own references into these neutral placeholders so rules can reason about
 * "this is the ARN of bucket X" without knowing the format.
 */
export type Str = string | SymbolicString
export interface SymbolicString {
  parts: StrPart[]
}
export type StrPart = string | Placeholder
export type Placeholder =
  /** A bucket of this model: its name, ARN or domain name. `id` is the bucket's resource id. */
  | { kind: 'bucket'; id: string; attr: 'name' | 'arn' | 'domain' }
  /** Another resource of the same unit (a KMS key, a log group, a role...). */
  | { kind: 'resource'; id: string; type: string; attr: string }
  | { kind: 'pseudo'; name: 'partition' | 'account' | 'region' | 'stack' | 'url-suffix' }
  /**
   * `key`: what is unknown, when two places can name the same thing (a template parameter).
   * `oneOf`: the strings it is known to be one of (a mapping looked up by Region), for questions
   * every one of them answers alike; anything else takes it as unknown.
   */
  | { kind: 'unknown'; why: string; key?: string; oneOf?: readonly string[] }

export function isSymbolic(s: Str): s is SymbolicString {
  return typeof s !== 'string'
}

/** Builds a Str, merging adjacent literal parts and collapsing to a plain string when fully known. */
export function makeStr(parts: readonly StrPart[]): Str {
  const out: StrPart[] = []
  for (const p of parts) {
    if (typeof p === 'string') {
      if (p === '') continue
      const last = out[out.length - 1]
      if (typeof last === 'string') out[out.length - 1] = last + p
      else out.push(p)
    } else out.push(p)
  }
  if (out.length === 0) return ''
  if (out.length === 1 && typeof out[0] === 'string') return out[0]
  return { parts: out }
}

export function strParts(s: Str): StrPart[] {
  return typeof s === 'string' ? [s] : s.parts
}

/** Human-readable form: placeholders as `${...}`. */
export function strToDisplay(s: Str): string {
  if (typeof s === 'string') return s
  return s.parts.map((p) => (typeof p === 'string' ? p : placeholderDisplay(p))).join('')
}

/** How a placeholder reads in messages: `${Logs.arn}`, `${partition}`, `${?}`. */
export function placeholderDisplay(p: Placeholder): string {
  switch (p.kind) {
    case 'bucket':
    case 'resource':
      return `\${${p.id}.${p.attr}}`
    case 'pseudo':
      return `\${${p.name}}`
    case 'unknown':
      return '${?}'
  }
}

/** True when any part is genuinely unknowable (not a bucket/resource/pseudo placeholder). */
export function hasUnknownPart(s: Str): boolean {
  return typeof s !== 'string' && s.parts.some((p) => typeof p !== 'string' && p.kind === 'unknown')
}

/**
 * What a name or ARN value refers to, for finding its bucket: the string when known, or the
 * identity of an unknown one (`bucket = var.name`) as a one-part string; `undefined` otherwise.
 */
export function refOf(v: Value<Str | null>): Str | undefined {
  if (v.state !== 'unknown') return v.value ?? undefined
  return v.key === undefined ? undefined : { parts: [{ kind: 'unknown', why: v.why, key: v.key }] }
}

export function unknownStr(why: string): SymbolicString {
  return { parts: [{ kind: 'unknown', why }] }
}
