/**
 * An evaluated view of a block body: attribute values on demand, nested blocks with `dynamic`
 * blocks expanded. The model builder reads resources only through this, so it does not care
 * whether a nested block was written as a block, a `dynamic` block, or (in `.tf.json`) an object.
 */
import type { Block, Body, Expr } from './hcl/ast.js'
import { attr } from './hcl/ast.js'
import type { Evaluator, Scope } from './eval/evaluate.js'
import { obj, unknown, type Origin, type TfObject, type TfValue } from './eval/value.js'

/** Evaluation steps one block of a `dynamic` block costs. */
const STEPS_PER_BLOCK = 16

export interface AttrView {
  name: string
  value: TfValue
  /** The whole `name = value` (what a finding on this setting should point at). */
  at: Origin
  /**
   * In a block that may not exist (`value` is then unknown): the value the attribute has if the
   * block does exist. A reader may use it where it equals what the block's absence means.
   */
  ifPresent?: TfValue
}

export interface BodyView {
  /** The block's first line(s), up to its `{`. */
  header: Origin
  /** The whole block. */
  span: Origin
  /** Logical path, e.g. `aws_s3_bucket.b.versioning[0]`. */
  path: string
  attr(name: string): AttrView | undefined
  blocks(type: string): BodyView[]
  /** Set when the block is the content of a `dynamic` block whose `for_each` is unknown. */
  unknownWhy?: string
}

export function blockHeader(f: number, b: Block): Origin {
  return { f, s: b.start, e: b.open >= 0 ? b.open + 1 : b.end }
}

export class HclBodyView implements BodyView {
  /** `null`: read, and absent. */
  private cache = new Map<string, AttrView | null>()
  unknownWhy?: string

  constructor(
    private readonly ev: Evaluator,
    private readonly body: Body,
    private readonly scope: Scope,
    readonly header: Origin,
    readonly span: Origin,
    readonly path: string,
  ) {}

  attr(name: string): AttrView | undefined {
    const cached = this.cache.get(name)
    if (cached !== undefined) return cached ?? undefined
    const a = attr(this.body, name)
    let view: AttrView | null = null
    if (a) {
      // An attribute merged in from an override file is evaluated and located in that file.
      const scope = a.file === undefined ? this.scope : { ...this.scope, f: a.file }
      const at: Origin = { f: scope.f, s: a.start, e: a.end }
      const value = this.ev.eval(a.expr, scope)
      // A block that may not exist sets nothing for sure, however literal its value. An attribute
      // it leaves out (or sets to null) stays absent: the default holds whether the block exists or not.
      view =
        this.unknownWhy && value.k !== 'null' ? { name, value: unknown(this.unknownWhy, at), at, ifPresent: value } : { name, value, at }
    }
    this.cache.set(name, view)
    return view ?? undefined
  }

  blocks(type: string): BodyView[] {
    const out = this.ownBlocks(type)
    // Blocks nested in a block that may not exist may not exist either.
    if (this.unknownWhy) for (const v of out) v.unknownWhy ??= this.unknownWhy
    return out
  }

  private ownBlocks(type: string): BodyView[] {
    const out: BodyView[] = []
    let i = 0
    for (const b of this.body.blocks) {
      if (b.type === type) {
        const scope = b.file === undefined ? this.scope : { ...this.scope, f: b.file }
        out.push(
          new HclBodyView(
            this.ev,
            b.body,
            scope,
            blockHeader(scope.f, b),
            { f: scope.f, s: b.start, e: b.end },
            `${this.path}.${type}[${i++}]`,
          ),
        )
      } else if (b.type === 'dynamic' && b.labels[0]?.value === type) {
        for (const v of this.expandDynamic(b, type, i)) {
          out.push(v)
          i++
        }
      }
    }
    // `.tf.json`, or HCL written as `versioning = { enabled = true }`: an object attribute. Also
    // beside a `dynamic` block of the type: a JSON policy document's static `"statement"` list was
    // dropped when a dynamic one was there too, and its public statement passed.
    const a = this.attr(type)
    if (a) {
      const blocks = valueBlocks(a.value, a.at, `${this.path}.${type}`)
      if (out.length === 0) return blocks
      for (const v of blocks) out.push(v)
      // In the order written, as Terraform reads a JSON body.
      if (blocks.length) out.sort((x, y) => (x.span.f === y.span.f ? x.span.s - y.span.s : 0))
    }
    return out
  }

  private expandDynamic(b: Block, type: string, first: number): BodyView[] {
    const base = b.file === undefined ? this.scope : { ...this.scope, f: b.file }
    const f = base.f
    const forEach = attr(b.body, 'for_each')
    const content = b.body.blocks.find((x) => x.type === 'content')
    if (!forEach || !content) return []
    const iterAttr = attr(b.body, 'iterator')
    const iterName = (iterAttr && iteratorName(iterAttr.expr)) ?? type
    const at: Origin = { f, s: b.start, e: b.end }
    // Blocks made count as steps, as many as the elements of a list of their size (scope, iterator
    // object and view): a dynamic block inside one, both over 100,000 entries, made 10^10 blocks
    // for free (the scan never ended), and one step each still let them fill a gigabyte.
    let entries: ReturnType<Evaluator['iterate']> = this.ev.budgetExhausted
      ? unknown('evaluation budget exhausted', at)
      : this.ev.iterate(this.ev.eval(forEach.expr, base), at)
    if (entries.k !== 'unknown' && !this.ev.charge(entries.pairs.length * STEPS_PER_BLOCK, at))
      entries = unknown('evaluation budget exhausted', at)
    const make = (key: TfValue, value: TfValue, n: number) => {
      const iter = new Map(base.iter)
      iter.set(
        iterName,
        obj(
          new Map([
            ['key', key],
            ['value', value],
          ]),
          at,
        ),
      )
      return new HclBodyView(this.ev, content.body, { ...base, iter }, blockHeader(f, b), at, `${this.path}.${type}[${n}]`)
    }
    if (entries.k === 'unknown') {
      // One block standing for an unknown number of them; its values read as unknown.
      const why = `the dynamic "${type}" block iterates over a value not known statically (${entries.why})`
      const v = make(unknown(why, at), unknown(why, at), first)
      v.unknownWhy = why
      return [v]
    }
    return entries.pairs.map(([k, v], n) => make(k, v, first + n))
  }
}

/** `iterator = g`, or in `.tf.json` `"iterator": "g"` (Terraform reads the string as the name). */
function iteratorName(e: Expr): string | undefined {
  if (e.t === 'var') return e.name
  const only = e.t === 'template' && e.parts.length === 1 ? e.parts[0] : undefined
  return only?.t === 'lit' && /^[A-Za-z_][\w-]*$/.test(only.value) ? only.value : undefined
}

/** Blocks read from an object (or a list of objects) value. */
export function valueBlocks(v: TfValue, at: Origin, path: string): BodyView[] {
  if (v.k === 'object') return [new ValueBodyView(v, at, `${path}[0]`)]
  if (v.k === 'list') {
    const out: BodyView[] = []
    v.items.forEach((item, i) => {
      if (item.k === 'object') out.push(new ValueBodyView(item, item.at ?? at, `${path}[${i}]`))
    })
    return out
  }
  if (v.k === 'unknown') {
    const view = new ValueBodyView(obj(new Map(), at), at, `${path}[0]`)
    view.unknownWhy = v.why
    return [view]
  }
  return []
}

export class ValueBodyView implements BodyView {
  unknownWhy?: string
  readonly header: Origin
  readonly span: Origin

  constructor(
    private readonly value: TfObject,
    at: Origin,
    readonly path: string,
  ) {
    this.header = value.at ?? at
    this.span = value.at ?? at
  }

  /** Number of keys of the object (an empty map configures nothing). */
  get size(): number {
    return this.value.attrs.size
  }

  attr(name: string): AttrView | undefined {
    if (this.unknownWhy) return { name, value: unknown(this.unknownWhy, this.span), at: this.span }
    const v = this.value.attrs.get(name)
    if (!v) return undefined
    return { name, value: v, at: v.at ?? this.span }
  }

  blocks(type: string): BodyView[] {
    const v = this.value.attrs.get(type)
    if (!v) return []
    return valueBlocks(v, v.at ?? this.span, `${this.path}.${type}`)
  }
}

/** The value of a block body as an object (for references like `aws_s3_bucket.b.versioning[0]`). */
export function bodyValue(view: BodyView, body: Body | undefined, at: Origin): TfValue {
  const attrs = new Map<string, TfValue>()
  if (body) {
    for (const a of body.attributes) {
      const v = view.attr(a.name)
      if (v) attrs.set(a.name, v.value)
    }
    const types = new Set(body.blocks.map((b) => (b.type === 'dynamic' ? (b.labels[0]?.value ?? '') : b.type)))
    for (const t of types) {
      if (!t) continue
      attrs.set(t, {
        k: 'list',
        items: view.blocks(t).map((b) => bodyValue(b, undefined, at)),
        at,
      })
    }
  }
  return obj(attrs, at)
}
