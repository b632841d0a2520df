/** The files of one scan unit, numbered so values can say where they were written cheaply. */
import type { SourceLocation } from '../../../model/location.js'
import { LineIndex } from '../../shared/line-index.js'
import type { Origin } from './value.js'

export interface SourceFile {
  /** Display path (relative to the scan's cwd, `/` separators). */
  display: string
  abs: string
  text: string
  lines: LineIndex
}

export class SourceFiles {
  readonly list: SourceFile[] = []
  private byAbs = new Map<string, number>()

  add(abs: string, display: string, text: string): number {
    const known = this.byAbs.get(abs)
    if (known !== undefined) return known
    this.list.push({ display, abs, text, lines: new LineIndex(text) })
    this.byAbs.set(abs, this.list.length - 1)
    return this.list.length - 1
  }

  /** The number of a file added already. */
  find(abs: string): number | undefined {
    return this.byAbs.get(abs)
  }

  get(f: number): SourceFile {
    return this.list[f]!
  }

  position(f: number, offset: number): { line: number; column: number } {
    return this.list[f]!.lines.position(offset)
  }

  /**
   * The text of `start..end` of file `f` on one line, as condition keys spell an expression: keys
   * written in different places (`count`, a conditional, a registry module input) must agree.
   */
  oneLine(f: number, start: number, end: number): string {
    return this.list[f]!.text.slice(start, end).replace(/\s+/g, ' ').trim()
  }

  /** A location spanning `start..end` of file `f`. */
  location(f: number, start: number, end: number, path: string): SourceLocation {
    const file = this.list[f]!
    const a = file.lines.position(start)
    const b = file.lines.position(Math.max(start, end))
    return { file: file.display, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, path }
  }

  at(o: Origin, path: string): SourceLocation {
    return this.location(o.f, o.s, o.e, path)
  }
}
