/**
 * A v4+ setting resource that may not be deployed (its `count` / `for_each` is not known
 * statically, and the bucket does not share it) changes its bucket only if it is deployed. No
 * rule may pass because of it, so every setting it changes becomes unknown, naming why; a setting
 * it leaves as the bucket already had it (the same algorithm, the same `false`) is kept, and so
 * is still judged. What only ever opens a bucket (public ACL grants, CORS rules on a bucket
 * without any) is kept as written, so what the resource would do wrong is still reported, and so
 * are the Allow statements of a bucket policy, whose Deny statements protect nothing for sure
 * (`markMaybeDeployed`), as for a CloudFormation resource behind a condition.
 */
import { markMaybeDeployed } from '../../model/policy.js'
import type { Bucket } from '../../model/s3.js'
import type { Value } from '../../model/value.js'
import { sameValue, unknownValue } from '../../model/value.js'
import type { Maybe } from './to-model.js'

type Holder = Record<string, unknown>

/** Every object of a bucket that holds setting values, with the names of those values. */
function holders(b: Bucket): [holder: Holder, names: readonly string[]][] {
  const h = (x: object) => x as Holder
  return [
    [h(b.publicAccessBlock), ['declared', 'blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets']],
    [h(b.acl), ['canned', 'grants']],
    [h(b), ['ownership', 'lifecycle', 'notifications', 'replication', 'website', 'cors']],
    [h(b.encryption), ['declared', 'algorithm', 'kmsKeyId', 'bucketKeyEnabled', 'blockedEncryptionTypes']],
    [h(b.versioning), ['status', 'mfaDelete']],
    [h(b.logging), ['targetBucket', 'targetPrefix']],
    [h(b.objectLock), ['enabled', 'defaultRetention']],
  ]
}

/**
 * Runs `apply` (which writes one setting resource into `b`) as for a resource that may not be
 * deployed. With `anyBucket` nothing tells which bucket the resource configures, so it is written
 * as a maybe into every one: then nothing it writes is kept, not even what only opens a bucket (a
 * public ACL, the Allow statements of a policy), which would otherwise be reported on each of them.
 */
export function applyMaybeSetting(b: Bucket, maybe: Maybe, apply: () => void, anyBucket = false): void {
  const before = holders(b).map(([holder, names]) => names.map((n) => holder[n] as Value<unknown>))
  const policies = b.policies.length
  const versioningWritten = b.versioning.status.state !== 'default'
  apply()
  for (const doc of b.policies.slice(policies)) {
    markMaybeDeployed(doc, { why: maybe.why, at: maybe.at })
    if (anyBucket) doc.statements = doc.statements.filter((s) => s.effect.state === 'set' && s.effect.value === 'Deny')
  }
  holders(b).forEach(([holder, names], i) => {
    const was = before[i]!
    if (!anyBucket && holder === (b.acl as object) && opensOnly(b, was)) return
    names.forEach((n, j) => {
      if (!anyBucket && n === 'cors' && was[j]!.state === 'default') return
      if (!sameValue(was[j]!, holder[n] as Value<unknown>)) holder[n] = unknownValue(maybe.why, maybe.at)
    })
  })
  // MFA delete means something only where versioning is configured: if that may not be so, neither is it.
  if (!versioningWritten && b.versioning.status.state === 'unknown') b.versioning.mfaDelete = unknownValue(maybe.why, maybe.at)
}

/**
 * An ACL written on a bucket that had none only adds grants, unless it makes the bucket a log
 * target (which exempts it from access logging) or is not known.
 */
function opensOnly(b: Bucket, before: Value<unknown>[]): boolean {
  if (before.some((v) => v.state !== 'default')) return false
  const { canned, grants } = b.acl
  if (canned.state === 'unknown' || canned.value === 'log-delivery-write' || grants.state === 'unknown') return false
  return !grants.value.some((g) => g.grantee.type === 'unknown' || (g.grantee.type === 'group' && g.grantee.uri === 'LogDelivery'))
}

/**
 * Runs `apply` for a setting resource past the cap of resources of one type on one bucket: what
 * it writes becomes unknown (the later ones are not read at all, and any of them may be the one
 * Terraform applies last), and a policy it adds is replaced by a document that cannot be read.
 */
export function applyPastCap(b: Bucket, past: Omit<Maybe, 'key'>, apply: () => void): void {
  const before = holders(b).map(([holder, names]) => names.map((n) => holder[n]))
  const policies = b.policies.length
  apply()
  if (b.policies.length > policies) {
    const owner = b.policies[policies]!.owner
    b.policies.length = policies
    b.policies.push({ owner, at: past.at, statements: [], unknown: { why: past.why, at: past.at } })
  }
  holders(b).forEach(([holder, names], i) =>
    names.forEach((n, j) => {
      if (holder[n] !== before[i]![j]) holder[n] = unknownValue(past.why, past.at)
    }),
  )
}

/**
 * Runs `apply` for a second resource of one type configuring one bucket (two public access
 * blocks, two versionings): Terraform applies them in no fixed order, so either may be in effect,
 * and what it sets differently from the ones before becomes unknown. Read one after the other, the
 * last written won: a public access block turned off, declared before one turned on, passed.
 * (Policies and ACLs are merged instead: `applyBucketSetting` with `again`.)
 */
export function applyConflicting(b: Bucket, conflict: Omit<Maybe, 'key'>, apply: () => void): void {
  const before = holders(b).map(([holder, names]) => names.map((n) => holder[n] as Value<unknown>))
  apply()
  holders(b).forEach(([holder, names], i) =>
    names.forEach((n, j) => {
      if (!sameEffect(before[i]![j]!, holder[n] as Value<unknown>)) holder[n] = unknownValue(conflict.why, conflict.at)
    }),
  )
}

/**
 * Whether two resources write the same value, one by default and the other in so many words (the
 * registry module's Block Public Access defaults, true since v3.9.0, and a second block that sets
 * them true): which one is applied last does not matter then. Compared by state too, every such
 * flag was unknown.
 */
function sameEffect(a: Value<unknown>, b: Value<unknown>): boolean {
  if (a.state === 'unknown' || b.state === 'unknown') return sameValue(a, b)
  return sameValue({ ...a, state: 'set' }, { ...b, state: 'set' })
}
