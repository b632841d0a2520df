import type { TextEdit } from './engine/finding.js'
import { LineIndex, loneCarriageReturn } from './parsers/shared/line-index.js'

interface FileEndings {
  text: string
  /** Built only for a file with a lone CR or CRLF line ends: the only ones an edit is checked against. */
  lines: LineIndex | null
  crlf: boolean
}

/**
 * What the line endings of the files of one unit mean for the edits of their findings. Lines are
 * numbered at line feeds, as git and GitHub number them.
 */
export class EditLineEndings {
  private readonly files = new Map<string, FileEndings | null>()
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /**
   * Whether an edit replaces (or, for an insertion, follows) lines that hold a carriage return
   * without a line feed: such a line holds several lines of the file as YAML and editors read it,
   * and an edit by line would land in the wrong place.
   */
  landsOnLoneCr(edit: TextEdit): boolean {
    const f = this.file(edit.file)
    if (!f?.lines) return false
    const from = Math.min(edit.startLine, edit.endLine)
    const to = Math.max(edit.startLine, edit.endLine)
    const end = to < f.lines.lineCount() ? f.lines.lineStart(to + 1) : f.text.length
    return loneCarriageReturn(f.text, f.lines.lineStart(from), end) !== -1
  }

  /**
   * The edit with every line break of its replacement spelled CRLF when the file's lines end so.
   * The fix renderers write new lines with LF and keep the CR of the lines they copy; without
   * this an edit of a Windows-edited template would leave it with mixed line endings.
   */
  inFileLineEndings(edit: TextEdit): TextEdit {
    const f = this.file(edit.file)
    if (!f?.crlf || !f.lines) return edit
    let replacement = edit.replacement.replace(/\r?\n/g, '\r\n')
    // The replaced lines end where the last of them ends: before its CRLF, that line's CR included.
    const last = Math.max(edit.startLine, edit.endLine)
    const endsInCr = last < f.lines.lineCount() && f.text[f.lines.lineStart(last + 1) - 2] === '\r'
    if (endsInCr && !replacement.endsWith('\r')) replacement += '\r'
    return replacement === edit.replacement ? edit : { ...edit, replacement }
  }

  private file(name: string): FileEndings | null {
    let f = this.files.get(name)
    if (f !== undefined) return f
    const text = this.texts.get(name)
    if (text === undefined) f = null
    else {
      const crlf = usesCrlf(text)
      f = { text, crlf, lines: crlf || loneCarriageReturn(text) !== -1 ? new LineIndex(text) : null }
    }
    this.files.set(name, f)
    return f
  }
}

/** Does the file end its lines in CRLF (judged by its first line break)? */
function usesCrlf(text: string): boolean {
  const lf = text.indexOf('\n')
  return lf > 0 && text[lf - 1] === '\r'
}
