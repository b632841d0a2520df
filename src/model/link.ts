/**
 * Cross-resource facts computed once per model, after a parser has filled it: which buckets
 * receive access logs, which trails and access points point at which bucket. Provider-neutral.
 */
import { resolveBucketRef, type NameSource } from './arn.js'
import { principalIsEveryone, isAllow } from './policy.js'
import type { Bucket, S3Model } from './s3.js'

export function nameSource(model: S3Model): NameSource {
  const byId = new Map(model.buckets.map((b) => [b.id, b]))
  return { bucket: (id) => byId.get(id) }
}

export function linkModel(model: S3Model): void {
  const names = nameSource(model)
  const resolve = (s: Parameters<typeof resolveBucketRef>[0]) => resolveBucketRef(s, model.buckets, names)
  for (const b of model.buckets) {
    b.links = { logSourceOf: [], isLogTarget: receivesLogsByAclOrPolicy(b), trailIds: [], accessPointIds: [] }
  }
  for (const b of model.buckets) {
    const t = b.logging.targetBucket
    if (t.state === 'unknown' || t.value === null) continue
    const target = resolve(t.value)
    if (target && target !== 'unknown') {
      target.links.logSourceOf.push(b.id)
      target.links.isLogTarget = true
    }
  }
  for (const trail of model.trails) {
    if (trail.bucketName.state === 'unknown') continue
    const target = resolve(trail.bucketName.value)
    if (target && target !== 'unknown') target.links.trailIds.push(trail.id)
  }
  for (const ap of model.accessPoints) {
    for (const ref of ap.buckets) {
      if (ref.state === 'unknown') continue
      const target = resolve(ref.value)
      if (target && target !== 'unknown') target.links.accessPointIds.push(ap.id)
    }
  }
}

/** The legacy log-delivery ACL, or a policy letting the S3 logging service write. */
function receivesLogsByAclOrPolicy(b: Bucket): boolean {
  if (b.acl.canned.state !== 'unknown' && b.acl.canned.value === 'log-delivery-write') return true
  if (b.acl.grants.state !== 'unknown' && b.acl.grants.value.some((g) => g.grantee.type === 'group' && g.grantee.uri === 'LogDelivery'))
    return true
  for (const doc of b.policies) {
    for (const s of doc.statements) {
      if (isAllow(s) !== true || principalIsEveryone(s) === true) continue
      if (s.principal.entries.state === 'unknown') continue
      if (s.principal.entries.value.some((e) => e.type === 'Service' && e.value === 'logging.s3.amazonaws.com')) return true
    }
  }
  return false
}
