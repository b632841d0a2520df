/**
 * Reads a `.tf.json` file (HCL's JSON syntax) into the same syntax tree as a `.tf` file, so the
 * evaluator and the model builder never need to know which syntax a module used.
 *
 * Without a provider schema a JSON object cannot be told apart from a nested block; inside
 * resources such objects stay attributes with object values, and the model builder reads a
 * nested block from either form. Top-level structure (`resource`, `module`, `variable`...) and
 * `dynamic` blocks are turned into real blocks. Strings are templates (`"${aws_s3_bucket.b.id}"`),
 * except variable defaults, which are literal values.
 */
import { ownEntry } from '../../../own-entry.js'
import { parseJson } from '../../shared/json-tree.js'
import { exactSize, type SEntry, type SNode } from '../../shared/source-tree.js'
import type { Attribute, Block, Body, Expr, Label, ObjectItem } from './ast.js'
import { parseHcl, parseTemplateText, shiftOffsets, type SyntaxIssue } from './parse.js'

export interface ParsedJsonConfig {
  body: Body
  issues: SyntaxIssue[]
  /** The JSON it was read from (null when the text is not JSON), for edits in the file's own style. */
  root: SNode | null
}

/** Blocks whose first level of keys are labels, and how many labels they take. */
const LABELLED: Record<string, number> = { resource: 2, data: 2, ephemeral: 2, module: 1, variable: 1, output: 1, provider: 1, check: 1 }

export function parseJsonConfig(text: string, options: { maxDepth: number }): ParsedJsonConfig {
  // Repeated keys are kept: a repeated block type (`"resource"` twice) is merged, as Terraform
  // merges it; a repeated argument or object key is an error, the last one read (`lastOfEach`).
  const r = parseJson(text, { maxDepth: options.maxDepth, keepDuplicates: true })
  const issues: SyntaxIssue[] = r.issues.map((i) => ({ offset: i.offset, message: i.message }))
  const empty: Body = { start: 0, end: text.length, attributes: [], blocks: [], items: [] }
  if (!r.root) return { body: empty, issues, root: null }
  if (r.root.kind !== 'map') {
    issues.push({ offset: r.root.start, message: 'A .tf.json file must contain a JSON object' })
    return { body: empty, issues, root: r.root }
  }
  const conv = new Converter(text, issues, options.maxDepth)
  const body: Body = { start: r.root.start, end: r.root.end, attributes: [], blocks: [], items: [] }
  for (const e of r.root.entries) {
    if (e.key === '//') continue
    // Own keys only: a top-level `constructor` is an unknown key, not Object's constructor.
    const labels = ownEntry(LABELLED, e.key)
    if (labels !== undefined) {
      for (const b of conv.labelledBlocks(e, labels)) addItem(body, b)
    } else if (e.key === 'locals' || e.key === 'terraform' || e.key === 'moved' || e.key === 'import' || e.key === 'removed') {
      for (const node of each(e.value)) addItem(body, conv.block(e.key, e, [], node, true))
    } else issues.push({ offset: e.keyStart, message: `Unknown top-level key "${e.key}" in a .tf.json file` })
  }
  return { body: fitBody(body), issues, root: r.root }
}

/**
 * Whether an argument's object (or list of objects) holds a `dynamic` block at some depth, written
 * as Terraform reads one (`"dynamic": {"grant": {"for_each": ..., "content": {...}}}`): it is then a
 * nested block, which the parser cannot tell from an object otherwise.
 */
function holdsDynamic(n: SNode, depth: number): boolean {
  if (depth < 0) return false
  if (n.kind === 'seq') return n.items.some((i) => holdsDynamic(i, depth - 1))
  if (n.kind !== 'map') return false
  return n.entries.some((e) => (e.key === 'dynamic' && isDynamicSpec(e.value)) || holdsDynamic(e.value, depth - 1))
}

function isDynamicSpec(n: SNode): boolean {
  return (
    n.kind === 'map' &&
    n.entries.length > 0 &&
    n.entries.every((d) => each(d.value).every((spec) => spec.kind === 'map' && spec.entries.some((x) => x.key === 'content')))
  )
}

function each(n: SNode): SNode[] {
  return n.kind === 'seq' ? n.items : [n]
}

function fitBody(body: Body): Body {
  body.attributes = exactSize(body.attributes)
  body.blocks = exactSize(body.blocks)
  body.items = exactSize(body.items)
  return body
}

function addItem(body: Body, item: Attribute | Block): void {
  body.items.push(item)
  if (item.kind === 'attribute') body.attributes.push(item)
  else body.blocks.push(item)
}

class Converter {
  constructor(
    private readonly text: string,
    private readonly issues: SyntaxIssue[],
    private readonly maxDepth: number,
  ) {}

  /** `"resource": {"aws_s3_bucket": {"b": {...}}}` → `resource "aws_s3_bucket" "b" {...}` blocks. */
  labelledBlocks(e: SEntry, count: number): Block[] {
    const out: Block[] = []
    const walk = (node: SNode, labels: Label[]) => {
      for (const n of each(node)) {
        if (labels.length === count) {
          // A block whose body is not an object declares nothing we can read: modelling it as an
          // empty block would report settings as missing that were written, only unreadably.
          if (n.kind !== 'map') this.issues.push({ offset: n.start, message: 'Expected a JSON object for this block' })
          else out.push(this.block(e.key, e, labels, n, e.key !== 'variable'))
          continue
        }
        if (n.kind !== 'map') {
          this.issues.push({ offset: n.start, message: `Expected an object of "${e.key}" labels` })
          continue
        }
        for (const c of n.entries) {
          if (c.key === '//') continue
          walk(c.value, [...labels, { value: c.key, start: c.keyStart, end: c.keyEnd }])
        }
      }
    }
    walk(e.value, [])
    return out
  }

  /** A block from a JSON object; `templates` is false for variable bodies (defaults are literal). */
  block(type: string, e: SEntry, labels: Label[], node: SNode, templates: boolean): Block {
    const body = this.body(node, templates, type === 'resource' || type === 'data', type === 'module')
    const last = labels[labels.length - 1]
    return {
      kind: 'block',
      type,
      labels,
      body,
      open: node.start,
      close: Math.max(node.start, node.end - 1),
      start: last ? last.start : e.keyStart,
      end: node.end,
    }
  }

  private body(node: SNode, templates: boolean, resource: boolean, module = false): Body {
    const body: Body = { start: node.start, end: node.end, attributes: [], blocks: [], items: [] }
    if (node.kind !== 'map') {
      this.issues.push({ offset: node.start, message: 'Expected a JSON object for this block' })
      return body
    }
    for (const e of this.lastOfEach(node.entries)) {
      if (e.key === '//') continue
      if (resource && e.key === 'dynamic') {
        for (const b of this.dynamicBlocks(e)) addItem(body, b)
        continue
      }
      if ((resource || module) && e.key === 'lifecycle') {
        for (const b of this.lifecycleBlocks(e, templates)) addItem(body, b)
        continue
      }
      if (resource && (e.key === 'provisioner' || e.key === 'connection')) continue
      if (resource && holdsDynamic(e.value, this.maxDepth)) {
        // Only a block body gives `"dynamic"` its meaning: read as an object, the nested block
        // (`access_control_policy` around a dynamic `grant`) had no grants, and a public one passed.
        for (const b of this.nestedBlocks(e, templates)) addItem(body, b)
        continue
      }
      const expr = (!templates && e.key === 'type' && this.typeExpr(e.value)) || this.expr(e.value, templates && e.key !== 'depends_on', 0)
      addItem(body, {
        kind: 'attribute',
        name: e.key,
        nameEnd: e.keyEnd,
        expr,
        start: e.keyStart,
        end: e.value.end,
      })
    }
    return fitBody(body)
  }

  /**
   * The entries of an object whose keys are arguments or values, a repeated key reported at its
   * repeat and read at its last (as before `keepDuplicates`: Terraform rejects the file).
   * `dynamic` repeats as a block type does.
   */
  private lastOfEach(entries: SEntry[]): SEntry[] {
    if (entries.length < 2) return entries
    const last = new Map<string, number>()
    entries.forEach((e, i) => last.set(e.key, i))
    if (last.size === entries.length) return entries
    const seen = new Set<string>()
    const out: SEntry[] = []
    entries.forEach((e, i) => {
      if (seen.has(e.key) && e.key !== '//') this.issues.push({ offset: e.keyStart, message: `duplicate key "${e.key}"` })
      seen.add(e.key)
      if (last.get(e.key) === i || e.key === 'dynamic') out.push(e)
    })
    return out
  }

  /**
   * `"lifecycle": {"enabled": false}` → `lifecycle { enabled = false }`, only that argument: OpenTofu
   * deploys nothing of the block then. Its other arguments (`ignore_changes`) are not values.
   */
  private lifecycleBlocks(e: SEntry, templates: boolean): Block[] {
    const out: Block[] = []
    for (const n of each(e.value)) {
      if (n.kind !== 'map') continue
      const body: Body = { start: n.start, end: n.end, attributes: [], blocks: [], items: [] }
      for (const s of this.lastOfEach(n.entries)) {
        if (s.key !== 'enabled') continue
        addItem(body, {
          kind: 'attribute',
          name: s.key,
          nameEnd: s.keyEnd,
          expr: this.expr(s.value, templates, 0),
          start: s.keyStart,
          end: s.value.end,
        })
      }
      out.push({
        kind: 'block',
        type: 'lifecycle',
        labels: [],
        body,
        open: n.start,
        close: Math.max(n.start, n.end - 1),
        start: e.keyStart,
        end: n.end,
      })
    }
    return out
  }

  /**
   * A variable's `"type": "object({ acl = optional(string, \"private\") })"`: Terraform reads the
   * string as a type expression. Read as text it was no constraint at all, so optional attributes
   * lacked their defaults and references to them were errors.
   */
  private typeExpr(n: SNode): Expr | undefined {
    if (n.kind !== 'scalar' || typeof n.value !== 'string') return undefined
    const prefix = 'type = '
    const r = parseHcl(`${prefix}${n.value}\n`, { maxDepth: this.maxDepth })
    const a = r.body.attributes[0]
    if (r.issues.length || r.body.items.length !== 1 || !a) return undefined
    // Exact where the string has no JSON escapes, as for templates.
    shiftOffsets(a.expr, n.start + 1 - prefix.length)
    return a.expr
  }

  /** `"access_control_policy": {...}` (or a list of them) → `access_control_policy {...}` blocks. */
  private nestedBlocks(e: SEntry, templates: boolean): Block[] {
    const out: Block[] = []
    for (const n of each(e.value)) {
      if (n.kind !== 'map') continue
      out.push({
        kind: 'block',
        type: e.key,
        labels: [],
        body: this.body(n, templates, true),
        open: n.start,
        close: Math.max(n.start, n.end - 1),
        start: e.keyStart,
        end: n.end,
      })
    }
    return out
  }

  /** `"dynamic": {"rule": {"for_each": ..., "content": {...}}}` → `dynamic "rule" {...}`. */
  private dynamicBlocks(e: SEntry): Block[] {
    const out: Block[] = []
    for (const n of each(e.value)) {
      if (n.kind !== 'map') continue
      for (const d of n.entries) {
        for (const spec of each(d.value)) {
          if (spec.kind !== 'map') continue
          const body: Body = { start: spec.start, end: spec.end, attributes: [], blocks: [], items: [] }
          for (const s of spec.entries) {
            if (s.key === 'content') {
              for (const c of each(s.value)) {
                const inner = this.body(c, true, true)
                addItem(body, {
                  kind: 'block',
                  type: 'content',
                  labels: [],
                  body: inner,
                  open: c.start,
                  close: c.end - 1,
                  start: s.keyStart,
                  end: c.end,
                })
              }
            } else {
              const expr = this.expr(s.value, s.key !== 'iterator', 0)
              addItem(body, {
                kind: 'attribute',
                name: s.key,
                nameEnd: s.keyEnd,
                expr,
                start: s.keyStart,
                end: s.value.end,
              })
            }
          }
          out.push({
            kind: 'block',
            type: 'dynamic',
            labels: [{ value: d.key, start: d.keyStart, end: d.keyEnd }],
            body,
            open: spec.start,
            close: spec.end - 1,
            start: d.keyStart,
            end: spec.end,
          })
        }
      }
    }
    return out
  }

  expr(n: SNode, templates: boolean, depth: number): Expr {
    if (depth > this.maxDepth) return { t: 'invalid', start: n.start, end: n.end }
    switch (n.kind) {
      case 'scalar': {
        if (typeof n.value !== 'string') return { t: 'literal', value: n.value, start: n.start, end: n.end }
        if (!templates || (n.value.indexOf('${') === -1 && n.value.indexOf('%{') === -1)) {
          const value = templates ? n.value.replace(/([$%])\1\{/g, '$1{') : n.value
          return {
            t: 'template',
            form: 'json',
            parts: value ? [{ t: 'lit', value, start: n.start + 1, end: n.end - 1 }] : [],
            start: n.start,
            end: n.end,
          }
        }
        const r = parseTemplateText(n.value, { maxDepth: this.maxDepth })
        // Offsets inside the string map to the file exactly unless it used JSON escapes.
        shiftOffsets(r.expr, n.start + 1)
        r.expr.start = n.start
        r.expr.end = n.end
        for (const i of r.issues) this.issues.push({ offset: n.start + 1 + i.offset, message: i.message })
        return r.expr
      }
      case 'seq':
        return { t: 'tuple', items: n.items.map((i) => this.expr(i, templates, depth + 1)), start: n.start, end: n.end }
      case 'map': {
        const items: ObjectItem[] = []
        for (const e of this.lastOfEach(n.entries)) {
          if (e.key === '//') continue
          const key: Expr = {
            t: 'template',
            form: 'json',
            parts: [{ t: 'lit', value: e.key, start: e.keyStart + 1, end: e.keyEnd - 1 }],
            start: e.keyStart,
            end: e.keyEnd,
          }
          items.push({ key, keyIsIdent: false, value: this.expr(e.value, templates, depth + 1), start: e.keyStart, end: e.value.end })
        }
        return { t: 'object', items: exactSize(items), start: n.start, end: n.end }
      }
    }
  }
}
