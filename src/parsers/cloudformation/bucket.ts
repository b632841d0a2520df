/** `AWS::S3::Bucket` properties → the neutral Bucket. */
import { boundedBucketName } from '../../model/bucket-name.js'
import { ownEntry } from '../../own-entry.js'
import {
  lifecycleRuleEnabled,
  lifecycleRuleFilter,
  limitsByPrefix,
  limitsBySize,
  newBucket,
  versioningFromObjectLock,
} from '../../model/defaults.js'
import { anyTri, lifecycleRuleRefusal } from '../../model/lifecycle.js'
import type { SourceLocation } from '../../model/location.js'
import type { Tri } from '../../model/policy.js'
import type { Bucket, CorsRule, LifecycleRule, NotificationTarget, ReplicationRule, ResourceOrigin } from '../../model/s3.js'
import type { Str, Value } from '../../model/value.js'
import { defaultValue, mapValue, setValue, unknownValue, writtenName } from '../../model/value.js'
import { isIntrinsic, NO_VALUE, Unknown } from './intrinsics.js'
import { readPublicAccessBlock } from './public-access-block.js'
import type { Cur, TemplateReader } from './reader.js'
import type { SNode } from '../shared/source-tree.js'
import { appendAll } from '../../append.js'

const CANNED_ACLS: Record<string, string> = {
  Private: 'private',
  PublicRead: 'public-read',
  PublicReadWrite: 'public-read-write',
  AuthenticatedRead: 'authenticated-read',
  LogDeliveryWrite: 'log-delivery-write',
  BucketOwnerRead: 'bucket-owner-read',
  BucketOwnerFullControl: 'bucket-owner-full-control',
  AwsExecRead: 'aws-exec-read',
}

const firstKey = (node: SNode) => (node.kind === 'map' ? node.entries[0]!.key : '')

/** First item of a list property, the way S3 applies single-rule lists (ownership, encryption). */
function first(r: TemplateReader, cur: Cur | undefined): Cur | undefined {
  const items = r.items(cur)
  if (items instanceof Unknown) return cur && { ...cur, unknown: items.why }
  return items[0]
}

function listOf<T>(r: TemplateReader, cur: Cur | undefined, fallback: SourceLocation, read: (item: Cur) => T | undefined): Value<T[]> {
  if (!cur) return defaultValue([], fallback)
  const items = r.items(cur)
  if (items instanceof Unknown) return unknownValue(items.why, r.loc(cur))
  const out: T[] = []
  for (const item of items) {
    const v = read(item)
    if (v !== undefined) out.push(v)
  }
  return setValue(out, r.loc(cur))
}

const strings = (r: TemplateReader, cur: Cur | undefined, at: SourceLocation): Str[] => {
  const v = r.strList(cur, at)
  return v.state === 'unknown' ? [{ parts: [{ kind: 'unknown', why: v.why }] }] : v.value
}

export function readBucket(r: TemplateReader, id: string, props: Cur | undefined, origin: ResourceOrigin): Bucket {
  const b = newBucket(id, origin)
  const at = origin.at
  b.versioning.mfaDeleteConfigurable = false
  if (!props) return b
  const p = (k: string) => r.child(props, k)

  const name = r.str(p('BucketName'), at)
  if (name.state === 'unknown' || name.value !== null) b.name = boundedBucketName(name as Value<Str>)

  const tags = r.items(p('Tags'))
  if (!(tags instanceof Unknown)) {
    for (const t of tags) {
      const k = r.string(r.child(t, 'Key'), null, at)
      if (k.state === 'set' && k.value !== null) {
        const v = r.string(r.child(t, 'Value'), '', at)
        b.tags[k.value] = v
      }
    }
  }

  const acl = r.string(p('AccessControl'), 'private', at)
  b.acl.canned = mapValue(acl, (v) => ownEntry(CANNED_ACLS, v) ?? v)

  b.publicAccessBlock = readPublicAccessBlock(r, p('PublicAccessBlockConfiguration'), b.publicAccessBlock, at)

  const ownershipRule = first(r, r.child(p('OwnershipControls'), 'Rules'))
  if (ownershipRule) b.ownership = r.string(r.child(ownershipRule, 'ObjectOwnership'), 'BucketOwnerEnforced', r.loc(ownershipRule))

  readEncryption(r, b, p('BucketEncryption'))

  const versioning = p('VersioningConfiguration')
  if (versioning) {
    b.versioning.at = r.loc(versioning)
    b.versioning.status = r.string(r.child(versioning, 'Status'), 'Disabled', b.versioning.at) as Bucket['versioning']['status']
  }

  const logging = p('LoggingConfiguration')
  if (logging) {
    const lat = r.loc(logging)
    b.logging.at = lat
    // Without DestinationBucketName, S3 delivers the logs to the bucket itself; a name only known
    // at deploy time is still a bucket that receives them.
    const target = r.str(r.child(logging, 'DestinationBucketName'), lat)
    const configUnknown = logging.unknown !== undefined || r.resolve(logging.node) instanceof Unknown
    b.logging.targetBucket =
      target.state === 'default'
        ? setValue({ parts: [{ kind: 'bucket', id, attr: 'name' }] }, lat)
        : configUnknown
          ? target
          : writtenName(target)
    b.logging.targetPrefix = r.str(r.child(logging, 'LogFilePrefix'), lat)
  }

  const lifecycle = p('LifecycleConfiguration')
  if (lifecycle) b.lifecycle = listOf(r, r.child(lifecycle, 'Rules'), r.loc(lifecycle), (rule) => readLifecycleRule(r, rule))

  const olEnabled = p('ObjectLockEnabled')
  const olConfig = p('ObjectLockConfiguration')
  if (olEnabled || olConfig) {
    b.objectLock.at = r.loc((olConfig ?? olEnabled)!)
    const fromConfig = r.string(r.child(olConfig, 'ObjectLockEnabled'), null, b.objectLock.at)
    b.objectLock.enabled = olEnabled ? r.bool(olEnabled, false, at) : mapValue(fromConfig, (v) => v === 'Enabled')
    // A configuration without the bucket's own `ObjectLockEnabled: true` is applied to the bucket
    // once created, which S3 takes only when its versioning is Enabled.
    if (!olEnabled) b.objectLock.afterCreation = true
    const retention = r.child(r.child(olConfig, 'Rule'), 'DefaultRetention')
    if (retention) {
      const mode = r.string(r.child(retention, 'Mode'), 'GOVERNANCE', r.loc(retention))
      const days = r.num(r.child(retention, 'Days'), r.loc(retention))
      const years = r.num(r.child(retention, 'Years'), r.loc(retention))
      b.objectLock.defaultRetention =
        mode.state === 'unknown'
          ? mode
          : setValue(
              {
                mode: String(mode.value),
                days: days.state !== 'unknown' && days.value !== null ? days.value : undefined,
                years: years.state !== 'unknown' && years.value !== null ? years.value : undefined,
              },
              r.loc(retention),
            )
    }
  }

  versioningFromObjectLock(b)

  const notifications = p('NotificationConfiguration')
  if (notifications) b.notifications = readNotifications(r, notifications)

  const replication = p('ReplicationConfiguration')
  if (replication) {
    const rat = r.loc(replication)
    const rules = listOf(r, r.child(replication, 'Rules'), rat, (rule): ReplicationRule => ({
      status: r.string(r.child(rule, 'Status'), 'Enabled', r.loc(rule)),
      destinationBucket: r.str(r.child(r.child(rule, 'Destination'), 'Bucket'), r.loc(rule)) as Value<Str>,
      at: r.loc(rule),
    }))
    b.replication = rules.state === 'unknown' ? rules : setValue({ rules: rules.value, at: rat }, rat)
  }

  const website = p('WebsiteConfiguration')
  if (website) {
    const wat = r.loc(website)
    // Only maybe a website: `!If [C, {IndexDocument: ...}, !Ref AWS::NoValue]` on a condition not
    // known statically was read as a website for sure, with its documents unknown.
    const shape = website.unknown ? new Unknown(website.unknown) : r.resolve(website.node)
    if (shape instanceof Unknown) b.website = unknownValue(shape.why, wat)
    else if (shape !== NO_VALUE && isIntrinsic(shape)) b.website = unknownValue(`${firstKey(shape)} is not known statically`, wat)
    else {
      const index = r.str(r.child(website, 'IndexDocument'), wat)
      const redirect = r.str(r.child(r.child(website, 'RedirectAllRequestsTo'), 'HostName'), wat)
      b.website = setValue(
        {
          indexDocument: index.state !== 'unknown' && index.value !== null ? index.value : undefined,
          redirectAllRequestsTo: redirect.state !== 'unknown' && redirect.value !== null ? redirect.value : undefined,
          at: wat,
        },
        wat,
      )
    }
  }

  const cors = p('CorsConfiguration')
  if (cors) {
    b.cors = listOf(r, r.child(cors, 'CorsRules'), r.loc(cors), (rule): CorsRule => {
      const rat = r.loc(rule)
      const origins = r.child(rule, 'AllowedOrigins')
      return {
        allowedOrigins: strings(r, origins, rat),
        ...(origins ? { originsAt: r.loc(origins) } : {}),
        allowedMethods: strings(r, r.child(rule, 'AllowedMethods'), rat),
        allowedHeaders: strings(r, r.child(rule, 'AllowedHeaders'), rat),
        at: rat,
      }
    })
  }
  return b
}

function readEncryption(r: TemplateReader, b: Bucket, enc: Cur | undefined): void {
  if (!enc) return
  const at = r.loc(enc)
  b.encryption.at = at
  // Default encryption is declared by a rule's ServerSideEncryptionByDefault with an algorithm;
  // a rule with only BucketKeyEnabled sets no default.
  b.encryption.declared = setValue(false, at)
  const rule = first(r, r.child(enc, 'ServerSideEncryptionConfiguration'))
  if (!rule) return
  if (rule.unknown) {
    const u = unknownValue(rule.unknown, r.loc(rule))
    b.encryption.declared = u
    b.encryption.algorithm = u
    b.encryption.kmsKeyId = u
    b.encryption.bucketKeyEnabled = u
    // What it blocks (SSE-C) is unknown where the choice may write it: a side of an `Fn::If` that
    // does, or an `Fn::Transform` (AWS::Include, a macro) that makes the rule at deploy time. Both
    // sides of an `Fn::If` that block nothing block nothing.
    if (rule.byTransform || mayWrite(rule.node, 'BlockedEncryptionTypes')) b.encryption.blockedEncryptionTypes = u
    return
  }
  const rat = r.loc(rule)
  const byDefault = r.child(rule, 'ServerSideEncryptionByDefault')
  if (byDefault) {
    const dat = r.loc(byDefault)
    const algorithm = r.string(r.child(byDefault, 'SSEAlgorithm'), null, dat)
    if (algorithm.state === 'unknown' || algorithm.value !== null) {
      b.encryption.declared = setValue(true, at)
      b.encryption.algorithm = algorithm as Value<string>
    }
    b.encryption.kmsKeyId = r.str(r.child(byDefault, 'KMSMasterKeyID'), dat)
  }
  b.encryption.bucketKeyEnabled = r.bool(r.child(rule, 'BucketKeyEnabled'), false, rat)
  const blocked = r.child(rule, 'BlockedEncryptionTypes') ?? r.child(enc, 'BlockedEncryptionTypes')
  if (blocked) {
    const types = r.strList(r.child(blocked, 'EncryptionType'), r.loc(blocked))
    b.encryption.blockedEncryptionTypes = mapValue(types, (list) => list.filter((t): t is string => typeof t === 'string'))
  }
}

/** Whether `key`, or an `Fn::Transform` that may add any key, is written anywhere under `node`. */
function mayWrite(node: SNode, key: string): boolean {
  const stack: SNode[] = [node]
  for (let seen = 0; stack.length && seen < MAX_NODES_SEARCHED; seen++) {
    const n = stack.pop()!
    // Not push(...items): a list of 125,000 items overflowed the call stack.
    if (n.kind === 'seq') appendAll(stack, n.items)
    else if (n.kind === 'map')
      for (const e of n.entries) {
        if (e.key === key || e.key === 'Fn::Transform') return true
        stack.push(e.value)
      }
  }
  // Too large to search: not known either way.
  return stack.length > 0
}

/** Far more nodes than an encryption rule has; an alias-expanded tree is not walked whole. */
const MAX_NODES_SEARCHED = 10_000

function readLifecycleRule(r: TemplateReader, rule: Cur): LifecycleRule {
  const at = r.loc(rule)
  const status = r.string(r.child(rule, 'Status'), 'Enabled', at)
  const noncurrent = r.child(rule, 'NoncurrentVersionExpiration')
  const transitions = r.child(rule, 'Transitions') ?? r.child(rule, 'Transition')
  const expirationDateCur = r.child(rule, 'ExpirationDate')
  const expiration = r.num(r.child(rule, 'ExpirationInDays'), at)
  const tagFilter = limitsByTagFilters(r, r.child(rule, 'TagFilters'), at)
  const sizes = [r.num(r.child(rule, 'ObjectSizeGreaterThan'), at), r.num(r.child(rule, 'ObjectSizeLessThan'), at)]
  const abortCur = r.child(rule, 'AbortIncompleteMultipartUpload')
  const marker = r.bool(r.child(rule, 'ExpiredObjectDeleteMarker'), false, at)
  const expirationDate = r.str(expirationDateCur, at)
  const refused = lifecycleRuleRefusal({
    at,
    hasAction: anyTri(LIFECYCLE_ACTIONS.map((key) => written(r, r.child(rule, key)))),
    deleteMarker: marker.state === 'set' && marker.value ? marker.at : undefined,
    expirationDaysOrDate: anyTri([expiration, expirationDate].map((v) => (v.state === 'unknown' ? 'unknown' : v.value !== null))),
    abort: abortCur && written(r, abortCur) === true ? r.loc(abortCur) : undefined,
    tagFilter: tri(tagFilter),
    sizeFilter: anyTri(sizes.map((n) => (n.state === 'unknown' ? 'unknown' : n.value !== null && n.value > 0))),
  })
  return {
    id: (() => {
      const v = r.string(r.child(rule, 'Id'), null, at)
      return v.state === 'set' && v.value !== null ? v.value : undefined
    })(),
    enabled: lifecycleRuleEnabled(status),
    // An ExpirationDate also expires objects; the exact day count does not matter to the rules.
    expirationDays: expiration.state === 'default' && expirationDateCur ? setValue(0, r.loc(expirationDateCur)) : expiration,
    hasTransitions: transitions !== undefined,
    noncurrentVersionExpirationDays: noncurrent
      ? r.num(r.child(noncurrent, 'NoncurrentDays'), r.loc(noncurrent))
      : r.num(r.child(rule, 'NoncurrentVersionExpirationInDays'), at),
    abortIncompleteMultipartUploadDays: r.num(r.child(r.child(rule, 'AbortIncompleteMultipartUpload'), 'DaysAfterInitiation'), at),
    ...lifecycleRuleFilter([limitsByPrefix(r.str(r.child(rule, 'Prefix'), at)), tagFilter, ...sizes.map(limitsBySize)]),
    ...(refused ? { refused } : {}),
    at,
  }
}

/** The keys of a rule that are actions: S3 refuses a rule with none of them. */
const LIFECYCLE_ACTIONS = [
  'ExpirationInDays',
  'ExpirationDate',
  'ExpiredObjectDeleteMarker',
  'Transitions',
  'Transition',
  'NoncurrentVersionExpiration',
  'NoncurrentVersionExpirationInDays',
  'NoncurrentVersionTransitions',
  'NoncurrentVersionTransition',
  'AbortIncompleteMultipartUpload',
]

/** Is the key there? `unknown` when an `Fn::If` on a condition not known may leave it out. */
function written(r: TemplateReader, cur: Cur | undefined): Tri {
  if (!cur) return false
  if (cur.unknown) return 'unknown'
  const v = r.resolve(cur.node)
  return v === NO_VALUE ? false : v instanceof Unknown ? 'unknown' : true
}

const tri = (v: Value<boolean>): Tri => (v.state === 'unknown' ? 'unknown' : v.value)

/** A rule's TagFilters limit it unless the list is empty (or every entry is `AWS::NoValue`). */
function limitsByTagFilters(r: TemplateReader, cur: Cur | undefined, fallback: SourceLocation): Value<boolean> {
  if (!cur) return defaultValue(false, fallback)
  const at = r.loc(cur)
  const items = r.items(cur)
  if (items instanceof Unknown) return unknownValue(items.why, at)
  if (items.some((i) => !i.unknown)) return setValue(true, at)
  // Each entry is behind a condition not known statically: there may be none.
  const open = items.find((i) => i.unknown)
  return open?.unknown ? unknownValue(open.unknown, r.loc(open)) : setValue(false, at)
}

export function readNotifications(r: TemplateReader, cur: Cur): Value<NotificationTarget[]> {
  const at = r.loc(cur)
  if (cur.unknown) return unknownValue(cur.unknown, at)
  const out: NotificationTarget[] = []
  const kinds: [string, NotificationTarget['type']][] = [
    ['LambdaConfigurations', 'lambda'],
    ['QueueConfigurations', 'queue'],
    ['TopicConfigurations', 'topic'],
  ]
  for (const [key, type] of kinds) {
    const items = r.items(r.child(cur, key))
    if (items instanceof Unknown) return unknownValue(items.why, at)
    for (const item of items) {
      const ev = r.string(r.child(item, 'Event'), '', r.loc(item))
      out.push({ type, events: ev.state !== 'unknown' && ev.value ? [ev.value] : [], at: r.loc(item) })
    }
  }
  const eb = r.child(cur, 'EventBridgeConfiguration')
  if (eb) {
    const enabled = r.bool(r.child(eb, 'EventBridgeEnabled'), true, r.loc(eb))
    if (enabled.state === 'unknown') return unknownValue(enabled.why, enabled.at)
    if (enabled.value) out.push({ type: 'eventbridge', events: ['*'], at: r.loc(eb) })
  }
  return setValue(out, at)
}

/**
 * `AWS::Serverless::Function` events of Type S3: the SAM transform writes each one into its
 * bucket's NotificationConfiguration as a Lambda configuration (SAM requires the bucket to be in
 * the same template, so `Bucket` is a `!Ref` to it).
 */
export function readSamS3Events(r: TemplateReader, props: Cur | undefined): SamS3Event[] {
  const events = r.child(props, 'Events')
  if (!events || events.unknown) return []
  return samS3EventsIn(r, events, undefined, 0)
}

/** A SAM S3 event, and why the function may not have it (a choice not known statically). */
export interface SamS3Event {
  bucket: Cur
  target: NotificationTarget
  maybe?: { why: string; at: SourceLocation }
}

/**
 * The S3 events of an `Events` map. Under an `Fn::If` whose condition is not known, or with a
 * `Type` not known statically, an event is only maybe there: read as none, they left
 * `notifications-missing` certain on a bucket such a function may notify.
 */
function samS3EventsIn(r: TemplateReader, events: Cur, maybe: SamS3Event['maybe'], depth: number): SamS3Event[] {
  const node = r.resolve(events.node)
  if (node instanceof Unknown) {
    const n = events.node
    const arg = n.kind === 'map' && n.entries.length === 1 && n.entries[0]!.key === 'Fn::If' ? n.entries[0]!.value : undefined
    if (depth > 8 || arg?.kind !== 'seq' || arg.items.length !== 3) return []
    const why = maybe ?? { why: node.why, at: r.loc(events) }
    return [1, 2].flatMap((i) => samS3EventsIn(r, { node: arg.items[i]!, path: `${events.path}.Fn::If[${i}]` }, why, depth + 1))
  }
  if (node === NO_VALUE || node.kind !== 'map') return []
  const out: SamS3Event[] = []
  for (const e of node.entries) {
    const cur: Cur = { node: e.value, path: `${events.path}.${e.key}`, keyStart: e.keyStart }
    const type = r.string(r.child(cur, 'Type'), '', r.loc(cur))
    if (type.state === 'set' && type.value !== 'S3') continue
    const p = r.child(cur, 'Properties')
    const bucket = r.child(p, 'Bucket')
    if (!bucket) continue
    const names = r.strList(r.child(p, 'Events'), r.loc(cur))
    const list = names.state === 'unknown' ? [] : names.value.filter((n): n is string => typeof n === 'string')
    const why = maybe ?? (type.state === 'unknown' ? { why: type.why, at: type.at } : undefined)
    out.push({ bucket, target: { type: 'lambda', events: list, at: r.loc(cur) }, ...(why ? { maybe: why } : {}) })
  }
  return out
}
