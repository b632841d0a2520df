/**
 * Construct calls in the app's sources, by construct id: the fallback when an assembly holds no
 * usable creation trace. Each source is read once, app folder first, and only the calls are kept.
 */
import { LineIndex } from '../shared/line-index.js'
import type { SourceIndex } from './source-index.js'
import { toSlash } from './source-index.js'
import { trimTrailing } from '../../trim.js'

export interface ConstructCall {
  abs: string
  line: number
  column: number
  /** Callee as written, without spaces (`s3.Bucket`, `SecureBucket`). */
  callee: string
}

/** Sources larger than this are generated bundles, not the app's constructs. */
const MAX_INDEXED_SOURCE_BYTES = 1024 * 1024

/**
 * Every call in a source that passes a string literal as construct id: `new X(this, 'id'`,
 * `X(self, "id"`, `X(self, id="id"`, Go's `awss3.NewBucket(stack, jsii.String("id")` (the id is
 * the second argument in every CDK language).
 * The arguments are found with a pattern that starts at the `(`; the callee before it is read
 * backwards by hand. One pattern for both, starting at the callee, took time quadratic in the
 * length of an identifier or dotted chain (a 40,000-character one: 1.8 s), and sources come
 * with the pull request.
 */
const CALL_ARGS_RE = /\(\s*[A-Za-z_$][\w$.]*\s*,\s*(?:id\s*=\s*|jsii\.String\(\s*)?(['"\x60])([^'"\x60\\\n]*)\1/g
const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'return', 'function', 'catch', 'typeof', 'await', 'print', 'super'])

export function findConstructCalls(text: string): { offset: number; callee: string; id: string }[] {
  const out: { offset: number; callee: string; id: string }[] = []
  CALL_ARGS_RE.lastIndex = 0
  for (let m = CALL_ARGS_RE.exec(text); m; m = CALL_ARGS_RE.exec(text)) {
    const head = calleeBefore(text, m.index)
    const id = m[2]!
    if (!head || KEYWORDS.has(head.callee) || id === '' || id.includes('${')) continue
    out.push({ offset: head.offset, callee: head.callee, id })
  }
  return out
}

const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36
const isWord = (c: number) => (c >= 48 && c <= 57) || isIdentStart(c)
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)))

function spacesBefore(text: string, i: number): number {
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--
  return i
}

/** Start of the identifier that ends at `end` (a run of word characters, leading digits left out), or -1. */
function identifierBefore(text: string, end: number): number {
  let j = end
  while (j > 0 && isWord(text.charCodeAt(j - 1))) j--
  while (j < end && !isIdentStart(text.charCodeAt(j))) j++
  return j < end ? j : -1
}

/**
 * The callee that ends just before the `(` at `open` (`s3.Bucket`, `Bucket`), and where the call
 * starts (at `new` when there is one): what `(?:\bnew\s+)?(ident(?:\s*\.\s*ident)*)\s*` matches.
 */
function calleeBefore(text: string, open: number): { offset: number; callee: string } | undefined {
  const end = spacesBefore(text, open)
  let start = identifierBefore(text, end)
  if (start < 0) return undefined
  const parts = [text.slice(start, end)]
  // Leftwards over `ident . ident`, unless the identifier was cut at a digit (`9x`: no chain before it).
  while (start === 0 || !isWord(text.charCodeAt(start - 1))) {
    const dot = spacesBefore(text, start)
    if (dot === 0 || text.charCodeAt(dot - 1) !== 46 /* . */) break
    const before = spacesBefore(text, dot - 1)
    const s = identifierBefore(text, before)
    if (s < 0) break
    parts.unshift(text.slice(s, before))
    start = s
  }
  const callee = parts.join('.')
  const gap = spacesBefore(text, start)
  // `\bnew`: a word boundary as a RegExp sees it, where `$` is not a word character.
  if (gap < start && gap >= 3 && text.startsWith('new', gap - 3) && (gap === 3 || !/\w/.test(text[gap - 4]!)))
    return { offset: gap - 3, callee }
  return { offset: start, callee }
}

/** Construct calls by id, over a set of files read once (built lazily, app folder first). */
export class ConstructCallIndex {
  private app: Map<string, ConstructCall[]> | undefined
  private rest: Map<string, ConstructCall[]> | undefined
  constructor(
    private readonly sources: SourceIndex,
    private readonly read: (abs: string) => string | undefined,
    private readonly appDir: string,
  ) {}

  /** Calls with this id in the app folder; when there are none, in the rest of the scan roots. */
  calls(id: string): ConstructCall[] {
    const prefix = `${trimTrailing(toSlash(this.appDir), '/')}/`
    this.app ??= this.build(this.sources.files.filter((f) => f.startsWith(prefix)))
    const inApp = this.app.get(id)
    if (inApp && inApp.length > 0) return inApp
    this.rest ??= this.build(this.sources.files.filter((f) => !f.startsWith(prefix)))
    return this.rest.get(id) ?? []
  }

  private build(files: string[]): Map<string, ConstructCall[]> {
    const out = new Map<string, ConstructCall[]>()
    for (const abs of files) {
      const text = this.read(abs)
      if (text === undefined || text.length > MAX_INDEXED_SOURCE_BYTES) continue
      let lines: LineIndex | undefined
      for (const c of findConstructCalls(text)) {
        lines ??= new LineIndex(text)
        const pos = lines.position(c.offset)
        const call = { abs, line: pos.line, column: pos.column, callee: c.callee }
        const list = out.get(c.id)
        if (list) list.push(call)
        else out.set(c.id, [call])
      }
    }
    return out
  }
}
