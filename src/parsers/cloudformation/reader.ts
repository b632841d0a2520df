/**
 * Navigation over a template's source tree that steps through `Fn::If` (when the condition is
 * known) and turns leaves into model `Value`s located at the attribute that wrote them.
 */
import type { SourceLocation } from '../../model/location.js'
import type { Placeholder, Str, StrPart, Value } from '../../model/value.js'
import { defaultValue, setValue, strToDisplay, unknownValue } from '../../model/value.js'
import type { PNode } from '../shared/policy-document.js'
import type { LineIndex } from '../shared/line-index.js'
import type { SNode } from '../shared/source-tree.js'
import { parseJson } from '../shared/json-tree.js'
import { getEntry } from '../shared/source-tree.js'
import { isIntrinsic, isStrObject, NO_VALUE, Unknown, unknownPart, type EV, type TemplateEvaluator } from './intrinsics.js'

/** A position in the template: a node, its logical path, and the offset of its key (for lines). */
export interface Cur {
  node: SNode
  path: string
  keyStart?: number
  /** Set when the structure here cannot be known (e.g. an `Fn::If` on an unknown condition). */
  unknown?: string
  /** Set with `unknown` when an `Fn::Transform` (AWS::Include, a macro) may write anything here. */
  byTransform?: true
}

export class TemplateReader {
  constructor(
    readonly ev: TemplateEvaluator,
    readonly lines: LineIndex,
    readonly file: string,
  ) {}

  loc(cur: Pick<Cur, 'node' | 'path' | 'keyStart'>): SourceLocation {
    const s = this.lines.position(cur.keyStart ?? cur.node.start)
    // A value that is an alias (`AccessControl: *acl`) ends where its anchor's does, which may be
    // lines above its key: a range that would end before it starts ends where it starts.
    const e = cur.node.end < (cur.keyStart ?? cur.node.start) ? s : this.lines.position(cur.node.end)
    return { file: this.file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, path: cur.path }
  }

  /** Steps through `Fn::If`; `NO_VALUE` for `AWS::NoValue`; Unknown when a condition is not known. */
  resolve(node: SNode, depth = 0): SNode | Unknown | typeof NO_VALUE {
    if (depth > 50 || node.kind !== 'map' || !isIntrinsic(node)) return node
    const fn = node.entries[0]!.key
    if (fn === 'Fn::If') {
      const branch = this.ev.ifBranch(node)
      return branch instanceof Unknown ? branch : this.resolve(branch, depth + 1)
    }
    if (fn === 'Ref' && node.entries[0]!.value.kind === 'scalar' && node.entries[0]!.value.value === 'AWS::NoValue') return NO_VALUE
    return node
  }

  child(cur: Cur | undefined, key: string): Cur | undefined {
    if (!cur) return undefined
    if (cur.unknown) return { ...cur, path: `${cur.path}.${key}` }
    const r = this.resolve(cur.node)
    if (r === NO_VALUE) return undefined
    if (r instanceof Unknown) return { node: cur.node, path: `${cur.path}.${key}`, keyStart: cur.keyStart, unknown: r.why }
    if (r.kind !== 'map') return undefined
    if (isIntrinsic(r)) {
      const fn = r.entries[0]!.key
      const u: Cur = { node: r, path: `${cur.path}.${key}`, keyStart: cur.keyStart, unknown: `${fn} is not known statically` }
      return fn === 'Fn::Transform' ? { ...u, byTransform: true } : u
    }
    const entry = getEntry(r, key)
    // `Fn::Transform` beside the keys of a map (`AWS::Include`, a macro) makes the map at deploy
    // time: the snippet may add a key, and a macro is handed the keys beside it and returns the map
    // it likes, so a key written there is no more known than one that is not.
    if (key !== 'Fn::Transform' && getEntry(r, 'Fn::Transform'))
      return {
        node: entry ? entry.value : r,
        path: `${cur.path}.${key}`,
        keyStart: entry ? entry.keyStart : cur.keyStart,
        unknown: entry
          ? 'an Fn::Transform beside it (AWS::Include or a macro) may change it at deploy time'
          : 'an Fn::Transform there (AWS::Include or a macro) may add it at deploy time',
        byTransform: true,
      }
    if (!entry) return undefined
    if (this.resolve(entry.value) === NO_VALUE) return undefined
    return { node: entry.value, path: `${cur.path}.${key}`, keyStart: entry.keyStart }
  }

  /** Items of a list; Unknown when the list itself cannot be known. A single map counts as one item. */
  items(cur: Cur | undefined): Cur[] | Unknown {
    if (!cur) return []
    if (cur.unknown) return new Unknown(cur.unknown)
    const r = this.resolve(cur.node)
    if (r === NO_VALUE) return []
    if (r instanceof Unknown) return r
    if (r.kind === 'seq') {
      const out: Cur[] = []
      r.items.forEach((item, i) => {
        const ri = this.resolve(item)
        if (ri === NO_VALUE) return
        if (ri instanceof Unknown) out.push({ node: item, path: `${cur.path}[${i}]`, unknown: ri.why })
        else out.push({ node: ri, path: `${cur.path}[${i}]` })
      })
      return out
    }
    if (r.kind === 'map' && isIntrinsic(r)) {
      const v = this.ev.evaluate(r)
      return v instanceof Unknown ? v : new Unknown('a list built by an intrinsic function')
    }
    return [{ node: r, path: cur.path, keyStart: cur.keyStart }]
  }

  evaluate(cur: Cur): EV {
    if (cur.unknown) return new Unknown(cur.unknown)
    return this.ev.evaluate(cur.node)
  }

  bool(cur: Cur | undefined, def: boolean, fallback: SourceLocation): Value<boolean> {
    if (!cur) return defaultValue(def, fallback)
    const at = this.loc(cur)
    const v = this.evaluate(cur)
    if (v === NO_VALUE) return defaultValue(def, fallback)
    if (v instanceof Unknown) return unknownValue(v.why, at)
    if (v === true || (typeof v === 'string' && v.toLowerCase() === 'true')) return setValue(true, at)
    if (v === false || (typeof v === 'string' && v.toLowerCase() === 'false')) return setValue(false, at)
    if (isStrObject(v)) return unknownValue(`depends on ${strToDisplay(v)}`, at)
    return unknownValue(`expected true or false, found ${JSON.stringify(v)}`, at)
  }

  /** A plain string (enum-like settings); placeholders make it unknown. */
  string<T extends string = string>(cur: Cur | undefined, def: NoInfer<T>, fallback: SourceLocation): Value<T>
  string<T extends string = string>(cur: Cur | undefined, def: null, fallback: SourceLocation): Value<T | null>
  string<T extends string = string>(cur: Cur | undefined, def: T | null, fallback: SourceLocation): Value<T | null> {
    if (!cur) return defaultValue(def, fallback)
    const at = this.loc(cur)
    const v = this.evaluate(cur)
    if (v === NO_VALUE) return defaultValue(def, fallback)
    if (v instanceof Unknown) return unknownValue(v.why, at)
    if (typeof v === 'string') return setValue(v as T, at)
    if (typeof v === 'number' || typeof v === 'boolean') return setValue(String(v) as T, at)
    if (isStrObject(v)) return unknownValue(`depends on ${strToDisplay(v)}`, at)
    return unknownValue('expected a string', at)
  }

  /** A string that may hold placeholders (names, ARNs). */
  str(cur: Cur | undefined, fallback: SourceLocation): Value<Str | null> {
    if (!cur) return defaultValue(null, fallback)
    const at = this.loc(cur)
    const v = this.evaluate(cur)
    if (v === NO_VALUE) return defaultValue(null, fallback)
    // A parameter without a default keeps its identity: a bucket named by it is matched by ARNs built from it.
    if (v instanceof Unknown) return unknownValue(v.why, at, v.key)
    if (typeof v === 'string') return setValue(v, at)
    if (typeof v === 'number' || typeof v === 'boolean') return setValue(String(v), at)
    if (isStrObject(v)) return setValue({ parts: v.parts }, at)
    return unknownValue('expected a string', at)
  }

  num(cur: Cur | undefined, fallback: SourceLocation): Value<number | null> {
    if (!cur) return defaultValue(null, fallback)
    const at = this.loc(cur)
    const v = this.evaluate(cur)
    if (v === NO_VALUE) return defaultValue(null, fallback)
    if (v instanceof Unknown) return unknownValue(v.why, at)
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN
    return Number.isFinite(n) ? setValue(n, at) : unknownValue('expected a number', at)
  }

  /** A list of strings (each may hold placeholders). */
  strList(cur: Cur | undefined, fallback: SourceLocation): Value<Str[]> {
    if (!cur) return defaultValue([], fallback)
    const at = this.loc(cur)
    const v = this.evaluate(cur)
    if (v === NO_VALUE) return defaultValue([], fallback)
    if (v instanceof Unknown) return unknownValue(v.why, at)
    const list = Array.isArray(v) ? v : [v]
    const out: Str[] = []
    for (const item of list) {
      if (typeof item === 'string') out.push(item)
      else if (typeof item === 'number' || typeof item === 'boolean') out.push(String(item))
      else if (isStrObject(item)) out.push({ parts: item.parts })
      else if (item instanceof Unknown) out.push({ parts: [{ kind: 'unknown', why: item.why }] })
    }
    return setValue(out, at)
  }

  /**
   * A policy document property. CloudFormation also takes the document as a JSON string
   * (`PolicyDocument: '{"Statement": ...}'`); its nodes are all placed at the string.
   */
  policyNode(cur: Cur): PNode {
    // `PolicyDocument: !ToJsonString {...}` is the document as JSON text, which is read as the
    // document: evaluated whole, one `!GetAtt Bucket.Arn` in it made all of it unknown.
    const r = cur.unknown ? undefined : this.resolve(cur.node)
    if (r && r !== NO_VALUE && !(r instanceof Unknown) && r.kind === 'map' && isIntrinsic(r) && r.entries[0]!.key === 'Fn::ToJsonString') {
      const arg = r.entries[0]!
      return { ...this.pnode({ node: arg.value, path: `${cur.path}.Fn::ToJsonString`, keyStart: arg.keyStart }), at: this.loc(cur) }
    }
    const n = this.pnode(cur)
    // `PolicyDocument: !If [C, '{"Statement": ...}', ...]`: each side may be JSON text too.
    if (n.kind === 'unknown' && n.branches) return { ...n, ...this.ifBranches(cur, (side) => this.policyNode(side)) }
    if (n.kind !== 'str' || (typeof n.value !== 'string' && !isStrObject(n.value))) return n
    // `!Sub` over JSON text: each value only known at deploy time stands in the text as one character
    // of Unicode's private use area while it is parsed, and is put back into the strings it is in.
    const text = typeof n.value === 'string' ? { text: n.value, placeholders: [] } : withPlaceholders(n.value.parts)
    if (!text)
      return { kind: 'unknown', why: 'the policy document is text with more values known only at deploy time than can be read', at: n.at }
    const parsed = parseJson(text.text, { maxDepth: MAX_POLICY_JSON_DEPTH })
    if (!parsed.root || parsed.issues.some((i) => i.level === 'error'))
      return {
        kind: 'unknown',
        why: text.placeholders.length
          ? 'the policy document is JSON text with values only known at deploy time outside its strings'
          : 'the policy document is a string that is not valid JSON',
        at: n.at,
      }
    const place = this.blockScalarPlaces(cur.node, text.text, text.placeholders.length > 0, n.at)
    // The document as a whole stays where its property is; its statements are where they are written.
    return { ...jsonToPNode(parsed.root, n.at, text.placeholders, place), at: n.at }
  }

  /**
   * Where a node of the JSON text is in the template, when the text is a literal block scalar
   * (`PolicyDocument: |` or `!Sub |`): its lines are the template's lines one for one, indented.
   * Elsewhere (a quoted string, a JSON template's escaped string) every node is at the string.
   */
  private blockScalarPlaces(
    node: SNode,
    text: string,
    substituted: boolean,
    at: SourceLocation,
  ): (start: number, end: number) => SourceLocation {
    const whole = () => at
    const scalar =
      node.kind === 'scalar'
        ? node
        : node.kind === 'map' && node.entries.length === 1 && node.entries[0]!.key === 'Fn::Sub'
          ? subText(node.entries[0]!.value)
          : undefined
    if (!scalar) return whole
    const source = this.lines.text
    const head = this.lines.position(scalar.start)
    const lineText = (line: number) => {
      const from = this.lines.lineStart(line)
      const to = source.indexOf('\n', from)
      return source.slice(from, to < 0 ? undefined : to)
    }
    // A tagged scalar starts at its tag (`!Sub |`), a plain one at its first line of content.
    const indicator = /^(?:![^\s|]*\s+)?\|[-+0-9]*[ \t]*(?:#.*)?\r?$/
    let first: number
    if (indicator.test(lineText(head.line).slice(head.column - 1))) first = head.line + 1
    else if (
      head.line > 1 &&
      /(?:^|[\s:-])\|[-+0-9]*[ \t]*(?:#.*)?\r?$/.test(lineText(head.line - 1)) &&
      /^\s*$/.test(lineText(head.line).slice(0, head.column - 1))
    )
      first = head.line
    else return whole
    const indent = /^ */.exec(lineText(first))![0].length
    const starts = [0]
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    const lineOf = (offset: number) => {
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (starts[mid]! <= offset) lo = mid
        else hi = mid - 1
      }
      return lo
    }
    // A substitution is shorter or longer than the one character it stands for: columns are only
    // exact without; with, the line's text is where its content starts.
    const column = (line: number, offset: number) =>
      substituted ? /^\s*/.exec(lineText(first + line))![0].length + 1 : indent + 1 + offset - starts[line]!
    return (start, end) => {
      const s = lineOf(start)
      const e = lineOf(end)
      return { ...at, line: first + s, column: column(s, start), endLine: first + e, endColumn: column(e, end) }
    }
  }

  /**
   * The two sides of an `Fn::If` whose condition is not known, so that a policy can judge each
   * statement it may hold instead of one statement that could be anything; an `AWS::NoValue` side
   * adds nothing. Empty for any other unknown.
   */
  private ifBranches(cur: Cur, read = (side: Cur) => this.pnode(side)): { branches?: PNode[]; mayBeAbsent?: boolean } {
    const n = cur.node
    if (n.kind !== 'map' || !isIntrinsic(n) || n.entries[0]!.key !== 'Fn::If') return {}
    const arg = n.entries[0]!.value
    if (arg.kind !== 'seq' || arg.items.length !== 3) return {}
    const branches: PNode[] = []
    let mayBeAbsent = false
    for (const i of [1, 2]) {
      const node = arg.items[i]!
      if (this.resolve(node) !== NO_VALUE) branches.push(read({ node, path: `${cur.path}.Fn::If[${i}]` }))
      else mayBeAbsent = true
    }
    return mayBeAbsent ? { branches, mayBeAbsent } : { branches }
  }

  /** The neutral JSON-like view of a subtree (for policy documents). */
  pnode(cur: Cur): PNode {
    const at = this.loc(cur)
    if (cur.unknown) return { kind: 'unknown', why: cur.unknown, at }
    const r = this.resolve(cur.node)
    if (r === NO_VALUE) return { kind: 'unknown', why: 'AWS::NoValue', at }
    if (r instanceof Unknown) return { kind: 'unknown', why: r.why, at, ...this.ifBranches(cur) }
    switch (r.kind) {
      case 'scalar': {
        if (typeof r.value !== 'string') return { kind: 'str', value: r.value, at }
        const v = this.ev.literal(r.value)
        return typeof v === 'string' ? { kind: 'str', value: v, at } : evToPNode(v, at)
      }
      case 'seq': {
        const items: PNode[] = []
        r.items.forEach((item, i) => {
          if (this.resolve(item) !== NO_VALUE) items.push(this.pnode({ node: item, path: `${cur.path}[${i}]` }))
        })
        return { kind: 'list', items, at }
      }
      case 'map': {
        if (isIntrinsic(r)) return evToPNode(this.ev.evaluate(r), at)
        if (getEntry(r, 'Fn::Transform'))
          return { kind: 'unknown', why: 'an Fn::Transform here (AWS::Include or a macro) may add to it at deploy time', at }
        const entries: [string, PNode][] = []
        for (const e of r.entries) {
          if (this.resolve(e.value) === NO_VALUE) continue
          entries.push([e.key, this.pnode({ node: e.value, path: `${cur.path}.${e.key}`, keyStart: e.keyStart })])
        }
        return { kind: 'map', entries, at }
      }
    }
  }
}

export function evToPNode(v: EV, at: SourceLocation): PNode {
  // Known to be one of some strings: a string, so that a policy can ask each of them.
  if (v instanceof Unknown) return v.oneOf ? { kind: 'str', value: { parts: [unknownPart(v)] }, at } : { kind: 'unknown', why: v.why, at }
  if (v === NO_VALUE) return { kind: 'unknown', why: 'AWS::NoValue', at }
  if (v === null || typeof v !== 'object') return { kind: 'str', value: v, at }
  if (isStrObject(v)) return { kind: 'str', value: { parts: v.parts }, at }
  if (Array.isArray(v)) return { kind: 'list', items: v.map((x) => evToPNode(x, at)), at }
  return { kind: 'map', entries: Object.entries(v).map(([k, x]) => [k, evToPNode(x, at)]), at }
}

/** Far deeper than any policy document nests (Statement, Condition, operator, key, values). */
const MAX_POLICY_JSON_DEPTH = 32

/** The string of `Fn::Sub`: its argument, or the first item of `[text, variables]`. */
function subText(arg: SNode): SNode | undefined {
  const s = arg.kind === 'seq' ? arg.items[0] : arg
  return s?.kind === 'scalar' && typeof s.value === 'string' ? s : undefined
}

const PUA = 0xe000
const PUA_END = 0xf8ff
const isPua = (c: number) => c >= PUA && c <= PUA_END

/** The text of `parts` with each placeholder as one private-use character; undefined if that cannot be told apart. */
function withPlaceholders(parts: readonly StrPart[]): { text: string; placeholders: Placeholder[] } | undefined {
  let text = ''
  const placeholders: Placeholder[] = []
  for (const p of parts) {
    if (typeof p === 'string') {
      for (let i = 0; i < p.length; i++) if (isPua(p.charCodeAt(i))) return undefined
      text += p
    } else {
      if (PUA + placeholders.length > PUA_END) return undefined
      text += String.fromCharCode(PUA + placeholders.length)
      placeholders.push(p)
    }
  }
  return { text, placeholders }
}

/** A JSON string with its private-use characters put back as the placeholders they stand for. */
function restored(s: string, placeholders: readonly Placeholder[]): Str {
  if (!placeholders.length) return s
  const parts: StrPart[] = []
  let lit = ''
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i) - PUA
    if (k >= 0 && k < placeholders.length) {
      if (lit) parts.push(lit)
      lit = ''
      parts.push(placeholders[k]!)
    } else lit += s[i]
  }
  if (lit) parts.push(lit)
  return parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : { parts }
}

function jsonToPNode(
  n: SNode,
  at: SourceLocation,
  placeholders: readonly Placeholder[] = [],
  place: (start: number, end: number) => SourceLocation = () => at,
): PNode {
  const here = place(n.start, n.end)
  switch (n.kind) {
    case 'scalar':
      return { kind: 'str', value: typeof n.value === 'string' ? restored(n.value, placeholders) : n.value, at: here }
    case 'seq':
      return { kind: 'list', items: n.items.map((x) => jsonToPNode(x, at, placeholders, place)), at: here }
    case 'map':
      return { kind: 'map', entries: n.entries.map((e) => [e.key, jsonToPNode(e.value, at, placeholders, place)]), at: here }
  }
}
