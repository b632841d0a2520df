import type { Finding, Problem, UnknownResult } from './engine/finding.js'
import type { SourceLocation } from './model/location.js'

/**
 * A UTF-8 byte order mark is kept in the text the parsers read (their offsets stay the file's),
 * so it counted as the first column of line 1: `{"Resources": …` in a template saved by Notepad or
 * PowerShell's `Out-File -Encoding utf8` put every finding of a one-line template one column to the
 * right of where editors and GitHub show it. Editors do not show the mark, and a UTF-16 file's
 * is dropped when it is decoded; here a UTF-8 file's stops counting too.
 */
export function columnsPastByteOrderMark(
  texts: ReadonlyMap<string, string>,
  out: { findings: Finding[]; unknowns: UnknownResult[]; problems: Problem[] },
): void {
  const marked = new Set<string>()
  for (const [file, text] of texts) if (text.charCodeAt(0) === 0xfeff) marked.add(file)
  if (marked.size === 0) return
  // Locations are shared (a bucket's, by every finding about it): each is moved once, into a copy.
  const moved = new Map<SourceLocation, SourceLocation>()
  const done = new Set<SourceLocation>()
  const shift = (at: SourceLocation): SourceLocation => {
    if (done.has(at) || !marked.has(at.file) || (at.line !== 1 && at.endLine !== 1)) return at
    let to = moved.get(at)
    if (!to) {
      to = {
        ...at,
        ...(at.line === 1 && at.column > 1 ? { column: at.column - 1 } : {}),
        ...(at.endLine === 1 && at.endColumn > 1 ? { endColumn: at.endColumn - 1 } : {}),
      }
      moved.set(at, to)
      done.add(to)
    }
    return to
  }
  for (const f of out.findings) {
    f.location = shift(f.location)
    if (f.related.length) f.related = f.related.map((r) => ({ ...r, at: shift(r.at) }))
  }
  for (const u of out.unknowns) u.location = shift(u.location)
  out.problems.forEach((p, i) => {
    if (p.line === 1 && p.column > 1 && marked.has(p.file)) out.problems[i] = { ...p, column: p.column - 1 }
  })
}
