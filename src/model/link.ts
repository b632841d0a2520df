/**
 * Cross-resource facts computed once per model, after a parser has filled it: which buckets
 * receive access logs, which trails and access points point at which bucket. Provider-neutral.
 */
import { bucketNameForMatch, resolveBucketRef, type NameSource } from './arn.js'
import { principalIsEveryone, isAllow } from './policy.js'
import { perModel } from './per-model.js'
import { ruleDelivery } from './replication.js'
import type { Bucket, S3Model } from './s3.js'
import { refOf, type Str } from './value.js'

const nameSources = perModel<{ count: number; source: NameSource }>('nameSource')

/**
 * Lookups of buckets by id and by rendered name, built once per model (rules call this for every
 * bucket, so it must not cost a pass over all buckets each time).
 */
export function nameSource(model: S3Model): NameSource {
  const cached = nameSources.get(model)
  if (cached && cached.count === model.buckets.length) return cached.source
  const byId = new Map(model.buckets.map((b) => [b.id, b]))
  let byName: Map<string, Bucket> | undefined
  const source: NameSource = {
    bucket: (id) => byId.get(id),
    byName: (name) => {
      if (!byName) {
        byName = new Map()
        for (const b of model.buckets) {
          const n = bucketNameForMatch(b, source)
          if (!byName.has(n)) byName.set(n, b)
        }
      }
      return byName.get(name)
    },
  }
  nameSources.set(model, { count: model.buckets.length, source })
  return source
}

export function linkModel(model: S3Model): void {
  const names = nameSource(model)
  const resolve = (s: Parameters<typeof resolveBucketRef>[0]) => resolveBucketRef(s, model.buckets, names)
  for (const b of model.buckets) {
    b.links = {
      logSourceOf: [],
      isLogTarget: receivesLogsByAclOrPolicy(b),
      trailIds: [],
      accessPointIds: [],
      replicaOf: [],
      logDeliveries: [],
    }
  }
  for (const b of model.buckets) {
    const t = refOf(b.logging.targetBucket)
    if (t === undefined) continue
    const target = resolve(t)
    if (target && target !== 'unknown') {
      target.links.logSourceOf.push(b.id)
      target.links.isLogTarget = true
    }
  }
  for (const d of model.logDeliveries ?? []) {
    const target = resolve(bucketOfDomain(d.bucket))
    if (target && target !== 'unknown') target.links.logDeliveries.push({ service: d.service, from: d.from })
  }
  // Per target, the sources it has: thousands of buckets replicating to one were a search each.
  const replicaSources = new Map<Bucket, Set<string>>()
  for (const b of model.buckets) {
    const rep = b.replication
    if (rep.state === 'unknown' || rep.value === null) continue
    for (const rule of rep.value.rules) {
      const ref = refOf(rule.destinationBucket)
      if (ref === undefined) continue
      const target = resolve(ref)
      if (!target || target === 'unknown' || target === b) continue
      // A disabled rule, or one S3 refuses (a side not versioned), makes no replica.
      const delivery = ruleDelivery(b, rule, target)
      if (delivery.state === 'unknown') {
        const maybe = (target.links.replicaMaybeOf ??= [])
        if (!maybe.some((m) => m.from === b.id)) maybe.push({ from: b.id, why: delivery.why, at: delivery.at })
      }
      if (delivery.state !== 'delivers') continue
      let sources = replicaSources.get(target)
      if (!sources) replicaSources.set(target, (sources = new Set()))
      if (sources.has(b.id)) continue
      sources.add(b.id)
      target.links.replicaOf.push(b.id)
    }
  }
  for (const trail of model.trails) {
    const ref = refOf(trail.bucketName)
    if (ref === undefined) continue
    const target = resolve(ref)
    if (target && target !== 'unknown') target.links.trailIds.push(trail.id)
  }
  for (const ap of model.accessPoints) {
    for (const v of ap.buckets) {
      const ref = refOf(v)
      if (ref === undefined) continue
      const target = resolve(ref)
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

/** `name.s3.amazonaws.com` (a CloudFront log bucket written out) as the bucket's name; anything else as it is. */
function bucketOfDomain(s: Str): Str {
  if (typeof s !== 'string') return s
  const m = /^(.+?)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?\.?$/.exec(s)
  return m ? m[1]! : s
}
