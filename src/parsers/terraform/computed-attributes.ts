/**
 * Attributes that the AWS provider computes and that matter for linking: a bucket's id, name and
 * ARN stay symbolic (placeholders naming the bucket), the caller's account and partition become
 * pseudo placeholders, and `aws_iam_policy_document` data sources become their JSON document.
 */
import type { Placeholder } from '../../model/value.js'
import { encodeJson } from './eval/json-value.js'
import { str, strFromParts, toStr, type Origin, type TfSym, type TfValue } from './eval/value.js'
import type { ResourceInstance } from './module-instance.js'
import { policyDocumentValue } from './policy-document-data.js'

const ID_IS_NAME = new Set([
  'aws_cloudwatch_log_metric_filter',
  'aws_cloudwatch_log_group',
  'aws_iam_role',
  'aws_iam_user',
  'aws_iam_group',
])

/**
 * Setting resources whose id the provider sets to their bucket's name. Modules chain one after the
 * other through it (`bucket = aws_s3_bucket_policy.this.id`) so that AWS applies one bucket setting
 * at a time.
 */
const ID_IS_BUCKET = new Set([
  'aws_s3_bucket_policy',
  'aws_s3_bucket_public_access_block',
  'aws_s3_bucket_ownership_controls',
  'aws_s3_bucket_notification',
  'aws_s3_bucket_replication_configuration',
])

/**
 * Setting resources whose id is their bucket's name, or `bucket,expected_bucket_owner` when that is
 * set. Read as another bucket, a chain through them (`bucket = aws_s3_bucket_versioning.b.id`)
 * left the bucket without the settings that followed.
 */
const ID_IS_BUCKET_UNLESS_OWNER = new Set([
  'aws_s3_bucket_versioning',
  'aws_s3_bucket_server_side_encryption_configuration',
  'aws_s3_bucket_logging',
  'aws_s3_bucket_lifecycle_configuration',
  'aws_s3_bucket_website_configuration',
  'aws_s3_bucket_cors_configuration',
  'aws_s3_bucket_object_lock_configuration',
  'aws_s3_bucket_accelerate_configuration',
  'aws_s3_bucket_request_payment_configuration',
])

/** Attributes of the `aws_kms_key` and `aws_kms_alias` data sources that name the key. */
const KMS_KEY_ATTRIBUTES = new Set(['arn', 'id', 'key_id', 'target_key_arn', 'target_key_id'])

const sym = (p: Placeholder, at: Origin | undefined): TfValue => ({ k: 'sym', parts: [p], at })

export function computedAttribute(inst: ResourceInstance, name: string, at: Origin | undefined): TfValue | undefined {
  if (inst.config.mode === 'managed') {
    if (inst.type === 'aws_s3_bucket') {
      switch (name) {
        case 'id':
        case 'bucket': {
          const name: TfSym = { k: 'sym', parts: [{ kind: 'bucket', id: inst.address, attr: 'name' }], at }
          const written = inst.body().attr('bucket')?.value
          if (written?.k === 'string') name.known = written.v
          return name
        }
        case 'arn':
          return sym({ kind: 'bucket', id: inst.address, attr: 'arn' }, at)
        case 'bucket_domain_name':
        case 'bucket_regional_domain_name':
          return sym({ kind: 'bucket', id: inst.address, attr: 'domain' }, at)
      }
    }
    // A log group's ARN follows from its name: a trail names the group by it, a metric filter by
    // the name, and the two must meet.
    if (inst.type === 'aws_cloudwatch_log_group' && name === 'arn') {
      const n = inst.body().attr('name')?.value
      if (n && (n.k === 'string' || n.k === 'sym')) {
        const pseudo = (p: 'partition' | 'region' | 'account'): Placeholder => ({ kind: 'pseudo', name: p })
        const nameParts = n.k === 'string' ? [n.v] : n.parts
        return strFromParts(
          ['arn:', pseudo('partition'), ':logs:', pseudo('region'), ':', pseudo('account'), ':log-group:', ...nameParts],
          at,
        )
      }
    }
    if (name === 'id' && (ID_IS_BUCKET.has(inst.type) || ID_IS_BUCKET_UNLESS_OWNER.has(inst.type))) {
      const view = inst.body()
      const owner = ID_IS_BUCKET.has(inst.type) ? undefined : view.attr('expected_bucket_owner')?.value
      const b = view.attr('bucket')?.value
      if (b && (!owner || owner.k === 'null')) return b
    }
    // Resources whose id is their name (an alarm names its metric filter this way).
    if (name === 'id' && ID_IS_NAME.has(inst.type)) {
      const n = inst.body().attr('name')?.value
      if (n && (n.k === 'string' || n.k === 'sym')) return n
    }
    return undefined
  }
  switch (inst.type) {
    case 'aws_caller_identity':
      if (name === 'account_id') return sym({ kind: 'pseudo', name: 'account' }, at)
      return undefined
    case 'aws_partition':
      if (name === 'partition' || name === 'id') return sym({ kind: 'pseudo', name: 'partition' }, at)
      if (name === 'dns_suffix') return sym({ kind: 'pseudo', name: 'url-suffix' }, at)
      return undefined
    case 'aws_region':
      if (name === 'name' || name === 'id' || name === 'region') return sym({ kind: 'pseudo', name: 'region' }, at)
      return undefined
    case 'aws_iam_policy_document':
      if (name === 'json' || name === 'minified_json') {
        const doc = policyDocumentValue(inst)
        if (doc.k === 'unknown') return doc
        return encodeJson(doc, doc.at ?? at, { left: inst.mod.ctx.limits.maxCollectionSize * 10 })
      }
      return undefined
    case 'aws_kms_key':
    case 'aws_kms_alias': {
      // Looked up through the alias of the AWS managed key for S3: whatever its id or ARN, it names
      // that key, which is all the encryption rules need to know.
      if (!KMS_KEY_ATTRIBUTES.has(name)) return undefined
      const by = inst.body().attr(inst.type === 'aws_kms_key' ? 'key_id' : 'name')
      const s = by && toStr(by.value)
      return s && s.k === 'string' && /(^|:)alias\/aws\/s3$/.test(s.v) ? str(s.v, at) : undefined
    }
    case 'aws_s3_bucket': {
      // An existing bucket looked up by name: its id and ARN follow from the name.
      const b = inst.body().attr('bucket')
      if (!b) return undefined
      const s = toStr(b.value)
      if (!s || (s.k !== 'string' && s.k !== 'sym')) return undefined
      if (name === 'id' || name === 'bucket') return s
      if (name === 'arn')
        return strFromParts(['arn:', { kind: 'pseudo', name: 'partition' }, ':s3:::', ...(s.k === 'string' ? [s.v] : s.parts)], at)
      return undefined
    }
  }
  return undefined
}
