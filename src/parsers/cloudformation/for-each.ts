/**
 * `Fn::ForEach` loops of the AWS::LanguageExtensions transform in the Resources section,
 * expanded as CloudFormation does before anything else is evaluated: for each value of the
 * collection, `${Id}` and `&{Id}` are replaced in keys and strings and `Ref: Id` becomes the value.
 * The copies keep the offsets of the loop body, so findings point at the lines that wrote them.
 */
import type { Problem } from '../../engine/finding.js'
import type { LineIndex } from '../shared/line-index.js'
import type { SEntry, SMap, SNode } from '../shared/source-tree.js'
import { isIntrinsic, LOOP_VALUE, Unknown, type TemplateEvaluator } from './intrinsics.js'

const LOOP_PREFIX = 'Fn::ForEach::'

export interface LoopLimits {
  /** Resources all loops of one template may make before the rest are reported as not scanned. */
  maxResources: number
  /** Nodes all copies of loop bodies may hold: a big body times a long collection. */
  maxNodes: number
}

class BudgetExceeded extends Error {}

export function hasResourceLoops(resources: SMap): boolean {
  return resources.entries.some((e) => e.key.startsWith(LOOP_PREFIX))
}

/**
 * `ev` evaluates collections (parameter defaults, mappings, `Fn::Split`); it is the evaluator of
 * the template as written. A collection not known statically leaves its loop unexpanded, with a
 * warning, and its body is scanned once as written: `${Id}` and `Ref: Id` stay unresolved, so
 * what depends on them is unknown.
 */
export function expandResourceLoops(
  resources: SMap,
  ev: TemplateEvaluator,
  limits: LoopLimits,
  where: { file: string; lines: LineIndex },
  problems: Problem[],
): SMap {
  const taken = new Set(resources.entries.filter((e) => !e.key.startsWith(LOOP_PREFIX)).map((e) => e.key))
  const state = { resources: 0, nodes: 0, stopped: false }
  const warn = (entry: SEntry, message: string, code = 'FOREACH_NOT_EXPANDED') => {
    const at = where.lines.position(entry.keyStart)
    problems.push({ code, file: where.file, line: at.line, column: at.column, message, level: 'warning' })
  }

  const expand = (loop: SEntry, out: SEntry[]): void => {
    if (state.stopped) return
    const spec = loop.value
    if (spec.kind !== 'seq' || spec.items.length !== 3) {
      warn(loop, `${loop.key} is not [identifier, collection, template]; the resources it creates are not scanned`)
      return
    }
    const [idNode, collectionNode, template] = spec.items as [SNode, SNode, SNode]
    if (idNode.kind !== 'scalar' || typeof idNode.value !== 'string' || template.kind !== 'map' || isFunction(template)) {
      warn(loop, `${loop.key} is not [identifier, collection, template]; the resources it creates are not scanned`)
      return
    }
    const values = collectionValues(ev.evaluate(collectionNode))
    if (typeof values === 'string') {
      // A list parameter without a default is the usual collection. Its copies are alike but for
      // the identifier, so the body is checked once as written: what depends on `${Id}` is
      // unknown, the rest (a public ACL, no encryption) is found as in any copy.
      warn(
        loop,
        `${loop.key} (AWS::LanguageExtensions) is not expanded: ${values}; its resources are checked once as written, with ${idNode.value} unknown`,
      )
      let copy: SMap
      try {
        copy = asWritten(template, { key: loop.key, id: idNode.value }, state, limits.maxNodes) as SMap
      } catch (e) {
        if (!(e instanceof BudgetExceeded)) throw e
        state.stopped = true
        warn(loop, `${loop.key}: the copies of loop bodies would exceed ${limits.maxNodes} nodes; the rest are not scanned`, 'EVAL_LIMIT')
        return
      }
      add(loop, copy, out)
      return
    }
    for (const value of values) {
      let copy: SMap
      try {
        copy = substitute(template, idNode.value, value, state, limits.maxNodes) as SMap
      } catch (e) {
        if (!(e instanceof BudgetExceeded)) throw e
        state.stopped = true
        warn(
          loop,
          `${loop.key}: the copies of its body would exceed ${limits.maxNodes} nodes (a string counts one per ${CHARS_PER_NODE} characters); the rest are not scanned`,
          'EVAL_LIMIT',
        )
        return
      }
      add(loop, copy, out)
      if (state.stopped) return
    }
  }

  /** The resources of one copy of `loop`'s body, and those of the loops nested in it. */
  const add = (loop: SEntry, copy: SMap, out: SEntry[]): void => {
    for (const entry of copy.entries) {
      if (entry.key.startsWith(LOOP_PREFIX)) {
        expand(entry, out)
        if (state.stopped) return
        continue
      }
      if (taken.has(entry.key)) {
        warn(loop, `${loop.key} makes ${entry.key}, a logical id already used; CloudFormation rejects the template`)
        continue
      }
      if (state.resources >= limits.maxResources) {
        state.stopped = true
        warn(loop, `${loop.key}: loops make more than ${limits.maxResources} resources; the rest are not scanned`, 'EVAL_LIMIT')
        return
      }
      state.resources++
      taken.add(entry.key)
      out.push(entry)
    }
  }

  const entries: SEntry[] = []
  for (const entry of resources.entries) {
    if (entry.key.startsWith(LOOP_PREFIX)) expand(entry, entries)
    else entries.push(entry)
  }
  return { ...resources, entries }
}

/** `!Ref X` and other functions are not a template; a map holding one nested loop is. */
const isFunction = (node: SMap) => isIntrinsic(node) && !node.entries[0]!.key.startsWith(LOOP_PREFIX)

/** The collection's strings, or why they are not known. */
function collectionValues(v: unknown): string[] | string {
  if (v instanceof Unknown) return v.why
  if (!Array.isArray(v)) return 'its collection is not a list'
  const out: string[] = []
  for (const item of v) {
    if (typeof item === 'string') out.push(item)
    else if (typeof item === 'number' || typeof item === 'boolean') out.push(String(item))
    else return item instanceof Unknown ? item.why : 'an element of its collection is only known at deploy time'
  }
  return out
}

function substitute(node: SNode, id: string, value: string, state: { nodes: number }, maxNodes: number): SNode {
  if (++state.nodes > maxNodes) throw new BudgetExceeded()
  switch (node.kind) {
    case 'scalar':
      return typeof node.value === 'string' && mentions(node.value, id)
        ? { ...node, value: replaceIn(node.value, id, value, state, maxNodes) }
        : node
    case 'seq':
      return { ...node, items: node.items.map((item) => substitute(item, id, value, state, maxNodes)) }
    case 'map': {
      const only = node.entries.length === 1 ? node.entries[0]! : undefined
      if (only?.key === 'Ref' && only.value.kind === 'scalar' && only.value.value === id)
        return { kind: 'scalar', value, quoted: true, start: node.start, end: node.end }
      const copy: SMap = {
        ...node,
        entries: node.entries.map((e) => ({
          ...e,
          key: mentions(e.key, id) ? replaceIn(e.key, id, value, state, maxNodes) : e.key,
          value: substitute(e.value, id, value, state, maxNodes),
        })),
      }
      return only && (only.key === 'Ref' || only.key === 'Fn::GetAtt') ? withLiteralNames(copy) : copy
    }
  }
}

/**
 * The transform lets `Ref` and `Fn::GetAtt` take a function for the logical id
 * (`!GetAtt [!Sub 'Data${Tenant}', Arn]`) and resolves it once the loop is expanded: a `Fn::Sub`
 * left with no variable in a copy is that copy's literal name, so the copy links like any other.
 */
function withLiteralNames(fn: SMap, id?: string): SMap {
  const [entry] = fn.entries as [SEntry]
  if (entry.key === 'Ref') {
    const name = literalSub(entry.value, id)
    return name ? { ...fn, entries: [{ ...entry, value: name }] } : fn
  }
  if (entry.value.kind !== 'seq' || entry.value.items.length === 0) return fn
  const name = literalSub(entry.value.items[0]!, id)
  return name ? { ...fn, entries: [{ ...entry, value: { ...entry.value, items: [name, ...entry.value.items.slice(1)] } }] } : fn
}

/** A `Fn::Sub` without variables (but `id`'s placeholders, when given) as the name it writes. */
function literalSub(node: SNode, id?: string): SNode | undefined {
  if (node.kind !== 'map' || node.entries.length !== 1 || node.entries[0]!.key !== 'Fn::Sub') return undefined
  const text = node.entries[0]!.value
  if (text.kind !== 'scalar' || typeof text.value !== 'string') return undefined
  const rest = id === undefined ? text.value : text.value.split(`\${${id}}`).join('').split(`&{${id}}`).join('')
  if (rest.includes('${')) return undefined
  return { kind: 'scalar', value: text.value, quoted: true, start: node.start, end: node.end }
}

/**
 * A loop body as written, for a collection that is not known: its keys keep `${Id}` (`Data${Id}`
 * is the logical id of the one copy scanned), and so do the names that `Ref` and `Fn::GetAtt`
 * build with `Fn::Sub` (`!Ref { Fn::Sub: 'Data${Id}' }` names that copy), so the copy's
 * resources link as expanded ones do. Elsewhere `Ref: Id` and `${Id}` in a `Fn::Sub` become the
 * loop's value, which is unknown and says why.
 */
function asWritten(node: SNode, loop: { key: string; id: string }, state: { nodes: number }, maxNodes: number): SNode {
  if (++state.nodes > maxNodes) throw new BudgetExceeded()
  const { id } = loop
  if (node.kind === 'seq') return { ...node, items: node.items.map((item) => asWritten(item, loop, state, maxNodes)) }
  if (node.kind !== 'map') return node
  const only = node.entries.length === 1 ? node.entries[0]! : undefined
  if (only && (only.key === 'Ref' || only.key === 'Fn::GetAtt')) {
    const named = withLiteralNames(node, id)
    if (named !== node) return named
    if (only.key === 'Ref' && only.value.kind === 'scalar' && only.value.value === id) return loopValue(loop, node)
  }
  const copy: SMap = { ...node, entries: node.entries.map((e) => ({ ...e, value: asWritten(e.value, loop, state, maxNodes) })) }
  return only?.key === 'Fn::Sub' ? withLoopVariable(copy, loop) : copy
}

/** The value of `loop`'s identifier in its one unexpanded copy: unknown, with the reason. */
function loopValue(loop: { key: string; id: string }, at: SNode): SNode {
  const why: SNode = {
    kind: 'scalar',
    value: `${loop.id} stands for each value of ${loop.key}, which are only known at deploy time`,
    quoted: true,
    start: at.start,
    end: at.end,
  }
  return { kind: 'map', entries: [{ key: LOOP_VALUE, keyStart: at.start, keyEnd: at.start, value: why }], start: at.start, end: at.end }
}

/** `!Sub 'x-${Id}'` as `!Sub ['x-${Id}', { Id: <the loop's value> }]`, unless the Sub names its own `Id`. */
function withLoopVariable(sub: SMap, loop: { key: string; id: string }): SMap {
  const [entry] = sub.entries as [SEntry]
  const arg = entry.value
  const text = arg.kind === 'seq' ? arg.items[0] : arg
  if (text?.kind !== 'scalar' || typeof text.value !== 'string' || !text.value.includes(`\${${loop.id}}`)) return sub
  const vars = arg.kind === 'seq' ? arg.items[1] : undefined
  if (vars !== undefined && (vars.kind !== 'map' || vars.entries.some((e) => e.key === loop.id))) return sub
  const value: SEntry = { key: loop.id, keyStart: text.start, keyEnd: text.start, value: loopValue(loop, text) }
  const map: SMap =
    vars?.kind === 'map'
      ? { ...vars, entries: [...vars.entries, value] }
      : { kind: 'map', entries: [value], start: text.start, end: text.end }
  return { ...sub, entries: [{ ...entry, value: { kind: 'seq', items: [text, map], start: arg.start, end: arg.end } }] }
}

const mentions = (text: string, id: string) => text.includes(`{${id}}`)

/** A copy's strings count a node per this many characters against the budget of nodes. */
const CHARS_PER_NODE = 64

/**
 * `text` with `${id}` and `&{id}` replaced. What a copy's strings will hold is charged before they
 * are built: a 100 KB value put into a string of 10,000 `${X}` was a 1 GB string ("Invalid string
 * length", the whole template lost), and a few such values 4 GB of memory.
 */
function replaceIn(text: string, id: string, value: string, state: { nodes: number }, maxNodes: number): string {
  let out = text
  for (const [placeholder, by] of [
    [`\${${id}}`, value],
    [`&{${id}}`, value.replace(/[^A-Za-z0-9]/g, '')],
  ] as const) {
    const parts = out.split(placeholder)
    state.nodes += Math.floor((out.length + (parts.length - 1) * (by.length - placeholder.length)) / CHARS_PER_NODE)
    if (state.nodes > maxNodes) throw new BudgetExceeded()
    out = parts.join(by)
  }
  return out
}

/**
 * The resources the loops of `resources` write (their templates, nested loops included), as
 * written: `Data${Tenant}`. A fix edits this text, so it changes every copy alike.
 */
export function loopTemplates(resources: SMap): SEntry[] {
  const out: SEntry[] = []
  const walk = (loop: SEntry) => {
    const spec = loop.value
    const template = spec.kind === 'seq' && spec.items.length === 3 ? spec.items[2]! : undefined
    if (template?.kind !== 'map' || isFunction(template)) return
    for (const e of template.entries) {
      if (e.key.startsWith(LOOP_PREFIX)) walk(e)
      else out.push(e)
    }
  }
  for (const e of resources.entries) if (e.key.startsWith(LOOP_PREFIX)) walk(e)
  return out
}

const ANY = 1 // `${T}`: any text
const ALNUM = 2 // `&{T}`: the value with all but letters and digits removed

/** CloudFormation's limit on a logical id; it rejects a template whose loops make a longer one. */
const MAX_LOGICAL_ID = 255

/**
 * Matches the logical ids a template key makes: `Data${T}` → `Data` and anything after it.
 * Not a regular expression: a key with many placeholders (`B${X}B${X}…Z`) made one backtrack for
 * minutes on an id that does not match. This follows every position in the key at once instead.
 * Placeholders in a row are one (`${A}${B}` takes what `${A}` takes), and an id longer than
 * CloudFormation allows matches nothing, so a test costs at most 255 × 511 steps, however long
 * the key: keys and ids of 100 KB each took minutes per finding.
 */
export function copyPattern(key: string): { test(id: string): boolean } {
  // One slot per literal character (a string) or per run of placeholders (ANY, ALNUM).
  const slots: (string | number)[] = []
  for (const part of keyParts(key)) {
    const last = slots[slots.length - 1]
    if (typeof part === 'number') {
      // ANY takes whatever ALNUM takes.
      if (typeof last === 'number') slots[slots.length - 1] = Math.min(last, part)
      else slots.push(part)
      continue
    }
    for (const ch of part) {
      // More than 255 literal characters: no id CloudFormation accepts.
      if (slots.length > 2 * MAX_LOGICAL_ID) return { test: () => false }
      slots.push(ch)
    }
  }
  const literals = slots.filter((s) => typeof s === 'string').length
  const n = slots.length
  // A placeholder may also be empty: being at it means being past it too.
  const skipEmpty = (at: Uint8Array) => {
    for (let i = 0; i < n; i++) if (at[i] && typeof slots[i] === 'number') at[i + 1] = 1
  }
  return {
    test(id: string): boolean {
      if (id.length > MAX_LOGICAL_ID || literals > id.length) return false
      let at = new Uint8Array(n + 1)
      let next = new Uint8Array(n + 1)
      at[0] = 1
      skipEmpty(at)
      for (const ch of id) {
        next.fill(0)
        let alive = false
        for (let i = 0; i < n; i++) {
          if (!at[i]) continue
          const slot = slots[i]
          if (slot === ANY || (slot === ALNUM && /^[A-Za-z0-9]$/.test(ch))) next[i] = 1
          else if (slot === ch) next[i + 1] = 1
          else continue
          alive = true
        }
        if (!alive) return false
        skipEmpty(next)
        ;[at, next] = [next, at]
      }
      return at[n] === 1
    },
  }
}

/**
 * A key's literal text and placeholders (ANY for `${…}`, ALNUM for `&{…}`), as
 * `key.split(/(\$\{[^}]*\}|&\{[^}]*\})/)` cuts it, but by `indexOf`: that RegExp scans to the end
 * from every `${` when no `}` follows, quadratic in a key of `${${${…`.
 */
function keyParts(key: string): (string | number)[] {
  const out: (string | number)[] = []
  let from = 0
  for (let i = 0; i < key.length - 1; i++) {
    if ((key[i] !== '$' && key[i] !== '&') || key[i + 1] !== '{') continue
    const close = key.indexOf('}', i + 2)
    if (close < 0) break
    if (i > from) out.push(key.slice(from, i))
    out.push(key[i] === '&' ? ALNUM : ANY)
    from = close + 1
    i = close
  }
  if (from < key.length) out.push(key.slice(from))
  return out
}

/** `Fn::ForEach` loops inside a resource's properties (maps at any depth, lists included). */
export function propertyLoops(node: SNode): SEntry[] {
  const out: SEntry[] = []
  const walk = (n: SNode, depth: number) => {
    if (depth > 64) return
    if (n.kind === 'seq') for (const item of n.items) walk(item, depth + 1)
    else if (n.kind === 'map')
      for (const e of n.entries) {
        if (e.key.startsWith(LOOP_PREFIX)) out.push(e)
        else walk(e.value, depth + 1)
      }
  }
  walk(node, 0)
  return out
}
