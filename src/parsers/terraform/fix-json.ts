/**
 * Fix edits of `.tf.json` files (Terraform's JSON syntax), as small JSON edits in the file's own
 * layout. Nested blocks are objects (or a list holding one); a new setting resource goes into
 * the `resource` object that declares the bucket. Strings are templates, so references are
 * written `"${aws_s3_bucket.b.id}"`.
 */
import {
  addMembers,
  appendItem,
  entryHolding,
  nodeAt,
  RawJson,
  removeMember,
  replaceValue,
  type JsonData,
  type JsonStyle,
  type Splice,
} from '../shared/json-edit.js'
import { get, getEntry, type SEntry, type SMap, type SNode } from '../shared/source-tree.js'
import type { Attribute, Block, Expr, ObjectExpr } from './hcl/ast.js'
import { attr } from './hcl/ast.js'
import {
  isBlock,
  referenceIn,
  type Arn,
  type ConfigEditor,
  type FileEdits,
  type FixValue,
  type Scope,
  type Settings,
  type TlsStatementKind,
} from './fix-edits.js'
import { bucketReference, itemAttribute, objectItem, policyDocumentData } from './fix-hcl.js'
import { addStatementToView, encoderFor, viewOfJsonString } from './fix-policy-text.js'
import { tlsDocumentStatement, tlsPolicyStatement } from './fix-tls-statement.js'

function jsonOf(v: FixValue): JsonData {
  if (typeof v !== 'object') return v
  if ('list' in v) return v.list
  if ('ref' in v) return `\${${v.ref}}`
  if ('raw' in v) return new RawJson(v.raw)
  if ('object' in v) return settingsJson(v.object)
  if ('block' in v) return settingsJson(v.block)
  const doc = { Version: '2012-10-17', Statement: [tlsPolicyStatement(v.policy.kind, v.policy.arn, new Set())] }
  // A policy is a string: the document's JSON, escaped into one JSON string.
  return JSON.stringify(doc)
}

function settingsJson(settings: Settings): JsonData {
  return Object.fromEntries(settings.map(([k, v]) => [k, jsonOf(v)]))
}

/** The `sid`/`Sid` values of a list of statements. */
function sids(list: SNode, key: string): Set<string> {
  const out = new Set<string>()
  if (list.kind !== 'seq') return out
  for (const s of list.items) {
    const sid = get(s, key)
    if (sid?.kind === 'scalar' && typeof sid.value === 'string') out.add(sid.value)
  }
  return out
}

export class JsonEditor implements ConfigEditor {
  /** Members to add, per object: added together, so that each gets its comma. */
  private pending = new Map<SMap, { members: [string, JsonData][]; after?: SEntry }>()
  constructor(
    readonly edits: FileEdits,
    private readonly root: SNode | null,
    private readonly blocks: readonly Block[],
    private readonly declared: (type: string, name: string) => boolean,
    private readonly style: JsonStyle,
    /** The resource is in a module other modules call: a value from an input is its callers' (see `HclEditor`). */
    private readonly calledModule = false,
  ) {}

  /** Whether the value of `entry` may be replaced or removed here: in a called module, not one that interpolates an input, a local or an `each` value. */
  private ownValue(entry: SEntry): boolean {
    return !this.calledModule || !/\$\{[^}]*\b(var|local|each)\./.test(this.edits.text.slice(entry.value.start, entry.value.end))
  }

  child(scope: Scope, name: string): Scope | undefined {
    const a = this.attribute(scope, name)
    if (!a) return undefined
    if (a.expr.t === 'object') return a.expr
    // A nested block may be written as a list of objects; like `.tf`, the first one is the block.
    if (a.expr.t === 'tuple' && a.expr.items[0]?.t === 'object') return a.expr.items[0]
    return undefined
  }

  attribute(scope: Scope, name: string): Attribute | undefined {
    if (isBlock(scope)) return attr(scope.body, name)
    const item = objectItem(scope, name)
    return item && itemAttribute(item, name)
  }

  set(scope: Scope, name: string, value: FixValue): void {
    const map = this.mapOf(scope)
    if (!map) return this.edits.refuse()
    const entry = getEntry(map, name)
    if (entry && !this.ownValue(entry)) return this.edits.refuse()
    if (entry) this.splice(replaceValue(this.edits.text, entry, jsonOf(value), this.style))
    else this.add(map, name, jsonOf(value))
  }

  addChild(scope: Scope, name: string, settings: Settings): void {
    this.set(scope, name, { block: settings })
  }

  addResource(bucket: Block, type: string, settings: (ref: string) => Settings): boolean {
    const source = (e: Expr) => this.edits.text.slice(e.start, e.end)
    const ref = bucketReference(bucket, source)
    const resources = this.resourcesHolding(bucket)
    if (!ref || !resources) return false
    let free = ref.name
    for (let i = 2; this.declared(type, free); i++) free = `${ref.name}_${i}`
    // `count` is copied as written (`2`, `"${length(var.names)}"`).
    const meta: Settings = ref.count ? [['count', { raw: ref.count }]] : ref.forEach ? [['for_each', { ref: ref.forEach }]] : []
    const body = settingsJson([...meta, ...settings(ref.ref)])
    const existing = getEntry(resources, type)
    if (!existing) this.add(resources, type, { [free]: body }, entryHolding(resources, bucket.start))
    else if (existing.value.kind === 'map') this.add(existing.value, free, body)
    else return false
    return true
  }

  removeBlock(block: Block): void {
    const resources = this.resourcesHolding(block)
    const byType = resources && entryHolding(resources, block.start)
    if (!resources || !byType || byType.value.kind !== 'map') return this.edits.refuse()
    // The last resource of its type takes the type's key with it; the last of all would leave `"resource": {}`.
    if (byType.value.entries.length > 1) this.splice(removeMember(this.edits.text, byType.value, block.labels[1]!.value))
    else if (resources.entries.length > 1) this.splice(removeMember(this.edits.text, resources, byType.key))
    else this.edits.refuse()
  }

  removeSetting(scope: Scope, name: string): void {
    const map = this.mapOf(scope)
    const entry = map && getEntry(map, name)
    if (entry && !this.ownValue(entry)) return this.edits.refuse()
    this.splice(map && removeMember(this.edits.text, map, name))
  }

  referenceIn(expr: Expr): string | undefined {
    return referenceIn(this.edits.text, expr, true)
  }

  addPolicyStatement(policy: Attribute, kind: TlsStatementKind, arn: Arn): boolean {
    const data = policyDocumentData(this.blocks, this.referenceIn(policy.expr))
    if (data) return this.addDocumentStatement(data, kind, arn)
    if (policy.expr.t !== 'template' || this.edits.text[policy.expr.start] !== '"') return false
    const view = viewOfJsonString(this.edits.text, policy.expr.start, policy.expr.end)
    const splice = view && addStatementToView(view, (taken) => tlsPolicyStatement(kind, arn, taken), encoderFor('json'))
    if (!splice) return false
    this.splice(splice)
    return true
  }

  addDocumentStatement(data: Block, kind: TlsStatementKind, arn: Arn): boolean {
    const map = this.mapOf(data)
    const list = map && getEntry(map, 'statement')
    if (!map || (list && list.value.kind !== 'seq')) return false
    if (list?.value.kind === 'seq')
      this.splice(appendItem(this.edits.text, list.value, tlsDocumentStatement(kind, arn, sids(list.value, 'sid')), this.style))
    else this.add(map, 'statement', [tlsDocumentStatement(kind, arn, new Set())])
    return true
  }

  finish(): void {
    for (const [map, { members, after }] of this.pending) this.splice(addMembers(this.edits.text, map, members, this.style, after))
    this.pending.clear()
  }

  private add(map: SMap, key: string, value: JsonData, after?: SEntry): void {
    const p = this.pending.get(map)
    if (!p) this.pending.set(map, { members: [[key, value]], after })
    else if (p.after !== after || p.members.some(([k]) => k === key)) this.edits.refuse()
    else p.members.push([key, value])
  }

  private splice(s: Splice | undefined): void {
    if (s) this.edits.replace(s.start, s.end, s.text)
    else this.edits.refuse()
  }

  /** The JSON object of a block or of an object value. */
  private mapOf(scope: Block | ObjectExpr): SMap | undefined {
    const n = nodeAt(this.root, isBlock(scope) ? scope.open : scope.start)
    return n?.kind === 'map' ? n : undefined
  }

  /** The `"resource"` object (one of them, when it is a list) that declares `block`. */
  private resourcesHolding(block: Block): SMap | undefined {
    if (this.root?.kind !== 'map') return undefined
    const entry = getEntry(this.root, 'resource')
    if (!entry) return undefined
    const maps = entry.value.kind === 'seq' ? entry.value.items : [entry.value]
    const holding = maps.find((m) => m.start <= block.start && block.start < m.end)
    return holding?.kind === 'map' ? holding : undefined
  }
}
