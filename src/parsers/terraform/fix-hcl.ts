/**
 * Fix edits of `.tf` files, in the file's own style: its indentation, its alignment of `=`. An
 * existing setting is rewritten in place; a missing one is added after the block's attributes; a
 * missing setting resource is appended right after its bucket.
 */
import type { Attribute, Block, Expr, ObjectExpr, ObjectItem } from './hcl/ast.js'
import { attr } from './hcl/ast.js'
import {
  exprSource,
  isBlock,
  literalOf,
  referenceIn,
  type Arn,
  type ConfigEditor,
  type FileEdits,
  type FixValue,
  type Scope,
  type Settings,
  type TlsStatementKind,
} from './fix-edits.js'
import type { Edit } from '../shared/file-edits.js'
import { addStatementToView, encoderFor, viewOfTemplate } from './fix-policy-text.js'
import { freeSid, TLS_STATEMENT, tlsPolicyStatement } from './fix-tls-statement.js'

/** The item `name` of an object constructor (`name = ...` or `"name" = ...`). */
export function objectItem(obj: ObjectExpr, name: string): ObjectItem | undefined {
  return obj.items.find(
    (i) =>
      (i.keyIsIdent && i.key.t === 'var' && i.key.name === name) ||
      (i.key.t === 'template' && i.key.parts.length === 1 && i.key.parts[0]!.t === 'lit' && i.key.parts[0]!.value === name),
  )
}

/** An object item seen as an attribute, so handlers read module inputs and blocks alike. */
export function itemAttribute(item: ObjectItem, name: string): Attribute {
  return {
    kind: 'attribute',
    name,
    nameEnd: item.key.end,
    expr: item.value,
    start: item.start,
    end: item.end,
  }
}

function alignAssignments(lines: string[]): string[] {
  const width = Math.max(...lines.map((l) => (l.includes(' = ') ? l.indexOf(' = ') : 0)))
  return lines.map((l) => {
    const i = l.indexOf(' = ')
    return i > 0 && !l.includes('{') ? `${l.slice(0, i).padEnd(width)}${l.slice(i)}` : l
  })
}

/** The lines of `settings`, one level deep per nested block; runs of attributes aligned, as `terraform fmt` does. */
function settingLines(settings: Settings, step: string): string[] {
  const out: string[] = []
  let run: string[] = []
  const flush = () => {
    out.push(...(run.length > 1 ? alignAssignments(run) : run))
    run = []
  }
  for (const [name, value] of settings) {
    if (typeof value === 'object' && 'block' in value) {
      flush()
      out.push(`${name} {`, ...settingLines(value.block, step).map((l) => step + l), '}')
    } else {
      const [first, ...rest] = valueText(value, step).split('\n')
      run.push(`${name} = ${first}`)
      if (rest.length) {
        // A multi-line value ends the run: `terraform fmt` aligns only single-line neighbours.
        flush()
        out.push(...rest)
      }
    }
  }
  flush()
  return out
}

/** HCL for a value, its continuation lines indented relative to the line it starts on. */
function valueText(v: FixValue, step: string): string {
  if (typeof v === 'boolean') return String(v)
  if (typeof v === 'string') return JSON.stringify(v)
  if ('list' in v) return `[${v.list.map((s) => JSON.stringify(s)).join(', ')}]`
  if ('ref' in v) return v.ref
  if ('raw' in v) return v.raw
  if ('object' in v) return ['{', ...settingLines(v.object, step).map((l) => step + l), '}'].join('\n')
  if ('block' in v) throw new Error('a nested block is not a value')
  const indent = `${step}${step}`
  return [
    'jsonencode({',
    `${step}Version = "2012-10-17"`,
    `${step}Statement = [`,
    `${indent}${hclStatement(v.policy.kind, v.policy.arn, indent, new Set(), step)}`,
    `${step}]`,
    '})',
  ].join('\n')
}

function indented(text: string, indent: string): string {
  return text
    .split('\n')
    .map((l, i) => (i === 0 || l === '' ? l : indent + l))
    .join('\n')
}

/**
 * One indentation step of lines indented by `indent`: a tab in a file indented with tabs (lines of
 * spaces added to it mixed the two), else the two spaces `terraform fmt` writes.
 */
function stepAfter(indent: string): string {
  return indent.endsWith('\t') ? '\t' : '  '
}

function hclArn(arn: Arn): [string, string] {
  if ('ref' in arn) return [arn.ref, `"\${${arn.ref}}/*"`]
  return [JSON.stringify(arn.literal), JSON.stringify(`${arn.literal}/*`)]
}

/** The statement as an HCL object for `jsonencode`, its lines after the first indented by `indent`. */
function hclStatement(kind: TlsStatementKind, arn: Arn, indent: string, taken: ReadonlySet<string>, step = stepAfter(indent)): string {
  const s = TLS_STATEMENT[kind]
  const [bucket, objects] = hclArn(arn)
  const lines = [
    '{',
    `${step}Sid       = "${freeSid(s.sid, taken)}"`,
    `${step}Effect    = "Deny"`,
    `${step}Principal = "*"`,
    `${step}Action    = "s3:*"`,
    `${step}Resource  = [${bucket}, ${objects}]`,
    `${step}Condition = { ${s.test} = { "${s.variable}" = "${s.value}" } }`,
    '}',
  ]
  return lines.map((l, i) => (i === 0 ? l : `${indent}${l}`)).join('\n')
}

function policyDocumentStatement(kind: TlsStatementKind, arn: Arn, indent: string, taken: ReadonlySet<string>): string {
  const s = TLS_STATEMENT[kind]
  const [bucket, objects] = hclArn(arn)
  const t = stepAfter(indent)
  return [
    'statement {',
    `${t}sid       = "${freeSid(s.sid, taken)}"`,
    `${t}effect    = "Deny"`,
    `${t}actions   = ["s3:*"]`,
    `${t}resources = [${bucket}, ${objects}]`,
    `${t}principals {`,
    `${t}${t}type        = "*"`,
    `${t}${t}identifiers = ["*"]`,
    `${t}}`,
    `${t}condition {`,
    `${t}${t}test     = "${s.test}"`,
    `${t}${t}variable = "${s.variable}"`,
    `${t}${t}values   = ["${s.value}"]`,
    `${t}}`,
    '}',
  ]
    .map((l) => `${indent}${l}`)
    .join('\n')
}

/** `jsonencode({ Statement = [...] })` → that tuple. */
function statementTuple(e: Expr): Extract<Expr, { t: 'tuple' }> | undefined {
  if (e.t !== 'call' || e.name !== 'jsonencode' || e.args.length !== 1) return undefined
  const doc = e.args[0]!
  if (doc.t !== 'object') return undefined
  const st = objectItem(doc, 'Statement')
  return st && st.value.t === 'tuple' ? st.value : undefined
}

/** A `name = value` line of a block or an object constructor, as alignment sees it. */
interface AssignmentLine {
  start: number
  nameEnd: number
  valueStart: number
  end: number
  /** The value is a heredoc, which `terraform fmt` aligns as if it were one line. */
  heredoc: boolean
}

const isHeredoc = (e: Expr) => e.t === 'template' && e.form === 'heredoc'

const attributeLine = (item: Block['body']['items'][number]): AssignmentLine | undefined =>
  item.kind === 'attribute'
    ? { start: item.start, nameEnd: item.nameEnd, valueStart: item.expr.start, end: item.end, heredoc: isHeredoc(item.expr) }
    : undefined

const itemLine = (item: ObjectItem): AssignmentLine => ({
  start: item.start,
  nameEnd: item.key.end,
  valueStart: item.value.start,
  end: item.end,
  heredoc: isHeredoc(item.value),
})

interface AlignedGroup {
  column: number
  /** The spaces before `=` of the group's existing lines, by where the line starts. */
  padding: Map<number, Edit>
  added: { edit: Edit; prefix: string; name: string; value: string }[]
}

export class HclEditor implements ConfigEditor {
  /** Alignment groups this fix added settings to, by where the group starts. */
  private readonly groups = new Map<number, AlignedGroup>()

  constructor(
    readonly edits: FileEdits,
    private readonly blocks: readonly Block[],
    /** Does the module of this file already declare `resource "type" "name"`? */
    private readonly declared: (type: string, name: string) => boolean,
    /**
     * The resource is in a module other modules call: a value it takes from an input (`var.acl`,
     * also through a local) is its callers' to change, and writing a literal over it would cut that input for every one.
     */
    private readonly calledModule = false,
  ) {}

  /**
   * Whether the value written at `expr` may be replaced here (see `calledModule`). A local or an
   * `each` value may be an input under another name (`locals { acl = var.acl }`, `for_each = var.buckets`).
   */
  private ownValue(expr: Expr): boolean {
    return !this.calledModule || !/\b(var|local|each)\./.test(exprSource(this.edits.text, expr))
  }

  child(scope: Scope, name: string): Scope | undefined {
    if (isBlock(scope)) {
      const nested = scope.body.blocks.find((b) => b.type === name)
      if (nested) return nested
      const a = attr(scope.body, name)
      return a?.expr.t === 'object' ? a.expr : undefined
    }
    const item = objectItem(scope, name)
    return item?.value.t === 'object' ? item.value : undefined
  }

  attribute(scope: Scope, name: string): Attribute | undefined {
    if (isBlock(scope)) return attr(scope.body, name)
    const item = objectItem(scope, name)
    return item && itemAttribute(item, name)
  }

  set(scope: Scope, name: string, value: FixValue): void {
    const ed = this.edits
    if (!isBlock(scope)) {
      const text = valueText(value, '  ')
      const item = objectItem(scope, name)
      if (item) ed.replace(item.value.start, item.value.end, indented(text, ed.indentAt(item.start)))
      else if (scope.items.length === 0) ed.replace(scope.start, scope.end, `{ ${name} = ${text} }`)
      else {
        const last = scope.items[scope.items.length - 1]!
        if (ed.lineOf(scope.start) === ed.lineOf(last.start)) ed.replace(last.end, last.end, `, ${name} = ${text}`)
        else {
          const indent = ed.indentAt(last.start)
          const value = indented(text, indent)
          const run = value.includes('\n') ? [] : this.oneLineRun(scope.items.map(itemLine), scope.items.length - 1)
          this.insertAligned(run, last.end, `\n${indent}`, name, value)
        }
      }
      return
    }
    const a = attr(scope.body, name)
    const indent = this.innerIndent(scope)
    const text = indented(valueText(value, indent.slice(ed.indentAt(scope.start).length) || '  '), indent)
    if (a) {
      if (!this.ownValue(a.expr)) return ed.refuse()
      ed.replace(a.expr.start, a.expr.end, text)
      return
    }
    const attrs = scope.body.attributes.filter((x) => x.name !== 'count' && x.name !== 'for_each')
    const anchor = attrs[attrs.length - 1]
    const at = ed.lineEndOf(anchor ? anchor.end : scope.open)
    if (scope.close >= 0 && scope.close < at) return ed.refuse()
    // `=` aligned across the run of one-line attributes the new one joins, as `terraform fmt` aligns
    // it: a longer name (`object_lock_enabled`) moves its neighbours' `=` too, or `fmt -check` fails.
    const items = scope.body.items
    const run = anchor && !text.includes('\n') ? this.oneLineRun(items.map(attributeLine), items.indexOf(anchor)) : []
    this.insertAligned(run, at, `\n${indent}`, name, text)
  }

  /**
   * The lines just above `items[last]` and that line itself, each one `name = value` on a line of its
   * own (a heredoc's lines count as one): one alignment group. Empty when `items[last]` is not such a line.
   */
  private oneLineRun(items: readonly (AssignmentLine | undefined)[], last: number): AssignmentLine[] {
    const ed = this.edits
    const oneLine = (a: AssignmentLine | undefined): a is AssignmentLine =>
      a !== undefined &&
      (a.heredoc || ed.lineOf(a.start) === ed.lineOf(a.end)) &&
      /^\s*$/.test(ed.text.slice(ed.lineStartOf(a.start), a.start)) &&
      /^\s*=\s*$/.test(ed.text.slice(a.nameEnd, a.valueStart))
    const end = items[last]
    if (!oneLine(end) || !/^\s*$/.test(ed.text.slice(end.end, ed.lineEndOf(end.end)))) return []
    const run = [end]
    for (let i = last - 1; i >= 0; i--) {
      const a = items[i]
      if (!oneLine(a) || ed.lineOf(a.end) !== ed.lineOf(run[0]!.start) - 1) break
      run.unshift(a)
    }
    return run
  }

  /**
   * Inserts `prefix name = value` at `at`, its `=` in the column of `run` (the group it joins),
   * widened for the longest name. Never narrower than it is: a block aligned for a longer name still
   * to come keeps its column. Settings added to one group by one fix share the column, so a later,
   * longer name moves the earlier ones' `=` as well.
   */
  private insertAligned(run: readonly AssignmentLine[], at: number, prefix: string, name: string, value: string): void {
    const ed = this.edits
    if (!run.length) {
      ed.replace(at, at, `${prefix}${name} = ${value}`)
      return
    }
    let group = this.groups.get(run[0]!.start)
    if (!group) this.groups.set(run[0]!.start, (group = { column: 0, padding: new Map(), added: [] }))
    const eqOf = (a: AssignmentLine) => ed.text.indexOf('=', a.nameEnd) - a.start
    group.column = Math.max(group.column, name.length + 1, ...run.map((a) => Math.max(eqOf(a), a.nameEnd - a.start + 1)))
    const column = group.column
    for (const a of run) {
      const spaces = ' '.repeat(column - (a.nameEnd - a.start))
      const edit = group.padding.get(a.start)
      if (edit) edit.text = spaces
      else if (eqOf(a) < column) group.padding.set(a.start, ed.replace(a.nameEnd, a.start + eqOf(a), spaces))
    }
    group.added.push({ edit: ed.replace(at, at, ''), prefix, name, value })
    for (const a of group.added) a.edit.text = `${a.prefix}${a.name}${' '.repeat(column - a.name.length)}= ${a.value}`
  }

  addChild(scope: Scope, name: string, settings: Settings): void {
    if (!isBlock(scope)) return this.edits.refuse()
    const ed = this.edits
    const indent = this.innerIndent(scope)
    const step = indent.slice(ed.indentAt(scope.start).length) || '  '
    const body = settingLines(settings, step).map((l) => `${indent}${step}${l}`)
    const last = scope.body.items[scope.body.items.length - 1]
    const at = last ? ed.lineEndOf(last.end) : ed.lineEndOf(scope.open)
    this.insertLineIn(scope, at, [`${indent}${name} {`, ...body, `${indent}}`].join('\n'))
  }

  addResource(bucket: Block, type: string, settings: (ref: string) => Settings): boolean {
    const ref = bucketReference(bucket, (e) => exprSource(this.edits.text, e))
    if (!ref || bucket.close < 0) return false
    let free = ref.name
    for (let i = 2; this.declared(type, free); i++) free = `${ref.name}_${i}`
    const meta: Settings = ref.count ? [['count', { raw: ref.count }]] : ref.forEach ? [['for_each', { ref: ref.forEach }]] : []
    // Indented as the bucket's own body is: a file indented with tabs gets a resource indented with tabs.
    const step = this.innerIndent(bucket).slice(this.edits.indentAt(bucket.start).length) || '  '
    const lines = settingLines([...meta, ...settings(ref.ref)], step).map((l) => `${step}${l}`)
    const end = this.edits.lineEndOf(bucket.close)
    this.edits.replace(end, end, `\n\nresource "${type}" "${free}" {\n${lines.join('\n')}\n}`)
    return true
  }

  removeBlock(block: Block): void {
    this.removeLines(block.start, block.end)
  }

  removeSetting(scope: Scope, name: string): void {
    if (!isBlock(scope)) return this.edits.refuse()
    const target = attr(scope.body, name) ?? scope.body.blocks.find((b) => b.type === name)
    if (target && (target.kind !== 'attribute' || this.ownValue(target.expr))) this.removeLines(target.start, target.end)
    else this.edits.refuse()
  }

  referenceIn(expr: Expr): string | undefined {
    return referenceIn(this.edits.text, expr, false)
  }

  addPolicyStatement(policy: Attribute, kind: TlsStatementKind, arn: Arn): boolean {
    const ed = this.edits
    const tuple = statementTuple(policy.expr)
    if (tuple) {
      const last = tuple.items[tuple.items.length - 1]
      if (!last || ed.lineOf(last.start) === ed.lineOf(tuple.start)) return false
      const indent = ed.indentAt(last.start)
      const taken = new Set<string>()
      for (const item of tuple.items) {
        const sid = item.t === 'object' ? objectItem(item, 'Sid') : undefined
        const value = sid && literalOf(sid.value)
        if (value) taken.add(value)
      }
      const after = ed.text.slice(last.end, tuple.end)
      const comma = /^\s*,/.test(after) ? '' : ','
      const end = last.end + (comma ? 0 : after.indexOf(',') + 1)
      ed.replace(end, end, `${comma}\n${indent}${hclStatement(kind, arn, indent, taken)}`)
      return true
    }
    // `data.aws_iam_policy_document.x.json`, also as `"${...}"`: a statement block in the data source.
    const data = policyDocumentData(this.blocks, this.referenceIn(policy.expr))
    if (data) return this.addDocumentStatement(data, kind, arn)
    if (policy.expr.t === 'template') {
      const view = viewOfTemplate(ed.text, policy.expr)
      const splice =
        view &&
        addStatementToView(
          view,
          (taken) => tlsPolicyStatement(kind, arn, taken),
          encoderFor(policy.expr.form === 'heredoc' ? 'heredoc' : 'quoted'),
        )
      if (!splice) return false
      ed.replace(splice.start, splice.end, splice.text)
      return true
    }
    return false
  }

  addDocumentStatement(data: Block, kind: TlsStatementKind, arn: Arn): boolean {
    const ed = this.edits
    if (data.close < 0) return false
    const taken = new Set<string>()
    for (const s of data.body.blocks) {
      const sid = s.type === 'statement' ? attr(s.body, 'sid') : undefined
      const value = sid && literalOf(sid.expr)
      if (value) taken.add(value)
    }
    const last = data.body.items[data.body.items.length - 1]
    const indent = last ? ed.indentAt(last.start) : `${ed.indentAt(data.start)}  `
    const at = last ? ed.lineEndOf(last.end) : ed.lineEndOf(data.open)
    this.insertLineIn(data, at, policyDocumentStatement(kind, arn, indent, taken))
    return true
  }

  finish(): void {}

  /** The indentation step of a body: from its first item, else two spaces more than the block. */
  private innerIndent(block: Block): string {
    const first = block.body.items[0]
    if (first) return this.edits.indentAt(first.start)
    return `${this.edits.indentAt(block.start)}  `
  }

  /**
   * Adds lines at `at` (the end of a line in `block`'s body). When that line also closes the
   * block (`resource "x" "y" { a = 1 }`, or `b = 2 }`), they would land outside it: no edit then.
   */
  private insertLineIn(block: Block, at: number, text: string): void {
    if (block.close >= 0 && block.close < at) this.edits.refuse()
    else this.edits.replace(at, at, `\n${text}`)
  }

  /** Deletes whole lines; only lines of its own: in `resource "x" "y" { acl = "public-read" }` they hold the whole block. */
  private removeLines(start: number, end: number): void {
    const ed = this.edits
    const s = ed.lineStartOf(start)
    let e = ed.lineEndOf(end)
    if (!/^\s*$/.test(ed.text.slice(s, start)) || !/^\s*(#.*|\/\/.*)?$/.test(ed.text.slice(end, e))) return ed.refuse()
    if (e < ed.text.length) e++
    ed.replace(s, e, '')
  }
}

/** How a new resource refers to the bucket declared by `block`, with its count/for_each. */
export function bucketReference(
  block: Block,
  source: (e: Expr) => string,
): { ref: string; name: string; count?: string; forEach?: string } | undefined {
  if (block.type !== 'resource' || block.labels[0]?.value !== 'aws_s3_bucket') return undefined
  const name = block.labels[1]!.value
  const count = attr(block.body, 'count')
  const forEach = attr(block.body, 'for_each')
  if (count) return { ref: `aws_s3_bucket.${name}[count.index]`, name, count: source(count.expr) }
  if (forEach) return { ref: 'each.value', name, forEach: `aws_s3_bucket.${name}` }
  return { ref: `aws_s3_bucket.${name}`, name }
}

/** The `data "aws_iam_policy_document"` block that `reference` (`data.aws_iam_policy_document.x.json`) names. */
export function policyDocumentData(blocks: readonly Block[], reference: string | undefined): Block | undefined {
  const m = reference && /^data\.aws_iam_policy_document\.([A-Za-z0-9_-]+)\.json$/.exec(reference)
  if (!m) return undefined
  return blocks.find((b) => b.type === 'data' && b.labels[0]?.value === 'aws_iam_policy_document' && b.labels[1]?.value === m[1])
}
