/**
 * Reads an IAM policy document (bucket policy, access point policy, IAM policy) into the model.
 * Works on `PNode`, a neutral view of an already-evaluated JSON-like tree with locations, so
 * CloudFormation, Terraform (`jsonencode`, heredocs, policy documents) and plan JSON share it.
 */
import type { SourceLocation } from '../../model/location.js'
import { applyPolicyVersion } from '../../model/policy.js'
import type { ListField, PolicyCondition, PolicyDocument, PolicyStatement, PrincipalEntry, PrincipalField } from '../../model/policy.js'
import type { Str, Value } from '../../model/value.js'
import { defaultValue, setValue, unknownValue } from '../../model/value.js'

export type PNode =
  | { kind: 'map'; entries: [string, PNode][]; at: SourceLocation }
  | { kind: 'list'; items: PNode[]; at: SourceLocation }
  | { kind: 'str'; value: Str | number | boolean | null; at: SourceLocation }
  | {
      kind: 'unknown'
      why: string
      at: SourceLocation
      /** What it may be instead, when a choice on an unknown condition (CloudFormation `Fn::If`) made it unknown. */
      branches?: PNode[]
      /** One side of that choice is `AWS::NoValue`: where it is a map's value, the key may be left out. */
      mayBeAbsent?: boolean
    }

export function pget(node: PNode, key: string): PNode | undefined {
  if (node.kind !== 'map') return undefined
  for (const [k, v] of node.entries) if (k === key) return v
  return undefined
}

function scalarStr(n: PNode): Str | undefined {
  if (n.kind !== 'str' || n.value === null) return undefined
  return typeof n.value === 'number' || typeof n.value === 'boolean' ? String(n.value) : n.value
}

/** A string or a list of strings; unknown when the list itself cannot be known. */
function strList(n: PNode): Value<Str[]> {
  if (n.kind === 'unknown') return unknownValue(n.why, n.at)
  if (n.kind === 'list') {
    const out: Str[] = []
    for (const item of n.items) {
      if (item.kind === 'unknown') out.push({ parts: [{ kind: 'unknown', why: item.why }] })
      else {
        const s = scalarStr(item)
        if (s !== undefined) out.push(s)
        else if (item.kind !== 'str') return unknownValue('expected a string, found a structure', item.at)
      }
    }
    return setValue(out, n.at)
  }
  const s = scalarStr(n)
  if (s === undefined) return n.kind === 'str' ? setValue([], n.at) : unknownValue('expected a string or a list of strings', n.at)
  return setValue([s], n.at)
}

function listField(stmt: PNode, plain: string, not: string): ListField {
  const p = pget(stmt, plain)
  if (p) return { field: 'plain', values: strList(p) }
  const q = pget(stmt, not)
  if (q) return { field: 'not', values: strList(q) }
  return { field: 'none', values: defaultValue([], stmt.at) }
}

const PRINCIPAL_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser'])

function principalField(stmt: PNode): PrincipalField {
  const p = pget(stmt, 'Principal')
  const np = p ? undefined : pget(stmt, 'NotPrincipal')
  const node = p ?? np
  if (!node) return { field: 'none', entries: defaultValue([], stmt.at) }
  const field = p ? 'Principal' : 'NotPrincipal'
  if (node.kind === 'unknown') return { field, entries: unknownValue(node.why, node.at) }
  if (node.kind === 'str' || node.kind === 'list') {
    // `"Principal": "*"` is the only valid bare form; treat any bare string as written.
    const values = strList(node)
    if (values.state === 'unknown') return { field, entries: values }
    return {
      field,
      entries: setValue(
        values.value.map((value) => ({ type: '*' as const, value })),
        node.at,
      ),
    }
  }
  const entries: PrincipalEntry[] = []
  for (const [type, v] of node.entries) {
    const values = strList(v)
    if (values.state === 'unknown') return { field, entries: values }
    const t = PRINCIPAL_TYPES.has(type) ? (type as PrincipalEntry['type']) : 'AWS'
    for (const value of values.value) entries.push({ type: t, value })
  }
  return { field, entries: setValue(entries, node.at) }
}

function conditions(stmt: PNode): Value<PolicyCondition[]> {
  const c = pget(stmt, 'Condition')
  if (!c) return defaultValue([], stmt.at)
  if (c.kind === 'unknown') return unknownValue(c.why, c.at)
  if (c.kind !== 'map') return unknownValue('Condition is not a map', c.at)
  const out: PolicyCondition[] = []
  for (const [operator, keys] of c.entries) {
    if (keys.kind === 'unknown') return unknownValue(keys.why, keys.at)
    if (keys.kind !== 'map') return unknownValue(`condition operator ${operator} does not hold a map`, keys.at)
    for (const [key, v] of keys.entries) {
      // `aws:SourceVpce: !If [IsProd, vpce-1, !Ref AWS::NoValue]`: outside prod the key is gone, and
      // with it the restriction: whether the statement is restricted is not known.
      if (v.kind === 'unknown' && v.mayBeAbsent) return unknownValue(`the condition key ${key} may be left out: ${v.why}`, v.at)
      const values = strList(v)
      out.push({
        operator,
        key,
        values: values.state === 'unknown' ? [{ parts: [{ kind: 'unknown', why: values.why }] }] : values.value,
        at: v.at,
      })
    }
  }
  return setValue(out, c.at)
}

function effect(stmt: PNode): Value<'Allow' | 'Deny'> {
  const e = pget(stmt, 'Effect')
  if (!e) return unknownValue('the statement has no Effect', stmt.at)
  if (e.kind === 'unknown') return unknownValue(e.why, e.at)
  const s = scalarStr(e)
  if (s === 'Allow' || s === 'Deny') return setValue(s, e.at)
  return unknownValue(`Effect is ${typeof s === 'string' ? JSON.stringify(s) : 'not a known value'}`, e.at)
}

export function readStatement(stmt: PNode): PolicyStatement | undefined {
  if (stmt.kind !== 'map') return undefined
  const sid = pget(stmt, 'Sid')
  const sidStr = sid && scalarStr(sid)
  return {
    sid: typeof sidStr === 'string' ? sidStr : undefined,
    at: stmt.at,
    effect: effect(stmt),
    principal: principalField(stmt),
    action: listField(stmt, 'Action', 'NotAction'),
    resource: listField(stmt, 'Resource', 'NotResource'),
    conditions: conditions(stmt),
  }
}

/** A statement whose content cannot be known at all (e.g. `Statement: !If [...]` on an unknown condition). */
export function unknownStatement(why: string, at: SourceLocation): PolicyStatement {
  const u = unknownValue(why, at)
  return {
    at,
    effect: u,
    principal: { field: 'Principal', entries: u },
    action: { field: 'plain', values: u },
    resource: { field: 'plain', values: u },
    conditions: u,
  }
}

/**
 * A policy document, with its `Version` weighed: in one of 2008-10-17 or without one, IAM reads
 * `${aws:username}` and the like as text (see `applyPolicyVersion`).
 */
export function readPolicyDocument(doc: PNode, owner: string): PolicyDocument {
  return applyPolicyVersion(readStatements(doc, owner), policyVersion(doc))
}

/** The document's `Version`: null when it has none, undefined when it is not known statically (or the document is no object). */
function policyVersion(doc: PNode): string | null | undefined {
  if (doc.kind !== 'map') return undefined
  const v = pget(doc, 'Version')
  if (!v) return null
  return v.kind === 'str' && typeof v.value === 'string' ? v.value : undefined
}

function readStatements(doc: PNode, owner: string): PolicyDocument {
  if (doc.kind === 'unknown' && doc.branches?.length) return readChosenDocument(doc, owner)
  if (doc.kind === 'unknown') return { owner, at: doc.at, statements: [], unknown: { why: doc.why, at: doc.at } }
  if (doc.kind !== 'map') return { owner, at: doc.at, statements: [], unknown: { why: 'the policy document is not an object', at: doc.at } }
  const st = pget(doc, 'Statement')
  if (!st) return { owner, at: doc.at, statements: [] }
  if (st.kind === 'unknown' && !st.branches) return { owner, at: doc.at, statements: [unknownStatement(st.why, st.at)] }
  // `Statement: !If [C, [...], [...]]`: one of the lists is the policy.
  const listGroup = st.kind === 'unknown' && exhaustive(st) ? { sides: st.branches!.length } : undefined
  const lists = st.kind === 'unknown' ? st.branches!.map((b) => ({ node: b, why: st.why })) : [{ node: st, why: undefined }]
  const items = lists.flatMap(({ node, why }, list) =>
    (node.kind === 'list' ? node.items : [node]).flatMap((i) => {
      const leaves = choices(i, why)
      if (listGroup)
        return leaves.length === 1
          ? leaves.map((l) => ({ ...l, choice: { group: listGroup, side: list, sides: listGroup.sides } }))
          : leaves
      // `- !If [C, {statement}, {statement}]`: one of them is in the policy.
      if (leaves.length < 2 || !exhaustive(i)) return leaves
      const group = {}
      return leaves.map((l, side) => ({ ...l, choice: { group, side, sides: leaves.length } }))
    }),
  )
  const statements: PolicyStatement[] = []
  let entries = 0
  for (const { node: item, why, choice } of items) {
    if (item.kind === 'unknown') statements.push(unknownStatement(item.why, item.at))
    else {
      const s = readStatement(item)
      if (!s) continue
      // Whether the statement is in the policy at all is only known at deploy time: it applies
      // only under an unknown condition, so it neither surely grants nor surely denies.
      if (why !== undefined) {
        s.writtenConditions = s.conditions
        s.conditions = unknownValue(why, s.at)
        if (choice) s.choice = choice
      }
      entries += 1 + entriesOf(s)
      if (entries > MAX_POLICY_ENTRIES) {
        return { owner, at: doc.at, statements: [], unknown: { why: tooManyEntries(), at: doc.at } }
      }
      statements.push(s)
    }
  }
  return { owner, at: doc.at, statements }
}

/**
 * `PolicyDocument: !If [C, {...}, {...}]`: one of the documents is the policy, so each side's
 * statements are weighed as those of a statement-level `Fn::If` are: a Deny on every side holds,
 * a grant on every side is made. An `AWS::NoValue` side is no document at all, so no side surely
 * applies. A statement already on a side of an inner choice is only in the policy maybe: two
 * choices are not weighed together.
 */
function readChosenDocument(doc: Extract<PNode, { kind: 'unknown' }>, owner: string): PolicyDocument {
  const sides = doc.branches!.map((b) => readPolicyDocument(b, owner))
  // A side that cannot be read may be the policy, and may grant anything.
  const unreadable = sides.find((d) => d.unknown)
  if (unreadable) return { owner, at: doc.at, statements: [], unknown: unreadable.unknown }
  const group = exhaustive(doc) ? {} : undefined
  const statements: PolicyStatement[] = []
  let entries = 0
  sides.forEach((d, side) => {
    for (const s of d.statements) {
      if (s.writtenConditions) delete s.choice
      else {
        s.writtenConditions = s.conditions
        s.conditions = unknownValue(doc.why, s.at)
        if (group) s.choice = { group, side, sides: sides.length }
      }
      entries += 1 + entriesOf(s)
      statements.push(s)
    }
  })
  if (entries > MAX_POLICY_ENTRIES) return { owner, at: doc.at, statements: [], unknown: { why: tooManyEntries(), at: doc.at } }
  return { owner, at: doc.at, statements }
}

/** A statement node, or each statement an unknown choice may put in its place (with why it is unknown). */
function choices(node: PNode, why: string | undefined): { node: PNode; why: string | undefined; choice?: PolicyStatement['choice'] }[] {
  if (node.kind !== 'unknown' || !node.branches) return [{ node, why }]
  return node.branches.flatMap((b) => choices(b, why ?? node.why))
}

/** A choice every side of which is something: no `AWS::NoValue` anywhere in it, so one side surely applies. */
function exhaustive(node: PNode): boolean {
  if (node.kind !== 'unknown') return true
  return !!node.branches?.length && !node.mayBeAbsent && node.branches.every(exhaustive)
}

/**
 * AWS caps policy text at 20 KB (bucket policies) and 32 KB (KMS key policies): a few thousand
 * entries at most. A document built bigger (`Fn::Split` over a long parameter, a `for` expression)
 * cannot be deployed, and every rule matching actions one by one made such a 1 MB template take a
 * minute; it is unknown instead.
 */
export const MAX_POLICY_ENTRIES = 20_000

const tooManyEntries = () =>
  `the policy has more than ${MAX_POLICY_ENTRIES} statements, actions, resources, principals and condition values, more than any policy AWS accepts`

function entriesOf(s: PolicyStatement): number {
  const count = (v: Value<unknown[]>) => (v.state === 'unknown' ? 0 : v.value.length)
  let n = count(s.action.values) + count(s.resource.values) + count(s.principal.entries)
  if (s.conditions.state !== 'unknown') for (const c of s.conditions.value) n += c.values.length
  return n
}
