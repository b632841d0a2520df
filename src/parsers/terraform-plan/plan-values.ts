/**
 * A resource's planned values → the evaluator's values, so the Terraform model builder reads a plan
 * exactly like HCL:
 * - `(known after apply)` (`after_unknown: true`) becomes `unknown`;
 * - a sensitive value (`true` in `after_sensitive` or `sensitive_values`, at a leaf or over a whole
 *   subtree) becomes `unknown` too: the plan holds it in plain text, and a finding quoting it
 *   would publish it;
 * - with the plan's `configuration`, only attributes the configuration writes are kept, so a
 *   provider default reads as "not written" (`default`) as it does from HCL;
 * - each value points at its `.tf` attribute when the sources were found, else at the plan.
 */
import type { SNode } from '../shared/source-tree.js'
import { get } from '../shared/source-tree.js'
import { bool, list, nul, num, obj, unknown, type Origin, type TfValue } from '../terraform/eval/value.js'
import { findAttr, findNested, type TfPlace } from './source-map.js'

export interface ConvertContext {
  /** File number of the plan. */
  planF: number
  /** The resource's address, to name a sensitive value's path. */
  address: string
  /** Registers a value the plan marks sensitive (`SensitiveTexts.mark`). */
  markSensitive(v: TfValue, what: string, at: Origin): TfValue
  /**
   * Placeholder for an attribute whose configuration references a bucket (`target_bucket =
   * aws_s3_bucket.logs.id`); `planned` is its planned value, which names the bucket when known.
   */
  bucketPlaceholder(expr: SNode | undefined, attrName: string, planned: SNode | undefined): TfValue | undefined
  /**
   * For a value known only after apply: the placeholder HCL gives the one resource attribute the
   * configuration references (`kms_master_key_id = aws_kms_key.k.arn` is "the ARN of key k").
   */
  computedPlaceholder?(expr: SNode | undefined): TfValue | undefined
  /** A string of the plan, with the ARNs of the plan's buckets turned back into placeholders. */
  text(s: string, at: Origin): TfValue
  /**
   * Top-level nested blocks of this resource type that the provider never computes, so a planned
   * one is always written in the configuration (used when the `.tf` sources are not there).
   */
  writtenBlocks?: ReadonlySet<string>
  /**
   * The resource is created by this plan. The provider then plans every computed block the
   * configuration does not write as known after apply, so a known one was written.
   */
  created?: boolean
}

const isMap = (n: SNode | undefined): n is Extract<SNode, { kind: 'map' }> => n?.kind === 'map'

/**
 * The sensitivity masks over one value (`after_sensitive` of its change, `sensitive_values` of its
 * planned values): each has the value's shape, `true` where the value is sensitive, and a
 * `true` covers all below it. Either one marking it is enough.
 */
type Masks = readonly SNode[]

const isTrue = (n: SNode | undefined): boolean => n?.kind === 'scalar' && n.value === true
const hiddenHere = (masks: Masks): boolean => masks.some(isTrue)
function maskAt(masks: Masks, key: string | number): Masks {
  const out: SNode[] = []
  for (const m of masks) {
    const child = typeof key === 'number' ? (m.kind === 'seq' ? m.items[key] : undefined) : isMap(m) ? get(m, key) : undefined
    if (child) out.push(child)
  }
  return out
}

/**
 * Terraform leaves `dynamic` blocks out of the configuration's expressions (it reads only what the
 * schema names), so a nested block missing there may still be written: the `.tf` body says so when
 * it is there; without it, a planned block is written when the provider never computes it, or when
 * the resource is being created and its content is already known.
 */
function writtenDynamically(ctx: ConvertContext, key: string, value: SNode | undefined, place: TfPlace | undefined, top: boolean): boolean {
  if (place) return place.body.blocks.some((b) => b.type === 'dynamic' && b.labels[0]?.value === key)
  const blocks = value?.kind === 'seq' && value.items.length > 0 && value.items.every((i) => i.kind === 'map')
  if (!blocks) return false
  return ctx.created === true || (top && ctx.writtenBlocks?.has(key) === true)
}

function planOrigin(ctx: ConvertContext, n: SNode): Origin {
  return { f: ctx.planF, s: n.start, e: n.end }
}

/**
 * A JSON value as a plain value (policy strings, tags...), positions in the plan; sensitive parts
 * unknown, and so are the parts `after_unknown` marks (`unknownMask`, the value's shape): an
 * element known only after apply is `null` in a planned list (`values = ["${aws_s3_bucket.b.arn}/"]`
 * plans `[null]`) and left out of a planned map, and read as written it passed for "no value".
 */
function scalarTree(ctx: ConvertContext, n: SNode, at: (n: SNode) => Origin, masks: Masks, path: string, unknownMask?: SNode): TfValue {
  if (isTrue(unknownMask)) return unknown('known after apply', at(n))
  if (hiddenHere(masks))
    return ctx.markSensitive(scalarTree(ctx, n, at, [], path, unknownMask), `${ctx.address}.${path} in the plan`, at(n))
  switch (n.kind) {
    case 'scalar':
      if (n.value === null) return nul(at(n))
      if (typeof n.value === 'string') return ctx.text(n.value, at(n))
      return typeof n.value === 'number' ? num(n.value, at(n)) : bool(n.value, at(n))
    case 'seq': {
      const itemMasks = unknownMask?.kind === 'seq' ? unknownMask.items : undefined
      return list(
        n.items.map((item, i) => scalarTree(ctx, item, at, maskAt(masks, i), `${path}[${i}]`, itemMasks?.[i])),
        at(n),
      )
    }
    case 'map': {
      const entries = new Map<string, TfValue>(
        n.entries.map((e) => [e.key, scalarTree(ctx, e.value, at, maskAt(masks, e.key), `${path}.${e.key}`, get(unknownMask, e.key))]),
      )
      // Planned maps leave out the keys whose values are known only after apply.
      if (isMap(unknownMask))
        for (const e of unknownMask.entries)
          if (!entries.has(e.key) && isTrue(e.value)) entries.set(e.key, unknown('known after apply', at(n)))
      return obj(entries, at(n))
    }
  }
}

/** Blocks compared, at most, to match the planned blocks of one list to the written ones. */
const MATCH_BUDGET = 100_000

/**
 * Whether a nested block's configuration expressions may be those of a planned block: every
 * scalar constant written in it (`constant_value`) is the planned value, and each nested block written
 * in it agrees with one of the planned ones. A value built from references says nothing.
 */
function agrees(expr: SNode, value: SNode, budget: { left: number }, depth = 0): boolean {
  // Past its budget (a hostile plan of thousands of blocks in thousands) nothing agrees, and the
  // blocks are matched to none.
  if (--budget.left < 0) return false
  if (depth > 32 || !isMap(expr) || !isMap(value)) return isMap(expr) === isMap(value)
  for (const e of expr.entries) {
    const planned = get(value, e.key)
    if (e.value.kind === 'seq') {
      if (planned === undefined || planned.kind !== 'seq') return false
      if (!e.value.items.every((x) => planned.items.some((p) => agrees(x, p, budget, depth + 1)))) return false
      continue
    }
    // Scalars only: a written list or map (tags) may be large, and its scalars tell blocks apart enough.
    const constant = get(e.value, 'constant_value')
    if (constant?.kind !== 'scalar' || planned?.kind !== 'scalar') continue
    if (String(constant.value) !== String(planned.value)) return false
  }
  return true
}

/**
 * For each planned nested block, the index of the written block it is (its configuration
 * expressions, its static block in the `.tf` body), or undefined for none known. Item i is the
 * i-th written block only when every planned block was written, one for one, and they agree:
 * the blocks of a set (`grant`, in the order Terraform sorts them) are matched by what they hold,
 * one candidate each. Blocks a `dynamic` block makes (left out of the configuration) are matched
 * to none, and then neither is any other of the list: given another block's expressions, a
 * planned block lost every attribute that one does not write (`uri` of an AllUsers grant, the
 * `data_resource` of a trail's event selector), and pointed at its line.
 */
function writtenOrder(exprItems: readonly SNode[], items: readonly SNode[], dynamicHere: boolean): (number | undefined)[] | undefined {
  if (dynamicHere || exprItems.length !== items.length) return undefined
  const budget = { left: MATCH_BUDGET }
  if (items.every((item, i) => agrees(exprItems[i]!, item, budget))) return items.map((_, i) => i)
  const out: number[] = []
  const used = new Set<number>()
  for (const item of items) {
    const candidates = exprItems.flatMap((x, j) => (!used.has(j) && agrees(x, item, budget) ? [j] : []))
    if (candidates.length !== 1) return undefined
    used.add(candidates[0]!)
    out.push(candidates[0]!)
  }
  return out
}

/**
 * Converts the `values` object of one resource (or nested block).
 * `expressions`: the matching `configuration` expressions object (undefined: keep everything).
 * `fallback`: where values without a `.tf` attribute point; `inTf` when that is a `.tf` location
 * (an enclosing block was found), so nothing falls back to the plan file. `sensitive`: the
 * sensitivity masks over `values`, `path` the logical path of `values` in the resource.
 */
export function convertObject(
  ctx: ConvertContext,
  values: SNode | undefined,
  mask: SNode | undefined,
  expressions: SNode | undefined,
  place: TfPlace | undefined,
  fallback: Origin,
  inTf: boolean,
  sensitive: Masks = [],
  path = '',
): TfValue {
  const top = path === ''
  const attrs = new Map<string, TfValue>()
  const keys = new Set<string>()
  if (isMap(values)) for (const e of values.entries) keys.add(e.key)
  if (isMap(mask)) for (const e of mask.entries) keys.add(e.key)
  const here: Origin = place
    ? { f: place.f, s: place.block.start, e: place.block.open >= 0 ? place.block.open + 1 : place.block.end }
    : fallback
  const tf = inTf || place !== undefined
  for (const key of keys) {
    const expr = isMap(expressions) ? get(expressions, key) : undefined
    const value = isMap(values) ? get(values, key) : undefined
    // Not written in the configuration: a provider default or a computed value, read as unset.
    if (isMap(expressions) && !expr && !writtenDynamically(ctx, key, value, place, top)) continue
    const m = isMap(mask) ? get(mask, key) : undefined
    // A whole block marked sensitive hides each of its attributes; that it exists is no secret.
    const masks = hiddenHere(sensitive) ? sensitive : maskAt(sensitive, key)
    const keyPath = top ? key : `${path}.${key}`
    const tfAttr = findAttr(place, key)
    const at: Origin = tfAttr ? { f: place!.f, s: tfAttr.start, e: tfAttr.end } : tf || !value ? here : planOrigin(ctx, value)
    // A reference to a bucket reads as that bucket, known or not, as it does in HCL.
    const placeholder = ctx.bucketPlaceholder(expr, key, value)
    if (placeholder) {
      attrs.set(key, { ...placeholder, at })
      continue
    }
    if (m && m.kind === 'scalar' && m.value === true) {
      const computed = ctx.computedPlaceholder?.(expr)
      attrs.set(key, computed ? { ...computed, at } : unknown('known after apply', at))
      continue
    }
    if (!value || (value.kind === 'scalar' && value.value === null)) continue
    const blockList = value.kind === 'seq' && value.items.every((i) => i.kind === 'map') && (expr ? expr.kind === 'seq' : !tfAttr)
    if (blockList && value.kind === 'seq') {
      // Nested blocks: which written block (configuration expression, static `.tf` block) each
      // planned one is. Not always the one at its index: see `writtenOrder`.
      const exprItems = expr && expr.kind === 'seq' ? expr.items : undefined
      const maskItems = m && m.kind === 'seq' ? m.items : undefined
      const dynamicHere = place?.body.blocks.some((b) => b.type === 'dynamic' && b.labels[0]?.value === key) === true
      const order = exprItems ? writtenOrder(exprItems, value.items, dynamicHere) : dynamicHere ? undefined : value.items.map((_, i) => i)
      const items = value.items.map((item, i) => {
        const j = order?.[i]
        const nested = j === undefined ? undefined : findNested(place, key, j)
        const itemAt = nested ? { f: nested.f, s: nested.block.start, e: nested.block.open + 1 } : tf ? here : planOrigin(ctx, item)
        const itemMasks = hiddenHere(masks) ? masks : maskAt(masks, i)
        const itemExpr = j === undefined ? undefined : exprItems?.[j]
        return convertObject(ctx, item, maskItems?.[i], itemExpr, nested, itemAt, tf, itemMasks, `${keyPath}[${i}]`)
      })
      attrs.set(key, list(items, at))
      continue
    }
    // Attributes: plain values, every node located at the attribute (or in the plan).
    attrs.set(
      key,
      scalarTree(ctx, value, (n) => (tf ? at : planOrigin(ctx, n)), masks, keyPath, m),
    )
  }
  return obj(attrs, here)
}
