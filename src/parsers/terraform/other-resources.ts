/** Access points, account-level BPA, trails, IAM policies, CloudWatch resources and objects. */
import { attachedAwsManagedPolicy, awsManagedPolicyName } from '../../model/aws-managed-policies.js'
import { advancedSelector, FIELD_OPERATORS, unknownSelector, type FieldSelector, type Operator } from '../../model/advanced-selector.js'
import { declaredPublicAccessBlock, newAccessPoint, newTrail } from '../../model/defaults.js'
import type { SourceLocation } from '../../model/location.js'
import type {
  AccessPoint,
  AccountPublicAccessBlock,
  DataEventSelector,
  EventDataStore,
  IamPolicy,
  MetricAlarm,
  MetricFilter,
  ResourceOrigin,
  S3Object,
  Trail,
} from '../../model/s3.js'
import type { Str, Value } from '../../model/value.js'
import { setValue, unknownValue } from '../../model/value.js'
import type { BodyView } from './body-view.js'
import { BPA_NAMES, readPublicAccessBlock } from './bucket-settings.js'
import type { PolicyReader } from './bucket.js'
import type { ValueReader } from './model-values.js'

const need = (v: Value<Str | null>, why: string): Value<Str> =>
  v.state === 'unknown' ? v : v.value === null ? unknownValue(why, v.at) : (v as Value<Str>)

export function readAccessPoint(r: ValueReader, id: string, view: BodyView, origin: ResourceOrigin, readPolicy: PolicyReader): AccessPoint {
  const ap = newAccessPoint(id, origin, false)
  ap.buckets.push(need(r.str(view, 'bucket', origin.at), 'the access point names no bucket'))
  const pab = view.blocks('public_access_block_configuration')[0]
  // The provider defaults every flag of this block to true, like AWS does for access points.
  if (pab) ap.publicAccessBlock = readPublicAccessBlock(r, pab, BPA_NAMES, true)
  const vpc = view.blocks('vpc_configuration')[0]
  if (vpc) ap.networkOrigin = setValue('VPC', r.blockLoc(vpc))
  const policy = readPolicy(view, 'policy', id)
  if (policy) ap.policies.push(policy)
  return ap
}

export function readMultiRegionAccessPoint(r: ValueReader, id: string, view: BodyView, origin: ResourceOrigin): AccessPoint {
  const ap = newAccessPoint(id, origin, true)
  const details = view.blocks('details')[0]
  if (!details) return ap
  for (const region of details.blocks('region')) {
    if (region.unknownWhy) ap.buckets.push(unknownValue(region.unknownWhy, r.blockLoc(region)))
    else ap.buckets.push(need(r.str(region, 'bucket', r.blockLoc(region)), 'the region names no bucket'))
  }
  const pab = details.blocks('public_access_block')[0]
  if (pab) ap.publicAccessBlock = readPublicAccessBlock(r, pab, BPA_NAMES, true)
  return ap
}

export function readAccountPublicAccessBlock(r: ValueReader, id: string, view: BodyView, origin: ResourceOrigin): AccountPublicAccessBlock {
  const pab = readPublicAccessBlock(r, view, BPA_NAMES, false)
  pab.declared = setValue(true, origin.at)
  return { id, origin, publicAccessBlock: pab.at ? pab : declaredPublicAccessBlock(origin.at), suppressions: [] }
}

export function readTrail(r: ValueReader, id: string, view: BodyView, origin: ResourceOrigin): Trail {
  const t = newTrail(id, origin)
  const at = origin.at
  t.bucketName = need(r.str(view, 's3_bucket_name', at), 'the trail names no bucket')
  t.isMultiRegion = r.bool(view, 'is_multi_region_trail', false, at)
  t.logFileValidation = r.bool(view, 'enable_log_file_validation', false, at)
  t.isLogging = r.bool(view, 'enable_logging', true, at)
  t.cloudWatchLogsGroup = r.str(view, 'cloud_watch_logs_group_arn', at)
  t.kmsKeyId = r.str(view, 'kms_key_id', at)
  const basic = view.blocks('event_selector')
  const advanced = view.blocks('advanced_event_selector')
  const selectors: DataEventSelector[] = []
  for (const sel of basic) {
    const sat = r.blockLoc(sel)
    if (sel.unknownWhy) {
      t.dataEvents = unknownValue(sel.unknownWhy, sat)
      return t
    }
    const rw = r.string(sel, 'read_write_type', 'All', sat)
    for (const dr of sel.blocks('data_resource')) {
      const dat = r.blockLoc(dr)
      if (dr.unknownWhy) {
        selectors.push({ readWriteType: rw, s3Resources: [{ parts: [{ kind: 'unknown', why: dr.unknownWhy }] }], advanced: false, at: dat })
        continue
      }
      const type = r.string(dr, 'type', '', dat)
      if (type.state === 'set' && type.value !== 'AWS::S3::Object') continue
      const values = r.strList(dr, 'values', dat)
      selectors.push({
        readWriteType: rw,
        s3Resources: values.state === 'unknown' ? [{ parts: [{ kind: 'unknown', why: values.why }] }] : values.value,
        advanced: false,
        at: dat,
      })
    }
  }
  for (const sel of advanced) {
    const s = readAdvancedSelector(r, sel)
    if (s) selectors.push(s)
  }
  if (basic.length || advanced.length) t.dataEvents = setValue(selectors, r.blockLoc((basic[0] ?? advanced[0])!))
  return t
}

/**
 * `aws_cloudtrail_event_data_store`: with no `advanced_event_selector` it records management
 * events only; `suspend = true` stops it from recording anything.
 */
export function readEventDataStore(r: ValueReader, id: string, view: BodyView, origin: ResourceOrigin): EventDataStore {
  const at = origin.at
  const suspended = r.bool(view, 'suspend', false, at)
  const isLogging = suspended.state === 'unknown' ? suspended : { ...suspended, value: !suspended.value }
  const advanced = view.blocks('advanced_event_selector')
  const selectors: DataEventSelector[] = []
  for (const sel of advanced) {
    const s = readAdvancedSelector(r, sel)
    if (s) selectors.push(s)
  }
  return { id, origin, isLogging, dataEvents: advanced.length ? setValue(selectors, r.blockLoc(advanced[0]!)) : setValue([], at) }
}

function readAdvancedSelector(r: ValueReader, sel: BodyView): DataEventSelector | undefined {
  const at = r.blockLoc(sel)
  if (sel.unknownWhy) return unknownSelector(sel.unknownWhy, at, at)
  const read: FieldSelector[] = []
  for (const f of sel.blocks('field_selector')) {
    const fat = r.blockLoc(f)
    if (f.unknownWhy) {
      // A dynamic field selector may be any filter: what the selector records is unknown.
      return unknownSelector(f.unknownWhy, fat, at)
    }
    const name = r.string(f, 'field', '', fat)
    // A field named only at deploy time may filter anything: what the selector records is unknown.
    if (name.state === 'unknown') return unknownSelector(name.why, name.at, at)
    if (name.state !== 'set') continue
    const operators = new Map<Operator, Value<Str[]>>()
    for (const { op, terraform } of FIELD_OPERATORS) if (r.present(f, terraform)) operators.set(op, r.strList(f, terraform, fat))
    read.push({ field: name.value, at: fat, operators })
  }
  return advancedSelector(read, at)
}

export function readIamPolicy(
  id: string,
  view: BodyView,
  origin: ResourceOrigin,
  kind: 'inline' | 'managed',
  readPolicy: PolicyReader,
): IamPolicy | undefined {
  const document = readPolicy(view, 'policy', id)
  if (!document) return undefined
  return { id, origin, kind, document, suppressions: [] }
}

/** The resources that attach managed policies to identities, and the attribute naming them. */
export const POLICY_ATTACHMENT_ARNS: Readonly<Record<string, string>> = {
  aws_iam_role_policy_attachment: 'policy_arn',
  aws_iam_user_policy_attachment: 'policy_arn',
  aws_iam_group_policy_attachment: 'policy_arn',
  aws_iam_policy_attachment: 'policy_arn',
  aws_iam_role_policy_attachments_exclusive: 'policy_arns',
  aws_iam_user_policy_attachments_exclusive: 'policy_arns',
  aws_iam_group_policy_attachments_exclusive: 'policy_arns',
  aws_iam_role: 'managed_policy_arns',
}

/**
 * The AWS managed policies granting S3 wildcards (`AmazonS3FullAccess`) that a policy attachment
 * or `aws_iam_role.managed_policy_arns` attaches, located at the attribute. Other ARNs, and ARNs
 * only known at apply time (a variable, a data source), add nothing: what they grant is not here.
 */
export function readAttachedManagedPolicies(r: ValueReader, id: string, type: string, view: BodyView, origin: ResourceOrigin): IamPolicy[] {
  const name = Object.hasOwn(POLICY_ATTACHMENT_ARNS, type) ? POLICY_ATTACHMENT_ARNS[type]! : undefined
  const a = name === undefined ? undefined : r.present(view, name)
  if (!a) return []
  const at = r.attrLoc(view, a)
  const arns = r.strListOf(a.value, at)
  if (arns.state === 'unknown') return []
  const out: IamPolicy[] = []
  for (const arn of arns.value) {
    const policy = awsManagedPolicyName(arn)
    if (policy && !out.some((p) => p.awsManaged === policy)) out.push(attachedAwsManagedPolicy(id, origin, policy, at))
  }
  return out
}

/** `aws_iam_role { inline_policy { name, policy } }`. */
export function readInlinePolicies(
  r: ValueReader,
  id: string,
  view: BodyView,
  origin: ResourceOrigin,
  readPolicy: PolicyReader,
): IamPolicy[] {
  const out: IamPolicy[] = []
  view.blocks('inline_policy').forEach((b, i) => {
    const document = readPolicy(b, 'policy', id)
    if (!document) return
    out.push({ id: `${id}.inline_policy[${i}]`, origin: { ...origin, at: r.blockLoc(b) }, kind: 'inline', document, suppressions: [] })
  })
  return out
}

export function readMetricFilter(r: ValueReader, id: string, view: BodyView, origin: ResourceOrigin): MetricFilter {
  const at = origin.at
  const transform = view.blocks('metric_transformation')[0]
  const tat = transform ? r.blockLoc(transform) : at
  return {
    id,
    origin,
    logGroup: need(r.str(view, 'log_group_name', at), 'not set'),
    pattern: r.string(view, 'pattern', '', at),
    metricName: transform ? need(r.str(transform, 'name', tat), 'not set') : unknownValue('not set', at),
    metricNamespace: transform ? need(r.str(transform, 'namespace', tat), 'not set') : unknownValue('not set', at),
  }
}

export function readAlarm(r: ValueReader, id: string, view: BodyView, origin: ResourceOrigin): MetricAlarm {
  const at: SourceLocation = origin.at
  let metricName = need(r.str(view, 'metric_name', at), 'the alarm names no metric')
  let namespace = need(r.str(view, 'namespace', at), 'the alarm names no namespace')
  if (!r.present(view, 'metric_name')) {
    // Metric math alarms name their metrics in `metric_query { metric { ... } }`.
    for (const q of view.blocks('metric_query')) {
      const m = q.blocks('metric')[0]
      if (!m) continue
      metricName = need(r.str(m, 'metric_name', r.blockLoc(m)), 'the alarm names no metric')
      namespace = need(r.str(m, 'namespace', r.blockLoc(m)), 'the alarm names no namespace')
      break
    }
  }
  return { id, origin, metricName, namespace }
}

export function readObject(r: ValueReader, id: string, view: BodyView, origin: ResourceOrigin, kind: S3Object['kind']): S3Object {
  const at = origin.at
  const sse = r.string(view, 'server_side_encryption', null, at)
  return {
    id,
    origin,
    kind,
    bucket: need(r.str(view, 'bucket', at), 'the object names no bucket'),
    serverSideEncryption: sse,
    kmsKeyId: r.str(view, 'kms_key_id', at),
    acl: r.string(view, 'acl', null, at),
    suppressions: [],
  }
}
