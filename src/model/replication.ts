/**
 * Whether a replication rule delivers anything: S3 takes a replication configuration only on a
 * bucket whose versioning is `Enabled`, and only toward a destination whose versioning is too
 * (PutBucketReplication answers InvalidRequest otherwise, so the configuration is never applied),
 * and a rule whose status is not `Enabled` replicates nothing. Provider-neutral.
 */
import type { SourceLocation } from './location.js'
import type { Bucket, ReplicationRule } from './s3.js'

export type Delivery =
  | { state: 'delivers' }
  | { state: 'disabled'; at: SourceLocation }
  /** S3 refuses the configuration: the source (or the destination) is not versioned. */
  | { state: 'refused'; side: 'source' | 'destination'; bucket: string; status: string; at: SourceLocation }
  | { state: 'unknown'; why: string; at: SourceLocation }

/** How a versioning status reads in a message: `not configured`, `suspended`, `disabled`. */
export function versioningWords(b: Bucket): string {
  const s = b.versioning.status
  if (s.state === 'unknown') return 'unknown'
  if (s.state === 'default') return s.value === 'Enabled' ? 'enabled' : 'not configured'
  return s.value === 'Suspended' || s.value === 'Disabled' || s.value === 'Enabled' ? s.value.toLowerCase() : `"${String(s.value)}"`
}

/**
 * What one rule of `source` delivers to `target` (the destination resolved in the same model, if
 * it is there). A destination defined outside the code is taken as S3 would find it: not judged.
 */
export function ruleDelivery(source: Bucket, rule: ReplicationRule, target: Bucket | 'unknown' | undefined): Delivery {
  const st = rule.status
  if (st.state === 'unknown') return { state: 'unknown', why: st.why, at: st.at }
  if (st.value !== 'Enabled') return { state: 'disabled', at: rule.at }
  for (const [side, b] of [
    ['source', source],
    ['destination', target],
  ] as const) {
    if (b === undefined || b === 'unknown' || !b.managed) continue
    const v = b.versioning.status
    if (v.state === 'unknown')
      return {
        state: 'unknown',
        why: `S3 replicates only ${side === 'source' ? 'from' : 'to'} a versioned bucket, and the versioning of ${b.id} is not known statically: ${v.why}`,
        at: v.at,
      }
    if (v.value !== 'Enabled') return { state: 'refused', side, bucket: b.id, status: versioningWords(b), at: v.at }
  }
  return { state: 'delivers' }
}
