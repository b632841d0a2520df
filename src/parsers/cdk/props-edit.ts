/**
 * Edits a construct call's props as text: change a property's value in place, delete a
 * property, or add properties where the file's own layout suggests, then return the whole lines
 * touched as one edit (what a review suggestion replaces).
 */
import type { TextEdit } from '../../engine/finding.js'
import type { LineIndex } from '../shared/line-index.js'
import type { ConstructCallSyntax, Lang, Property } from './call-syntax.js'

/** What to change in the props, as source text. */
export interface PropChange {
  set: { key: string; value: string }[]
  remove: string[]
  /** Set only when the key is absent or not already `value` (e.g. `enforceSSL` next to `minimumTLSVersion`). */
  ensure: { key: string; value: string }[]
  description: string
}

interface Splice {
  start: number
  end: number
  text: string
}

/** Turns a props change into splices of the call's text, then into one whole-line edit. */
export function editCall(
  text: string,
  lines: LineIndex,
  file: string,
  call: ConstructCallSyntax,
  change: PropChange,
  lang: Lang,
  unit: () => string = () => indentUnit(text),
): TextEdit | undefined {
  if (call.opaqueProps) return undefined
  const props = call.props?.properties ?? []
  const find = (key: string) => props.find((p) => !p.spread && p.key === key)
  const splices: Splice[] = []
  const inserts: { key: string; value: string }[] = []
  for (const s of change.set) {
    const p = find(s.key)
    if (!p) inserts.push(s)
    else if (lang === 'ts' && p.value.start === p.start) splices.push({ start: p.start, end: p.end, text: `${s.key}: ${s.value}` })
    else if (text.slice(p.value.start, p.value.end) !== s.value) splices.push({ start: p.value.start, end: p.value.end, text: s.value })
  }
  for (const s of change.ensure) {
    const p = find(s.key)
    if (!p) inserts.push(s)
    else if (text.slice(p.value.start, p.value.end) !== s.value) splices.push({ start: p.value.start, end: p.value.end, text: s.value })
  }
  const removed = change.remove.map(find).filter((p): p is Property => p !== undefined)
  // Python cannot override a keyword that `**kwargs` may already pass: `f(**opts, versioned=True)`
  // raises "got multiple values" exactly when `opts` holds the setting the finding is about.
  if (inserts.length > 0 && lang === 'py' && props.some((p) => p.spread)) return undefined
  // A property that goes while others come is replaced by them where it stands: deleted on its
  // own, it took the comma the new ones were inserted against (`Bucket(self, "A", , block_...`)
  // or the place they were inserted at (no edit for `{ publicReadAccess: true, ... }`).
  const inPlace =
    inserts.length > 0 ? removed.find((p) => lang === 'py' || !props.slice(props.indexOf(p)).some((q) => q.spread)) : undefined
  for (const p of removed) {
    if (p === inPlace) splices.push({ start: p.start, end: p.end, text: inserts.map((a) => pair(a, lang)).join(', ') })
    else splices.push(removal(text, props, p, lang))
  }
  if (inserts.length > 0 && !inPlace) {
    const ins = insertion(text, lines, call, inserts, lang, unit)
    if (!ins) return undefined
    splices.push(ins)
  }
  if (splices.length === 0) return undefined
  return toLineEdit(text, lines, file, splices, change.description)
}

const pair = (a: { key: string; value: string }, lang: Lang) => (lang === 'py' ? `${a.key}=${a.value}` : `${a.key}: ${a.value}`)

/** Deletes a property: its whole line(s) when it stands alone, else the property and one comma. */
function removal(text: string, props: Property[], p: Property, lang: Lang): Splice {
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1
  let end = p.end
  while (end < text.length && /[ \t]/.test(text[end]!)) end++
  if (text[end] === ',') end++
  while (end < text.length && /[ \t]/.test(text[end]!)) end++
  const aloneBefore = /^[ \t]*$/.test(text.slice(lineStart, p.start))
  // A comment after it (`accessControl: X, // why`) is about it, and goes with its line.
  const aloneAfter = end >= text.length || lineTail(text, end, lang) !== undefined
  if (aloneBefore && aloneAfter) {
    const nl = text.indexOf('\n', end)
    return { start: lineStart, end: nl < 0 ? text.length : nl + 1, text: '' }
  }
  const i = props.indexOf(p)
  if (text[end - 1] !== ',' && i > 0) {
    // The last property: drop the comma before it instead.
    const prev = props[i - 1]!
    return { start: prev.end, end: p.end, text: '' }
  }
  return { start: p.start, end, text: '' }
}

/**
 * Where new properties go: right after the props object's `{` (so the suggestion sits on the
 * construct's own line), or at its end when it holds a spread (`{ ...props }`), which would
 * otherwise override them. Multi-line objects get one property per line at their indentation.
 */
function insertion(
  text: string,
  lines: LineIndex,
  call: ConstructCallSyntax,
  add: { key: string; value: string }[],
  lang: Lang,
  unit: () => string,
): Splice | undefined {
  if (lang === 'py') {
    const kw = add.map((a) => `${a.key}=${a.value}`)
    const last = call.args[call.args.length - 1]!
    const multiLine = lines.position(call.open).line !== lines.position(call.close).line
    if (multiLine) {
      // One keyword per line after the last argument; a trailing comma, if any, now follows ours.
      const indent = indentOf(text, last.start)
      let j = last.end
      while (text[j] === ' ' || text[j] === '\t') j++
      const comma = text[j] === ','
      // What ends the last argument's line (`x=True,  # legacy`) stays on it, after the comma.
      const eol = lineTail(text, comma ? j + 1 : last.end, lang)
      if (eol !== undefined && comma) return { start: eol, end: eol, text: `\n${kw.map((k) => `${indent}${k},`).join('\n')}` }
      if (eol !== undefined)
        return { start: last.end, end: eol, text: `,${text.slice(last.end, eol)}\n${kw.map((k) => `${indent}${k}`).join(',\n')}` }
      return { start: last.end, end: last.end, text: `,\n${kw.map((k) => `${indent}${k}`).join(',\n')}` }
    }
    return { start: last.end, end: last.end, text: `, ${kw.join(', ')}` }
  }
  const pairs = add.map((a) => `${a.key}: ${a.value}`)
  const props = call.props
  if (!props) {
    const last = call.args[call.args.length - 1]!
    return { start: last.end, end: last.end, text: `, { ${pairs.join(', ')} }` }
  }
  const openLine = lines.position(props.start).line
  const closeLine = lines.position(props.end).line
  const hasSpread = props.properties.some((p) => p.spread)
  if (openLine === closeLine) {
    if (props.properties.length === 0) return { start: props.start + 1, end: props.end, text: ` ${pairs.join(', ')} ` }
    if (hasSpread) {
      const last = props.properties[props.properties.length - 1]!
      return { start: last.end, end: last.end, text: `, ${pairs.join(', ')}` }
    }
    const first = props.properties[0]!
    return { start: first.start, end: first.start, text: `${pairs.join(', ')}, ` }
  }
  const first = props.properties[0]
  const indent = first ? indentOf(text, first.start) : `${indentOf(text, props.start)}${unit()}`
  if (hasSpread || !first) {
    const last = props.properties[props.properties.length - 1]
    if (!last) {
      const eol = endOfLine(text, props.start)
      return { start: eol, end: eol, text: `\n${pairs.map((p) => `${indent}${p},`).join('\n')}` }
    }
    const comma = text[last.end] === ',' ? 1 : 0
    const added = `\n${pairs.map((p) => `${indent}${p},`).join('\n')}`
    // A comment ending the last property's line (`publicReadAccess: true // legacy`) stays on it.
    const eol = lineTail(text, last.end + comma, lang)
    if (eol !== undefined) return { start: last.end, end: eol, text: `,${text.slice(last.end + comma, eol)}${added}` }
    return { start: last.end + comma, end: last.end + comma, text: `${comma ? '' : ','}${added}` }
  }
  if (lines.position(first.start).line === openLine) {
    // `{ a: 1,` on the brace's line: keep that style.
    return { start: first.start, end: first.start, text: `${pairs.join(', ')}, ` }
  }
  const eol = endOfLine(text, props.start)
  return { start: eol, end: eol, text: `\n${pairs.map((p) => `${indent}${p},`).join('\n')}` }
}

/**
 * Where the line ends (before its line break) when nothing but blanks and one comment follow
 * `from` on it; undefined when code does.
 */
function lineTail(text: string, from: number, lang: Lang): number | undefined {
  const eol = endOfLine(text, from)
  let i = from
  while (i < eol && (text[i] === ' ' || text[i] === '\t')) i++
  if (i === eol) return eol
  if (lang === 'py' ? text[i] === '#' : text.startsWith('//', i)) return eol
  if (lang === 'ts' && text.startsWith('/*', i)) {
    const close = text.indexOf('*/', i + 2)
    if (close < 0 || close + 2 > eol) return undefined
    return /^[ \t]*$/.test(text.slice(close + 2, eol)) ? eol : undefined
  }
  return undefined
}

function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  const end = nl < 0 ? text.length : nl
  return text[end - 1] === '\r' ? end - 1 : end
}

function indentOf(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0]
}

/** The file's indentation step (2 spaces unless the file shows otherwise). */
export function indentUnit(text: string): string {
  if (/^\t/m.test(text)) return '\t'
  const m = /^( +)\S/m.exec(text)
  return m && m[1]!.length <= 8 ? m[1]! : '  '
}

/** Applies splices and returns the whole lines they touch, before and after. */
function toLineEdit(text: string, lines: LineIndex, file: string, splices: Splice[], description: string): TextEdit | undefined {
  const sorted = [...splices].sort((a, b) => a.start - b.start)
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) return undefined
  const first = sorted[0]!
  const last = sorted[sorted.length - 1]!
  const startLine = lines.position(first.start).line
  // A splice ending right after a newline does not touch the next line.
  const endOffset = last.end > last.start && text[last.end - 1] === '\n' ? last.end - 1 : last.end
  const endLine = lines.position(Math.max(endOffset, first.start)).line
  const regionStart = lines.lineStart(startLine)
  const regionEnd = endOfLine(text, lines.lineStart(endLine))
  let out = ''
  let at = regionStart
  for (const s of sorted) {
    out += text.slice(at, s.start) + s.text
    at = s.end
  }
  if (at <= regionEnd) out += text.slice(at, regionEnd)
  else if (out.endsWith('\n')) out = out.slice(0, -1)
  return { file, startLine, endLine, replacement: out.replace(/\r?\n$/, ''), description }
}
