/**
 * Matching ARN patterns (policy `Resource`, trail selectors) against buckets when either side may
 * hold placeholders. Both sides are rendered the same way: a bucket placeholder becomes that
 * bucket's name (or an opaque token when the name is generated), `${AWS::Partition}` becomes `aws`
 * (a template can only name its own partition), and other deploy-time values become opaque tokens,
 * so `!Sub arn:${AWS::Partition}:s3:::${Logs}/*` matches bucket `Logs` exactly as a literal would.
 */
import type { Bucket } from './s3.js'
import type { Tri } from './policy.js'
import type { Placeholder, Str } from './value.js'
import { strParts } from './value.js'

export interface NameSource {
  bucket(id: string): Bucket | undefined
  /** The bucket whose rendered name (see `bucketNameForMatch`) is `name`; an index, not a scan. */
  byName?(name: string): Bucket | undefined
}

const TOKEN = '\u0001'

function placeholderText(p: Placeholder, names: NameSource, seen: Set<string>): string | null {
  switch (p.kind) {
    case 'pseudo':
      return p.name === 'partition' ? 'aws' : p.name === 'url-suffix' ? 'amazonaws.com' : `${TOKEN}${p.name}${TOKEN}`
    case 'bucket': {
      const name = bucketNameText(p.id, names, seen)
      if (p.attr === 'name') return name
      if (p.attr === 'arn') return `arn:aws:s3:::${name}`
      return `${name}.s3.amazonaws.com`
    }
    case 'resource':
      return `${TOKEN}${p.id}.${p.attr}${TOKEN}`
    case 'unknown':
      return null
  }
}

function bucketNameText(id: string, names: NameSource, seen: Set<string>): string {
  const b = names.bucket(id)
  if (!b || seen.has(id) || b.name.state === 'unknown') return `${TOKEN}bucket:${id}${TOKEN}`
  seen.add(id)
  try {
    const r = renderSubject(b.name.value, names, seen)
    return r ?? `${TOKEN}bucket:${id}${TOKEN}`
  } finally {
    seen.delete(id)
  }
}

/** Renders a concrete value (a bucket name); `null` when a part is unknowable. */
export function renderSubject(s: Str, names: NameSource, seen = new Set<string>()): string | null {
  let out = ''
  for (const p of strParts(s)) {
    if (typeof p === 'string') out += p
    else {
      const t = placeholderText(p, names, seen)
      if (t === null) return null
      out += t
    }
  }
  return out
}

export function bucketNameForMatch(b: Bucket, names: NameSource): string {
  return bucketNameText(b.id, names, new Set())
}
export function bucketArnForMatch(b: Bucket, names: NameSource): string {
  return `arn:aws:s3:::${bucketNameForMatch(b, names)}`
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Does the wildcard pattern (IAM `*`/`?`, case-sensitive as ARNs are) cover `subject`?
 * `unknown` when only an unknowable part of the pattern could make it match.
 */
const patternCache = new Map<string, RegExp>()

/** Compiled wildcard patterns, shared across rules and buckets (the same policy is checked many times). */
function compiled(source: string): RegExp {
  let re = patternCache.get(source)
  if (!re) {
    if (patternCache.size > 50_000) patternCache.clear()
    re = new RegExp(`^${source}$`)
    patternCache.set(source, re)
  }
  return re
}

/**
 * Does the wildcard pattern (IAM `*`/`?`, case-sensitive as ARNs are) cover `subject`?
 * `unknown` when only an unknowable part of the pattern could make it match.
 */
export function patternCovers(pattern: Str, subject: string, names: NameSource): Tri {
  let re = ''
  let hasUnknown = false
  for (const p of strParts(pattern)) {
    if (typeof p === 'string') re += literalPattern(p)
    else {
      const t = placeholderText(p, names, new Set())
      if (t === null) {
        hasUnknown = true
        re += '[\\s\\S]*'
      } else re += escapeRe(t)
    }
  }
  if (!compiled(re).test(subject)) return false
  return hasUnknown ? 'unknown' : true
}

const literalCache = new Map<string, string>()
function literalPattern(p: string): string {
  let out = literalCache.get(p)
  if (out === undefined) {
    out = ''
    for (const c of p) out += c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : escapeRe(c)
    if (literalCache.size > 50_000) literalCache.clear()
    literalCache.set(p, out)
  }
  return out
}

/** Resolves a name/ARN/placeholder to a bucket of the model. */
export function resolveBucketRef(ref: Str, buckets: readonly Bucket[], names: NameSource): Bucket | 'unknown' | undefined {
  const parts = strParts(ref)
  if (parts.length === 1 && typeof parts[0] !== 'string' && parts[0]!.kind === 'bucket') return names.bucket(parts[0]!.id)
  const text = renderSubject(ref, names)
  if (text === null) return 'unknown'
  const name = text.startsWith('arn:aws:s3:::') ? text.slice('arn:aws:s3:::'.length).replace(/\/.*$/, '') : text
  if (names.byName) return names.byName(name)
  return buckets.find((b) => bucketNameForMatch(b, names) === name)
}
