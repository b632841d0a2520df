/**
 * The registry module `terraform-aws-modules/s3-bucket/aws`, modelled from its inputs instead of
 * its code (which is not in the repository). The table below records, per major version, the
 * defaults that matter; findings land on the `module` block (or the input line that sets the
 * value), and the bucket's resource address is `module.<name>`.
 *
 * Module behaviour encoded here (from the module's `main.tf` and CHANGELOG):
 * - the bucket policy is attached only when `attach_policy = true`; `attach_deny_insecure_transport_policy`
 *   and `attach_require_latest_tls_policy` add the TLS statements;
 * - the public access block resource exists while `attach_public_policy` is true (the default);
 * - v3.9.0 (April 2023) turned the four `block_public_*`/`ignore_public_acls`/`restrict_public_buckets`
 *   inputs to true; before that they defaulted to false. Ownership controls are managed only with
 *   `control_object_ownership = true` (false by default), so AWS's own default applies otherwise.
 */
import { boundedBucketName } from '../../model/bucket-name.js'
import { newBucket } from '../../model/defaults.js'
import type { SourceLocation } from '../../model/location.js'
import type { PolicyStatement } from '../../model/policy.js'
import type { Bucket, ResourceOrigin } from '../../model/s3.js'
import type { Str, Value } from '../../model/value.js'
import { defaultValue, mapValue, setValue, unknownValue } from '../../model/value.js'
import type { AttrView, BodyView } from './body-view.js'
import { blockHeader, HclBodyView, ValueBodyView, valueBlocks } from './body-view.js'
import {
  readCorsRules,
  readEncryptionRules,
  readInlineLogging,
  readInlineGrants,
  readLifecycleRules,
  readObjectLockRule,
  readReplication,
  readWebsite,
} from './bucket-settings.js'
import type { PolicyReader } from './bucket.js'
import type { SourceFiles } from './eval/source-files.js'
import { isStringLike, toBoolean, unknown, type MaybeCondition, type Origin, type TfValue } from './eval/value.js'
import { decodeJson } from './eval/json-value.js'
import { attr } from './hcl/ast.js'
import type { ValueReader } from './model-values.js'
import type { ModuleCallInstance } from './module-instance.js'
import { trimLeading, trimTrailing } from '../../trim.js'

/**
 * Without regard to case: registry host names and GitHub owners and repositories are, and the
 * public registry finds `Terraform-AWS-Modules/S3-Bucket/aws` too. Matched by case, that call was
 * a module "not vendored", its public bucket never read.
 */
export const REGISTRY_S3_SOURCES = [
  /^terraform-aws-modules\/s3-bucket\/aws$/i,
  /^(?:registry\.terraform\.io\/)?terraform-aws-modules\/s3-bucket\/aws$/i,
  /^(?:git::)?(?:https:\/\/|git@|ssh:\/\/git@)?github\.com[/:]terraform-aws-modules\/terraform-aws-s3-bucket(?:\.git)?(?:\?ref=.*)?$/i,
]

export function isRegistryS3Source(source: string): boolean {
  return REGISTRY_S3_SOURCES.some((re) => re.test(source))
}

/** The module itself, or its notification submodule (`modules/notification`). */
export type RegistryS3Kind = 'registry-s3' | 'registry-s3-notification'

/**
 * Splits a module source into its package and the subdirectory after `//`, as Terraform does
 * (go-getter's `SourceDirSubdir`): the `//` of `https://` is not one, and a query written after
 * the subdirectory (`...git//modules/x?ref=v1`) belongs to the package.
 */
export function splitModuleSource(source: string): { pkg: string; subdir: string } {
  const scheme = source.indexOf('://')
  const offset = scheme >= 0 ? scheme + 3 : 0
  const at = source.indexOf('//', offset)
  if (at < 0) return { pkg: source, subdir: '' }
  let subdir = source.slice(at + 2)
  let pkg = source.slice(0, at)
  const query = subdir.indexOf('?')
  if (query >= 0) {
    pkg += subdir.slice(query)
    subdir = subdir.slice(0, query)
  }
  return { pkg, subdir: trimTrailing(trimLeading(subdir, '/'), '/') }
}

/** Which part of `terraform-aws-modules/s3-bucket/aws` a source names, if any that is modelled. */
export function registryS3Kind(source: string): RegistryS3Kind | undefined {
  const { pkg, subdir } = splitModuleSource(source)
  if (!isRegistryS3Source(pkg)) return undefined
  if (subdir === '') return 'registry-s3'
  if (subdir === 'modules/notification') return 'registry-s3-notification'
  return undefined
}

/**
 * Whether a source names the account-level public access block submodule
 * (`terraform-aws-modules/s3-bucket/aws//modules/account-public-access`): one
 * `aws_s3_account_public_access_block` written from the inputs of the same names (each flag false
 * by default, `account_id` the provider's account), unless `create = false`.
 */
export function isRegistryS3AccountPublicAccess(source: string | undefined): boolean {
  if (source === undefined) return false
  const { pkg, subdir } = splitModuleSource(source)
  return subdir === 'modules/account-public-access' && isRegistryS3Source(pkg)
}

interface VersionDefaults {
  /** Default of the four public access block flags. */
  bpaFlags: boolean
  /** Whether `control_object_ownership` defaults to true (ownership = BucketOwnerEnforced). */
  controlsOwnership: boolean
  /**
   * Whether `versioning` is read beyond its `enabled` key (`status`, and a map without either).
   * Before v3.0.0 the module wrote `versioning { enabled = lookup(var.versioning, "enabled", null) }`
   * inline in `aws_s3_bucket`: `versioning = { status = "Enabled" }` left versioning off there,
   * and was read as Enabled.
   */
  versioningStatus: boolean
}

/** The release that changed each default, for the reason of an unknown. */
const CHANGED_IN: Record<keyof VersionDefaults, string> = {
  bpaFlags: 'v3.9.0',
  controlsOwnership: 'v3.9.0',
  versioningStatus: 'v3.0.0',
}

/**
 * Defaults by release: v3.9.0 (April 2023, PR #226) turned the four Block Public Access inputs to
 * true; `control_object_ownership` stays false (no ownership controls resource), through v4.x at
 * least (issue #284). Each entry holds from its version up to the next one.
 */
const DEFAULTS: { from: Version; defaults: VersionDefaults }[] = [
  { from: [0, 0, 0], defaults: { bpaFlags: false, controlsOwnership: false, versioningStatus: false } },
  { from: [3, 0, 0], defaults: { bpaFlags: false, controlsOwnership: false, versioningStatus: true } },
  { from: [3, 9, 0], defaults: { bpaFlags: true, controlsOwnership: false, versioningStatus: true } },
]

type Version = [number, number, number]

/** Released versions used to test a constraint: the edges of the table and the latest lines. */
const PROBES: Version[] = [
  [1, 0, 0],
  [2, 0, 0],
  [3, 0, 0],
  [3, 7, 0],
  [3, 8, 2],
  [3, 9, 0],
  [3, 15, 2],
  [4, 0, 0],
  [4, 11, 0],
  [5, 0, 0],
  [5, 8, 1],
]
const LATEST: Version = [5, 8, 1]

const cmp = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]

function defaultsOf(v: Version): VersionDefaults {
  let d = DEFAULTS[0]!.defaults
  for (const e of DEFAULTS) if (cmp(v, e.from) >= 0) d = e.defaults
  return d
}

/** Versions a Terraform version constraint (`3.7.0`, `~> 3.7`, `>= 3.0, < 4.0`) allows, among the probes. */
export function versionsAllowed(constraint: string | undefined): Version[] {
  if (!constraint || !constraint.trim()) return [LATEST]
  let allowed = PROBES
  for (const part of constraint.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|>|<|=)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(part)
    if (!m) continue
    const op = m[1] ?? '='
    const given = [m[2], m[3], m[4]].filter((x) => x !== undefined).length
    const v: Version = [Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)]
    const test = (x: Version): boolean => {
      const c = cmp(x, v)
      switch (op) {
        case '=':
          return c === 0
        case '!=':
          return c !== 0
        case '>':
          return c > 0
        case '>=':
          return c >= 0
        case '<':
          return c < 0
        case '<=':
          return c <= 0
        default: {
          // `~>`: only the rightmost given component may grow (`~> 3` and `~> 3.7` stay below 4.0).
          if (c < 0) return false
          if (given === 3) return x[0] === v[0] && x[1] === v[1]
          return x[0] === v[0]
        }
      }
    }
    allowed = allowed.filter(test)
    // An exact version not among the probes is still allowed.
    if (op === '=' && allowed.length === 0) allowed = [v]
  }
  return allowed
}

/** Major versions a constraint allows (kept for messages and tests). */
export function majorsAllowed(constraint: string | undefined): number[] {
  return [...new Set(versionsAllowed(constraint).map((v) => v[0]))].sort()
}

/**
 * Whether a registry module call creates what its `create`-style input (`create_bucket`, `create`)
 * governs: `undefined` when it does (true, or not given), `false` when it does not, else the
 * condition, not known statically, under which it does. Calls in one module writing the same
 * expression decide the same way (the same key), unless a `count` / `for_each` of the call can make
 * that expression differ per instance.
 */
export function createCondition(
  call: ModuleCallInstance,
  input: string,
  files: SourceFiles,
  what: string,
): MaybeCondition | false | undefined {
  const v = call.input(input)
  if (v === undefined || v.k === 'null') return undefined
  const b = toBoolean(v)
  if (b !== undefined) return b ? undefined : false
  const a = attr(call.config.block.body, input)!
  const f = a.file ?? call.config.f
  const text = files.oneLine(f, a.expr.start, a.expr.end)
  const why = v.k === 'unknown' ? v.why : 'the value is not a bool'
  return {
    key: call.key.k === 'none' ? `${call.parent.prefix}${text} is true` : `${call.address}.${input}`,
    why: `${call.address} creates ${what} only when ${input} = ${text} is true: ${why}`,
    at: { f, s: a.start, e: a.end },
    path: `${call.address}.${input}`,
  }
}

/**
 * Inputs the module reads as `try(jsondecode(var.x), var.x)`, so that Terragrunt can pass them as
 * JSON text: `grant = jsonencode([...AllUsers READ...])` grants that, where read as a string it
 * granted nothing, and a JSON `lifecycle_rule` was "no lifecycle rules".
 */
const JSON_INPUTS = new Set(['grant', 'cors_rule', 'lifecycle_rule'])

/** A JSON-text input decoded as the module does; text that is not JSON fails the module's plan (unknown). */
function jsonInput(value: TfValue, call: ModuleCallInstance, at: Origin): TfValue {
  if (!isStringLike(value)) return value
  const ev = call.parent.ctx.ev
  const decoded = value.json ?? decodeJson(value, ev.files, ev.limits.maxDepth, value.at ?? at)
  if (decoded.k !== 'unknown') return decoded
  return unknown(`the module reads this input as JSON text, and it is not valid JSON (${decoded.why})`, value.at ?? at)
}

/** The module call's inputs read like a block body. */
export class InputsView implements BodyView {
  readonly header: Origin
  readonly span: Origin
  readonly path: string
  constructor(private readonly call: ModuleCallInstance) {
    const b = call.config.block
    this.header = { f: call.config.f, s: b.start, e: b.open >= 0 ? b.open + 1 : b.end }
    this.span = { f: call.config.f, s: b.start, e: b.end }
    this.path = call.address
  }
  attr(name: string): AttrView | undefined {
    const value = this.call.input(name)
    if (value === undefined) return undefined
    const at = this.call.inputAt(name) ?? this.header
    return { name, value: JSON_INPUTS.has(name) ? jsonInput(value, this.call, at) : value, at }
  }
  blocks(type: string): BodyView[] {
    const a = this.attr(type)
    if (!a) {
      // Not valid for a module call, but written in the wild (`logging { ... }`): read it as the input.
      const b = this.call.config.block.body.blocks.filter((x) => x.type === type)
      return b.map(
        (x, i) =>
          new HclBodyView(
            this.call.parent.ctx.ev,
            x.body,
            this.call.scope,
            blockHeader(this.call.config.f, x),
            { f: this.call.config.f, s: x.start, e: x.end },
            `${this.path}.${type}[${i}]`,
          ),
      )
    }
    if (a.value.k === 'null') return []
    // An empty map (`versioning = {}`) configures nothing in the module.
    return valueBlocks(a.value, a.at, `${this.path}.${type}`).filter((v) => v.unknownWhy || !(v instanceof ValueBodyView) || v.size > 0)
  }
}

type StatementSpec = {
  sid: string
  effect: 'Allow' | 'Deny'
  principal: ['*' | 'AWS' | 'Service', string]
  action: string
  on: 'bucket' | 'objects' | 'both'
}

/** What one of the module's `attach_*_policy` inputs adds to the bucket policy it writes. */
function moduleStatements(
  specs: readonly StatementSpec[],
  condition?: { operator: string; key: string; value: Str },
): (id: string, at: SourceLocation) => PolicyStatement[] {
  return (id, at) =>
    specs.map((spec) => ({
      sid: spec.sid,
      at,
      effect: setValue(spec.effect, at),
      principal: { field: 'Principal', entries: setValue([{ type: spec.principal[0], value: spec.principal[1] }], at) },
      action: { field: 'plain', values: setValue([spec.action], at) },
      resource: { field: 'plain', values: setValue(resourcesOf(id, spec.on), at) },
      conditions: setValue(
        condition && spec.effect === 'Deny' ? [{ operator: condition.operator, key: condition.key, values: [condition.value], at }] : [],
        at,
      ),
    }))
}

function resourcesOf(id: string, on: StatementSpec['on']): Str[] {
  const bucket: Str = { parts: [{ kind: 'bucket', id, attr: 'arn' }] }
  const objects: Str = { parts: [{ kind: 'bucket', id, attr: 'arn' }, '/*'] }
  return on === 'bucket' ? [bucket] : on === 'objects' ? [objects] : [bucket, objects]
}

const logDelivery = (service: string): StatementSpec[] => [
  { sid: 'AWSLogDeliveryWrite', effect: 'Allow', principal: ['Service', service], action: 's3:PutObject', on: 'objects' },
  { sid: 'AWSLogDeliveryAclCheck', effect: 'Allow', principal: ['Service', service], action: 's3:GetBucketAcl', on: 'bucket' },
]
/** The expected algorithm or key of an encryption-header denial: another input of the module. */
const FROM_INPUT: Str = { parts: [{ kind: 'unknown', why: 'set by another input of the module' }] }
const denyPut = (sid: string): StatementSpec[] => [{ sid, effect: 'Deny', principal: ['*', '*'], action: 's3:PutObject', on: 'objects' }]

/**
 * The module's policy inputs besides `policy`: each adds its statements to the one bucket policy
 * the module attaches (so the bucket has a policy). Written as the module writes them, less what does not
 * bear on a rule here: the Regional ELB account principal beside the ELB service principal, the
 * source-account conditions on the service statements, and the expected key or algorithm in the
 * encryption-header denials (its value is another input).
 */
const MODULE_POLICIES: readonly [string, (id: string, at: SourceLocation) => PolicyStatement[]][] = [
  [
    'attach_deny_insecure_transport_policy',
    moduleStatements([{ sid: 'denyInsecureTransport', effect: 'Deny', principal: ['AWS', '*'], action: 's3:*', on: 'both' }], {
      operator: 'Bool',
      key: 'aws:SecureTransport',
      value: 'false',
    }),
  ],
  [
    'attach_require_latest_tls_policy',
    moduleStatements([{ sid: 'denyOutdatedTLS', effect: 'Deny', principal: ['AWS', '*'], action: 's3:*', on: 'both' }], {
      operator: 'NumericLessThan',
      key: 's3:TlsVersion',
      value: '1.2',
    }),
  ],
  [
    'attach_elb_log_delivery_policy',
    moduleStatements([
      {
        sid: '',
        effect: 'Allow',
        principal: ['Service', 'logdelivery.elasticloadbalancing.amazonaws.com'],
        action: 's3:PutObject',
        on: 'objects',
      },
    ]),
  ],
  ['attach_lb_log_delivery_policy', moduleStatements(logDelivery('delivery.logs.amazonaws.com'))],
  ['attach_waf_log_delivery_policy', moduleStatements(logDelivery('delivery.logs.amazonaws.com'))],
  [
    'attach_access_log_delivery_policy',
    moduleStatements([
      {
        sid: 'AWSAccessLogDeliveryWrite',
        effect: 'Allow',
        principal: ['Service', 'logging.s3.amazonaws.com'],
        action: 's3:PutObject',
        on: 'objects',
      },
    ]),
  ],
  [
    'attach_inventory_destination_policy',
    moduleStatements([
      {
        sid: 'destinationInventoryPolicy',
        effect: 'Allow',
        principal: ['Service', 's3.amazonaws.com'],
        action: 's3:PutObject',
        on: 'objects',
      },
    ]),
  ],
  [
    'attach_analytics_destination_policy',
    moduleStatements([
      {
        sid: 'destinationAnalyticsPolicy',
        effect: 'Allow',
        principal: ['Service', 's3.amazonaws.com'],
        action: 's3:PutObject',
        on: 'objects',
      },
    ]),
  ],
  [
    'attach_deny_unencrypted_object_uploads',
    moduleStatements(denyPut('denyUnencryptedObjectUploads'), { operator: 'Null', key: 's3:x-amz-server-side-encryption', value: 'true' }),
  ],
  [
    'attach_deny_ssec_encrypted_object_uploads',
    moduleStatements(denyPut('denySSECEncryptedObjectUploads'), {
      operator: 'Null',
      key: 's3:x-amz-server-side-encryption-customer-algorithm',
      value: 'false',
    }),
  ],
  [
    'attach_deny_incorrect_encryption_headers',
    moduleStatements(denyPut('denyIncorrectEncryptionHeaders'), {
      operator: 'StringNotEquals',
      key: 's3:x-amz-server-side-encryption',
      value: FROM_INPUT,
    }),
  ],
  [
    'attach_deny_incorrect_kms_key_sse',
    moduleStatements(denyPut('denyIncorrectKmsKeySse'), {
      operator: 'StringNotEquals',
      key: 's3:x-amz-server-side-encryption-aws-kms-key-id',
      value: FROM_INPUT,
    }),
  ],
]

/** The bucket the module creates, or undefined when `create_bucket = false`. */
export function readRegistryS3Bucket(
  r: ValueReader,
  call: ModuleCallInstance,
  origin: ResourceOrigin,
  readPolicy: PolicyReader,
  notes: string[],
  /** Filled with the setting resource types the module writes for the bucket (besides ACL and policy). */
  managed: Set<string> = new Set(),
): Bucket | undefined {
  const view = new InputsView(call)
  const id = call.address
  const at = origin.at
  const create = view.attr('create_bucket')
  if (create && toBoolean(create.value) === false) return undefined
  const b = newBucket(id, origin)

  const name = r.present(view, 'bucket')
  if (name) {
    const v = r.str(view, 'bucket', at)
    if (v.state === 'unknown' || v.value !== null) b.name = boundedBucketName(v as Value<Str>)
  }

  const defaults = versionsAllowed(call.config.version).map(defaultsOf)
  const versionDefault = <K extends keyof VersionDefaults>(k: K): Value<VersionDefaults[K]> => {
    const vals = new Set(defaults.map((d) => d[k]))
    if (vals.size === 1) return defaultValue([...vals][0]!, at)
    if (vals.size === 0) return unknownValue(`no released version of the module matches "${call.config.version}"`, at)
    return unknownValue(
      `the module reads this input differently since ${CHANGED_IN[k]} and the version constraint "${call.config.version}" allows both`,
      at,
    )
  }

  // Public access block: a separate resource in the module, present unless attach_public_policy = false.
  const attachPab = r.bool(view, 'attach_public_policy', true, at)
  if (attachPab.state === 'unknown' || attachPab.value) {
    const flag = (input: string): Value<boolean> => {
      const d = versionDefault('bpaFlags')
      return r.present(view, input) ? r.bool(view, input, false, at) : d
    }
    managed.add('aws_s3_bucket_public_access_block')
    b.publicAccessBlock = {
      declared: attachPab.state === 'unknown' ? attachPab : setValue(true, at),
      blockPublicAcls: flag('block_public_acls'),
      ignorePublicAcls: flag('ignore_public_acls'),
      blockPublicPolicy: flag('block_public_policy'),
      restrictPublicBuckets: flag('restrict_public_buckets'),
      at,
    }
  }

  const acl = r.present(view, 'acl')
  if (acl) b.acl.canned = r.stringOf(acl.value, r.attrLoc(view, acl))
  const grants = readInlineGrants(r, view.blocks('grant'))
  if (grants) b.acl.grants = grants

  const controls = r.present(view, 'control_object_ownership')
    ? r.bool(view, 'control_object_ownership', false, at)
    : versionDefault('controlsOwnership')
  if (controls.state === 'unknown' || controls.value) managed.add('aws_s3_bucket_ownership_controls')
  if (controls.state === 'unknown') b.ownership = controls
  else if (controls.value) b.ownership = r.string(view, 'object_ownership', 'BucketOwnerEnforced', controls.at)

  const versioning = view.blocks('versioning')[0]
  if (versioning) {
    managed.add('aws_s3_bucket_versioning')
    const vat = r.blockLoc(versioning)
    b.versioning.at = vat
    // The module's own order: `enabled` (a bool) decides when given; else `status`, read with
    // `tobool` ("true"/"false") and then as `title(lower(...))`; v5 takes neither as "Enabled",
    // earlier versions fail to plan.
    const enabled = r.present(versioning, 'enabled')
    const status = r.present(versioning, 'status')
    const readsStatus = versionDefault('versioningStatus')
    if (enabled) b.versioning.status = mapValue(r.bool(versioning, 'enabled', false, vat), (e) => (e ? 'Enabled' : 'Suspended'))
    else if (readsStatus.state === 'unknown') b.versioning.status = { ...readsStatus, at: status ? r.attrLoc(versioning, status) : vat }
    else if (!readsStatus.value) b.versioning.status = setValue('Disabled', status ? r.attrLoc(versioning, status) : vat)
    else if (status) {
      b.versioning.status = mapValue(r.stringOf(status.value, r.attrLoc(versioning, status)), (s) => {
        const t = s.toLowerCase()
        return t === 'enabled' || t === 'true' ? 'Enabled' : t === 'suspended' || t === 'false' ? 'Suspended' : 'Disabled'
      })
    } else b.versioning.status = defaultValue('Enabled', vat)
    const mfa = r.present(versioning, 'mfa_delete')
    if (mfa) {
      const s = r.stringOf(mfa.value, r.attrLoc(versioning, mfa))
      b.versioning.mfaDelete =
        s.state === 'unknown' ? s : setValue(s.value.toLowerCase() === 'true' || s.value.toLowerCase() === 'enabled', s.at)
    }
  }

  if (view.blocks('logging').length) managed.add('aws_s3_bucket_logging')
  readInlineLogging(r, b, view)

  const sse = view.blocks('server_side_encryption_configuration')[0]
  if (sse) managed.add('aws_s3_bucket_server_side_encryption_configuration')
  if (sse) readEncryptionRules(r, b, sse, r.blockLoc(sse))

  const lifecycle = r.present(view, 'lifecycle_rule')
  if (lifecycle) {
    managed.add('aws_s3_bucket_lifecycle_configuration')
    const rules = view.blocks('lifecycle_rule')
    // The module's map form uses `enabled`; both `days` and `noncurrent_days` appear in the wild.
    b.lifecycle = readLifecycleRules(r, rules, r.attrLoc(view, lifecycle), true)
  }

  const website = view.blocks('website')[0]
  if (website) managed.add('aws_s3_bucket_website_configuration')
  if (website) b.website = readWebsite(r, website, true)

  const attachPolicy = r.bool(view, 'attach_policy', false, at)
  if (attachPolicy.state === 'default' && r.present(view, 'policy')) {
    notes.push(`${id} sets "policy" without "attach_policy = true"; the module does not attach that policy, so it is not checked`)
  }
  if (attachPolicy.state === 'unknown' || attachPolicy.value) {
    const doc = readPolicy(view, 'policy', id)
    if (doc) {
      if (attachPolicy.state === 'unknown')
        doc.unknown = { why: `whether the policy is attached is not known (${attachPolicy.why})`, at: attachPolicy.at }
      b.policies.push(doc)
    }
  }
  for (const [input, statements] of MODULE_POLICIES) {
    const on = r.bool(view, input, false, at)
    if (on.state === 'set' && on.value) b.policies.push({ owner: id, at: on.at, statements: statements(id, on.at) })
    else if (on.state === 'unknown') b.policies.push({ owner: id, at: on.at, statements: [], unknown: { why: on.why, at: on.at } })
  }

  const olEnabled = r.present(view, 'object_lock_enabled')
  if (olEnabled) {
    b.objectLock.enabled = r.bool(view, 'object_lock_enabled', false, at)
    b.objectLock.at = r.attrLoc(view, olEnabled)
  }
  const ol = view.blocks('object_lock_configuration')[0]
  if (ol) managed.add('aws_s3_bucket_object_lock_configuration')
  if (ol) readObjectLockRule(r, b, ol)

  const replication = view.blocks('replication_configuration')[0]
  if (replication) managed.add('aws_s3_bucket_replication_configuration')
  if (replication) b.replication = readReplication(r, replication, 'rules', true)

  const cors = view.blocks('cors_rule')
  if (cors.length) managed.add('aws_s3_bucket_cors_configuration')
  if (cors.length) b.cors = readCorsRules(r, cors, r.blockLoc(cors[0]!))

  const tags = r.present(view, 'tags')
  if (tags && tags.value.k === 'object') for (const [k, v] of tags.value.attrs) b.tags[k] = r.stringOf(v, r.attrLoc(view, tags))
  return b
}
