/**
 * What S3 makes of a lifecycle configuration as written. PutBucketLifecycleConfiguration refuses
 * a whole configuration in which two rules share an ID ("Rule ID must be unique") or that has
 * more than 1,000 rules, so none of its rules applies; and an action's day count must be a
 * positive whole number (`NoncurrentDays: 0` is refused, and Terraform provider 3.x reads a 0 as
 * unset), so such an action never runs. Provider-neutral.
 */
import type { SourceLocation } from './location.js'
import type { Tri } from './policy.js'
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
