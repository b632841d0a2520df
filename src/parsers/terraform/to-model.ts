/**
 * One root module (with the local modules it calls) → the neutral S3 model.
 *
 * Buckets come from `aws_s3_bucket` instances and from calls of the registry S3 module; every
 * v4+ setting resource is then attached to its bucket: by reference (`aws_s3_bucket.b.id`, a
 * module output), by the bucket's literal name, or by naming the same unset variable or local.
 * Links never cross root modules.
 */
import type { Problem } from '../../engine/finding.js'
import type { Bucket, InlineSuppression, ResourceOrigin, S3Model } from '../../model/s3.js'
import { emptyModel } from '../../model/s3.js'
import { findCommentSuppressions } from '../shared/comment-suppressions.js'
import { blockHeader, type BodyView } from './body-view.js'
import { applyBucketSetting, BUCKET_SETTING_TYPES, readBucket, type PolicyReader } from './bucket.js'
import { symKey, toStr, type TfValue } from './eval/value.js'
import { ValueReader } from './model-values.js'
import type { ModuleCallInstance, ModuleInstance, ResourceInstance, UnitContext } from './module-instance.js'
import {
  readAccessPoint,
  readAccountPublicAccessBlock,
  readAlarm,
  readIamPolicy,
  readInlinePolicies,
  readMetricFilter,
  readMultiRegionAccessPoint,
  readObject,
  readTrail,
} from './other-resources.js'
import { readPolicyValue } from './policy-value.js'
import { readRegistryS3Bucket } from './registry-s3-module.js'

const OTHER_TYPES = new Set([
  'aws_s3_access_point',
  'aws_s3control_multi_region_access_point',
  'aws_s3control_access_point_policy',
  'aws_s3control_multi_region_access_point_policy',
  'aws_s3_account_public_access_block',
  'aws_cloudtrail',
  'aws_iam_policy',
  'aws_iam_role_policy',
  'aws_iam_user_policy',
  'aws_iam_group_policy',
  'aws_iam_role',
  'aws_cloudwatch_log_metric_filter',
  'aws_cloudwatch_metric_alarm',
  'aws_s3_object',
  'aws_s3_bucket_object',
  'aws_s3_object_copy',
])
const BUCKET_TYPES = new Set(['aws_s3_bucket'])

interface Subject {
  suppressions: InlineSuppression[]
}

export interface BuiltModel {
  model: S3Model
  problems: Problem[]
  notes: string[]
}

export function buildModel(root: ModuleInstance, ctx: UnitContext, unit: string): BuiltModel {
  const r = new ValueReader(ctx.files)
  const model = emptyModel(unit, 'terraform')
  const problems: Problem[] = []
  const notes: string[] = []
  const maxDepth = ctx.limits.maxDepth

  const readPolicy: PolicyReader = (view, name, owner) => {
    const a = r.present(view, name)
    if (!a) return undefined
    return readPolicyValue(a.value, owner, r.attrLoc(view, a), ctx.files, maxDepth)
  }

  // ----- walk the module tree
  const modules: ModuleInstance[] = []
  const registry: ModuleCallInstance[] = []
  const unscanned = new Map<string, string>()
  const visit = (m: ModuleInstance) => {
    modules.push(m)
    for (const c of m.children()) {
      if (c.kind === 'local') visit(c.instance)
      else if (c.kind === 'registry-s3') registry.push(c.call)
      else {
        const name = `${m.prefix}module.${c.call.config.name}`
        if (!unscanned.has(name)) unscanned.set(name, `${name}${c.call.config.source ? ` (${c.call.config.source})` : ''} was not scanned: ${c.reason}`)
      }
    }
  }
  visit(root)
  notes.push(...unscanned.values())

  const origin = (inst: ResourceInstance): ResourceOrigin => ({
    format: 'terraform',
    type: inst.type,
    address: inst.address,
    at: r.loc(inst.header, inst.address),
    related: callSites(inst.mod),
  })
  const callSites = (m: ModuleInstance): ResourceOrigin['related'] => {
    const chain = m.callChain()
    if (!chain.length) return undefined
    return chain.reverse().map((c) => ({ message: `module "${c.config.name}" is called here`, at: r.loc(blockHeader(c.config.f, c.config.block), c.address) }))
  }

  // ----- subjects by the block that declares them, for comment suppressions
  const byBlock = new Map<string, Subject[]>()
  const blockKey = (f: number, start: number) => `${f}:${start}`
  const track = <S extends Subject>(s: S, f: number, start: number, mod: ModuleInstance): S => {
    for (const key of [blockKey(f, start), ...mod.callChain().map((c) => blockKey(c.config.f, c.config.block.start))]) {
      const list = byBlock.get(key) ?? []
      list.push(s)
      byBlock.set(key, list)
    }
    return s
  }

  // ----- buckets
  const settings: ResourceInstance[] = []
  const rawNames = new Map<Bucket, TfValue>()
  const others: ResourceInstance[] = []
  for (const m of modules) {
    for (const rc of m.config.resources.values()) model.resourceTypes[`${m.prefix}${rc.type}.${rc.name}`] = rc.type
    for (const inst of m.resourceInstances(BUCKET_TYPES)) {
      const b = readBucket(r, inst.address, inst.body(), origin(inst), readPolicy)
      model.buckets.push(track(b, inst.config.f, inst.config.block.start, inst.mod))
      const raw = inst.body().attr('bucket')?.value
      if (raw) rawNames.set(b, raw)
    }
    settings.push(...m.resourceInstances(BUCKET_SETTING_TYPES))
    others.push(...m.resourceInstances(OTHER_TYPES))
  }
  for (const call of registry) {
    const at = r.loc(blockHeader(call.config.f, call.config.block), call.address)
    const o: ResourceOrigin = { format: 'terraform', type: 'module terraform-aws-modules/s3-bucket/aws', address: call.address, at, related: callSites(call.parent) }
    const b = readRegistryS3Bucket(r, call, o, readPolicy)
    if (!b) continue
    model.buckets.push(track(b, call.config.f, call.config.block.start, call.parent))
    const raw = call.input('bucket')
    if (raw) rawNames.set(b, raw)
  }

  // ----- link the v4+ setting resources to their buckets
  const targets = bucketIndex(model.buckets, rawNames)
  for (const inst of settings) {
    const view = inst.body()
    const ref = view.attr('bucket')
    const found = ref ? targets(ref.value) : []
    if (!found.length) {
      ctx.note(`${inst.address}: its bucket (${ref ? describe(ref.value) : 'none'}) is not declared in this root module; not checked`)
      continue
    }
    const at = r.loc(inst.header, inst.address)
    for (const b of found) {
      applyBucketSetting(r, b, inst.type, view, at, inst.address, readPolicy)
      track(b, inst.config.f, inst.config.block.start, inst.mod)
    }
  }

  // ----- everything else
  const accessPointPolicies: ResourceInstance[] = []
  for (const inst of others) {
    const view = inst.body()
    const o = origin(inst)
    const f = inst.config.f
    const start = inst.config.block.start
    switch (inst.type) {
      case 'aws_s3_access_point':
        model.accessPoints.push(track(readAccessPoint(r, inst.address, view, o, readPolicy), f, start, inst.mod))
        break
      case 'aws_s3control_multi_region_access_point':
        model.accessPoints.push(track(readMultiRegionAccessPoint(r, inst.address, view, o), f, start, inst.mod))
        break
      case 'aws_s3control_access_point_policy':
      case 'aws_s3control_multi_region_access_point_policy':
        accessPointPolicies.push(inst)
        break
      case 'aws_s3_account_public_access_block':
        model.accountPublicAccessBlocks.push(track(readAccountPublicAccessBlock(r, inst.address, view, o), f, start, inst.mod))
        break
      case 'aws_cloudtrail':
        model.trails.push(track(readTrail(r, inst.address, view, o), f, start, inst.mod))
        break
      case 'aws_iam_policy':
      case 'aws_iam_role_policy':
      case 'aws_iam_user_policy':
      case 'aws_iam_group_policy': {
        const p = readIamPolicy(inst.address, view, o, inst.type === 'aws_iam_policy' ? 'managed' : 'inline', readPolicy)
        if (p) model.iamPolicies.push(track(p, f, start, inst.mod))
        break
      }
      case 'aws_iam_role':
        for (const p of readInlinePolicies(r, inst.address, view, o, readPolicy)) model.iamPolicies.push(track(p, f, start, inst.mod))
        break
      case 'aws_cloudwatch_log_metric_filter':
        model.metricFilters.push(readMetricFilter(r, inst.address, view, o))
        break
      case 'aws_cloudwatch_metric_alarm':
        model.alarms.push(readAlarm(r, inst.address, view, o))
        break
      case 'aws_s3_object':
      case 'aws_s3_bucket_object':
        model.objects.push(track(readObject(r, inst.address, view, o, 'object'), f, start, inst.mod))
        break
      case 'aws_s3_object_copy':
        model.objects.push(track(readObject(r, inst.address, view, o, 'object-copy'), f, start, inst.mod))
        break
    }
  }
  const mrapNames = new Map<string, string>()
  for (const inst of others) {
    if (inst.type !== 'aws_s3control_multi_region_access_point') continue
    const n = inst.body().blocks('details')[0]?.attr('name')?.value
    const s = n ? toStr(n) : undefined
    if (s && s.k === 'string') mrapNames.set(inst.address, s.v)
  }
  attachAccessPointPolicies(model, accessPointPolicies, mrapNames, readPolicy)

  // ----- comment suppressions
  for (const m of new Set(modules.map((x) => x.config))) {
    for (const file of m.files) {
      const src = ctx.files.get(file.f)
      if (!file.comments.length) continue
      const found = findCommentSuppressions(src.text, src.display)
      problems.push(...found.problems)
      if (!found.found.length) continue
      const ranges = file.body.blocks.map((b) => ({
        key: blockKey(file.f, b.start),
        start: src.lines.position(b.start).line,
        end: src.lines.position(b.end).line,
      }))
      for (const c of found.found) {
        // A comment belongs to the block it sits in, or to the one right below it.
        const hit = ranges.find((x) => c.line >= x.start - 1 && c.line <= x.end)
        if (!hit) continue
        for (const s of new Set(byBlock.get(hit.key) ?? [])) s.suppressions.push(c.suppression)
      }
    }
  }

  for (const m of new Set(modules.map((x) => x.config))) {
    for (const d of m.duplicates) {
      const at = ctx.files.position(d.f, d.block.start)
      problems.push({ code: 'DUPLICATE_DECLARATION', file: ctx.files.get(d.f).display, line: at.line, column: at.column, message: `${d.kind} ${d.name} is declared twice in this module; the first one is used`, level: 'warning' })
    }
  }
  return { model, problems, notes }
}

function describe(v: TfValue): string {
  const s = toStr(v)
  if (s && s.k === 'string') return JSON.stringify(s.v)
  if (v.k === 'unknown') return v.key ?? 'not known statically'
  return 'not known statically'
}

/**
 * How a `bucket = ...` argument finds buckets: a placeholder names the bucket directly; a literal
 * matches buckets with that name; a symbolic or unknown value matches buckets whose name was
 * written the same way (the same unset variable, the same `"logs-${account_id}"`).
 */
function bucketIndex(buckets: Bucket[], rawNames: Map<Bucket, TfValue>): (v: TfValue) => Bucket[] {
  const byId = new Map(buckets.map((b) => [b.id, b]))
  const byName = new Map<string, Bucket[]>()
  const bySym = new Map<string, Bucket[]>()
  const add = (m: Map<string, Bucket[]>, k: string, b: Bucket) => m.set(k, [...(m.get(k) ?? []), b])
  for (const b of buckets) {
    const n = b.name
    if (n.state === 'unknown') {
      const raw = rawNames.get(b)
      if (raw && raw.k === 'unknown' && raw.key) add(bySym, `u:${raw.key}`, b)
      continue
    }
    if (n.state !== 'set') continue
    if (typeof n.value === 'string') add(byName, n.value, b)
    else add(bySym, `s:${JSON.stringify(n.value.parts)}`, b)
  }
  return (v) => {
    if (v.k === 'sym') {
      const p = v.parts
      if (p.length === 1 && typeof p[0] !== 'string' && p[0]!.kind === 'bucket') {
        const b = byId.get(p[0]!.id)
        return b ? [b] : []
      }
      return bySym.get(`s:${symKey(v)}`) ?? []
    }
    if (v.k === 'string') {
      const name = v.v.startsWith('arn:aws:s3:::') ? v.v.slice('arn:aws:s3:::'.length) : v.v
      return byName.get(name) ?? []
    }
    if (v.k === 'unknown' && v.key) return bySym.get(`u:${v.key}`) ?? []
    return []
  }
}

function attachAccessPointPolicies(model: S3Model, insts: ResourceInstance[], mrapNames: Map<string, string>, readPolicy: PolicyReader): void {
  for (const inst of insts) {
    const view = inst.body()
    if (inst.type === 'aws_s3control_access_point_policy') {
      const arn = view.attr('access_point_arn')?.value
      const p = arn && arn.k === 'sym' && arn.parts.length === 1 ? arn.parts[0] : undefined
      const id = p && typeof p !== 'string' && p.kind === 'resource' ? p.id : undefined
      const ap = id ? model.accessPoints.find((a) => a.id === id) : undefined
      const doc = readPolicy(view, 'policy', inst.address)
      if (ap && doc) ap.policies.push(doc)
      continue
    }
    const details = view.blocks('details')[0] as BodyView | undefined
    if (!details) continue
    const name = details.attr('name')?.value
    const doc = readPolicy(details, 'policy', inst.address)
    const n = name ? toStr(name) : undefined
    if (!n || n.k !== 'string' || !doc) continue
    for (const ap of model.accessPoints) if (ap.multiRegion && mrapNames.get(ap.id) === n.v) ap.policies.push(doc)
  }
}
