/**
 * Terraform's built-in functions, re-implemented for static evaluation. Functions that depend on
 * the machine or the moment (`timestamp`, `uuid`) or on the network are `unknown`; regular
 * expressions run in time linear in the text (`re2.ts`). `file()` and `templatefile()`
 * read only inside the scan roots (the host refuses anything else, symlinks resolved).
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import { ownEntry } from '../../../own-entry.js'
import { appendAll } from '../../../append.js'
import type { Limits } from '../../../limits.js'
import type { StrPart } from '../../../model/value.js'
import type { TemplateExpr } from '../hcl/ast.js'
import { cidrHost, cidrNetmask, cidrSubnet, cidrSubnets } from './cidr.js'
import { parseCsv } from './csv.js'
import { decodeJson, decodeYaml, encodeJson, goJsonString } from './json-value.js'
import { compileRe2, execAllRe2, execRe2, replaceAllRe2, TooCostly, Unsupported, type Re2 } from './re2.js'
import { formatGoNumber, isIntegerVerb, isNumberVerb, shortestG } from './go-number-format.js'
import type { SourceFile, SourceFiles } from './source-files.js'
import {
  bool,
  failure,
  isStringLike,
  list,
  NON_ASCII,
  nul,
  num,
  obj,
  str,
  strFromParts,
  toBoolean,
  toNumber,
  toStr,
  typeName,
  unknown,
  valuesEqual,
  valueKey,
  type Origin,
  type TfNumber,
  type TfString,
  type TfSym,
  type TfUnknown,
  type TfValue,
  oneOf,
} from './value.js'

export interface FunctionHost {
  files: SourceFiles
  limits: Limits
  problem(code: string, at: Origin, message: string, level: 'error' | 'warning'): void
  moduleDir: string
  rootDir: string
  /** Reads and registers a file inside the scan roots; a reason string when refused. */
  loadFile(abs: string, at: Origin): { f: number; text: string } | string
  /** Parses a file's text as a template (cached per file). */
  parseTemplate(f: number): TemplateExpr
  evalTemplate(f: number, template: TemplateExpr, vars: Map<string, TfValue>): TfValue
  /** Whether a `templatefile()` template is being evaluated (Terraform refuses another one inside it). */
  insideTemplate?(): boolean
  /** Counts `n` steps of work against the unit's budget; false once it is spent. */
  charge(n: number, at: Origin): boolean
  /** Registers a value Terraform marks sensitive, so nothing reported quotes it (see `SensitiveTexts.mark`). */
  markSensitive(v: TfValue, what: string, at: Origin): TfValue
  /** `v`, what a function made of `args`, its texts registered where it made them of a sensitive value. */
  markDerived(args: readonly TfValue[], v: TfValue, what: string, at: Origin): TfValue
}

type Fn = (args: TfValue[], at: Origin, host: FunctionHost) => TfValue

/** `element()` once its arguments are known. */
const elementOf = strict((args, at) => {
  const l = needList(args[0]!, 'element', at)
  if (isU(l)) return l
  const i = needNumber(args[1]!, 'element', at)
  if (isU(i)) return i
  if (!l.length) return failure('element() of an empty list', at)
  // Terraform wraps an index past the end but refuses a negative or fractional one.
  if (i < 0 || !Number.isInteger(i)) return failure(`element() needs a whole index of 0 or more, found ${i}`, at)
  return l[i % l.length]!
})

/** `bytes` as text, or `undefined` when they are not UTF-8. */
function utf8Text(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** The first top-level unknown argument, which most functions simply pass on. */
function unknownArg(args: TfValue[], at: Origin): TfUnknown | undefined {
  for (const a of args) {
    if (a.k === 'unknown') return a.error ? a : unknown(a.why, at, a.key)
  }
  return undefined
}

/** Wraps a function so unknown arguments give an unknown result and refs are read whole. */
function strict(f: Fn): Fn {
  return (args, at, host) => {
    const whole = args.map((a) => (a.k === 'ref' ? a.target.whole(at) : a))
    return unknownArg(whole, at) ?? f(whole, at, host)
  }
}

function arity(name: string, args: TfValue[], min: number, max: number, at: Origin): TfUnknown | undefined {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`
    return failure(`${name}() takes ${want} argument${min === 1 && max === 1 ? '' : 's'}, got ${args.length}`, at)
  }
  return undefined
}

function needString(v: TfValue, name: string, at: Origin): TfString | TfUnknown {
  const s = toStr(v)
  if (s && s.k === 'string') return s
  if (s && s.k === 'sym') return unknown(`${name}() of a value only known at apply time`, at)
  if (s && s.k === 'unknown') return s
  return failure(`${name}() needs a string, found ${typeName(v)}`, at)
}

function needList(v: TfValue, name: string, at: Origin): TfValue[] | TfUnknown {
  if (v.k === 'list') return v.items
  if (v.k === 'unknown') return v
  return failure(`${name}() needs a list, found ${typeName(v)}`, at)
}

function needNumber(v: TfValue, name: string, at: Origin): number | TfUnknown {
  const n = toNumber(v)
  if (n !== undefined) return n
  if (v.k === 'unknown') return v
  return failure(`${name}() needs a number, found ${typeName(v)}`, at)
}

const isU = (x: unknown): x is TfUnknown => typeof x === 'object' && x !== null && (x as TfValue).k === 'unknown'
/** The longest string a function may build (`callFunction` treats a longer one as unknown). */
const maxStringLength = (host: FunctionHost): number => host.limits.maxCollectionSize * 64
/** The characters of a text's known parts. */
function textLength(v: TfValue): number {
  if (v.k === 'string') return v.v.length
  if (v.k === 'sym') return v.parts.reduce((n, p) => n + (typeof p === 'string' ? p.length : 0), 0)
  return 0
}
/** An element of a list that is not known statically, or only in part (a text with unknown parts). */
const notKnownElement = (v: TfValue): boolean => v.k === 'unknown' || v.k === 'sym' || v.k === 'ref'
/** What `name()` gives for an element that is not known statically: unknown, or its error. */
function unknownElement(name: string, v: TfValue, at: Origin): TfUnknown {
  if (v.k === 'unknown') return v.error ? v : unknown(v.why, at, v.key)
  return unknown(`${name}() meets an element not known statically`, at)
}

/**
 * Bounds a collection a function is about to build: larger than `maxCollectionSize` is unknown,
 * and every element counts against the step budget (a thousand lists of a thousand elements
 * each are all small, together they are not).
 */
function checkSize(n: number, at: Origin, host: FunctionHost): TfUnknown | undefined {
  if (n <= host.limits.maxCollectionSize) {
    if (host.charge(n, at)) return undefined
    return unknown('evaluation budget exhausted', at)
  }
  host.problem(
    'EVAL_LIMIT',
    at,
    `A function here would build more than ${host.limits.maxCollectionSize} elements; treated as unknown`,
    'warning',
  )
  return unknown(`the result would have more than ${host.limits.maxCollectionSize} elements`, at)
}

/** Joins strings that may hold placeholders. */
function concatStr(items: (TfString | TfSym)[], sep: string, at: Origin): TfString | TfSym {
  const parts: StrPart[] = []
  items.forEach((s, i) => {
    if (i && sep) parts.push(sep)
    if (s.k === 'string') parts.push(s.v)
    else appendAll(parts, s.parts)
  })
  return strFromParts(parts, at)
}

function stringFn(name: string, f: (s: string, args: TfValue[], at: Origin, host: FunctionHost) => TfValue, min = 1, max = min): Fn {
  return strict((args, at, host) => {
    const a = arity(name, args, min, max, at)
    if (a) return a
    const s = needString(args[0]!, name, at)
    if (s.k === 'unknown') return s
    return f(s.v, args, at, host)
  })
}

/** A pattern compiled once per scan (patterns repeat across `for_each` instances and modules). */
const compiledPatterns = new Map<string, Re2 | string>()

function compiledPattern(pattern: string, name: string, at: Origin): Re2 | TfUnknown {
  let re = compiledPatterns.get(pattern)
  if (re === undefined) {
    try {
      re = compileRe2(pattern)
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e
      re = e.message
    }
    if (compiledPatterns.size >= 512) compiledPatterns.clear()
    compiledPatterns.set(pattern, re)
  }
  return typeof re === 'string' ? unknown(`${name}() with this regular expression is not evaluated (${re})`, at) : re
}

/**
 * Runs `search` with as many steps (threads × characters) as a function may walk elements, then
 * charges the unit a step per 16 of them; unknown when either runs out.
 */
function withRegexSteps<T>(name: string, at: Origin, host: FunctionHost, search: (steps: { left: number }) => T): T | TfUnknown {
  const max = host.limits.maxCollectionSize * 10
  const steps = { left: max }
  let out: T | TfUnknown
  try {
    out = search(steps)
  } catch (e) {
    if (!(e instanceof TooCostly)) throw e
    out = unknown(`${name}(): the regular expression search took too many steps`, at)
  }
  if (!host.charge(Math.ceil((max - Math.max(0, steps.left)) / 16), at)) return unknown('evaluation budget exhausted', at)
  return out
}

/** What `regex()` returns for one match: the text, a list of the groups, or an object of named groups. */
function matchValue(re: Re2, chars: readonly string[], m: Int32Array, at: Origin): TfValue {
  const group = (g: number) => (m[2 * g]! < 0 ? nul(at) : str(chars.slice(m[2 * g], m[2 * g + 1]).join(''), at))
  if (re.groups === 0) return group(0)
  if (re.names.every((n) => n === ''))
    return list(
      re.names.map((_, k) => group(k + 1)),
      at,
    )
  return obj(new Map(re.names.map((n, k) => [n, group(k + 1)])), at)
}

function regexFn(name: 'regex' | 'regexall'): Fn {
  return strict((args, at, host) => {
    const a = arity(name, args, 2, 2, at)
    if (a) return a
    const pattern = needString(args[0]!, name, at)
    if (pattern.k === 'unknown') return pattern
    const s = needString(args[1]!, name, at)
    if (s.k === 'unknown') return s
    const re = compiledPattern(pattern.v, name, at)
    if (isU(re)) return re
    if (re.names.some((n) => n !== '') && re.names.some((n) => n === ''))
      return unknown(`${name}() with named and unnamed groups mixed is not evaluated`, at)
    const chars = Array.from(s.v)
    const text = chars.map((c) => c.codePointAt(0)!)
    return withRegexSteps(name, at, host, (steps) => {
      if (name === 'regexall')
        return list(
          execAllRe2(re, text, steps).map((m) => matchValue(re, chars, m, at)),
          at,
        )
      const m = execRe2(re, text, 0, steps)
      return m ? matchValue(re, chars, m, at) : failure('regex(): the pattern did not match any part of the given string', at)
    })
  })
}

/** `jsondecode`/`yamldecode`: a string, possibly with apply-time placeholders, decoded with its positions. */
function decodeFn(name: string, decode: (v: TfString | TfSym, at: Origin, host: FunctionHost) => TfValue): Fn {
  return (args, at, host) => {
    const a = arity(name, args, 1, 1, at)
    if (a) return a
    const v = args[0]!
    if (v.k === 'unknown') return v.error ? v : unknown(v.why, at, v.key)
    if (!isStringLike(v)) return failure(`${name}() needs a string, found ${typeName(v)}`, at)
    return decode(v, at, host)
  }
}

function mathFn(name: string, f: (...n: number[]) => number, count = 1): Fn {
  return strict((args, at) => {
    const a = arity(name, args, count, count, at)
    if (a) return a
    const ns: number[] = []
    for (const x of args) {
      const n = needNumber(x, name, at)
      if (isU(n)) return n
      ns.push(n)
    }
    return num(f(...ns), at)
  })
}

/**
 * `min()` / `max()`: numbers (or strings that spell them) folded one by one. Anything else is an
 * error, as in Terraform: `min([1, 2])` (a list, not `min([1, 2]...)`) and `min(1, "a")` were NaN,
 * read as null.
 */
function extreme(name: string, args: TfValue[], pick: (a: number, b: number) => number, at: Origin): TfValue {
  if (!args.length) return failure(`${name}() needs arguments`, at)
  let m: number | undefined
  for (const a of args) {
    const n = needNumber(a, name, at)
    if (isU(n)) return n
    m = m === undefined ? n : pick(m, n)
  }
  return num(m!, at)
}

/** A string verb's precision, the characters it keeps (`%.8s`); undefined keeps all, as `%.0s` does in Terraform. */
const cutAt = (prec: string | undefined): number | undefined => (prec && Number(prec) > 0 ? Number(prec) : undefined)

/** The first `n` characters (grapheme clusters, as Terraform counts them) of `s`; all of it when `n` is undefined. */
function firstCharacters(s: string, n: number | undefined): string {
  if (n === undefined || s.length <= n) return s
  let end = 0
  let kept = 0
  for (const g of graphemes.segment(s)) {
    if (kept++ === n) break
    end = g.index + g.segment.length
  }
  return s.slice(0, end)
}

/**
 * Terraform's `format()`, as cty implements it: numbers as Go's fmt writes them
 * (`go-number-format.ts`), strings padded to a width counted in characters, `%t` never padded,
 * `%#v` as JSON.
 */
function format(spec: string, args: TfValue[], at: Origin, maxLength: number): TfValue {
  const parts: StrPart[] = []
  let ai = 0
  // The highest argument a verb used (1-based): cty rejects arguments no verb uses.
  let used = 0
  let lit = ''
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i]
    if (c !== '%') {
      lit += c
      continue
    }
    let j = i + 1
    let flags = ''
    while (j < spec.length && /[-+# 0]/.test(spec[j]!)) flags += spec[j++]
    // `%[2]s` (after the flags, before the width): the argument by its 1-based index; the verbs
    // after it go on from the next one.
    if (spec[j] === '[') {
      const close = spec.indexOf(']', j)
      const index = close > j + 1 ? spec.slice(j + 1, close) : ''
      if (!/^\d+$/.test(index) || Number(index) < 1) return failure(`format(): invalid argument index in "${spec}"`, at)
      ai = Number(index) - 1
      j = close + 1
    }
    let width = ''
    while (j < spec.length && /\d/.test(spec[j]!)) width += spec[j++]
    let prec: string | undefined
    if (spec[j] === '.') {
      prec = ''
      j++
      while (j < spec.length && /\d/.test(spec[j]!)) prec += spec[j++]
    }
    const verb = spec[j]
    i = j
    if (verb === '%') {
      lit += '%'
      continue
    }
    // `%999999999s`, `%.999999999f`: a width or precision past what any string may hold is not
    // written out (a billion digits took minutes), it is too long, as `callFunction` says.
    const numeric = verb !== undefined && isNumberVerb(verb)
    if ((verb !== 't' && Number(width || 0) > maxLength) || (numeric && Number(prec || 0) > maxLength)) throw new RangeError('format width')
    const arg = args[ai++]
    if (!arg) return failure(`format(): not enough arguments for "${spec}"`, at)
    used = Math.max(used, ai)
    // Text the verb wrote whole (numbers, `%t`); other text is padded to the width below.
    let whole = false
    let piece: string | StrPart[]
    if (arg.k === 'unknown') {
      if (arg.error) return arg
      piece = [{ kind: 'unknown', why: arg.why }]
    } else if (arg.k === 'sym' && (verb === 's' || (verb === 'v' && !flags.includes('#')))) {
      piece =
        verb === 's' && cutAt(prec)
          ? [{ kind: 'unknown', why: `format() cuts a value not known statically to ${prec} characters` }]
          : arg.parts
    } else if (arg.k === 'sym' && verb !== undefined && (isNumberVerb(verb) || verb === 't')) {
      // A text with a part not known statically may still read as a number (or a bool).
      piece = [{ kind: 'unknown', why: `format() writes with %${verb} a value not known statically` }]
    } else if (verb !== undefined && isNumberVerb(verb)) {
      const n = toNumber(arg)
      if (n === undefined) return failure(`format(): %${verb} needs a number, found ${typeName(arg)}`, at)
      // As in Terraform: an integer is required, not rounded towards one.
      if (isIntegerVerb(verb) && !Number.isInteger(n)) return failure(`format(): %${verb} needs a whole number`, at)
      piece = formatGoNumber(n, {
        verb,
        flags,
        width: width ? Number(width) : undefined,
        precision: prec === undefined ? undefined : Number(prec || 0),
      })
      whole = true
    } else {
      switch (verb) {
        case 's':
        case 'v': {
          if (verb === 'v' && arg.k === 'number' && !flags.includes('#')) {
            piece = shortestG(arg.v)
            break
          }
          const s = toStr(arg)
          if (!s || s.k !== 'string' || (verb === 'v' && flags.includes('#'))) {
            if (verb === 'v') {
              const e = encodeJson(arg, at, { left: 100_000 }, maxLength)
              piece = e.k === 'string' ? e.v : e.parts
              break
            }
            return failure(`format(): %s needs a string, found ${typeName(arg)}`, at)
          }
          piece = verb === 's' ? firstCharacters(s.v, cutAt(prec)) : s.v
          break
        }
        case 'q': {
          const s = toStr(arg)
          if (!s || s.k !== 'string') return failure('format(): %q needs a string', at)
          piece = goJsonString(firstCharacters(s.v, cutAt(prec)))
          break
        }
        case 't': {
          const b = toBoolean(arg)
          if (b === undefined) return failure('format(): %t needs a bool', at)
          piece = String(b)
          whole = true
          break
        }
        default:
          return failure(`format(): unsupported verb %${verb ?? ''}`, at)
      }
    }
    if (typeof piece === 'string' && width && !whole) {
      const pad = Number(width) - characters(piece)
      if (pad > 0) {
        const fill = (flags.includes('0') ? '0' : ' ').repeat(pad)
        piece = flags.includes('-') ? piece + fill : fill + piece
      }
    }
    if (lit) parts.push(lit)
    lit = ''
    if (typeof piece === 'string') parts.push(piece)
    else appendAll(parts, piece)
  }
  if (lit) parts.push(lit)
  // As in Terraform: `format("%s", a, b)` is an error (which `try()` skips), not "a".
  if (used < args.length)
    return failure(
      used === 0
        ? 'format(): too many arguments; no verbs in format string'
        : `format(): too many arguments; only ${used} used by format string`,
      at,
    )
  return strFromParts(parts, at)
}

/** Flattens into `out`; stops (returning false) once `out` would exceed `max` elements. */
function flatten(items: TfValue[], out: TfValue[], depth: number, max: number): TfUnknown | false | undefined {
  for (const i of items) {
    if (i.k === 'list' && depth < 100) {
      const u = flatten(i.items, out, depth + 1, max)
      if (u !== undefined) return u
    } else if (i.k === 'unknown') return i
    else if (out.length >= max) return false
    else out.push(i)
  }
  return undefined
}

/**
 * A budget for the elements one call walks inside its arguments (comparing, keying): a call is
 * charged its arguments' top level only, and a loop comparing nested values (`contains()` of a
 * list of lists) walked them whole each time, minutes on 10^5 steps charged.
 */
function walkBudget(host: FunctionHost): { left: number } {
  return { left: host.limits.maxCollectionSize * 10 }
}

/** Charges what a call walked (see `walkBudget`); an unknown when the walk was cut short or the unit's budget is spent. */
function chargeWalk(budget: { left: number }, at: Origin, host: FunctionHost): TfUnknown | undefined {
  const max = host.limits.maxCollectionSize * 10
  // Charged also when cut short: the walk was done, and a loop must not repeat it for free.
  if (!host.charge(max - Math.max(0, budget.left), at)) return unknown('evaluation budget exhausted', at)
  if (budget.left >= 0) return undefined
  host.problem('EVAL_LIMIT', at, `A function here would compare more than ${max} elements; treated as unknown`, 'warning')
  return unknown(`comparing the values would walk more than ${max} elements`, at)
}

/** The keys of the elements (see `valueKey`), or undefined when one has none. */
function keysOf(items: TfValue[], budget: { left: number }): string[] | undefined {
  const keys: string[] = []
  for (const i of items) {
    const k = valueKey(i, budget)
    if (k === undefined) return undefined
    keys.push(k)
  }
  return keys
}

/** `distinct` by comparing pairs, for elements that hold values not known statically. */
function distinctPairwise(items: TfValue[], at: Origin, budget: { left: number }): TfValue[] | TfUnknown {
  const out: TfValue[] = []
  for (const i of items) {
    let dup = false
    for (const o of out) {
      const e = valuesEqual(i, o, budget)
      if (e === undefined) return unknown('the elements cannot be compared statically', at)
      if (e) {
        dup = true
        break
      }
    }
    if (!dup) out.push(i)
  }
  return out
}

/** `matchkeys` by comparing pairs, for keys that hold values not known statically. */
function matchPairwise(values: TfValue[], keys: TfValue[], search: TfValue[], at: Origin, budget: { left: number }): TfValue[] | TfUnknown {
  const out: TfValue[] = []
  for (let i = 0; i < keys.length; i++) {
    let hit = false
    for (const s of search) {
      const eq = valuesEqual(keys[i]!, s, budget)
      if (eq === undefined) return unknown('a key of matchkeys() is not known statically', at)
      if (eq) {
        hit = true
        break
      }
    }
    if (hit) out.push(values[i]!)
  }
  return out
}

/** Keeps the elements of `a` that are (or, with `keep` false, are not) in every one of `others`. */
function filterBySets(a: TfValue[], others: TfValue[][], keep: boolean, at: Origin, host: FunctionHost): TfValue[] | TfUnknown {
  const budget = walkBudget(host)
  const aKeys = keysOf(a, budget)
  const sets: Set<string>[] = []
  for (const l of aKeys ? others : []) {
    const keys = keysOf(l, budget)
    if (!keys) break
    sets.push(new Set(keys))
  }
  let out: TfValue[] | TfUnknown
  if (aKeys && sets.length === others.length) out = a.filter((_, i) => sets.every((set) => set.has(aKeys[i]!) === keep))
  // Comparing structures pairwise is quadratic: only for small sets.
  else if (a.length * others.reduce((n, l) => n + l.length, 0) > 4_000_000) out = unknown('too many mixed elements to compare', at)
  else out = filterPairwise(a, others, keep, at, budget)
  return chargeWalk(budget, at, host) ?? out
}

/**
 * `filterBySets` by comparing pairs. An element whose membership cannot be decided (it, or one it
 * is compared with, is not known statically) makes the whole result unknown, as in Terraform:
 * `setintersection(["a"], [var.s])` is not the empty set.
 */
function filterPairwise(a: TfValue[], others: TfValue[][], keep: boolean, at: Origin, budget: { left: number }): TfValue[] | TfUnknown {
  const out: TfValue[] = []
  for (const x of a) {
    let kept = true
    for (const l of others) {
      let inList: boolean | undefined = false
      for (const y of l) {
        const e = valuesEqual(x, y, budget)
        if (e === true) {
          inList = true
          break
        }
        if (e === undefined) inList = undefined
      }
      if (inList === undefined) return unknown('the elements cannot be compared statically', at)
      if (inList !== keep) {
        kept = false
        break
      }
    }
    if (kept) out.push(x)
  }
  return out
}

/** Sets (and `distinct`): by the elements' keys in linear time, pairwise only for small lists with unknowns. */
function distinctFast(items: TfValue[], at: Origin, host: FunctionHost): TfValue[] | TfUnknown {
  const budget = walkBudget(host)
  const keys = keysOf(items, budget)
  let out: TfValue[] | TfUnknown
  if (keys) {
    const seen = new Set<string>()
    out = items.filter((_, n) => !seen.has(keys[n]!) && !!seen.add(keys[n]!))
  } else if (items.length > 2000) out = unknown('too many mixed elements to compare', at)
  else out = distinctPairwise(items, at, budget)
  return chargeWalk(budget, at, host) ?? out
}

function resolvePath(p: string, host: FunctionHost): string {
  return path.isAbsolute(p) ? p : path.resolve(host.rootDir, p)
}

function readFileValue(p: string, at: Origin, host: FunctionHost): { f: number; text: string } | TfUnknown {
  const r = host.loadFile(resolvePath(p, host), at)
  if (typeof r === 'string') return unknown(r, at)
  return r
}

const digest = (algorithm: string, data: string | Buffer, encoding: 'hex' | 'base64') => createHash(algorithm).update(data).digest(encoding)

/**
 * `filemd5()`, `filebase64()` and the like: they work on the file's bytes, which its text gives
 * back exactly only when it decoded without replacement characters.
 */
function fileFn(name: string, f: (bytes: Buffer, at: Origin) => TfValue): Fn {
  return strict((args, at, host) => {
    const a = arity(name, args, 1, 1, at)
    if (a) return a
    const p = needString(args[0]!, name, at)
    if (p.k === 'unknown') return p
    const r = readFileValue(p.v, at, host)
    if (isU(r)) return r
    if (r.text.includes('\ufffd')) return unknown(`${name}() of a file that is not UTF-8 text is not evaluated statically`, at)
    return f(Buffer.from(r.text, 'utf8'), at)
  })
}

/** The text encodings `textencodebase64()`/`textdecodebase64()` are evaluated for; others stay unknown. */
const TEXT_ENCODINGS: Record<string, BufferEncoding> = { 'UTF-8': 'utf8', UTF8: 'utf8', 'UTF-16LE': 'utf16le' }

/** `textencodebase64(string, encoding)` and `textdecodebase64(base64, encoding)`. */
function textCodecFn(name: string, direction: 'to' | 'from', convert: (s: string, encoding: BufferEncoding, at: Origin) => TfValue): Fn {
  return strict((args, at) => {
    const a = arity(name, args, 2, 2, at)
    if (a) return a
    const s = needString(args[0]!, name, at)
    if (s.k === 'unknown') return s
    const e = needString(args[1]!, name, at)
    if (e.k === 'unknown') return e
    const encoding = ownEntry(TEXT_ENCODINGS, e.v.toUpperCase())
    if (!encoding) return unknown(`${name}() ${direction} ${e.v} is not evaluated statically`, at)
    return convert(s.v, encoding, at)
  })
}

const UUID_NAMESPACES: Record<string, string> = {
  dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
function uuidV5(namespace: string, name: string): string {
  const h = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
  h[6] = (h[6]! & 0x0f) | 0x50
  h[8] = (h[8]! & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`
}

/** A cidr*() result: the function's error message becomes an evaluation error at the call. */
const cidrResult = (name: string, r: string | string[] | { error: string }, at: Origin): TfValue =>
  typeof r === 'string'
    ? str(r, at)
    : Array.isArray(r)
      ? list(
          r.map((x) => str(x, at)),
          at,
        )
      : failure(`${name}(): ${r.error}`, at)

/**
 * A set's elements in the order Terraform iterates them: strings in lexical order, numbers in
 * numeric order (as `toset` gives them). `setunion(["b"], ["a"])` was `["b", "a"]`, so
 * `tolist(setunion(...))[0]` named another element than Terraform's.
 */
export function setOrder(items: readonly TfValue[]): TfValue[] {
  if (items.every((i) => i.k === 'string')) return [...(items as TfString[])].sort((a, b) => (a.v < b.v ? -1 : a.v > b.v ? 1 : 0))
  if (items.every((i) => i.k === 'number')) return [...(items as TfNumber[])].sort((a, b) => a.v - b.v)
  return [...items]
}

const FUNCTIONS: Record<string, Fn> = {
  // ----- encoding
  jsonencode: (args, at, host) => {
    const a = arity('jsonencode', args, 1, 1, at)
    if (a) return a
    const v = args[0]!
    if (v.k === 'unknown') return v.error ? v : unknown(v.why, at, v.key)
    // Nested values are walked too: charge what was encoded, beyond the top level charged already.
    const budget = { left: host.limits.maxCollectionSize * 10 }
    const encoded = encodeJson(v, at, budget, maxStringLength(host))
    const walked = host.limits.maxCollectionSize * 10 - Math.max(0, budget.left)
    if (!host.charge(Math.max(0, walked - topLevelWeight(v)), at)) return unknown('evaluation budget exhausted', at)
    return encoded
  },
  jsondecode: decodeFn('jsondecode', (v, at, host) => v.json ?? decodeJson(v, host.files, host.limits.maxDepth, at)),
  yamldecode: decodeFn('yamldecode', (v, at, host) => decodeYaml(v, host.files, host.limits, at)),
  yamlencode: (_args, at) => unknown('yamlencode() is not evaluated statically', at),
  base64encode: stringFn('base64encode', (s, _a, at) => str(Buffer.from(s, 'utf8').toString('base64'), at)),
  // Go decodes strictly (padding, no other alphabet; line breaks skipped) and Terraform wants UTF-8
  // out: Node's lenient decoder made something of any text.
  base64decode: stringFn('base64decode', (s, _a, at) => {
    const text = s.replace(/[\r\n]/g, '')
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text))
      return failure('base64decode(): the string is not valid base64', at)
    const decoded = utf8Text(Buffer.from(text, 'base64'))
    return decoded === undefined ? failure('base64decode(): the result is not valid UTF-8', at) : str(decoded, at)
  }),
  urlencode: stringFn('urlencode', (s, _a, at) => str(queryEscape(s), at)),
  md5: stringFn('md5', (s, _a, at) => str(createHash('md5').update(s).digest('hex'), at)),
  sha1: stringFn('sha1', (s, _a, at) => str(createHash('sha1').update(s).digest('hex'), at)),
  sha256: stringFn('sha256', (s, _a, at) => str(createHash('sha256').update(s).digest('hex'), at)),
  sha512: stringFn('sha512', (s, _a, at) => str(createHash('sha512').update(s).digest('hex'), at)),
  base64sha256: stringFn('base64sha256', (s, _a, at) => str(digest('sha256', s, 'base64'), at)),
  base64sha512: stringFn('base64sha512', (s, _a, at) => str(digest('sha512', s, 'base64'), at)),
  base64gzip: (_args, at) => unknown('base64gzip() depends on the compressor Terraform uses; not evaluated statically', at),
  textencodebase64: textCodecFn('textencodebase64', 'to', (s, encoding, at) => str(Buffer.from(s, encoding).toString('base64'), at)),
  textdecodebase64: textCodecFn('textdecodebase64', 'from', (s, encoding, at) =>
    /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s)
      ? str(Buffer.from(s, 'base64').toString(encoding), at)
      : failure('textdecodebase64() needs valid base64', at),
  ),
  uuidv5: strict((args, at) => {
    const a = arity('uuidv5', args, 2, 2, at)
    if (a) return a
    const ns = needString(args[0]!, 'uuidv5', at)
    if (ns.k === 'unknown') return ns
    const name = needString(args[1]!, 'uuidv5', at)
    if (name.k === 'unknown') return name
    const namespace = ownEntry(UUID_NAMESPACES, ns.v) ?? (UUID.test(ns.v) ? ns.v : undefined)
    if (!namespace) return failure(`uuidv5() needs a namespace of dns, url, oid, x500 or a UUID, got "${ns.v}"`, at)
    return str(uuidV5(namespace, name.v), at)
  }),
  csvdecode: strict((args, at, host) => {
    const a = arity('csvdecode', args, 1, 1, at)
    if (a) return a
    const s = needString(args[0]!, 'csvdecode', at)
    if (s.k === 'unknown') return s
    const csv = parseCsv(s.v)
    if (typeof csv === 'string') return failure(`csvdecode(): ${csv}`, at)
    const big = checkSize(csv.rows.length * Math.max(1, csv.header.length), at, host)
    if (big) return big
    return list(
      csv.rows.map((row) => obj(new Map(csv.header.map((h, i) => [h, str(row[i]!, at)])), at)),
      at,
    )
  }),

  // ----- strings
  format: (args, at, host) => {
    if (args.length < 1) return failure('format() needs a format string', at)
    const spec = needString(args[0]!, 'format', at)
    if (spec.k === 'unknown') return spec
    return format(
      spec.v,
      args.slice(1).map((a) => (a.k === 'ref' ? a.target.whole(at) : a)),
      at,
      maxStringLength(host),
    )
  },
  formatlist: strict((args, at, host) => {
    if (args.length < 1) return failure('formatlist() needs a format string', at)
    const spec = needString(args[0]!, 'formatlist', at)
    if (spec.k === 'unknown') return spec
    const rest = args.slice(1)
    const max = maxStringLength(host)
    let n = -1
    for (const r of rest) {
      if (r.k !== 'list') continue
      // As in Terraform: lists of different lengths are an error, not cut to the shortest.
      if (n !== -1 && r.items.length !== n) return failure(`formatlist(): a list of ${r.items.length} elements beside one of ${n}`, at)
      n = r.items.length
    }
    if (n === -1) {
      const one = format(spec.v, rest, at, max)
      return one.k === 'unknown' && one.error ? one : list([one], at)
    }
    const out: TfValue[] = []
    // The texts together, not each one, are held to the bound of one string: 10,000 texts of a
    // megabyte each (`formatlist("%999999s", range(10000))`) took all memory and never ended.
    let total = 0
    for (let i = 0; i < n; i++) {
      const v = format(
        spec.v,
        rest.map((r) => (r.k === 'list' ? r.items[i]! : r)),
        at,
        max - total,
      )
      // An element format() rejects fails the whole call, as it does in Terraform.
      if (v.k === 'unknown' && v.error) return v
      total += textLength(v)
      if (total > max) throw new RangeError('formatlist')
      out.push(v)
    }
    return list(out, at)
  }),
  join: (args, at) => {
    const a = arity('join', args, 2, Infinity, at)
    if (a) return a
    const sep = needString(args[0]!, 'join', at)
    if (sep.k === 'unknown') return sep
    const items: (TfString | TfSym)[] = []
    for (const l of args.slice(1)) {
      if (l.k === 'unknown') return l.error ? l : unknown(l.why, at, l.key)
      if (l.k !== 'list') return failure('join() needs lists of strings', at)
      for (const i of l.items) {
        const s = toStr(i)
        if (!s || s.k === 'null') return failure('join() needs strings', at)
        if (s.k === 'unknown') return s.error ? s : unknown(s.why, at, s.key)
        items.push(s)
      }
    }
    return concatStr(items, sep.v, at)
  },
  split: stringFn(
    'split',
    (sep, args, at) => {
      const s = needString(args[1]!, 'split', at)
      if (s.k === 'unknown') return s
      return list(
        s.v.split(sep).map((x) => str(x, at)),
        at,
      )
    },
    2,
  ),
  lower: stringFn('lower', (s, _a, at) => str(NON_ASCII.test(s) ? perCodePoint(s, (c) => c.toLowerCase()) : s.toLowerCase(), at)),
  upper: stringFn('upper', (s, _a, at) => str(NON_ASCII.test(s) ? perCodePoint(s, (c) => c.toUpperCase()) : s.toUpperCase(), at)),
  title: stringFn('title', (s, _a, at) => str(title(s), at)),
  trimspace: stringFn('trimspace', (s, _a, at) => str(s.trim(), at)),
  // A loop, not `/(\r?\n)+$/`: that RegExp retries from every newline and took 30 s on 90,000 of them.
  chomp: stringFn('chomp', (s, _a, at) => {
    let end = s.length
    while (end > 0 && (s.charCodeAt(end - 1) === 10 || s.charCodeAt(end - 1) === 13)) end--
    return str(s.slice(0, end), at)
  }),
  indent: strict((args, at, host) => {
    const n = needNumber(args[0]!, 'indent', at)
    if (isU(n)) return n
    const s = needString(args[1]!, 'indent', at)
    if (s.k === 'unknown') return s
    const pad = ' '.repeat(Math.max(0, Math.min(n, 1000)))
    // Thrown before it is built: a string of newlines would grow a thousandfold first.
    if (pad.length * (s.v.split('\n').length - 1) > host.limits.maxCollectionSize * 64) throw new RangeError('indent')
    return str(s.v.replace(/\n/g, `\n${pad}`), at)
  }),
  trim: stringFn(
    'trim',
    (s, args, at) => {
      const cut = needString(args[1]!, 'trim', at)
      if (cut.k === 'unknown') return cut
      const set = new Set(cut.v)
      let a = 0
      let b = s.length
      while (a < b && set.has(s[a]!)) a++
      while (b > a && set.has(s[b - 1]!)) b--
      return str(s.slice(a, b), at)
    },
    2,
  ),
  trimprefix: stringFn(
    'trimprefix',
    (s, args, at) => {
      const p = needString(args[1]!, 'trimprefix', at)
      if (p.k === 'unknown') return p
      return str(s.startsWith(p.v) ? s.slice(p.v.length) : s, at)
    },
    2,
  ),
  trimsuffix: stringFn(
    'trimsuffix',
    (s, args, at) => {
      const p = needString(args[1]!, 'trimsuffix', at)
      if (p.k === 'unknown') return p
      return str(p.v && s.endsWith(p.v) ? s.slice(0, -p.v.length) : s, at)
    },
    2,
  ),
  startswith: stringFn(
    'startswith',
    (s, args, at) => {
      const p = needString(args[1]!, 'startswith', at)
      return p.k === 'unknown' ? p : bool(s.startsWith(p.v), at)
    },
    2,
  ),
  endswith: stringFn(
    'endswith',
    (s, args, at) => {
      const p = needString(args[1]!, 'endswith', at)
      return p.k === 'unknown' ? p : bool(s.endsWith(p.v), at)
    },
    2,
  ),
  strcontains: stringFn(
    'strcontains',
    (s, args, at) => {
      const p = needString(args[1]!, 'strcontains', at)
      return p.k === 'unknown' ? p : bool(s.includes(p.v), at)
    },
    2,
  ),
  replace: stringFn(
    'replace',
    (s, args, at, host) => {
      const from = needString(args[1]!, 'replace', at)
      if (from.k === 'unknown') return from
      const to = needString(args[2]!, 'replace', at)
      if (to.k === 'unknown') return to
      // `/.../` means a regular expression (RE2, with `$1` and `${name}` in the replacement).
      if (from.v.length >= 2 && from.v.startsWith('/') && from.v.endsWith('/')) {
        const re = compiledPattern(from.v.slice(1, -1), 'replace', at)
        return isU(re) ? re : withRegexSteps('replace', at, host, (steps) => str(replaceAllRe2(re, s, to.v, steps), at))
      }
      // Go's strings.Replace puts the replacement around every character for an empty search.
      if (from.v === '') return str(to.v + [...s].join(to.v) + (s ? to.v : ''), at)
      return str(s.split(from.v).join(to.v), at)
    },
    3,
  ),
  substr: stringFn(
    'substr',
    (s, args, at) => {
      const off = needNumber(args[1]!, 'substr', at)
      if (isU(off)) return off
      const len = needNumber(args[2]!, 'substr', at)
      if (isU(len)) return len
      if (!Number.isInteger(off) || !Number.isInteger(len)) return failure('substr() takes whole numbers', at)
      return str(substr(clusters(s), off, len), at)
    },
    3,
  ),
  strrev: stringFn('strrev', (s, _a, at) => str(clusters(s).reverse().join(''), at)),
  regex: regexFn('regex'),
  regexall: regexFn('regexall'),
  // Terraform functions not evaluated here: unknown, never an error (which try() would skip).
  formatdate: (_args, at) => unknown('formatdate() is not evaluated statically', at),
  timeadd: (_args, at) => unknown('timeadd() is not evaluated statically', at),
  timecmp: (_args, at) => unknown('timecmp() is not evaluated statically', at),
  templatestring: (_args, at) => unknown('templatestring() is not evaluated statically', at),
  issensitive: (_args, at) => unknown('issensitive() is not evaluated statically', at),
  rsadecrypt: (_args, at) => unknown('rsadecrypt() is not evaluated statically', at),

  // ----- type conversion
  tostring: (args, at) => {
    const a = arity('tostring', args, 1, 1, at)
    if (a) return a
    const v = args[0]!
    const s = toStr(v)
    if (!s) return failure(`tostring() cannot convert a ${typeName(v)}`, at)
    return s
  },
  tonumber: strict((args, at) => {
    const v = args[0]!
    if (v.k === 'null') return v
    const n = toNumber(v)
    return n === undefined ? failure(`tonumber() cannot convert a ${typeName(v)}`, at) : num(n, at)
  }),
  tobool: strict((args, at) => {
    const v = args[0]!
    if (v.k === 'null') return v
    const b = toBoolean(v)
    return b === undefined ? failure(`tobool() cannot convert a ${typeName(v)}`, at) : bool(b, at)
  }),
  tolist: (args, at) => {
    const v = args[0] ?? nul(at)
    if (v.k === 'list') return { ...list(v.items, v.at ?? at), typedList: true }
    if (v.k === 'unknown' || v.k === 'null') return v
    return failure(`tolist() cannot convert a ${typeName(v)}`, at)
  },
  toset: (args, at, host) => {
    const v = args[0] ?? nul(at)
    if (v.k === 'unknown' || v.k === 'null') return v
    if (v.k !== 'list') return failure(`toset() cannot convert a ${typeName(v)}`, at)
    const items = distinctFast(v.items, at, host)
    if (isU(items)) return items
    return list(setOrder(items), v.at ?? at, true)
  },
  tomap: (args, at) => {
    const v = args[0] ?? nul(at)
    if (v.k === 'object') return { ...v, typedMap: true }
    if (v.k === 'unknown' || v.k === 'null') return v
    if (v.k === 'ref') return v.target.whole(at)
    return failure(`tomap() cannot convert a ${typeName(v)}`, at)
  },
  type: (_args, at) => unknown('type() is only for the console', at),
  sensitive: (args, at, host) => {
    const a = arity('sensitive', args, 1, 1, at)
    if (a) return a
    // An unknown holds no value to hide, and keeps its identity for linking.
    return args[0]!.k === 'unknown' ? args[0]! : host.markSensitive(args[0]!, 'the value passed to sensitive()', at)
  },
  // Terraform shows what `nonsensitive()` returns, so it passes through; its texts stay masked
  // (registered as sensitive once, for the whole unit).
  nonsensitive: (args, at) => arity('nonsensitive', args, 1, 1, at) ?? args[0]!,

  // ----- collections
  length: strict((args, at) => {
    const v = args[0]!
    if (v.k === 'list') return num(v.items.length, at)
    if (v.k === 'object') return num(v.attrs.size, at)
    if (v.k === 'string') return num(characters(v.v), at)
    if (v.k === 'sym') {
      const u = unknown('length() of a string only known at apply time', at)
      let known = 0
      for (const p of v.parts) if (typeof p === 'string') known += [...p].length
      return known > 0 ? { ...u, atLeast: known } : u
    }
    return failure(`length() of a ${typeName(v)}`, at)
  }),
  concat: (args, at, host) => {
    const out: TfValue[] = []
    for (const a of args) {
      if (a.k === 'unknown') return a.error ? a : unknown(a.why, at, a.key)
      if (a.k !== 'list') return failure(`concat() needs lists, found ${typeName(a)}`, at)
      appendAll(out, a.items)
      const big = checkSize(out.length, at, host)
      if (big) return big
    }
    return list(out, at)
  },
  merge: (args, at) => {
    const attrs = new Map<string, TfValue>()
    for (let a of args) {
      if (a.k === 'ref') a = a.target.whole(at)
      if (a.k === 'null') continue
      if (a.k === 'unknown') return a.error ? a : unknown(a.why, at, a.key)
      if (a.k !== 'object') return failure(`merge() needs maps or objects, found ${typeName(a)}`, at)
      for (const [k, v] of a.attrs) attrs.set(k, v)
    }
    return obj(attrs, at)
  },
  lookup: (args, at) => {
    const a = arity('lookup', args, 2, 3, at)
    if (a) return a
    let m = args[0]!
    if (m.k === 'ref') m = m.target.whole(at)
    const key = needString(args[1]!, 'lookup', at)
    if (key.k === 'unknown') return key
    if (m.k === 'unknown') return m.error ? m : unknown(m.why, at, m.key)
    if (m.k !== 'object') return failure(`lookup() needs a map, found ${typeName(m)}`, at)
    const v = m.attrs.get(key.v)
    if (v) return v
    return args[2] ?? failure(`lookup(): no key "${key.v}" and no default`, at)
  },
  coalesce: (args, at) => {
    for (const [n, a] of args.entries()) {
      if (a.k === 'unknown') {
        if (a.error) return a
        // Any argument from here on may be the first that is set: up to the first one that surely is.
        const rest = args.slice(n)
        const last = rest.findIndex((x) => x.k !== 'unknown' && x.k !== 'null' && !(x.k === 'string' && x.v === ''))
        const u = unknown(`coalesce() meets a value not known statically (${a.why})`, at, a.key)
        return oneOf(
          u,
          (last < 0 ? rest : rest.slice(0, last + 1)).filter((x) => x.k !== 'null' && !(x.k === 'string' && x.v === '')),
        )
      }
      if (a.k === 'null') continue
      if (a.k === 'string' && a.v === '') continue
      return a
    }
    return failure('coalesce(): every argument is null or empty', at)
  },
  coalescelist: (args, at) => {
    for (const a of args) {
      if (a.k === 'unknown') return a.error ? a : unknown(a.why, at, a.key)
      if (a.k === 'list' && a.items.length) return a
    }
    return failure('coalescelist(): every list is empty', at)
  },
  compact: strict((args, at) => {
    const l = needList(args[0]!, 'compact', at)
    if (isU(l)) return l
    const out: TfValue[] = []
    for (const i of l) {
      if (i.k === 'unknown') return unknown(i.why, at, i.key)
      if (i.k === 'null' || (i.k === 'string' && i.v === '')) continue
      out.push(i)
    }
    return list(out, at)
  }),
  flatten: strict((args, at, host) => {
    const l = needList(args[0]!, 'flatten', at)
    if (isU(l)) return l
    const out: TfValue[] = []
    const u = flatten(l, out, 0, host.limits.maxCollectionSize)
    if (u === false) return checkSize(host.limits.maxCollectionSize + 1, at, host)!
    if (u) return unknown(u.why, at, u.key)
    return checkSize(out.length, at, host) ?? list(out, at)
  }),
  distinct: strict((args, at, host) => {
    const l = needList(args[0]!, 'distinct', at)
    if (isU(l)) return l
    const d = distinctFast(l, at, host)
    return isU(d) ? d : list(d, at)
  }),
  contains: strict((args, at, host) => {
    const l = needList(args[0]!, 'contains', at)
    if (isU(l)) return l
    const budget = walkBudget(host)
    let undecided = false
    let found = false
    for (const i of l) {
      const e = valuesEqual(i, args[1]!, budget)
      if (e) found = true
      if (e === undefined) undecided = true
      if (found || budget.left < 0) break
    }
    return (
      chargeWalk(budget, at, host) ??
      (found ? bool(true, at) : undecided ? unknown('contains() cannot compare values known only at apply time', at) : bool(false, at))
    )
  }),
  // Not `strict`: with the index alone unknown, the element is one of the list's.
  element: (args, at, host) => {
    const whole = args.map((a) => (a.k === 'ref' ? a.target.whole(at) : a))
    const l = whole[0]?.k === 'list' && whole.length === 2 ? needList(whole[0], 'element', at) : undefined
    const i = whole[1]?.k === 'unknown' ? whole[1] : undefined
    if (l && !isU(l) && l.length && i && !i.error) return oneOf(unknown(i.why, at), l)
    return elementOf(whole, at, host)
  },
  index: strict((args, at, host) => {
    const l = needList(args[0]!, 'index', at)
    if (isU(l)) return l
    const budget = walkBudget(host)
    let i = 0
    let eq: boolean | undefined = false
    while (i < l.length && budget.left >= 0 && (eq = valuesEqual(l[i]!, args[1]!, budget)) === false) i++
    const charged = chargeWalk(budget, at, host)
    if (charged) return charged
    // As in Terraform: an element that cannot be compared before the match makes the index
    // unknown, not "not in the list" (an error `try()` would catch).
    if (i < l.length && eq === undefined) return unknown('index() meets an element not known statically', at)
    return i < l.length ? num(i, at) : failure('index(): the value is not in the list', at)
  }),
  keys: strict((args, at) => {
    const m = args[0]!
    if (m.k !== 'object') return failure(`keys() needs a map, found ${typeName(m)}`, at)
    return list(
      [...m.attrs.keys()].sort().map((k) => str(k, at)),
      at,
    )
  }),
  values: strict((args, at) => {
    const m = args[0]!
    if (m.k !== 'object') return failure(`values() needs a map, found ${typeName(m)}`, at)
    return list(
      [...m.attrs.keys()].sort().map((k) => m.attrs.get(k)!),
      at,
    )
  }),
  zipmap: strict((args, at) => {
    const k = needList(args[0]!, 'zipmap', at)
    if (isU(k)) return k
    const v = needList(args[1]!, 'zipmap', at)
    if (isU(v)) return v
    // As in Terraform: "number of keys (2) does not match number of values (3)", not the shorter.
    if (k.length !== v.length) return failure(`zipmap(): number of keys (${k.length}) does not match number of values (${v.length})`, at)
    const attrs = new Map<string, TfValue>()
    for (let i = 0; i < k.length; i++) {
      const ks = toStr(k[i]!)
      if (!ks || ks.k !== 'string') return unknown('a key of zipmap() is not known statically', at)
      attrs.set(ks.v, v[i]!)
    }
    return obj(attrs, at)
  }),
  range: strict((args, at, host) => {
    const ns: number[] = []
    for (const a of args) {
      const n = needNumber(a, 'range', at)
      if (isU(n)) return n
      ns.push(n)
    }
    const [start, end, step] = ns.length === 1 ? [0, ns[0]!, 1] : [ns[0]!, ns[1]!, ns[2] ?? (ns[1]! >= ns[0]! ? 1 : -1)]
    if (step === 0 || !Number.isFinite(start + end + step)) return failure('range(): invalid arguments', at)
    const count = Math.max(0, Math.ceil((end - start) / step))
    const big = checkSize(count, at, host)
    if (big) return big
    const out: TfValue[] = []
    for (let i = 0; i < count; i++) out.push(num(start + i * step, at))
    return list(out, at)
  }),
  slice: strict((args, at) => {
    const l = needList(args[0]!, 'slice', at)
    if (isU(l)) return l
    const a = needNumber(args[1]!, 'slice', at)
    if (isU(a)) return a
    const b = needNumber(args[2]!, 'slice', at)
    if (isU(b)) return b
    if (a < 0 || b > l.length || a > b) return failure('slice(): index out of range', at)
    return list(l.slice(a, b), at)
  }),
  reverse: strict((args, at) => {
    const l = needList(args[0]!, 'reverse', at)
    return isU(l) ? l : list([...l].reverse(), at)
  }),
  sort: strict((args, at) => {
    const l = needList(args[0]!, 'sort', at)
    if (isU(l)) return l
    const ss: string[] = []
    for (const i of l) {
      const s = toStr(i)
      if (!s || s.k !== 'string') return unknown('sort() of values known only at apply time', at)
      ss.push(s.v)
    }
    return list(
      ss.sort().map((s) => str(s, at)),
      at,
    )
  }),
  one: strict((args, at) => {
    const v = args[0]!
    if (v.k === 'null') return v
    if (v.k !== 'list') return failure('one() needs a list', at)
    if (v.items.length > 1) return failure('one(): more than one element', at)
    return v.items[0] ?? nul(at)
  }),
  chunklist: strict((args, at, host) => {
    const l = needList(args[0]!, 'chunklist', at)
    if (isU(l)) return l
    const n = needNumber(args[1]!, 'chunklist', at)
    if (isU(n)) return n
    // A size of 1e-300 stepped through the list forever, a chunk at a time (gigabytes, as Terraform refuses it).
    if (!Number.isInteger(n) || n < 0) return failure('chunklist() needs a whole, non-negative size', at)
    if (n === 0) return list([list(l, at)], at)
    const big = checkSize(Math.ceil(l.length / n), at, host)
    if (big) return big
    const out: TfValue[] = []
    for (let i = 0; i < l.length; i += n) out.push(list(l.slice(i, i + n), at))
    return list(out, at)
  }),
  setproduct: strict((args, at, host) => {
    if (args.length < 2) return failure('setproduct() needs at least two collections', at)
    const lists: TfValue[][] = []
    let total = 1
    for (const a of args) {
      const l = needList(a, 'setproduct', at)
      if (isU(l)) return l
      lists.push(l)
      total *= l.length
    }
    const big = checkSize(total, at, host)
    if (big) return big
    if (!host.charge(total * lists.length, at)) return unknown('evaluation budget exhausted', at)
    // Each row from its index, the last list varying fastest: copying rows list by list was
    // quadratic in the number of lists (16 s for 30,000 lists of one element).
    const rows: TfValue[] = []
    for (let r = 0; r < total; r++) {
      const row: TfValue[] = new Array<TfValue>(lists.length)
      for (let j = lists.length - 1, rest = r; j >= 0; j--) {
        const l = lists[j]!
        row[j] = l[rest % l.length]!
        rest = Math.floor(rest / l.length)
      }
      rows.push(list(row, at))
    }
    return list(rows, at)
  }),
  matchkeys: strict((args, at, host) => {
    const a = arity('matchkeys', args, 3, 3, at)
    if (a) return a
    const values = needList(args[0]!, 'matchkeys', at)
    if (isU(values)) return values
    const keys = needList(args[1]!, 'matchkeys', at)
    if (isU(keys)) return keys
    const search = needList(args[2]!, 'matchkeys', at)
    if (isU(search)) return search
    if (values.length !== keys.length) return failure('matchkeys() needs values and keys of the same length', at)
    const budget = walkBudget(host)
    const keyed = keysOf(keys, budget)
    const searched = keyed && keysOf(search, budget)
    let out: TfValue[] | TfUnknown
    if (keyed && searched) {
      const set = new Set(searched)
      out = values.filter((_, i) => set.has(keyed[i]!))
    }
    // Comparing structures pairwise is quadratic: only for small lists.
    else if (keys.length * search.length > 4_000_000) out = unknown('too many mixed elements to compare', at)
    else out = matchPairwise(values, keys, search, at, budget)
    return chargeWalk(budget, at, host) ?? (isU(out) ? out : list(out, at))
  }),
  setunion: strict((args, at, host) => {
    const all: TfValue[] = []
    for (const a of args) {
      const l = needList(a, 'setunion', at)
      if (isU(l)) return l
      appendAll(all, l)
    }
    const d = distinctFast(all, at, host)
    return isU(d) ? d : list(setOrder(d), at, true)
  }),
  setintersection: strict((args, at, host) => {
    const lists: TfValue[][] = []
    for (const a of args) {
      const l = needList(a, 'setintersection', at)
      if (isU(l)) return l
      lists.push(l)
    }
    const [first = [], ...rest] = lists
    const out = filterBySets(first, rest, true, at, host)
    return isU(out) ? out : list(setOrder(out), at, true)
  }),
  setsubtract: strict((args, at, host) => {
    const a = needList(args[0]!, 'setsubtract', at)
    if (isU(a)) return a
    const b = needList(args[1]!, 'setsubtract', at)
    if (isU(b)) return b
    const out = filterBySets(a, [b], false, at, host)
    return isU(out) ? out : list(setOrder(out), at, true)
  }),
  transpose: (_args, at) => unknown('transpose() is not evaluated statically', at),
  alltrue: strict((args, at) => {
    const l = needList(args[0]!, 'alltrue', at)
    if (isU(l)) return l
    for (const i of l) if (toBoolean(i) !== true) return notKnownElement(i) ? unknownElement('alltrue', i, at) : bool(false, at)
    return bool(true, at)
  }),
  anytrue: strict((args, at) => {
    const l = needList(args[0]!, 'anytrue', at)
    if (isU(l)) return l
    // As in Terraform: a true element decides, wherever it is; otherwise one not known statically
    // leaves the answer unknown (`anytrue([var.b, false])` is not false).
    let open: TfValue | undefined
    for (const i of l) {
      if (toBoolean(i) === true) return bool(true, at)
      if (!open && notKnownElement(i)) open = i
    }
    return open ? unknownElement('anytrue', open, at) : bool(false, at)
  }),
  sum: strict((args, at) => {
    const l = needList(args[0]!, 'sum', at)
    if (isU(l)) return l
    // As in Terraform: an empty list is an error, not 0.
    if (l.length === 0) return failure('sum() cannot sum an empty list', at)
    let s = 0
    for (const i of l) {
      const n = toNumber(i)
      // An element not known statically makes the sum unknown, not an error `try()` would catch.
      if (n === undefined && notKnownElement(i)) return unknownElement('sum', i, at)
      if (n === undefined) return failure('sum() needs numbers', at)
      s += n
    }
    return num(s, at)
  }),

  // ----- numbers
  // A fold, not `Math.min(...args)`: `min(local.list...)` of 200,000 numbers overflowed the stack.
  min: strict((args, at) => extreme('min', args, Math.min, at)),
  max: strict((args, at) => extreme('max', args, Math.max, at)),
  abs: mathFn('abs', Math.abs),
  ceil: mathFn('ceil', Math.ceil),
  floor: mathFn('floor', Math.floor),
  signum: mathFn('signum', Math.sign),
  pow: mathFn('pow', Math.pow, 2),
  log: mathFn('log', (a, b) => Math.log(a) / Math.log(b), 2),
  parseint: strict((args, at) => {
    const s = needString(args[0]!, 'parseint', at)
    if (s.k === 'unknown') return s
    const b = needNumber(args[1]!, 'parseint', at)
    if (isU(b)) return b
    if (!Number.isInteger(b) || b < 2 || b > 62) return failure('parseint(): the base must be a whole number from 2 to 62', at)
    // As Go's big.Int reads it: the whole string, an optional sign, no prefix, no underscores.
    // JavaScript's parseInt stopped at the first stray character ("12abc" was 12).
    const m = /^([+-]?)([0-9A-Za-z]+)$/.exec(s.v)
    let n = 0n
    for (const c of m ? m[2]! : '') {
      const code = c.charCodeAt(0)
      const d = code <= 57 ? code - 48 : code >= 97 ? code - 87 : b <= 36 ? code - 55 : code - 29
      if (d >= b) return failure(`parseint(): cannot parse "${s.v}" as a base ${b} integer`, at)
      n = n * BigInt(b) + BigInt(d)
    }
    if (!m) return failure(`parseint(): cannot parse "${s.v}" as a base ${b} integer`, at)
    if (n > BigInt(Number.MAX_SAFE_INTEGER)) return unknown(`parseint(): "${s.v}" is past the integers s3-gate holds exactly`, at)
    return num(m[1] === '-' && n ? -Number(n) : Number(n), at)
  }),

  // ----- files (inside the scan roots only)
  file: strict((args, at, host) => {
    const p = needString(args[0]!, 'file', at)
    if (p.k === 'unknown') return p
    const r = readFileValue(p.v, at, host)
    if (isU(r)) return r
    const v = str(r.text, at)
    v.src = { f: r.f, anchors: fileAnchors(host.files.get(r.f)) }
    return v
  }),
  templatefile: (args, at, host) => {
    const a = arity('templatefile', args, 2, 2, at)
    if (a) return a
    // As Terraform does: a template calling itself recursed until the stack overflowed, once per
    // call of it (two self-calls in a 12 KB template took 48 s).
    if (host.insideTemplate?.()) {
      const why = 'templatefile() cannot be called from inside a templatefile() template (Terraform refuses it: it could recurse)'
      host.problem('EVAL_CYCLE', at, why, 'warning')
      return failure(why, at)
    }
    const p = needString(args[0]!, 'templatefile', at)
    if (p.k === 'unknown') return p
    const r = readFileValue(p.v, at, host)
    if (isU(r)) return r
    let vars = args[1]!
    if (vars.k === 'ref') vars = vars.target.whole(at)
    if (vars.k === 'unknown') return vars.error ? vars : unknown(vars.why, at, vars.key)
    if (vars.k !== 'object') return failure('templatefile() needs a map of variables', at)
    return host.evalTemplate(r.f, host.parseTemplate(r.f), new Map(vars.attrs))
  },
  fileexists: strict((args, at, host) => {
    const p = needString(args[0]!, 'fileexists', at)
    if (p.k === 'unknown') return p
    const r = host.loadFile(resolvePath(p.v, host), at)
    return typeof r === 'string' ? unknown(r, at) : bool(true, at)
  }),
  fileset: (_args, at) => unknown('fileset() is not evaluated statically', at),
  filebase64: fileFn('filebase64', (b, at) => str(b.toString('base64'), at)),
  filemd5: fileFn('filemd5', (b, at) => str(digest('md5', b, 'hex'), at)),
  filesha1: fileFn('filesha1', (b, at) => str(digest('sha1', b, 'hex'), at)),
  filesha256: fileFn('filesha256', (b, at) => str(digest('sha256', b, 'hex'), at)),
  filesha512: fileFn('filesha512', (b, at) => str(digest('sha512', b, 'hex'), at)),
  filebase64sha256: fileFn('filebase64sha256', (b, at) => str(digest('sha256', b, 'base64'), at)),
  filebase64sha512: fileFn('filebase64sha512', (b, at) => str(digest('sha512', b, 'base64'), at)),
  basename: stringFn('basename', (s, _a, at) => str(path.posix.basename(s), at)),
  dirname: stringFn('dirname', (s, _a, at) => str(path.posix.dirname(s), at)),
  abspath: stringFn('abspath', (s, _a, at) => unknown(`abspath("${s}") depends on the machine`, at)),
  pathexpand: stringFn('pathexpand', (s, _a, at) => unknown(`pathexpand("${s}") depends on the machine`, at)),

  // ----- not knowable statically
  timestamp: (_args, at) => unknown('timestamp() is only known at apply time', at),
  plantimestamp: (_args, at) => unknown('plantimestamp() is only known at plan time', at),
  uuid: (_args, at) => unknown('uuid() is only known at apply time', at),
  bcrypt: (_args, at) => unknown('bcrypt() is random', at),
  ephemeralasnull: (args, at) => args[0] ?? nul(at),

  // ----- IP prefixes (for policies that condition on aws:SourceIp and the like)
  cidrhost: strict((args, at) => {
    const a = arity('cidrhost', args, 2, 2, at)
    if (a) return a
    const p = needString(args[0]!, 'cidrhost', at)
    if (p.k === 'unknown') return p
    const n = needNumber(args[1]!, 'cidrhost', at)
    return isU(n) ? n : cidrResult('cidrhost', cidrHost(p.v, n), at)
  }),
  cidrnetmask: stringFn('cidrnetmask', (s, _a, at) => cidrResult('cidrnetmask', cidrNetmask(s), at)),
  cidrsubnet: strict((args, at) => {
    const a = arity('cidrsubnet', args, 3, 3, at)
    if (a) return a
    const p = needString(args[0]!, 'cidrsubnet', at)
    if (p.k === 'unknown') return p
    const bits = needNumber(args[1]!, 'cidrsubnet', at)
    if (isU(bits)) return bits
    const n = needNumber(args[2]!, 'cidrsubnet', at)
    return isU(n) ? n : cidrResult('cidrsubnet', cidrSubnet(p.v, bits, n), at)
  }),
  cidrsubnets: strict((args, at, host) => {
    if (args.length < 1) return failure('cidrsubnets() needs a prefix', at)
    const p = needString(args[0]!, 'cidrsubnets', at)
    if (p.k === 'unknown') return p
    const big = checkSize(args.length - 1, at, host)
    if (big) return big
    const bits: number[] = []
    for (const x of args.slice(1)) {
      const n = needNumber(x, 'cidrsubnets', at)
      if (isU(n)) return n
      bits.push(n)
    }
    return cidrResult('cidrsubnets', cidrSubnets(p.v, bits), at)
  }),
}

const anchorsOfFile = new WeakMap<SourceFile, number[]>()

/** `lineAnchors` of a file, once: `[for i in range(1000) : file("big.json")]` built them 1,000 times (gigabytes). */
function fileAnchors(file: SourceFile): number[] {
  let a = anchorsOfFile.get(file)
  if (!a) {
    a = lineAnchors(file.text)
    anchorsOfFile.set(file, a)
  }
  return a
}

/** One anchor per line of a file's text, so JSON read from `file()` maps to its own lines. */
function lineAnchors(text: string): number[] {
  const a = [0, 1, 1]
  let line = 1
  let j = text.indexOf('\n')
  while (j !== -1 && j + 1 < text.length) {
    line++
    a.push(j + 1, line, 1)
    j = text.indexOf('\n', j + 1)
  }
  return a
}

/**
 * Steps a value counts for as an argument: one per element of a list or map and per 16
 * characters of a string (walked character by character), at the top level (what a function
 * walks at least). Built values were
 * charged as they were built; walking one again costs as much, and a loop that walks a big one
 * each time (`[for i in range(100000) : contains(local.big, i)]`) would otherwise do 10^10 steps
 * of work on 10^5 of budget: minutes, and gigabytes where each call copies it.
 */
export function topLevelWeight(v: TfValue): number {
  switch (v.k) {
    case 'list':
      return v.items.length
    case 'object':
      return v.attrs.size
    case 'string':
      return Math.ceil(v.v.length / 16)
    case 'sym':
      return v.parts.length
    default:
      return 1
  }
}

export function callFunction(name: string, args: TfValue[], at: Origin, host: FunctionHost): TfValue {
  const f = ownEntry(FUNCTIONS, name)
  if (!f) {
    if (name.includes('::')) return unknown(`provider function ${name}() is not evaluated statically`, at)
    return failure(`unknown function ${name}()`, at)
  }
  if (
    !host.charge(
      args.reduce((n, a) => n + topLevelWeight(a), 0),
      at,
    )
  )
    return unknown('evaluation budget exhausted', at)
  const tooLong = () => {
    host.problem('EVAL_LIMIT', at, `${name}() here would build a string too long to evaluate; treated as unknown`, 'warning')
    return unknown(`${name}() would build a string that is too long`, at)
  }
  let v: TfValue
  try {
    v = f(args, at, host)
  } catch (e) {
    if (e instanceof RangeError && e.message.includes('call stack')) {
      host.problem('EVAL_LIMIT', at, `${name}() here nests too deeply to evaluate; treated as unknown`, 'warning')
      return unknown(`${name}() nests too deeply to evaluate`, at)
    }
    // V8's own string length limit, reached by doubling strings through a chain of locals.
    if (e instanceof RangeError) return tooLong()
    throw e
  }
  // The same bound as for templates: strings built from strings must not grow without limit.
  if (v.k === 'string' && v.v.length > maxStringLength(host)) return tooLong()
  return v
}

export const KNOWN_FUNCTIONS = Object.keys(FUNCTIONS)

/**
 * Go's case mapping, as Terraform's `upper`/`lower` use it: code point by code point, a code point
 * without a single-code-point mapping left as it is (`upper("ß")` is `"ß"`, not `"SS"`).
 */
/**
 * Go's `strings.Title`, which Terraform's `title()` is: a letter after a separator is upper-cased,
 * code point by code point. Separators are ASCII characters other than letters, digits and `_`,
 * and white space beyond ASCII; other letters and digits are not (`title("élan")` is `"Élan"`:
 * JavaScript's `\b\w` saw `é` as a separator and gave `"éLan"`).
 */
function title(s: string): string {
  if (!NON_ASCII.test(s)) return s.replace(/(?<![A-Za-z0-9_])[a-z]/g, (c) => c.toUpperCase())
  let out = ''
  let after = true
  for (const c of s) {
    if (after) {
      const m = c.toUpperCase()
      out += [...m].length === 1 ? m : c
    } else out += c
    after = c <= '\x7f' ? !/[A-Za-z0-9_]/.test(c) : !/[\p{L}\p{Nd}]/u.test(c) && /\p{White_Space}/u.test(c)
  }
  return out
}

function perCodePoint(s: string, map: (c: string) => string): string {
  let out = ''
  for (const c of s) {
    const m = map(c)
    out += [...m].length === 1 ? m : c
  }
  return out
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

/**
 * The characters of `s` as Terraform's `substr()` and `strrev()` take them: grapheme clusters. By
 * code point, `substr("👍🏽public-read", 1, 11)` kept the skin tone and made another word.
 */
function clusters(s: string): string[] {
  if (!NON_ASCII.test(s)) return s.split('')
  const out: string[] = []
  for (const g of graphemes.segment(s)) out.push(g.segment)
  return out
}

/**
 * cty's `substr`: a negative offset counts from the end (one still negative starts at the start), a
 * negative length takes the rest, and so does length 0 after a negative offset, as cty's loop does.
 */
function substr(chars: string[], offset: number, length: number): string {
  if (offset < 0) offset += chars.length
  else if (length === 0) return ''
  const rest = offset > 0 ? chars.slice(offset) : chars
  return (length <= 0 ? rest : rest.slice(0, length)).join('')
}

/**
 * `urlencode()` is Go's `url.QueryEscape`: every UTF-8 byte but letters, digits and `-_.~`
 * escaped, a space as `+` (encodeURIComponent keeps `!'()*` and writes a space as `%20`).
 */
function queryEscape(s: string): string {
  let out = ''
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b)
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c
    else if (b === 0x20) out += '+'
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/** Terraform counts a string's characters as user-perceived characters (grapheme clusters), in NFC. */
function characters(s: string): number {
  if (!NON_ASCII.test(s)) return s.length
  let n = 0
  for (const _ of graphemes.segment(s.normalize('NFC'))) n++
  return n
}
