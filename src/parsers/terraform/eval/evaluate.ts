/**
 * Static evaluation of HCL expressions. Nothing is executed: functions are our own
 * re-implementations, references resolve through `Namespaces` (variables, locals, resources...),
 * and whatever cannot be known becomes `unknown` with a reason.
 *
 * Hostile input is bounded: every evaluation step counts against `limits.maxEvalSteps`, every
 * collection against `limits.maxCollectionSize`, and reference chains against a depth limit, so
 * a cycle or a billion-element `range()` ends as `unknown` plus one problem, never a hang.
 */
import type { Limits } from '../../../limits.js'
import type { StrPart } from '../../../model/value.js'
import type { BinaryExpr, Expr, ForExpr, SplatExpr, TemplateExpr, TemplatePart } from '../hcl/ast.js'
import { callFunction, type FunctionHost } from './functions.js'
import type { SourceFiles } from './source-files.js'
import {
  bool,
  failure,
  isStringLike,
  list,
  nul,
  num,
  obj,
  str,
  strFromParts,
  knownText,
  toBoolean,
  toNumber,
  toStr,
  typeName,
  unknown,
  valuesEqual,
  differentCollectionKinds,
  withAt,
  withoutIdentity,
  type Origin,
  type StrSource,
  type TfString,
  type TfSym,
  type TfUnknown,
  type TfValue,
  oneOf,
} from './value.js'

/** What a bare name at the root of a traversal means in the current module. */
export interface Namespaces {
  /** `var`, `local`, `module`, `data`, `path`, a resource type...; `undefined` when undeclared. */
  root(name: string, at: Origin): TfValue | undefined
  /** Absolute directory of the module (for `path.module` and relative `file()` paths). */
  moduleDir: string
  /** Absolute directory of the root module (`path.root`, and the base of relative paths). */
  rootDir: string
  /** Display prefix of the module instance (`module.a.`), for unknown keys. */
  prefix: string
}

export interface Scope {
  ns: Namespaces
  /** File the expression belongs to. */
  f: number
  /** Iterator variables of `for` expressions and dynamic blocks, `each`, `count`. */
  iter?: Map<string, TfValue>
}

export type ProblemSink = (code: string, at: Origin, message: string, level: 'error' | 'warning') => void

/**
 * A value as part of a derived unknown's key: known primitives by value, an unknown by its own
 * key; `undefined` when the value cannot be told apart from others (then neither can the result).
 */
function keyPart(v: TfValue): string | undefined {
  switch (v.k) {
    case 'string':
      return JSON.stringify(v.v)
    case 'number':
    case 'bool':
      return String(v.v)
    case 'null':
      return 'null'
    case 'unknown':
      return v.key
    default:
      return undefined
  }
}

/**
 * The longest key an unknown keeps. A key spells out how the value was derived, so a chain of
 * `l2 = var.c ? local.l1 : upper(local.l1)` doubles it at each step: twenty locals reached V8's
 * string limit, which threw and lost the module. Past this, the value is an unknown of its own.
 */
const MAX_KEY_CHARS = 4096

/** `base` derived by `how` from `parts`: a key only when every part has one, and it is not too long. */
function derivedKey(base: string | undefined, how: (parts: string[]) => string, parts: readonly TfValue[]): string | undefined {
  if (base === undefined) return undefined
  let chars = base.length
  const ps: string[] = []
  for (const part of parts) {
    const p = keyPart(part)
    if (p === undefined) return undefined
    chars += p.length
    if (chars > MAX_KEY_CHARS) return undefined
    ps.push(p)
  }
  const key = how(ps)
  return key.length > MAX_KEY_CHARS ? undefined : key
}

/** A literal, or a template of literal text only. */
/**
 * What is still read once the budget is spent: literals, and references to a resource by its
 * address (`aws_s3_bucket.b.id`, `aws_s3_bucket.b[0].arn`), which link a setting resource to its
 * bucket. Each is as long as its text, and a resource's attributes are read once (cached), so
 * this stays bounded by the source; a variable, local, data source or call is not.
 */
function isConstant(expr: Expr): boolean {
  switch (expr.t) {
    case 'literal':
      return true
    case 'template':
      return expr.parts.every((p) => p.t === 'lit')
    case 'var':
      return RESOURCE_TYPE.test(expr.name)
    case 'getattr':
      return expr.obj.t !== 'literal' && isConstant(expr.obj)
    case 'index':
      return isConstant(expr.obj) && (expr.key.t === 'literal' || (expr.key.t === 'template' && isConstant(expr.key)))
    default:
      return false
  }
}

/** A resource type (`aws_s3_bucket`): the root names Terraform reserves have no underscore. */
const RESOURCE_TYPE = /^[A-Za-z][A-Za-z0-9-]*_[A-Za-z0-9_-]*$/

function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message.includes('call stack')
}

/** Reference chains deeper than this are cut (a thousand locals each naming the previous one). */
const MAX_REFERENCE_DEPTH = 400

/** Templates this long or shorter cost nothing for their text: only a long one is charged. */
const TEXT_CHARGED_FROM = 1024

/**
 * Functions whose result holds only texts of their arguments' values, whole: what they return of
 * a sensitive value is registered already, and looking into their arguments (whole collections,
 * on every call of a loop) would cost for nothing. Not `keys()` or `transpose()`, which make texts
 * of a map's keys: a sensitive map's keys are sensitive too.
 */
const REARRANGING = new Set([
  'alltrue',
  'anytrue',
  'chunklist',
  'coalesce',
  'coalescelist',
  'compact',
  'concat',
  'contains',
  'distinct',
  'element',
  'flatten',
  'index',
  'length',
  'lookup',
  'merge',
  'nonsensitive',
  'one',
  'reverse',
  'sensitive',
  'setintersection',
  'setproduct',
  'setsubtract',
  'setunion',
  'slice',
  'sort',
  'tolist',
  'tomap',
  'toset',
  'try',
  'values',
  'zipmap',
])

export class Evaluator {
  steps = 0
  private exhausted = false
  private refDepth = 0
  /** Where a reference chain ran out of stack, until the warning can be reported. */
  private overflowAt: Origin | undefined

  constructor(
    readonly files: SourceFiles,
    readonly limits: Limits,
    readonly problem: ProblemSink,
    readonly host: Pick<FunctionHost, 'files' | 'loadFile' | 'parseTemplate' | 'markSensitive' | 'markDerived'>,
  ) {}

  /** Counts one step; false once the unit's budget is spent (the caller returns unknown). */
  step(at: Origin): boolean {
    if (this.exhausted) return false
    if (++this.steps > this.limits.maxEvalSteps) {
      this.exhausted = true
      this.problem(
        'EVAL_LIMIT',
        at,
        `Evaluation stopped after ${this.limits.maxEvalSteps} steps; the remaining values are treated as unknown`,
        'warning',
      )
      return false
    }
    return true
  }

  /** Counts `n` steps at once (elements a function builds); false once the budget is spent. */
  charge(n: number, at: Origin): boolean {
    if (this.exhausted) return false
    this.steps += n - 1
    return this.step(at)
  }

  /**
   * `valuesEqual`, charged for the elements it walks: comparing walks both values whole, and
   * `[for i in range(100000) : var.x ? local.big : local.big]` compared 10^10 elements on 10^5
   * steps charged. 'spent' once the budget is.
   */
  private chargedEqual(a: TfValue, b: TfValue, at: Origin): boolean | undefined | 'spent' {
    const budget = { left: this.limits.maxEvalSteps }
    const e = valuesEqual(a, b, budget)
    return this.charge(Math.max(1, this.limits.maxEvalSteps - budget.left), at) ? e : 'spent'
  }

  get budgetExhausted(): boolean {
    return this.exhausted
  }

  private active: string[] = []
  private activeSet = new Set<string>()
  private inCycle = new Set<string>()

  /**
   * Evaluates a named thing (`module.a.local.x`) once at a time: re-entering it is a cycle, and
   * every participant of the cycle ends as unknown (not just the one where it was noticed).
   */
  guardRef(key: string, at: Origin, f: () => TfValue): TfValue {
    const cycleValue = () => unknown(`${key} is part of a reference cycle`, at, key)
    if (this.activeSet.has(key)) {
      this.problem('EVAL_CYCLE', at, `${key} refers to itself (a reference cycle)`, 'warning')
      for (let i = this.active.lastIndexOf(key); i < this.active.length; i++) this.inCycle.add(this.active[i]!)
      return cycleValue()
    }
    this.active.push(key)
    this.activeSet.add(key)
    try {
      const v = this.nested(at, () => unknown('references nest too deeply', at), f)
      return this.inCycle.has(key) ? cycleValue() : v
    } finally {
      this.active.pop()
      this.activeSet.delete(key)
    }
  }

  /** Runs `f` one reference level deeper (locals, variables, outputs, resource attributes). */
  nested<R>(at: Origin, onTooDeep: () => R, f: () => R): R {
    if (this.refDepth >= MAX_REFERENCE_DEPTH) {
      this.problem('EVAL_LIMIT', at, `References nest deeper than ${MAX_REFERENCE_DEPTH} levels; treated as unknown`, 'warning')
      return onTooDeep()
    }
    this.refDepth++
    try {
      return f()
    } catch (e) {
      // Some chains take many frames a level (a policy document whose source is the next one's
      // `json`: 5,000 of them): the stack ends before MAX_REFERENCE_DEPTH does. Cut the chain
      // here rather than abandon the module; the warning waits until the stack has unwound.
      if (!isStackOverflow(e)) throw e
      this.overflowAt ??= at
      return onTooDeep()
    } finally {
      this.refDepth--
      if (this.refDepth === 0 && this.overflowAt) {
        const where = this.overflowAt
        this.overflowAt = undefined
        this.problem('EVAL_LIMIT', where, 'References nest too deeply for the stack; treated as unknown', 'warning')
      }
    }
  }

  /**
   * Where a node is. An AST belongs to one file, so the origin is cached on the node: evaluating
   * a million nodes must not allocate a million identical objects.
   */
  /** An expression's text on one line, as condition keys spell it (see `maybeCondition`); kept per node. */
  private sourceText(scope: Scope, e: Expr): string {
    const node = e as Expr & { _text?: { f: number; text: string } }
    if (node._text?.f === scope.f) return node._text.text
    const o = this.origin(scope, e)
    const text = this.files.oneLine(o.f, o.s, o.e)
    node._text = { f: scope.f, text }
    return text
  }

  origin(scope: Scope, e: { start: number; end: number }): Origin {
    const node = e as { start: number; end: number; _origin?: Origin }
    const o = node._origin
    if (o !== undefined && o.f === scope.f) return o
    return (node._origin = { f: scope.f, s: e.start, e: e.end })
  }

  eval(expr: Expr, scope: Scope): TfValue {
    const at = this.origin(scope, expr)
    // A constant costs one step at most and is bounded by the source text itself: a module that
    // spends the budget on one expensive local must not hide `acl = "public-read"` behind it.
    if (!this.step(at) && !isConstant(expr)) return unknown('evaluation budget exhausted', at)
    switch (expr.t) {
      case 'literal':
        if (expr.value === null) return nul(at)
        return typeof expr.value === 'number' ? num(expr.value, at) : bool(expr.value, at)
      case 'template':
        return this.template(expr, scope)
      case 'paren':
        return withAt(this.eval(expr.expr, scope), at)
      case 'var': {
        const local = scope.iter?.get(expr.name)
        if (local) return local
        const v = scope.ns.root(expr.name, at)
        if (v === undefined) return failure(`"${expr.name}" is not declared`, at)
        return v
      }
      case 'getattr':
        return this.getAttr(this.eval(expr.obj, scope), expr.name, at)
      case 'index':
        return this.firstOrFallback(expr.obj, expr.key, scope, at) ?? this.index(this.eval(expr.obj, scope), this.eval(expr.key, scope), at)
      case 'splat':
        return this.splat(expr, scope)
      case 'call':
        return this.call(expr, scope)
      case 'tuple': {
        const items = expr.items.map((i) => this.eval(i, scope))
        return list(items, at)
      }
      case 'object': {
        const attrs = new Map<string, TfValue>()
        for (const item of expr.items) {
          const key = item.keyIsIdent && item.key.t === 'var' ? str(item.key.name) : this.eval(item.key, scope)
          const ks = toStr(key)
          if (!ks || ks.k !== 'string') {
            return unknown(
              ks && ks.k === 'unknown' ? ks.why : 'an object key is not known statically',
              this.origin(scope, item.key),
              ks && ks.k === 'unknown' ? ks.key : undefined,
            )
          }
          attrs.set(ks.v, this.eval(item.value, scope))
        }
        return obj(attrs, at)
      }
      case 'for':
        return this.forExpr(expr, scope)
      case 'unary': {
        const v = this.eval(expr.operand, scope)
        if (v.k === 'unknown') {
          // `-length(x)` is not at least what `length(x)` is.
          const { atLeast: _, ...rest } = withAt(withoutIdentity(v), at) as TfUnknown
          return rest
        }
        if (expr.op === '!') {
          const b = toBoolean(v)
          return b === undefined ? failure(`"!" needs a bool, found ${typeName(v)}`, at) : bool(!b, at)
        }
        const n = toNumber(v)
        return n === undefined ? failure(`"-" needs a number, found ${typeName(v)}`, at) : num(-n, at)
      }
      case 'binary':
        return this.binary(expr, scope)
      case 'cond': {
        const c = this.eval(expr.cond, scope)
        if (c.k === 'unknown' && c.error) return failure(c.why, at, c.key)
        if (c.k !== 'unknown') {
          const b = toBoolean(c)
          if (b === undefined) return failure(`the condition must be a bool, found ${typeName(c)}`, at)
          return this.eval(b ? expr.then : expr.else, scope)
        }
        // Both branches agreeing means the condition does not matter.
        const a = this.eval(expr.then, scope)
        const b = this.eval(expr.else, scope)
        if (this.chargedEqual(a, b, at) === true) return a
        // `var.flag ? "a" : "b"` and `var.flag ? "c" : "d"` differ: the key keeps both branches.
        const u = unknown(
          `the condition is not known statically (${c.why})`,
          at,
          derivedKey(c.key, ([x, y]) => `${c.key} ? ${x} : ${y}`, [a, b]),
        )
        // The `then` branch is chosen exactly when `C` is true, the condition of `count = C ? 1 : 0`.
        return oneOf(u, [a, b], [`${scope.ns.prefix}${this.sourceText(scope, expr.cond)} is true`, undefined])
      }
      case 'invalid':
        return failure('the expression could not be parsed', at)
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Traversals

  getAttr(v: TfValue, name: string, at: Origin): TfValue {
    switch (v.k) {
      case 'ref':
        return v.target.get(name, at)
      case 'object': {
        const a = v.attrs.get(name)
        return a ?? failure(`the object has no attribute "${name}"`, at)
      }
      case 'unknown': {
        // An error (an undeclared variable) stays an error, but its key is derived as for any
        // unknown: `var.o.a` and `var.o.b` must not link to the same bucket.
        const key = v.key ? `${v.key}.${name}` : undefined
        if (v.error) return failure(v.why, at, key)
        const u = unknown(v.why, at, key)
        if (v.oneOf) {
          const each = v.oneOf.map((x) => this.getAttr(x, name, at))
          if (!each.some((x) => x.k === 'unknown' && x.error)) {
            u.oneOf = each
            if (v.oneOfWhen) u.oneOfWhen = v.oneOfWhen
          }
        }
        return u
      }
      case 'list':
        // `aws_s3_bucket.b.0` style legacy access and attribute access on a one-element block list.
        if (v.items.length === 1) return this.getAttr(v.items[0]!, name, at)
        return failure(`cannot read attribute "${name}" of a list`, at)
      case 'null':
        return failure(`cannot read attribute "${name}" of null`, at)
      default:
        return failure(`cannot read attribute "${name}" of a ${typeName(v)}`, at)
    }
  }

  index(v: TfValue, key: TfValue, at: Origin): TfValue {
    if (v.k === 'ref') {
      if (v.target.index) return v.target.index(key, at)
      if (v.target.noInstanceKey)
        return failure(`${v.target.describe} has no "count" or "for_each", so a reference to it must not include an index key`, at)
      const ks = toStr(key)
      const text = ks && knownText(ks)
      if (text !== undefined) return v.target.get(text, at)
      return unknown(`the index into ${v.target.describe} is not known statically`, at)
    }
    // `var.names[0]` and `var.names[1]` are different unknowns: the key keeps the index, also
    // when the base is an error (an undeclared variable), which the index leaves an error.
    if (v.k === 'unknown') {
      const k = derivedKey(v.key, ([i]) => `${v.key}[${i}]`, [key])
      return v.error ? failure(v.why, at, k) : unknown(v.why, at, k)
    }
    if (key.k === 'unknown') {
      if (key.error) return key
      // Not `key.key`: `aws_s3_bucket.b[var.i]` is not the value `var.i`, nor `aws_s3_bucket.c[var.i]`.
      const u = unknown(`the index is not known statically (${key.why})`, at)
      return v.k === 'list' ? oneOf(u, v.items) : v.k === 'object' ? oneOf(u, [...v.attrs.values()]) : u
    }
    if (v.k === 'list') {
      const n = toNumber(key)
      if (n === undefined || !Number.isInteger(n)) return failure(`a list index must be a whole number, found ${typeName(key)}`, at)
      const item = v.items[n]
      return item ?? failure(`index ${n} is out of range (${v.items.length} elements)`, at)
    }
    if (v.k === 'object') {
      const ks = toStr(key)
      const text = ks && knownText(ks)
      if (text === undefined) return unknown('the key is not known statically', at)
      const a = v.attrs.get(text)
      return a ?? failure(`the map has no element "${text}"`, at)
    }
    return failure(`cannot index a ${typeName(v)}`, at)
  }

  private splat(expr: SplatExpr, scope: Scope): TfValue {
    const at = this.origin(scope, expr)
    let base = this.eval(expr.obj, scope)
    // A collection of instances as a list; a single resource or module (no `count`) is the one
    // value the splat wraps, read attribute by attribute as `aws_s3_bucket.b.id` is.
    if (base.k === 'ref' && base.target.index) base = base.target.whole(at)
    if (base.k === 'unknown') return base.error ? base : unknown(base.why, at, base.key)
    let items: TfValue[]
    if (base.k === 'list') items = base.items
    else if (base.k === 'null') return list([], at)
    // A splat on a single value wraps it in a one-element list.
    else items = [base]
    if (!this.charge(items.length, at)) return unknown('evaluation budget exhausted', at)
    const out: TfValue[] = []
    for (const item of items) {
      let v: TfValue = item
      for (const op of expr.ops) {
        if (op.t === 'getattr') v = this.getAttr(v, op.name, at)
        else v = this.index(v, this.eval(op.key, scope), at)
      }
      out.push(v)
    }
    return list(out, at)
  }

  /**
   * `one(x[*].id)` over resources whose instances are not known statically and may be none
   * (`count = var.on ? 1 : 0`): the id of the one instance when it exists, null when not, with
   * the condition under which it exists, so that a setting resource created under the same one
   * configures that bucket (the idiom of cloudposse modules). More than one instance would make
   * `one()` fail, so in a configuration that applies there is at most one.
   */
  private oneOfMaybeInstance(
    splat: SplatExpr,
    scope: Scope,
    at: Origin,
    absent: TfValue = nul(at),
    what = absent.k === 'string' ? 'join() may be ""' : 'one() may be null',
  ): TfValue | undefined {
    const base = this.eval(splat.obj, scope)
    const over = base.k === 'ref' ? base.target.unknownKeys : undefined
    if (!over?.maybe) return undefined
    let v = over.each
    for (const op of splat.ops) v = op.t === 'getattr' ? this.getAttr(v, op.name, at) : this.index(v, this.eval(op.key, scope), at)
    if (v.k === 'unknown' && v.error) return failure(v.why, at, v.key)
    // join() of the one instance is its value, as a string: a list or object is join()'s error.
    if (absent.k === 'string' && v.k !== 'string' && v.k !== 'sym' && v.k !== 'unknown') return undefined
    const u = unknown(`${over.maybe.why}, so ${what}`, at)
    return oneOf(u, [v, absent], [over.maybe.key, undefined])
  }

  /**
   * `element(concat(aws_s3_bucket.b.*.id, [""]), 0)` and `concat(aws_s3_bucket.b[*].id, [""])[0]`,
   * the idiom of modules written for Terraform 0.11 (before `one()` and `try()`) for a bucket with
   * `count = 0 or 1`: the instance's value when it exists, else the fallback. Read as any list
   * not known statically, a setting resource naming it made every bucket of the module unknown.
   * Undefined when the expression is not of that shape (it is then evaluated as usual).
   */
  private firstOrFallback(list: Expr, index: Expr, scope: Scope, at: Origin): TfValue | undefined {
    const inner = unparenExpr(list)
    if (inner.t !== 'call' || inner.name !== 'concat' || inner.expandFinal || inner.args.length !== 2) return undefined
    const [splat, rest] = [unparenExpr(inner.args[0]!), unparenExpr(inner.args[1]!)]
    if (splat.t !== 'splat' || rest.t !== 'tuple' || !rest.items.length) return undefined
    const i = unparenExpr(index)
    if (i.t !== 'literal' || i.value !== 0) return undefined
    const fallback = this.eval(rest.items[0]!, scope)
    if (fallback.k !== 'string' && fallback.k !== 'null') return undefined
    return this.oneOfMaybeInstance(
      splat,
      scope,
      at,
      fallback,
      `the first element may be ${fallback.k === 'null' ? 'null' : `"${fallback.v}"`}`,
    )
  }

  // ---------------------------------------------------------------------------------------------
  // Templates

  private template(expr: TemplateExpr, scope: Scope): TfValue {
    const at = this.origin(scope, expr)
    const parts = expr.parts
    // `"${x}"` is x itself, unconverted (Terraform's rule for a lone interpolation).
    if (parts.length === 1 && parts[0]!.t === 'interp') return withAt(this.eval(parts[0]!.expr, scope), at)
    // A template of literal text only has one value per file: keep it on the node (values are immutable).
    const node = expr as TemplateExpr & { _literal?: TfValue }
    if (node._literal !== undefined && node._literal.at === at) return node._literal
    const out: StrPart[] = []
    const anchors: number[] = []
    const state = { len: 0 }
    const err = this.templateParts(parts, scope, out, anchors, state, expr)
    // The template is as much an error as its part, but not the same value: `"a-${var.x}"` and
    // `"b-${var.x}"` (x undeclared) must not link to one bucket through the key of `var.x`.
    if (err) return err.key === undefined ? err : failure(err.why, err.at ?? at, this.templateKey(parts, scope))
    // Its text is charged, a step per 16 characters, as comparing values is: `"${local.big}-${count.index}"`
    // over a 2 MB local built 2 MB a bucket, gigabytes within the step budget.
    if (state.len > TEXT_CHARGED_FROM && !this.charge(state.len >> 4, at)) return unknown('evaluation budget exhausted', at)
    const v = strFromParts(out, at)
    if (anchors.length) (v as TfString | TfSym).src = { f: scope.f, anchors } satisfies StrSource
    if (parts.every((p) => p.t === 'lit')) node._literal = v
    return v
  }

  /**
   * The key of a template one of whose parts is an error: its text with each interpolation's
   * value or key; none when a part has neither (or is a directive).
   */
  private templateKey(parts: TemplatePart[], scope: Scope): string | undefined {
    let text = ''
    for (const part of parts) {
      if (part.t === 'lit') {
        text += part.value
        continue
      }
      if (part.t !== 'interp') return undefined
      const v = this.eval(part.expr, scope)
      if (v.k === 'unknown') {
        if (v.key === undefined) return undefined
        text += '${' + v.key + '}'
        continue
      }
      const s = toStr(v)
      if (!s || s.k !== 'string') return undefined
      text += s.v
    }
    return JSON.stringify(text)
  }

  /** Appends the text of `parts`; returns an error value when a part cannot be a string. */
  private templateParts(
    parts: TemplatePart[],
    scope: Scope,
    out: StrPart[],
    anchors: number[],
    state: { len: number },
    expr: TemplateExpr,
  ): TfUnknown | undefined {
    for (const part of parts) {
      const at = this.origin(scope, part)
      if (part.t === 'lit') {
        this.anchorLiteral(part.value, part.start, scope.f, expr, anchors, state.len, part.end)
        out.push(part.value)
        state.len += part.value.length
        continue
      }
      if (part.t === 'interp') {
        const v = this.eval(part.expr, scope)
        const pos = this.files.position(scope.f, part.start)
        anchors.push(state.len, pos.line, pos.column)
        const e = this.appendValue(v, at, out, state)
        if (e) return e
        if (this.templateTooBig(out, anchors, state)) return this.tooLong(at)
        continue
      }
      if (part.t === 'if') {
        const c = this.eval(part.cond, scope)
        if (c.k === 'unknown') {
          out.push({ kind: 'unknown', why: `a template condition is not known (${c.why})` })
          state.len++
          continue
        }
        const b = toBoolean(c)
        if (b === undefined) return failure('a template condition must be a bool', at)
        const e = this.templateParts(b ? part.then : part.else, scope, out, anchors, state, expr)
        if (e) return e
        continue
      }
      // %{ for }
      const coll = this.eval(part.coll, scope)
      const entries = this.iterate(coll, at)
      if (entries.k === 'unknown') {
        out.push({ kind: 'unknown', why: `a template loop's collection is not known (${entries.why})` })
        state.len++
        continue
      }
      // The copy costs a step per enclosing loop variable: 200 nested loops charged one step for
      // two hundred, and ran for a minute within the budget.
      if (!this.charge(1 + (scope.iter?.size ?? 0), at)) return unknown('evaluation budget exhausted', at)
      const iter = new Map(scope.iter)
      const inner: Scope = { ...scope, iter }
      for (const [k, v] of entries.pairs) {
        if (!this.charge(1, at)) return unknown('evaluation budget exhausted', at)
        if (part.keyVar) iter.set(part.keyVar, k)
        iter.set(part.valueVar, v)
        const e = this.templateParts(part.body, inner, out, anchors, state, expr)
        if (e) return e
        if (this.templateTooBig(out, anchors, state)) return this.tooLong(at)
      }
    }
    return undefined
  }

  /**
   * A template is bounded by its length, and by its pieces: `%{ for }` loops that append one
   * character at a time kept a piece and a source anchor per character (650 MB for 5 million).
   */
  private templateTooBig(out: StrPart[], anchors: number[], state: { len: number }): boolean {
    const max = this.limits.maxCollectionSize
    return state.len > max * 64 || out.length > max * 4 || anchors.length > max * 12
  }

  private appendValue(v: TfValue, at: Origin, out: StrPart[], state: { len: number }): TfUnknown | undefined {
    if (v.k === 'unknown') {
      if (v.error) return v
      const why = v.key ? `${v.key}: ${v.why}` : v.why
      out.push(v.ident === undefined ? { kind: 'unknown', why } : { kind: 'unknown', why, key: v.ident })
      state.len++
      return undefined
    }
    if (v.k === 'sym') {
      for (const p of v.parts) {
        out.push(p)
        state.len += typeof p === 'string' ? p.length : 1
      }
      return undefined
    }
    if (v.k === 'null') return failure('a template cannot include a null value', at)
    const s = toStr(v)
    if (!s || s.k !== 'string') return failure(`a template cannot include a ${typeName(v)}`, at)
    out.push(s.v)
    state.len += s.v.length
    return undefined
  }

  /** Records where each line of a literal came from (of a quoted one, where each escape ends). */
  private anchorLiteral(value: string, start: number, f: number, expr: TemplateExpr, anchors: number[], base: number, end: number): void {
    const pos = this.files.position(f, start)
    anchors.push(base, pos.line, pos.column)
    if (expr.form !== 'heredoc') {
      const raw = this.files.get(f).text
      if (end - start !== value.length) escapeAnchors(raw, start, end, value, base, (offset) => this.files.position(f, offset), anchors)
      return
    }
    let line = pos.line
    let j = value.indexOf('\n')
    while (j !== -1 && j + 1 < value.length) {
      line++
      anchors.push(base + j + 1, line, 1 + (expr.indentStripped ?? 0))
      j = value.indexOf('\n', j + 1)
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Operators

  private binary(expr: BinaryExpr, scope: Scope): TfValue {
    const at = this.origin(scope, expr)
    const l = this.eval(expr.left, scope)
    // HCL evaluates both sides of `&&` / `||`: a failed side fails the whole even where the other
    // settles the answer, so try() and can() see it (`try(x.missing && false, true)` is true).
    if (expr.op === '&&' || expr.op === '||') {
      const r = this.eval(expr.right, scope)
      if (l.k === 'unknown' && l.error) return failure(l.why, at, l.key)
      if (r.k === 'unknown' && r.error) return failure(r.why, at, r.key)
      const lb = l.k === 'unknown' ? undefined : toBoolean(l)
      const rb = r.k === 'unknown' ? undefined : toBoolean(r)
      if ((lb === undefined && l.k !== 'unknown') || (rb === undefined && r.k !== 'unknown')) return failure(`"${expr.op}" needs bools`, at)
      if (expr.op === '&&' && (lb === false || rb === false)) return bool(false, at)
      if (expr.op === '||' && (lb === true || rb === true)) return bool(true, at)
      if (l.k === 'unknown') return unknown(l.why, at, l.key)
      if (r.k === 'unknown') return unknown(r.why, at, r.key)
      return bool(rb!, at)
    }
    const r = this.eval(expr.right, scope)
    const bounded = boundedComparison(expr.op, l, r)
    if (bounded !== undefined) return bool(bounded, at)
    if (expr.op === '==' || expr.op === '!=') {
      const failed = [l, r].find((v) => v.k === 'unknown' && v.error) as TfUnknown | undefined
      if (failed) return failure(failed.why, at, failed.key)
      if (differentCollectionKinds(l, r)) return bool(expr.op === '!=', at)
      const e = this.chargedEqual(l, r, at)
      if (e === 'spent') return unknown('evaluation budget exhausted', at)
      if (e === undefined) {
        const u = l.k === 'unknown' ? l : r.k === 'unknown' ? r : undefined
        return unknown(u ? u.why : 'the comparison involves values only known at apply time', at, u?.key)
      }
      return bool(expr.op === '==' ? e : !e, at)
    }
    if (l.k === 'unknown') return l.error ? l : unknown(l.why, at, l.key)
    if (r.k === 'unknown') return r.error ? r : unknown(r.why, at, r.key)
    const a = toNumber(l)
    const b = toNumber(r)
    if (a === undefined || b === undefined) return failure(`"${expr.op}" needs numbers, found ${typeName(a === undefined ? l : r)}`, at)
    switch (expr.op) {
      case '+':
        return num(a + b, at)
      case '-':
        return num(a - b, at)
      case '*':
        return num(a * b, at)
      case '/':
        return b === 0 ? failure('division by zero', at) : num(a / b, at)
      case '%':
        return b === 0 ? failure('modulo by zero', at) : num(a % b, at)
      case '<':
        return bool(a < b, at)
      case '<=':
        return bool(a <= b, at)
      case '>':
        return bool(a > b, at)
      default:
        return bool(a >= b, at)
    }
  }

  // ---------------------------------------------------------------------------------------------
  // for expressions

  /** Key/value pairs of a collection, in Terraform's order (maps by key). */
  iterate(coll: TfValue, at: Origin): { k: 'pairs'; pairs: [TfValue, TfValue][] } | TfUnknown {
    if (coll.k === 'ref') coll = coll.target.whole(at)
    if (coll.k === 'unknown') return coll
    if (coll.k === 'list') {
      if (coll.items.length > this.limits.maxCollectionSize) return this.tooLarge(at)
      return { k: 'pairs', pairs: coll.items.map((v, i) => [coll.set ? v : num(i), v] as [TfValue, TfValue]) }
    }
    if (coll.k === 'object') {
      if (coll.attrs.size > this.limits.maxCollectionSize) return this.tooLarge(at)
      const keys = [...coll.attrs.keys()].sort()
      return { k: 'pairs', pairs: keys.map((k) => [str(k), coll.attrs.get(k)!] as [TfValue, TfValue]) }
    }
    if (coll.k === 'null') return failure('cannot iterate over null', at)
    return failure(`cannot iterate over a ${typeName(coll)}`, at)
  }

  /** Strings are bounded like collections (64 characters an element): doubling must stop. */
  private tooLong(at: Origin): TfUnknown {
    const max = this.limits.maxCollectionSize * 64
    const pieces = this.limits.maxCollectionSize * 4
    this.problem(
      'EVAL_LIMIT',
      at,
      `A string here would be longer than ${max} characters or built from more than ${pieces} pieces; treated as unknown`,
      'warning',
    )
    return unknown(`the string would be longer than ${max} characters or built from more than ${pieces} pieces`, at)
  }

  tooLarge(at: Origin): TfUnknown {
    this.problem(
      'EVAL_LIMIT',
      at,
      `A collection here has more than ${this.limits.maxCollectionSize} elements; treated as unknown`,
      'warning',
    )
    return unknown(`the collection has more than ${this.limits.maxCollectionSize} elements`, at)
  }

  private forExpr(expr: ForExpr, scope: Scope): TfValue {
    const at = this.origin(scope, expr)
    const coll = this.eval(expr.coll, scope)
    const entries = this.iterate(coll, at)
    if (entries.k === 'unknown')
      return entries.error
        ? entries
        : unknown(`the for expression iterates over a value not known statically (${entries.why})`, at, entries.key)
    const items: TfValue[] = []
    const attrs = new Map<string, TfValue>()
    const groups = new Map<string, TfValue[]>()
    // One scope for all iterations, its variables rebound each time: values never keep a scope.
    // The copy costs a step per enclosing loop variable (see `templateParts`).
    if (!this.charge(1 + (scope.iter?.size ?? 0), at)) return unknown('evaluation budget exhausted', at)
    const iter = new Map(scope.iter)
    const s: Scope = { ...scope, iter }
    for (const [k, v] of entries.pairs) {
      if (this.budgetExhausted) return unknown('evaluation budget exhausted', at)
      if (expr.keyVar) iter.set(expr.keyVar, k)
      iter.set(expr.valueVar, v)
      if (expr.cond) {
        const c = this.eval(expr.cond, s)
        if (c.k === 'unknown') return c.error ? c : unknown(`a for condition is not known statically (${c.why})`, at, c.key)
        const b = toBoolean(c)
        if (b === undefined) return failure('a for condition must be a bool', at)
        if (!b) continue
      }
      if (!expr.object) {
        items.push(this.eval(expr.valueExpr, s))
        continue
      }
      const key = toStr(this.eval(expr.keyExpr!, s))
      if (!key || key.k !== 'string') {
        if (key && key.k === 'unknown') return unknown(`a key of the for expression is not known statically (${key.why})`, at, key.key)
        return failure('the keys of an object for expression must be strings', at)
      }
      const value = this.eval(expr.valueExpr, s)
      if (expr.grouping) {
        const g = groups.get(key.v) ?? []
        g.push(value)
        groups.set(key.v, g)
      } else {
        if (attrs.has(key.v)) return failure(`duplicate key "${key.v}" in the for expression (use "..." to group)`, at)
        attrs.set(key.v, value)
      }
    }
    if (!expr.object) return list(items, at)
    if (expr.grouping) for (const [k, g] of groups) attrs.set(k, list(g, at))
    return obj(attrs, at)
  }

  // ---------------------------------------------------------------------------------------------
  // Function calls

  private call(expr: Extract<Expr, { t: 'call' }>, scope: Scope): TfValue {
    const at = this.origin(scope, expr)
    const name = expr.name.startsWith('core::') ? expr.name.slice(6) : expr.name
    if (name === 'try') {
      let last: TfValue = failure('try() needs at least one argument', at)
      for (const a of expr.args) {
        const v = this.eval(a, scope)
        const err = errorWithin(v)
        if (err) {
          last = err
          continue
        }
        return withoutIdentity(v)
      }
      return failure(`no argument of try() could be evaluated (${(last as TfUnknown).why})`, at)
    }
    if (name === 'one' && expr.args.length === 1 && expr.args[0]!.t === 'splat') {
      const v = this.oneOfMaybeInstance(expr.args[0]!, scope, at)
      if (v) return v
    }
    // `join("", aws_s3_bucket.b[*].id)` (cloudposse's idiom for a bucket with `count = 0 or 1`):
    // the instance's value when it exists, else "".
    if (name === 'join' && expr.args.length === 2 && expr.args[1]!.t === 'splat') {
      const sep = this.eval(expr.args[0]!, scope)
      const v = sep.k === 'string' ? this.oneOfMaybeInstance(expr.args[1]!, scope, at, str('', at)) : undefined
      if (v) return v
    }
    if (name === 'element' && expr.args.length === 2 && !expr.expandFinal) {
      const v = this.firstOrFallback(expr.args[0]!, expr.args[1]!, scope, at)
      if (v) return v
    }
    if (name === 'can') {
      const v = expr.args[0] ? this.eval(expr.args[0], scope) : failure('can() needs an argument', at)
      if (errorWithin(v)) return bool(false, at)
      if (v.k === 'unknown') return unknown(v.why, at, v.key)
      return bool(true, at)
    }
    let args = expr.args.map((a) => this.eval(a, scope))
    if (expr.expandFinal && args.length) {
      const last = args[args.length - 1]!
      if (last.k === 'unknown') return last.error ? last : unknown(`the expanded argument is not known (${last.why})`, at, last.key)
      if (last.k !== 'list') return failure('"..." needs a list or tuple', at)
      args = [...args.slice(0, -1), ...last.items]
    }
    let v = callFunction(name, args, at, this.functionHost(scope.ns))
    // A template file substitutes its variables as an inline template does; any other function
    // may make of a variable something else (`lower()`, `coalesce()`, `format("%5s")`).
    if (name === 'templatefile') return v
    if (!REARRANGING.has(name)) v = this.host.markDerived(args, v, `what ${name}() makes of a sensitive value`, at)
    // What a function made of an unknown is not that unknown: `lower(var.p)` is not `var.p`,
    // also when `var.p` is an error (undeclared), which the call leaves an error.
    if (v.k === 'unknown' && v.key !== undefined) {
      const key = derivedKey(v.key, (ps) => `${name}(${ps.join(', ')})`, args)
      if (v.error) return failure(v.why, v.at, key)
      const u = unknown(v.why, v.at, key)
      return v.oneOf ? oneOf(u, v.oneOf, v.oneOfWhen) : u
    }
    return withoutIdentity(v)
  }

  /** `templatefile()` templates being evaluated. */
  private templateDepth = 0
  /** What functions may use, one per module instance (built once: calls can number millions). */
  private hosts = new WeakMap<Namespaces, FunctionHost>()
  private lastHost?: { ns: Namespaces; host: FunctionHost }
  private functionHost(ns: Namespaces): FunctionHost {
    if (this.lastHost?.ns === ns) return this.lastHost.host
    let host = this.hosts.get(ns)
    if (host) {
      this.lastHost = { ns, host }
      return host
    }
    host = {
      ...this.host,
      limits: this.limits,
      problem: this.problem,
      charge: (n, where) => this.charge(n, where),
      moduleDir: ns.moduleDir,
      rootDir: ns.rootDir,
      // A template file sees only the variables passed to templatefile(), as in Terraform.
      evalTemplate: (f, template, vars) => {
        const inner: Namespaces = { root: () => undefined, moduleDir: ns.moduleDir, rootDir: ns.rootDir, prefix: ns.prefix }
        this.templateDepth++
        try {
          return this.eval(template, { ns: inner, f, iter: vars })
        } finally {
          this.templateDepth--
        }
      },
      insideTemplate: () => this.templateDepth > 0,
    }
    this.hosts.set(ns, host)
    this.lastHost = { ns, host }
    return host
  }
}

export { isStringLike }

/**
 * The first evaluation error in `v`, an element of a list or object included: Terraform fails
 * the whole `[x["missing"]]` when one element fails, so try() and can() must see it. The search
 * is bounded (a try() inside a loop over a big map would otherwise walk it again and again);
 * past the bound an error inside stays where it is, unknown to whatever reads it.
 */
function errorWithin(v: TfValue, budget = { left: 10_000 }): TfUnknown | undefined {
  if (v.k === 'unknown') return v.error ? v : undefined
  const items = v.k === 'list' ? v.items : v.k === 'object' ? v.attrs.values() : undefined
  if (!items) return undefined
  for (const item of items) {
    if (--budget.left < 0) return undefined
    const e = errorWithin(item, budget)
    if (e) return e
  }
  return undefined
}

/**
 * A comparison of a number known only to be at least some value (`TfUnknown.atLeast`) with a
 * known number, where that bound settles it: `length(doc.json) > 0`. `undefined` otherwise.
 */
function boundedComparison(op: string, l: TfValue, r: TfValue): boolean | undefined {
  const lowOf = (v: TfValue) => (v.k === 'unknown' && !v.error ? v.atLeast : undefined)
  const n = (v: TfValue) => (v.k === 'number' ? v.v : undefined)
  let low = lowOf(l)
  let b = n(r)
  let flipped = false
  if (low === undefined || b === undefined) {
    low = lowOf(r)
    b = n(l)
    flipped = true
  }
  if (low === undefined || b === undefined) return undefined
  // With the unknown on the left: is `x op b` settled by x >= low?
  const side = flipped ? (({ '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as Record<string, string>)[op] ?? op) : op
  switch (side) {
    case '>':
      return low > b ? true : undefined
    case '>=':
      return low >= b ? true : undefined
    case '<':
      return low >= b ? false : undefined
    case '<=':
      return low > b ? false : undefined
    case '==':
      return low > b ? false : undefined
    case '!=':
      return low > b ? true : undefined
  }
  return undefined
}

/**
 * Anchors after each escape of a quoted literal (`\\"`, `\\n`, `\\u0041`, `$${`): its text is shorter
 * than its source there, and a JSON policy in one line of escaped quotes put every statement after
 * the first escape early by one column per escape. Source and text are walked in step; where they
 * do not agree the walk stops, and what follows keeps the last anchor.
 */
function escapeAnchors(
  raw: string,
  start: number,
  end: number,
  value: string,
  base: number,
  position: (offset: number) => { line: number; column: number },
  anchors: number[],
): void {
  let r = start
  let d = 0
  // A bucket policy is at most 20 KB: past that many escapes a literal is no policy statement's place.
  for (let n = 0; r < end && d < value.length && n < MAX_ESCAPE_ANCHORS;) {
    const c = raw[r]!
    let rawLength = 0
    let textLength = 0
    if (c === '\\') {
      const next = raw[r + 1]
      if (next === 'u') rawLength = 6
      else if (next === 'U') rawLength = 10
      else rawLength = 2
      textLength = rawLength === 10 && parseInt(raw.slice(r + 2, r + 10), 16) > 0xffff ? 2 : 1
    } else if ((c === '$' || c === '%') && raw[r + 1] === c && raw[r + 2] === '{') {
      rawLength = 3
      textLength = 2
    } else if (c === value[d]) {
      r++
      d++
      continue
    } else return
    r += rawLength
    d += textLength
    const pos = position(r)
    anchors.push(base + d, pos.line, pos.column)
    n++
  }
}

const MAX_ESCAPE_ANCHORS = 8192

const unparenExpr = (e: Expr): Expr => (e.t === 'paren' ? unparenExpr(e.expr) : e)
