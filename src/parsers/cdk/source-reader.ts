/** The app's source files, read on demand through the scan's `readFile` and kept for the unit. */
import { LineIndex, loneCarriageReturn } from '../shared/line-index.js'
import type { ScanBudget } from './call-syntax.js'

export interface SourceFile {
  text: string
  lines: LineIndex
  lineCount: number
  /**
   * A position as Node.js and Python count lines in a trace (a lone carriage return ends a line
   * too) → the same place on lines as GitHub numbers them (see LineIndex).
   */
  fromRuntime(line: number, column: number): { line: number; column: number }
  /** What the construct-call lookups in this source may still scan (see `scanBudgetFor`). */
  budget?: ScanBudget
}

/** `fromRuntime` for a file with lone carriage returns: its own line starts, then by offset. */
function runtimePositions(text: string, lines: LineIndex): SourceFile['fromRuntime'] {
  let starts: number[] | undefined
  return (line, column) => {
    if (!starts) {
      starts = [0]
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i)
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++
        if (c === 10 || c === 13) starts.push(i + 1)
      }
    }
    const start = starts[line - 1]
    if (start === undefined) return { line: lines.lineCount() + 1, column }
    return lines.position(start + Math.max(0, column - 1))
  }
}

const samePosition: SourceFile['fromRuntime'] = (line, column) => ({ line, column })

/** Reads sources on demand and remembers them for the rest of the unit. */
export class SourceReader {
  private readonly cache = new Map<string, SourceFile | null>()
  constructor(
    private readonly read: (abs: string) => string | undefined,
    readonly displayPath: (abs: string) => string,
  ) {}

  get(abs: string): SourceFile | undefined {
    let f = this.cache.get(abs)
    if (f === undefined) {
      const text = this.read(abs)
      if (text === undefined) f = null
      else {
        const lines = new LineIndex(text)
        const fromRuntime = loneCarriageReturn(text) === -1 ? samePosition : runtimePositions(text, lines)
        f = { text, lines, lineCount: lines.lineCount(), fromRuntime }
      }
      this.cache.set(abs, f)
    }
    return f ?? undefined
  }

  /** Texts read so far, by display path (for suppressions and fixes). */
  texts(): Map<string, string> {
    const out = new Map<string, string>()
    for (const [abs, f] of this.cache) if (f) out.set(this.displayPath(abs), f.text)
    return out
  }
}
