/** The app's source files, read on demand through the scan's `readFile` and kept for the unit. */
import { LineIndex } from '../shared/line-index.js'

export interface SourceFile {
  text: string
  lines: LineIndex
  lineCount: number
}

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
        f = { text, lines, lineCount: lines.lineCount() }
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
