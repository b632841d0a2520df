/**
 * One root module (with the local modules it calls) → the neutral S3 model.
 *
 * Buckets come from `aws_s3_bucket` instances and from calls of the registry S3 module; every
 * v4+ setting resource is then attached to its bucket: by reference (`aws_s3_bucket.b.id`, a
 * module output), by the bucket's literal name, or by naming the same unset variable or local.
 * Links never cross root modules.
 */
import { boundedCallSites } from '../shared/call-sites.js'
import { appendAll } from '../../append.js'
import type { Problem } from '../../engine/finding.js'
import type { AccessPoint, Bucket, InlineSuppression, ResourceOrigin, S3Model } from '../../model/s3.js'
import { deployedWhenever } from '../../model/deployed.js'
import { markMaybeDeployed, type PolicyDocument } from '../../model/policy.js'
import { emptyModel } from '../../model/s3.js'
import { patternOf } from '../../cross-stack.js'
import type { ForeignPolicy, LinkableBucket, NamePattern, StackLinks } from '../../model/stack-links.js'
import { findCommentSuppressions, orphanSuppression, paramsNotChecked, type CommentSuppression } from '../shared/comment-suppressions.js'
import { blockHeader, type BodyView } from './body-view.js'
import { applyBucketSetting, BUCKET_SETTING_TYPES, readBucket, type PolicyReader } from './bucket.js'
import { displayString, toStr, type TfValue } from './eval/value.js'
import type { SourceLocation } from '../../model/location.js'
import { externalBucket, versioningFromObjectLock } from '../../model/defaults.js'
import type { Str, StrPart, Value } from '../../model/value.js'
import { setValue, unknownValue } from '../../model/value.js'
import { ValueReader } from './model-values.js'
import type { ModuleCallInstance, ModuleInstance, ResourceInstance, UnitContext } from './module-instance.js'
import type { ModuleConfig } from './module-config.js'
import type { Limits } from '../../limits.js'
import type { Format } from '../../model/s3.js'
import type { SourceFiles } from './eval/source-files.js'
import type { MaybeCondition, Origin } from './eval/value.js'
import {
  readAccessPoint,
  readAccountPublicAccessBlock,
  readAlarm,
  readIamPolicy,
  readInlinePolicies,
  readAttachedManagedPolicies,
  readEventDataStore,
  readMetricFilter,
  readMultiRegionAccessPoint,
  readObject,
  readTrail,
} from './other-resources.js'
import { readPolicyValue } from './policy-value.js'
import { readStateLinks, type StateLinks } from './remote-state.js'
import { placeLines, stackedLines, type LineRange } from '../shared/comment-placement.js'
import { createCondition, InputsView, isRegistryS3AccountPublicAccess, readRegistryS3Bucket } from './registry-s3-module.js'
import { NotificationInputsView } from './registry-s3-notification.js'
import { applyConflicting, applyMaybeSetting, applyPastCap } from './maybe-setting.js'
import { referenceShape, referenceSteps, stepsMayBeSame, type Step } from './unknown-key-match.js'
import { bodyReferences, exprReferences, WALK_BUDGET, type FollowReference } from './names-address.js'
import { orderPoliciesAgainstAccountBlocks, orderPoliciesAgainstBlocks } from './policy-order.js'
import { accountOfKey, deployedBy, providerAccounts, registryDeployedBy } from './provider-account.js'

export const OTHER_TYPES = new Set([
  'aws_s3_access_point',
  'aws_s3control_multi_region_access_point',
  'aws_s3control_access_point_policy',
  'aws_s3control_multi_region_access_point_policy',
  'aws_s3_account_public_access_block',
  'aws_cloudtrail',
  'aws_cloudtrail_event_data_store',
  'aws_iam_policy',
  'aws_iam_role_policy',
  'aws_iam_user_policy',
  'aws_iam_group_policy',
  'aws_iam_role',
  'aws_iam_role_policy_attachment',
  'aws_iam_user_policy_attachment',
  'aws_iam_group_policy_attachment',
  'aws_iam_policy_attachment',
  'aws_iam_role_policy_attachments_exclusive',
  'aws_iam_user_policy_attachments_exclusive',
  'aws_iam_group_policy_attachments_exclusive',
  'aws_cloudwatch_log_metric_filter',
  'aws_cloudwatch_metric_alarm',
  'aws_s3_object',
  'aws_s3_bucket_object',
  'aws_s3_object_copy',
  'aws_lb',
  'aws_alb',
  'aws_elb',
  'aws_cloudfront_distribution',
])
export const BUCKET_TYPES = new Set(['aws_s3_bucket'])

interface Subject {
  suppressions: InlineSuppression[]
}

export interface BuiltModel {
  model: S3Model
  problems: Problem[]
  notes: string[]
}

/** One resource instance, whatever it was read from (HCL, `.tf.json`, a plan). */
export interface ResourceRecord {
  address: string
  type: string
  /** The resource's first line(s). */
  header: Origin
  body(): BodyView
  /** The calling module blocks, innermost first. */
  related?: ResourceOrigin['related']
  /** Blocks (`f:start`) whose comments apply to it: its own, and those of the modules calling it. */
  commentBlocks: string[]
  /** The value naming its bucket (setting resources); defaults to the `bucket` attribute. */
  bucketRef?(): TfValue | undefined
  /** Why it may not be deployed (a `count` / `for_each` not known statically); none in plans. */
  maybe?: readonly Maybe[]
  /** Whether its block names `address` (a reference, a `depends_on` entry); missing where its text is not at hand. */
  mentions?(address: string): boolean
  /** Whether its `depends_on` names `address` (`module.m`: everything in that module); missing as `mentions` is. */
  dependsOn?(address: string): boolean
  /**
   * Whether the module call that leads to it from module `prefix` (`module.a["x"].`, '' for the
   * root module) names `address` in its `depends_on`, so that it waits for that; missing as `mentions` is.
   */
  callDependsOn?(prefix: string, address: string): boolean
  /** The account key of its provider configuration (`Bucket.deployedBy`). */
  deployedBy?(): string | undefined
  /**
   * A public access block after which the bucket's own policy (one its bucket resource or module
   * call writes) is applied: the registry module's `aws_s3_bucket_policy` waits for its block.
   * Otherwise the bucket's own policy is in place first.
   */
  ownPolicyAfter?: boolean
}

/** One reason a resource may not be deployed; the same key is the same decision (see `MaybeCondition`). */
export interface Maybe {
  key: string
  why: string
  at: SourceLocation
}

export interface ModelInput {
  unit: string
  format: Format
  files: SourceFiles
  limits: Limits
  buckets: ResourceRecord[]
  settings: ResourceRecord[]
  others: ResourceRecord[]
  /** Buckets built elsewhere (registry modules), with their raw name for linking. */
  extraBuckets: {
    bucket: Bucket
    rawName?: TfValue
    commentBlocks: string[]
    maybe?: readonly Maybe[]
    /** The public access block the module writes for it, which a caller's policy may race. */
    block?: ResourceRecord
    /** The setting resources (type, address) the module writes for it, which another of their type conflicts with. */
    managed?: [string, string][]
  }[]
  /** Files whose comments may hold suppressions, with the top-level blocks they may belong to. */
  commentFiles: { f: number; blocks: { start: number; end: number }[] }[]
  /** A root module's state outputs and remote-state reads, where sources are scanned (not a plan). */
  stateLinks?: StateLinks
  note(message: string): void
}

/** What `ResourceOrigin.maybe` says of a resource behind these conditions (the first one names why). */
export function originMaybe(maybe: readonly Maybe[]): NonNullable<ResourceOrigin['maybe']> {
  return { why: maybe[0]!.why, at: maybe[0]!.at, conditions: maybe.map((m) => m.key) }
}

export function blockKey(f: number, start: number): string {
  return `${f}:${start}`
}

/** The HCL side: every relevant resource instance of the root module and the modules it calls. */
export function buildModel(root: ModuleInstance, ctx: UnitContext, unit: string): BuiltModel {
  const r = new ValueReader(ctx.files)
  const notes: string[] = []
  const modules: ModuleInstance[] = []
  const registry: ModuleCallInstance[] = []
  const registryNotifications: ModuleCallInstance[] = []
  const registryAccountBlocks: ModuleCallInstance[] = []
  const unscanned = new Map<string, string>()
  const visit = (m: ModuleInstance) => {
    modules.push(m)
    for (const c of m.children()) {
      if (c.kind === 'local') visit(c.instance)
      else if (c.kind === 'registry-s3') registry.push(c.call)
      else if (c.kind === 'registry-s3-notification') registryNotifications.push(c.call)
      // Not vendored, the account-level block submodule is read from its inputs (a vendored copy is scanned as local).
      else if (isRegistryS3AccountPublicAccess(c.call.config.source)) registryAccountBlocks.push(c.call)
      else {
        const name = `${m.prefix}module.${c.call.config.name}`
        if (!unscanned.has(name))
          unscanned.set(name, `${name}${c.call.config.source ? ` (${c.call.config.source})` : ''} was not scanned: ${c.reason}`)
      }
    }
  }
  visit(root)
  notes.push(...unscanned.values())

  // Per module instance, not per resource: a module's resources all share its call chain (the
  // lists are only read; findings copy them).
  const sitesOf = new Map<ModuleInstance, ResourceOrigin['related']>()
  const callSites = (m: ModuleInstance): ResourceOrigin['related'] => {
    if (sitesOf.has(m)) return sitesOf.get(m)
    const chain = m.callChain()
    const sites = chain.length
      ? boundedCallSites(
          chain.reverse().map((c) => ({
            message: `module "${c.config.name}" is called here`,
            at: r.loc(blockHeader(c.config.f, c.config.block), c.address),
          })),
        )
      : undefined
    sitesOf.set(m, sites)
    return sites
  }
  const blocksOf = new Map<ModuleInstance, string[]>()
  const callBlocks = (m: ModuleInstance): string[] => {
    let keys = blocksOf.get(m)
    if (!keys) blocksOf.set(m, (keys = m.callChain().map((c) => blockKey(c.config.f, c.config.block.start))))
    return keys
  }
  // Per condition, not per resource: a module's condition is shared by everything in it.
  const located = new Map<MaybeCondition, Maybe>()
  const maybeOf = (conditions: readonly MaybeCondition[]): Maybe[] | undefined => {
    if (!conditions.length) return undefined
    return conditions.map((c) => {
      let m = located.get(c)
      if (!m) located.set(c, (m = { key: c.key, why: c.why, at: r.loc(c.at, c.path) }))
      return m
    })
  }
  // What the reference walks of the unit may visit together (see `bodyReferences`).
  const referenceBudget = { left: WALK_BUDGET * 10 }
  const record = (inst: ResourceInstance): ResourceRecord => ({
    address: inst.address,
    type: inst.type,
    header: inst.header,
    body: () => inst.body(),
    related: callSites(inst.mod),
    commentBlocks: [blockKey(inst.config.f, inst.config.block.start), ...callBlocks(inst.mod)],
    maybe: maybeOf(inst.maybe),
    // References in the syntax tree, never the text: a comment or a string naming the block
    // (`# depends_on = [aws_s3_bucket_public_access_block.b]`) orders nothing.
    mentions: (address) => bodyReferences(inst.config.block.body, address, followIn(inst.mod.config), referenceBudget),
    dependsOn: (address) => {
      const d = inst.config.block.body.attributes.find((a) => a.name === 'depends_on')
      return d !== undefined && exprReferences(d.expr, address, true)
    },
    callDependsOn: (prefix, address) => {
      for (let m = inst.mod; m.call; m = m.call.parent) {
        if (m.call.parent.prefix !== prefix) continue
        const d = m.call.config.block.body.attributes.find((a) => a.name === 'depends_on')
        return d !== undefined && exprReferences(d.expr, address, true)
      }
      return false
    },
    deployedBy: () => deployedBy(inst, (accounts ??= providerAccounts(root.config, ctx.files)), ctx.files),
  })
  let accounts: Map<string, string> | undefined

  const input: ModelInput = {
    unit,
    format: 'terraform',
    files: ctx.files,
    limits: ctx.limits,
    buckets: [],
    settings: [],
    others: [],
    extraBuckets: [],
    commentFiles: [],
    stateLinks: readStateLinks(root),
    note: (m) => notes.push(m),
  }
  for (const m of modules) {
    appendAll(input.buckets, m.resourceInstances(BUCKET_TYPES).map(record))
    appendAll(input.settings, m.resourceInstances(BUCKET_SETTING_TYPES).map(record))
    appendAll(input.others, m.resourceInstances(OTHER_TYPES).map(record))
  }
  const readPolicy = policyReader(r, ctx.files, ctx.limits)
  for (const call of registry) {
    const at = r.loc(blockHeader(call.config.f, call.config.block), call.address)
    // The module creates its bucket when `create_bucket && putin_khuylo` (both true by default).
    const create = createCondition(call, 'create_bucket', ctx.files, 'its bucket')
    const khuylo = createCondition(call, 'putin_khuylo', ctx.files, 'its bucket')
    if (create === false || khuylo === false) continue
    const maybe = maybeOf([...call.maybe, ...(create ? [create] : []), ...(khuylo ? [khuylo] : [])])
    const o: ResourceOrigin = {
      format: 'terraform',
      type: 'module terraform-aws-modules/s3-bucket/aws',
      address: call.address,
      at,
      related: callSites(call.parent),
    }
    if (maybe) o.maybe = originMaybe(maybe)
    const managed = new Set<string>()
    const b = readRegistryS3Bucket(r, call, o, readPolicy, notes, managed)
    const by = b && registryDeployedBy(call, (accounts ??= providerAccounts(root.config, ctx.files)), ctx.files)
    if (b && by !== undefined) b.deployedBy = by
    if (b)
      input.extraBuckets.push({
        bucket: b,
        rawName: call.input('bucket'),
        commentBlocks: [blockKey(call.config.f, call.config.block.start), ...callBlocks(call.parent)],
        maybe,
        ...(b.publicAccessBlock && { block: registryBlockRecord(call) }),
        managed: [...managed].map((type) => [type, `${call.address}.${type}.this[0]`]),
      })
  }
  // The notification submodule writes one `aws_s3_bucket_notification`, linked like the resource.
  for (const call of registryNotifications) {
    const create = createCondition(call, 'create', ctx.files, 'its bucket notification')
    if (create === false) continue
    const view = new NotificationInputsView(call)
    if (!view.configuresAny()) continue
    input.settings.push({
      address: call.address,
      type: 'aws_s3_bucket_notification',
      header: view.header,
      body: () => view,
      related: callSites(call.parent),
      commentBlocks: [blockKey(call.config.f, call.config.block.start), ...callBlocks(call.parent)],
      maybe: maybeOf(create ? [...call.maybe, create] : call.maybe),
    })
  }
  // The account-level block submodule writes one `aws_s3_account_public_access_block` from its inputs.
  for (const call of registryAccountBlocks) {
    const create = createCondition(call, 'create', ctx.files, 'its account-level public access block')
    if (create === false) continue
    const view = new InputsView(call)
    input.others.push({
      address: call.address,
      type: 'aws_s3_account_public_access_block',
      header: view.header,
      body: () => view,
      related: callSites(call.parent),
      commentBlocks: [blockKey(call.config.f, call.config.block.start), ...callBlocks(call.parent)],
      maybe: maybeOf(create ? [...call.maybe, create] : call.maybe),
      deployedBy: () => registryDeployedBy(call, (accounts ??= providerAccounts(root.config, ctx.files)), ctx.files),
    })
  }
  for (const config of new Set(modules.map((x) => x.config))) {
    for (const file of config.files) {
      if (!file.comments.length) continue
      input.commentFiles.push({ f: file.f, blocks: file.body.blocks.map((b) => ({ start: b.start, end: b.end })) })
    }
  }
  const built = modelFromResources(input)
  const report = (f: number, offset: number, code: string, message: string, level: Problem['level']) => {
    const at = ctx.files.position(f, offset)
    built.problems.push({ code, file: ctx.files.get(f).display, line: at.line, column: at.column, message, level })
  }
  for (const config of new Set(modules.map((x) => x.config))) {
    for (const d of config.duplicates)
      report(
        d.f,
        d.block.start,
        'DUPLICATE_DECLARATION',
        `${d.kind} ${d.name} is declared twice in this module; the first one is used`,
        'warning',
      )
    for (const x of config.rejected) report(x.f, x.offset, 'HCL_SYNTAX', x.message, 'error')
    for (const call of config.modules.values()) {
      // Terraform rejects them ("Unsupported block type"); the registry S3 module reads `logging { }` as its input.
      for (const b of call.block.body.blocks) {
        // OpenTofu's meta-argument block (`enabled`), read where the call is expanded; no input.
        if (b.type === 'lifecycle') continue
        const message = `a module call takes no ${b.type} block (Terraform rejects the configuration: write \`${b.type} = { ... }\`); read as the input ${b.type}`
        report(call.f, b.start, 'TF_UNSUPPORTED_BLOCK', message, 'warning')
      }
    }
  }
  built.notes.unshift(...notes)
  return built
}

/**
 * The `aws_s3_bucket_public_access_block` the registry module writes, as the ordering of policies
 * sees it: its own policy waits for it (`depends_on`), a caller's policy only with
 * `depends_on = [module.<name>]`. Without it the block voided a public policy the caller set on the
 * bucket by name, which Terraform may apply first.
 */
function registryBlockRecord(call: ModuleCallInstance): ResourceRecord {
  const view = new InputsView(call)
  return {
    address: `${call.address}.aws_s3_bucket_public_access_block.this[0]`,
    type: 'aws_s3_bucket_public_access_block',
    header: view.header,
    body: () => view,
    commentBlocks: [],
    ownPolicyAfter: true,
  }
}

function policyReader(r: ValueReader, files: SourceFiles, limits: Limits): PolicyReader {
  return (view, name, owner, required) => {
    const a = r.present(view, name)
    if (!a) return undefined
    return readPolicyValue(required ? unlessNull(a.value) : a.value, owner, r.attrLoc(view, a), files, limits.maxDepth)
  }
}

/** The one alternative of `v` that is not null, when all its others are. */
function unlessNull(v: TfValue): TfValue {
  if (v.k !== 'unknown' || !v.oneOf) return v
  const notNull = v.oneOf.filter((alt) => alt.k !== 'null')
  return notNull.length === 1 ? notNull[0]! : v
}

/** Setting resources of one type that may configure a bucket, applied one by one; the rest change nothing more. */
const MAX_MAYBE_SETTINGS = 8
/**
 * Setting resources of one type that configure one bucket, applied one by one; the next makes what
 * they set unknown and the rest are not read. Hundreds of buckets named by one unset variable, each
 * with a policy naming it too, linked every policy to every bucket: 1,000 of each took 90 s and 3 GB.
 */
const MAX_SAME_SETTINGS = 8

/** Resources → the model: buckets, their settings linked to them, and everything else. */
export function modelFromResources(input: ModelInput): BuiltModel {
  const r = new ValueReader(input.files)
  const model = emptyModel(input.unit, input.format)
  const problems: Problem[] = []
  const notes: string[] = []
  const readPolicy = policyReader(r, input.files, input.limits)
  const origin = (rec: ResourceRecord): ResourceOrigin => {
    const o: ResourceOrigin = {
      format: input.format,
      type: rec.type,
      address: rec.address,
      at: r.loc(rec.header, rec.address),
      related: rec.related,
    }
    if (rec.maybe?.length) o.maybe = originMaybe(rec.maybe)
    return o
  }

  // ----- subjects by the block that declares them, for comment suppressions
  // With the resource instance read from the block, where the block is its own (not a module call
  // above it): a trivy ignore's `[attribute=value]` is checked against that instance.
  const byBlock = new Map<string, { subject: Subject; rec?: ResourceRecord }[]>()
  const track = <S extends Subject>(s: S, keys: string[], rec?: ResourceRecord): S => {
    keys.forEach((key, i) => {
      const list = byBlock.get(key) ?? []
      list.push(i === 0 && rec ? { subject: s, rec } : { subject: s })
      byBlock.set(key, list)
    })
    return s
  }

  // ----- buckets
  const rawNames = new Map<Bucket, TfValue>()
  const bucketMaybe = new Map<Bucket, readonly Maybe[]>()
  for (const rec of input.buckets) {
    const view = rec.body()
    const b = readBucket(r, rec.address, view, origin(rec), readPolicy)
    const by = rec.deployedBy?.()
    if (by !== undefined) b.deployedBy = by
    model.buckets.push(track(b, rec.commentBlocks, rec))
    const raw = view.attr('bucket')?.value
    if (raw) rawNames.set(b, raw)
    if (rec.maybe) bucketMaybe.set(b, rec.maybe)
  }
  const moduleBlocks = new Map<Bucket, ResourceRecord>()
  for (const x of input.extraBuckets) {
    model.buckets.push(track(x.bucket, x.commentBlocks))
    if (x.rawName) rawNames.set(x.bucket, x.rawName)
    if (x.maybe) bucketMaybe.set(x.bucket, x.maybe)
    if (x.block) moduleBlocks.set(x.bucket, x.block)
  }
  /** Why a setting may be missing from a bucket that is deployed: a condition the bucket does not share. */
  const maybeFor = (rec: ResourceRecord, b: Bucket): Maybe | undefined => {
    const own = bucketMaybe.get(b)
    return rec.maybe?.find((c) => !own?.some((x) => x.key === c.key))
  }

  // ----- link the v4+ setting resources to their buckets
  const targets = bucketIndex(model.buckets, rawNames)
  const declared = model.buckets.slice()
  // Per name: its buckets in order, and per setting type the first of them that type has not configured yet.
  const external = new Map<string, { buckets: Bucket[]; nextFree: Map<string, number> }>()
  const foreign: ForeignPolicy[] = []
  const blockOf = new Map<Bucket, ResourceRecord>(moduleBlocks)
  const policyRecords = new Map<string, ResourceRecord>()
  const maybeApplied = new Map<Bucket, Map<string, number>>()
  let maybeCapped = false
  const applied = new Map<Bucket, Map<string, number>>()
  /** The first resource of each type that configures a bucket, named when a second one conflicts with it. */
  const firstOf = new Map<Bucket, Map<string, string>>()
  // The registry module's own settings come first: a caller's second public access block on its
  // bucket won over the module's in silence, though Terraform applies the two in no fixed order.
  for (const x of input.extraBuckets) if (x.managed?.length) firstOf.set(x.bucket, new Map(x.managed))
  let sameCapped = false
  /** The blocks of setting resources that may configure a bucket but not certainly, by address. */
  const mayOnly = new Map<string, string>()
  /**
   * Counts the resources of `type` given to the list `buckets` (the same array for every resource
   * naming the same bucket name or variable, and for every resource naming no bucket at all):
   * once more than `cap`, each bucket in it has met its own cap of `type` already.
   */
  const givenTo = new WeakMap<readonly Bucket[], Map<string, number>>()
  const pastCapFor = (buckets: readonly Bucket[], type: string, cap: number): boolean => {
    let counts = givenTo.get(buckets)
    if (!counts) givenTo.set(buckets, (counts = new Map()))
    const n = (counts.get(type) ?? 0) + 1
    counts.set(type, n)
    return n > cap
  }
  for (const rec of input.settings) {
    if (rec.type === 'aws_s3_bucket_policy') policyRecords.set(rec.address, rec)
    const view = rec.body()
    const refAttr = view.attr('bucket')
    const ref = rec.bucketRef ? rec.bucketRef() : refAttr?.value
    let found = ref ? targets(ref) : []
    const at = r.loc(rec.header, rec.address)
    /** The settings count for none of `candidates`, as the resource may configure any one of them, or another bucket. */
    const mayConfigure = (candidates: readonly Bucket[], why: string, anyBucket = false) => {
      // Its comments are not the candidates': a suppression written for the one bucket it
      // configures at deploy time silenced the finding on every other one it might (on every
      // bucket of the module when its bucket is not known at all).
      mayOnly.set(rec.commentBlocks[0]!, rec.address)
      // Every bucket of the list is past its cap already: no need to visit each (quadratic otherwise).
      if (pastCapFor(candidates, rec.type, MAX_MAYBE_SETTINGS)) {
        maybeCapped = true
        return
      }
      const maybe: Maybe = { key: `may-name:${rec.address}`, why, at }
      for (const b of candidates) {
        // Past a few, another resource of the type that may configure the bucket leaves it as it
        // is (what they set is unknown already); applied, 4,000 of them named by one unset
        // variable for 4,000 buckets took minutes and a policy list per bucket as long.
        let counts = maybeApplied.get(b)
        if (!counts) maybeApplied.set(b, (counts = new Map()))
        const n = counts.get(rec.type) ?? 0
        if (n >= MAX_MAYBE_SETTINGS) {
          maybeCapped = true
          continue
        }
        counts.set(rec.type, n + 1)
        applyMaybeSetting(b, maybe, () => applyBucketSetting(r, b, rec.type, view, at, rec.address, readPolicy), anyBucket)
      }
    }
    // Only messages need it: most resources name their bucket plainly and never get here.
    // A plan without its sources places a value known only after apply at the resource: no text of its own.
    const written = () =>
      !refAttr
        ? 'its bucket'
        : refAttr.at.s === rec.header.s && refAttr.at.f === rec.header.f
          ? '(known after apply)'
          : writtenValue(input.files, refAttr.at)
    // Terraform refuses these, so the settings are not read. Read as "any bucket" (a whole resource,
    // one Terraform rejects as undeclared, a list or an object where the provider wants a name) or
    // as "not known statically" (`try(aws_s3_bucket.b[0].id, "")` or `one(...)` over a bucket with
    // `count = 0`: null or empty), they made the settings of every bucket of the module unknown.
    const refused = ref && notABucketName(ref)
    if (refused) {
      const where = refAttr ? r.attrLoc(view, refAttr) : at
      problems.push({
        code: 'TF_BAD_REFERENCE',
        file: where.file,
        line: where.line,
        column: where.column,
        message: `${rec.address}: its bucket, ${written()}, is ${refused}, not a bucket name, so Terraform rejects it; its settings are not checked`,
        level: 'warning',
      })
      continue
    }
    if (!found.length && ref) {
      // `var.names[var.i]` may be the bucket named `var.names[0]` or another: its settings count for neither.
      const candidates = targets.maybeSame(ref)
      // `var.on ? aws_s3_bucket.b[0].id : var.existing`, where `b` has `count = var.on ? 1 : 0`:
      // whenever `b` exists, it is the one named.
      found = [...candidates].filter(([b, when]) => when !== undefined && bucketMaybe.get(b)?.some((m) => m.key === when)).map(([b]) => b)
      const maybe = [...candidates.keys()].filter((b) => !found.includes(b))
      if (maybe.length)
        mayConfigure(maybe, `${rec.address} may configure this bucket: it names ${written()}, which is only known at deploy time`)
      if (candidates.size && !found.length) continue
    }
    if (!found.length && ref) {
      // A bucket created elsewhere: only what these resources set is known about it.
      const ext = externalIdentity(ref, r)
      if (!ext && ref.k === 'unknown' && ref.error) {
        // Terraform rejects the reference (`aws_s3_bucket.x.id` of a bucket with `for_each`).
        const where = refAttr ? r.attrLoc(view, refAttr) : at
        problems.push({
          code: 'TF_BAD_REFERENCE',
          file: where.file,
          line: where.line,
          column: where.column,
          message: `${rec.address}: its bucket, ${written()}, cannot be evaluated (${ref.why}), so Terraform rejects it; its settings are not checked`,
          level: 'warning',
        })
        continue
      }
      if (!ext) {
        // Nothing tells which bucket it is: it may be any of this module's.
        const why = `${rec.address} may configure this bucket: its bucket, ${written()}, is not known statically`
        mayConfigure(declared, why, true)
        input.note(
          `${rec.address}: its bucket, ${written()}, is not known statically; its settings make those of every bucket here unknown`,
        )
        continue
      }
      // Two resources of the same type for one bucket conflict. Policies and ACLs stay on the one
      // bucket, which judges them together (competing policies; the grants of either ACL) with its
      // other settings: on a bucket of their own, a public grant lost the bucket's Block Public
      // Access. Any other setting written twice is checked on its own bucket.
      let group = external.get(ext.key)
      if (!group) external.set(ext.key, (group = { buckets: [], nextFree: new Map() }))
      const together = rec.type === 'aws_s3_bucket_policy' || rec.type === 'aws_s3_bucket_acl'
      const slot = together ? 0 : (group.nextFree.get(rec.type) ?? 0)
      if (!together) group.nextFree.set(rec.type, slot + 1)
      let bucket = group.buckets[slot]
      if (!bucket) {
        const at = r.loc(rec.header, rec.address)
        const nameAt = refAttr ? r.attrLoc(view, refAttr) : at
        // Named after the bucket it stands for when that has a name (a literal, an address, a
        // variable), not after whichever setting came first: findings on its ACL were reported
        // on its versioning resource.
        const named = slot === 0 && (ext.key.startsWith('n:') || ext.key.startsWith('b:') || NAMED_VALUE.test(ext.id))
        bucket = externalBucketFor(named ? ext.id : rec.address, origin(rec), ext.name(nameAt))
        group.buckets[slot] = bucket
        model.buckets.push(bucket)
        input.note(
          `${rec.address} configures bucket ${ext.id}, which is not declared in this root module; only the settings written here are checked`,
        )
      }
      if (rec.type === 'aws_s3_bucket_policy') {
        bucket.policyDefinedElsewhere = undefined
        const name = bucket.name
        const at = r.loc(rec.header, rec.address)
        const place = { policy: rec.address, unit: input.unit, file: at.file, line: at.line }
        const read = ref.k === 'unknown' && ref.key ? input.stateLinks?.readOf(ref.key) : undefined
        if (read) foreign.push({ ...place, via: 'remote-state', name: read })
        else if (name.state !== 'unknown' && name.value !== null) foreign.push({ ...place, via: 'name', name: patternOf(name.value) })
      }
      found = [bucket]
    }
    if (!found.length) continue
    if (pastCapFor(found, rec.type, MAX_SAME_SETTINGS + 1)) {
      sameCapped = true
      continue
    }
    for (const b of found) {
      let counts = applied.get(b)
      if (!counts) applied.set(b, (counts = new Map()))
      const n = (counts.get(rec.type) ?? 0) + 1
      counts.set(rec.type, n)
      if (n > MAX_SAME_SETTINGS + 1) continue
      let firsts = firstOf.get(b)
      if (!firsts) firstOf.set(b, (firsts = new Map()))
      const first = firsts.get(rec.type)
      if (first === undefined) firsts.set(rec.type, rec.address)
      const write = () => applyBucketSetting(r, b, rec.type, view, at, rec.address, readPolicy, n > 1)
      const merged = rec.type === 'aws_s3_bucket_acl' || rec.type === 'aws_s3_bucket_policy'
      const why = `${first} and ${rec.address} both configure this bucket, and Terraform applies them in no fixed order`
      const apply = first === undefined || merged ? write : () => applyConflicting(b, { why, at }, write)
      const maybe = maybeFor(rec, b)
      if (n > MAX_SAME_SETTINGS) {
        sameCapped = true
        const why = `more than ${MAX_SAME_SETTINGS} ${rec.type} resources configure this bucket (${rec.address} and later ones are not read), and Terraform applies them in no fixed order`
        applyPastCap(b, { why, at }, apply)
      } else if (maybe) applyMaybeSetting(b, maybe, apply)
      else apply()
      if (rec.type === 'aws_s3_bucket_public_access_block') blockOf.set(b, rec)
      track(b, rec.commentBlocks, rec)
    }
  }
  if (maybeCapped)
    input.note(
      `more than ${MAX_MAYBE_SETTINGS} setting resources of one type may configure the same bucket; the settings they write are unknown, and the rest were not applied one by one`,
    )
  if (sameCapped)
    input.note(
      `more than ${MAX_SAME_SETTINGS} setting resources of one type configure the same bucket; what they set is unknown, and the rest were not read`,
    )
  orderPoliciesAgainstBlocks(blockOf, policyRecords)
  for (const b of model.buckets) versioningFromObjectLock(b)

  // ----- everything else
  const accessPointPolicies: ResourceRecord[] = []
  /** Account blocks that may turn BlockPublicPolicy on, which a policy applied before them escapes. */
  const accountBlockRecords: ResourceRecord[] = []
  // Access point names by address, to find the access point a literal ARN names.
  const apNames = new Map<string, string>()
  const mrapNames = new Map<string, string>()
  for (const rec of input.others) {
    const view = rec.body()
    const o = origin(rec)
    const keys = rec.commentBlocks
    switch (rec.type) {
      case 'aws_s3_access_point': {
        model.accessPoints.push(track(readAccessPoint(r, rec.address, view, o, readPolicy), keys, rec))
        const n = view.attr('name')?.value
        const s = n ? toStr(n) : undefined
        if (s && s.k === 'string') apNames.set(rec.address, s.v)
        break
      }
      case 'aws_s3control_multi_region_access_point': {
        model.accessPoints.push(track(readMultiRegionAccessPoint(r, rec.address, view, o), keys, rec))
        const n = view.blocks('details')[0]?.attr('name')?.value
        const s = n ? toStr(n) : undefined
        if (s && s.k === 'string') mrapNames.set(rec.address, s.v)
        break
      }
      case 'aws_s3control_access_point_policy':
      case 'aws_s3control_multi_region_access_point_policy':
        accessPointPolicies.push(rec)
        break
      case 'aws_s3_account_public_access_block': {
        const block = readAccountPublicAccessBlock(r, rec.address, view, o)
        const by = accountBlockDeployedBy(rec.address, view, rec.deployedBy?.())
        if (by !== undefined) block.deployedBy = by
        model.accountPublicAccessBlocks.push(track(block, keys, rec))
        const bpp = block.publicAccessBlock.blockPublicPolicy
        if (bpp.state === 'unknown' || bpp.value) accountBlockRecords.push(rec)
        break
      }
      case 'aws_cloudtrail': {
        const trail = readTrail(r, rec.address, view, o)
        const named = view.attr('s3_bucket_name')
        if (named?.value.k === 'unknown') {
          const why = `${rec.address} writes its logs to ${writtenValue(input.files, named.at)}, which is only known at deploy time`
          const choices = [...targets.maybeSame(named.value).keys()].map((b) => ({ bucketId: b.id, why }))
          if (choices.length) trail.bucketChoices = choices
        }
        model.trails.push(track(trail, keys, rec))
        break
      }
      case 'aws_cloudtrail_event_data_store':
        model.eventDataStores.push(readEventDataStore(r, rec.address, view, o))
        break
      case 'aws_lb':
      case 'aws_alb':
      case 'aws_elb':
      case 'aws_cloudfront_distribution': {
        const cloudfront = rec.type === 'aws_cloudfront_distribution'
        const block = view.blocks(cloudfront ? 'logging_config' : 'access_logs')[0]
        if (!block || block.unknownWhy) break
        // An ALB/NLB logs only when `enabled = true`; a classic ELB's `enabled` defaults to true.
        const enabled = cloudfront ? undefined : block.attr('enabled')?.value
        const on = enabled === undefined ? rec.type === 'aws_elb' || cloudfront : enabled.k !== 'bool' || enabled.v
        const bucket = r.str(block, 'bucket', r.blockLoc(block))
        if (on && bucket.state === 'set' && bucket.value !== null)
          model.logDeliveries.push({ service: cloudfront ? 'cloudfront' : 'elb', from: rec.address, bucket: bucket.value })
        break
      }
      case 'aws_iam_policy':
      case 'aws_iam_role_policy':
      case 'aws_iam_user_policy':
      case 'aws_iam_group_policy': {
        const p = readIamPolicy(rec.address, view, o, rec.type === 'aws_iam_policy' ? 'managed' : 'inline', readPolicy)
        if (p) model.iamPolicies.push(track(p, keys, rec))
        break
      }
      case 'aws_iam_role':
        for (const p of readInlinePolicies(r, rec.address, view, o, readPolicy)) model.iamPolicies.push(track(p, keys, rec))
        for (const p of readAttachedManagedPolicies(r, rec.address, rec.type, view, o)) model.iamPolicies.push(track(p, keys, rec))
        break
      case 'aws_iam_role_policy_attachment':
      case 'aws_iam_user_policy_attachment':
      case 'aws_iam_group_policy_attachment':
      case 'aws_iam_policy_attachment':
      case 'aws_iam_role_policy_attachments_exclusive':
      case 'aws_iam_user_policy_attachments_exclusive':
      case 'aws_iam_group_policy_attachments_exclusive':
        for (const p of readAttachedManagedPolicies(r, rec.address, rec.type, view, o)) model.iamPolicies.push(track(p, keys, rec))
        break
      case 'aws_cloudwatch_log_metric_filter':
        model.metricFilters.push(readMetricFilter(r, rec.address, view, o))
        break
      case 'aws_cloudwatch_metric_alarm':
        model.alarms.push(readAlarm(r, rec.address, view, o))
        break
      case 'aws_s3_object':
      case 'aws_s3_bucket_object':
        model.objects.push(track(readObject(r, rec.address, view, o, 'object'), keys, rec))
        break
      case 'aws_s3_object_copy':
        model.objects.push(track(readObject(r, rec.address, view, o, 'object-copy'), keys, rec))
        break
    }
  }
  orderPoliciesAgainstAccountBlocks(model.buckets, accountBlockRecords, policyRecords)
  for (const rec of accessPointPolicies) {
    const found = accessPointPolicyTargets(model, rec, apNames, mrapNames, readPolicy)
    if (!found) {
      input.note(
        `${rec.address}: its access point is not declared in this root module (or not known statically); its policy is not checked`,
      )
      continue
    }
    const o = origin(rec)
    for (const ap of found.accessPoints) {
      let doc = found.doc
      if (!doc) continue
      // A policy resource that may not be deployed with its access point protects nothing for sure
      // (marked on a copy: the same document may reach another access point deployed with it).
      if (o.maybe && !deployedWhenever(o, ap.origin)) {
        doc = { ...doc, statements: doc.statements.map((x) => ({ ...x })) }
        markMaybeDeployed(doc, { why: o.maybe.why, at: o.maybe.at })
      }
      ap.policies.push(doc)
      // Its comments apply to its access point, as those beside an inline policy do.
      track(ap, rec.commentBlocks, rec)
    }
  }

  // ----- comment suppressions
  for (const cf of input.commentFiles) {
    const src = input.files.get(cf.f)
    const found = findCommentSuppressions(src.text, src.display)
    appendAll(problems, found.problems)
    if (!found.found.length) continue
    const ranges = new Map<string, LineRange>()
    for (const b of cf.blocks) {
      const key = blockKey(cf.f, b.start)
      if (!ranges.has(key)) ranges.set(key, { startLine: src.lines.position(b.start).line, endLine: src.lines.position(b.end).line })
    }
    // A comment belongs to the block it sits in, or to the one right below it (or below its stack).
    const owners = placeLines(stackedLines(found.found), ranges)
    found.found.forEach((c, i) => {
      const key = owners[i]
      if (key === undefined) {
        if (c.suppression.syntax === 's3-gate') problems.push(orphanSuppression(c))
        return
      }
      const applied = new Set<Subject>()
      let unchecked: string | undefined
      for (const { subject, rec } of byBlock.get(key) ?? []) {
        if (applied.has(subject)) continue
        const match = c.params ? (rec ? paramsMatch(rec.body(), c.params) : 'on a module block') : true
        if (match === true) {
          applied.add(subject)
          subject.suppressions.push(c.suppression)
        } else if (match !== false) unchecked ??= match
      }
      if (unchecked !== undefined) problems.push(paramsNotChecked(c, unchecked))
      const maybeOf = mayOnly.get(key)
      if (maybeOf !== undefined && c.suppression.syntax === 's3-gate') problems.push(notOnMaybeBuckets(c, maybeOf, applied.size > 0))
    })
  }
  const links = rootBucketLinks(model, input.unit, foreign, input.stateLinks?.outputsOf)
  if (links.buckets.length > 0 || links.policies.length > 0) model.stackLinks = links
  return { model, problems, notes }
}

/**
 * What another root module may link to here: buckets this root declares itself with a name it
 * writes (a module's bucket is one per caller, and its findings are shared by all of them), and
 * its policies for buckets it does not declare (see src/cross-stack.ts).
 */
function rootBucketLinks(
  model: S3Model,
  unit: string,
  policies: ForeignPolicy[],
  stateOutputs: ReadonlyMap<string, NamePattern[]> | undefined,
): StackLinks {
  const buckets: LinkableBucket[] = []
  for (const b of model.buckets) {
    if (!b.managed || b.id.startsWith('module.')) continue
    const named = b.name.state === 'set' && b.name.value !== null
    const outputs = stateOutputs?.get(b.id)
    if (!named && !outputs) continue
    const at = b.origin.at
    const link: LinkableBucket = { bucket: b.id, unit, file: at.file, line: at.line, exports: [] }
    if (b.name.state === 'set' && b.name.value !== null) link.name = patternOf(b.name.value)
    if (outputs) link.stateOutputs = outputs
    buckets.push(link)
  }
  return { buckets, policies }
}

/** `var.name`, `local.name`, `module.m.var.name`: an unknown value that still reads as a name. */
const NAMED_VALUE = /^(module\.[^.[\]]+(\[[^\]]*\])?\.)*(var|local)\.[A-Za-z_][A-Za-z0-9_-]*$/

/** How split resources that name a bucket not declared in the unit are grouped, and what it is called. */
function externalIdentity(v: TfValue, r: ValueReader): { key: string; id: string; name: (at: SourceLocation) => Value<Str> } | undefined {
  if (v.k === 'string' && v.v) {
    const name = v.v.startsWith('arn:aws:s3:::') ? v.v.slice('arn:aws:s3:::'.length) : v.v
    return { key: `n:${name}`, id: name, name: (at) => setValue(name, at) }
  }
  if (v.k === 'sym') {
    const p = v.parts.length === 1 ? v.parts[0] : undefined
    // A reference to a bucket the module does not declare: named by its address.
    if (p && typeof p !== 'string' && p.kind === 'bucket' && p.attr !== 'domain')
      return { key: `b:${p.id}`, id: p.id, name: (at) => unknownValue(`bucket ${p.id} is not declared in this root module`, at) }
    return { key: `s:${linkKey(v.parts)}`, id: displayString(v), name: (at) => setValue({ parts: v.parts }, at) }
  }
  if (v.k === 'unknown' && v.key) {
    const id = v.key.replace(/\.(id|bucket|arn)$/, '')
    return { key: `u:${v.key}`, id, name: (at) => unknownValue(r.why(v), at, v.ident) }
  }
  return undefined
}

/** The expression of `name = expression` as written, on one line. */
function writtenValue(files: SourceFiles, at: Origin): string {
  const text = files.oneLine(at.f, at.s, at.e)
  return text.slice(text.indexOf('=') + 1).trimStart()
}

/** A bucket managed outside this root module: see `externalBucket`. */
function externalBucketFor(id: string, origin: ResourceOrigin, name: Value<Str>): Bucket {
  return externalBucket(id, origin, name)
}

/**
 * How a `bucket = ...` argument finds buckets: a placeholder names the bucket directly; a literal
 * matches buckets with that name; a symbolic or unknown value matches buckets whose name was
 * written the same way (the same unset variable, the same `"logs-${account_id}"`).
 */
function bucketIndex(
  buckets: Bucket[],
  rawNames: Map<Bucket, TfValue>,
): ((v: TfValue) => Bucket[]) & { maybeSame: (v: TfValue) => Map<Bucket, string | undefined> } {
  const byId = new Map(buckets.map((b) => [b.id, b]))
  const byName = new Map<string, Bucket[]>()
  const bySym = new Map<string, Bucket[]>()
  const add = (m: Map<string, Bucket[]>, k: string, b: Bucket) => {
    const list = m.get(k)
    if (list) list.push(b)
    else m.set(k, [b])
  }
  for (const b of buckets) {
    const n = b.name
    if (n.state === 'unknown') {
      const raw = rawNames.get(b)
      if (raw && raw.k === 'unknown' && raw.key) add(bySym, `u:${raw.key}`, b)
      continue
    }
    if (n.state !== 'set') continue
    if (typeof n.value === 'string') add(byName, n.value, b)
    else add(bySym, `s:${linkKey(n.value.parts)}`, b)
  }
  const exact = (v: TfValue): Bucket[] => {
    if (v.k === 'sym') {
      const p = v.parts
      if (p.length === 1 && typeof p[0] !== 'string' && p[0]!.kind === 'bucket') {
        // `bucket_domain_name` is `<name>.s3.amazonaws.com`: the provider would configure a
        // bucket of that name, not this one, and its Block Public Access let the bucket pass.
        if (p[0]!.attr === 'domain') return []
        const b = byId.get(p[0]!.id)
        return b ? [b] : []
      }
      return bySym.get(`s:${linkKey(v.parts)}`) ?? []
    }
    if (v.k === 'string') {
      const name = v.v.startsWith('arn:aws:s3:::') ? v.v.slice('arn:aws:s3:::'.length) : v.v
      return byName.get(name) ?? []
    }
    if (v.k === 'unknown' && v.key) return bySym.get(`u:${v.key}`) ?? []
    return []
  }
  /**
   * The unknown names that are reference paths, by their path without indexes: only those of the
   * same shape may be the same value. Comparing every name with every other was quadratic: 4,000
   * buckets and settings named by `element(var.names, …)` took 7.9 s, most of it re-reading keys.
   */
  let shapes: Map<string, { key: string; steps: Step[]; buckets: Bucket[] }[]> | undefined
  const byShape = () => {
    if (shapes) return shapes
    shapes = new Map()
    for (const [k, buckets] of bySym) {
      if (!k.startsWith('u:')) continue
      const key = k.slice(2)
      const steps = referenceSteps(key)
      if (!steps) continue
      const shape = referenceShape(steps)
      const list = shapes.get(shape)
      if (list) list.push({ key, steps, buckets })
      else shapes.set(shape, [{ key, steps, buckets }])
    }
    return shapes
  }
  /** Buckets `v` may name, each with the condition key under which it surely does, if any. */
  const maybeSame = (v: TfValue): Map<Bucket, string | undefined> => {
    const out = new Map<Bucket, string | undefined>()
    if (v.k !== 'unknown') return out
    v.oneOf?.forEach((alt, i) => {
      const when = v.oneOfWhen?.[i]
      for (const b of exact(alt)) out.set(b, out.has(b) && out.get(b) !== when ? undefined : when)
    })
    const steps = v.key === undefined ? undefined : referenceSteps(v.key)
    if (steps)
      for (const other of byShape().get(referenceShape(steps)) ?? [])
        if (other.key !== v.key && stepsMayBeSame(steps, other.steps)) for (const b of other.buckets) out.set(b, undefined)
    return out
  }
  return Object.assign(exact, { maybeSame })
}

/**
 * A name's text with its unknown parts compared by their reason only, as before unknown parts
 * carried an identity (`TfUnknown.ident`): that identity is for matching names and ARNs in the
 * model, and leaving it out here keeps the links of setting resources as they were.
 */
function linkKey(parts: readonly StrPart[]): string {
  return JSON.stringify(
    parts.map((p) => (typeof p !== 'string' && p.kind === 'unknown' && p.key !== undefined ? { kind: 'unknown', why: p.why } : p)),
  )
}

/** The last segment of an access point ARN (`arn:aws:s3:region:account:accesspoint/NAME`), when it is written. */
function accessPointNameIn(v: TfValue): string | undefined {
  const last = v.k === 'string' ? v.v : v.k === 'sym' ? v.parts[v.parts.length - 1] : undefined
  if (typeof last !== 'string') return undefined
  const m = /:accesspoint\/([^/:]+)$/.exec(last)
  return m ? m[1] : undefined
}

/**
 * The access points a policy resource applies to, and its document: by reference to the access
 * point (`aws_s3_access_point.x.arn`), or by the name its ARN ends with; a multi-Region access
 * point policy by the name in its `details`. `undefined` when none in the model is named.
 */
function accessPointPolicyTargets(
  model: S3Model,
  rec: ResourceRecord,
  apNames: Map<string, string>,
  mrapNames: Map<string, string>,
  readPolicy: PolicyReader,
): { accessPoints: AccessPoint[]; doc: PolicyDocument | undefined } | undefined {
  const view = rec.body()
  if (rec.type === 'aws_s3control_access_point_policy') {
    const arn = view.attr('access_point_arn')?.value
    if (!arn) return undefined
    const p = arn.k === 'sym' && arn.parts.length === 1 ? arn.parts[0] : undefined
    const id = p && typeof p !== 'string' && p.kind === 'resource' ? p.id : undefined
    const name = id === undefined ? accessPointNameIn(arn) : undefined
    const found = model.accessPoints.filter(
      (a) => !a.multiRegion && (id !== undefined ? a.id === id : name !== undefined && apNames.get(a.id) === name),
    )
    return found.length ? { accessPoints: found, doc: readPolicy(view, 'policy', rec.address) } : undefined
  }
  const details = view.blocks('details')[0] as BodyView | undefined
  if (!details) return undefined
  const name = details.attr('name')?.value
  const n = name ? toStr(name) : undefined
  if (!n || n.k !== 'string') return undefined
  const found = model.accessPoints.filter((ap) => ap.multiRegion && mrapNames.get(ap.id) === n.v)
  return found.length ? { accessPoints: found, doc: readPolicy(details, 'policy', rec.address) } : undefined
}

/**
 * Do this instance's attributes have the values of a trivy ignore's `[key=value,...]`? As trivy
 * compares them: a string as it is, a number as an integer or a decimal, a bool as `true`/`false`;
 * `a.b` is attribute `b` of the first nested block `a`. A reason (string) where a value is not
 * known statically: the ignore is then not applied there.
 */
function paramsMatch(view: BodyView, params: NonNullable<CommentSuppression['params']>): boolean | string {
  for (const { key, value } of params) {
    const path = key.split('.')
    let at: BodyView | undefined = view
    for (const name of path.slice(0, -1)) at = at?.blocks(name)[0]
    const a = at?.attr(path[path.length - 1]!)
    if (!a) return false
    const v = a.value
    let text: string | undefined
    if (v.k === 'string') text = v.v
    else if (v.k === 'sym' && v.known !== undefined) text = v.known
    else if (v.k === 'bool') text = String(v.v)
    else if (v.k === 'number') {
      if (value === String(Math.trunc(v.v)) || value === String(v.v)) continue
      return false
    } else if (v.k === 'unknown' || v.k === 'sym') return `where ${key} is not known statically (${a.name})`
    else return false
    if (text !== value) return false
  }
  return true
}

/**
 * An `s3-gate:ignore` in a setting resource whose bucket is one of several, or any: said, as the
 * finding it was written for stays reported (it may be the bucket the resource configures).
 */
function notOnMaybeBuckets(c: CommentSuppression, address: string, appliedElsewhere: boolean): Problem {
  const { at, rule } = c.suppression
  return {
    code: 'SUPPRESSION_NOT_APPLIED',
    file: at.file,
    line: at.line,
    column: at.column,
    message: `s3-gate:ignore ${rule} is not applied to the buckets ${address} only may configure (its bucket is known only at deploy time)${appliedElsewhere ? '' : ', and it certainly configures none'}; write it on the bucket instead`,
    level: 'warning',
  }
}

/**
 * The account key an account-level public access block counts for. Without `account_id` it is
 * its provider configuration's account. With one, it is that account: it covers for certain only
 * the buckets of a configuration known to deploy to it, and only when its own configuration is
 * known to be in it (S3 refuses the block for another account); for any other bucket whether it
 * covers it is unknown. Read as its provider's, `account_id = "333333333333"` covered the default
 * provider's buckets though that provider allowed only account 111111111111.
 */
function accountBlockDeployedBy(address: string, view: BodyView, by: string | undefined): string | undefined {
  const a = view.attr('account_id')
  if (!a || a.value.k === 'null') return by
  const v = toStr(a.value)
  // `data.aws_caller_identity.current.account_id`: the account of the credentials, the default.
  if (v?.k === 'sym' && v.parts.length === 1) {
    const p = v.parts[0]!
    if (typeof p !== 'string' && p.kind === 'pseudo' && p.name === 'account') return by
  }
  const id = v?.k === 'string' ? v.v : undefined
  if (id !== undefined && accountOfKey(by) === id) return by
  return `?${address}: account ${id ?? 'named at deploy time'}, through ${by ?? 'the default credentials'}`
}

/** What a setting's `bucket` is when it cannot name a bucket, as Terraform refuses it; undefined otherwise. */
function notABucketName(ref: TfValue): string | undefined {
  switch (ref.k) {
    case 'ref':
      return 'a whole resource or an undeclared name'
    case 'list':
      return 'a list'
    case 'object':
      return 'an object'
    case 'null':
      return 'null'
    case 'string':
      return ref.v === '' ? 'an empty string' : undefined
    default:
      return undefined
  }
}

/** Where a reference of module `m` leads (`local.x`: its expression; `data.t.n`: its block), for `bodyReferences`. */
function followIn(m: ModuleConfig): FollowReference {
  return (lead) => {
    if (lead[0] === 'local' && lead[1] !== undefined) return m.locals.get(lead[1])?.attr.expr
    if (lead[0] === 'data' && lead[2] !== undefined) return m.data.get(`${lead[1]}.${lead[2]}`)?.block.body
    return undefined
  }
}
