/**
 * A bucket policy in one CloudFormation stack may attach to a bucket of another: `Bucket:
 * !ImportValue data-bucket-name` against an `Outputs` entry that exports `!Ref DataBucket`, or a
 * bucket name both templates write. Each template is a unit of its own, so the bucket's template
 * said "no bucket policy" and "plain HTTP allowed" with certainty, and the policy's template
 * checked the policy on a stand-in bucket. This pass links them after every unit has run:
 * - a policy that names the bucket for certain (the same literal export or bucket name) is the
 *   bucket's policy: the bucket's "no policy" findings go, since the policy's statements are
 *   judged where it is written;
 * - one that may name it (a name with parts known only at deploy time on either side, such as
 *   `${AWS::StackName}-DataBucket` against `${DataStack}-DataBucket`) makes them unknown, naming
 *   the policy.
 * A nested stack's policy on `Bucket: !Ref BucketName` is, for certain, the policy of each bucket a
 * parent passes that parameter by name (`BucketName: !Ref Data`); maybe, where the nested stack or
 * the policy exists only under a condition not known statically.
 * Terraform root modules are linked alike, by bucket name (an `aws_s3_bucket_policy` for a bucket
 * its root does not declare), and by a root's output read through `terraform_remote_state` in
 * another (src/parsers/terraform/remote-state.ts). It runs on the final findings, in a scan and again in a merge of
 * shards (the links travel in each shard's result), so that both give the same answer.
 */
import type { Finding, UnknownResult } from './engine/finding.js'
import type { SourceLocation } from './model/location.js'
import type { Str } from './model/value.js'
import type { ForeignPolicy, LinkableBucket, NamePattern, ParameterForward, StackLinks } from './model/stack-links.js'
import { describeNestedParameter, describeStateOutput } from './model/stack-links.js'
import { strParts } from './model/value.js'
import { startingWith } from './sorted-prefix.js'

/** The rules that judge the absence of a bucket policy or of a statement in it. */
const POLICY_ABSENCE_RULES: ReadonlySet<string> = new Set(['bucket-policy-missing', 'tls-not-enforced', 'tls-min-version'])

/** At most this many policies are named in one unknown's reason. */
const NAMED_POLICIES = 3

export function hasLinks(l: StackLinks | undefined): l is StackLinks {
  return !!l && l.policies.length > 0 && l.buckets.length > 0
}

/**
 * A string with placeholders as a pattern: every part not known statically is "anything", except
 * `${AWS::StackName}`, which is the name of `unit`'s own stack: two templates are two stacks, so
 * the stack name of one is never that of the other (short of same-named stacks in two Regions).
 */
export function patternOf(s: Str, unit?: string): NamePattern {
  const out: NamePattern = ['']
  for (const p of strParts(s)) {
    if (typeof p === 'string') out[out.length - 1] += p
    else if (unit !== undefined && p.kind === 'pseudo' && p.name === 'stack') out[out.length - 1] += stackToken(unit)
    else if (out[out.length - 1] !== '' || out.length === 1) out.push('')
  }
  return out
}

const stackToken = (unit: string) => `\u0001${unit}\u0001`
const STACK_TOKEN = /\u0001[^\u0001]*\u0001/

/** A pattern as the user wrote it: unknown parts as `…`, a stack's own name as `${AWS::StackName}`. */
export function patternText(p: NamePattern): string {
  return p.join('…').replace(new RegExp(STACK_TOKEN.source, 'g'), '${AWS::StackName}')
}

export const ANY_NAME: NamePattern = ['', '']

function literalLength(p: NamePattern): number {
  let n = 0
  for (const s of p) n += s.length
  return n
}

/** Whether two patterns can stand for the same name (their languages intersect). */
export function mayBeSame(a: NamePattern, b: NamePattern): boolean {
  // Cheap necessary conditions first: a scan may compare thousands of bucket names with a policy.
  const firstA = a[0]!
  const firstB = b[0]!
  if (!firstA.startsWith(firstB) && !firstB.startsWith(firstA)) return false
  const lastA = a[a.length - 1]!
  const lastB = b[b.length - 1]!
  if (!lastA.endsWith(lastB) && !lastB.endsWith(lastA)) return false
  // Each pattern as a sequence of characters and stars; a star matches any run of characters.
  const seq = (p: NamePattern) => p.join('\u0000')
  const x = seq(a)
  const y = seq(b)
  const STAR = '\u0000'
  const memo = new Map<number, boolean>()
  const go = (i: number, j: number): boolean => {
    const key = i * (y.length + 1) + j
    const known = memo.get(key)
    if (known !== undefined) return known
    let r: boolean
    if (i === x.length && j === y.length) r = true
    else if (i < x.length && x[i] === STAR) r = go(i + 1, j) || (j < y.length && go(i, j + 1))
    else if (j < y.length && y[j] === STAR) r = go(i, j + 1) || (i < x.length && go(i + 1, j))
    else r = i < x.length && j < y.length && x[i] === y[j] && go(i + 1, j + 1)
    memo.set(key, r)
    return r
  }
  // Export and bucket names are short (at most 255 and 63 characters); longer text is not a name.
  if (x.length > MAX_NAME_CHARS || y.length > MAX_NAME_CHARS) return false
  return go(0, 0)
}

/**
 * Export and bucket names are short (at most 255 and 63 characters), and `mayBeSame` takes
 * nothing longer than this for one; looked up by every prefix, 100 names of 16,000 characters
 * took 23 s.
 */
const MAX_NAME_CHARS = 1024
const nameLike = (p: NamePattern) => literalLength(p) + p.length <= MAX_NAME_CHARS

function sameFor(a: NamePattern, b: NamePattern): boolean {
  return a.length === 1 && b.length === 1 && a[0] === b[0]
}

/** A bucket's export or name, as a policy of the same kind may name it. */
interface Nameable {
  bucket: LinkableBucket
  via: ForeignPolicy['via']
  pattern: NamePattern
  /** The pattern with its `${AWS::StackName}` as any text: what a name written without it may match. */
  loose?: boolean
}

const hasStackToken = (p: NamePattern) => p.some((s) => s.includes('\u0001'))

/**
 * The pattern with its stack's name as any text. Another template that writes the name out
 * (`!ImportValue data-DataBucket`, or a parameter whose default is `data`) may mean this stack:
 * only two `${AWS::StackName}`s of two templates are known to differ.
 */
function stackNameAsAny(p: NamePattern): NamePattern {
  const out: NamePattern = ['']
  p.forEach((segment, i) => {
    if (i > 0) out.push('')
    segment.split(STACK_TOKEN).forEach((piece, j) => {
      if (j > 0) out.push('')
      out[out.length - 1] += piece
    })
  })
  return out
}

/**
 * Patterns by one literal piece each: two patterns can name the same thing only if one's first
 * piece starts the other's, and one's last piece ends the other's. A policy is compared only with
 * the buckets that pass the more telling of the two (a repository of thousands of named buckets
 * and hundreds of such policies; thousands of `${AWS::StackName}-…` exports against imports of
 * `${Stack}-…`, whose first pieces tell nothing, took 12 s for 4,000 pairs by the first piece alone).
 */
class PrefixIndex {
  private readonly byKey = new Map<string, Nameable[]>()
  private sorted: string[] | undefined

  add(key: string, n: Nameable): void {
    const list = this.byKey.get(key)
    if (list) list.push(n)
    else this.byKey.set(key, [n])
    this.sorted = undefined
  }

  /** Entries whose key starts `key` or that `key` starts. */
  *candidates(key: string): Generator<Nameable> {
    // Keys that start this one (itself included)...
    for (let i = 0; i <= key.length; i++) yield* this.byKey.get(key.slice(0, i)) ?? []
    // ...and longer keys that this one starts.
    this.sorted ??= [...this.byKey.keys()].sort()
    for (const k of startingWith(this.sorted, key, (x) => x)) if (k !== key) yield* this.byKey.get(k)!
  }
}

const headOf = (p: NamePattern) => p[0]!
/** The last piece backwards by UTF-16 unit, so that "ends with" is "starts with". */
const tailOf = (p: NamePattern) => p[p.length - 1]!.split('').reverse().join('')

class NameIndex {
  private readonly heads = new PrefixIndex()
  private readonly tails = new PrefixIndex()

  add(n: Nameable): void {
    this.heads.add(headOf(n.pattern), n)
    this.tails.add(tailOf(n.pattern), n)
  }

  candidates(pattern: NamePattern): Generator<Nameable> {
    const head = headOf(pattern)
    const tail = tailOf(pattern)
    return tail.length > head.length ? this.tails.candidates(tail) : this.heads.candidates(head)
  }
}

const placeOf = (b: { bucket: string; file: string; line: number }) => `${b.file}\u0000${b.line}\u0000${b.bucket}`

/**
 * Drops the "no policy" findings of buckets a policy elsewhere is for, and makes them unknown where
 * it may be; suppressed findings stay as they are. Returns what changed, for a note.
 */
export function linkForeignPolicies(
  findings: Finding[],
  unknowns: UnknownResult[],
  links: StackLinks,
  titleOf: (ruleId: string) => string,
  maxPairs = MAX_LINK_PAIRS,
): { findings: Finding[]; linked: number; cut?: boolean } {
  if (!hasLinks(links)) return { findings, linked: 0 }
  const index = new NameIndex()
  // In one order whatever order they came in: past the budgets, which pairs are weighed depends on
  // it, and a merge of shards (joined shard by shard) must link what one unsharded scan links.
  const forwards = forwardsFrom([...(links.forwards ?? [])].sort(byForward))
  const buckets = [...links.buckets].sort(byLinkable)
  const policies = [...links.policies].sort(byLinkable)
  for (const bucket of buckets) {
    for (const pattern of bucket.exports) {
      if (!nameLike(pattern)) continue
      index.add({ bucket, via: 'import', pattern })
      if (hasStackToken(pattern)) index.add({ bucket, via: 'import', pattern: stackNameAsAny(pattern), loose: true })
    }
    for (const pattern of bucket.stateOutputs ?? []) if (nameLike(pattern)) index.add({ bucket, via: 'remote-state', pattern })
    for (const pattern of passedOn(bucket.passedTo ?? [], forwards)) if (nameLike(pattern)) index.add({ bucket, via: 'parameter', pattern })
    // A name wholly unknown (`!Ref BucketNameParameter`) on either side would link every bucket of
    // the scan with every such policy.
    if (bucket.name && literalLength(bucket.name) > 0 && nameLike(bucket.name)) {
      index.add({ bucket, via: 'name', pattern: bucket.name })
      if (hasStackToken(bucket.name)) index.add({ bucket, via: 'name', pattern: stackNameAsAny(bucket.name), loose: true })
    }
  }
  const byPlace = new Map<string, { certain: Set<ForeignPolicy>; maybe: Set<ForeignPolicy> }>()
  let pairs = 0
  let cut = false
  policies: for (const p of policies) {
    if ((p.via === 'name' && literalLength(p.name) === 0) || !nameLike(p.name)) continue
    // A stack name meets another template's stack name as itself (they differ), and a name
    // written out as any text (see `stackNameAsAny`).
    const own = hasStackToken(p.name)
    const queries = own
      ? [
          { name: p.name, tokens: true },
          { name: stackNameAsAny(p.name), tokens: false },
        ]
      : [{ name: p.name, tokens: false }]
    for (const q of queries) {
      for (const n of index.candidates(q.name)) {
        // Thousands of policies each naming thousands of buckets (a forged shard file: 8,000 of
        // each took minutes and 1.8 GB): past the budget the rest are not linked, so their
        // findings stay (a louder result, never a quieter one).
        if (++pairs > maxPairs) {
          cut = true
          break policies
        }
        if (n.via !== p.via || n.bucket.unit === p.unit) continue
        const theirs = !n.loose && hasStackToken(n.pattern)
        if (q.tokens ? !theirs : theirs || (own && n.loose)) continue
        const certain = sameFor(q.name, n.pattern)
        if (!certain && !mayBeSame(q.name, n.pattern)) continue
        const key = placeOf(n.bucket)
        let entry = byPlace.get(key)
        if (!entry) byPlace.set(key, (entry = { certain: new Set(), maybe: new Set() }))
        entry[certain ? 'certain' : 'maybe'].add(p)
      }
    }
  }
  if (byPlace.size === 0) return { findings, linked: 0, ...(cut ? { cut } : {}) }
  let linked = 0
  const kept = findings.filter((f) => {
    if (f.suppressed || !POLICY_ABSENCE_RULES.has(f.ruleId)) return true
    const entry = byPlace.get(placeOf({ bucket: f.resource, file: f.location.file, line: f.location.line }))
    if (!entry) return true
    linked++
    if (entry.certain.size > 0) return false
    unknowns.push(unknownFor(f, [...entry.maybe], titleOf(f.ruleId)))
    return false
  })
  return { findings: kept, linked, ...(cut ? { cut } : {}) }
}

/** Parameters one bucket is passed to, directly and passed on, at most: past them its findings stay. */
export const MAX_PASSED_ON = 64

function forwardsFrom(list: readonly ParameterForward[]): Map<string, ParameterForward[]> {
  const out = new Map<string, ParameterForward[]>()
  for (const f of list) {
    const l = out.get(f.from)
    if (l) l.push(f)
    else out.set(f.from, [f])
  }
  return out
}

/**
 * The nested parameters a bucket reaches: those its template passes it to, and those the nested
 * templates pass them on to (a grandchild's policy on `!Ref BucketName` is the grandparent's
 * bucket's). Maybe once any stack on the way is deployed only maybe; a template that nests itself
 * stops at the parameters already reached.
 */
function passedOn(passedTo: readonly NamePattern[], forwards: ReadonlyMap<string, readonly ParameterForward[]>): NamePattern[] {
  if (forwards.size === 0 || passedTo.length === 0) return [...passedTo]
  const out: NamePattern[] = []
  const seen = new Set<string>()
  const queue: { name: string; maybe: boolean }[] = passedTo.map((p) => ({ name: p[0]!, maybe: p.length > 1 }))
  for (let i = 0; i < queue.length && out.length < MAX_PASSED_ON; i++) {
    const { name, maybe } = queue[i]!
    const key = `${maybe ? '?' : '!'}${name}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(maybe ? [name, ''] : [name])
    for (const f of forwards.get(name) ?? []) {
      // A forged shard file may pass one parameter on to thousands.
      if (queue.length >= 4 * MAX_PASSED_ON) break
      queue.push({ name: f.to, maybe: maybe || f.maybe })
    }
  }
  return out
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** By declaration; entries declared at one place (a forged shard file) by all they hold. */
function byLinkable(a: LinkableBucket | ForeignPolicy, b: LinkableBucket | ForeignPolicy): number {
  return (
    byText(a.unit, b.unit) ||
    byText(a.file, b.file) ||
    a.line - b.line ||
    byText('bucket' in a ? a.bucket : a.policy, 'bucket' in b ? b.bucket : b.policy) ||
    byText(JSON.stringify(a), JSON.stringify(b))
  )
}

const byForward = (a: ParameterForward, b: ParameterForward) =>
  byText(a.from, b.from) || byText(a.to, b.to) || Number(a.maybe) - Number(b.maybe)

/** Bucket × policy pairs weighed for cross-stack links, at most. */
export const MAX_LINK_PAIRS = 1_000_000

function describe(p: ForeignPolicy): string {
  const name = patternText(p.name)
  const how =
    p.via === 'import'
      ? `Fn::ImportValue "${name}"`
      : p.via === 'remote-state'
        ? describeStateOutput(p.name)
        : p.via === 'parameter'
          ? describeNestedParameter(p.name)
          : `bucket "${name}"`
  return `${p.policy} (${p.file}:${p.line}, ${how})`
}

function unknownFor(f: Finding, policies: readonly ForeignPolicy[], title: string): UnknownResult {
  const sorted = [...policies].sort((a, b) => (describe(a) < describe(b) ? -1 : describe(a) > describe(b) ? 1 : 0))
  const named = sorted.slice(0, NAMED_POLICIES).map(describe).join(', ')
  const more = sorted.length > NAMED_POLICIES ? ` and ${sorted.length - NAMED_POLICIES} more` : ''
  const at: SourceLocation = f.location
  return {
    ruleId: f.ruleId,
    message: `${title}: cannot tell (bucket policy)`,
    why: `a bucket policy of another template or root module may be this bucket's: ${named}${more}; ${whyMaybe(policies)}, and its statements are checked where it is written`,
    location: at,
    resource: f.resource,
    // The same rule on the same bucket at the same place: a baseline or exception made for the
    // finding still recognises it.
    fingerprint: f.fingerprint,
  }
}

function whyMaybe(policies: readonly ForeignPolicy[]): string {
  if (policies.every((p) => p.via === 'remote-state'))
    return 'which state it reads, or which state this root module writes, is not known statically (a backend completed at `terraform init`, a workspace, a value from a variable)'
  // A nested stack passed this bucket is linked for certain unless it, or its policy, may not be deployed.
  if (policies.every((p) => p.via === 'parameter'))
    return 'the nested stack this bucket is passed to, or the policy in it, is deployed only when a condition holds that is not known statically'
  return 'which bucket it names is only known at deploy time'
}

/** Joins the links of several units or shards, in a fixed order. */
export function joinLinks(parts: Iterable<StackLinks | undefined>): StackLinks {
  const out: StackLinks = { buckets: [], policies: [] }
  const forwards: ParameterForward[] = []
  for (const p of parts) {
    if (!p) continue
    for (const b of p.buckets) out.buckets.push(b)
    for (const q of p.policies) out.policies.push(q)
    for (const f of p.forwards ?? []) forwards.push(f)
  }
  if (forwards.length > 0) out.forwards = forwards
  return out
}
