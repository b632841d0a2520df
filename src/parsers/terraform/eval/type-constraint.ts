/**
 * Variable type constraints (`type = map(object({ versioning = optional(bool, true) }))`) applied
 * to the values a variable receives, as Terraform does before a module sees them: optional object
 * attributes get their default (or null), strings that spell numbers or bools are converted, and
 * attributes the type does not declare are dropped. Modules rely on this constantly
 * (`each.value.versioning` on an input that did not set it), so without it their values would read
 * as errors.
 */
import type { Expr } from '../hcl/ast.js'
import { setOrder } from './functions.js'
import { bool, list, nul, num, obj, toBoolean, toNumber, toStr, valueKey, valuesEqual, type TfValue } from './value.js'

export type TypeConstraint =
  | { t: 'any' }
  | { t: 'string' | 'number' | 'bool' }
  | { t: 'list' | 'set' | 'map'; of: TypeConstraint }
  | { t: 'tuple'; items: TypeConstraint[] }
  | { t: 'object'; attrs: Map<string, { type: TypeConstraint; optional: boolean; default?: Expr }> }

const ANY: TypeConstraint = { t: 'any' }

/** Reads a type expression; anything not understood is `any` (no conversion). */
export function readTypeConstraint(e: Expr | undefined, depth = 0): TypeConstraint {
  if (!e || depth > 32) return ANY
  if (e.t === 'var') {
    if (e.name === 'string' || e.name === 'number' || e.name === 'bool') return { t: e.name }
    return ANY
  }
  if (e.t !== 'call') return ANY
  const arg = e.args[0]
  switch (e.name) {
    case 'list':
    case 'set':
    case 'map':
      return { t: e.name, of: readTypeConstraint(arg, depth + 1) }
    case 'tuple':
      return arg && arg.t === 'tuple' ? { t: 'tuple', items: arg.items.map((i) => readTypeConstraint(i, depth + 1)) } : ANY
    case 'object': {
      if (!arg || arg.t !== 'object') return ANY
      const attrs = new Map<string, { type: TypeConstraint; optional: boolean; default?: Expr }>()
      for (const item of arg.items) {
        const key =
          item.key.t === 'var'
            ? item.key.name
            : item.key.t === 'template' && item.key.parts.length === 1 && item.key.parts[0]!.t === 'lit'
              ? item.key.parts[0]!.value
              : undefined
        if (key === undefined) return ANY
        const v = item.value
        if (v.t === 'call' && v.name === 'optional')
          attrs.set(key, { type: readTypeConstraint(v.args[0], depth + 1), optional: true, default: v.args[1] })
        else attrs.set(key, { type: readTypeConstraint(v, depth + 1), optional: false })
      }
      return { t: 'object', attrs }
    }
    default:
      return ANY
  }
}

/**
 * Converts a value to the type. `evalDefault` evaluates an `optional(T, default)` default.
 * A value that does not fit is left as it is (Terraform would reject the configuration).
 */
export function convertToType(v: TfValue, type: TypeConstraint, evalDefault: (e: Expr) => TfValue, depth = 0): TfValue {
  if (type.t === 'any' || depth > 64 || v.k === 'unknown' || v.k === 'null' || v.k === 'ref') return v
  switch (type.t) {
    case 'string': {
      const s = toStr(v)
      return s ?? v
    }
    case 'number': {
      const n = toNumber(v)
      return n === undefined ? v : num(n, v.at)
    }
    case 'bool': {
      const b = toBoolean(v)
      return b === undefined ? v : bool(b, v.at)
    }
    case 'list':
    case 'set': {
      if (v.k !== 'list') return v
      const items = v.items.map((i) => convertToType(i, type.of, evalDefault, depth + 1))
      // A set iterates in Terraform's order (strings lexically, numbers by value), whatever order
      // the value was written in: `tolist(var.names)[0]` of a `set(string)` is its first by that order.
      if (type.t === 'set') return list(setOrder(setElements(items)), v.at, true)
      return { ...list(items, v.at), typedList: true }
    }
    case 'tuple':
      if (v.k !== 'list') return v
      return list(
        v.items.map((i, n) => convertToType(i, type.items[n] ?? ANY, evalDefault, depth + 1)),
        v.at,
      )
    case 'map': {
      if (v.k !== 'object') return v
      const attrs = new Map<string, TfValue>()
      for (const [k, x] of v.attrs) attrs.set(k, convertToType(x, type.of, evalDefault, depth + 1))
      return { ...obj(attrs, v.at), typedMap: true }
    }
    case 'object': {
      if (v.k !== 'object') return v
      const attrs = new Map<string, TfValue>()
      for (const [name, spec] of type.attrs) {
        const x = v.attrs.get(name)
        if (x !== undefined && x.k !== 'null') attrs.set(name, convertToType(x, spec.type, evalDefault, depth + 1))
        else if (spec.optional)
          attrs.set(name, spec.default ? convertToType(evalDefault(spec.default), spec.type, evalDefault, depth + 1) : nul(v.at))
        else if (x !== undefined) attrs.set(name, x)
      }
      return obj(attrs, v.at)
    }
  }
}

/**
 * The elements of a set: one per key (`valueKey`) in linear time; comparing every pair took hours
 * for a `set(string)` variable of 100,000 strings. Elements not known whole are compared
 * pairwise, a few thousand at most: beyond, they are kept as they are.
 */
function setElements(items: TfValue[]): TfValue[] {
  const budget = { left: 1_000_000 }
  const out: TfValue[] = []
  const seen = new Set<string>()
  const unkeyed: TfValue[] = []
  for (const i of items) {
    const k = budget.left < 0 ? undefined : valueKey(i, budget)
    if (k === undefined) {
      if (unkeyed.length <= 2000 && unkeyed.some((o) => valuesEqual(o, i, budget) === true)) continue
      unkeyed.push(i)
      out.push(i)
    } else if (!seen.has(k)) {
      seen.add(k)
      out.push(i)
    }
  }
  return out
}
