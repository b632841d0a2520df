/**
 * Splices of one file, collected while a fix is worked out and turned into one whole-line edit
 * (what a review suggestion replaces). Any part that cannot be a clean edit refuses the whole.
 */
import type { TextEdit } from '../../engine/finding.js'
import { LineIndex } from './line-index.js'

export interface Edit {
  start: number
  end: number
  text: string
}

export class FileEdits {
  readonly lines: LineIndex
  private edits: Edit[] = []
  /** Set when a part of the fix cannot be a clean edit: then the whole fix offers none. */
  private refused = false
  constructor(
    readonly text: string,
    lines?: LineIndex,
  ) {
    this.lines = lines ?? new LineIndex(text)
  }
  /** The splice, whose `text` its caller may still change (a run of `=` realigned by a later setting). */
  replace(start: number, end: number, text: string): Edit {
    const edit = { start, end, text }
    this.edits.push(edit)
    return edit
  }
  refuse(): void {
    this.refused = true
  }
  lineOf(offset: number): number {
    return this.lines.position(offset).line
  }
  lineStartOf(offset: number): number {
    return this.lines.lineStart(this.lines.position(offset).line)
  }
  lineEndOf(offset: number): number {
    const e = this.text.indexOf('\n', offset)
    return e === -1 ? this.text.length : e
  }
  /** Leading whitespace of the line holding `offset`. */
  indentAt(offset: number): string {
    const s = this.lineStartOf(offset)
    let e = s
    while (this.text[e] === ' ' || this.text[e] === '\t') e++
    return this.text.slice(s, e)
  }
  toTextEdit(file: string, description: string): TextEdit | undefined {
    if (this.refused || !this.edits.length) return undefined
    const edits = [...this.edits].sort((a, b) => a.start - b.start)
    for (let i = 1; i < edits.length; i++) if (edits[i]!.start < edits[i - 1]!.end) return undefined
    const from = this.lineStartOf(edits[0]!.start)
    const to = this.lineEndOf(Math.max(...edits.map((e) => e.end)))
    let out = ''
    let pos = from
    for (const e of edits) {
      out += this.text.slice(pos, e.start) + e.text
      pos = e.end
    }
    out += this.text.slice(pos, to)
    return {
      file,
      startLine: this.lines.position(from).line,
      endLine: this.lines.position(to).line,
      replacement: out,
      description,
    }
  }
}
