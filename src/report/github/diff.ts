/**
 * What GitHub lets a review comment point at: the RIGHT side (added and context lines) of each
 * hunk of each file's patch. A comment anywhere else makes GitHub reject the whole review with
 * 422, so every anchor is checked here before anything is posted.
 */

/** One file of a pull request, as `pulls/list-files` describes it. */
export interface PullRequestFile {
  filename: string
  status: string
  previous_filename?: string
  /** Missing for binary files and for patches GitHub considers too large. */
  patch?: string
}

export interface FileDiff {
  /** Repository-relative path, `/`-separated. */
  path: string
  status: string
  /** RIGHT-side line (1-based) → index of the hunk that contains it. */
  right: Map<number, number>
  /** RIGHT-side line → its text at the pull request's head, as the patch shows it. */
  text: Map<number, string>
  /** False when GitHub sent no patch (binary or huge file): no line can take a comment. */
  hasPatch: boolean
}

export type PullRequestDiff = Map<string, FileDiff>

const HUNK_HEADER = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/

/** RIGHT-side commentable lines of one patch, each mapped to its hunk index. */
export function parsePatch(patch: string | undefined): Map<number, number> {
  const right = new Map<number, number>()
  walkPatch(patch, (line, hunk) => right.set(line, hunk))
  return right
}

/** RIGHT-side commentable lines of one patch, each mapped to its text (without the `+`). */
export function patchText(patch: string | undefined): Map<number, string> {
  const text = new Map<number, string>()
  walkPatch(patch, (line, _hunk, row) => text.set(line, row.slice(1).replace(/\r$/, '')))
  return text
}

function walkPatch(patch: string | undefined, visit: (line: number, hunk: number, row: string) => void): void {
  if (!patch) return
  let line = 0
  let hunk = -1
  const rows = patch.split('\n')
  // A final newline leaves an empty last element that is not a line of the diff.
  if (rows.at(-1) === '') rows.pop()
  for (const raw of rows) {
    const header = HUNK_HEADER.exec(raw)
    if (header) {
      line = Number(header[2])
      hunk++
      continue
    }
    // Text before the first hunk, and "\ No newline at end of file", are not diff lines.
    if (hunk < 0 || raw.startsWith('\\')) continue
    if (raw.startsWith('-')) continue
    // Added and context lines; an empty row is a context line whose leading space was stripped.
    visit(line++, hunk, raw)
  }
}

export function toPullRequestDiff(files: readonly PullRequestFile[]): PullRequestDiff {
  const diff: PullRequestDiff = new Map()
  for (const f of files) {
    diff.set(f.filename, {
      path: f.filename,
      status: f.status,
      right: parsePatch(f.patch),
      text: patchText(f.patch),
      hasPatch: typeof f.patch === 'string',
    })
  }
  return diff
}

/** Can a review comment sit on `line` of this file? */
export function isCommentable(file: FileDiff | undefined, line: number): boolean {
  return file !== undefined && file.right.has(line)
}

/** Are all of `start..end` commentable and inside one hunk (what a multi-line comment needs)? */
export function isRangeInOneHunk(file: FileDiff | undefined, start: number, end: number): boolean {
  if (!file || end < start) return false
  const hunk = file.right.get(start)
  if (hunk === undefined) return false
  for (let l = start + 1; l <= end; l++) if (file.right.get(l) !== hunk) return false
  return true
}

/** Can the file take a file-level comment (`subject_type: file`)? Removed files cannot. */
export function acceptsFileComment(file: FileDiff | undefined): boolean {
  return file !== undefined && file.status !== 'removed'
}
