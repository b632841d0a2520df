import type { TextEdit } from './engine/finding.js'
import { LineIndex } from './parsers/shared/line-index.js'

/**
 * An edit of a file whose lines end in CRLF spells every line break of its replacement CRLF too.
 * The fix renderers write new lines with LF and keep the CR of the lines they copy, so without
 * this an edit of a Windows-edited template would leave it with mixed line endings.
 * `cache`: per file, its line index when it has CRLF line ends, else null.
 */
export function withFileLineEndings(edit: TextEdit, texts: ReadonlyMap<string, string>, cache: Map<string, LineIndex | null>): TextEdit {
  const text = texts.get(edit.file)
  if (text === undefined) return edit
  let lines = cache.get(edit.file)
  if (lines === undefined) cache.set(edit.file, (lines = usesCrlf(text) ? new LineIndex(text) : null))
  if (!lines) return edit
  let replacement = edit.replacement.replace(/\r?\n/g, '\r\n')
  // The replaced lines end where the last of them ends: before its CRLF, that line's CR included.
  const last = Math.max(edit.startLine, edit.endLine)
  const endsInCr = last < lines.lineCount() && text[lines.lineStart(last + 1) - 2] === '\r'
  if (endsInCr && !replacement.endsWith('\r')) replacement += '\r'
  return replacement === edit.replacement ? edit : { ...edit, replacement }
}

/** Does the file end its lines in CRLF (judged by its first line break)? */
function usesCrlf(text: string): boolean {
  const lf = text.indexOf('\n')
  return lf > 0 && text[lf - 1] === '\r'
}
