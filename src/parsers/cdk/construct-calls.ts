/**
 * Construct calls in the app's sources, by construct id: the fallback when an assembly holds no
 * usable creation trace. Each source is read once, app folder first, and only the calls are kept.
 */
import { LineIndex } from '../shared/line-index.js'
import type { SourceIndex } from './source-index.js'
import { toSlash } from './source-index.js'

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
 * `X(self, "id"`, `X(self, id="id"` (the id is the second argument in every CDK language).
 */
const CALL_RE = new RegExp(
  String.raw`(?:\bnew\s+)?([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*\(\s*[A-Za-z_$][\w$.]*\s*,\s*(?:id\s*=\s*)?(['"\x60])([^'"\x60\\\n]*)\2`,
  'g',
)
const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'return', 'function', 'catch', 'typeof', 'await', 'print', 'super'])

export function findConstructCalls(text: string): { offset: number; callee: string; id: string }[] {
  const out: { offset: number; callee: string; id: string }[] = []
  CALL_RE.lastIndex = 0
  for (let m = CALL_RE.exec(text); m; m = CALL_RE.exec(text)) {
    const callee = m[1]!.replace(/\s+/g, '')
    const id = m[3]!
    if (KEYWORDS.has(callee) || id === '' || id.includes('${')) continue
    out.push({ offset: m.index, callee, id })
  }
  return out
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
    const prefix = `${toSlash(this.appDir).replace(/\/+$/, '')}/`
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
