/**
 * `aws_s3_bucket` (with its v3 inline blocks) and the v4+ resources that configure a bucket
 * separately → the neutral Bucket.
 */
import { boundedBucketName } from '../../model/bucket-name.js'
import { newBucket } from '../../model/defaults.js'
import type { SourceLocation } from '../../model/location.js'
import type { PolicyDocument } from '../../model/policy.js'
import type { Bucket, ResourceOrigin } from '../../model/s3.js'
import type { Str, Value } from '../../model/value.js'
import { mapValue, setValue, unknownValue, writtenName } from '../../model/value.js'
import type { BodyView } from './body-view.js'
import {
  BPA_NAMES,
  readCannedAcl,
  readCorsRules,
  readEncryptionRules,
  readInlineLogging,
  readInlineGrants,
  readLifecycleRules,
  readNotifications,
  readObjectLockRule,
  readPolicyGrants,
  readPublicAccessBlock,
  readReplication,
  readWebsite,
} from './bucket-settings.js'
import type { ValueReader } from './model-values.js'

/**
 * Reads the policy attribute `name`. `required`: the resource cannot be applied without it, so a
 * value that may be null (`one(data.d[*].json)` over a data source that may not exist) is its
 * other alternative whenever the resource is applied.
 */
export type PolicyReader = (view: BodyView, name: string, owner: string, required?: boolean) => PolicyDocument | undefined

/** The split resources that configure one bucket, by Terraform type. */
export const BUCKET_SETTING_TYPES = new Set([
  'aws_s3_bucket_public_access_block',
  'aws_s3_bucket_server_side_encryption_configuration',
  'aws_s3_bucket_versioning',
  'aws_s3_bucket_logging',
  'aws_s3_bucket_acl',
  'aws_s3_bucket_policy',
  'aws_s3_bucket_ownership_controls',
  'aws_s3_bucket_lifecycle_configuration',
  'aws_s3_bucket_object_lock_configuration',
  'aws_s3_bucket_website_configuration',
  'aws_s3_bucket_cors_configuration',
  'aws_s3_bucket_notification',
  'aws_s3_bucket_replication_configuration',
  'aws_s3_bucket_request_payment_configuration',
  'aws_s3_bucket_accelerate_configuration',
])

export function readBucket(r: ValueReader, id: string, view: BodyView, origin: ResourceOrigin, readPolicy: PolicyReader): Bucket {
  const b = newBucket(id, origin)
  const at = origin.at

  const name = r.present(view, 'bucket')
  if (name) {
    const v = r.str(view, 'bucket', at)
    if (v.state === 'unknown' || v.value !== null) b.name = boundedBucketName(v as Value<Str>)
  }

  const tags = r.present(view, 'tags')
  if (tags && tags.value.k === 'object') {
    for (const [k, v] of tags.value.attrs) b.tags[k] = r.stringOf(v, r.attrLoc(view, tags))
  }

  const acl = readCannedAcl(r, view)
  if (acl) b.acl.canned = acl
  const grants = readInlineGrants(r, view.blocks('grant'))
  if (grants) b.acl.grants = grants

  const versioning = view.blocks('versioning')[0]
  if (versioning) {
    const vat = r.blockLoc(versioning)
    b.versioning.at = vat
    const enabled = r.bool(versioning, 'enabled', false, vat)
    b.versioning.status = mapValue(enabled, (e) => (e ? 'Enabled' : 'Disabled'))
    b.versioning.mfaDelete = r.bool(versioning, 'mfa_delete', false, vat)
  }

  readInlineLogging(r, b, view)

  const sse = view.blocks('server_side_encryption_configuration')[0]
  if (sse) readEncryptionRules(r, b, sse, r.blockLoc(sse))

  const lifecycle = view.blocks('lifecycle_rule')
  if (lifecycle.length) b.lifecycle = readLifecycleRules(r, lifecycle, r.blockLoc(lifecycle[0]!), true)

  const website = view.blocks('website')[0]
  if (website) b.website = readWebsite(r, website, true)

  // The provider removes the bucket policy when the inline `policy` is "" (modules of the v2/v3
  // era default their `policy` input so); as an `aws_s3_bucket_policy` it would be an error.
  const inline = view.attr('policy')?.value
  const policy = inline?.k === 'string' && inline.v === '' ? undefined : readPolicy(view, 'policy', id)
  if (policy) b.policies.push(policy)

  const olEnabled = r.present(view, 'object_lock_enabled')
  if (olEnabled) {
    b.objectLock.enabled = r.bool(view, 'object_lock_enabled', false, at)
    b.objectLock.at = r.attrLoc(view, olEnabled)
  }
  const ol = view.blocks('object_lock_configuration')[0]
  if (ol) {
    const oat = r.blockLoc(ol)
    b.objectLock.at = oat
    const e = r.string(ol, 'object_lock_enabled', null, oat)
    if (e.state === 'unknown' || e.value !== null) b.objectLock.enabled = mapValue(e, (s) => s === 'Enabled')
    readObjectLockRule(r, b, ol)
  }

  const replication = view.blocks('replication_configuration')[0]
  if (replication) b.replication = readReplication(r, replication, 'rules')

  const cors = view.blocks('cors_rule')
  if (cors.length) b.cors = readCorsRules(r, cors, r.blockLoc(cors[0]!))

  return b
}

/** Applies one v4+ setting resource to its bucket. `at` is the resource's header. */
export function applyBucketSetting(
  r: ValueReader,
  b: Bucket,
  type: string,
  view: BodyView,
  at: SourceLocation,
  owner: string,
  readPolicy: PolicyReader,
  /** Another resource of this type configured the bucket before (they conflict: either may be in effect). */
  again = false,
): void {
  switch (type) {
    case 'aws_s3_bucket_public_access_block':
      b.publicAccessBlock = readPublicAccessBlock(r, view, BPA_NAMES, false)
      return
    case 'aws_s3_bucket_server_side_encryption_configuration':
      readEncryptionRules(r, b, view, at)
      return
    case 'aws_s3_bucket_versioning': {
      b.versioning.at = at
      const conf = view.blocks('versioning_configuration')[0]
      if (!conf) return
      const cat = r.blockLoc(conf)
      if (conf.unknownWhy) {
        b.versioning.status = unknownValue(conf.unknownWhy, cat)
        return
      }
      b.versioning.status = r.string(conf, 'status', 'Disabled', cat) as Bucket['versioning']['status']
      b.versioning.mfaDelete = mapValue(r.string(conf, 'mfa_delete', 'Disabled', cat), (s) => s === 'Enabled')
      return
    }
    case 'aws_s3_bucket_logging':
      b.logging.at = at
      b.logging.targetBucket = writtenName(r.str(view, 'target_bucket', at))
      b.logging.targetPrefix = r.str(view, 'target_prefix', at)
      return
    case 'aws_s3_bucket_acl': {
      const before = b.acl
      const acl = readCannedAcl(r, view)
      if (acl) b.acl.canned = again ? morePublicCanned(before.canned, acl) : acl
      const acp = view.blocks('access_control_policy')[0]
      if (acp) {
        const grants = readPolicyGrants(r, acp)
        // Two ACL resources replace each other in no fixed order: the grants of both may be in effect.
        b.acl.grants =
          again && before.grants.state === 'set' && grants.state === 'set'
            ? setValue([...before.grants.value, ...grants.value], grants.at)
            : again && before.grants.state === 'unknown'
              ? before.grants
              : grants
      }
      return
    }
    case 'aws_s3_bucket_policy': {
      const doc = readPolicy(view, 'policy', owner, true)
      if (doc) b.policies.push(doc)
      return
    }
    case 'aws_s3_bucket_ownership_controls': {
      const rule = view.blocks('rule')[0]
      if (!rule) return
      const rat = r.blockLoc(rule)
      b.ownership = rule.unknownWhy ? unknownValue(rule.unknownWhy, rat) : r.string(rule, 'object_ownership', 'BucketOwnerEnforced', rat)
      return
    }
    case 'aws_s3_bucket_lifecycle_configuration':
      b.lifecycle = readLifecycleRules(r, view.blocks('rule'), at, false)
      return
    case 'aws_s3_bucket_object_lock_configuration': {
      // Unless the bucket itself asks for Object Lock when it is created, this turns it on for a
      // bucket S3 has already made, which S3 takes only when its versioning is Enabled.
      const own = b.objectLock.enabled
      if (own.state !== 'unknown' && !own.value) b.objectLock.afterCreation = true
      b.objectLock.at = at
      const e = r.string(view, 'object_lock_enabled', 'Enabled', at)
      b.objectLock.enabled = e.state === 'unknown' ? e : setValue(e.value === 'Enabled', e.at)
      readObjectLockRule(r, b, view)
      return
    }
    case 'aws_s3_bucket_website_configuration':
      b.website = readWebsite(r, view, false)
      return
    case 'aws_s3_bucket_cors_configuration':
      b.cors = readCorsRules(r, view.blocks('cors_rule'), at)
      return
    case 'aws_s3_bucket_notification':
      b.notifications = readNotifications(r, view)
      return
    case 'aws_s3_bucket_replication_configuration':
      b.replication = readReplication(r, view, 'rule')
      return
  }
}

const CANNED_EXPOSURE = ['public-read-write', 'public-read', 'authenticated-read']

/** Of two canned ACLs that may each be in effect, the one that opens the bucket more (unknown wins). */
function morePublicCanned<T extends string>(a: Value<T>, b: Value<T>): Value<T> {
  if (a.state === 'unknown') return a
  if (b.state === 'unknown' || a.state !== 'set') return b
  const rank = (v: Value<T>) => (v.state === 'set' ? CANNED_EXPOSURE.indexOf(v.value) : -1)
  const ra = rank(a)
  const rb = rank(b)
  return ra !== -1 && (rb === -1 || ra < rb) ? a : b
}
