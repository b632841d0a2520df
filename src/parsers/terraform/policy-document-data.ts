/**
 * `data "aws_iam_policy_document"` rendered the way the AWS provider renders it: statements from
 * `statement` blocks (principals, not_principals, condition), merged with
 * `source_policy_documents` (statements with the same `sid` are replaced by the current ones) and
 * `override_policy_documents` (which replace statements with the same `sid`, or are appended).
 * The result is a value tree like `jsondecode()` would give, where every statement remembers its
 * `statement {` block, so findings land on the statement, not on the data source.
 */
import type { BodyView } from './body-view.js'
import { decodeJson } from './eval/json-value.js'
import { failure, isStringLike, list, obj, str, toStr, unknown, type Origin, type TfValue } from './eval/value.js'
import type { ResourceInstance } from './module-instance.js'
import { appendAll } from '../../append.js'

const cache = new WeakMap<ResourceInstance, TfValue>()

export function policyDocumentValue(inst: ResourceInstance): TfValue {
  const hit = cache.get(inst)
  if (hit) return hit
  const v = build(inst)
  cache.set(inst, v)
  return v
}

/**
 * A list of strings (or a single string), as the provider accepts it. The provider writes each
 * `&{...}` as `${...}` (`&{aws:username}` is how the data source spells an IAM policy variable,
 * as `${...}` would be Terraform's own interpolation).
 */
function stringList(v: TfValue): TfValue {
  if (v.k === 'list') return list(v.items.map(policyVariables), v.at)
  if (isStringLike(v) || v.k === 'unknown') return list([policyVariables(v)], v.at)
  const s = toStr(v)
  return s && s.k === 'string' ? list([policyVariables(s)], v.at) : v
}

function policyVariables(v: TfValue): TfValue {
  if (v.k === 'string') return v.v.includes('&{') ? { ...v, v: v.v.replaceAll('&{', '${') } : v
  if (v.k === 'sym' && v.parts.some((p) => typeof p === 'string' && p.includes('&{')))
    return { ...v, parts: v.parts.map((p) => (typeof p === 'string' ? p.replaceAll('&{', '${') : p)) }
  return v
}

function statementValue(s: BodyView): TfValue {
  const attrs = new Map<string, TfValue>()
  const get = (n: string) => s.attr(n)?.value
  if (s.unknownWhy) return unknown(s.unknownWhy, s.span)
  const sid = get('sid')
  if (sid && sid.k !== 'null') attrs.set('Sid', sid)
  attrs.set('Effect', get('effect') ?? str('Allow', s.header))
  for (const [tf, json] of [
    ['actions', 'Action'],
    ['not_actions', 'NotAction'],
    ['resources', 'Resource'],
    ['not_resources', 'NotResource'],
  ] as const) {
    const v = get(tf)
    if (v && v.k !== 'null') attrs.set(json, stringList(v))
  }
  for (const [tf, json] of [
    ['principals', 'Principal'],
    ['not_principals', 'NotPrincipal'],
  ] as const) {
    const blocks = s.blocks(tf)
    if (!blocks.length) continue
    const byType = new Map<string, TfValue[]>()
    let unknownWhy: string | undefined
    let at: Origin = blocks[0]!.span
    for (const p of blocks) {
      if (p.unknownWhy) unknownWhy = p.unknownWhy
      const type = p.attr('type')?.value
      const ids = p.attr('identifiers')?.value
      const t = type ? toStr(type) : undefined
      if (!t || t.k !== 'string') {
        unknownWhy = t && t.k === 'unknown' ? t.why : 'a principal type is not known statically'
        continue
      }
      const items = ids ? stringList(ids) : list([])
      if (items.k !== 'list') {
        unknownWhy = items.k === 'unknown' ? items.why : 'principal identifiers are not a list'
        continue
      }
      // Appended in place: a copy per block was quadratic (80,000 blocks, over two minutes).
      const ofType = byType.get(t.v)
      if (ofType) appendAll(ofType, items.items)
      else byType.set(t.v, items.items.slice())
      at = p.span
    }
    if (unknownWhy) {
      attrs.set(json, unknown(unknownWhy, at))
      continue
    }
    // `type = "*"` with `identifiers = ["*"]` is the bare `"Principal": "*"`.
    const star = byType.get('*')
    if (star && byType.size === 1) attrs.set(json, str('*', blocks[0]!.span))
    else {
      const m = new Map<string, TfValue>()
      for (const [t, ids] of byType) m.set(t === '*' ? 'AWS' : t, list(ids, blocks[0]!.span))
      attrs.set(json, obj(m, blocks[0]!.span))
    }
  }
  const conds = s.blocks('condition')
  if (conds.length) {
    const ops = new Map<string, Map<string, TfValue>>()
    const mine = new WeakSet<TfValue>()
    let bad: TfValue | undefined
    for (const c of conds) {
      if (c.unknownWhy) {
        bad = unknown(c.unknownWhy, c.span)
        break
      }
      const test = toStr(c.attr('test')?.value ?? failure('condition without test', c.span))
      const variable = toStr(c.attr('variable')?.value ?? failure('condition without variable', c.span))
      if (!test || test.k !== 'string' || !variable || variable.k !== 'string') {
        bad = unknown('a condition operator or key is not known statically', c.span)
        break
      }
      const values = stringList(c.attr('values')?.value ?? list([]))
      const keys = ops.get(test.v) ?? new Map<string, TfValue>()
      const prev = keys.get(variable.v)
      if (prev && prev.k === 'list' && values.k === 'list') {
        // Appended in place to a list of this statement's own: a copy per block was quadratic.
        const merged = mine.has(prev) ? prev : list(prev.items.slice(), c.span)
        mine.add(merged)
        appendAll(merged.items, values.items)
        merged.at = c.span
        keys.set(variable.v, merged)
      } else keys.set(variable.v, { ...values, at: c.span })
      ops.set(test.v, keys)
    }
    if (bad) attrs.set('Condition', bad)
    else {
      const m = new Map<string, TfValue>()
      for (const [op, keys] of ops) m.set(op, obj(keys, conds[0]!.span))
      attrs.set('Condition', obj(m, conds[0]!.span))
    }
  }
  return obj(attrs, s.span)
}

/** Statements of another policy document given as JSON (a `.json` of another data source, a heredoc...). */
function statementsOf(doc: TfValue, inst: ResourceInstance): TfValue[] | TfValue {
  // The provider skips a null or empty document (modules default an extra policy input to "").
  if (doc.k === 'null' || (doc.k === 'string' && doc.v === '')) return []
  let v: TfValue = doc
  if (isStringLike(v)) v = v.json ?? decodeJson(v, inst.mod.ctx.files, inst.mod.ctx.limits.maxDepth, v.at)
  if (v.k === 'unknown') return v
  if (v.k !== 'object') return failure('a source or override policy document is not a JSON object', doc.at)
  const st = v.attrs.get('Statement')
  if (!st) return []
  if (st.k === 'list') return st.items
  if (st.k === 'object') return [st]
  return st.k === 'unknown' ? st : failure('Statement is neither a list nor an object', st.at)
}

function sidOf(s: TfValue): string | undefined {
  if (s.k !== 'object') return undefined
  const sid = s.attrs.get('Sid')
  return sid && sid.k === 'string' && sid.v !== '' ? sid.v : undefined
}

/**
 * A value that is one of several, the one chosen under a condition this data source exists only
 * under, is that one here: `one(data.d[*].json)` where `d` has the same `count = C ? 1 : 0`.
 */
function chosenHere(v: TfValue, inst: ResourceInstance): TfValue {
  if (v.k !== 'unknown' || !v.oneOf || !v.oneOfWhen || !inst.maybe.length) return v
  const i = v.oneOfWhen.findIndex((w) => w !== undefined && inst.maybe.some((m) => m.key === w))
  return i >= 0 ? v.oneOf[i]! : v
}

function build(inst: ResourceInstance): TfValue {
  const view = inst.body()
  const at = inst.header
  const own = view.blocks('statement').map(statementValue)
  let statements: TfValue[] = []
  // By sid, the first statement with it: a search per statement was quadratic (40,000, 27 s).
  const bySid = new Map<string, number>()
  const merge = (incoming: TfValue[], replaceExisting: boolean) => {
    for (const s of incoming) {
      const sid = sidOf(s)
      const i = sid === undefined ? undefined : bySid.get(sid)
      if (i !== undefined) {
        if (replaceExisting) statements[i] = s
      } else {
        if (sid !== undefined) bySid.set(sid, statements.length)
        statements.push(s)
      }
    }
  }
  const docs = (name: string): TfValue[] | TfValue => {
    const a = view.attr(name)
    if (!a || a.value.k === 'null') return []
    if (a.value.k === 'unknown') return a.value
    if (a.value.k !== 'list') return isStringLike(a.value) ? [a.value] : failure(`${name} must be a list of JSON documents`, a.at)
    return a.value.items.map((doc) => chosenHere(doc, inst))
  }
  // Source documents first, then our own statements replacing theirs by sid.
  for (const name of ['source_policy_documents', 'source_json']) {
    const d = docs(name)
    if (!Array.isArray(d)) return unknown(`${name} is not known statically (${d.k === 'unknown' ? d.why : 'not a list'})`, at)
    for (const doc of d) {
      const ss = statementsOf(doc, inst)
      if (!Array.isArray(ss)) {
        statements.push(ss.k === 'unknown' ? ss : unknown('a source policy document could not be read', doc.at ?? at))
        continue
      }
      merge(ss, false)
    }
  }
  merge(own, true)
  for (const name of ['override_policy_documents', 'override_json']) {
    const d = docs(name)
    if (!Array.isArray(d)) return unknown(`${name} is not known statically`, at)
    for (const doc of d) {
      const ss = statementsOf(doc, inst)
      if (!Array.isArray(ss)) {
        const u = ss.k === 'unknown' ? ss : unknown('an override policy document could not be read', doc.at ?? at)
        // It may replace any statement with a sid, as well as add its own: a Deny it may replace
        // denies nothing for sure.
        for (const [sid, i] of bySid)
          statements[i] = unknown(`statement "${sid}" may be replaced by an override document with the same sid (${u.why})`, u.at ?? at)
        statements.push(u)
        continue
      }
      merge(ss, true)
    }
  }
  statements = statements.filter((s) => s.k !== 'null')
  const attrs = new Map<string, TfValue>()
  attrs.set('Version', view.attr('version')?.value ?? str('2012-10-17', at))
  const id = view.attr('policy_id')?.value
  if (id && id.k !== 'null') attrs.set('Id', id)
  attrs.set('Statement', list(statements, at))
  return obj(attrs, { f: inst.config.f, s: inst.config.block.start, e: inst.config.block.end })
}
