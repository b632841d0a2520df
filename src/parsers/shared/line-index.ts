/**
 * Converts offsets to 1-based line/column, lazily and in O(log n) per lookup.
 *
 * Lines end at a line feed (a CRLF's carriage return stays at the end of its line), as git and
 * GitHub number them and as SARIF assumes by default (`run.newlineSequences`: CRLF, LF): review
 * comments, annotations and code scanning results then land on the line GitHub shows. A carriage
 * return not followed by a line feed (classic Mac line endings) does not end a line here, though
 * YAML and most editors take it for a line break: in such a file GitHub shows those lines as one,
 * and so does s3-gate. See `loneCarriageReturn` for what cannot be placed by line there.
 */
export class LineIndex {
  private starts: Int32Array | undefined
  constructor(readonly text: string) {}

  // Counted first, then filled: a typed array of the exact size is a quarter of the time of
  // pushing onto an array (which copies as it grows) on a 10 MB file, and half the memory.
  private lineStarts(): Int32Array {
    if (!this.starts) {
      const t = this.text
      let n = 1
      for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) n++
      const s = new Int32Array(n)
      let k = 1
      for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) s[k++] = i + 1
      this.starts = s
    }
    return this.starts
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const s = this.lineStarts()
    let lo = 0
    let hi = s.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (s[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - s[lo]! + 1 }
  }

  lineCount(): number {
    return this.lineStarts().length
  }

  /** Is some line (its line feed left out) longer than `max` characters? */
  hasLineLongerThan(max: number): boolean {
    const s = this.lineStarts()
    for (let i = 0; i < s.length; i++) if ((i + 1 < s.length ? s[i + 1]! - 1 : this.text.length) - s[i]! > max) return true
    return false
  }

  /** The text of 1-based lines `first` to `last`, the last one's line feed included. */
  linesText(first: number, last: number): string {
    const to = last < this.lineCount() ? this.lineStart(last + 1) : this.text.length
    return this.text.slice(this.lineStart(first), to)
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    const s = this.lineStarts()
    return s[Math.max(0, Math.min(line - 1, s.length - 1))]!
  }
}

/**
 * Offset of the first carriage return in `text[from, to)` that no line feed follows (a classic
 * Mac line ending, or a stray one), or -1. A line holding one holds several lines for YAML and
 * editors, so neither a comment on it nor an edit of it can be placed by its line number.
 */
export function loneCarriageReturn(text: string, from = 0, to = text.length): number {
  for (let i = text.indexOf('\r', from); i !== -1 && i < to; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return i
  }
  return -1
}
