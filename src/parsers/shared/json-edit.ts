/**
 * Small edits of JSON text in the text's own layout: set or add an object member, drop one,
 * append an array item. They work on the positioned tree of `parseJson` and return splices of
 * that text, so a caller whose JSON is embedded elsewhere (a policy inside a Terraform string)
 * can map them back to its file. An edit that cannot be made cleanly returns undefined: no
 * suggestion is better than a wrong one.
 */
import type { SEntry, SMap, SNode, SSeq } from './source-tree.js'

export interface Splice {
  start: number
  end: number
  text: string
}

/** Text copied as it is (a value already written in this file's syntax). */
export class RawJson {
  constructor(readonly text: string) {}
}

export type JsonData = null | boolean | number | string | RawJson | JsonData[] | { [key: string]: JsonData }

/** How a file writes its JSON, read from the file itself. */
export interface JsonStyle {
  /** One indentation level (`'  '`, `'    '`, `'\t'`). */
  step: string
  /** Between a key and its value: `': '`, `':'`. */
  colon: string
  /** Between the items of a collection written on one line: `', '`, `','`. */
  comma: string
  /** Inside the braces of an object written on one line: `' '` (`{ "a": 1 }`) or `''`. */
  pad: string
  eol: '\n' | '\r\n'
}

const DEFAULT_STYLE: JsonStyle = { step: '  ', colon: ': ', comma: ', ', pad: '', eol: '\n' }

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** Leading blanks of the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const s = lineStart(text, offset)
  let e = s
  while (text[e] === ' ' || text[e] === '\t') e++
  return text.slice(s, e)
}

/** Is `offset` the first non-blank character of its line? */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset))
}

function sameLine(text: string, a: number, b: number): boolean {
  return text.indexOf('\n', a) === -1 || text.indexOf('\n', a) >= b
}

/** Reads the style from the first collections that show it; what the text never shows stays the default. */
export function detectStyle(text: string, root: SNode | null): JsonStyle {
  const style = { ...DEFAULT_STYLE, eol: /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n' } as JsonStyle
  const seen = { step: false, colon: false, comma: false, pad: false }
  let budget = 2000
  const visit = (n: SNode): void => {
    if (--budget < 0 || n.kind === 'scalar') return
    const children: { start: number; end: number }[] =
      n.kind === 'map' ? n.entries.map((e) => ({ start: e.keyStart, end: e.value.end })) : n.items
    const first = children[0]
    if (first) {
      const oneLine = sameLine(text, n.start, n.end)
      if (!seen.step && !oneLine && startsLine(text, first.start)) {
        const outer = indentAt(text, n.start)
        const inner = indentAt(text, first.start)
        if (inner.length > outer.length && inner.startsWith(outer)) {
          style.step = inner.slice(outer.length)
          seen.step = true
        }
      }
      if (!seen.comma && oneLine && children[1]) {
        const between = text.slice(first.end, children[1].start)
        if (/^[ \t]*,[ \t]*$/.test(between)) {
          style.comma = between.replace(/^[ \t]*/, '')
          seen.comma = true
        }
      }
      if (!seen.pad && oneLine && n.kind === 'map') {
        style.pad = text[n.start + 1] === ' ' ? ' ' : ''
        seen.pad = true
      }
    }
    if (n.kind === 'map') {
      for (const e of n.entries) {
        if (!seen.colon) {
          const between = text.slice(e.keyEnd, e.value.start)
          if (/^[ \t]*:[ \t]*$/.test(between)) {
            style.colon = between.replace(/^[ \t]*/, '')
            seen.colon = true
          }
        }
        visit(e.value)
      }
    } else for (const item of n.items) visit(item)
  }
  if (root) visit(root)
  // Text that never shows a one-line list still shows its colons: `"a":1` goes with `,`.
  if (!seen.comma && seen.colon && style.colon === ':') style.comma = ','
  return style
}

function isScalarData(v: JsonData): boolean {
  return v === null || typeof v !== 'object' || v instanceof RawJson
}

/**
 * Renders `v` as JSON. `at` is the indentation of the line the value starts on; objects open
 * there and put their members one level deeper, unless `oneLine`. Lists of scalars stay on one
 * line, as hand-written JSON usually has them.
 */
export function renderJson(v: JsonData, style: JsonStyle, at: string, oneLine = false, inner?: string): string {
  if (v instanceof RawJson) return v.text
  if (v === null || typeof v !== 'object') return JSON.stringify(v)
  const members: string[] = Array.isArray(v)
    ? v.map((x) => renderJson(x, style, inner ?? at + style.step, oneLine || isScalarData(x)))
    : Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}${style.colon}${renderJson(x, style, inner ?? at + style.step, oneLine)}`)
  const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}']
  if (members.length === 0) return `${open}${close}`
  if (oneLine || (Array.isArray(v) && v.every(isScalarData))) {
    const pad = Array.isArray(v) ? '' : style.pad
    return `${open}${pad}${members.join(style.comma)}${pad}${close}`
  }
  const step = inner ?? at + style.step
  return `${open}${style.eol}${members.map((m) => step + m).join(`,${style.eol}`)}${style.eol}${at}${close}`
}

/** New members after the last one (or right after `after`), laid out like their siblings. */
export function addMembers(text: string, map: SMap, members: [string, JsonData][], style: JsonStyle, after?: SEntry): Splice | undefined {
  const render = (at: string, oneLine: boolean) =>
    members.map(([key, value]) => `${JSON.stringify(key)}${style.colon}${renderJson(value, style, at, oneLine)}`)
  return insertChildren(
    text,
    map,
    map.entries,
    (e) => ({ start: e.keyStart, end: e.value.end }),
    render,
    style,
    after && { start: after.keyStart, end: after.value.end },
  )
}

/** A new last item of a list, laid out like the item before it (an object copies its indentation). */
export function appendItem(text: string, seq: SSeq, value: JsonData, style: JsonStyle): Splice | undefined {
  const last = seq.items[seq.items.length - 1]
  return insertChildren(
    text,
    seq,
    seq.items,
    (item) => item,
    (at, oneLine) => {
      if (oneLine || !last || last.kind !== 'map' || !value || typeof value !== 'object' || Array.isArray(value))
        return [renderJson(value, style, at, oneLine)]
      // `[{` on one line and `}]` on another: the sibling's members and closing brace set the indentation.
      const first = last.entries[0]
      const inner = first && startsLine(text, first.keyStart) ? indentAt(text, first.keyStart) : undefined
      const close = startsLine(text, last.end - 1) ? indentAt(text, last.end - 1) : at
      return [renderJson(value, style, close, false, inner)]
    },
    style,
  )
}

/**
 * Inserts children after `after` (default: the last child). A collection on one line stays on
 * one line; in a multi-line one each child gets a line at its sibling's indentation, or
 * continues the sibling's line when that one shares its line (`}, {`).
 */
function insertChildren<C>(
  text: string,
  parent: SMap | SSeq,
  children: readonly C[],
  // A span per child, asked only where needed: mapping every member of a template's 20,000
  // resources for each edit made the edits of one template quadratic.
  span: (child: C) => { start: number; end: number },
  render: (at: string, oneLine: boolean) => string[],
  style: JsonStyle,
  after?: { start: number; end: number },
): Splice | undefined {
  const last = children[children.length - 1]
  const anchor = after ?? (last === undefined ? undefined : span(last))
  if (!anchor) {
    const inside = text.slice(parent.start + 1, parent.end - 1)
    if (!/^\s*$/.test(inside)) return undefined
    if (!inside.includes('\n')) {
      const pad = parent.kind === 'map' ? style.pad : ''
      return { start: parent.start + 1, end: parent.end - 1, text: `${pad}${render('', true).join(style.comma)}${pad}` }
    }
    const at = indentAt(text, parent.start) + style.step
    return {
      start: parent.start + 1,
      end: parent.start + 1,
      text: render(at, false)
        .map((c, i) => `${i ? ',' : ''}${style.eol}${at}${c}`)
        .join(''),
    }
  }
  if (sameLine(text, parent.start, parent.end))
    return {
      start: anchor.end,
      end: anchor.end,
      text: render('', true)
        .map((c) => `${style.comma}${c}`)
        .join(''),
    }
  if (!startsLine(text, anchor.start)) {
    const before = children[children.findIndex((c) => span(c).start === anchor.start) - 1]
    const prev = before === undefined ? undefined : span(before)
    const between = prev ? text.slice(prev.end, anchor.start) : ''
    const comma = /^[ \t]*,[ \t]*$/.test(between) ? between.replace(/^[ \t]*/, '') : style.comma
    return {
      start: anchor.end,
      end: anchor.end,
      text: render(indentAt(text, anchor.start), false)
        .map((c) => `${comma}${c}`)
        .join(''),
    }
  }
  const at = indentAt(text, anchor.start)
  return {
    start: anchor.end,
    end: anchor.end,
    text: render(at, false)
      .map((c) => `,${style.eol}${at}${c}`)
      .join(''),
  }
}

/**
 * Replaces the value of member `key` in place. A member that does not start its line sits in an
 * object written on one line (`{"a":{"b":1},"c":2}`), and its new value stays on that line.
 */
export function replaceValue(text: string, entry: SEntry, value: JsonData, style: JsonStyle): Splice {
  const oneLine = !startsLine(text, entry.keyStart)
  return { start: entry.value.start, end: entry.value.end, text: renderJson(value, style, indentAt(text, entry.keyStart), oneLine) }
}

/**
 * Drops member `key` with its comma: its own lines when it has them, else just its text. The
 * only member leaves `{}`.
 */
export function removeMember(text: string, map: SMap, key: string): Splice | undefined {
  const i = map.entries.findIndex((e) => e.key === key)
  if (i < 0) return undefined
  const e = map.entries[i]!
  if (map.entries.length === 1) return { start: map.start + 1, end: map.end - 1, text: '' }
  const next = map.entries[i + 1]
  if (next) {
    if (startsLine(text, e.keyStart) && startsLine(text, next.keyStart))
      return { start: lineStart(text, e.keyStart), end: lineStart(text, next.keyStart), text: '' }
    return { start: e.keyStart, end: next.keyStart, text: '' }
  }
  // The last member: the comma to drop is the one after the member before it.
  return { start: map.entries[i - 1]!.value.end, end: e.value.end, text: '' }
}

/** The map or list that starts at `offset`, found by descending from `root`. */
export function nodeAt(root: SNode | null, offset: number): SMap | SSeq | undefined {
  let n: SNode | undefined = root ?? undefined
  while (n && n.kind !== 'scalar') {
    if (n.start === offset) return n
    const children: SNode[] = n.kind === 'map' ? n.entries.map((e) => e.value) : n.items
    n = children.find((c) => c.start <= offset && offset < c.end)
  }
  return undefined
}

/** The member of `map` whose value contains `offset`. */
export function entryHolding(map: SMap, offset: number): SEntry | undefined {
  return map.entries.find((e) => e.keyStart <= offset && offset < e.value.end)
}
