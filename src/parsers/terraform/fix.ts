/**
 * Fix intents → local edits of `.tf` and `.tf.json` files, in the file's own style. The file is
 * re-parsed and the edit targets the block that holds the finding's location: an existing setting
 * is rewritten in place; a missing setting resource is added next to its bucket, referencing it.
 * Each handler below says once what a fix changes; `HclEditor` and `JsonEditor` write it in their
 * syntax. When the fix is not a small local change (a policy built somewhere else, an unusual
 * shape) no edit is offered.
 */
import { namesAddress, timesNamed } from './names-address.js'
import { MAX_EDIT_CHARS, type Finding, type FixIntent, type TextEdit } from '../../engine/finding.js'
import { detectStyle, type JsonStyle } from '../shared/json-edit.js'
import { LineIndex } from '../shared/line-index.js'
import type { SNode } from '../shared/source-tree.js'
import { attr, type Attribute, type Block, type Body, type Expr } from './hcl/ast.js'
import { parseJsonConfig } from './hcl/json-config.js'
import { parseHcl } from './hcl/parse.js'
import { forgetRecentParses, recentJsonConfig, recentParse } from './hcl/recent-parses.js'
import {
  FileEdits,
  isBlock,
  literalOf,
  referenceIn,
  type Arn,
  type ConfigEditor,
  type FixValue,
  type Scope,
  type Settings,
} from './fix-edits.js'
import { CONFIG_FILE } from './config-files.js'
import { isSensitiveFlag } from './module-config.js'
import { HclEditor } from './fix-hcl.js'
import { JsonEditor } from './fix-json.js'
import { tlsDescription } from './fix-tls-statement.js'

/** What a handler may ask about the file's module besides the block it edits. */
interface FixContext {
  /** Does a file of this module mention `address` (`aws_s3_bucket_acl.site`), e.g. in a `depends_on` or an output? */
  mentioned(address: string): boolean
  /** How many times the files of this module name `address`, up to `most`. */
  timesMentioned(address: string, most: number): number
  /** Whether the module's `required_providers` let `aws` be of this major version (true when unpinned). */
  awsProviderAllows(major: number): boolean
  /** Does the module declare `resource "type" "name"`? */
  declared(type: string, name: string): boolean
  /**
   * Might a `type` resource of this module already configure the bucket `bucket` declares? Also
   * when one names its bucket in a way we cannot follow (a variable, a local).
   */
  mayConfigure(type: string, bucket: Block): boolean
  /** The one `type` resource of this file that configures `bucket`, when nothing else may. */
  configuredBy(type: string, bucket: Block): Block | undefined
  /** The top-level blocks of the finding's file. */
  blocks: readonly Block[]
}

type Handler = (ed: ConfigEditor, block: Block, intent: FixIntent, line: number, ctx: FixContext) => string | undefined

function resourceType(block: Block): string {
  if (block.type === 'resource') return block.labels[0]?.value ?? ''
  if (block.type === 'module') return 'module'
  if (block.type === 'data') return `data.${block.labels[0]?.value ?? ''}`
  return block.type
}

const BPA_FLAGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets']

/**
 * Is `name` written in `block`, as a nested block, an attribute or a `dynamic "name"` block? A
 * dynamic one is a setting whose instances are only known at plan time: writing the setting beside
 * it (or a setting resource that fights it) is no safe fix.
 */
function has(ed: ConfigEditor, block: Scope, name: string): boolean {
  return !!(ed.child(block, name) ?? ed.attribute(block, name)) || generated(block, name)
}

/** Does `scope` hold a `dynamic "name"` block? */
function generated(scope: Scope, name: string): boolean {
  return isBlock(scope) && scope.body.blocks.some((b) => b.type === 'dynamic' && b.labels[0]?.value === name)
}

/** Setting resources that came with AWS provider v4 (backported to 3.75), replacing the bucket's inline blocks. */
const V4_SETTING_RESOURCES = new Set(['aws_s3_bucket_versioning', 'aws_s3_bucket_server_side_encryption_configuration'])

/** Whether the module's `required_providers` hold `aws` to 3.x or older: the bucket's inline blocks are its settings then. */
// Some 3.x or older meets the constraints and nothing later does. Constraints no release meets
// (`~> 4.67` in one file, `~> 5.40` in another: `terraform init` fails) say nothing of the version.
const providerV3 = (ctx: FixContext) =>
  [1, 2, 3].some((m) => ctx.awsProviderAllows(m)) && ![4, 5, 6, 7].some((m) => ctx.awsProviderAllows(m))

const bucketId = (ref: string): Settings => [['bucket', { ref: `${ref}.id` }]]

/**
 * A new setting resource for the bucket `block` declares; none when one of that type may already
 * configure it: a second one would fight the first over the same setting on every apply. (The
 * handlers first look for that one: `configuredBy`.)
 */
function addSettingResource(ed: ConfigEditor, ctx: FixContext, block: Block, type: string, settings: (ref: string) => Settings): boolean {
  if (ctx.mayConfigure(type, block)) return false
  // Resources of AWS provider v4 (3.75 at the earliest): a module held to 3.x may not have them.
  if (V4_SETTING_RESOURCES.has(type) && providerV3(ctx)) return false
  // A bucket of an aliased provider (another region or account) is configured through that
  // provider: the new resource names it too, or Terraform sends it to the default one.
  const provider = ed.attribute(block, 'provider')
  if (!provider) return ed.addResource(block, type, settings)
  const name = ed.referenceIn(provider.expr) ?? literalOf(provider.expr)
  if (!name || !/^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)?$/.test(name)) return false
  const value: FixValue = ed instanceof JsonEditor ? name : { ref: name }
  return ed.addResource(block, type, (ref) => [['provider', value], ...settings(ref)])
}

/**
 * The `aws_s3_access_point` of this file that an `aws_s3control_access_point_policy` names: by
 * reference (`aws_s3_access_point.x.arn`, with an instance key) or by the name its ARN ends with.
 */
function policyAccessPoint(ed: ConfigEditor, ctx: FixContext, policy: Block): Block | undefined {
  const arn = ed.attribute(policy, 'access_point_arn')
  if (!arn) return undefined
  const points = ctx.blocks.filter((b) => b.type === 'resource' && b.labels[0]?.value === 'aws_s3_access_point' && b.labels.length === 2)
  const ref = /^aws_s3_access_point\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?\.arn$/.exec(ed.referenceIn(arn.expr) ?? '')
  if (ref) return points.find((b) => b.labels[1]!.value === ref[1])
  const e = arn.expr
  const last = e.t === 'template' ? e.parts[e.parts.length - 1] : undefined
  const name = last?.t === 'lit' ? /:accesspoint\/([^/:]+)$/.exec(last.value)?.[1] : undefined
  if (name === undefined) return undefined
  const named = points.filter((b) => {
    const n = ed.attribute(b, 'name')
    return n !== undefined && literalOf(n.expr) === name
  })
  return named.length === 1 ? named[0] : undefined
}

const setPublicAccessBlock: Handler = (ed, at, intent, line, ctx) => {
  // A policy written apart from its access point is neutralised on the access point, as an inline one.
  const block = resourceType(at) === 'aws_s3control_access_point_policy' ? policyAccessPoint(ed, ctx, at) : at
  if (!block) return undefined
  const type = resourceType(block)
  if (type === 'aws_s3_bucket_public_access_block' || type === 'aws_s3_account_public_access_block' || type === 'module') {
    for (const f of BPA_FLAGS) ed.set(block, f, true)
    return 'Turn on all four Block Public Access settings'
  }
  if (type === 'aws_s3_access_point') {
    const pab = ed.child(block, 'public_access_block_configuration')
    if (!pab) return undefined
    for (const f of BPA_FLAGS) ed.set(pab, f, true)
    return 'Turn on all four Block Public Access settings of the access point'
  }
  const own = ctx.configuredBy('aws_s3_bucket_public_access_block', block)
  if (own) return setPublicAccessBlock(ed, own, intent, line, ctx)
  if (
    !addSettingResource(ed, ctx, block, 'aws_s3_bucket_public_access_block', (ref) => [
      ...bucketId(ref),
      ...BPA_FLAGS.map((f) => [f, true] as [string, true]),
    ])
  )
    return undefined
  return 'Add an aws_s3_bucket_public_access_block that turns on all four settings'
}

/**
 * Whether turning MFA delete on in `block` can apply. S3 changes MFA delete only for a request
 * signed with the root user's MFA code, which Terraform sends from `mfa` in aws_s3_bucket_versioning
 * (the registry module's `versioning.mfa`): without it the apply fails (AccessDenied). The bucket's
 * inline `versioning` block cannot turn it on at all (provider 3.x: it only reflects the setting).
 */
function mfaSigned(ed: ConfigEditor, block: Block, ctx: FixContext): boolean {
  const type = resourceType(block)
  if (type === 'aws_s3_bucket_versioning') return !!ed.attribute(block, 'mfa')
  if (type === 'module') {
    const v = ed.child(block, 'versioning')
    return !!v && !!ed.attribute(v, 'mfa')
  }
  if (type !== 'aws_s3_bucket' || has(ed, block, 'versioning')) return false
  const own = ctx.configuredBy('aws_s3_bucket_versioning', block)
  return !!own && !!ed.attribute(own, 'mfa')
}

const setVersioning: Handler = (ed, block, intent, line, ctx) => {
  const type = resourceType(block)
  const mfa = (intent as { field: string }).field === 'versioning.mfaDelete'
  const done = mfa ? 'Turn on MFA delete' : 'Turn on versioning'
  if (mfa && !mfaSigned(ed, block, ctx)) return undefined
  if (type === 'aws_s3_bucket_versioning') {
    const conf = ed.child(block, 'versioning_configuration')
    if (conf) ed.set(conf, mfa ? 'mfa_delete' : 'status', 'Enabled')
    else if (ed.attribute(block, 'versioning_configuration') || has(ed, block, 'dynamic')) return undefined
    else
      ed.addChild(
        block,
        'versioning_configuration',
        mfa
          ? [
              ['status', 'Enabled'],
              ['mfa_delete', 'Enabled'],
            ]
          : [['status', 'Enabled']],
      )
    return done
  }
  if (type === 'module') {
    const v = ed.child(block, 'versioning')
    if (v) ed.set(v, mfa ? 'mfa_delete' : 'enabled', true)
    else if (ed.attribute(block, 'versioning')) return undefined
    else
      ed.set(block, 'versioning', {
        object: mfa
          ? [
              ['enabled', true],
              ['mfa_delete', true],
            ]
          : [['enabled', true]],
      })
    return done
  }
  if (type !== 'aws_s3_bucket' || generated(block, 'versioning')) return undefined
  const inline = ed.child(block, 'versioning')
  if (inline) {
    ed.set(inline, mfa ? 'mfa_delete' : 'enabled', true)
    return done
  }
  const own = ctx.configuredBy('aws_s3_bucket_versioning', block)
  if (own) return setVersioning(ed, own, intent, line, ctx)
  if (providerV3(ctx)) {
    // Provider 3.x: the bucket's own `versioning` block (aws_s3_bucket_versioning may not exist there).
    if (ctx.mayConfigure('aws_s3_bucket_versioning', block)) return undefined
    ed.addChild(
      block,
      'versioning',
      mfa
        ? [
            ['enabled', true],
            ['mfa_delete', true],
          ]
        : [['enabled', true]],
    )
    return done
  }
  const conf: Settings = mfa
    ? [
        ['status', 'Enabled'],
        ['mfa_delete', 'Enabled'],
      ]
    : [['status', 'Enabled']]
  if (
    !addSettingResource(ed, ctx, block, 'aws_s3_bucket_versioning', (ref) => [
      ...bucketId(ref),
      ['versioning_configuration', { block: conf }],
    ])
  )
    return undefined
  return mfa
    ? 'Add an aws_s3_bucket_versioning with versioning and MFA delete on'
    : 'Add an aws_s3_bucket_versioning that turns versioning on'
}

const setOwnership: Handler = (ed, block, intent, line, ctx) => {
  const type = resourceType(block)
  const done = 'Disable ACLs (object ownership BucketOwnerEnforced)'
  if (type === 'aws_s3_bucket_ownership_controls') {
    const rule = ed.child(block, 'rule')
    if (!rule) return undefined
    ed.set(rule, 'object_ownership', 'BucketOwnerEnforced')
    return done
  }
  if (type === 'module') {
    ed.set(block, 'control_object_ownership', true)
    ed.set(block, 'object_ownership', 'BucketOwnerEnforced')
    return done
  }
  const own = ctx.configuredBy('aws_s3_bucket_ownership_controls', block)
  if (own) return setOwnership(ed, own, intent, line, ctx)
  const rule: Settings = [['object_ownership', 'BucketOwnerEnforced']]
  if (!addSettingResource(ed, ctx, block, 'aws_s3_bucket_ownership_controls', (ref) => [...bucketId(ref), ['rule', { block: rule }]]))
    return undefined
  return 'Add aws_s3_bucket_ownership_controls with BucketOwnerEnforced (ACLs disabled)'
}

const setAcl: Handler = (ed, block) => {
  if (!ed.attribute(block, 'acl')) return undefined
  ed.set(block, 'acl', 'private')
  return 'Use the private canned ACL'
}

const setEncryption: Handler = (ed, block, intent, line, ctx) => {
  const keyOnly = (intent as { field: string }).field === 'encryption.bucketKeyEnabled'
  const type = resourceType(block)
  const container =
    type === 'aws_s3_bucket_server_side_encryption_configuration'
      ? block
      : type === 'aws_s3_bucket'
        ? ed.child(block, 'server_side_encryption_configuration')
        : undefined
  if (container) {
    const rule = ed.child(container, 'rule')
    if (!rule) return undefined
    if (!keyOnly) {
      const byDefault = ed.child(rule, 'apply_server_side_encryption_by_default')
      if (byDefault) ed.set(byDefault, 'sse_algorithm', 'aws:kms')
      else if (generated(rule, 'apply_server_side_encryption_by_default')) return undefined
      else ed.addChild(rule, 'apply_server_side_encryption_by_default', [['sse_algorithm', 'aws:kms']])
    }
    ed.set(rule, 'bucket_key_enabled', true)
    return keyOnly
      ? 'Turn on the S3 Bucket Key'
      : 'Encrypt with SSE-KMS and the S3 Bucket Key (the AWS managed key until kms_master_key_id names yours)'
  }
  if (type !== 'aws_s3_bucket' || has(ed, block, 'server_side_encryption_configuration')) return undefined
  const own = ctx.configuredBy('aws_s3_bucket_server_side_encryption_configuration', block)
  if (own) return setEncryption(ed, own, intent, line, ctx)
  const rule: Settings = [
    ['apply_server_side_encryption_by_default', { block: [['sse_algorithm', 'aws:kms']] }],
    ['bucket_key_enabled', true],
  ]
  if (
    !addSettingResource(ed, ctx, block, 'aws_s3_bucket_server_side_encryption_configuration', (ref) => [
      ...bucketId(ref),
      ['rule', { block: rule }],
    ])
  )
    return undefined
  return 'Add default encryption with SSE-KMS and the S3 Bucket Key (the AWS managed key until kms_master_key_id names yours)'
}

/** `blocked_encryption_types = ["SSE-C"]` in the encryption rule (AWS provider v6). */
const blockSseC: Handler = (ed, block, intent, line, ctx) => {
  // `blocked_encryption_types` came with AWS provider 6: a module held to 5.x would fail to plan.
  if (!ctx.awsProviderAllows(6)) return undefined
  const type = resourceType(block)
  const done = 'Block uploads encrypted with customer-provided keys (SSE-C)'
  if (type === 'aws_s3_bucket_server_side_encryption_configuration') {
    const rule = ed.child(block, 'rule')
    if (!rule) return undefined
    ed.set(rule, 'blocked_encryption_types', { list: ['SSE-C'] })
    return done
  }
  if (type !== 'aws_s3_bucket' || has(ed, block, 'server_side_encryption_configuration')) return undefined
  const own = ctx.configuredBy('aws_s3_bucket_server_side_encryption_configuration', block)
  if (own) return blockSseC(ed, own, intent, line, ctx)
  // AES256 is what S3 applies anyway when nothing is configured, so only the blocking changes.
  const rule: Settings = [
    ['apply_server_side_encryption_by_default', { block: [['sse_algorithm', 'AES256']] }],
    ['blocked_encryption_types', { list: ['SSE-C'] }],
  ]
  if (
    !addSettingResource(ed, ctx, block, 'aws_s3_bucket_server_side_encryption_configuration', (ref) => [
      ...bucketId(ref),
      ['rule', { block: rule }],
    ])
  )
    return undefined
  return done
}

/**
 * Whether the versioning written for the bucket `block` declares stays on beside Object Lock: none
 * written (S3 turns it on with Object Lock), or on. S3 refuses to suspend the versioning of a bucket
 * with Object Lock, so Object Lock beside `status = "Suspended"`, `enabled = false`, or a status
 * we cannot read fails to apply.
 */
function versioningMayStayOn(ed: ConfigEditor, block: Block, ctx: FixContext): boolean {
  if (generated(block, 'versioning')) return false
  const inline = ed.child(block, 'versioning')
  const enabled = inline && ed.attribute(inline, 'enabled')
  if (inline && !(enabled && isTrue(enabled.expr))) return false
  if (!ctx.mayConfigure('aws_s3_bucket_versioning', block)) return true
  const own = ctx.configuredBy('aws_s3_bucket_versioning', block)
  const conf = own && !generated(own, 'versioning_configuration') ? ed.child(own, 'versioning_configuration') : undefined
  const status = conf && ed.attribute(conf, 'status')
  return !!status && literalOf(status.expr) === 'Enabled'
}

const isTrue = (e: Expr) => (e.t === 'literal' && e.value === true) || literalOf(e) === 'true'

const setObjectLock: Handler = (ed, block, _intent, _line, ctx) => {
  if (resourceType(block) !== 'aws_s3_bucket' || generated(block, 'object_lock_configuration')) return undefined
  if (!versioningMayStayOn(ed, block, ctx)) return undefined
  const v3 = ed.child(block, 'object_lock_configuration')
  if (v3) ed.set(v3, 'object_lock_enabled', 'Enabled')
  // Provider 3.x has no `object_lock_enabled` argument: Object Lock is its block's.
  else if (providerV3(ctx)) ed.addChild(block, 'object_lock_configuration', [['object_lock_enabled', 'Enabled']])
  else ed.set(block, 'object_lock_enabled', true)
  return 'Enable Object Lock (this replaces an existing bucket)'
}

const setTrail: Handler = (ed, block, intent) => {
  if (resourceType(block) !== 'aws_cloudtrail') return undefined
  const field = (intent as { field: string }).field
  if (field === 'logFileValidation') {
    ed.set(block, 'enable_log_file_validation', true)
    return 'Turn on log file validation'
  }
  if (field === 'isMultiRegion') {
    ed.set(block, 'is_multi_region_trail', true)
    return 'Make the trail multi-region'
  }
  return undefined
}

const remove: Handler = (ed, block, intent, line, ctx) => {
  const field = (intent as { field: string }).field
  const type = resourceType(block)
  // Removing a resource that something else names (`depends_on`, an output) would break the configuration.
  const removable = (b: Block) => b.labels.length === 2 && !ctx.mentioned(`${b.labels[0]!.value}.${b.labels[1]!.value}`)
  if (field === 'website') {
    if (type === 'aws_s3_bucket_website_configuration') {
      if (!removable(block)) return undefined
      ed.removeBlock(block)
      return 'Remove the static website configuration'
    }
    if (!ed.child(block, 'website')) return undefined
    ed.removeSetting(block, 'website')
    return 'Remove the static website configuration'
  }
  if (field === 'acl.canned') {
    if (type === 'aws_s3_bucket_acl' && !has(ed, block, 'access_control_policy')) {
      // Not removed: the provider leaves the bucket's ACL as it is when the resource goes away.
      const a = ed.attribute(block, 'acl')
      if (!a || ed.edits.lineOf(a.start) !== line) return undefined
      ed.set(block, 'acl', 'private')
      return 'Set the bucket ACL to private'
    }
    const a = ed.attribute(block, 'acl')
    if (!a || ed.edits.lineOf(a.start) !== line) return undefined
    ed.removeSetting(block, 'acl')
    return 'Remove the canned ACL'
  }
  return undefined
}

// ----- policy statements

/**
 * The bucket ARN for a policy whose `bucket` argument is `expr`. A reference only to a bucket
 * this module declares: one declared elsewhere is not known to be that bucket, so the scan could
 * not tell that the statement covers it.
 */
function arnFor(ed: ConfigEditor, ctx: FixContext, bucketExpr: Expr | undefined): Arn | undefined {
  if (!bucketExpr) return undefined
  const ref = ed.referenceIn(bucketExpr)
  if (ref !== undefined) {
    const m = /^(aws_s3_bucket\.([A-Za-z0-9_-]+)(?:\[[^\]]+\])?)\.(id|bucket)$/.exec(ref)
    if (m) return ctx.declared('aws_s3_bucket', m[2]!) ? { ref: `${m[1]}.arn` } : undefined
    if (/^module\.[A-Za-z0-9_-]+\.s3_bucket_id$/.test(ref)) return { ref: ref.replace(/s3_bucket_id$/, 's3_bucket_arn') }
    return undefined
  }
  const name = literalOf(bucketExpr)
  return name ? { literal: `arn:aws:s3:::${name}` } : undefined
}

/**
 * A statement for this bucket may go into the `aws_iam_policy_document` its policy is built from
 * only if that document is this policy's alone and has one copy: another bucket's policy built
 * from it would get this bucket's ARN, and `aws_s3_bucket.b[count.index]` or `each.key` means
 * nothing in a document without `count` (Terraform rejects it).
 */
function fitsSharedDocument(ed: ConfigEditor, ctx: FixContext, policy: Attribute, arn: Arn): boolean {
  const m = /^(data\.aws_iam_policy_document\.[A-Za-z0-9_-]+)\.json$/.exec(ed.referenceIn(policy.expr) ?? '')
  if (!m) return true
  if ('ref' in arn && /\[|\beach\./.test(arn.ref)) return false
  return ctx.timesMentioned(m[1]!, 2) <= 1
}

const addPolicyStatement: Handler = (ed, block, intent, _line, ctx) => {
  if (intent.kind !== 'add-policy-statement') return undefined
  const kind = intent.statement
  const type = resourceType(block)
  const description = tlsDescription(kind)
  if (type === 'aws_s3_bucket_policy') {
    const policy = ed.attribute(block, 'policy')
    const arn = arnFor(ed, ctx, ed.attribute(block, 'bucket')?.expr)
    if (!policy || !arn || !fitsSharedDocument(ed, ctx, policy, arn)) return undefined
    return ed.addPolicyStatement(policy, kind, arn) ? description : undefined
  }
  if (type === 'aws_s3_bucket') {
    const policy = ed.attribute(block, 'policy')
    if (policy) {
      // The bucket's own `policy` cannot name the bucket (Terraform rejects a self-reference): its literal name can.
      const arn = arnFor(ed, ctx, ed.attribute(block, 'bucket')?.expr)
      return arn && 'literal' in arn && ed.addPolicyStatement(policy, kind, arn) ? description : undefined
    }
    // No policy in this bucket: add a bucket policy resource (the rule only asks when none exists).
    const added = addSettingResource(ed, ctx, block, 'aws_s3_bucket_policy', (ref) => [
      ...bucketId(ref),
      ['policy', { policy: { kind, arn: { ref: `${ref}.arn` } } }],
    ])
    return added ? `${description} (new bucket policy)` : undefined
  }
  if (type === 'module') {
    ed.set(block, kind === 'deny-insecure-transport' ? 'attach_deny_insecure_transport_policy' : 'attach_require_latest_tls_policy', true)
    return description
  }
  return undefined
}

function handlerFor(intent: FixIntent): Handler | undefined {
  if (intent.kind === 'add-policy-statement') return addPolicyStatement
  if (intent.kind === 'remove') return remove
  switch (intent.field) {
    case 'publicAccessBlock':
      return setPublicAccessBlock
    case 'versioning.status':
    case 'versioning.mfaDelete':
      return setVersioning
    case 'ownership':
      return setOwnership
    case 'acl.canned':
      return setAcl
    case 'encryption':
    case 'encryption.bucketKeyEnabled':
      return setEncryption
    case 'encryption.blockedEncryptionTypes':
      return blockSseC
    case 'objectLock.enabled':
      return setObjectLock
    case 'logFileValidation':
    case 'isMultiRegion':
      return setTrail
    default:
      return undefined
  }
}

// -------------------------------------------------------------------------------------------------

/**
 * Fixes are rendered finding by finding, often many for one file: parse each text once (or reuse
 * the parse made when the unit was loaded) and index its lines once.
 */
interface ParsedText {
  body: Body
  issues: readonly unknown[]
  lines: LineIndex
  /** First and last line of each top-level block, to find the one holding a finding. */
  spans: { block: Block; from: number; to: number }[]
  /** `.tf.json` only: the positioned JSON tree and the file's layout. */
  json?: { root: SNode | null; style: JsonStyle }
  /** A line longer than an edit may be (minified JSON): edits replace whole lines. */
  longLine: boolean
}
/** Per unit, for the reason given in recent-parses.ts; one map per syntax, as the same text could be either. */
let parsedTexts = { hcl: new Map<string, ParsedText>(), json: new Map<string, ParsedText>() }

/** What a module's files declare, read once per directory. */
interface ModuleIndex {
  /** `type.name` of each resource. */
  declared: Set<string>
  /**
   * Per setting resource type, per bucket key, the resources that name it: `ref:<name>` for
   * `aws_s3_bucket.<name>.id`, `lit:<name>` for a literal name, `?` for anything else. Keyed rather
   * than listed: a module with thousands of buckets asked once per bucket was quadratic.
   */
  configures: Map<string, Map<string, { file: string; block: Block }[]>>
  /**
   * The `aws` provider version constraints its files write, read on first use: searched for every
   * fix instead, a 12 MB file of 2,000 buckets took 48 s where it took 3.5.
   */
  awsConstraints?: string[]
  /** Per major version, whether those constraints allow it: asked seven times for every fix. */
  awsMajors?: Map<number, boolean>
}
/** Per set of texts (a unit's), per directory. */
let moduleIndexes = new WeakMap<Map<string, string>, Map<string, ModuleIndex>>()

/** Called when a unit is done: its parses must not live on into the next units (recent-parses.ts). */
export function forgetFixParses(): void {
  parsedTexts = { hcl: new Map(), json: new Map() }
  moduleIndexes = new WeakMap()
  forgetRecentParses()
}

const dirOf = (f: string) => f.slice(0, Math.max(f.lastIndexOf('/'), 0))
const isJsonConfig = (f: string) => /\.(tf|tofu)\.json$/i.test(f)
const isConfig = (f: string) => CONFIG_FILE.test(f)

/** How a setting resource names its bucket (see `ModuleIndex.configures`). */
function bucketKey(text: string, expr: Expr, json: boolean, block: Block): string {
  const ref = referenceIn(text, expr, json)
  const m = ref && /^aws_s3_bucket\.([A-Za-z0-9_-]+)(?:\[[^\]]+\])?\.(id|bucket)$/.exec(ref)
  if (m) return `ref:${m[1]}`
  // `for_each = aws_s3_bucket.x` with `bucket = each.value.id`: one per instance of that bucket.
  const forEach = ref && /^each\.value\.(id|bucket)$/.test(ref) ? attr(block.body, 'for_each') : undefined
  const over = forEach && /^aws_s3_bucket\.([A-Za-z0-9_-]+)$/.exec(referenceIn(text, forEach.expr, json) ?? '')
  if (over) return `ref:${over[1]}`
  const name = ref === undefined ? literalOf(expr) : undefined
  return name ? `lit:${name}` : '?'
}

function moduleIndex(file: string, texts: Map<string, string>): ModuleIndex {
  let byDir = moduleIndexes.get(texts)
  if (!byDir) moduleIndexes.set(texts, (byDir = new Map()))
  const dir = dirOf(file)
  let index = byDir.get(dir)
  if (!index) {
    index = { declared: new Set(), configures: new Map() }
    for (const [f, text] of texts) {
      if (!isConfig(f) || dirOf(f) !== dir) continue
      const json = isJsonConfig(f)
      for (const b of parseCached(text, json).body.blocks) {
        if (b.type !== 'resource' || b.labels.length !== 2) continue
        const type = b.labels[0]!.value
        index.declared.add(`${type}.${b.labels[1]!.value}`)
        const bucket = type.startsWith('aws_s3_bucket_') ? attr(b.body, 'bucket') : undefined
        if (!bucket) continue
        let byKey = index.configures.get(type)
        if (!byKey) index.configures.set(type, (byKey = new Map()))
        const key = bucketKey(text, bucket.expr, json, b)
        let list = byKey.get(key)
        if (!list) byKey.set(key, (list = []))
        list.push({ file: f, block: b })
      }
    }
    byDir.set(dir, index)
  }
  return index
}

/** The texts of the configuration files in `file`'s folder (its module). */
function* moduleTexts(file: string, texts: Map<string, string>): Generator<string> {
  const dir = dirOf(file)
  for (const [f, text] of texts) if (isConfig(f) && dirOf(f) === dir) yield text
}

/** Does any `.tf`/`.tf.json` file beside `file` mention `address` as a reference? */
function mentionedBeside(file: string, texts: Map<string, string>, address: string): boolean {
  for (const text of moduleTexts(file, texts)) if (namesAddress(text, address)) return true
  return false
}

/** `aws = { source = "hashicorp/aws", version = "~> 5.0" }`, in HCL or JSON. */
const AWS_PROVIDER_VERSION = /"?\baws"?\s*[=:]\s*\{[^{}]*?"?\bversion"?\s*[=:]\s*"([^"]*)"/g

/** Whether some `major`.x release meets every term of a Terraform version constraint (`>= 5.0, < 7`, `~> 5.0`). */
export function constraintAllowsMajor(constraint: string, major: number): boolean {
  const terms = constraint.split(',').map((t) => /^\s*(~>|>=|<=|!=|=|>|<)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(t))
  if (terms.some((t) => !t)) return true
  const cmp = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!
  const meets = (v: number[]) =>
    terms.every((t) => {
      const [, op = '=', a, b, c] = t!
      const w = [Number(a), Number(b ?? 0), Number(c ?? 0)]
      const d = cmp(v, w)
      switch (op) {
        case '>=':
          return d >= 0
        case '>':
          return d > 0
        case '<=':
          return d <= 0
        case '<':
          return d < 0
        case '!=':
          return d !== 0
        case '~>': {
          // The last part written may grow: ~> 5.1 is >= 5.1, < 6; ~> 5.1.2 is >= 5.1.2, < 5.2.
          const upper = c !== undefined ? [w[0]!, w[1]! + 1, 0] : [w[0]! + 1, 0, 0]
          return d >= 0 && cmp(v, upper) < 0
        }
        default:
          return d === 0
      }
    })
  // Any release of that major version: its first, a late one, and each one a term names exactly.
  const candidates = [
    [major, 0, 0],
    [major, 99, 0],
    [major, 999, 999],
  ]
  for (const t of terms) if (Number(t![2]) === major) candidates.push([major, Number(t![3] ?? 0), Number(t![4] ?? 0)])
  return candidates.some(meets)
}

function fixContext(file: string, texts: Map<string, string>, blocks: readonly Block[]): FixContext {
  const index = () => moduleIndex(file, texts)
  const keysOf = (bucket: Block) => {
    const name = attr(bucket.body, 'bucket')
    const literal = name && literalOf(name.expr)
    return new Set([`ref:${bucket.labels[1]?.value ?? ''}`, ...(literal ? [`lit:${literal}`] : [])])
  }
  /** The lists of `type` resources that may configure `bucket`: those naming it, and those naming no known bucket. */
  const configuring = (type: string, bucket: Block) => {
    const byKey = index().configures.get(type)
    if (!byKey) return []
    return ['?', ...keysOf(bucket)].flatMap((k) => {
      const list = byKey.get(k)
      return list ? [{ known: k !== '?', list }] : []
    })
  }
  return {
    blocks,
    mentioned: (address) => mentionedBeside(file, texts, address),
    awsProviderAllows: (major) => {
      const known = index()
      const majors = (known.awsMajors ??= new Map())
      let allowed = majors.get(major)
      if (allowed === undefined) {
        known.awsConstraints ??= [...moduleTexts(file, texts)].flatMap((text) => [...text.matchAll(AWS_PROVIDER_VERSION)].map((m) => m[1]!))
        allowed = known.awsConstraints.every((c) => constraintAllowsMajor(c, major))
        majors.set(major, allowed)
      }
      return allowed
    },
    timesMentioned: (address, most) => {
      let n = 0
      for (const text of moduleTexts(file, texts)) if (n < most) n += timesNamed(text, address, most - n)
      return n
    },
    declared: (type, name) => index().declared.has(`${type}.${name}`),
    mayConfigure: (type, bucket) => configuring(type, bucket).length > 0,
    configuredBy(type, bucket) {
      const found = configuring(type, bucket)
      const only = found.length === 1 && found[0]!.known && found[0]!.list.length === 1 ? found[0]!.list[0]! : undefined
      if (only?.file !== file) return undefined
      // A setting resource deployed on other terms than its bucket (`count = var.public ? 1 : 0`
      // on an unconditional bucket) may not exist where the finding is: editing it fixes nothing.
      const text = texts.get(file)!
      return sameInstances(text, only.block, bucket) ? only.block : undefined
    },
  }
}

/** Do two blocks have the same `count` and `for_each` as written (both none, or the same text)? */
function sameInstances(text: string, a: Block, b: Block): boolean {
  const meta = (block: Block, name: string) => {
    const at = attr(block.body, name)
    return at ? text.slice(at.expr.start, at.expr.end).replace(/\s+/g, ' ').trim() : undefined
  }
  // Instances taken from the bucket itself (`for_each = aws_s3_bucket.b`, `count = length(aws_s3_bucket.b)`) are its instances.
  const address = `aws_s3_bucket.${b.labels[1]?.value ?? ''}`
  const follows = (name: string) => {
    const m = meta(a, name)
    return m !== undefined && namesAddress(m, address)
  }
  // OpenTofu's `lifecycle { enabled = false }` too: setting a turned-off resource's values changes nothing.
  const enabled = (block: Block) => {
    const lifecycle = block.body.blocks.find((x) => x.type === 'lifecycle')
    const at = lifecycle && attr(lifecycle.body, 'enabled')
    return at ? text.slice(at.expr.start, at.expr.end).replace(/\s+/g, ' ').trim() : undefined
  }
  if (enabled(a) !== enabled(b)) return false
  if (follows('count') || follows('for_each')) return true
  return meta(a, 'count') === meta(b, 'count') && meta(a, 'for_each') === meta(b, 'for_each')
}

/**
 * The top-level block holding the finding: the blocks whose lines hold `line` (a binary search,
 * blocks come in file order: one `find` per finding over every block made a file with thousands
 * of buckets quadratic), and of several on that line (minified JSON) the one holding `offset`.
 */
function blockAt(spans: readonly ParsedText['spans'][number][], line: number, offset: number): Block | undefined {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = spans[mid]!
    if (line < s.from) hi = mid - 1
    else if (line > s.to) lo = mid + 1
    else {
      let first = mid
      while (first > 0 && spans[first - 1]!.from <= line && line <= spans[first - 1]!.to) first--
      for (let i = first; i < spans.length && spans[i]!.from <= line; i++) {
        const b = spans[i]!.block
        if (b.start <= offset && offset < b.end) return b
      }
      return spans[first]!.block
    }
  }
  return undefined
}

function parseCached(text: string, json: boolean): ParsedText {
  const cache = json ? parsedTexts.json : parsedTexts.hcl
  let p = cache.get(text)
  if (!p) {
    const lines = new LineIndex(text)
    let parsed: { body: Body; issues: readonly unknown[] }
    let tree: ParsedText['json']
    if (json) {
      const config = recentJsonConfig(text) ?? parseJsonConfig(text, { maxDepth: 200 })
      parsed = config
      const root = config.issues.length ? null : config.root
      tree = { root, style: detectStyle(text, root) }
    } else parsed = recentParse(text) ?? parseHcl(text, { maxDepth: 200 })
    const spans = parsed.body.blocks.map((block) => ({ block, from: lines.position(block.start).line, to: lines.position(block.end).line }))
    p = { body: parsed.body, issues: parsed.issues, lines, spans, json: tree, longLine: lines.hasLineLongerThan(MAX_EDIT_CHARS) }
    cache.set(text, p)
  }
  return p
}

export function renderTerraformFix(finding: Finding, texts: Map<string, string>): TextEdit | undefined {
  const intent = finding.fix
  const file = finding.location.file
  if (!intent || !isConfig(file)) return undefined
  const text = texts.get(file)
  if (text === undefined) return undefined
  const parsed = parseCached(text, isJsonConfig(file))
  // Editing a file we could not fully parse risks damaging it; an edit of a minified file would
  // repeat the whole file for every finding in it (and be dropped as too long).
  if (parsed.issues.length || parsed.longLine) return undefined
  const { line, column } = finding.location
  const block = blockAt(parsed.spans, line, parsed.lines.lineStart(line) + column - 1)
  const handler = handlerFor(intent)
  if (!block || !handler) return undefined
  const edits = new FileEdits(text, parsed.lines)
  const ctx = fixContext(file, texts, parsed.body.blocks)
  const ed: ConfigEditor = parsed.json
    ? new JsonEditor(edits, parsed.json.root, parsed.body.blocks, ctx.declared, parsed.json.style, finding.resource.startsWith('module.'))
    : new HclEditor(edits, parsed.body.blocks, ctx.declared, finding.resource.startsWith('module.'))
  const description = handler(ed, block, intent, line, ctx)
  ed.finish()
  const edit = description ? edits.toTextEdit(file, description) : undefined
  return edit && rewritesHiddenText(parsed, edit) ? undefined : edit
}

const SENSITIVE_CALL = /\bsensitive\s*\(/

/**
 * Whether an edit rewrites lines holding a value Terraform hides: a `sensitive = true` variable or
 * output, or a `sensitive(...)` call. The suggestion repeats the lines it replaces, so it would
 * quote the value (a minified `.tf.json` file is one line); the finding then goes without one.
 */
function rewritesHiddenText(parsed: ParsedText, edit: TextEdit): boolean {
  for (const b of parsed.spans) {
    if (b.to < edit.startLine || b.from > edit.endLine) continue
    if ((b.block.type === 'variable' || b.block.type === 'output') && isSensitiveFlag(attr(b.block.body, 'sensitive'))) return true
  }
  return SENSITIVE_CALL.test(parsed.lines.linesText(edit.startLine, edit.endLine))
}
