/**
 * Fix intents → local edits of `.tf` files, in the file's own style (its indentation, its
 * alignment of `=`). The file is re-parsed and the edit targets the block that holds the
 * finding's location: an existing setting is rewritten in place; a missing setting resource is
 * appended right after its bucket, referencing it. When the fix is not a small local change
 * (a `.tf.json` file, a policy built somewhere else, an unusual shape) no edit is offered.
 */
import type { Finding, FixIntent, TextEdit } from '../../engine/finding.js'
import { LineIndex } from '../shared/line-index.js'
import type { Attribute, Block, Body, Expr } from './hcl/ast.js'
import { attr } from './hcl/ast.js'
import { parseHcl } from './hcl/parse.js'
import { forgetRecentParses, recentParse } from './hcl/recent-parses.js'

interface Edit {
  start: number
  end: number
  text: string
}

class FileEditor {
  readonly lines: LineIndex
  private edits: Edit[] = []
  /** Set when a part of the fix cannot be a clean edit: then the whole fix offers none. */
  private refused = false
  constructor(
    readonly text: string,
    lines?: LineIndex,
    /** Does the module of this file already declare `resource "type" "name"`? */
    readonly declared: (type: string, name: string) => boolean = () => false,
  ) {
    this.lines = lines ?? new LineIndex(text)
  }
  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text })
  }
  refuse(): void {
    this.refused = true
  }
  lineStartOf(offset: number): number {
    return this.lines.lineStart(this.lines.position(offset).line)
  }
  lineEndOf(offset: number): number {
    const e = this.text.indexOf('\n', offset)
    return e === -1 ? this.text.length : e
  }
  /** Leading whitespace of the line holding `offset`. */
  indentAt(offset: number): string {
    const s = this.lineStartOf(offset)
    let e = s
    while (this.text[e] === ' ' || this.text[e] === '\t') e++
    return this.text.slice(s, e)
  }
  toTextEdit(file: string, description: string): TextEdit | undefined {
    if (this.refused || !this.edits.length) return undefined
    const edits = [...this.edits].sort((a, b) => a.start - b.start)
    for (let i = 1; i < edits.length; i++) if (edits[i]!.start < edits[i - 1]!.end) return undefined
    const from = this.lineStartOf(edits[0]!.start)
    const to = this.lineEndOf(Math.max(...edits.map((e) => e.end)))
    let out = ''
    let pos = from
    for (const e of edits) {
      out += this.text.slice(pos, e.start) + e.text
      pos = e.end
    }
    out += this.text.slice(pos, to)
    return {
      file,
      startLine: this.lines.position(from).line,
      endLine: this.lines.position(to).line,
      replacement: out,
      description,
    }
  }
}

/** The indentation step of a body: from its first item, else two spaces more than the block. */
function innerIndent(ed: FileEditor, block: Block): string {
  const first = block.body.items[0]
  if (first) return ed.indentAt(first.start)
  return `${ed.indentAt(block.start)}  `
}

/** Sets `name = value` in a block body: rewrites the expression, or adds a line after the last attribute. */
function setAttribute(ed: FileEditor, block: Block, name: string, value: string): void {
  const a = attr(block.body, name)
  if (a) {
    ed.replace(a.expr.start, a.expr.end, value)
    return
  }
  const indent = innerIndent(ed, block)
  const attrs = block.body.attributes.filter((x) => x.name !== 'count' && x.name !== 'for_each')
  // Align `=` with the neighbouring attributes when they are aligned.
  const anchor = attrs[attrs.length - 1]
  let pad = ' '
  if (anchor) {
    const eq = ed.text.indexOf('=', anchor.nameSpan.end)
    const width = eq - anchor.nameSpan.start
    if (width > name.length) pad = ' '.repeat(width - name.length)
  }
  const line = `${indent}${name}${pad}= ${value}`
  insertLineIn(ed, block, ed.lineEndOf(anchor ? anchor.end : block.open), line)
}

/**
 * Adds lines at `at` (the end of a line in `block`'s body). When that line also closes the
 * block (`resource "x" "y" { a = 1 }`, or `b = 2 }`), they would land outside it: no edit then.
 */
function insertLineIn(ed: FileEditor, block: Block, at: number, text: string): void {
  if (block.close >= 0 && block.close < at) ed.refuse()
  else ed.replace(at, at, `\n${text}`)
}

/** The nested block `type` (the first one), or adds it with `content` lines when missing. */
function nestedBlock(block: Block, type: string): Block | undefined {
  return block.body.blocks.find((b) => b.type === type)
}

function addNestedBlock(ed: FileEditor, block: Block, type: string, lines: string[]): void {
  const indent = innerIndent(ed, block)
  const step = indent.slice(ed.indentAt(block.start).length) || '  '
  const body = lines.map((l) => `${indent}${step}${l}`).join('\n')
  const last = block.body.items[block.body.items.length - 1]
  const at = last ? ed.lineEndOf(last.end) : ed.lineEndOf(block.open)
  insertLineIn(ed, block, at, `${indent}${type} {\n${body}\n${indent}}`)
}

/** Appends `text` (a new top-level block) after `block`. */
function appendAfter(ed: FileEditor, block: Block, text: string): void {
  if (block.close < 0) return
  const end = ed.lineEndOf(block.close)
  ed.replace(end, end, `\n\n${text}`)
}

function exprText(ed: FileEditor, e: Expr): string {
  return ed.text.slice(e.start, e.end)
}

/** How a new resource refers to the bucket declared by `block` (with its count/for_each). */
function bucketReference(ed: FileEditor, block: Block): { meta: string[]; ref: string; name: string } | undefined {
  if (block.type !== 'resource' || block.labels[0]?.value !== 'aws_s3_bucket') return undefined
  const name = block.labels[1]!.value
  const count = attr(block.body, 'count')
  const forEach = attr(block.body, 'for_each')
  if (count) return { meta: [`count = ${exprText(ed, count.expr)}`], ref: `aws_s3_bucket.${name}[count.index]`, name }
  if (forEach) return { meta: [`for_each = aws_s3_bucket.${name}`], ref: 'each.value', name }
  return { meta: [], ref: `aws_s3_bucket.${name}`, name }
}

/**
 * A new resource named after its bucket; `_2`, `_3`... when the module already has one of that
 * name (configuring another bucket), since a second declaration would not validate.
 */
function newResource(ed: FileEditor, type: string, name: string, meta: string[], body: string[]): string {
  let free = name
  for (let i = 2; ed.declared(type, free); i++) free = `${name}_${i}`
  const lines = [...meta, ...body].map((l) => `  ${l}`)
  return `resource "${type}" "${free}" {\n${lines.join('\n')}\n}`
}

const BPA_FLAGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets']

function alignAssignments(lines: string[]): string[] {
  const width = Math.max(...lines.map((l) => (l.includes(' = ') ? l.indexOf(' = ') : 0)))
  return lines.map((l) => {
    const i = l.indexOf(' = ')
    return i > 0 && !l.includes('{') ? `${l.slice(0, i).padEnd(width)}${l.slice(i)}` : l
  })
}

// -------------------------------------------------------------------------------------------------

/** `body` is the whole file's, for a fix that edits another block than the finding's. */
type Handler = (ed: FileEditor, block: Block, intent: FixIntent, line: number, body: Body) => string | undefined

function resourceType(block: Block): string {
  if (block.type === 'resource') return block.labels[0]?.value ?? ''
  if (block.type === 'module') return 'module'
  if (block.type === 'data') return `data.${block.labels[0]?.value ?? ''}`
  return block.type
}

/**
 * The `aws_s3_access_point` of this file that an `aws_s3control_access_point_policy` names: by
 * reference (`aws_s3_access_point.x.arn`, with an instance key) or by the name its ARN ends with.
 */
function policyAccessPoint(ed: FileEditor, body: Body, policy: Block): Block | undefined {
  const arn = attr(policy.body, 'access_point_arn')
  if (!arn) return undefined
  const points = body.blocks.filter((b) => b.type === 'resource' && b.labels[0]?.value === 'aws_s3_access_point' && b.labels.length === 2)
  const ref = /^aws_s3_access_point\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?\.arn$/.exec(exprText(ed, arn.expr))
  if (ref) return points.find((b) => b.labels[1]!.value === ref[1])
  const e = arn.expr
  const last = e.t === 'template' ? e.parts[e.parts.length - 1] : undefined
  const name = last?.t === 'lit' ? /:accesspoint\/([^/:]+)$/.exec(last.value)?.[1] : undefined
  if (name === undefined) return undefined
  const named = points.filter((b) => {
    const n = attr(b.body, 'name')?.expr
    return n?.t === 'template' && n.parts.length === 1 && n.parts[0]!.t === 'lit' && n.parts[0]!.value === name
  })
  return named.length === 1 ? named[0] : undefined
}

const setPublicAccessBlock: Handler = (ed, at, _intent, _line, body) => {
  // A policy written apart from its access point is neutralised on the access point, as an inline one.
  const block = resourceType(at) === 'aws_s3control_access_point_policy' ? policyAccessPoint(ed, body, at) : at
  if (!block) return undefined
  const type = resourceType(block)
  if (type === 'aws_s3_bucket_public_access_block' || type === 'aws_s3_account_public_access_block' || type === 'module') {
    for (const f of BPA_FLAGS) setAttribute(ed, block, f, 'true')
    return 'Turn on all four Block Public Access settings'
  }
  if (type === 'aws_s3_access_point') {
    const pab = nestedBlock(block, 'public_access_block_configuration')
    if (!pab) return undefined
    for (const f of BPA_FLAGS) setAttribute(ed, pab, f, 'true')
    return 'Turn on all four Block Public Access settings of the access point'
  }
  const ref = bucketReference(ed, block)
  if (!ref) return undefined
  appendAfter(
    ed,
    block,
    newResource(
      ed,
      'aws_s3_bucket_public_access_block',
      ref.name,
      ref.meta,
      alignAssignments([`bucket = ${ref.ref}.id`, ...BPA_FLAGS.map((f) => `${f} = true`)]),
    ),
  )
  return 'Add an aws_s3_bucket_public_access_block that turns on all four settings'
}

const setVersioning: Handler = (ed, block, intent) => {
  const type = resourceType(block)
  const field = (intent as { field: string }).field
  const mfa = field === 'versioning.mfaDelete'
  if (type === 'aws_s3_bucket_versioning') {
    const conf = nestedBlock(block, 'versioning_configuration')
    if (!conf) return undefined
    setAttribute(ed, conf, mfa ? 'mfa_delete' : 'status', '"Enabled"')
    return mfa ? 'Turn on MFA delete' : 'Turn on versioning'
  }
  if (type === 'module') {
    const v = attr(block.body, 'versioning')
    if (v && v.expr.t !== 'object') return undefined
    if (v && v.expr.t === 'object') {
      const key = mfa ? 'mfa_delete' : 'enabled'
      const item = v.expr.items.find((i) => i.keyIsIdent && i.key.t === 'var' && i.key.name === key)
      if (item) ed.replace(item.value.start, item.value.end, 'true')
      else if (v.expr.items.length === 0) ed.replace(v.expr.start, v.expr.end, `{ ${key} = true }`)
      else {
        const last = v.expr.items[v.expr.items.length - 1]!
        ed.replace(last.end, last.end, `\n${ed.indentAt(last.start)}${key} = true`)
      }
    } else
      setAttribute(ed, block, 'versioning', mfa ? '{\n    enabled    = true\n    mfa_delete = true\n  }' : '{\n    enabled = true\n  }')
    return mfa ? 'Turn on MFA delete' : 'Turn on versioning'
  }
  if (type !== 'aws_s3_bucket') return undefined
  const inline = nestedBlock(block, 'versioning')
  if (inline) {
    setAttribute(ed, inline, mfa ? 'mfa_delete' : 'enabled', 'true')
    return mfa ? 'Turn on MFA delete' : 'Turn on versioning'
  }
  const ref = bucketReference(ed, block)!
  appendAfter(
    ed,
    block,
    newResource(ed, 'aws_s3_bucket_versioning', ref.name, ref.meta, [
      `bucket = ${ref.ref}.id`,
      'versioning_configuration {',
      `  status${mfa ? '     = "Enabled"' : ' = "Enabled"'}`,
      ...(mfa ? ['  mfa_delete = "Enabled"'] : []),
      '}',
    ]),
  )
  return mfa
    ? 'Add an aws_s3_bucket_versioning with versioning and MFA delete on'
    : 'Add an aws_s3_bucket_versioning that turns versioning on'
}

const setOwnership: Handler = (ed, block) => {
  const type = resourceType(block)
  if (type === 'aws_s3_bucket_ownership_controls') {
    const rule = nestedBlock(block, 'rule')
    if (!rule) return undefined
    setAttribute(ed, rule, 'object_ownership', '"BucketOwnerEnforced"')
    return 'Disable ACLs (object ownership BucketOwnerEnforced)'
  }
  if (type === 'module') {
    setAttribute(ed, block, 'control_object_ownership', 'true')
    setAttribute(ed, block, 'object_ownership', '"BucketOwnerEnforced"')
    return 'Disable ACLs (object ownership BucketOwnerEnforced)'
  }
  const ref = bucketReference(ed, block)
  if (!ref) return undefined
  appendAfter(
    ed,
    block,
    newResource(ed, 'aws_s3_bucket_ownership_controls', ref.name, ref.meta, [
      `bucket = ${ref.ref}.id`,
      'rule {',
      '  object_ownership = "BucketOwnerEnforced"',
      '}',
    ]),
  )
  return 'Add aws_s3_bucket_ownership_controls with BucketOwnerEnforced (ACLs disabled)'
}

const setAcl: Handler = (ed, block) => {
  const a = attr(block.body, 'acl')
  if (!a) return undefined
  ed.replace(a.expr.start, a.expr.end, '"private"')
  return 'Use the private canned ACL'
}

/** `rule { apply_server_side_encryption_by_default { ... } }` inside an SSE resource or v3 block. */
function encryptionRule(container: Block): { rule?: Block; byDefault?: Block } {
  const rule = nestedBlock(container, 'rule')
  return { rule, byDefault: rule && nestedBlock(rule, 'apply_server_side_encryption_by_default') }
}

const setEncryption: Handler = (ed, block, intent) => {
  const field = (intent as { field: string }).field
  const keyOnly = field === 'encryption.bucketKeyEnabled'
  const type = resourceType(block)
  let container: Block | undefined
  if (type === 'aws_s3_bucket_server_side_encryption_configuration') container = block
  else if (type === 'aws_s3_bucket') container = nestedBlock(block, 'server_side_encryption_configuration')
  if (container) {
    const { rule, byDefault } = encryptionRule(container)
    if (!rule) return undefined
    if (!keyOnly) {
      if (byDefault) setAttribute(ed, byDefault, 'sse_algorithm', '"aws:kms"')
      else addNestedBlock(ed, rule, 'apply_server_side_encryption_by_default', ['sse_algorithm = "aws:kms"'])
    }
    setAttribute(ed, rule, 'bucket_key_enabled', 'true')
    return keyOnly ? 'Turn on the S3 Bucket Key' : 'Encrypt with SSE-KMS and the S3 Bucket Key'
  }
  if (type !== 'aws_s3_bucket') return undefined
  const ref = bucketReference(ed, block)!
  appendAfter(
    ed,
    block,
    newResource(ed, 'aws_s3_bucket_server_side_encryption_configuration', ref.name, ref.meta, [
      `bucket = ${ref.ref}.id`,
      'rule {',
      '  apply_server_side_encryption_by_default {',
      '    sse_algorithm = "aws:kms"',
      '  }',
      '  bucket_key_enabled = true',
      '}',
    ]),
  )
  return 'Add default encryption with SSE-KMS and the S3 Bucket Key'
}

/** `blocked_encryption_types = ["SSE-C"]` in the encryption rule (AWS provider v6). */
const blockSseC: Handler = (ed, block) => {
  const type = resourceType(block)
  if (type === 'aws_s3_bucket_server_side_encryption_configuration') {
    const rule = nestedBlock(block, 'rule')
    if (!rule) return undefined
    setAttribute(ed, rule, 'blocked_encryption_types', '["SSE-C"]')
    return 'Block uploads encrypted with customer-provided keys (SSE-C)'
  }
  if (type !== 'aws_s3_bucket' || nestedBlock(block, 'server_side_encryption_configuration')) return undefined
  const ref = bucketReference(ed, block)!
  // AES256 is what S3 applies anyway when nothing is configured, so only the blocking changes.
  appendAfter(
    ed,
    block,
    newResource(ed, 'aws_s3_bucket_server_side_encryption_configuration', ref.name, ref.meta, [
      `bucket = ${ref.ref}.id`,
      'rule {',
      '  apply_server_side_encryption_by_default {',
      '    sse_algorithm = "AES256"',
      '  }',
      '  blocked_encryption_types = ["SSE-C"]',
      '}',
    ]),
  )
  return 'Block uploads encrypted with customer-provided keys (SSE-C)'
}

const setObjectLock: Handler = (ed, block) => {
  if (resourceType(block) !== 'aws_s3_bucket') return undefined
  const v3 = nestedBlock(block, 'object_lock_configuration')
  if (v3) setAttribute(ed, v3, 'object_lock_enabled', '"Enabled"')
  else setAttribute(ed, block, 'object_lock_enabled', 'true')
  return 'Enable Object Lock (this replaces an existing bucket)'
}

const setTrail: Handler = (ed, block, intent) => {
  if (resourceType(block) !== 'aws_cloudtrail') return undefined
  const field = (intent as { field: string }).field
  if (field === 'logFileValidation') {
    setAttribute(ed, block, 'enable_log_file_validation', 'true')
    return 'Turn on log file validation'
  }
  if (field === 'isMultiRegion') {
    setAttribute(ed, block, 'is_multi_region_trail', 'true')
    return 'Make the trail multi-region'
  }
  return undefined
}

const remove: Handler = (ed, block, intent, line) => {
  const field = (intent as { field: string }).field
  const type = resourceType(block)
  const removeLines = (start: number, end: number) => {
    const s = ed.lineStartOf(start)
    let e = ed.lineEndOf(end)
    // Only lines of its own: in `resource "x" "y" { acl = "public-read" }` they hold the whole block.
    if (!/^\s*$/.test(ed.text.slice(s, start)) || !/^\s*(#.*|\/\/.*)?$/.test(ed.text.slice(end, e))) return ed.refuse()
    if (e < ed.text.length) e++
    ed.replace(s, e, '')
  }
  if (field === 'website') {
    if (type === 'aws_s3_bucket_website_configuration') {
      removeLines(block.start, block.end)
      return 'Remove the static website configuration'
    }
    const w = nestedBlock(block, 'website')
    if (!w) return undefined
    removeLines(w.start, w.end)
    return 'Remove the static website configuration'
  }
  if (field === 'acl.canned') {
    if (type === 'aws_s3_bucket_acl' && !nestedBlock(block, 'access_control_policy')) {
      removeLines(block.start, block.end)
      return 'Remove the bucket ACL resource (ACLs stay disabled)'
    }
    const a = attr(block.body, 'acl')
    if (!a || ed.lines.position(a.start).line !== line) return undefined
    removeLines(a.start, a.end)
    return 'Remove the canned ACL'
  }
  return undefined
}

// ----- policy statements

const TLS_STATEMENT = {
  'deny-insecure-transport': { sid: 'DenyInsecureTransport', test: 'Bool', variable: 'aws:SecureTransport', value: 'false' },
  'deny-old-tls': { sid: 'DenyOutdatedTLS', test: 'NumericLessThan', variable: 's3:TlsVersion', value: '1.2' },
} as const

/** The bucket ARN expression for a policy whose `bucket` argument is `expr`. */
function arnFor(ed: FileEditor, bucketExpr: Expr | undefined): string | undefined {
  if (!bucketExpr) return undefined
  const t = exprText(ed, bucketExpr)
  const m = /^(aws_s3_bucket\.[A-Za-z0-9_-]+(?:\[[^\]]+\])?)\.(id|bucket)$/.exec(t)
  if (m) return `${m[1]}.arn`
  if (/^module\.[A-Za-z0-9_-]+\.s3_bucket_id$/.test(t)) return t.replace(/s3_bucket_id$/, 's3_bucket_arn')
  if (bucketExpr.t === 'template' && bucketExpr.parts.length === 1 && bucketExpr.parts[0]!.t === 'lit')
    return `"arn:aws:s3:::${bucketExpr.parts[0]!.value}"`
  if (bucketExpr.t === 'template' && bucketExpr.parts.length === 0) return undefined
  return undefined
}

function hclStatement(kind: keyof typeof TLS_STATEMENT, arn: string, indent: string): string {
  const s = TLS_STATEMENT[kind]
  const objects = arn.startsWith('"') ? `${arn.slice(0, -1)}/*"` : `"\${${arn}}/*"`
  const lines = [
    '{',
    `  Sid       = "${s.sid}"`,
    '  Effect    = "Deny"',
    '  Principal = "*"',
    '  Action    = "s3:*"',
    `  Resource  = [${arn}, ${objects}]`,
    `  Condition = { ${s.test} = { "${s.variable}" = "${s.value}" } }`,
    '}',
  ]
  return lines.map((l, i) => (i === 0 ? l : `${indent}${l}`)).join('\n')
}

function policyDocumentStatement(kind: keyof typeof TLS_STATEMENT, arn: string, indent: string): string {
  const s = TLS_STATEMENT[kind]
  const objects = arn.startsWith('"') ? `${arn.slice(0, -1)}/*"` : `"\${${arn}}/*"`
  return [
    'statement {',
    `  sid       = "${s.sid}"`,
    '  effect    = "Deny"',
    '  actions   = ["s3:*"]',
    `  resources = [${arn}, ${objects}]`,
    '  principals {',
    '    type        = "*"',
    '    identifiers = ["*"]',
    '  }',
    '  condition {',
    `    test     = "${s.test}"`,
    `    variable = "${s.variable}"`,
    `    values   = ["${s.value}"]`,
    '  }',
    '}',
  ]
    .map((l) => `${indent}${l}`)
    .join('\n')
}

function findStatementTuple(e: Expr): Extract<Expr, { t: 'tuple' }> | undefined {
  if (e.t !== 'call' || e.name !== 'jsonencode' || e.args.length !== 1) return undefined
  const doc = e.args[0]!
  if (doc.t !== 'object') return undefined
  const st = doc.items.find(
    (i) =>
      (i.key.t === 'var' && i.key.name === 'Statement') ||
      (i.key.t === 'template' && i.key.parts.length === 1 && i.key.parts[0]!.t === 'lit' && i.key.parts[0]!.value === 'Statement'),
  )
  return st && st.value.t === 'tuple' ? st.value : undefined
}

/** Whether the file declares any bucket policy; asked once per bucket finding, so remembered per parse. */
const bucketPolicyIn = new WeakMap<Body, boolean>()
function hasBucketPolicy(body: Body): boolean {
  let has = bucketPolicyIn.get(body)
  if (has === undefined) {
    has = body.blocks.some((b) => b.type === 'resource' && b.labels[0]?.value === 'aws_s3_bucket_policy')
    bucketPolicyIn.set(body, has)
  }
  return has
}

function addPolicyStatement(
  ed: FileEditor,
  body: Body,
  blocks: Block[],
  block: Block,
  intent: Extract<FixIntent, { kind: 'add-policy-statement' }>,
): string | undefined {
  const type = resourceType(block)
  const description =
    intent.statement === 'deny-insecure-transport' ? 'Deny requests that do not use TLS' : 'Deny requests that use TLS older than 1.2'
  const insertIntoPolicy = (policyAttr: Attribute | undefined, arn: string | undefined): string | undefined => {
    if (!policyAttr || !arn) return undefined
    const tuple = findStatementTuple(policyAttr.expr)
    if (tuple) {
      const last = tuple.items[tuple.items.length - 1]
      if (!last) return undefined
      const indent = ed.indentAt(last.start)
      const sameLine = ed.lines.position(last.start).line === ed.lines.position(tuple.start).line
      if (sameLine) return undefined
      const after = ed.text.slice(last.end, tuple.end)
      const comma = /^\s*,/.test(after) ? '' : ','
      const end = last.end + (comma ? 0 : after.indexOf(',') + 1)
      ed.replace(end, end, `${comma}\n${indent}${hclStatement(intent.statement, arn, indent)}`)
      return description
    }
    // `policy = data.aws_iam_policy_document.x.json`: add a statement block to the data source.
    const m = /^data\.aws_iam_policy_document\.([A-Za-z0-9_-]+)\.json$/.exec(exprText(ed, policyAttr.expr))
    if (m) {
      const data = blocks.find((b) => b.type === 'data' && b.labels[0]?.value === 'aws_iam_policy_document' && b.labels[1]?.value === m[1])
      if (!data || data.close < 0) return undefined
      const last = data.body.items[data.body.items.length - 1]
      const indent = last ? ed.indentAt(last.start) : `${ed.indentAt(data.start)}  `
      const at = last ? ed.lineEndOf(last.end) : ed.lineEndOf(data.open)
      insertLineIn(ed, data, at, policyDocumentStatement(intent.statement, arn, indent))
      return description
    }
    return undefined
  }
  if (type === 'aws_s3_bucket_policy') return insertIntoPolicy(attr(block.body, 'policy'), arnFor(ed, attr(block.body, 'bucket')?.expr))
  if (type === 'aws_s3_bucket') {
    const policy = attr(block.body, 'policy')
    const ref = bucketReference(ed, block)!
    if (policy) return insertIntoPolicy(policy, `${ref.ref}.arn`)
    // No policy in this bucket: add a bucket policy resource (the rule only asks when none exists).
    if (hasBucketPolicy(body)) return undefined
    const indent = '      '
    appendAfter(
      ed,
      block,
      newResource(ed, 'aws_s3_bucket_policy', ref.name, ref.meta, [
        `bucket = ${ref.ref}.id`,
        'policy = jsonencode({',
        '  Version = "2012-10-17"',
        '  Statement = [',
        `    ${hclStatement(intent.statement, `${ref.ref}.arn`, indent.slice(2))}`,
        '  ]',
        '})',
      ]),
    )
    return `${description} (new bucket policy)`
  }
  if (type === 'module') {
    const input =
      intent.statement === 'deny-insecure-transport' ? 'attach_deny_insecure_transport_policy' : 'attach_require_latest_tls_policy'
    setAttribute(ed, block, input, 'true')
    return description
  }
  return undefined
}

// -------------------------------------------------------------------------------------------------

/**
 * Fixes are rendered finding by finding, often many for one file: parse each text once (or reuse
 * the parse made when the unit was loaded) and index its lines once.
 */
interface ParsedText {
  parsed: ReturnType<typeof parseHcl>
  lines: LineIndex
  /** First and last line of each top-level block, to find the one holding a finding. */
  spans: { block: Block; from: number; to: number }[]
}
/** Per unit, for the reason given in recent-parses.ts. */
let parsedTexts = new Map<string, ParsedText>()
/** `type.name` of the resources each directory's `.tf` files declare, per set of texts (a unit's). */
let declaredByDir = new WeakMap<Map<string, string>, Map<string, Set<string>>>()

/** Called when a unit is done: its parses must not live on into the next units (recent-parses.ts). */
export function forgetFixParses(): void {
  parsedTexts = new Map()
  declaredByDir = new WeakMap()
  forgetRecentParses()
}

/** The resources declared by the `.tf` files beside `file` (its module), read once per directory. */
function declaredBeside(file: string, texts: Map<string, string>): (type: string, name: string) => boolean {
  const dirOf = (f: string) => f.slice(0, Math.max(f.lastIndexOf('/'), 0))
  const dir = dirOf(file)
  return (type, name) => {
    let byDir = declaredByDir.get(texts)
    if (!byDir) declaredByDir.set(texts, (byDir = new Map()))
    let set = byDir.get(dir)
    if (!set) {
      set = new Set()
      for (const [f, text] of texts) {
        if (!/\.tf$/i.test(f) || dirOf(f) !== dir) continue
        for (const b of parseCached(text).parsed.body.blocks)
          if (b.type === 'resource' && b.labels.length === 2) set.add(`${b.labels[0]!.value}.${b.labels[1]!.value}`)
      }
      byDir.set(dir, set)
    }
    return set.has(`${type}.${name}`)
  }
}
/**
 * The first top-level block whose lines hold `line`. Blocks come in file order, so a binary
 * search: one `find` per finding over every block made a file with thousands of buckets
 * quadratic (an 8 MB .tf took 8 s to render its fixes, 50 MB over two minutes).
 */
function spanAt<S extends { from: number; to: number }>(spans: readonly S[], line: number): S | undefined {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = spans[mid]!
    if (line < s.from) hi = mid - 1
    else if (line > s.to) lo = mid + 1
    else {
      // Several blocks on one line: the first, as a linear search would find.
      let first = mid
      while (first > 0 && spans[first - 1]!.from <= line && line <= spans[first - 1]!.to) first--
      return spans[first]
    }
  }
  return undefined
}

function parseCached(text: string): ParsedText {
  let p = parsedTexts.get(text)
  if (!p) {
    const parsed = recentParse(text) ?? parseHcl(text, { maxDepth: 200 })
    const lines = new LineIndex(text)
    const spans = parsed.body.blocks.map((block) => ({ block, from: lines.position(block.start).line, to: lines.position(block.end).line }))
    p = { parsed, lines, spans }
    parsedTexts.set(text, p)
  }
  return p
}

export function renderTerraformFix(finding: Finding, texts: Map<string, string>): TextEdit | undefined {
  const intent = finding.fix
  const file = finding.location.file
  if (!intent || !/\.tf$/i.test(file)) return undefined
  const text = texts.get(file)
  if (text === undefined) return undefined
  const { parsed, lines, spans } = parseCached(text)
  // Editing a file we could not fully parse risks damaging it.
  if (parsed.issues.length) return undefined
  const ed = new FileEditor(text, lines, declaredBeside(file, texts))
  const line = finding.location.line
  const block = spanAt(spans, line)?.block
  if (!block) return undefined
  let description: string | undefined
  if (intent.kind === 'add-policy-statement') description = addPolicyStatement(ed, parsed.body, parsed.body.blocks, block, intent)
  else if (intent.kind === 'remove') description = remove(ed, block, intent, line, parsed.body)
  else {
    const field = intent.field
    const handler: Handler | undefined =
      field === 'publicAccessBlock'
        ? setPublicAccessBlock
        : field === 'versioning.status' || field === 'versioning.mfaDelete'
          ? setVersioning
          : field === 'ownership'
            ? setOwnership
            : field === 'acl.canned'
              ? setAcl
              : field === 'encryption' || field === 'encryption.bucketKeyEnabled'
                ? setEncryption
                : field === 'encryption.blockedEncryptionTypes'
                  ? blockSseC
                  : field === 'objectLock.enabled'
                    ? setObjectLock
                    : field === 'logFileValidation' || field === 'isMultiRegion'
                      ? setTrail
                      : undefined
    description = handler?.(ed, block, intent, line, parsed.body)
  }
  return description ? ed.toTextEdit(file, description) : undefined
}
