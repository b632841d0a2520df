/**
 * Fresh model objects holding what AWS does when the code says nothing. Parsers start from these
 * and overwrite what the code sets, so every format agrees on defaults.
 */
import type { SourceLocation } from './location.js'
import type { AccessPoint, Bucket, LifecycleRule, PublicAccessBlock, ResourceOrigin, Trail } from './s3.js'
import { defaultValue, setValue, unknownValue, type Str, type StrPart, type UnknownValue, type Value } from './value.js'

/**
 * A public access block that the code does not declare. Flags are `default: false` because the
 * code does not enforce them (AWS turns them on for buckets created since April 2023, but the
 * code cannot guarantee that for an existing bucket, and the account may differ).
 */
export function undeclaredPublicAccessBlock(at: SourceLocation): PublicAccessBlock {
  return {
    declared: defaultValue(false, at),
    blockPublicAcls: defaultValue(false, at),
    ignorePublicAcls: defaultValue(false, at),
    blockPublicPolicy: defaultValue(false, at),
    restrictPublicBuckets: defaultValue(false, at),
    at,
  }
}

/** A declared block whose omitted flags are false (CloudFormation and Terraform agree on that). */
export function declaredPublicAccessBlock(at: SourceLocation): PublicAccessBlock {
  return { ...undeclaredPublicAccessBlock(at), declared: { state: 'set', value: true, at } }
}

export function newBucket(id: string, origin: ResourceOrigin): Bucket {
  const at = origin.at
  return {
    id,
    origin,
    managed: true,
    name: defaultValue({ parts: [{ kind: 'bucket', id, attr: 'name' }] }, at),
    tags: {},
    publicAccessBlock: undeclaredPublicAccessBlock(at),
    acl: { canned: defaultValue('private', at), grants: defaultValue([], at) },
    // Since April 2023 new buckets get BucketOwnerEnforced (ACLs disabled) unless told otherwise.
    ownership: defaultValue('BucketOwnerEnforced', at),
    policies: [],
    encryption: {
      declared: defaultValue(false, at),
      // Since January 2023 S3 encrypts every new object with SSE-S3 when nothing else is set.
      algorithm: defaultValue('AES256', at),
      kmsKeyId: defaultValue(null, at),
      bucketKeyEnabled: defaultValue(false, at),
      blockedEncryptionTypes: defaultValue([], at),
      at,
    },
    versioning: { status: defaultValue('Disabled', at), mfaDelete: defaultValue(false, at), mfaDeleteConfigurable: true, at },
    logging: { targetBucket: defaultValue(null, at), targetPrefix: defaultValue(null, at), at },
    lifecycle: defaultValue([], at),
    objectLock: { enabled: defaultValue(false, at), defaultRetention: defaultValue(null, at), at },
    notifications: defaultValue([], at),
    replication: defaultValue(null, at),
    website: defaultValue(null, at),
    cors: defaultValue([], at),
    suppressions: [],
    links: { logSourceOf: [], isLogTarget: false, trailIds: [], accessPointIds: [], replicaOf: [], logDeliveries: [] },
  }
}

export function newAccessPoint(id: string, origin: ResourceOrigin, multiRegion: boolean): AccessPoint {
  const at = origin.at
  return {
    id,
    origin,
    multiRegion,
    buckets: [],
    // Unlike buckets, access points block all public access unless created otherwise (and it cannot change later).
    publicAccessBlock: {
      declared: defaultValue(false, at),
      blockPublicAcls: defaultValue(true, at),
      ignorePublicAcls: defaultValue(true, at),
      blockPublicPolicy: defaultValue(true, at),
      restrictPublicBuckets: defaultValue(true, at),
      at,
    },
    networkOrigin: defaultValue('Internet', origin.at),
    policies: [],
    suppressions: [],
  }
}

export function newTrail(id: string, origin: ResourceOrigin): Trail {
  const at = origin.at
  return {
    id,
    origin,
    bucketName: { state: 'unknown', why: 'the trail names no bucket', at },
    isMultiRegion: defaultValue(false, at),
    logFileValidation: defaultValue(false, at),
    isLogging: defaultValue(true, at),
    cloudWatchLogsGroup: defaultValue(null, at),
    kmsKeyId: defaultValue(null, at),
    dataEvents: defaultValue([], at),
    suppressions: [],
  }
}

/**
 * A bucket defined outside this code that this code configures (a bucket policy, a split
 * Terraform setting resource): every setting is unknown until a resource here sets it, so no rule
 * can pass or fail it by accident, and the engine does not list those unknowns (they are all at
 * `origin.at`; unknowns in what is written for it, elsewhere, are listed).
 */
export function externalBucket(id: string, origin: ResourceOrigin, name: Value<Str>): Bucket {
  const b = newBucket(id, origin)
  const at = origin.at
  const u = unknownValue('the bucket is defined outside this code, so its other settings are not known', at)
  b.managed = false
  b.name = name
  b.policyDefinedElsewhere = true
  b.publicAccessBlock = { declared: u, blockPublicAcls: u, ignorePublicAcls: u, blockPublicPolicy: u, restrictPublicBuckets: u, at }
  b.acl = { canned: u, grants: u }
  b.ownership = u
  b.encryption = { declared: u, algorithm: u, kmsKeyId: u, bucketKeyEnabled: u, blockedEncryptionTypes: u, at }
  b.versioning = { ...b.versioning, status: u, mfaDelete: u }
  b.logging = { targetBucket: u, targetPrefix: u, at }
  b.lifecycle = u
  b.objectLock = { enabled: u, defaultRetention: u, at }
  b.notifications = u
  b.replication = u
  b.website = u
  b.cors = u
  return b
}

/**
 * S3 turns versioning on when it creates a bucket with Object Lock, and it cannot be suspended
 * afterwards, so such a bucket is versioned without a versioning configuration. Call once every
 * setting of the bucket has been read.
 */
export function versioningFromObjectLock(b: Bucket): void {
  const status = b.versioning.status
  const enabled = b.objectLock.enabled
  if (b.objectLock.afterCreation) return lockOnExistingBucket(b)
  // Terraform's `Disabled` leaves versioning as S3 made it, which on an Object Lock bucket is on.
  if (status.state === 'set' && status.value === 'Disabled') {
    if (enabled.state !== 'unknown' && enabled.value) b.versioning.status = { ...status, value: 'Enabled' }
    return
  }
  if (status.state !== 'default') return
  if (enabled.state === 'unknown') b.versioning.status = enabled
  else if (enabled.value) b.versioning.status = defaultValue('Enabled', enabled.at)
}

/**
 * Object Lock turned on for a bucket S3 has already created: S3 takes it only when the bucket's
 * versioning is Enabled (PutObjectLockConfiguration answers InvalidBucketState otherwise), so a
 * bucket whose versioning is not, or only known at deploy time, gets no lock, or maybe none; its
 * versioning stays as written.
 */
function lockOnExistingBucket(b: Bucket): void {
  const enabled = b.objectLock.enabled
  const status = b.versioning.status
  if (enabled.state === 'unknown' || !enabled.value) return
  if (status.state === 'unknown') {
    b.objectLock.enabled = unknownValue(
      `Object Lock is turned on after the bucket is created, which S3 allows only on a bucket whose versioning is Enabled, and the versioning is only known at deploy time: ${status.why}`,
      enabled.at,
    )
    return
  }
  if (status.value === 'Enabled') return
  const words =
    status.state === 'default'
      ? 'not configured'
      : status.value === 'Suspended' || status.value === 'Disabled'
        ? status.value.toLowerCase()
        : JSON.stringify(status.value)
  b.objectLock.refused = {
    why: `Object Lock is turned on after the bucket is created, which S3 refuses on a bucket whose versioning is not Enabled (here ${words})`,
    at: enabled.at,
  }
  b.objectLock.enabled = setValue(false, enabled.at)
}

/**
 * A lifecycle rule's Status. S3 accepts only `Enabled` and `Disabled`; any other value (`""` in a
 * placeholder) cannot be deployed, so whether its author meant the rule on is not known.
 */
export function lifecycleRuleEnabled(status: Value<string>): Value<boolean> {
  if (status.state === 'unknown') return status
  if (status.value === 'Enabled' || status.value === 'Disabled') return { ...status, value: status.value === 'Enabled' }
  return unknownValue(`the rule's status ${JSON.stringify(status.value)} is neither Enabled nor Disabled`, status.at)
}

/**
 * Whether a lifecycle rule's filter limits it to some objects, from what each part of the filter
 * says: one part that limits it is enough; otherwise a part only known at deploy time leaves it open.
 */
export function lifecycleRuleFilter(parts: readonly Value<boolean>[]): Pick<LifecycleRule, 'filtered' | 'filterUnknown'> {
  let open: UnknownValue | undefined
  for (const p of parts) {
    if (p.state === 'unknown') open ??= p
    else if (p.value) return { filtered: true }
  }
  return open ? { filtered: 'unknown', filterUnknown: open } : { filtered: false }
}

/** An empty prefix matches every object, so only a non-empty one limits a lifecycle rule. */
export function limitsByPrefix(prefix: Value<Str | null>): Value<boolean> {
  if (prefix.state === 'unknown') return prefix
  const v = prefix.value
  if (v === null || typeof v === 'string') return { ...prefix, value: (v ?? '') !== '' }
  // Text, a name or a value known to be one of some non-empty strings is never empty; anything else
  // known only at deploy time may be.
  const mayBeEmpty = (p: StrPart) =>
    typeof p === 'string' ? p === '' : p.kind === 'unknown' && !(p.oneOf && p.oneOf.every((o) => o !== ''))
  if (!v.parts.every(mayBeEmpty)) return setValue(true, prefix.at)
  const open = v.parts.find((p) => typeof p !== 'string' && p.kind === 'unknown')
  return unknownValue(
    open && typeof open !== 'string' && open.kind === 'unknown' ? open.why : 'the prefix is only known at deploy time',
    prefix.at,
  )
}

/** An object size bound limits a lifecycle rule to the objects within it. */
export function limitsBySize(size: Value<number | null>): Value<boolean> {
  return size.state === 'unknown' ? size : { ...size, value: size.value !== null }
}
