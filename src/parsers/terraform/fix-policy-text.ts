/**
 * A policy written as JSON text inside a Terraform string: a heredoc (`<<EOF`, `<<-POLICY`), a
 * quoted string, or a string of a `.tf.json` file. The string is decoded into the JSON its
 * author wrote, every character remembering where it came from; each `${...}` counts as opaque
 * string content. The statement is added to that JSON in its own layout, and the splice is
 * mapped back into the file and escaped for the string it lands in. Template directives (`%{`),
 * strip markers (`~`) and an interpolation outside a JSON string leave the text as it is: the
 * edit could not be made safely.
 */
import { appendItem, detectStyle, type JsonData, type Splice } from '../shared/json-edit.js'
import { parseJson } from '../shared/json-tree.js'
import { get, type SNode } from '../shared/source-tree.js'
import type { TemplateExpr, TemplatePart } from './hcl/ast.js'
import { parseTemplateText } from './hcl/parse.js'

/** Decoded text; `from[i]`..`to[i]` is the file's span of character `i`. */
interface View {
  text: string
  from: number[]
  to: number[]
}

type Escapes = 'heredoc' | 'quoted' | 'json'

const SIMPLE: Record<Escapes, Record<string, string>> = {
  heredoc: {},
  quoted: { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' },
  json: { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f' },
}

/**
 * Decodes `raw` (at file offset `base`) by the escapes of its string kind; templates' `$${` and
 * `%%{` too unless `json` (a `.tf.json` string is a template only once JSON-decoded).
 */
function decode(raw: string, base: number, escapes: Escapes, into: View): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!
    let out = c
    let len = 1
    if (c === '\\' && escapes !== 'heredoc') {
      const e = raw[i + 1] ?? ''
      if (SIMPLE[escapes][e] !== undefined) {
        out = SIMPLE[escapes][e]!
        len = 2
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
        out = String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16))
        len = 6
      } else return false
    } else if (escapes !== 'json' && (c === '$' || c === '%') && raw[i + 1] === c && raw[i + 2] === '{') {
      out = `${c}{`
      len = 3
    }
    for (let k = 0; k < out.length; k++) {
      into.text += out[k]
      into.from.push(base + i)
      into.to.push(base + i + len)
    }
    i += len - 1
  }
  return true
}

/** Adds template parts: literals decoded, each interpolation one opaque character spanning it. */
function addParts(parts: TemplatePart[], source: string, escapes: Escapes, view: View, mapBack?: View): boolean {
  for (const p of parts) {
    if (p.t === 'if' || p.t === 'for') return false
    const raw = source.slice(p.start, p.end)
    if (p.t === 'interp') {
      // `${~ x ~}` strips whitespace around it: what the policy holds is no longer what is written.
      if (/^\$\{~|~\}$/.test(raw)) return false
      view.text += 'x'
      view.from.push(mapBack ? mapBack.from[p.start]! : p.start)
      view.to.push(mapBack ? mapBack.to[p.end - 1]! : p.end)
      continue
    }
    const part: View = { text: '', from: [], to: [] }
    if (!decode(raw, p.start, escapes, part)) return false
    view.text += part.text
    for (let i = 0; i < part.text.length; i++) {
      view.from.push(mapBack ? mapBack.from[part.from[i]!]! : part.from[i]!)
      view.to.push(mapBack ? mapBack.to[part.to[i]! - 1]! : part.to[i]!)
    }
  }
  return true
}

/** The JSON a heredoc or quoted string of a `.tf` file holds. */
export function viewOfTemplate(source: string, expr: TemplateExpr): View | undefined {
  if (expr.form === 'json') return undefined
  const view: View = { text: '', from: [], to: [] }
  return addParts(expr.parts, source, expr.form === 'heredoc' ? 'heredoc' : 'quoted', view) ? view : undefined
}

/** The JSON a string of a `.tf.json` file holds (`start`/`end` include its quotes). */
export function viewOfJsonString(source: string, start: number, end: number): View | undefined {
  const json: View = { text: '', from: [], to: [] }
  if (!decode(source.slice(start + 1, end - 1), start + 1, 'json', json)) return undefined
  const t = parseTemplateText(json.text, { maxDepth: 200 })
  if (t.issues.length) return undefined
  const view: View = { text: '', from: [], to: [] }
  return addParts(t.expr.parts, json.text, 'heredoc', view, json) ? view : undefined
}

/** Text to put into the string the view came from. */
export type Encoder = (text: string) => string

const ESCAPED: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** A heredoc takes the text as it is; HCL quoted strings and JSON strings share these escapes. `${` stays a template sequence. */
export function encoderFor(form: 'heredoc' | 'quoted' | 'json'): Encoder {
  return form === 'heredoc' ? (t) => t : (t) => t.replace(/[\\"\n\r\t]/g, (c) => ESCAPED[c]!)
}

/** The `Sid`s a document's statements already use, so a new one does not repeat them. */
function sidsOf(statements: SNode): Set<string> {
  const out = new Set<string>()
  for (const s of statements.kind === 'seq' ? statements.items : [statements]) {
    const sid = get(s, 'Sid')
    if (sid?.kind === 'scalar' && typeof sid.value === 'string') out.add(sid.value)
  }
  return out
}

/**
 * Adds `statement` to the policy document in `view` (as the last item of its `Statement` list)
 * and returns the splice of the file, or undefined when the document is not one we can extend
 * (not JSON once decoded, a single statement object, no statements). The edited text is parsed
 * again before it is offered: it must still be JSON and hold one statement more.
 */
export function addStatementToView(view: View, statement: (takenSids: Set<string>) => JsonData, encode: Encoder): Splice | undefined {
  const doc = parseJson(view.text, { maxDepth: 200, reportDuplicates: false })
  const list = doc.root?.kind === 'map' && !doc.issues.length ? get(doc.root, 'Statement') : undefined
  if (!list || list.kind !== 'seq' || list.items.length === 0) return undefined
  const added = statement(sidsOf(list))
  const splice = appendItem(view.text, list, added, detectStyle(view.text, doc.root))
  if (!splice || splice.start !== splice.end || splice.start === 0) return undefined
  const edited = view.text.slice(0, splice.start) + splice.text + view.text.slice(splice.end)
  const again = parseJson(edited, { maxDepth: 200, reportDuplicates: false })
  const list2 = again.root && !again.issues.length ? get(again.root, 'Statement') : undefined
  if (!list2 || list2.kind !== 'seq' || list2.items.length !== list.items.length + 1) return undefined
  // Inserted right after the last statement's closing brace: just after that character in the file.
  const at = view.to[splice.start - 1]!
  return { start: at, end: at, text: encode(splice.text) }
}
