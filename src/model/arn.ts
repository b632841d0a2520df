/**
 * Matching ARN patterns (policy `Resource`, trail selectors) against buckets when either side may
 * hold placeholders. Both sides are rendered the same way: a bucket placeholder becomes that
 * bucket's name (or an opaque token when the name is generated), `${AWS::Partition}` becomes `aws`
 * (a template can only name its own partition), and other deploy-time values become opaque tokens,
 * so `!Sub arn:${AWS::Partition}:s3:::${Logs}/*` matches bucket `Logs` exactly as a literal would.
 */
import type { Bucket } from './s3.js'
import type { Tri } from './policy.js'
import type { Placeholder, Str, Value } from './value.js'
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
  if (!b || seen.has(id)) return `${TOKEN}bucket:${id}${TOKEN}`
  // A name that is an unset variable or parameter as a whole reads as that identity's token, as
  // it does inside a longer name (see `keyedText`).
  if (b.name.state === 'unknown') return b.name.key === undefined ? `${TOKEN}bucket:${id}${TOKEN}` : `${TOKEN}${b.name.key}${TOKEN}`
  seen.add(id)
  try {
    // A name built from a template parameter keeps that parameter as a token, so that a policy
    // Resource built from the same parameter (`${Name}-data/*`) can be matched against it.
    const r = renderSubject(b.name.value, names, seen) ?? keyedText(b.name.value, names)
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

/**
 * A wildcard pattern ready to match: its code units, and which of them are IAM wildcards (`*`
 * any run, `?` any one code unit) rather than literal text. Matched directly instead of through a
 * RegExp: patterns embed bucket names, so nearly every one is new, and compiling (and keeping)
 * a RegExp per pattern cost more than the match.
 */
interface Glob {
  text: string
  /** Per code unit of `text`: LIT, STAR or ONE. */
  kinds: Uint8Array
  hasUnknown: boolean
}

const LIT = 0
const STAR = 1
const ONE = 2

/** Patterns written as plain strings repeat across buckets and rules; placeholders are rendered per model. */
const literalGlobs = new Map<string, Glob>()

function literalGlob(p: string): Glob {
  let g = literalGlobs.get(p)
  if (!g) {
    g = { text: p, kinds: new Uint8Array(p.length), hasUnknown: false }
    addWildcards(g.kinds, p, 0)
    if (literalGlobs.size > 10_000) literalGlobs.clear()
    literalGlobs.set(p, g)
  }
  return g
}

function addWildcards(kinds: Uint8Array, p: string, at: number): void {
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i)
    if (c === 42 /* * */) kinds[at + i] = STAR
    else if (c === 63 /* ? */) kinds[at + i] = ONE
  }
}

/** One glob from the text of each part, and whether that part's `*` and `?` are wildcards. */
function joinGlob(texts: readonly string[], wild: readonly boolean[], hasUnknown: boolean): Glob {
  const text = texts.join('')
  const kinds = new Uint8Array(text.length)
  let at = 0
  for (let i = 0; i < texts.length; i++) {
    if (wild[i]) addWildcards(kinds, texts[i]!, at)
    at += texts[i]!.length
  }
  return { text, kinds, hasUnknown }
}

/**
 * An ARN whose partition is written out as another than `aws` (`arn:aws-cn:s3:::b/*`,
 * `arn:aws-us-gov:…`), read in `aws`, the partition bucket ARNs are rendered in (as
 * `${AWS::Partition}` is): a template deployed in China or GovCloud names its own partition, and
 * S3 rejects a bucket policy whose Resource names another's. Read as written, a GovCloud Deny on
 * `arn:aws-us-gov:s3:::b/*` covered nothing, and its bucket was reported open.
 */
const OTHER_PARTITION = /^arn:aws-[a-z]+(?:-[a-z]+)*:/

function inOwnPartition(text: string): string {
  return OTHER_PARTITION.test(text) ? `arn:aws:${text.slice(text.indexOf(':', 4) + 1)}` : text
}

function globOf(pattern: Str, names: NameSource): Glob {
  if (typeof pattern === 'string') return literalGlob(inOwnPartition(pattern))
  // Text of each part first, then one kinds array for the whole pattern.
  const texts: string[] = []
  const wild: boolean[] = []
  let hasUnknown = false
  for (const p of pattern.parts) {
    if (typeof p === 'string') {
      texts.push(texts.length ? p : inOwnPartition(p))
      wild.push(true)
    } else {
      const t = placeholderText(p, names, new Set())
      if (t === null) {
        // An unknowable part could be anything: it matches like `*`.
        hasUnknown = true
        texts.push('*')
        wild.push(true)
      } else {
        texts.push(t)
        wild.push(false)
      }
    }
  }
  return joinGlob(texts, wild, hasUnknown)
}

/**
 * Whole-string match of a plain pattern with IAM wildcards (`*`, and `?` unless `questionMark` is
 * false). Patterns come from pull requests, so never through a RegExp: `?*?*?*…X` as one
 * backtracks for seconds against every action name it is tested on.
 */
export function wildcardMatches(pattern: string, subject: string, questionMark = true): boolean {
  return globMatches(questionMark ? literalGlob(pattern) : starGlob(pattern), subject)
}

/** `wildcardMatches` by the bounded matcher alone, for the tests that check one against the other. */
export function wildcardMatchesBitParallel(pattern: string, subject: string, questionMark = true): boolean {
  return globMatchesBitParallel(questionMark ? literalGlob(pattern) : starGlob(pattern), subject)
}

function starGlob(p: string): Glob {
  const kinds = new Uint8Array(p.length)
  for (let i = 0; i < p.length; i++) if (p.charCodeAt(i) === 42 /* * */) kinds[i] = STAR
  return { text: p, kinds, hasUnknown: false }
}

/**
 * Whole-string wildcard match; backtracks only to the last `*` seen, which is linear on real
 * patterns. A long literal run after a `*` can make it pattern × subject steps (`*aaa…ab` against
 * `aaa…a`: 2,000-character pairs took 25 s over one hostile policy), so past a budget of a few passes
 * over both strings it hands over to `globMatchesBitParallel`, which is bounded.
 */
function globMatches(g: Glob, subject: string): boolean {
  const { text, kinds } = g
  const m = text.length
  const n = subject.length
  let budget = 4 * (n + m) + 256
  let p = 0
  let s = 0
  let starP = -1
  let starS = 0
  while (s < n) {
    if (--budget < 0) return globMatchesBitParallel(g, subject)
    const k = p < m ? kinds[p] : -1
    if (k === ONE || (k === LIT && text.charCodeAt(p) === subject.charCodeAt(s))) {
      p++
      s++
    } else if (k === STAR) {
      starP = p++
      starS = s
    } else if (starP >= 0) {
      p = starP + 1
      s = ++starS
    } else return false
  }
  while (p < m && kinds[p] === STAR) p++
  return p === m
}

/**
 * The same match as a set of pattern positions advanced one subject character at a time, 32 per
 * machine word: subject × pattern ÷ 32 steps whatever the input.
 */
function globMatchesBitParallel(g: Glob, subject: string): boolean {
  const { text, kinds } = g
  // Consecutive `*` are one `*`, so one shift closes a set over them.
  const at: number[] = []
  for (let p = 0; p < text.length; p++) if (p === 0 || kinds[p] !== STAR || kinds[p - 1] !== STAR) at.push(p)
  const m = at.length
  const words = (m >>> 5) + 1
  const star = new Uint32Array(words)
  const one = new Uint32Array(words)
  const byChar = new Map<number, Uint32Array>()
  for (let q = 0; q < m; q++) {
    const p = at[q]!
    const bit = 1 << (q & 31)
    const w = q >>> 5
    if (kinds[p] === STAR) star[w]! |= bit
    else if (kinds[p] === ONE) one[w]! |= bit
    else {
      const c = text.charCodeAt(p)
      let mask = byChar.get(c)
      if (!mask) byChar.set(c, (mask = new Uint32Array(words)))
      mask[w]! |= bit
    }
  }
  let states = new Uint32Array(words)
  let next = new Uint32Array(words)
  states[0] = 1
  const close = (set: Uint32Array) => {
    let carry = 0
    for (let w = 0; w < words; w++) {
      const from = set[w]! & star[w]!
      set[w]! |= (from << 1) | carry
      carry = from >>> 31
    }
  }
  close(states)
  for (let s = 0; s < subject.length; s++) {
    const lit = byChar.get(subject.charCodeAt(s))
    let carry = 0
    let alive = 0
    for (let w = 0; w < words; w++) {
      const here = states[w]!
      const step = here & (one[w]! | (lit ? lit[w]! : 0))
      const v = (step << 1) | carry | (here & star[w]!)
      carry = step >>> 31
      next[w] = v
      alive |= v
    }
    if (!alive) return false
    close(next)
    const done = states
    states = next
    next = done
  }
  return (states[m >>> 5]! & (1 << (m & 31))) !== 0
}

/**
 * Does the wildcard pattern (IAM `*`/`?`, case-sensitive as ARNs are) cover `subject`?
 * `unknown` when only an unknowable part of the pattern could make it match.
 */
export function patternCovers(pattern: Str, subject: string, names: NameSource): Tri {
  const g = globOf(pattern, names)
  if (!globMatches(g, subject)) return false
  if (!g.hasUnknown) return true
  const k = keyedGlob(pattern, names)
  return k && globMatches(k, subject) ? true : 'unknown'
}

/**
 * The pattern with each unknown part that has an identity (a template parameter) as that
 * parameter's token, matched literally: it then matches a bucket named from the same parameter
 * whatever the parameter's value. `null` when an unknown part has no identity.
 */
function keyedGlob(pattern: Str, names: NameSource): Glob | null {
  if (typeof pattern === 'string' || !pattern.parts.some((p) => typeof p !== 'string' && p.kind === 'unknown' && p.key !== undefined))
    return null
  const texts: string[] = []
  const wild: boolean[] = []
  for (const p of pattern.parts) {
    if (typeof p === 'string') {
      texts.push(texts.length ? p : inOwnPartition(p))
      wild.push(true)
      continue
    }
    const t = p.kind === 'unknown' ? (p.key === undefined ? null : `${TOKEN}${p.key}${TOKEN}`) : placeholderText(p, names, new Set())
    if (t === null) return null
    texts.push(t)
    wild.push(false)
  }
  return joinGlob(texts, wild, false)
}

/**
 * The most pattern × subject positions one match that tables them may visit. Real pairs are far
 * smaller (a bucket name has at most 63 characters, an ARN pattern rarely a few hundred); a pair
 * past it comes from hostile input (a 2 MB file of 2,000-character names and patterns took
 * minutes), and gets the uncertain answer instead.
 */
const MAX_MATCH_CELLS = 1 << 16

/**
 * Can the glob match some string that starts with `prefix` (some object of a bucket, given
 * `arn:aws:s3:::name/`)? Follows every pattern position the prefix can lead to, so it is exact;
 * prefixes are short, so the cost is their length times the pattern's.
 */
function globMatchesSomeExtension(g: Glob, prefix: string): boolean | 'too long' {
  const { text, kinds } = g
  const m = text.length
  if (prefix.length * (m + 1) > MAX_MATCH_CELLS) return 'too long'
  let states = new Uint8Array(m + 1)
  let next = new Uint8Array(m + 1)
  states[0] = 1
  for (let s = 0; s <= prefix.length; s++) {
    // A `*` may also match nothing: whoever reaches it reaches the position after it too.
    for (let p = 0; p < m; p++) if (states[p] && kinds[p] === STAR) states[p + 1] = 1
    if (s === prefix.length) break
    const c = prefix.charCodeAt(s)
    next.fill(0)
    let alive = false
    for (let p = 0; p < m; p++) {
      if (!states[p]) continue
      const k = kinds[p]
      if (k === STAR) next[p] = 1
      else if (k === ONE || text.charCodeAt(p) === c) next[p + 1] = 1
      else continue
      alive = true
    }
    if (!alive) return false
    const done = states
    states = next
    next = done
  }
  return states.some((x) => x === 1)
}

/**
 * Does the wildcard pattern cover at least one string that starts with `prefix`? `unknown` when
 * only an unknowable part of the pattern could make it so.
 */
export function patternReachesPrefix(pattern: Str, prefix: string, names: NameSource): Tri {
  const g = globOf(pattern, names)
  const some = globMatchesSomeExtension(g, prefix)
  if (some === 'too long') return 'unknown'
  if (!some) return false
  if (!g.hasUnknown) return true
  const k = keyedGlob(pattern, names)
  return k && globMatchesSomeExtension(k, prefix) === true ? true : 'unknown'
}

/**
 * Does every string `inner` matches also match `outer`, for certain? Both are wildcard patterns
 * (a Deny's Resource and an Allow's, say: `bucket/reports/*` is inside `bucket/*` and inside
 * itself). `false` whenever that is not sure: a part of `outer` only known at deploy time could be
 * narrower than it renders, and a `?` in `outer` cannot stand for a placeholder of `inner`, whose
 * value may be of any length. Without identity, an unknown part of `inner` is a `*`.
 */
export function patternContains(outer: Str, inner: Str, names: NameSource, budget?: MatchBudget): boolean {
  let o = globOf(outer, names)
  if (o.hasUnknown) {
    const keyed = keyedGlob(outer, names)
    if (!keyed) return false
    o = keyed
  }
  const i = keyedGlob(inner, names) ?? globOf(inner, names)
  if (i.text.includes(TOKEN) && o.kinds.includes(ONE)) return false
  return globContains(o, i, budget)
}

/**
 * Pattern × pattern positions a caller lets its containment tests visit in all. A policy may pair
 * thousands of Allows with thousands of Denies; past the budget, the answer is "not sure".
 */
export interface MatchBudget {
  cells: number
}

/** `patternContains` for plain patterns (IAM actions, lower-cased by the caller). */
export function wildcardContains(outer: string, inner: string, budget?: MatchBudget): boolean {
  return globContains(literalGlob(outer), literalGlob(inner), budget)
}

/**
 * `outer` takes in `inner` when the two line up with each literal of `outer` on the same literal
 * of `inner`, each `?` on one literal or `?`, and each `*` on any run (wildcards included): every
 * string `inner` matches then matches `outer`. A sufficient test, not a complete one, which is
 * what "certainly covered" needs. Bounded as `globMatchesSomeExtension` is.
 */
function globContains(outer: Glob, inner: Glob, budget?: MatchBudget): boolean {
  const m = outer.text.length
  const n = inner.text.length
  const cells = (m + 1) * (n + 1)
  if (cells > MAX_MATCH_CELLS || (budget && (budget.cells -= cells) < 0)) return false
  // fits[j]: outer from i on takes in inner from j on; filled from the ends backwards, row by row.
  let below = new Uint8Array(n + 1)
  let row = new Uint8Array(n + 1)
  below[n] = 1
  for (let i = m - 1; i >= 0; i--) {
    const k = outer.kinds[i]
    for (let j = n; j >= 0; j--) {
      let r: boolean
      if (k === STAR) r = below[j] === 1 || (j < n && row[j + 1] === 1)
      else if (j === n) r = false
      else if (k === ONE) r = inner.kinds[j] !== STAR && below[j + 1] === 1
      else r = inner.kinds[j] === LIT && inner.text.charCodeAt(j) === outer.text.charCodeAt(i) && below[j + 1] === 1
      row[j] = r ? 1 : 0
    }
    const done = below
    below = row
    row = done
  }
  return below[0] === 1
}

/** Resolves a name/ARN/placeholder to a bucket of the model. */
export function resolveBucketRef(ref: Str, buckets: readonly Bucket[], names: NameSource): Bucket | 'unknown' | undefined {
  const parts = strParts(ref)
  if (parts.length === 1 && typeof parts[0] !== 'string' && parts[0]!.kind === 'bucket') return names.bucket(parts[0]!.id)
  const text = renderSubject(ref, names)
  if (text === null) return bySameUnknownName(ref, buckets, names) ?? 'unknown'
  const name = nameOf(text)
  if (names.byName) return names.byName(name)
  return buckets.find((b) => bucketNameForMatch(b, names) === name)
}

/**
 * The bucket an S3 ARN names: what comes before the first `/`. Cut by `indexOf`, not by
 * `/\/.*$/`, which rescans the rest of the text from each `/` when a line break follows (a
 * policy's `Bucket` of 100,000 slashes and a newline took 25 s), and then kept the object key.
 */
function nameOf(written: string): string {
  const text = inOwnPartition(written)
  if (!text.startsWith('arn:aws:s3:::')) return text
  const rest = text.slice('arn:aws:s3:::'.length)
  const slash = rest.indexOf('/')
  return slash < 0 ? rest : rest.slice(0, slash)
}

/**
 * The one bucket whose name is written the same way, from the same unknown values
 * (`!Sub '${Name}-data'` on both sides, `Name` a parameter without a default): whatever `Name`
 * turns out to be, the two are the same bucket.
 */
function bySameUnknownName(ref: Str, buckets: readonly Bucket[], names: NameSource): Bucket | undefined {
  const text = keyedText(ref, names)
  if (text === null) return undefined
  const same = keyedNameIndex(buckets, names).get(nameOf(text))
  return same?.length === 1 ? same[0] : undefined
}

/**
 * The buckets of a list by `keyedName`, built once per list and name source (as `byName` is: names
 * are settled before references are resolved). One pass over every bucket per reference made a
 * template of 8,000 buckets and policies named by one parameter take 27 s.
 */
const keyedNameIndexes = new WeakMap<readonly Bucket[], { names: NameSource; length: number; index: Map<string, Bucket[]> }>()
function keyedNameIndex(buckets: readonly Bucket[], names: NameSource): Map<string, Bucket[]> {
  const cached = keyedNameIndexes.get(buckets)
  if (cached?.names === names && cached.length === buckets.length) return cached.index
  const index = new Map<string, Bucket[]>()
  for (const b of buckets) {
    const k = keyedName(b, names)
    if (k === null) continue
    const list = index.get(k)
    if (list) list.push(b)
    else index.set(k, [b])
  }
  keyedNameIndexes.set(buckets, { names, length: buckets.length, index })
  return index
}

/** The bucket's name with each unknown part that has an identity as a token; null if one has none. */
function keyedName(b: Bucket, names: NameSource): string | null {
  if (b.name.state !== 'unknown') return keyedText(b.name.value, names)
  return b.name.key === undefined ? null : `${TOKEN}${b.name.key}${TOKEN}`
}

/** `renderSubject`, with each unknown part that has an identity as a token; null if one has none. */
function keyedText(s: Str, names: NameSource): string | null {
  let out = ''
  for (const p of strParts(s)) {
    if (typeof p === 'string') out += p
    else if (p.kind === 'unknown') {
      if (p.key === undefined) return null
      out += `${TOKEN}${p.key}${TOKEN}`
    } else {
      const t = placeholderText(p, names, new Set())
      if (t === null) return null
      out += t
    }
  }
  return out
}

/** A run of characters of a bucket name not known statically: anything but `/`. */
const GAP = -1

/**
 * Could the wildcard pattern match `arn:aws:s3:::<name><suffix>` for some value of the bucket's
 * name? The name's parts known only at deploy time (a parameter, an import, remote state), and a
 * name the bucket is given when none is written, stand for any run of characters but `/`; a placeholder's token, for its own text. `suffix` is literal.
 * Used where a statement seems to miss a bucket whose name is not known: a Deny on
 * `arn:aws:s3:::acme-site/*` may cover a bucket named by `!ImportValue`, but never one named
 * `${Env}-data`.
 */
export function patternMayMatchName(pattern: Str, name: Value<Str>, suffix: string, names: NameSource): boolean {
  const x: number[] = []
  const literal = (s: string) => {
    for (let i = 0; i < s.length; i++) x.push(s.charCodeAt(i))
  }
  literal('arn:aws:s3:::')
  // A generated name is some name too, only not one written here.
  if (name.state === 'unknown' || name.state === 'default') x.push(GAP)
  else if (name.value === null) return true
  else
    for (const p of strParts(name.value)) {
      if (typeof p === 'string') literal(p)
      else if (p.kind === 'unknown' || p.kind === 'pseudo') x.push(GAP)
      else {
        const t = placeholderText(p, names, new Set())
        if (t === null) x.push(GAP)
        else literal(t)
      }
    }
  literal(suffix)
  const g = globOf(pattern, names)
  const m = g.text.length
  const n = x.length
  if ((n + 1) * (m + 1) > MAX_MATCH_CELLS) return true
  // may[i][j]: x from i on can match the pattern from j on. Filled from the ends backwards, row by
  // row (a recursion per position overflowed the stack on a 10,000-character name).
  let below = new Uint8Array(m + 2)
  let row = new Uint8Array(m + 2)
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      let r: boolean
      if (i === n && j === m) r = true
      else if (i < n && x[i] === GAP)
        r = below[j] === 1 || (j < m && (g.kinds[j] !== LIT || g.text.charCodeAt(j) !== 47) /* '/' */ && row[j + 1] === 1)
      else if (j < m && g.kinds[j] === STAR) r = row[j + 1] === 1 || (i < n && below[j] === 1)
      else if (j < m && g.kinds[j] === ONE) r = i < n && below[j + 1] === 1
      else r = i < n && j < m && x[i] === g.text.charCodeAt(j) && below[j + 1] === 1
      row[j] = r ? 1 : 0
    }
    const done = below
    below = row
    row = done
  }
  return below[0] === 1
}
