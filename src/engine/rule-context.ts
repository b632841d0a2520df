import { bucketArnForMatch, patternCovers, patternReachesPrefix, resolveBucketRef, type NameSource } from '../model/arn.js'
import type { PolicyScope } from '../model/exposure.js'
import { nameSource } from '../model/link.js'
import type { PolicyStatement, Tri } from '../model/policy.js'
import { or } from '../model/policy.js'
import type { AccountPublicAccessBlock, Bucket, S3Model } from '../model/s3.js'
import type { Str } from '../model/value.js'

/** Read-only helpers a rule may use to look beyond its subject. */
export interface RuleContext {
  model: S3Model
  bucket(id: string): Bucket | undefined
  /** The bucket a name, ARN or placeholder refers to, within this unit. */
  resolveBucket(ref: Str): Bucket | 'unknown' | undefined
  /** Account-level public access blocks declared in this unit. */
  accountPublicAccessBlocks(): AccountPublicAccessBlock[]
  /** Does the statement's Resource/NotResource cover the bucket ARN and its objects (`bucket/*`)? */
  statementCovers(stmt: PolicyStatement, bucket: Bucket): { bucket: Tri; objects: Tri }
  /** How the bucket's policy statements reach it: Allows on some of its objects, Denies on all. */
  policyScope(bucket: Bucket): PolicyScope
}

export function createRuleContext(model: S3Model): RuleContext {
  const names: NameSource = nameSource(model)
  const coverage = new WeakMap<PolicyStatement, Map<Bucket, { bucket: Tri; objects: Tri }>>()
  const reach = new WeakMap<PolicyStatement, Map<Bucket, { bucket: Tri; objects: Tri }>>()
  const statementCovers = (stmt: PolicyStatement, bucket: Bucket) => {
    // Several rules ask the same question of the same statement (both TLS rules, exposure...).
    let perStatement = coverage.get(stmt)
    if (!perStatement) coverage.set(stmt, (perStatement = new Map()))
    let answer = perStatement.get(bucket)
    if (!answer) {
      const arn = bucketArnForMatch(bucket, names)
      answer = { bucket: covers(stmt, arn, names), objects: coversAllObjects(stmt, arn, names) }
      perStatement.set(bucket, answer)
    }
    return answer
  }
  const statementReaches = (stmt: PolicyStatement, bucket: Bucket) => {
    let perStatement = reach.get(stmt)
    if (!perStatement) reach.set(stmt, (perStatement = new Map()))
    let answer = perStatement.get(bucket)
    if (!answer) {
      const arn = bucketArnForMatch(bucket, names)
      answer = { bucket: covers(stmt, arn, names), objects: reachesSomeObject(stmt, arn, names) }
      perStatement.set(bucket, answer)
    }
    return answer
  }
  return {
    model,
    bucket: (id) => names.bucket(id),
    resolveBucket: (ref) => resolveBucketRef(ref, model.buckets, names),
    accountPublicAccessBlocks: () => model.accountPublicAccessBlocks,
    statementCovers,
    policyScope: (bucket) => ({ reaches: (s) => statementReaches(s, bucket), covers: (s) => statementCovers(s, bucket) }),
  }
}

function covers(stmt: PolicyStatement, arn: string, names: NameSource): Tri {
  return resourceMatches(stmt, (v) => patternCovers(v, arn, names))
}

/** A key no pattern names on purpose: a pattern that covers it covers every object. */
const anyObject = (arn: string) => `${arn}/\u0002any-object-key`

/**
 * Does the statement cover every object of the bucket? With NotResource, only if no excluded
 * pattern reaches any object (NotResource `bucket/public/*` leaves those keys out).
 */
function coversAllObjects(stmt: PolicyStatement, arn: string, names: NameSource): Tri {
  if (stmt.resource.field === 'not') return resourceMatches(stmt, (v) => patternReachesPrefix(v, `${arn}/`, names))
  return covers(stmt, anyObject(arn), names)
}

/**
 * Does the statement reach at least one object of the bucket (`bucket/public/*` does)? With
 * NotResource it does unless the excluded patterns take in every object.
 */
function reachesSomeObject(stmt: PolicyStatement, arn: string, names: NameSource): Tri {
  if (stmt.resource.field === 'not') return covers(stmt, anyObject(arn), names)
  return resourceMatches(stmt, (v) => patternReachesPrefix(v, `${arn}/`, names))
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
