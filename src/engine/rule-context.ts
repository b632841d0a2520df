import {
  bucketArnForMatch,
  patternContains,
  patternCovers,
  patternMayMatchName,
  patternReachesPrefix,
  resolveBucketRef,
  type MatchBudget,
  type NameSource,
} from '../model/arn.js'
import type { PolicyScope } from '../model/exposure.js'
import { nameSource } from '../model/link.js'
import type { PolicyStatement, Tri } from '../model/policy.js'
import { or } from '../model/policy.js'
import type { AccountPublicAccessBlock, Bucket, S3Model } from '../model/s3.js'
import type { Str } from '../model/value.js'
import { hasUnknownPart, strParts } from '../model/value.js'

/** Read-only helpers a rule may use to look beyond its subject. */
export interface RuleContext {
  model: S3Model
  bucket(id: string): Bucket | undefined
  /** The bucket a name, ARN or placeholder refers to, within this unit. */
  resolveBucket(ref: Str): Bucket | 'unknown' | undefined
  /**
   * Account-level public access blocks declared in this unit, as they stand for `bucket`: one
   * deployed through a provider configuration that may be another account is only maybe there.
   */
  accountPublicAccessBlocks(bucket: Bucket): AccountPublicAccessBlock[]
  /** Does the statement's Resource/NotResource cover the bucket ARN and its objects (`bucket/*`)? */
  statementCovers(stmt: PolicyStatement, bucket: Bucket): { bucket: Tri; objects: Tri }
  /** How the bucket's policy statements reach it: Allows on some of its objects, Denies on all. */
  policyScope(bucket: Bucket): PolicyScope
}

export function createRuleContext(model: S3Model): RuleContext {
  const names: NameSource = nameSource(model)
  const statementCovers = perStatementAndBucket((stmt, bucket) => {
    const arn = bucketArnForMatch(bucket, names)
    return {
      bucket: covers(stmt, arn, names, unlessMissIsUncertain(bucket, names, '')),
      objects: coversAllObjects(stmt, arn, names, unlessMissIsUncertain(bucket, names, ANY_OBJECT_KEY)),
    }
  })
  const statementReaches = perStatementAndBucket((stmt, bucket) => reaches(stmt, bucketArnForMatch(bucket, names), bucket, names))
  return {
    model,
    bucket: (id) => names.bucket(id),
    resolveBucket: (ref) => resolveBucketRef(ref, model.buckets, names),
    accountPublicAccessBlocks: (bucket) => accountBlocksFor(model.accountPublicAccessBlocks, bucket),
    statementCovers,
    policyScope: (bucket) => {
      const budget: MatchBudget = { cells: CONTAINMENT_CELLS }
      const allowTargets = new WeakMap<PolicyStatement, AllowTargets | null>()
      return {
        reaches: (s) => statementReaches(s, bucket),
        covers: (s) => statementCovers(s, bucket),
        contains: (deny, allow) => {
          if (budget.cells <= 0) return NOT_CONTAINED
          let targets = allowTargets.get(allow)
          if (targets === undefined) allowTargets.set(allow, (targets = targetsOf(allow, bucket, names)))
          return targets ? denyContainsAllow(deny, targets, names, budget) : NOT_CONTAINED
        },
        accessPoints: accessPointScope(names),
      }
    },
  }
}

/**
 * Statements of an access point policy name the access point's own ARNs (`…:accesspoint/ap/object/*`),
 * which the model does not render: an Allow counts wherever it is written, and a Deny takes it back
 * where its Resource is `*` or certainly takes in every pattern of the Allow's.
 */
function accessPointScope(names: NameSource): PolicyScope {
  const everywhere: Coverage = { bucket: true, objects: true }
  const budget: MatchBudget = { cells: CONTAINMENT_CELLS }
  const plain = (s: PolicyStatement) =>
    s.resource.field === 'plain' && s.resource.values.state !== 'unknown' ? s.resource.values.value : undefined
  return {
    reaches: () => everywhere,
    covers: (s) => (plain(s)?.includes('*') ? everywhere : NOT_CONTAINED),
    contains: (deny, allow) => {
      const outer = plain(deny)
      const inner = plain(allow)
      if (!outer || !inner?.length || budget.cells <= 0) return NOT_CONTAINED
      return inner.every((v) => outer.some((o) => patternContains(o, v, names, budget))) ? everywhere : NOT_CONTAINED
    },
  }
}

/** Containment tests one bucket's rules may run in all (see `MatchBudget`): a few milliseconds' worth. */
const CONTAINMENT_CELLS = 4_000_000

/** An Allow's Resource patterns that reach the bucket ARN, and those that reach its objects. */
interface AllowTargets {
  bucket: readonly Str[]
  objects: readonly Str[]
}

/**
 * An Allow that names nothing of this bucket is judged as written (see `reachesActionTarget`), so
 * then all its patterns count on both levels. `null` when nothing can be said: NotResource, or a
 * Resource not known statically.
 */
function targetsOf(allow: PolicyStatement, bucket: Bucket, names: NameSource): AllowTargets | null {
  const a = allow.resource
  if (a.field !== 'plain' || a.values.state === 'unknown' || !a.values.value.length) return null
  const inner = a.values.value
  const arn = bucketArnForMatch(bucket, names)
  const sure = (m: Tri, v: Str): Tri => (m === false && !mismatchIsCertain(v, bucket, names) ? 'unknown' : m)
  const onBucket = inner.filter((v) => sure(patternCovers(v, arn, names), v) !== false)
  const onObjects = inner.filter((v) => sure(patternReachesPrefix(v, `${arn}/`, names), v) !== false)
  if (!onBucket.length && !onObjects.length) return { bucket: inner, objects: inner }
  return { bucket: onBucket, objects: onObjects }
}

/**
 * Where the Deny's Resource takes in every pattern of the Allow's that reaches the bucket ARN, or
 * its objects (a Deny and an Allow both on `bucket/reports/*`): what the Allow grants there, the
 * Deny takes back, even though it covers only some of the objects. Only a certain containment
 * counts; NotResource on either side never does.
 */
function denyContainsAllow(deny: PolicyStatement, allow: AllowTargets, names: NameSource, budget: MatchBudget): Coverage {
  const d = deny.resource
  if (d.field !== 'plain' || d.values.state === 'unknown') return NOT_CONTAINED
  const outer = d.values.value
  const takenIn = (patterns: readonly Str[]) =>
    patterns.length > 0 && patterns.every((v) => outer.some((o) => patternContains(o, v, names, budget)))
  return { bucket: takenIn(allow.bucket), objects: takenIn(allow.objects) }
}

const NOT_CONTAINED: Coverage = { bucket: false, objects: false }

type Coverage = { bucket: Tri; objects: Tri }

/** Remembers each answer: several rules ask the same question of the same statement (both TLS rules, exposure...). */
function perStatementAndBucket(
  compute: (stmt: PolicyStatement, bucket: Bucket) => Coverage,
): (stmt: PolicyStatement, bucket: Bucket) => Coverage {
  const answers = new WeakMap<PolicyStatement, Map<Bucket, Coverage>>()
  return (stmt, bucket) => {
    let perStatement = answers.get(stmt)
    if (!perStatement) answers.set(stmt, (perStatement = new Map()))
    let answer = perStatement.get(bucket)
    if (!answer) perStatement.set(bucket, (answer = compute(stmt, bucket)))
    return answer
  }
}

type PatternTest = (pattern: Str) => Tri
const asIs = (test: PatternTest) => test

function covers(stmt: PolicyStatement, arn: string, names: NameSource, sure = asIs): Tri {
  return resourceMatches(
    stmt,
    sure((v) => patternCovers(v, arn, names)),
  )
}

/** A key no pattern names on purpose: a pattern that covers it covers every object. */
const ANY_OBJECT_KEY = '/\u0002any-object-key'
const anyObject = (arn: string) => `${arn}${ANY_OBJECT_KEY}`

/**
 * Does the statement cover every object of the bucket? With NotResource, only if no excluded
 * pattern reaches any object (NotResource `bucket/public/*` leaves those keys out).
 */
function coversAllObjects(stmt: PolicyStatement, arn: string, names: NameSource, sure = asIs): Tri {
  if (stmt.resource.field === 'not') return resourceMatches(stmt, (v) => patternReachesPrefix(v, `${arn}/`, names))
  return covers(stmt, anyObject(arn), names, sure)
}

/**
 * A pattern that misses `arn:aws:s3:::<name><suffix>` misses it for certain when the bucket's name
 * is known (see `mismatchIsCertain`), or when no value of its unknown parts could make it match
 * (`${Env}-logs` never names `${Env}-data`); otherwise the miss is unknown. A Deny on
 * `arn:aws:s3:::acme-site/*` in a policy for a bucket named by `!ImportValue` or Terraform remote
 * state may well cover it: "no statement denies plain HTTP" was a false alarm there.
 */
function unlessMissIsUncertain(bucket: Bucket, names: NameSource, suffix: string): (test: PatternTest) => PatternTest {
  return (test) => (v) => {
    const m = test(v)
    return m === false && !mismatchIsCertain(v, bucket, names) && patternMayMatchName(v, bucket.name, suffix, names) ? 'unknown' : m
  }
}

/**
 * Where an Allow reaches the bucket: its ARN, and at least one of its objects (`bucket/public/*`
 * reaches some; NotResource reaches some unless the excluded patterns take in every object).
 * A miss counts only when it is certain (see `mismatchIsCertain`): an Allow wrongly taken for
 * another bucket's would pass silently.
 */
function reaches(stmt: PolicyStatement, arn: string, bucket: Bucket, names: NameSource): { bucket: Tri; objects: Tri } {
  const sure = (matches: PatternTest) => (v: Str) => {
    const m = matches(v)
    return m === false && !mismatchIsCertain(v, bucket, names) ? 'unknown' : m
  }
  const onBucket = resourceMatches(
    stmt,
    sure((v) => patternCovers(v, arn, names)),
  )
  const onObjects =
    stmt.resource.field === 'not'
      ? resourceMatches(
          stmt,
          sure((v) => patternCovers(v, anyObject(arn), names)),
        )
      : resourceMatches(
          stmt,
          sure((v) => patternReachesPrefix(v, `${arn}/`, names)),
        )
  return { bucket: onBucket, objects: onObjects }
}

/** Resource: does any pattern match? NotResource: does none? */
function resourceMatches(stmt: PolicyStatement, matches: (pattern: Str) => Tri): Tri {
  const f = stmt.resource
  if (f.field === 'none') return f.values.state === 'unknown' ? 'unknown' : false
  if (f.values.state === 'unknown') return 'unknown'
  let any: Tri = false
  for (const v of f.values.value) any = or(any, matches(v))
  if (f.field === 'plain') return any
  return any === 'unknown' ? 'unknown' : !any
}

/**
 * Can a pattern that does not match be trusted not to name the bucket? Not when the bucket's name
 * is only known at deploy time (`bucket = var.name`, a bucket declared elsewhere) and the pattern
 * does not name the bucket through its own reference, nor when the pattern names a bucket that
 * is not declared here: both sides are then opaque, and could be the same name.
 */
function mismatchIsCertain(pattern: Str, bucket: Bucket, names: NameSource): boolean {
  let viaOwnReference = false
  for (const p of strParts(pattern)) {
    if (typeof p === 'string' || p.kind === 'pseudo' || p.kind === 'unknown') continue
    if (p.kind === 'resource') return false
    if (p.id === bucket.id) viaOwnReference = true
    else {
      const other = names.bucket(p.id)
      if (!other || nameIsOpaque(other)) return false
    }
  }
  if (viaOwnReference) return true
  if (nameIsOpaque(bucket)) return false
  // A name AWS or Terraform generates (`stack-logs-1x2y3z`, `terraform-2026…`) is nobody else's,
  // but a wildcard where the pattern names the bucket (`arn:aws:s3:::stack-*`) may take it in.
  return !(bucket.name.state === 'default' && wildcardInBucketName(pattern))
}

/** Whether the part of an S3 ARN pattern that names the bucket (before the first `/`) holds `*` or `?`. */
function wildcardInBucketName(pattern: Str): boolean {
  let text = ''
  for (const p of strParts(pattern)) text += typeof p === 'string' ? p : '\u0001'
  const at = text.indexOf(':::')
  const name = at < 0 ? text : text.slice(at + 3)
  const slash = name.indexOf('/')
  return /[*?]/.test(slash < 0 ? name : name.slice(0, slash))
}

/** A name only known at deploy time (a generated name is known: unique, and nobody else's). */
function nameIsOpaque(b: Bucket): boolean {
  return b.name.state === 'unknown' || hasUnknownPart(b.name.value)
}

/** Copies of account blocks deployed by another provider configuration, by block and configuration. */
const elsewhereCopies = new WeakMap<AccountPublicAccessBlock, Map<string, AccountPublicAccessBlock>>()

function accountBlocksFor(blocks: AccountPublicAccessBlock[], bucket: Bucket): AccountPublicAccessBlock[] {
  if (!blocks.some((a) => a.deployedBy !== bucket.deployedBy)) return blocks
  return blocks.map((a) => {
    if (a.deployedBy === bucket.deployedBy || a.origin.maybe) return a
    const key = bucket.deployedBy ?? ''
    let copies = elsewhereCopies.get(a)
    if (!copies) elsewhereCopies.set(a, (copies = new Map()))
    let copy = copies.get(key)
    if (!copy) {
      const why = `${a.id} is deployed through another provider configuration than this bucket, which may be another AWS account`
      copy = { ...a, origin: { ...a.origin, maybe: { why, at: a.origin.at } } }
      copies.set(key, copy)
    }
    return copy
  })
}
