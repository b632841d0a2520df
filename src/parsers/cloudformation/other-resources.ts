/** Access points, trails, IAM policies and CloudWatch resources → the neutral model. */
import { newAccessPoint, newTrail } from '../../model/defaults.js'
import type { SourceLocation } from '../../model/location.js'
import type { AccessPoint, DataEventSelector, IamPolicy, MetricAlarm, MetricFilter, ResourceOrigin, Trail } from '../../model/s3.js'
import type { Str, Value } from '../../model/value.js'
import { defaultValue, setValue, unknownValue } from '../../model/value.js'
import { readPolicyDocument } from '../shared/policy-document.js'
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

function readAdvancedSelector(r: TemplateReader, sel: Cur): DataEventSelector | undefined {
  const at = r.loc(sel)
  const fields = r.items(r.child(sel, 'FieldSelectors'))
  if (fields instanceof Unknown) return { readWriteType: unknownValue(fields.why, at), s3Resources: [], advanced: true, at }
  let isS3 = false
  let rw: Value<string> = defaultValue('All', at)
  let arns: Str[] = ['arn:aws:s3']
  for (const f of fields) {
    const name = r.string(r.child(f, 'Field'), '', r.loc(f))
    if (name.state !== 'set') continue
    const equals = r.strList(r.child(f, 'Equals'), r.loc(f))
    const startsWith = r.strList(r.child(f, 'StartsWith'), r.loc(f))
    if (name.value === 'resources.type' && equals.state !== 'unknown' && equals.value.includes('AWS::S3::Object')) isS3 = true
    if (name.value === 'readOnly' && equals.state !== 'unknown') {
      const v = equals.value[0]
      rw = setValue(v === 'true' ? 'ReadOnly' : v === 'false' ? 'WriteOnly' : 'All', r.loc(f))
    }
    if (name.value === 'resources.ARN' && startsWith.state !== 'unknown' && startsWith.value.length) arns = startsWith.value
  }
  return isS3 ? { readWriteType: rw, s3Resources: arns, advanced: true, at } : undefined
}

/** Policies embedded in roles/users/groups (`Policies: [{PolicyName, PolicyDocument}]`). */
export function readEmbeddedPolicies(r: TemplateReader, id: string, props: Cur | undefined, origin: ResourceOrigin): IamPolicy[] {
  const items = r.items(r.child(props, 'Policies'))
  if (items instanceof Unknown) return []
  const out: IamPolicy[] = []
  for (const item of items) {
    const doc = r.child(item, 'PolicyDocument')
    if (!doc) continue
    out.push({
      id,
      origin: { ...origin, at: r.loc(item) },
      kind: 'inline',
      document: readPolicyDocument(r.policyNode(doc), id),
      suppressions: [],
    })
  }
  return out
}

/**
 * Inline statements in a SAM function's or state machine's `Policies` (one document, or a list
 * mixing managed policy names, policy templates and documents): the transform puts them in the
 * role it creates, as inline policies.
 */
export function readSamPolicies(r: TemplateReader, id: string, props: Cur | undefined, origin: ResourceOrigin): IamPolicy[] {
  const items = r.items(r.child(props, 'Policies'))
  if (items instanceof Unknown) return []
  const out: IamPolicy[] = []
  for (const item of items) {
    if (!r.child(item, 'Statement')) continue
    out.push({
      id,
      origin: { ...origin, at: r.loc(item) },
      kind: 'inline',
      document: readPolicyDocument(r.pnode(item), id),
      suppressions: [],
    })
  }
  return out
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
