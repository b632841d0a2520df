/** Converts offsets to 1-based line/column, lazily and in O(log n) per lookup. */
export class LineIndex {
  private starts: number[] | undefined
  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (!this.starts) {
      const s = [0]
      const t = this.text
      let i = t.indexOf('\n')
      while (i !== -1) {
        s.push(i + 1)
        i = t.indexOf('\n', i + 1)
      }
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

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    const s = this.lineStarts()
    return s[Math.max(0, Math.min(line - 1, s.length - 1))]!
  }
}
