/**
 * Just enough TypeScript/JavaScript and Python syntax to find a construct call on a line
 * (`new s3.Bucket(this, 'Logs', { ... })`, `s3.Bucket(self, "Logs", versioned=True)`), its
 * arguments and the properties of its props object or keyword arguments, with offsets, so a fix
 * can edit one property and leave the rest of the file as written. Strings, template literals
 * and comments are skipped; anything more exotic makes the lookup give up (no edit).
 */

export type Lang = 'ts' | 'py'

export interface Span {
  start: number
  end: number
}

export interface Property extends Span {
  /** Property or keyword name; '' for a spread (`...props`, `**kwargs`). */
  key: string
  spread: boolean
  /** The value (for a shorthand property, the key itself). */
  value: Span
}

export interface PropsObject extends Span {
  /** Offsets of `{` and `}` (TS), or of the call's `(` and `)` (Python keyword arguments). */
  properties: Property[]
}

export interface ConstructCallSyntax {
  /** Callee as written without spaces (`s3.Bucket`, `Bucket`, `cdk.aws_s3.CfnBucket`). */
  callee: string
  /** Offset of the callee (or of `new`). */
  start: number
  open: number
  close: number
  args: Span[]
  /** The props: an object literal third argument (TS) or the keyword arguments (Python). */
  props?: PropsObject
  /** True when a third argument exists but is not an object literal (`props`, `{...x} as P`...). */
  opaqueProps: boolean
}

export function langOf(file: string): Lang | undefined {
  if (/\.py$/.test(file)) return 'py'
  if (/\.(m|c)?[jt]sx?$/.test(file)) return 'ts'
  return undefined
}

/**
 * Characters the lookups in one source may scan, shared by all of them: a call is scanned from
 * each `(` near its line to the closing bracket, which in unbalanced text is the end of the file
 * (the ten fixes of one bucket on a line of 1,000 `a(` over a 500 KB source took 284 s). Once it
 * is spent, lookups find nothing: no edit, as for any call they cannot read.
 */
export interface ScanBudget {
  left: number
}

/** A budget for one source: a floor, and a number of characters per character of it. */
export const scanBudgetFor = (text: string): ScanBudget => ({ left: 4_000_000 + 16 * text.length })

/** Template literals inside template literals are read this deep (a stack overflow before). */
const MAX_TEMPLATE_DEPTH = 64

/** Skips a string, template literal or comment starting at `i`; returns the offset after it, or `i`. */
function skipAtom(text: string, i: number, lang: Lang, budget: ScanBudget, depth: number): number {
  const c = text[i]
  if (lang === 'py') {
    if (c === '#') {
      const nl = text.indexOf('\n', i)
      return nl < 0 ? text.length : nl
    }
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i)
      const q = triple ? c.repeat(3) : c
      let j = i + q.length
      while (j < text.length) {
        if (text[j] === '\\') j += 2
        else if (text.startsWith(q, j)) return j + q.length
        else if (!triple && text[j] === '\n') return j
        else j++
      }
      return text.length
    }
    return i
  }
  if (c === '/' && text[i + 1] === '/') {
    const nl = text.indexOf('\n', i)
    return nl < 0 ? text.length : nl
  }
  if (c === '/' && text[i + 1] === '*') {
    const end = text.indexOf('*/', i + 2)
    return end < 0 ? text.length : end + 2
  }
  if (c === '"' || c === "'") {
    let j = i + 1
    while (j < text.length) {
      if (text[j] === '\\') j += 2
      else if (text[j] === c || text[j] === '\n') return j + 1
      else j++
    }
    return text.length
  }
  if (c === '`') {
    let j = i + 1
    while (j < text.length) {
      if (text[j] === '\\') j += 2
      else if (text[j] === '`') return j + 1
      else if (text[j] === '$' && text[j + 1] === '{') {
        const end = depth < MAX_TEMPLATE_DEPTH ? scanBalanced(text, j + 1, lang, budget, depth + 1) : undefined
        if (!end) return text.length
        j = end.close + 1
      } else j++
    }
    return text.length
  }
  return i
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/** From an opening bracket at `open`: its closing bracket and the top-level commas in between. */
export function scanBalanced(
  text: string,
  open: number,
  lang: Lang,
  budget: ScanBudget,
  depth = 0,
): { close: number; commas: number[] } | undefined {
  const stack: string[] = [OPEN[text[open]!]!]
  const commas: number[] = []
  let i = open + 1
  while (i < text.length) {
    const skipped = skipAtom(text, i, lang, budget, depth)
    if ((budget.left -= Math.max(1, skipped - i)) < 0) return undefined
    if (skipped !== i) {
      i = skipped
      continue
    }
    const c = text[i]!
    if (c in OPEN) stack.push(OPEN[c]!)
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return undefined
      if (stack.length === 0) return { close: i, commas }
    } else if (c === ',' && stack.length === 1) commas.push(i)
    i++
  }
  return undefined
}

function trimSpan(text: string, s: Span, lang: Lang): Span {
  const end = s.end
  let start = s.start
  for (;;) {
    while (start < end && /\s/.test(text[start]!)) start++
    const skipped = skipAtom(text, start, lang, { left: Infinity }, 0)
    // Leading comments belong to the property's line, not to its key.
    if (skipped !== start && (text[start] === '/' || text[start] === '#')) start = skipped
    else break
  }
  // Trailing comments too (`versioned: false // why`, `x=True  # legacy`): an argument ending in
  // one had text added after it inside the comment (`True  # legacy,` and the comma lost), and a
  // value replaced took the comment with it.
  let last = start
  for (let i = start; i < end;) {
    const skipped = skipAtom(text, i, lang, { left: Infinity }, 0)
    if (skipped !== i) {
      if (text[i] !== '/' && text[i] !== '#') last = Math.min(skipped, end)
      i = skipped
    } else {
      if (!/\s/.test(text[i]!)) last = i + 1
      i++
    }
  }
  return { start, end: last }
}

function splitAt(open: number, close: number, commas: number[]): Span[] {
  const out: Span[] = []
  let from = open + 1
  for (const c of [...commas, close]) {
    out.push({ start: from, end: c })
    from = c + 1
  }
  return out
}

function readProperty(text: string, span: Span, lang: Lang): Property | undefined {
  const s = trimSpan(text, span, lang)
  if (s.start >= s.end) return undefined
  const body = text.slice(s.start, s.end)
  if (lang === 'ts' && body.startsWith('...'))
    return { key: '', spread: true, start: s.start, end: s.end, value: { start: s.start + 3, end: s.end } }
  if (lang === 'py' && body.startsWith('**'))
    return { key: '', spread: true, start: s.start, end: s.end, value: { start: s.start + 2, end: s.end } }
  const m = lang === 'ts' ? /^(?:([A-Za-z_$][\w$]*)|'([^']*)'|"([^"]*)")\s*(:)?/.exec(body) : /^([A-Za-z_]\w*)\s*(=)(?!=)/.exec(body)
  if (!m) return undefined
  const key = m[1] ?? m[2] ?? m[3] ?? ''
  const hasValue = lang === 'ts' ? m[4] !== undefined : true
  if (!hasValue) {
    // `{ versioned }` shorthand; anything else (a method, a getter) is not a plain property.
    if (body !== key) return undefined
    return { key, spread: false, start: s.start, end: s.end, value: { start: s.start, end: s.end } }
  }
  const value = trimSpan(text, { start: s.start + m[0].length, end: s.end }, lang)
  return { key, spread: false, start: s.start, end: s.end, value }
}

const CALL_SEARCH_RADIUS = 2048
const CALL_HEAD = /(?:\bnew\s+)?([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*(?:<[^()<>]*>\s*)?\(/g

/** The construct id a call passes as a plain string literal (`'Logs'`, `"Logs"`); undefined for anything else. */
export function literalId(text: string, call: ConstructCallSyntax): string | undefined {
  const id = call.args[1]
  if (!id) return undefined
  const m = /^(['"`])([^'"`\\$]*)\1$/.exec(text.slice(id.start, id.end))
  return m?.[2]
}

/**
 * The construct call that starts on `line` (1-based), closest to `column`: `new X(scope, 'id', ...)`
 * in TypeScript/JavaScript, `X(scope, "id", ...)` in Python. With `ids` (the construct path's ids),
 * a call passing another id as a literal is taken only when no call on the line may be the
 * construct's: Python traces give no column, and on `s3.Bucket(self, "Site",
 * server_access_logs_bucket=s3.Bucket(self, "Logs"))` the call closest to the line's start is
 * the other bucket's.
 */
export function findConstructCallOnLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  column: number,
  lang: Lang,
  budget: ScanBudget = scanBudgetFor(text),
  ids?: ReadonlySet<string>,
): ConstructCallSyntax | undefined {
  // The trace column points at `new` (or at the callee); prefer the call that starts there.
  const target = lineStart + Math.max(0, column - 1)
  // A minified or generated line can be megabytes long, and CALL_HEAD takes time quadratic in the
  // text it scans (a 40,000-character identifier: 1.7 s): look only near the column.
  const from = Math.max(lineStart, target - CALL_SEARCH_RADIUS)
  const near = text.slice(from, Math.min(lineEnd, target + CALL_SEARCH_RADIUS))
  const candidates: { start: number; callee: string; open: number; isNew: boolean }[] = []
  CALL_HEAD.lastIndex = 0
  for (let m = CALL_HEAD.exec(near); m; m = CALL_HEAD.exec(near)) {
    const isNew = /^new\s/.test(m[0])
    candidates.push({ start: from + m.index, callee: m[1]!.replace(/\s+/g, ''), open: from + m.index + m[0].length - 1, isNew })
  }
  const usable = candidates.filter((c) => (lang === 'ts' ? c.isNew : true))
  if (usable.length === 0) return undefined
  usable.sort((a, b) => Math.abs(a.start - target) - Math.abs(b.start - target))
  let first: ConstructCallSyntax | undefined
  for (const c of usable) {
    const call = readCall(text, c.start, c.callee, c.open, lang, budget)
    if (!call) continue
    if (!ids) return call
    const id = literalId(text, call)
    if (id === undefined || ids.has(id)) return call
    first ??= call
  }
  return first
}

function readCall(
  text: string,
  start: number,
  callee: string,
  open: number,
  lang: Lang,
  budget: ScanBudget,
): ConstructCallSyntax | undefined {
  const scanned = scanBalanced(text, open, lang, budget)
  if (!scanned) return undefined
  const args = splitAt(open, scanned.close, scanned.commas)
    .map((a) => trimSpan(text, a, lang))
    .filter((a, i, all) => a.start < a.end || i < all.length - 1)
  // A construct call passes a scope and an id first.
  if (args.length < 2) return undefined
  const call: ConstructCallSyntax = { callee, start, open, close: scanned.close, args, opaqueProps: false }
  if (lang === 'py') {
    const properties = args
      .slice(2)
      .map((a) => readProperty(text, a, lang))
      .filter((p): p is Property => p !== undefined)
    if (properties.length !== args.length - 2) call.opaqueProps = true
    call.props = { start: open, end: scanned.close, properties }
    return call
  }
  const third = args[2]
  if (!third) return call
  if (args.length > 3 || text[third.start] !== '{') {
    call.opaqueProps = true
    return call
  }
  const obj = scanBalanced(text, third.start, lang, budget)
  if (!obj || obj.close !== third.end - 1) {
    call.opaqueProps = true
    return call
  }
  const properties: Property[] = []
  for (const span of splitAt(third.start, obj.close, obj.commas)) {
    const t = trimSpan(text, span, lang)
    if (t.start >= t.end) continue
    const p = readProperty(text, span, lang)
    if (!p) {
      call.opaqueProps = true
      return call
    }
    properties.push(p)
  }
  call.props = { start: third.start, end: obj.close, properties }
  return call
}
