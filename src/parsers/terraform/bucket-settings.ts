/**
 * S3 bucket settings read from Terraform, in both shapes the AWS provider accepts: the v3 inline
 * blocks of `aws_s3_bucket` (`versioning {}`, `logging {}`, `grant {}`...) and the v4+ separate
 * resources (`aws_s3_bucket_versioning`, `aws_s3_bucket_logging`, `aws_s3_bucket_acl`...).
 * Each function writes into a Bucket; a setting in a separate resource records that resource's
 * location, so a finding lands where the setting is written.
 */
import { declaredPublicAccessBlock, lifecycleRuleEnabled, lifecycleRuleFilter, limitsByPrefix, limitsBySize } from '../../model/defaults.js'
import { KMS_ALGORITHMS } from '../../model/kms.js'
import { anyTri, lifecycleRuleRefusal, type LifecycleRuleShape } from '../../model/lifecycle.js'
import type { SourceLocation } from '../../model/location.js'
import type { Tri } from '../../model/policy.js'
import type {
  AclGrant,
  Bucket,
  CorsRule,
  LifecycleRule,
  NotificationTarget,
  PublicAccessBlock,
  ReplicationRule,
  Website,
} from '../../model/s3.js'
import type { Str, Value } from '../../model/value.js'
import { defaultValue, mapValue, setValue, unknownValue, writtenName } from '../../model/value.js'
import type { BodyView } from './body-view.js'
import type { ValueReader } from './model-values.js'

/**
 * The groups S3 defines, by the one URI each it accepts. Any other (`https://`, a trailing slash,
 * `groups/s3/AllUsers`) is kept whole, which the model cannot place: unknown, never read as the
 * group it resembles nor as no group at all.
 */
const GROUP_URIS: ReadonlyMap<string, string> = new Map([
  ['http://acs.amazonaws.com/groups/global/AllUsers', 'AllUsers'],
  ['http://acs.amazonaws.com/groups/global/AuthenticatedUsers', 'AuthenticatedUsers'],
  ['http://acs.amazonaws.com/groups/s3/LogDelivery', 'LogDelivery'],
])

function unknownAll<T>(why: string, at: SourceLocation): Value<T> {
  return unknownValue(why, at)
}

/** Public access block flags of a separate resource or access point block. */
export function readPublicAccessBlock(
  r: ValueReader,
  view: BodyView,
  names: Record<'acls' | 'ignore' | 'policy' | 'restrict', string>,
  def: boolean,
): PublicAccessBlock {
  const at = r.blockLoc(view)
  const pab = declaredPublicAccessBlock(at)
  if (view.unknownWhy) {
    const u = unknownValue(view.unknownWhy, at)
    return { declared: u, blockPublicAcls: u, ignorePublicAcls: u, blockPublicPolicy: u, restrictPublicBuckets: u, at }
  }
  pab.blockPublicAcls = r.bool(view, names.acls, def, at)
  pab.ignorePublicAcls = r.bool(view, names.ignore, def, at)
  pab.blockPublicPolicy = r.bool(view, names.policy, def, at)
  pab.restrictPublicBuckets = r.bool(view, names.restrict, def, at)
  return pab
}

export const BPA_NAMES = {
  acls: 'block_public_acls',
  ignore: 'ignore_public_acls',
  policy: 'block_public_policy',
  restrict: 'restrict_public_buckets',
}

// -----------------------------------------------------------------------------------------------
// ACLs

/** A canned ACL as the model spells it (`public-read`...); Terraform already uses API spellings. */
export function readCannedAcl(r: ValueReader, view: BodyView): Value<string> | undefined {
  const a = r.present(view, 'acl')
  if (!a) return undefined
  return r.stringOf(a.value, r.attrLoc(view, a))
}

function grantee(
  r: ValueReader,
  type: Value<string>,
  id: Value<Str | null>,
  uri: Value<string | null>,
  email: Value<Str | null>,
): AclGrant['grantee'] {
  // A type or group only known at deploy time may be AllUsers: unknown, where an account's id
  // only known then (the owner's canonical id, as usual) opens nothing.
  if (type.state === 'unknown') return { type: 'unknown', why: type.why, mayBeGroup: true }
  switch (type.value) {
    case 'Group': {
      if (uri.state === 'unknown') return { type: 'unknown', why: uri.why, mayBeGroup: true }
      return { type: 'group', uri: (uri.value !== null && GROUP_URIS.get(uri.value)) || (uri.value ?? '') }
    }
    case 'CanonicalUser':
      if (id.state === 'unknown' || id.value === null)
        return { type: 'unknown', why: id.state === 'unknown' ? id.why : 'the grant names no id' }
      return { type: 'canonical-user', id: id.value }
    case 'AmazonCustomerByEmail':
      if (email.state === 'unknown' || email.value === null)
        return { type: 'unknown', why: email.state === 'unknown' ? email.why : 'the grant names no email' }
      return { type: 'email', id: email.value }
    default:
      return { type: 'unknown', why: `grantee type ${type.value}`, mayBeGroup: true }
  }
}

/**
 * v3 `grant { type, id, uri, permissions = [...] }` blocks of `aws_s3_bucket`, and the entries of
 * the registry module's `grant` input, which since its v3 name one `permission` each.
 */
export function readInlineGrants(r: ValueReader, blocks: BodyView[]): Value<AclGrant[]> | undefined {
  if (!blocks.length) return undefined
  const first = r.blockLoc(blocks[0]!)
  const out: AclGrant[] = []
  for (const g of blocks) {
    const at = r.blockLoc(g)
    if (g.unknownWhy) return unknownAll(g.unknownWhy, at)
    const who = grantee(r, r.string(g, 'type', '', at), r.str(g, 'id', at), r.string(g, 'uri', null, at), r.str(g, 'email', at))
    if (r.present(g, 'permission')) {
      out.push({ grantee: who, permission: r.string(g, 'permission', '', at), at })
      continue
    }
    const perms = r.strList(g, 'permissions', at)
    if (perms.state === 'unknown') {
      out.push({ grantee: who, permission: perms, at })
      continue
    }
    for (const p of perms.value) {
      out.push({
        grantee: who,
        permission: typeof p === 'string' ? setValue(p, perms.at) : unknownValue('the permission is not known statically', perms.at),
        at,
      })
    }
  }
  return setValue(out, first)
}

/** v4 `aws_s3_bucket_acl.access_control_policy { grant { grantee {...} permission } }`. */
export function readPolicyGrants(r: ValueReader, policy: BodyView): Value<AclGrant[]> {
  const pat = r.blockLoc(policy)
  if (policy.unknownWhy) return unknownAll(policy.unknownWhy, pat)
  const out: AclGrant[] = []
  for (const g of policy.blocks('grant')) {
    const at = r.blockLoc(g)
    if (g.unknownWhy) return unknownAll(g.unknownWhy, at)
    const ge = g.blocks('grantee')[0]
    const who = ge
      ? grantee(r, r.string(ge, 'type', '', at), r.str(ge, 'id', at), r.string(ge, 'uri', null, at), r.str(ge, 'email_address', at))
      : ({ type: 'unknown', why: 'the grant names no grantee' } as const)
    out.push({ grantee: who, permission: r.string(g, 'permission', '', at), at })
  }
  return setValue(out, pat)
}

// -----------------------------------------------------------------------------------------------
// Encryption

/**
 * A block that may not exist, naming an algorithm other than KMS: without it S3 applies SSE-S3, so
 * the bucket is not KMS-encrypted either way, and that is what the rules on the algorithm ask.
 */
function notKmsEitherWay(r: ValueReader, byDefault: BodyView): Value<string> | undefined {
  const attr = r.present(byDefault, 'sse_algorithm')
  if (!attr?.ifPresent) return undefined
  const algorithm = r.stringOf(attr.ifPresent, r.attrLoc(byDefault, attr))
  return algorithm.state === 'set' && !KMS_ALGORITHMS.has(algorithm.value) ? algorithm : undefined
}

/** The v3 inline `logging { target_bucket, target_prefix }` of a bucket (the registry module's too). */
export function readInlineLogging(r: ValueReader, b: Bucket, view: BodyView): void {
  const logging = view.blocks('logging')[0]
  if (!logging) return
  const at = r.blockLoc(logging)
  b.logging.at = at
  b.logging.targetBucket = logging.unknownWhy ? unknownValue(logging.unknownWhy, at) : writtenName(r.str(logging, 'target_bucket', at))
  b.logging.targetPrefix = r.str(logging, 'target_prefix', at)
}

/** `rule { apply_server_side_encryption_by_default { sse_algorithm, kms_master_key_id } bucket_key_enabled }`. */
export function readEncryptionRules(r: ValueReader, b: Bucket, container: BodyView, at: SourceLocation): void {
  b.encryption.at = at
  // Default encryption is declared by a rule's apply_server_side_encryption_by_default with an
  // algorithm; a rule with only bucket_key_enabled sets no default.
  b.encryption.declared = setValue(false, at)
  const rule = container.blocks('rule')[0]
  if (!rule) return
  const rat = r.blockLoc(rule)
  const byDefault = rule.blocks('apply_server_side_encryption_by_default')[0]
  if (byDefault) {
    const dat = r.blockLoc(byDefault)
    // In a block that may not exist (a dynamic block over a collection not known statically) the
    // algorithm is known only where it is what S3 applies anyway: SSE-S3 without a named key.
    let algorithm = r.string(byDefault, 'sse_algorithm', byDefault.unknownWhy ? 'AES256' : null, dat)
    if (algorithm.state === 'unknown' && byDefault.unknownWhy) algorithm = notKmsEitherWay(r, byDefault) ?? algorithm
    if (algorithm.state !== 'default') {
      b.encryption.declared = byDefault.unknownWhy ? unknownValue(byDefault.unknownWhy, dat) : setValue(true, at)
      b.encryption.algorithm = algorithm as Value<string>
    }
    b.encryption.kmsKeyId = r.str(byDefault, 'kms_master_key_id', dat)
  }
  b.encryption.bucketKeyEnabled = r.bool(rule, 'bucket_key_enabled', false, rat)
  const blocked = r.present(rule, 'blocked_encryption_types')
  if (blocked) {
    const types = r.strListOf(blocked.value, r.attrLoc(rule, blocked))
    b.encryption.blockedEncryptionTypes = mapValue(types, (list) => list.filter((t): t is string => typeof t === 'string'))
  }
}

// -----------------------------------------------------------------------------------------------
// Lifecycle

/**
 * The registry module's map form also takes `status` instead of `enabled`: a boolean, or a word it
 * title-cases (`"enabled"` is `Enabled`).
 */
function moduleRuleStatus(status: Value<string>): Value<boolean> {
  return lifecycleRuleEnabled(moduleStatusWord(status))
}

/** A rule status as the registry module reads it: `true`/`false`, or a word it title-cases. */
function moduleStatusWord(status: Value<string>): Value<string> {
  if (status.state === 'unknown') return status
  const word = status.value.toLowerCase()
  const value = word === 'true' ? 'Enabled' : word === 'false' ? 'Disabled' : word.charAt(0).toUpperCase() + word.slice(1)
  return { ...status, value }
}

export function readLifecycleRules(r: ValueReader, rules: BodyView[], at: SourceLocation, v3: boolean): Value<LifecycleRule[]> {
  const out: LifecycleRule[] = []
  for (const rule of rules) {
    const rat = r.blockLoc(rule)
    if (rule.unknownWhy) return unknownValue(rule.unknownWhy, rat)
    const id = r.string(rule, 'id', null, rat)
    const enabled = !v3
      ? lifecycleRuleEnabled(r.string(rule, 'status', 'Enabled', rat))
      : !r.present(rule, 'enabled') && r.present(rule, 'status')
        ? moduleRuleStatus(r.string(rule, 'status', '', rat))
        : r.bool(rule, 'enabled', false, rat)
    const exp = rule.blocks('expiration')[0]
    let expirationDays: Value<number | null> = defaultValue(null, rat)
    if (exp) {
      const eat = r.blockLoc(exp)
      expirationDays = r.num(exp, 'days', eat)
      // An expiration date also expires objects; the exact day count does not matter to the rules.
      if (expirationDays.state === 'default' && r.present(exp, 'date')) expirationDays = setValue(0, eat)
    }
    const nc = rule.blocks('noncurrent_version_expiration')[0]
    const abortBlock = rule.blocks('abort_incomplete_multipart_upload')[0]
    const refused = lifecycleRuleRefusal(lifecycleRuleShape(r, rule, v3))
    out.push({
      id: id.state === 'set' && id.value !== null ? id.value : undefined,
      enabled,
      expirationDays,
      hasTransitions: rule.blocks('transition').length > 0 || rule.blocks('noncurrent_version_transition').length > 0,
      noncurrentVersionExpirationDays: nc
        ? r.num(nc, v3 && !r.present(nc, 'noncurrent_days') ? 'days' : 'noncurrent_days', r.blockLoc(nc))
        : defaultValue(null, rat),
      abortIncompleteMultipartUploadDays: v3
        ? r.num(rule, 'abort_incomplete_multipart_upload_days', rat)
        : abortBlock
          ? r.num(abortBlock, 'days_after_initiation', r.blockLoc(abortBlock))
          : defaultValue(null, rat),
      ...lifecycleRuleFiltered(r, rule, v3),
      ...(refused ? { refused } : {}),
      at: rat,
    })
  }
  return setValue(out, at)
}

/**
 * A rule as the provider sends it, for `lifecycleRuleRefusal`. Each provider sends an
 * expiration's `expired_object_delete_marker` only when it has neither `date` nor `days` above 0
 * (4.x and later drop it beside them, 3.x sends the first of date, days, marker), so S3 never sees
 * the marker beside days from Terraform; provider 3.x sends `abort_incomplete_multipart_upload_days`
 * only above 0.
 */
function lifecycleRuleShape(r: ValueReader, rule: BodyView, v3: boolean): LifecycleRuleShape {
  const rat = r.blockLoc(rule)
  const exp = rule.blocks('expiration')[0]
  let deleteMarker: SourceLocation | undefined
  if (exp && !exp.unknownWhy) {
    const eat = r.blockLoc(exp)
    const marker = r.bool(exp, 'expired_object_delete_marker', false, eat)
    const days = r.num(exp, 'days', eat)
    const date = r.str(exp, 'date', eat)
    const noDays = days.state !== 'unknown' && (days.value === null || days.value <= 0)
    const noDate = date.state !== 'unknown' && (date.value === null || date.value === '')
    if (marker.state === 'set' && marker.value && noDays && noDate) deleteMarker = marker.at
  }
  let abort: SourceLocation | undefined
  let abortAction: Tri
  if (v3) {
    const days = r.num(rule, 'abort_incomplete_multipart_upload_days', rat)
    // A day count of 0 or less is sent by some writers and not by others: it decides nothing.
    abortAction = days.state === 'unknown' ? 'unknown' : days.value === null ? false : days.value > 0 || 'unknown'
    if (days.state === 'set' && days.value !== null && days.value > 0) abort = days.at
  } else {
    const block = rule.blocks('abort_incomplete_multipart_upload')[0]
    abortAction = blockWritten(block)
    if (block && abortAction === true) abort = r.blockLoc(block)
  }
  const actionBlocks = ['expiration', 'transition', 'noncurrent_version_expiration', 'noncurrent_version_transition']
  const tags: Value<boolean>[] = v3 ? [limitsByTags(r, rule)] : []
  const sizes: Value<number | null>[] = []
  for (const f of rule.blocks('filter')) {
    if (f.unknownWhy) {
      tags.push(unknownValue(f.unknownWhy, r.blockLoc(f)))
      continue
    }
    const fat = r.blockLoc(f)
    tags.push(limitsByTags(r, f), ...f.blocks('tag').map((t) => blockLimits(r, t)))
    sizes.push(r.num(f, 'object_size_greater_than', fat), r.num(f, 'object_size_less_than', fat))
    for (const and of f.blocks('and')) {
      const aat = r.blockLoc(and)
      tags.push(and.unknownWhy ? unknownValue(and.unknownWhy, aat) : limitsByTags(r, and))
      sizes.push(r.num(and, 'object_size_greater_than', aat), r.num(and, 'object_size_less_than', aat))
    }
  }
  return {
    at: rat,
    hasAction: anyTri([...actionBlocks.map((b) => blockWritten(rule.blocks(b)[0])), abortAction]),
    deleteMarker,
    expirationDaysOrDate: false,
    abort,
    tagFilter: anyTri(tags.map((t) => (t.state === 'unknown' ? 'unknown' : t.value))),
    sizeFilter: anyTri(sizes.map((n) => (n.state === 'unknown' ? 'unknown' : n.value !== null && n.value > 0))),
  }
}

/** Is the block there? `unknown` for one from a `dynamic` block whose `for_each` is not known. */
function blockWritten(view: BodyView | undefined): Tri {
  return view === undefined ? false : view.unknownWhy ? 'unknown' : true
}

/** Does a filter (prefix, tags, object size) limit the rule to part of the bucket? */
function lifecycleRuleFiltered(r: ValueReader, rule: BodyView, v3: boolean): Pick<LifecycleRule, 'filtered' | 'filterUnknown'> {
  const rat = r.blockLoc(rule)
  const parts = [limitsByPrefix(r.str(rule, 'prefix', rat))]
  if (v3) parts.push(limitsByTags(r, rule))
  // The registry module's map form (read as v3) takes a `filter` map too: `{ prefix, tags, tag, ... }`.
  for (const f of rule.blocks('filter')) {
    parts.push(...filterParts(r, f))
    for (const t of f.blocks('tag')) parts.push(blockLimits(r, t))
    for (const and of f.blocks('and')) parts.push(...filterParts(r, and))
  }
  return lifecycleRuleFilter(parts)
}

function filterParts(r: ValueReader, view: BodyView): Value<boolean>[] {
  const at = r.blockLoc(view)
  return [
    limitsByPrefix(r.str(view, 'prefix', at)),
    limitsByTags(r, view),
    limitsBySize(r.num(view, 'object_size_greater_than', at)),
    limitsBySize(r.num(view, 'object_size_less_than', at)),
  ]
}

/** A `tag` block limits the rule, when it is there: one from a `dynamic` block may not be. */
function blockLimits(r: ValueReader, view: BodyView): Value<boolean> {
  const at = r.blockLoc(view)
  return view.unknownWhy ? unknownValue(view.unknownWhy, at) : setValue(true, at)
}

/** `tags = {}` names no tag, so it limits nothing. */
function limitsByTags(r: ValueReader, view: BodyView): Value<boolean> {
  const a = r.present(view, 'tags')
  if (!a) return defaultValue(false, r.blockLoc(view))
  const at = r.attrLoc(view, a)
  const v = a.value
  if (v.k === 'unknown') {
    // In a block that may not exist, an empty map limits nothing either way.
    return a.ifPresent?.k === 'object' && a.ifPresent.attrs.size === 0 ? setValue(false, at) : unknownValue(r.why(v), at)
  }
  if (v.k === 'object') return setValue(v.attrs.size > 0, at)
  if (v.k === 'list') return setValue(v.items.length > 0, at)
  return unknownValue('tags is not a map', at)
}

// -----------------------------------------------------------------------------------------------
// Website, CORS, replication, object lock, notifications

export function readWebsite(r: ValueReader, view: BodyView, v3: boolean): Value<Website | null> {
  const at = r.blockLoc(view)
  if (view.unknownWhy) return unknownValue(view.unknownWhy, at)
  let indexDocument: Str | undefined
  let redirect: Str | undefined
  if (v3) {
    const i = r.str(view, 'index_document', at)
    const rd = r.str(view, 'redirect_all_requests_to', at)
    if (i.state !== 'unknown' && i.value !== null) indexDocument = i.value
    if (rd.state !== 'unknown' && rd.value !== null) redirect = rd.value
  } else {
    const ib = view.blocks('index_document')[0]
    const rb = view.blocks('redirect_all_requests_to')[0]
    const i = ib ? r.str(ib, 'suffix', at) : undefined
    const rd = rb ? r.str(rb, 'host_name', at) : undefined
    if (i && i.state !== 'unknown' && i.value !== null) indexDocument = i.value
    if (rd && rd.state !== 'unknown' && rd.value !== null) redirect = rd.value
  }
  return setValue({ indexDocument, redirectAllRequestsTo: redirect, at }, at)
}

export function readCorsRules(r: ValueReader, rules: BodyView[], at: SourceLocation): Value<CorsRule[]> {
  const out: CorsRule[] = []
  for (const rule of rules) {
    const rat = r.blockLoc(rule)
    if (rule.unknownWhy) return unknownValue(rule.unknownWhy, rat)
    const list = (name: string, v = r.strList(rule, name, rat)): Str[] =>
      v.state === 'unknown' ? [{ parts: [{ kind: 'unknown', why: v.why }] }] : v.value
    const origins = r.strList(rule, 'allowed_origins', rat)
    out.push({
      allowedOrigins: list('allowed_origins', origins),
      ...(origins.state !== 'default' ? { originsAt: origins.at } : {}),
      allowedMethods: list('allowed_methods'),
      allowedHeaders: list('allowed_headers'),
      at: rat,
    })
  }
  return setValue(out, at)
}

/** `module`: the registry module's input, whose rules are on unless `status` says otherwise. */
export function readReplication(r: ValueReader, view: BodyView, ruleBlock: 'rules' | 'rule', module = false): Bucket['replication'] {
  const at = r.blockLoc(view)
  if (view.unknownWhy) return unknownValue(view.unknownWhy, at)
  const rules: ReplicationRule[] = []
  for (const rule of view.blocks(ruleBlock)) {
    const rat = r.blockLoc(rule)
    if (rule.unknownWhy) return unknownValue(rule.unknownWhy, rat)
    const dest = rule.blocks('destination')[0]
    const bucket = dest ? r.str(dest, 'bucket', r.blockLoc(dest)) : defaultValue(null, rat)
    rules.push({
      status: module ? moduleStatusWord(r.string(rule, 'status', 'Enabled', rat)) : r.string(rule, 'status', 'Enabled', rat),
      destinationBucket:
        bucket.state !== 'unknown' && bucket.value === null
          ? unknownValue('the rule names no destination bucket', rat)
          : (bucket as Value<Str>),
      at: rat,
    })
  }
  return setValue({ rules, at }, at)
}

export function readObjectLockRule(r: ValueReader, b: Bucket, view: BodyView): void {
  const rule = view.blocks('rule')[0]
  if (!rule) return
  const retention = rule.blocks('default_retention')[0]
  if (!retention) return
  const at = r.blockLoc(retention)
  if (retention.unknownWhy) {
    b.objectLock.defaultRetention = unknownValue(retention.unknownWhy, at)
    return
  }
  const mode = r.string(retention, 'mode', 'GOVERNANCE', at)
  const days = r.num(retention, 'days', at)
  const years = r.num(retention, 'years', at)
  b.objectLock.defaultRetention =
    mode.state === 'unknown'
      ? mode
      : setValue(
          {
            mode: mode.value,
            days: days.state !== 'unknown' && days.value !== null ? days.value : undefined,
            years: years.state !== 'unknown' && years.value !== null ? years.value : undefined,
          },
          at,
        )
}

export function readNotifications(r: ValueReader, view: BodyView): Value<NotificationTarget[]> {
  const at = r.blockLoc(view)
  const out: NotificationTarget[] = []
  const kinds: [string, NotificationTarget['type']][] = [
    ['lambda_function', 'lambda'],
    ['queue', 'queue'],
    ['topic', 'topic'],
  ]
  for (const [block, type] of kinds) {
    for (const n of view.blocks(block)) {
      if (n.unknownWhy) return unknownValue(n.unknownWhy, r.blockLoc(n))
      out.push({ type, events: r.plainStrings(n, 'events'), at: r.blockLoc(n) })
    }
  }
  const eb = r.bool(view, 'eventbridge', false, at)
  if (eb.state === 'unknown') return unknownValue(eb.why, eb.at)
  if (eb.value) out.push({ type: 'eventbridge', events: ['*'], at: eb.at })
  return setValue(out, at)
}
