/** Access points, trails, IAM policies and CloudWatch resources → the neutral model. */
import { attachedAwsManagedPolicy, awsManagedPolicyName } from '../../model/aws-managed-policies.js'
import { advancedSelector, FIELD_OPERATORS, unknownSelector, type FieldSelector, type Operator } from '../../model/advanced-selector.js'
import { newAccessPoint, newTrail } from '../../model/defaults.js'
import type { SourceLocation } from '../../model/location.js'
import type {
  AccessPoint,
  DataEventSelector,
  EventDataStore,
  IamPolicy,
  MetricAlarm,
  MetricFilter,
  ResourceOrigin,
  Trail,
} from '../../model/s3.js'
import type { Str, StrPart, Value } from '../../model/value.js'
import { makeStr, setValue, strParts, unknownValue } from '../../model/value.js'
import { ownEntry } from '../../own-entry.js'
import { markMaybeDeployed } from '../../model/policy.js'
import { readPolicyDocument, type PNode } from '../shared/policy-document.js'
import { Unknown } from './intrinsics.js'
import { readPublicAccessBlock } from './public-access-block.js'
import type { Cur, TemplateReader } from './reader.js'

const asStr = (v: Value<Str | null>, why: string): Value<Str> =>
  v.state === 'unknown' ? v : v.value === null ? unknownValue(why, v.at) : (v as Value<Str>)

export function readAccessPoint(
  r: TemplateReader,
  id: string,
  props: Cur | undefined,
  origin: ResourceOrigin,
  multiRegion: boolean,
): AccessPoint {
  const ap = newAccessPoint(id, origin, multiRegion)
  if (!props) return ap
  const at = origin.at
  if (multiRegion) {
    const regions = r.items(r.child(props, 'Regions'))
    if (regions instanceof Unknown) ap.buckets.push(unknownValue(regions.why, at))
    else for (const reg of regions) ap.buckets.push(asStr(r.str(r.child(reg, 'Bucket'), r.loc(reg)), 'the region names no bucket'))
  } else ap.buckets.push(asStr(r.str(r.child(props, 'Bucket'), at), 'the access point names no bucket'))
  ap.publicAccessBlock = readPublicAccessBlock(r, r.child(props, 'PublicAccessBlockConfiguration'), ap.publicAccessBlock, at)
  const vpc = r.child(props, 'VpcConfiguration')
  if (vpc) ap.networkOrigin = setValue('VPC', r.loc(vpc))
  const policy = r.child(props, 'Policy')
  if (policy) ap.policies.push(readPolicyDocument(r.policyNode(policy), id))
  return ap
}

export function readTrail(r: TemplateReader, id: string, props: Cur | undefined, origin: ResourceOrigin): Trail {
  const t = newTrail(id, origin)
  if (!props) return t
  const at = origin.at
  const p = (k: string) => r.child(props, k)
  t.bucketName = asStr(r.str(p('S3BucketName'), at), 'the trail names no bucket')
  t.isMultiRegion = r.bool(p('IsMultiRegionTrail'), false, at)
  t.logFileValidation = r.bool(p('EnableLogFileValidation'), false, at)
  t.isLogging = r.bool(p('IsLogging'), true, at)
  t.cloudWatchLogsGroup = r.str(p('CloudWatchLogsLogGroupArn'), at)
  t.kmsKeyId = r.str(p('KMSKeyId'), at)
  const selectors: DataEventSelector[] = []
  const basic = r.items(p('EventSelectors'))
  const advanced = r.items(p('AdvancedEventSelectors'))
  if (basic instanceof Unknown) {
    t.dataEvents = unknownValue(basic.why, r.loc(p('EventSelectors')!))
    return t
  }
  if (advanced instanceof Unknown) {
    t.dataEvents = unknownValue(advanced.why, r.loc(p('AdvancedEventSelectors')!))
    return t
  }
  for (const sel of basic) {
    const sat = r.loc(sel)
    const rw = r.string(r.child(sel, 'ReadWriteType'), 'All', sat)
    const resources = r.items(r.child(sel, 'DataResources'))
    if (resources instanceof Unknown) {
      selectors.push({ readWriteType: rw, s3Resources: [{ parts: [{ kind: 'unknown', why: resources.why }] }], advanced: false, at: sat })
      continue
    }
    for (const dr of resources) {
      const type = r.string(r.child(dr, 'Type'), '', r.loc(dr))
      if (type.state === 'set' && type.value !== 'AWS::S3::Object') continue
      const values = r.strList(r.child(dr, 'Values'), r.loc(dr))
      selectors.push({
        readWriteType: rw,
        s3Resources: values.state === 'unknown' ? [{ parts: [{ kind: 'unknown', why: values.why }] }] : values.value,
        advanced: false,
        at: r.loc(dr),
      })
    }
  }
  for (const sel of advanced) {
    const s = readAdvancedSelector(r, sel)
    if (s) selectors.push(s)
  }
  if (basic.length || advanced.length) t.dataEvents = setValue(selectors, r.loc((p('EventSelectors') ?? p('AdvancedEventSelectors'))!))
  return t
}

/**
 * `AWS::CloudTrail::EventDataStore`: with no `AdvancedEventSelectors` it records management events
 * only; `IngestionEnabled: false` stops it from recording anything.
 */
export function readEventDataStore(r: TemplateReader, id: string, props: Cur | undefined, origin: ResourceOrigin): EventDataStore {
  const at = origin.at
  const isLogging = r.bool(r.child(props, 'IngestionEnabled'), true, at)
  const cur = r.child(props, 'AdvancedEventSelectors')
  const advanced = r.items(cur)
  if (advanced instanceof Unknown) return { id, origin, isLogging, dataEvents: unknownValue(advanced.why, r.loc(cur!)) }
  const selectors: DataEventSelector[] = []
  for (const sel of advanced) {
    const s = readAdvancedSelector(r, sel)
    if (s) selectors.push(s)
  }
  return { id, origin, isLogging, dataEvents: setValue(selectors, cur ? r.loc(cur) : at) }
}

function readAdvancedSelector(r: TemplateReader, sel: Cur): DataEventSelector | undefined {
  const at = r.loc(sel)
  const fields = r.items(r.child(sel, 'FieldSelectors'))
  if (fields instanceof Unknown) return unknownSelector(fields.why, at, at)
  const read: FieldSelector[] = []
  for (const f of fields) {
    const name = r.string(r.child(f, 'Field'), '', r.loc(f))
    // A field named only at deploy time may filter anything: what the selector records is unknown.
    if (name.state === 'unknown') return unknownSelector(name.why, name.at, at)
    if (name.state !== 'set') continue
    const operators = new Map<Operator, Value<Str[]>>()
    for (const { op, cloudformation } of FIELD_OPERATORS) {
      const cur = r.child(f, cloudformation)
      if (cur) operators.set(op, r.strList(cur, r.loc(cur)))
    }
    read.push({ field: name.value, at: r.loc(f), operators })
  }
  return advancedSelector(read, at)
}

/** Policies embedded in roles/users/groups (`Policies: [{PolicyName, PolicyDocument}]`). */
export function readEmbeddedPolicies(r: TemplateReader, id: string, props: Cur | undefined, origin: ResourceOrigin): IamPolicy[] {
  const out: IamPolicy[] = []
  for (const { item, maybe } of policyItems(r, r.child(props, 'Policies'))) {
    if (item instanceof Unknown) {
      out.push(unknownPolicy(id, origin, item, maybe!.at))
      continue
    }
    const doc = r.child(item, 'PolicyDocument')
    if (!doc) continue
    const document = readPolicyDocument(r.policyNode(doc), id)
    if (maybe) markMaybeDeployed(document, maybe)
    out.push({ id, origin: { ...origin, at: r.loc(item) }, kind: 'inline', document, suppressions: [] })
  }
  return out
}

/**
 * The items of a `Policies` list. Under an `Fn::If` whose condition is not known statically, the
 * items of each side, as policies that may be deployed: the list read as none hid a role's
 * `s3:*` on `*` behind `Policies: !If [IsProd, [...], !Ref AWS::NoValue]`. Any other list not
 * known statically is one unknown item, located at `maybe.at`.
 */
function policyItems(
  r: TemplateReader,
  cur: Cur | undefined,
  depth = 0,
): { item: Cur | Unknown; maybe?: { why: string; at: SourceLocation } }[] {
  const items = r.items(cur)
  if (!(items instanceof Unknown)) return items.map((item) => ({ item }))
  const at = r.loc(cur!)
  const n = cur!.node
  const arg = n.kind === 'map' && n.entries.length === 1 && n.entries[0]!.key === 'Fn::If' ? n.entries[0]!.value : undefined
  if (cur!.unknown || depth > 8 || arg?.kind !== 'seq' || arg.items.length !== 3) return [{ item: items, maybe: { why: items.why, at } }]
  return [1, 2].flatMap((i) =>
    policyItems(r, { node: arg.items[i]!, path: `${cur!.path}.Fn::If[${i}]` }, depth + 1).map((p) => ({
      item: p.item,
      maybe: p.maybe ?? { why: items.why, at },
    })),
  )
}

/**
 * The AWS managed policies granting S3 wildcards (`AmazonS3FullAccess`) that a role, user or group
 * lists in `ManagedPolicyArns`, or a SAM function or state machine in `Policies` (where the bare
 * name is enough), each located at its item. Other ARNs, and ARNs only known at deploy time (a
 * parameter), add nothing: what they grant is not in the template.
 */
export function readAttachedManagedPolicies(
  r: TemplateReader,
  id: string,
  props: Cur | undefined,
  origin: ResourceOrigin,
  sam: boolean,
): IamPolicy[] {
  const out: IamPolicy[] = []
  for (const { item, maybe } of policyItems(r, r.child(props, sam ? 'Policies' : 'ManagedPolicyArns'))) {
    if (item instanceof Unknown) continue
    const at = r.loc(item)
    const arn = r.str(item, at)
    if (arn.state !== 'set' || arn.value === null) continue
    const name = awsManagedPolicyName(arn.value, sam)
    if (!name) continue
    const p = attachedAwsManagedPolicy(id, origin, name, at)
    if (maybe) markMaybeDeployed(p.document, maybe)
    out.push(p)
  }
  return out
}

function unknownPolicy(id: string, origin: ResourceOrigin, u: Unknown, at: SourceLocation): IamPolicy {
  const document = { owner: id, at, statements: [], unknown: { why: u.why, at } }
  return { id, origin: { ...origin, at }, kind: 'inline', document, suppressions: [] }
}

/**
 * Inline statements in a SAM function's or state machine's `Policies` (one document, or a list
 * mixing managed policy names, policy templates and documents): the transform puts them in the
 * role it creates, as inline policies.
 */
export function readSamPolicies(r: TemplateReader, id: string, props: Cur | undefined, origin: ResourceOrigin): IamPolicy[] {
  const out: IamPolicy[] = []
  for (const { item, maybe } of policyItems(r, r.child(props, 'Policies'))) {
    if (item instanceof Unknown) {
      out.push(unknownPolicy(id, origin, item, maybe!.at))
      continue
    }
    const template = item.node.kind === 'map' && item.node.entries.length === 1 ? item.node.entries[0]!.key : undefined
    const s3 = template === undefined ? undefined : ownEntry(SAM_S3_TEMPLATES, template)
    if (!s3 && !r.child(item, 'Statement')) continue
    const document = readPolicyDocument(s3 ? samTemplateDocument(r, item, template!, s3) : r.pnode(item), id)
    if (maybe) markMaybeDeployed(document, maybe)
    out.push({ id, origin: { ...origin, at: r.loc(item) }, kind: 'inline', document, suppressions: [] })
  }
  return out
}

/**
 * The SAM policy templates that grant S3 access, as `policy_templates.json` of the SAM translator
 * defines them (each statement: its actions, on the bucket, its objects or both). The transform
 * writes each into the function's role as an inline policy; skipped, `S3CrudPolicy` with
 * `BucketName: "*"` gave s3:PutObjectAcl on every bucket without a word.
 */
const SAM_S3_TEMPLATES: Record<string, { actions: string[]; on: ('bucket' | 'objects')[] }[]> = {
  S3ReadPolicy: [
    {
      actions: ['s3:GetObject', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObjectVersion', 's3:GetLifecycleConfiguration'],
      on: ['bucket', 'objects'],
    },
  ],
  S3CrudPolicy: [
    {
      actions: [
        's3:GetObject',
        's3:ListBucket',
        's3:GetBucketLocation',
        's3:GetObjectVersion',
        's3:PutObject',
        's3:PutObjectAcl',
        's3:GetLifecycleConfiguration',
        's3:PutLifecycleConfiguration',
        's3:DeleteObject',
      ],
      on: ['bucket', 'objects'],
    },
  ],
  S3WritePolicy: [{ actions: ['s3:PutObject', 's3:PutObjectAcl', 's3:PutLifecycleConfiguration'], on: ['bucket', 'objects'] }],
  S3FullAccessPolicy: [
    {
      actions: [
        's3:GetObject',
        's3:GetObjectAcl',
        's3:GetObjectVersion',
        's3:PutObject',
        's3:PutObjectAcl',
        's3:DeleteObject',
        's3:DeleteObjectTagging',
        's3:DeleteObjectVersionTagging',
        's3:GetObjectTagging',
        's3:GetObjectVersionTagging',
        's3:PutObjectTagging',
        's3:PutObjectVersionTagging',
      ],
      on: ['objects'],
    },
    { actions: ['s3:ListBucket', 's3:GetBucketLocation', 's3:GetLifecycleConfiguration', 's3:PutLifecycleConfiguration'], on: ['bucket'] },
  ],
}

/** The policy a SAM S3 policy template (`- S3CrudPolicy: {BucketName: ...}`) makes, placed at the item. */
function samTemplateDocument(r: TemplateReader, item: Cur, template: string, statements: (typeof SAM_S3_TEMPLATES)[string]): PNode {
  const at = r.loc(item)
  const name = r.str(r.child(r.child(item, template), 'BucketName'), at)
  const bucket: StrPart[] =
    name.state === 'unknown'
      ? [{ kind: 'unknown', why: name.why, ...(name.key !== undefined ? { key: name.key } : {}) }]
      : name.value === null
        ? [{ kind: 'unknown', why: `${template} names no BucketName` }]
        : strParts(name.value)
  const str = (value: Str): PNode => ({ kind: 'str', value, at })
  const arn = (on: 'bucket' | 'objects') =>
    str(makeStr(['arn:', { kind: 'pseudo', name: 'partition' }, ':s3:::', ...bucket, on === 'objects' ? '/*' : '']))
  const statement = (s: (typeof statements)[number]): PNode => ({
    kind: 'map',
    entries: [
      ['Effect', str('Allow')],
      ['Action', { kind: 'list', items: s.actions.map(str), at }],
      ['Resource', { kind: 'list', items: s.on.map(arn), at }],
    ],
    at,
  })
  return { kind: 'map', entries: [['Statement', { kind: 'list', items: statements.map(statement), at }]], at }
}

export function readIamPolicy(
  r: TemplateReader,
  id: string,
  props: Cur | undefined,
  origin: ResourceOrigin,
  kind: 'inline' | 'managed',
): IamPolicy | undefined {
  const doc = r.child(props, 'PolicyDocument')
  if (!doc) return undefined
  return { id, origin, kind, document: readPolicyDocument(r.policyNode(doc), id), suppressions: [] }
}

export function readMetricFilter(r: TemplateReader, id: string, props: Cur | undefined, origin: ResourceOrigin): MetricFilter {
  const at = origin.at
  const transform = (() => {
    const items = r.items(r.child(props, 'MetricTransformations'))
    return items instanceof Unknown ? undefined : items[0]
  })()
  const need = (v: Value<Str | null>): Value<Str> => asStr(v, 'not set')
  return {
    id,
    origin,
    logGroup: need(r.str(r.child(props, 'LogGroupName'), at)),
    pattern: r.string(r.child(props, 'FilterPattern'), '', at),
    metricName: need(r.str(r.child(transform, 'MetricName'), at)),
    metricNamespace: need(r.str(r.child(transform, 'MetricNamespace'), at)),
  }
}

export function readAlarm(r: TemplateReader, id: string, props: Cur | undefined, origin: ResourceOrigin): MetricAlarm {
  const at: SourceLocation = origin.at
  return {
    id,
    origin,
    metricName: asStr(r.str(r.child(props, 'MetricName'), at), 'the alarm names no metric'),
    namespace: asStr(r.str(r.child(props, 'Namespace'), at), 'the alarm names no namespace'),
  }
}
