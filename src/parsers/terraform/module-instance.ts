/**
 * Module instances and resource instances: what `var.x`, `local.y`, `aws_s3_bucket.b`,
 * `data.aws_iam_policy_document.p` and `module.m` mean inside one instance of a module, with
 * `count` / `for_each` expanded. Everything is lazy and memoized, and re-entering something that
 * is being evaluated is a cycle (reported once, then `unknown`).
 */
import type { SensitiveTexts } from '../../sensitive-texts.js'
import { markSensitive } from './eval/sensitive.js'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { appendAll } from '../../append.js'
import type { Limits } from '../../limits.js'
import { attr, type Attribute, type Block, type Expr } from './hcl/ast.js'
import { blockHeader, bodyValue, HclBodyView, type BodyView } from './body-view.js'
import type { Evaluator, Namespaces, ProblemSink, Scope } from './eval/evaluate.js'
import type { SourceFiles } from './eval/source-files.js'
import {
  failure,
  knownText,
  list,
  nul,
  num,
  obj,
  str,
  toBoolean,
  toNumber,
  toStr,
  unknown,
  type MaybeCondition,
  type Origin,
  type RefTarget,
  type TfUnknown,
  type TfValue,
  typeName,
} from './eval/value.js'
import type { ModuleCallConfig, ModuleConfig, ResourceConfig } from './module-config.js'
import { computedAttribute } from './computed-attributes.js'
import type { RegistryS3Kind } from './registry-s3-module.js'
import type { RootVariableLookup } from './tfvars.js'
import { convertToType, readTypeConstraint } from './eval/type-constraint.js'

export interface UnitContext {
  ev: Evaluator
  files: SourceFiles
  /** Texts of the values Terraform marks sensitive: evaluated, and masked in what is reported. */
  sensitive: SensitiveTexts
  limits: Limits
  problem: ProblemSink
  note(message: string): void
  /** Absolute directory of the root module. */
  rootDir: string
  /** Configuration of a local module directory, when its files were scanned. */
  config(dir: string): ModuleConfig | undefined
  /** Whether a folder lies inside the scanned paths (a module source may lead out of them). */
  insideRoots(dir: string): boolean
  /** The folder with symbolic links resolved: `loop -> .` called as `./loop` is a cycle. */
  realDir(dir: string): string
  /** Root module variable values from `.tfvars` files. */
  rootVariable: RootVariableLookup
  /** How a module call's source is handled. */
  classifySource(source: string | undefined): 'local' | RegistryS3Kind | 'other'
  /** Directory of a remote module that `terraform init` downloaded (`.terraform/modules`), by call path (`a.b`). */
  vendoredModule(key: string): string | undefined
}

export type InstanceKey = { k: 'none' } | { k: 'int'; v: number } | { k: 'str'; v: string } | { k: 'unknown' }

export function keySuffix(key: InstanceKey): string {
  switch (key.k) {
    case 'none':
      return ''
    case 'int':
      return `[${key.v}]`
    case 'str':
      return `[${JSON.stringify(key.v.length > MAX_KEY_CHARS ? abbreviatedKey(key.v) : key.v)}]`
    case 'unknown':
      return '[*]'
  }
}

/**
 * Longer keys are shown by their start, length and a hash (unique as the key is): every finding
 * repeats its resource's address, and a key of megabytes (`join` over a `range`) made gigabytes
 * of output from a file of a few hundred bytes.
 */
const MAX_KEY_CHARS = 256

function abbreviatedKey(key: string): string {
  // Not between the two halves of a surrogate pair (an emoji): a lone half is not valid UTF-8.
  const cut = isHighSurrogate(key.charCodeAt(63)) ? 63 : 64
  return `${key.slice(0, cut)}…(${key.length} characters, sha256 ${createHash('sha256').update(key).digest('hex').slice(0, 16)})`
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

type ExpandedKey = { key: InstanceKey; each?: { key: TfValue; value: TfValue }; maybe?: MaybeCondition }

interface Expanded<I> {
  /** `disabled`: OpenTofu's `lifecycle { enabled = false }`, no instance, and the value null. */
  kind: 'single' | 'count' | 'for_each' | 'disabled'
  instances: I[]
  byKey: Map<string | number, I>
  /** Stands for the instances whose keys are not known (or are beyond the cap). */
  wildcard?: I
  /** Why the wildcard's instances may not exist, when that is not known. */
  wildcardMaybe?: MaybeCondition
}

const MAX_MODULE_DEPTH = 32

/** Places an undeclared reference was reported, per unit: a module expanded many times says it once. */
const undeclaredSeen = new WeakMap<UnitContext, Set<string>>()

/**
 * Shared by every resource without `count`/`for_each` (nothing is ever added: a single instance
 * has no key) and by every expansion in progress: two fewer Maps per resource.
 */
const NO_KEYS = new Map<string | number, never>()
const NO_CONDITIONS: readonly MaybeCondition[] = Object.freeze([])
const PENDING: Expanded<never> = Object.freeze({ kind: 'single', instances: Object.freeze([]) as never[], byKey: NO_KEYS })

/**
 * Whether an expansion is still under way (read again from inside its own `count` / `for_each`):
 * a single instance always exists once expanded, while `count = 0` or an empty `for_each` is an
 * empty collection, which Terraform indexes with an error that `try()` catches.
 */
function isPending(e: Expanded<unknown>): boolean {
  return e.kind === 'single' && e.instances.length === 0
}

/**
 * Instances expanded so far per unit. `count` on a module call multiplies with the `count`s inside
 * the module (1,000 × 1,000 × 1,000 ran out of memory), so besides the per-block cap a unit
 * expands at most ten times `maxInstances` keys in all; beyond that each block is one unknown
 * instance (`[*]`), with a note.
 */
const expandedPerUnit = new WeakMap<UnitContext, number>()
const warnedFull = new WeakSet<UnitContext>()
const warnedModulesCapped = new WeakSet<UnitContext>()

/** Says once per unit, where it happened, that the unit-wide instance cap was reached. */
function warnUnitCap(ctx: UnitContext, what: string, at: Origin): void {
  if (warnedFull.has(ctx)) return
  warnedFull.add(ctx)
  ctx.problem(
    'EVAL_LIMIT',
    at,
    `this configuration expands to more than ${ctx.limits.maxInstances * 10} resource and module instances (nested counts multiply; 10 × limits.maxInstances), first exceeded at ${what}; from there on each count/for_each is one unknown instance ([*])`,
    'warning',
  )
}

/** Where an attribute's value is written. */
const valueAt = (a: Attribute, scope: Scope): Origin => ({ f: a.file ?? scope.f, s: a.expr.start, e: a.expr.end })

/** Where a `count` / `for_each` is evaluated: the block's scope, its address, and its module's prefix. */
interface Where {
  scope: Scope
  what: string
  prefix: string
}

/** Expands `count` / `for_each` of a resource or module block into instance keys. */
function expandKeys(ctx: UnitContext, block: Block, where: Where): { kind: Expanded<unknown>['kind']; keys: ExpandedKey[] } {
  const expanded = expandKeysCapped(ctx, block, where)
  expandedPerUnit.set(ctx, (expandedPerUnit.get(ctx) ?? 0) + expanded.keys.length)
  return expanded
}

function expandKeysCapped(ctx: UnitContext, block: Block, where: Where): { kind: Expanded<unknown>['kind']; keys: ExpandedKey[] } {
  const { scope, what } = where
  const count = attr(block.body, 'count')
  const forEach = attr(block.body, 'for_each')
  const at: Origin = { f: scope.f, s: block.start, e: block.end }
  const left = ctx.limits.maxInstances * 10 - (expandedPerUnit.get(ctx) ?? 0)
  const cap = Math.max(0, Math.min(ctx.limits.maxInstances, left))
  const enabled = lifecycleEnabled(ctx, block, where)
  if (enabled === false) return { kind: 'disabled', keys: [] }
  if (count && forEach) {
    // Terraform refuses the block (`Invalid combination of "count" and "for_each"`); read by its
    // `count` alone, its other instances passed unseen. Both `count.index` and `each` are unknown.
    const why = `${what} has both count and for_each, which Terraform rejects`
    ctx.problem(
      'TF_INVALID_FOR_EACH',
      valueAt(forEach, scope),
      `${what} has both count and for_each; Terraform takes only one of them`,
      'warning',
    )
    return {
      kind: 'count',
      keys: [
        {
          key: { k: 'unknown' },
          each: { key: unknown(why, at), value: unknown(why, at) },
          maybe: maybeCondition(ctx, where, forEach, 'is valid', why),
        },
      ],
    }
  }
  if (count) {
    const v = ctx.ev.eval(count.expr, count.file === undefined ? scope : { ...scope, f: count.file })
    const n = toNumber(v)
    if (v.k === 'unknown' || n === undefined || !Number.isInteger(n) || n < 0) {
      const why = v.k === 'unknown' ? v.why : 'the value is not a whole number'
      // Terraform refuses to plan with it (`Invalid count argument`): say so where it is written.
      // A null or a text that is no number too: they were read as a count not known statically.
      if (v.k !== 'unknown')
        ctx.problem(
          'TF_INVALID_COUNT',
          valueAt(count, scope),
          `${what} has count = ${n ?? (v.k === 'null' ? 'null' : `a ${typeName(v)}`)}; Terraform takes only a whole number from 0 up`,
          'warning',
        )
      return { kind: 'count', keys: [{ key: { k: 'unknown' }, maybe: maybeCondition(ctx, where, count, 'is not 0', why) }] }
    }
    const keys: { key: InstanceKey }[] = []
    for (let i = 0; i < Math.min(n, cap); i++) keys.push({ key: { k: 'int', v: i } })
    if (n > cap) {
      if (cap < ctx.limits.maxInstances) warnUnitCap(ctx, what, valueAt(count, scope))
      else
        ctx.problem(
          'EVAL_LIMIT',
          valueAt(count, scope),
          `${what} has count = ${n}; only the first ${cap} instances are modelled, the rest is one unknown instance ([*])`,
          'warning',
        )
      keys.push({ key: { k: 'unknown' } })
    }
    return { kind: 'count', keys }
  }
  if (forEach) {
    let v = ctx.ev.eval(forEach.expr, forEach.file === undefined ? scope : { ...scope, f: forEach.file })
    const over = v.k === 'ref' ? v.target.unknownKeys : undefined
    if (v.k === 'ref' && over) {
      // `for_each = aws_s3_bucket.b` over buckets whose keys are not known: one instance for each
      // of them (`each.value` is the bucket), existing exactly when they do.
      const u = unknown(`the for_each keys of ${what} are those of ${v.target.describe}, which are not known statically`, at)
      return { kind: 'for_each', keys: [{ key: { k: 'unknown' }, each: { key: u, value: over.each }, maybe: over.maybe }] }
    }
    if (v.k === 'ref') v = v.target.whole(at)
    const keys: ExpandedKey[] = []
    // Two `for_each` with the same expression in one module instance go over the same elements:
    // `bucket = each.value` under one names the bucket `bucket = each.value` names under the other.
    // Not over the instances of a resource or module, though: those are not elements written
    // anywhere else (`{ for k, b in aws_s3_bucket.b : k => b if ... }` is one of b's buckets, which
    // no expression names), so nothing tells which bucket `each.value.id` is.
    const unknownEach = () => {
      const elements = `${where.prefix}for_each(${ctx.files.oneLine(forEach.file ?? scope.f, forEach.expr.start, forEach.expr.end)})`
      const why = `the for_each keys of ${what} are not known statically`
      const keyed = !refersToObjects(forEach.expr)
      return {
        key: { k: 'unknown' } as InstanceKey,
        each: {
          key: unknown(why, at, keyed ? `${elements}.key` : undefined),
          value: unknown(why, at, keyed ? `${elements}.value` : undefined),
        },
      }
    }
    // Terraform takes a map or a set of strings, never null or a list (`["a"]` is a tuple, `toset(["a"])`
    // a set): read as instances, a configuration Terraform refuses to plan passed without a word.
    // An empty list counts only written as `[]` there: `var.on ? toset(...) : []` is a set to
    // Terraform, but the branch read here is not marked as one.
    const invalid =
      v.k === 'null'
        ? 'null'
        : v.k === 'list' && !v.set && (v.items.length > 0 || unparen(forEach.expr).t === 'tuple')
          ? 'a list'
          : v.k === 'list' && v.set
            ? setOfOtherThanStrings(v.items)
            : undefined
    if (invalid) {
      ctx.problem(
        'TF_INVALID_FOR_EACH',
        valueAt(forEach, scope),
        `${what} has for_each = ${invalid}; Terraform takes only a map or a set of strings${invalid.startsWith('a set') ? '' : ' (toset(...))'}`,
        'warning',
      )
      const why = `the for_each of ${what} is ${invalid}, which Terraform rejects`
      return { kind: 'for_each', keys: [{ ...unknownEach(), maybe: maybeCondition(ctx, where, forEach, 'is valid', why) }] }
    }
    let pairs: [string, TfValue][] | undefined
    if (v.k === 'object') pairs = [...v.attrs.keys()].sort().map((k) => [k, v.attrs.get(k)!] as [string, TfValue])
    else if (v.k === 'list') {
      pairs = []
      for (const item of v.items) {
        const s = toStr(item)
        const text = s && knownText(s)
        if (text === undefined) {
          pairs = undefined
          break
        }
        pairs.push([text, item])
      }
      if (pairs) pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    }
    if (!pairs) {
      // A list with items has instances even when their keys are not known; anything else may be empty.
      const some = v.k === 'list' && v.items.length > 0
      const why = v.k === 'unknown' ? v.why : 'its keys are not known statically'
      const maybe = some ? undefined : maybeCondition(ctx, where, forEach, 'is not empty', why)
      return { kind: 'for_each', keys: [{ ...unknownEach(), maybe }] }
    }
    const seen = new Set<string>()
    for (const [k, value] of pairs) {
      if (seen.has(k)) continue
      seen.add(k)
      if (keys.length >= cap) {
        if (cap < ctx.limits.maxInstances) warnUnitCap(ctx, what, valueAt(forEach, scope))
        else
          ctx.problem(
            'EVAL_LIMIT',
            valueAt(forEach, scope),
            `${what} has more than ${cap} for_each instances; the rest is one unknown instance ([*])`,
            'warning',
          )
        keys.push(unknownEach())
        break
      }
      keys.push({ key: { k: 'str', v: k }, each: { key: str(k, value.at), value } })
    }
    return { kind: 'for_each', keys }
  }
  return { kind: 'single', keys: [{ key: { k: 'none' }, maybe: enabled === true ? undefined : enabled }] }
}

/**
 * A set Terraform types as a set of numbers or of bools (`toset([1, 2])`, `toset(var.ports)` of a
 * `list(number)`), which `for_each` refuses ("supports maps and sets of strings"); one element of
 * each kind is a set of strings (`toset(["a", 1])`), which it takes.
 */
function setOfOtherThanStrings(items: readonly TfValue[]): string | undefined {
  if (!items.length) return undefined
  if (items.every((i) => i.k === 'number')) return 'a set of numbers'
  if (items.every((i) => i.k === 'bool')) return 'a set of bools'
  return undefined
}

/**
 * OpenTofu 1.11's `lifecycle { enabled = ... }`: false, the block is not deployed (and Terraform,
 * which has no such argument, rejects the configuration: deployed either way it is not). Read
 * as always there, a public access block or a TLS policy turned off passed its bucket as covered.
 * true when absent or true; the condition under which it exists when that is not known.
 */
function lifecycleEnabled(ctx: UnitContext, block: Block, where: Where): boolean | MaybeCondition {
  let a: Attribute | undefined
  for (const b of block.body.blocks) if (b.type === 'lifecycle') a = attr(b.body, 'enabled') ?? a
  if (!a) return true
  const v = ctx.ev.eval(a.expr, a.file === undefined ? where.scope : { ...where.scope, f: a.file })
  const on = toBoolean(v)
  if (on !== undefined) return on
  return maybeCondition(ctx, where, a, 'is true', v.k === 'unknown' ? v.why : 'the value is not a bool')
}

/** Root names of references that are values rather than resources, data sources or module calls. */
const VALUE_NAMES = new Set(['var', 'local', 'each', 'count', 'path', 'terraform', 'self'])

/**
 * Whether an expression refers to a resource, data source or module call (`aws_s3_bucket.b`,
 * `data.x.y`, `module.m`), not only to variables and locals. The names a `for` expression binds
 * are its own.
 */
function refersToObjects(e: Expr, bound: ReadonlySet<string> = new Set()): boolean {
  const walk = (x: unknown, b: ReadonlySet<string>): boolean => {
    if (Array.isArray(x)) return x.some((y) => walk(y, b))
    if (typeof x !== 'object' || x === null) return false
    const node = x as { t?: unknown; name?: unknown; keyVar?: string; valueVar?: string; coll?: unknown }
    if (node.t === 'var') return typeof node.name === 'string' && !VALUE_NAMES.has(node.name) && !b.has(node.name)
    if (node.t === 'for' && typeof node.valueVar === 'string') {
      if (walk(node.coll, b)) return true
      const inner = new Set(b).add(node.valueVar)
      if (node.keyVar) inner.add(node.keyVar)
      return Object.entries(x).some(([k, y]) => k !== 'coll' && walk(y, inner))
    }
    return Object.values(x).some((y) => walk(y, b))
  }
  return walk(e, bound)
}

/** The condition under which the instances of `what` exist, for a `count` / `for_each` not known statically. */
function maybeCondition(ctx: UnitContext, where: Where, a: Attribute, holds: string, why: string): MaybeCondition {
  const { scope, what, prefix } = where
  const f = a.file ?? scope.f
  const textOf = (e: Expr) => ctx.files.oneLine(f, e.start, e.end)
  const text = textOf(a.expr)
  // `count = var.on ? 1 : 0` holds exactly when `var.on` is true, as a registry module's
  // `create_bucket = var.on` does (`createCondition`), and OpenTofu's `enabled = var.on`: the same
  // key, so they count as deployed together.
  const gate = a.name === 'count' ? onWhen(a.expr) : a.name === 'enabled' ? unparen(a.expr) : undefined
  return {
    key: gate ? `${prefix}${textOf(gate)} is true` : `${prefix}${a.name} = ${text}`,
    why: `${what} exists only when ${a.name} = ${text} ${holds}: ${why}`,
    at: { f, s: a.start, e: a.end },
    path: `${what}.${a.name}`,
  }
}

const unparen = (e: Expr): Expr => (e.t === 'paren' ? unparen(e.expr) : e)

/** `C` of `count = C ? 1 : 0`: one instance exactly when `C` is true. */
function onWhen(e: Expr): Expr | undefined {
  e = unparen(e)
  if (e.t !== 'cond') return undefined
  const one = (x: Expr, n: number) => x.t === 'literal' && x.value === n
  return one(e.then, 1) && one(e.else, 0) ? e.cond : undefined
}

function eachObject(each: { key: TfValue; value: TfValue }, at: Origin): TfValue {
  return obj(
    new Map([
      ['key', each.key],
      ['value', each.value],
    ]),
    at,
  )
}

function instanceScope(base: Scope, key: InstanceKey, each: { key: TfValue; value: TfValue } | undefined, kind: string, at: Origin): Scope {
  // Most resources have neither `count` nor `for_each`: their scope is the module's, unchanged.
  if (!each && kind !== 'count') return base
  const iter = new Map(base.iter)
  if (each) iter.set('each', eachObject(each, at))
  if (kind === 'count')
    iter.set(
      'count',
      obj(new Map([['index', key.k === 'int' ? num(key.v, at) : unknown('count.index of an instance whose count is not known', at)]]), at),
    )
  return { ...base, iter }
}

/** A collection of instances as a value: a list (count), a map (for_each) or the single instance. */
function collectionValue<I>(e: Expanded<I>, toValue: (i: I) => TfValue, describe: string, at: Origin): TfValue {
  if (e.kind === 'single') {
    // Its first index is an instance key, which Terraform rejects: `aws_s3_bucket.b[0].id` read as
    // the attribute "0" named a bucket `aws_s3_bucket.b.0` declared elsewhere.
    const v = toValue(e.instances[0]!)
    return v.k === 'ref' ? { ...v, target: { ...v.target, noInstanceKey: true } } : v
  }
  if (e.kind === 'disabled') return nul(at)
  if (!e.wildcard) {
    if (e.kind === 'count') return list(e.instances.map(toValue), at)
    const attrs = new Map<string, TfValue>()
    for (const [k, i] of e.byKey) attrs.set(String(k), toValue(i))
    return obj(attrs, at)
  }
  const wildcard = e.wildcard
  const target: RefTarget = {
    describe,
    get: (name, a) => failure(`${describe} has several instances; index it before reading "${name}"`, a),
    index: (key, a) => {
      const text = toStr(key)
      const k = key.k === 'number' ? key.v : text && knownText(text)
      const i = k !== undefined ? e.byKey.get(k) : undefined
      void a
      return toValue(i ?? wildcard)
    },
    whole: (a) => unknown(`the instances of ${describe} are not known statically`, a),
  }
  if (e.byKey.size === 0) target.unknownKeys = { each: toValue(wildcard), maybe: e.wildcardMaybe }
  return { k: 'ref', target, at }
}

// -----------------------------------------------------------------------------------------------

export class ResourceInstance {
  readonly address: string
  readonly scope: Scope
  /** Created on the first reference: most instances are never referenced by another expression. */
  private attrCache?: Map<string, TfValue>
  private view?: BodyView
  /** Why the instance may not exist: the conditions of the module calls above it, then its own. */
  readonly maybe: readonly MaybeCondition[]
  constructor(
    readonly mod: ModuleInstance,
    readonly config: ResourceConfig,
    readonly key: InstanceKey,
    scope: Scope,
    maybe?: MaybeCondition,
  ) {
    const local = `${config.mode === 'data' ? 'data.' : ''}${config.type}.${config.name}${keySuffix(key)}`
    this.address = `${mod.prefix}${local}`
    this.scope = scope
    this.maybe = maybe ? [...mod.maybe, maybe] : mod.maybe
  }

  get type(): string {
    return this.config.type
  }

  get header(): Origin {
    return blockHeader(this.config.f, this.config.block)
  }

  body(): BodyView {
    if (!this.view) {
      const b = this.config.block
      this.view = new HclBodyView(
        this.mod.ctx.ev,
        b.body,
        this.scope,
        this.header,
        { f: this.config.f, s: b.start, e: b.end },
        this.address,
      )
    }
    return this.view
  }

  /** `aws_s3_bucket.b.<name>` read from another expression. */
  get(name: string, at: Origin | undefined): TfValue {
    const cached = this.attrCache?.get(name)
    if (cached) return cached
    const v = this.mod.ctx.ev.guardRef(
      `${this.address}.${name}`,
      at ?? this.header,
      () => computedAttribute(this, name, at) ?? this.configured(name, at),
    )
    ;(this.attrCache ??= new Map()).set(name, v)
    return v
  }

  private configured(name: string, at: Origin | undefined): TfValue {
    const view = this.body()
    const a = view.attr(name)
    if (a) return a.value
    const blocks = this.config.block.body.blocks.filter((b) => b.type === name || (b.type === 'dynamic' && b.labels[0]?.value === name))
    if (blocks.length)
      return list(
        view.blocks(name).map((v, i) => bodyValue(v, blocks[i]?.type === name ? blocks[i]!.body : undefined, at ?? this.header)),
        at,
      )
    return placeholderOrUnknown(this, name, at)
  }

  private refValue?: TfValue

  ref(): TfValue {
    if (!this.refValue) {
      const target: RefTarget = {
        describe: this.address,
        get: (n, a) => this.get(n, a),
        whole: (a) => unknown(`the whole object ${this.address} is not modelled`, a),
      }
      this.refValue = { k: 'ref', target }
    }
    return this.refValue
  }
}

/**
 * A reference to a resource this module does not declare (created elsewhere, or a typo that
 * Terraform would reject). Its id, ARN and name stay symbolic, so settings written for it are
 * still grouped by it and a KMS key ARN still reads as "a key"; anything else is unknown.
 */
function undeclaredResource(address: string, type: string): TfValue {
  const get = (attr: string, at: Origin | undefined): TfValue => {
    if (type === 'aws_s3_bucket' && (attr === 'id' || attr === 'bucket' || attr === 'arn')) {
      return { k: 'sym', parts: [{ kind: 'bucket', id: address, attr: attr === 'arn' ? 'arn' : 'name' }], at }
    }
    if (/(^|_)(id|arn|name)$/.test(attr)) return { k: 'sym', parts: [{ kind: 'resource', id: address, type, attr }], at }
    return unknown(`${address} is not declared in this module`, at, `${address}.${attr}`)
  }
  return {
    k: 'ref',
    target: {
      describe: address,
      get,
      index: () => undeclaredResource(address, type),
      // Terraform rejects the reference; only an id, ARN or name is kept symbolic (above).
      whole: (at) => failure(`${address} is not declared in this module`, at, address),
    },
  }
}

/** Attributes the provider computes: ids and ARNs stay symbolic, anything else is unknown. */
function placeholderOrUnknown(inst: ResourceInstance, name: string, at: Origin | undefined): TfValue {
  if (/(^|_)(id|arn|name)$/.test(name)) {
    return { k: 'sym', parts: [{ kind: 'resource', id: inst.address, type: inst.type, attr: name }], at }
  }
  return unknown(`${inst.address}.${name} is computed by the provider`, at, `${inst.address}.${name}`)
}

// -----------------------------------------------------------------------------------------------

export type ChildModule =
  | { kind: 'local'; call: ModuleCallInstance; instance: ModuleInstance }
  /** The registry S3 module or its notification submodule, modelled from their inputs. */
  | { kind: 'registry-s3'; call: ModuleCallInstance }
  | { kind: 'registry-s3-notification'; call: ModuleCallInstance }
  | { kind: 'other'; call: ModuleCallInstance; reason: string }

/** One instance of a `module` block, with the caller's scope for its inputs. */
export interface ModuleCallInstance {
  parent: ModuleInstance
  config: ModuleCallConfig
  key: InstanceKey
  /** `module.name[key]` with the parent's prefix. */
  address: string
  scope: Scope
  /** Why the instance may not exist: the conditions of the calls above it, then its own. */
  maybe: readonly MaybeCondition[]
  /** Evaluated input of the call (`undefined` when not passed). */
  input(name: string): TfValue | undefined
  inputAt(name: string): Origin | undefined
}

export class ModuleInstance implements Namespaces {
  readonly moduleDir: string
  readonly rootDir: string
  private locals = new Map<string, TfValue>()
  private vars = new Map<string, TfValue>()
  private expansions = new Map<string, Expanded<ResourceInstance>>()
  private calls = new Map<string, Expanded<ChildModule>>()
  private outputsCache = new Map<string, TfValue>()
  private values = new Map<string, TfValue>()
  /**
   * `values` of resources by their config object, looked up first: the string key built per call
   * (a fresh string, hashed anew each time) was most of `resourceValue`'s time, which every
   * reference to a resource pays. Filled as `values` is, so the two always agree.
   */
  private configValues = new Map<ResourceConfig, TfValue>()

  constructor(
    readonly ctx: UnitContext,
    readonly config: ModuleConfig,
    /** `''` for the root module, `module.a.` or `module.a["k"].module.b.` below it. */
    readonly prefix: string,
    readonly call?: ModuleCallInstance,
    readonly depth = 0,
  ) {
    this.moduleDir = config.dir
    this.rootDir = ctx.rootDir
  }

  /** Why this instance may not exist: the conditions of the calls that lead to it. */
  get maybe(): readonly MaybeCondition[] {
    return this.call?.maybe ?? NO_CONDITIONS
  }

  /** Calls from the root down to this instance (outermost first). */
  callChain(): ModuleCallInstance[] {
    const out: ModuleCallInstance[] = []
    for (let call = this.call; call; call = call.parent.call) out.unshift(call)
    return out
  }

  private roots = new Map<string, TfValue | undefined>()

  root(name: string, at: Origin): TfValue | undefined {
    // `path` and `terraform` carry the location of the reference; the rest are memoized namespaces.
    if (name === 'path' || name === 'terraform' || name === 'each' || name === 'count' || name === 'self') return this.makeRoot(name, at)
    if (this.roots.has(name)) return this.roots.get(name)
    const v = this.makeRoot(name, at)
    this.roots.set(name, v)
    return v
  }

  private makeRoot(name: string, at: Origin): TfValue | undefined {
    switch (name) {
      case 'var':
        return this.namespace('var', (n, a) => this.variable(n, a))
      case 'local':
        return this.namespace('local', (n, a) => this.local(n, a))
      case 'module':
        return this.namespace('module', (n, a) => this.moduleValue(n, a))
      case 'data':
        return this.namespace('data', (type, a) => {
          if (!this.config.dataByType.has(type)) return failure(`data source type "${type}" is not declared in this module`, a)
          return this.namespace(`data.${type}`, (n, b) => {
            const rc = this.config.data.get(`${type}.${n}`)
            if (!rc) return failure(`data.${type}.${n} is not declared`, b)
            return this.resourceValue(rc, b)
          })
        })
      case 'path':
        return obj(
          new Map<string, TfValue>([
            ['module', str(path.relative(this.rootDir, this.moduleDir).split(path.sep).join('/') || '.', at)],
            ['root', str('.', at)],
            ['cwd', str('.', at)],
          ]),
          at,
        )
      case 'terraform':
        return obj(new Map([['workspace', unknown('terraform.workspace is chosen at run time', at, 'terraform.workspace')]]), at)
      case 'each':
      case 'count':
      case 'self':
        return failure(`"${name}" is not available here`, at)
    }
    // Resource types have an underscore (`aws_s3_bucket`); anything else is an unknown name.
    if (!this.config.resourcesByType.has(name) && !name.includes('_')) return undefined
    return this.namespace(name, (n, a) => {
      const rc = this.config.resources.get(`${name}.${n}`)
      if (!rc) return undeclaredResource(`${this.prefix}${name}.${n}`, name)
      return this.resourceValue(rc, a)
    })
  }

  private namespace(describe: string, get: (name: string, at: Origin | undefined) => TfValue): TfValue {
    return { k: 'ref', target: { describe, get, whole: (a) => unknown(`"${describe}" as a whole is not modelled`, a) } }
  }

  /** Terraform's own error for a reference to something the module does not declare, once per place. */
  private undeclared(ref: string, what: string, at: Origin | undefined): void {
    if (!at) return
    let seen = undeclaredSeen.get(this.ctx)
    if (!seen) undeclaredSeen.set(this.ctx, (seen = new Set()))
    const place = `${at.f}:${at.s}:${ref}`
    if (seen.has(place)) return
    seen.add(place)
    this.ctx.problem('TF_UNDECLARED', at, `Reference to undeclared ${what} ${ref}: Terraform rejects the configuration`, 'warning')
  }

  private guard(key: string, at: Origin | undefined, f: () => TfValue): TfValue {
    return this.ctx.ev.guardRef(`${this.prefix}${key}`, at ?? { f: 0, s: 0, e: 0 }, f)
  }

  local(name: string, at: Origin | undefined): TfValue {
    const cached = this.locals.get(name)
    if (cached) return cached
    const lc = this.config.locals.get(name)
    // Terraform rejects the reference; whatever was meant, the same name means the same value.
    if (!lc) {
      this.undeclared(`local.${name}`, 'local value', at)
      return failure(`local.${name} is not declared`, at, `${this.prefix}local.${name}`)
    }
    const v = this.guard(`local.${name}`, { f: lc.f, s: lc.attr.start, e: lc.attr.end }, () =>
      this.ctx.ev.eval(lc.attr.expr, { ns: this, f: lc.f }),
    )
    this.locals.set(name, v)
    return v
  }

  variable(name: string, at: Origin | undefined): TfValue {
    const cached = this.vars.get(name)
    if (cached) return cached
    const vc = this.config.variables.get(name)
    if (!vc) {
      this.undeclared(`var.${name}`, 'input variable', at)
      return failure(`var.${name} is not declared`, at, `${this.prefix}var.${name}`)
    }
    const key = `${this.prefix}var.${name}`
    const v = this.guard(`var.${name}`, at, () => {
      let def: TfValue | undefined | null = null
      const fromDefault = () => {
        if (def === null) def = vc.default ? this.ctx.ev.eval(vc.default.expr, { ns: this, f: vc.default.file ?? vc.f }) : undefined
        return def
      }
      if (this.call) {
        const input = this.call.input(name)
        if (input !== undefined && !(input.k === 'null' && !vc.nullable)) return input
        return fromDefault() ?? unknown(`var.${name} has no default and the module call does not set it`, at, key)
      }
      // `nullable = false`: a null from .tfvars or -var takes the default, as for a module input.
      const set = this.ctx.rootVariable(name, fromDefault)
      if (set && !(set.k === 'null' && !vc.nullable)) return set
      return fromDefault() ?? unknown(`var.${name} has no default and no .tfvars value`, at, key)
    })
    // Keep the identity of an unset variable so resources naming it can still be linked. Whatever
    // its value, it is the same wherever this instance reads it: that is its `ident`, unless it
    // is passed another variable's value unchanged, whose identity it keeps.
    let out = v.k === 'unknown' && !v.error ? { ...v, key: v.key ?? key, ident: v.ident ?? key } : v
    if (vc.type && out.k !== 'unknown') {
      const f = vc.type.file ?? vc.f
      out = convertToType(out, readTypeConstraint(vc.type.expr), (e) => this.ctx.ev.eval(e, { ns: this, f }))
    }
    if (vc.sensitive) out = markSensitive(this.ctx.sensitive, out, this.variableName(name), at)
    this.vars.set(name, out)
    return out
  }

  /** `var.x`, or `var.x of module.m` in a called module: how a problem names the variable. */
  private variableName(name: string): string {
    return `var.${name}${this.prefix ? ` of ${this.prefix.slice(0, -1)}` : ''}`
  }

  output(name: string, at: Origin | undefined): TfValue {
    const cached = this.outputsCache.get(name)
    if (cached) return cached
    const oc = this.config.outputs.get(name)
    if (!oc || !oc.value) return failure(`module output "${name}" is not declared`, at)
    const v = this.guard(`output.${name}`, at, () => this.ctx.ev.eval(oc.value!.expr, { ns: this, f: oc.value!.file ?? oc.f }))
    this.outputsCache.set(name, v)
    return v
  }

  // ----- resources

  expand(rc: ResourceConfig): Expanded<ResourceInstance> {
    const id = `${rc.mode}.${rc.type}.${rc.name}`
    const cached = this.expansions.get(id)
    if (cached) return cached
    const base: Scope = { ns: this, f: rc.f }
    const what = `${this.prefix}${rc.mode === 'data' ? 'data.' : ''}${rc.type}.${rc.name}`
    // Placeholder while expanding, so a for_each naming its own resource ends as a cycle.
    this.expansions.set(id, PENDING as Expanded<ResourceInstance>)
    const { kind, keys } = expandKeys(this.ctx, rc.block, { scope: base, what, prefix: this.prefix })
    const at: Origin = { f: rc.f, s: rc.block.start, e: rc.block.end }
    const e: Expanded<ResourceInstance> = { kind, instances: [], byKey: kind === 'single' ? NO_KEYS : new Map() }
    for (const k of keys) {
      const inst = new ResourceInstance(this, rc, k.key, instanceScope(base, k.key, k.each, kind, at), k.maybe)
      e.instances.push(inst)
      if (k.key.k === 'int' || k.key.k === 'str') e.byKey.set(k.key.v, inst)
      if (k.key.k === 'unknown') {
        e.wildcard = inst
        e.wildcardMaybe = k.maybe
      }
    }
    this.expansions.set(id, e)
    return e
  }

  /** `aws_s3_bucket.b` as a value; built once, since a counted resource is referenced once per instance. */
  private resourceValue(rc: ResourceConfig, at: Origin | undefined): TfValue {
    const done = this.configValues.get(rc)
    if (done) return done
    const id = `${rc.mode}.${rc.type}.${rc.name}`
    const cached = this.values.get(id)
    if (cached) {
      this.configValues.set(rc, cached)
      return cached
    }
    const e = this.expand(rc)
    if (isPending(e)) return unknown(`${rc.type}.${rc.name} depends on itself`, at)
    const v = collectionValue(e, (i) => i.ref(), `${this.prefix}${rc.type}.${rc.name}`, { f: rc.f, s: rc.block.start, e: rc.block.end })
    this.values.set(id, v)
    this.configValues.set(rc, v)
    return v
  }

  /** Every instance of every resource (or data source) of the given types in this module. */
  resourceInstances(types: ReadonlySet<string>, mode: 'managed' | 'data' = 'managed'): ResourceInstance[] {
    const out: ResourceInstance[] = []
    const map = mode === 'managed' ? this.config.resources : this.config.data
    for (const rc of map.values()) if (types.has(rc.type)) appendAll(out, this.expand(rc).instances)
    return out
  }

  // ----- module calls

  children(): ChildModule[] {
    const out: ChildModule[] = []
    for (const mc of this.config.modules.values()) appendAll(out, this.expandCall(mc).instances)
    return out
  }

  private expandCall(mc: ModuleCallConfig): Expanded<ChildModule> {
    const cached = this.calls.get(mc.name)
    if (cached) return cached
    const base: Scope = { ns: this, f: mc.f }
    const what = `${this.prefix}module.${mc.name}`
    const pending: Expanded<ChildModule> = { kind: 'single', instances: [], byKey: new Map() }
    this.calls.set(mc.name, pending)
    const { kind, keys } = expandKeys(this.ctx, mc.block, { scope: base, what, prefix: this.prefix })
    const at: Origin = { f: mc.f, s: mc.block.start, e: mc.block.end }
    const e: Expanded<ChildModule> = { kind, instances: [], byKey: new Map() }
    for (const k of keys) {
      const child = this.makeChild(mc, k.key, instanceScope(base, k.key, k.each, kind, at), k.maybe)
      e.instances.push(child)
      if (k.key.k === 'int' || k.key.k === 'str') e.byKey.set(k.key.v, child)
      if (k.key.k === 'unknown') {
        e.wildcard = child
        e.wildcardMaybe = k.maybe
      }
    }
    this.calls.set(mc.name, e)
    return e
  }

  private makeChild(mc: ModuleCallConfig, key: InstanceKey, scope: Scope, maybe: MaybeCondition | undefined): ChildModule {
    const address = `${this.prefix}module.${mc.name}${keySuffix(key)}`
    const inputs = new Map<string, TfValue | undefined>()
    const META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on'])
    const call: ModuleCallInstance = {
      parent: this,
      config: mc,
      key,
      address,
      scope,
      maybe: maybe ? [...this.maybe, maybe] : this.maybe,
      input: (name) => {
        if (META.has(name)) return undefined
        if (inputs.has(name)) return inputs.get(name)
        const a = attr(mc.block.body, name)
        const v = a ? this.ctx.ev.eval(a.expr, a.file === undefined ? scope : { ...scope, f: a.file }) : undefined
        inputs.set(name, v)
        return v
      },
      inputAt: (name) => {
        const a = attr(mc.block.body, name)
        return a ? { f: a.file ?? mc.f, s: a.start, e: a.end } : undefined
      },
    }
    const kind = this.ctx.classifySource(mc.source)
    if (kind === 'registry-s3') return { kind, call }
    if (kind === 'registry-s3-notification') return { kind, call }
    const vendored =
      kind === 'other' ? this.ctx.vendoredModule([...this.callChain().map((c) => c.config.name), mc.name].join('.')) : undefined
    // `terraform init` copies a module from an absolute path as from a remote one; not vendored,
    // it is read where it is, as a local one (which outside the scanned paths it is not).
    const absolute = kind === 'other' && mc.source !== undefined && mc.source.startsWith('/')
    if ((kind === 'other' && !vendored && !absolute) || mc.source === undefined) {
      return {
        kind: 'other',
        call,
        reason: mc.source === undefined ? 'its source is not a literal string' : `${mc.source} is not vendored in the scanned files`,
      }
    }
    const dir = vendored ?? path.resolve(this.config.dir, mc.source)
    if (!this.ctx.insideRoots(dir)) {
      this.ctx.problem(
        'FILE_OUTSIDE_ROOT',
        blockHeader(mc.f, mc.block),
        `module "${mc.name}" calls ${mc.source}${vendored ? ', which `terraform init` put' : ''} outside the scanned paths; it was not read, so nothing it declares is checked`,
        'warning',
      )
      return { kind: 'other', call, reason: `${mc.source} is outside the scanned paths` }
    }
    const config = this.ctx.config(dir)
    if (!config) return { kind: 'other', call, reason: `${mc.source} has no Terraform files inside the scanned paths` }
    const real = this.ctx.realDir(dir)
    for (const ancestor of [this, ...this.callChain().map((c) => c.parent)]) {
      if (ancestor.config.dir === dir || this.ctx.realDir(ancestor.config.dir) === real) {
        this.ctx.problem(
          'MODULE_CYCLE',
          blockHeader(mc.f, mc.block),
          `module "${mc.name}" calls ${mc.source}, which is already being expanded (a module cycle)`,
          'error',
        )
        return { kind: 'other', call, reason: 'it is part of a module cycle' }
      }
    }
    if (this.depth + 1 > MAX_MODULE_DEPTH) {
      // An error, as for a module cycle: what the module declares (a public bucket, say) is not
      // checked, and a warning alone let the gate pass over it.
      this.ctx.problem(
        'EVAL_LIMIT',
        blockHeader(mc.f, mc.block),
        `Modules nest deeper than ${MAX_MODULE_DEPTH} levels; module "${mc.name}" is not expanded, so nothing it declares is checked`,
        'error',
      )
      return { kind: 'other', call, reason: 'modules nest too deeply' }
    }
    // Module calls without `count` multiply too: a module calling the next twice, 30 levels deep,
    // made 2^30 instances of a 15-file configuration. (Past the cap a `count` is one unknown
    // instance, `[*]`, which is still read.)
    if (key.k === 'none' && (expandedPerUnit.get(this.ctx) ?? 0) > this.ctx.limits.maxInstances * 10) {
      if (!warnedModulesCapped.has(this.ctx)) {
        warnedModulesCapped.add(this.ctx)
        this.ctx.problem(
          'EVAL_LIMIT',
          blockHeader(mc.f, mc.block),
          `this configuration expands to more than ${this.ctx.limits.maxInstances * 10} resource and module instances (10 × limits.maxInstances); module "${mc.name}" and the module calls after it are not expanded, so nothing they declare is checked`,
          'error',
        )
      }
      return { kind: 'other', call, reason: 'the configuration expands to too many instances' }
    }
    return { kind: 'local', call, instance: new ModuleInstance(this.ctx, config, `${address}.`, call, this.depth + 1) }
  }

  private moduleValue(name: string, at: Origin | undefined): TfValue {
    const cached = this.values.get(`module.${name}`)
    if (cached) return cached
    const mc = this.config.modules.get(name)
    if (!mc) return failure(`module.${name} is not declared`, at)
    const e = this.expandCall(mc)
    if (isPending(e)) return unknown(`module.${name} depends on itself`, at)
    const v = collectionValue(e, (c) => childValue(c), `${this.prefix}module.${name}`, { f: mc.f, s: mc.block.start, e: mc.block.end })
    this.values.set(`module.${name}`, v)
    return v
  }
}

function childValue(c: ChildModule): TfValue {
  const target: RefTarget = {
    describe: c.call.address,
    get: (name, at) => {
      if (c.kind === 'local') return outputForCaller(c.instance, c.call.address, name, at)
      if (c.kind === 'registry-s3') return registryS3Output(c.call, name, at)
      if (c.kind === 'registry-s3-notification')
        return unknown(`output ${name} of ${c.call.address} is not modelled`, at, `${c.call.address}.${name}`)
      return unknown(`module ${c.call.address} is not scanned (${c.reason})`, at, `${c.call.address}.${name}`)
    },
    whole: (at) => {
      if (c.kind !== 'local') return unknown(`module ${c.call.address} is not scanned`, at)
      const attrs = new Map<string, TfValue>()
      for (const o of c.instance.config.outputs.keys()) attrs.set(o, outputForCaller(c.instance, c.call.address, o, at))
      return obj(attrs, at)
    },
  }
  return { k: 'ref', target }
}

/** A module output as its caller reads it: one declared `sensitive = true` has its texts masked, as Terraform marks it. */
function outputForCaller(instance: ModuleInstance, address: string, name: string, at: Origin | undefined): TfValue {
  const v = instance.output(name, at)
  return instance.config.outputs.get(name)?.sensitive ? markSensitive(instance.ctx.sensitive, v, `${address}.${name}`, at) : v
}

/** Outputs of `terraform-aws-modules/s3-bucket/aws` that name its bucket. */
function registryS3Output(call: ModuleCallInstance, name: string, at: Origin | undefined): TfValue {
  const id = call.address
  switch (name) {
    case 's3_bucket_id':
      return { k: 'sym', parts: [{ kind: 'bucket', id, attr: 'name' }], at }
    case 's3_bucket_arn':
      return { k: 'sym', parts: [{ kind: 'bucket', id, attr: 'arn' }], at }
    case 's3_bucket_bucket_domain_name':
    case 's3_bucket_bucket_regional_domain_name':
      return { k: 'sym', parts: [{ kind: 'bucket', id, attr: 'domain' }], at }
    default:
      return unknown(`output ${name} of ${id} is not modelled`, at, `${id}.${name}`)
  }
}

export type { TfUnknown }
