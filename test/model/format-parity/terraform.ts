/**
 * Renders a parity case as Terraform: AWS provider v4+ (one resource per setting) and v3 (inline
 * blocks of `aws_s3_bucket`) as `.tf`, and v4 as `.tf.json`. Each renderer records the span of
 * every resource it writes. `scripts/gen-parity-plans.ts` runs `terraform plan` on the `.tf` text.
 */
import {
  bucketName,
  linkedName,
  isChoice,
  isParam,
  paramsOf,
  REPLICATION_ROLE,
  snake,
  type BucketSpec,
  type ParityCase,
  type Setting,
  type Statement,
} from './cases.js'
import type { Rendered } from './cloudformation.js'

/** Terraform expressions, kept abstract until a serializer picks HCL or JSON syntax. */
type Tf = string | number | boolean | Tf[] | { [k: string]: Tf } | Expr
type Expr = { $expr: string } | { $tpl: string } | { $jsonencode: Tf }
type Entry = { attr: string; value: Tf } | { block: string; body: Body }
type Body = Entry[]

const expr = (e: string): Expr => ({ $expr: e })
const tpl = (t: string): Expr => ({ $tpl: t })
const isExpr = (v: unknown): v is Expr =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && ('$expr' in v || '$tpl' in v || '$jsonencode' in v)
const a = (attr: string, value: Tf): Entry => ({ attr, value })
const blk = (block: string, ...body: Body): Entry => ({ block, body })

export interface TfResource {
  type: string
  name: string
  body: Body
  subject: string
}
export interface TfConfig {
  variables: string[]
  resources: TfResource[]
}

function setting(s: Setting): Tf {
  if (isParam(s)) return expr(`var.${snake(s.param)}`)
  if (isChoice(s))
    return expr(`var.${snake(s.ifParam.param)} == ${JSON.stringify(s.equals)} ? ${JSON.stringify(s.then)} : ${JSON.stringify(s.else)}`)
  return s
}
/** The same setting as v3's `enabled` boolean. */
function enabledSetting(s: Setting): Tf {
  if (isParam(s)) return expr(`var.${snake(s.param)} == "Enabled"`)
  if (isChoice(s))
    return expr(`var.${snake(s.ifParam.param)} == ${JSON.stringify(s.equals)} ? ${s.then === 'Enabled'} : ${s.else === 'Enabled'}`)
  return s === 'Enabled'
}

/** `aws_s3_bucket.data`, or `aws_s3_bucket.data[0]` for a bucket made with `count`. */
const address = (c: ParityCase, id: string) => `aws_s3_bucket.${id}${c.buckets.find((b) => b.id === id)?.createIf ? '[0]' : ''}`
const ref = (c: ParityCase, id: string, attr: string) => expr(`${address(c, id)}.${attr}`)
/** Bucket `id` where a name is expected: a reference, or its literal name when the case links by name. */
const bucketId = (c: ParityCase, id: string): Tf => linkedName(c, id) ?? ref(c, id, 'id')
const bucketArn = (c: ParityCase, id: string): Tf => {
  const n = linkedName(c, id)
  return n !== undefined ? `arn:aws:s3:::${n}` : ref(c, id, 'arn')
}
/** `count` of every resource of a bucket that exists only when a parameter says so. */
const countOf = (b: BucketSpec): Body => (b.createIf ? [a('count', expr(`var.${snake(b.createIf.param)} == "true" ? 1 : 0`))] : [])

function policy(statements: Statement[], arn: Tf): Expr {
  const objects = (x: Tf): Tf =>
    isExpr(x) && '$expr' in x ? tpl(`\${${x.$expr}}/*`) : isExpr(x) && '$tpl' in x ? tpl(`${x.$tpl}/*`) : `${x}/*`
  return {
    $jsonencode: {
      Version: '2012-10-17',
      Statement: statements.map((s) => {
        const out: { [k: string]: Tf } = { Sid: s.sid, Effect: s.effect }
        if (typeof s.principal === 'object' && 'not' in s.principal) out.NotPrincipal = s.principal.not
        else out.Principal = s.principal
        out[s.notAction ? 'NotAction' : 'Action'] = s.actions.length === 1 ? s.actions[0]! : s.actions
        const res = s.on.map((o) => (o === 'bucket' ? arn : objects(arn)))
        out.Resource = res.length === 1 ? res[0]! : res
        if (s.condition) out.Condition = s.condition
        return out
      }),
    },
  }
}

function nameValue(c: ParityCase, b: BucketSpec): Tf | undefined {
  const n = bucketName(c, b)
  return n === null ? undefined : isParam(n) ? expr(`var.${snake(n.param)}`) : n
}
/** A literal ARN of a bucket (v3 inline settings cannot reference their own bucket). */
function literalArn(c: ParityCase, b: BucketSpec): Tf {
  const n = bucketName(c, b)
  return isParam(n) ? tpl(`arn:aws:s3:::\${var.${snake(n.param)}}`) : `arn:aws:s3:::${n!}`
}

function sseBlock(b: BucketSpec): Entry {
  const byDefault: Body = [a('sse_algorithm', b.sse!.algorithm)]
  if (b.sse!.kmsKey) byDefault.push(a('kms_master_key_id', b.sse!.kmsKey === 'resource' ? expr(`aws_kms_key.${b.id}.arn`) : b.sse!.kmsKey))
  const rule: Body = [blk('apply_server_side_encryption_by_default', ...byDefault)]
  if (b.sse!.bucketKey !== undefined) rule.push(a('bucket_key_enabled', b.sse!.bucketKey))
  return blk('rule', ...rule)
}

function shared(c: ParityCase, b: BucketSpec, out: TfResource[]): void {
  const bucket = a('bucket', bucketId(c, b.id))
  const push = (type: string, ...body: Body) => out.push({ type, name: b.id, body: [...countOf(b), ...body], subject: b.id })
  if (b.sse?.kmsKey === 'resource')
    out.push({ type: 'aws_kms_key', name: b.id, body: [a('enable_key_rotation', true)], subject: `key:${b.id}` })
  if (b.ownership) push('aws_s3_bucket_ownership_controls', bucket, blk('rule', a('object_ownership', b.ownership)))
  if (b.pab) push('aws_s3_bucket_public_access_block', bucket, ...Object.entries(b.pab).map(([k, v]) => a(snake(k), v)))
  if (b.notifyTopic || b.eventBridge) {
    const body: Body = [bucket]
    if (b.eventBridge) body.push(a('eventbridge', true))
    if (b.notifyTopic)
      body.push(blk('topic', a('topic_arn', expr(`aws_sns_topic.${b.notifyTopic}.arn`)), a('events', ['s3:ObjectCreated:*'])))
    push('aws_s3_bucket_notification', ...body)
  }
}

function others(c: ParityCase, out: TfResource[]): void {
  for (const t of c.topics ?? [])
    out.push({ type: 'aws_sns_topic', name: t, body: [a('name', `parity-${c.name}-${t}`)], subject: `topic:${t}` })
  if (c.trail) {
    const t = c.trail
    out.push({
      type: 'aws_cloudtrail',
      name: t.id,
      subject: `trail:${t.id}`,
      body: [
        a('name', `parity-${c.name}-${t.id}`),
        a('s3_bucket_name', bucketId(c, t.bucket)),
        a('enable_logging', true),
        a('is_multi_region_trail', true),
        a('enable_log_file_validation', true),
        blk(
          'event_selector',
          a('read_write_type', t.readWriteType ?? 'All'),
          a('include_management_events', true),
          blk(
            'data_resource',
            a('type', 'AWS::S3::Object'),
            a(
              'values',
              t.dataEventsFor === 'all'
                ? ['arn:aws:s3']
                : t.dataEventsFor.map((id) => {
                    const arn = bucketArn(c, id)
                    return typeof arn === 'string' ? `${arn}/` : tpl(`\${${address(c, id)}.arn}/`)
                  }),
            ),
          ),
        ),
      ],
    })
  }
}

/** AWS provider v4+: the bucket, and one resource per setting. */
export function tfV4(c: ParityCase): TfConfig {
  const out: TfResource[] = []
  for (const b of c.buckets) {
    const bucket = a('bucket', bucketId(c, b.id))
    const push = (type: string, ...body: Body) => out.push({ type, name: b.id, body: [...countOf(b), ...body], subject: b.id })
    const name = nameValue(c, b)
    const own: Body = name === undefined ? [] : [a('bucket', name)]
    if (b.objectLock) own.push(a('object_lock_enabled', true))
    push('aws_s3_bucket', ...own)
    shared(c, b, out)
    if (b.acl) push('aws_s3_bucket_acl', bucket, a('acl', b.acl))
    if (b.sse) push('aws_s3_bucket_server_side_encryption_configuration', bucket, sseBlock(b))
    if (b.versioning) {
      const conf: Body = [a('status', setting(b.versioning))]
      if (b.mfaDelete) conf.push(a('mfa_delete', 'Enabled'))
      push('aws_s3_bucket_versioning', bucket, blk('versioning_configuration', ...conf))
    }
    if (b.objectLock?.mode) {
      push(
        'aws_s3_bucket_object_lock_configuration',
        bucket,
        blk('rule', blk('default_retention', a('mode', b.objectLock.mode), a('days', b.objectLock.days!))),
      )
    }
    if (b.logging) {
      push(
        'aws_s3_bucket_logging',
        bucket,
        a('target_bucket', bucketId(c, b.logging.target === 'self' ? b.id : b.logging.target)),
        a('target_prefix', b.logging.prefix),
      )
    }
    if (b.lifecycle) {
      push(
        'aws_s3_bucket_lifecycle_configuration',
        bucket,
        ...b.lifecycle.map((r, i) => {
          const rule: Body = [
            a('id', `rule-${i}`),
            a('status', r.disabled ? 'Disabled' : 'Enabled'),
            r.prefix === undefined ? blk('filter') : blk('filter', a('prefix', r.prefix)),
          ]
          if (r.expirationDays !== undefined) rule.push(blk('expiration', a('days', r.expirationDays)))
          if (r.noncurrentDays !== undefined) rule.push(blk('noncurrent_version_expiration', a('noncurrent_days', r.noncurrentDays)))
          if (r.abortDays !== undefined) rule.push(blk('abort_incomplete_multipart_upload', a('days_after_initiation', r.abortDays)))
          return blk('rule', ...rule)
        }),
      )
    }
    if (b.replicationTo) {
      push(
        'aws_s3_bucket_replication_configuration',
        bucket,
        a('role', REPLICATION_ROLE),
        blk(
          'rule',
          a('id', 'all'),
          a('status', 'Enabled'),
          blk('filter'),
          blk('delete_marker_replication', a('status', 'Disabled')),
          blk('destination', a('bucket', bucketArn(c, b.replicationTo))),
        ),
      )
    }
    if (b.website) push('aws_s3_bucket_website_configuration', bucket, blk('index_document', a('suffix', b.website.index)))
    if (b.cors) {
      push(
        'aws_s3_bucket_cors_configuration',
        bucket,
        blk('cors_rule', a('allowed_origins', b.cors.origins), a('allowed_methods', b.cors.methods)),
      )
    }
    if (b.policy) {
      const count: Body = b.policyIf ? [a('count', expr(`var.${snake(b.policyIf.param)} == "true" ? 1 : 0`))] : []
      push('aws_s3_bucket_policy', ...count, bucket, a('policy', policy(b.policy, bucketArn(c, b.id))))
    }
  }
  others(c, out)
  return { variables: paramsOf(c).map((p) => snake(p.param)), resources: out }
}

/** AWS provider v3: settings as inline blocks of `aws_s3_bucket` where v3 had them. */
export function tfV3(c: ParityCase): TfConfig {
  const out: TfResource[] = []
  for (const b of c.buckets) {
    const name = nameValue(c, b)
    const body: Body = [...countOf(b), ...(name === undefined ? [] : [a('bucket', name)])]
    if (b.acl) body.push(a('acl', b.acl))
    if (b.versioning) {
      const v: Body = [a('enabled', enabledSetting(b.versioning))]
      if (b.mfaDelete) v.push(a('mfa_delete', true))
      body.push(blk('versioning', ...v))
    }
    if (b.sse) body.push(blk('server_side_encryption_configuration', sseBlock(b)))
    if (b.objectLock) {
      body.push(
        blk(
          'object_lock_configuration',
          a('object_lock_enabled', 'Enabled'),
          ...(b.objectLock.mode
            ? [blk('rule', blk('default_retention', a('mode', b.objectLock.mode), a('days', b.objectLock.days!)))]
            : []),
        ),
      )
    }
    if (b.logging) {
      // A bucket cannot reference itself: self-logging names the bucket.
      const target = b.logging.target === 'self' ? nameValue(c, b)! : bucketId(c, b.logging.target)
      body.push(blk('logging', a('target_bucket', target), a('target_prefix', b.logging.prefix)))
    }
    for (const [i, r] of (b.lifecycle ?? []).entries()) {
      const rule: Body = [a('id', `rule-${i}`), a('enabled', !r.disabled)]
      if (r.prefix !== undefined) rule.push(a('prefix', r.prefix))
      if (r.abortDays !== undefined) rule.push(a('abort_incomplete_multipart_upload_days', r.abortDays))
      if (r.expirationDays !== undefined) rule.push(blk('expiration', a('days', r.expirationDays)))
      if (r.noncurrentDays !== undefined) rule.push(blk('noncurrent_version_expiration', a('days', r.noncurrentDays)))
      body.push(blk('lifecycle_rule', ...rule))
    }
    if (b.replicationTo) {
      body.push(
        blk(
          'replication_configuration',
          a('role', REPLICATION_ROLE),
          blk('rules', a('id', 'all'), a('status', 'Enabled'), blk('destination', a('bucket', bucketArn(c, b.replicationTo)))),
        ),
      )
    }
    if (b.website) body.push(blk('website', a('index_document', b.website.index)))
    if (b.cors) body.push(blk('cors_rule', a('allowed_origins', b.cors.origins), a('allowed_methods', b.cors.methods)))
    // An inline policy cannot be conditional, nor name a bucket whose name AWS makes up: v3 code
    // used the policy resource for those.
    const separatePolicy = !!b.policyIf || b.name === null
    if (b.policy && !separatePolicy) body.push(a('policy', policy(b.policy, literalArn(c, b))))
    out.push({ type: 'aws_s3_bucket', name: b.id, body, subject: b.id })
    if (b.policy && separatePolicy) {
      out.push({
        type: 'aws_s3_bucket_policy',
        name: b.id,
        subject: b.id,
        body: [
          ...(b.policyIf ? [a('count', expr(`var.${snake(b.policyIf.param)} == "true" ? 1 : 0`))] : countOf(b)),
          a('bucket', bucketId(c, b.id)),
          a('policy', policy(b.policy, bucketArn(c, b.id))),
        ],
      })
    }
    shared(c, b, out)
  }
  others(c, out)
  return { variables: paramsOf(c).map((p) => snake(p.param)), resources: out }
}

// ----- HCL

const PROVIDER_HCL = `terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  access_key                  = "parity"
  secret_key                  = "parity"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}
`

const ident = (k: string) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k)
const hclString = (s: string) => JSON.stringify(s)

function hclExpr(v: Tf, indent: number): string {
  const pad = ' '.repeat(indent)
  if (isExpr(v)) {
    if ('$expr' in v) return v.$expr
    if ('$tpl' in v) return JSON.stringify(v.$tpl)
    return `jsonencode(${hclExpr(v.$jsonencode, indent)})`
  }
  if (typeof v === 'string') return hclString(v)
  if (typeof v !== 'object') return String(v)
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x !== 'object' || isExpr(x))) return `[${v.map((x) => hclExpr(x, indent)).join(', ')}]`
    return `[\n${v.map((x) => `${pad}  ${hclExpr(x, indent + 2)},\n`).join('')}${pad}]`
  }
  const entries = Object.entries(v)
  if (!entries.length) return '{}'
  return `{\n${entries.map(([k, x]) => `${pad}  ${ident(k) ? k : hclString(k)} = ${hclExpr(x, indent + 2)}\n`).join('')}${pad}}`
}

function hclBody(body: Body, indent: number): string {
  const pad = ' '.repeat(indent)
  const width = Math.max(0, ...body.filter((e): e is Extract<Entry, { attr: string }> => 'attr' in e).map((e) => e.attr.length))
  return body
    .map((e) => {
      if ('attr' in e) return `${pad}${e.attr.padEnd(width)} = ${hclExpr(e.value, indent)}\n`
      return e.body.length ? `${pad}${e.block} {\n${hclBody(e.body, indent + 2)}${pad}}\n` : `${pad}${e.block} {}\n`
    })
    .join('')
}

function renderHcl(cfg: TfConfig): { text: string; spans: Map<string, [number, number]> } {
  let text = PROVIDER_HCL
  for (const v of cfg.variables) text += `\nvariable "${v}" {\n  type = string\n}\n`
  const spans = new Map<string, [number, number]>()
  for (const r of cfg.resources) {
    text += '\n'
    const chunk = `resource "${r.type}" "${r.name}" {\n${hclBody(r.body, 2)}}\n`
    spans.set(`${r.type}.${r.name}`, [text.length, text.length + chunk.length])
    text += chunk
  }
  return { text, spans }
}

export function v4Hcl(c: ParityCase): string {
  return renderHcl(tfV4(c)).text
}
export function v3Hcl(c: ParityCase): string {
  return renderHcl(tfV3(c)).text
}

function subjects(cfg: TfConfig): Map<string, string> {
  return new Map(cfg.resources.map((r) => [`${r.type}.${r.name}`, r.subject]))
}

export function renderV4(c: ParityCase): Rendered {
  const cfg = tfV4(c)
  const h = renderHcl(cfg)
  return { files: { 'main.tf': h.text }, spans: { 'main.tf': h.spans }, subjects: subjects(cfg) }
}
export function renderV3(c: ParityCase): Rendered {
  const cfg = tfV3(c)
  const h = renderHcl(cfg)
  return { files: { 'main.tf': h.text }, spans: { 'main.tf': h.spans }, subjects: subjects(cfg) }
}

// ----- Terraform JSON syntax

type Json = string | number | boolean | null | Json[] | { [k: string]: Json }

/** An expression inside `${...}` of a JSON string: HCL syntax on one line. */
function inlineHcl(v: Tf): string {
  if (isExpr(v)) {
    if ('$expr' in v) return v.$expr
    if ('$tpl' in v) return JSON.stringify(v.$tpl)
    return `jsonencode(${inlineHcl(v.$jsonencode)})`
  }
  if (typeof v === 'string') return hclString(v)
  if (typeof v !== 'object') return String(v)
  if (Array.isArray(v)) return `[${v.map(inlineHcl).join(', ')}]`
  return `{${Object.entries(v)
    .map(([k, x]) => `${ident(k) ? k : hclString(k)} = ${inlineHcl(x)}`)
    .join(', ')}}`
}
function jsonValue(v: Tf): Json {
  if (isExpr(v)) {
    if ('$expr' in v) return `\${${v.$expr}}`
    if ('$tpl' in v) return v.$tpl
    return `\${jsonencode(${inlineHcl(v.$jsonencode)})}`
  }
  if (Array.isArray(v)) return v.map(jsonValue)
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonValue(x)]))
  return v
}
function jsonBody(body: Body): { [k: string]: Json } {
  const out: { [k: string]: Json } = {}
  const blocks = new Map<string, Json[]>()
  for (const e of body) {
    if ('attr' in e) out[e.attr] = jsonValue(e.value)
    else {
      const list = blocks.get(e.block) ?? []
      list.push(jsonBody(e.body))
      blocks.set(e.block, list)
      out[e.block] = list.length === 1 ? list[0]! : list
    }
  }
  return out
}

export function renderV4Json(c: ParityCase): Rendered {
  return renderJsonConfig(tfV4(c))
}
export function renderV3Json(c: ParityCase): Rendered {
  return renderJsonConfig(tfV3(c))
}

function renderJsonConfig(cfg: TfConfig): Rendered {
  const indent = (s: string, n: number) => s.replace(/\n/g, '\n' + ' '.repeat(n))
  let text = '{\n'
  text += '  "terraform": { "required_providers": { "aws": { "source": "hashicorp/aws" } } },\n'
  text += '  "provider": { "aws": { "region": "eu-west-1" } },\n'
  if (cfg.variables.length)
    text += `  "variable": {\n${cfg.variables.map((v) => `    ${JSON.stringify(v)}: { "type": "string" }`).join(',\n')}\n  },\n`
  text += '  "resource": {\n'
  const spans = new Map<string, [number, number]>()
  const types = [...new Set(cfg.resources.map((r) => r.type))]
  types.forEach((type, ti) => {
    text += `    ${JSON.stringify(type)}: {\n`
    const rs = cfg.resources.filter((r) => r.type === type)
    rs.forEach((r, ri) => {
      const chunk = `      ${JSON.stringify(r.name)}: ${indent(JSON.stringify(jsonBody(r.body), null, 2), 6)}`
      spans.set(`${r.type}.${r.name}`, [text.length, text.length + chunk.length])
      text += chunk + (ri < rs.length - 1 ? ',\n' : '\n')
    })
    text += `    }${ti < types.length - 1 ? ',' : ''}\n`
  })
  text += '  }\n}\n'
  return { files: { 'main.tf.json': text }, spans: { 'main.tf.json': spans }, subjects: subjects(cfg) }
}
