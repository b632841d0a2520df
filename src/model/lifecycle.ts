/**
 * What S3 makes of a lifecycle configuration as written. PutBucketLifecycleConfiguration refuses
 * a whole configuration in which two rules share an ID ("Rule ID must be unique") or that has
 * more than 1,000 rules, so none of its rules applies; and an action's day count must be a
 * positive whole number (`NoncurrentDays: 0` is refused, and Terraform provider 3.x reads a 0 as
 * unset), so such an action never runs. Provider-neutral.
 */
import type { SourceLocation } from './location.js'
import { or, type Tri } from './policy.js'
import type { LifecycleRule } from './s3.js'
import type { Value } from './value.js'

/** S3's limit on the rules of one lifecycle configuration. */
export const MAX_LIFECYCLE_RULES = 1000

/** Why S3 refuses the configuration as a whole, and where; undefined when nothing here says it does. */
export function lifecycleRefusal(rules: readonly LifecycleRule[]): { why: string; at: SourceLocation } | undefined {
  if (rules.length > MAX_LIFECYCLE_RULES)
    return { why: `it has ${rules.length} rules and S3 takes at most ${MAX_LIFECYCLE_RULES}`, at: rules[MAX_LIFECYCLE_RULES]!.at }
  const seen = new Set<string>()
  for (const r of rules) {
    if (r.refused) return r.refused
    // An empty ID is none: S3 makes one up for such a rule.
    if (r.id === undefined || r.id === '') continue
    if (seen.has(r.id))
      return { why: `two of its rules have the ID ${JSON.stringify(r.id)}, and S3 requires each rule's ID to be unique`, at: r.at }
    seen.add(r.id)
  }
  return undefined
}

/**
 * Does an action written with this day count run? Not when it is absent, nor when the count is
 * zero, negative or fractional: S3 refuses those (and provider 3.x drops a 0); unknown when the
 * count is only known at deploy time.
 */
export function lifecycleActionRuns(days: Value<number | null>): Tri {
  if (days.state === 'unknown') return 'unknown'
  return days.value !== null && Number.isInteger(days.value) && days.value > 0
}

/**
 * What a parser read of one lifecycle rule, as S3 will be sent it, for `lifecycleRuleRefusal`.
 * Each part is `true` only when known: a value only known at deploy time refuses nothing.
 */
export interface LifecycleRuleShape {
  at: SourceLocation
  /** Does the rule hold any action (expiration, transition, noncurrent-version action, abort)? */
  hasAction: Tri
  /** Where `ExpiredObjectDeleteMarker: true` is sent, when it is. */
  deleteMarker?: SourceLocation
  /** Is an expiration in days or on a date sent beside it? */
  expirationDaysOrDate: Tri
  /** Where an `AbortIncompleteMultipartUpload` is sent, when one is. */
  abort?: SourceLocation
  /** Does a tag filter select the rule's objects? */
  tagFilter: Tri
  /** Does an object size filter? */
  sizeFilter: Tri
}

/**
 * Why S3 refuses one rule as written (and with it the whole configuration), and where; undefined
 * when nothing known says it does. PutBucketLifecycleConfiguration refuses a rule without any
 * action ("At least one action needs to be specified in a rule"), an expiration that holds
 * `ExpiredObjectDeleteMarker` beside `Days` or `Date` (MalformedXML), and an
 * `AbortIncompleteMultipartUpload` or `ExpiredObjectDeleteMarker` in a rule filtered by tags
 * ("... cannot be specified with Tags"), or an abort in one filtered by object size.
 */
export function lifecycleRuleRefusal(s: LifecycleRuleShape): { why: string; at: SourceLocation } | undefined {
  if (s.hasAction === false)
    return {
      why: 'a rule has no action (no expiration, transition, noncurrent-version action or abort of incomplete uploads), and S3 requires at least one',
      at: s.at,
    }
  if (s.deleteMarker && s.expirationDaysOrDate === true)
    return {
      why: 'a rule sets ExpiredObjectDeleteMarker beside an expiration in days or on a date, which S3 does not take together',
      at: s.deleteMarker,
    }
  if (s.tagFilter === true) {
    if (s.abort)
      return { why: 'a rule filtered by tags aborts incomplete multipart uploads, which S3 does not take with tags', at: s.abort }
    if (s.deleteMarker)
      return { why: 'a rule filtered by tags sets ExpiredObjectDeleteMarker, which S3 does not take with tags', at: s.deleteMarker }
  }
  if (s.sizeFilter === true && s.abort)
    return {
      why: 'a rule filtered by object size aborts incomplete multipart uploads, which S3 does not take with an object size',
      at: s.abort,
    }
  return undefined
}

/** Any of them true; else unknown if any is; else false. */
export function anyTri(parts: readonly Tri[]): Tri {
  return parts.reduce<Tri>(or, false)
}
