/**
 * The fake GitHub's own reading of a patch (kept apart from src/report/github/diff.ts on
 * purpose: the fake is the oracle, so it must not share the code under test).
 */
export interface Commentable {
  RIGHT: Map<number, number>
  LEFT: Map<number, number>
}

export function commentableLines(patch = ''): Commentable {
  const RIGHT = new Map<number, number>()
  const LEFT = new Map<number, number>()
  let l = 0
  let r = 0
  let hunk = -1
  const rows = patch.split('\n')
  if (rows.at(-1) === '') rows.pop()
  for (const raw of rows) {
    const h = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw)
    if (h) {
      l = Number(h[1])
      r = Number(h[2])
      hunk++
      continue
    }
    if (hunk < 0 || raw.startsWith('\\')) continue
    if (raw.startsWith('+')) RIGHT.set(r++, hunk)
    else if (raw.startsWith('-')) LEFT.set(l++, hunk)
    else {
      RIGHT.set(r++, hunk)
      LEFT.set(l++, hunk)
    }
  }
  return { RIGHT, LEFT }
}

export interface DiffFile {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed'
  previous_filename?: string
  additions: number
  deletions: number
  patch?: string
}

/**
 * A name as git writes it in a diff's headers: C-quoted (`"a/\303\274.yaml"`, octal bytes of
 * UTF-8, `\"`, `\\`, `\t`…) when it holds a byte `core.quotePath` escapes, a `"`, a `\` or a
 * control character; otherwise as it is, a name holding a space then ending its `---`/`+++` line
 * with a tab. GitHub's `pulls/list-files` gives the name itself.
 */
export function unquoteGitName(raw: string): string {
  const name = raw.endsWith('\t') ? raw.slice(0, -1) : raw
  if (!(name.length >= 2 && name.startsWith('"') && name.endsWith('"'))) return name
  const escapes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 }
  const bytes: number[] = []
  for (let i = 1; i < name.length - 1; i++) {
    const c = name[i]!
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'))
      continue
    }
    const octal = /^[0-3][0-7]{2}/.exec(name.slice(i + 1, i + 4))
    if (octal) {
      bytes.push(parseInt(octal[0], 8))
      i += 3
    } else {
      const next = name[i + 1]!
      bytes.push(escapes[next] ?? next.charCodeAt(0))
      i += 1
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

/**
 * The names of `diff --git <a> <b>` (no renames: both name one file). Each is quoted when it
 * needs to be; unquoted, a name may hold spaces, and then only its being the same on both sides
 * tells where the first ends.
 */
function headerNames(header: string): [string, string] {
  const quoted = /^("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|\S+)$/.exec(header)
  if (quoted && (quoted[1]!.startsWith('"') || quoted[2]!.startsWith('"')))
    return [unquoteGitName(quoted[1]!).replace(/^a\//, ''), unquoteGitName(quoted[2]!).replace(/^b\//, '')]
  const half = (header.length - 1) / 2
  if (Number.isInteger(half) && header[half] === ' ' && header.slice(2, half) === header.slice(half + 3))
    return [header.slice(2, half), header.slice(half + 3)]
  const m = /^a\/(.+) b\/(.+)$/.exec(header)
  return [m?.[1] ?? '', m?.[2] ?? '']
}

/** Splits `git diff` output into the per-file entries `pulls/list-files` returns. */
export function filesFromUnifiedDiff(diff: string): DiffFile[] {
  const files: DiffFile[] = []
  const chunks = diff.split(/^diff --git /m).slice(1)
  for (const chunk of chunks) {
    const lines = chunk.split('\n')
    let [from, to] = headerNames(lines[0] ?? '')
    let status: DiffFile['status'] = 'modified'
    let binary = false
    let i = 1
    for (; i < lines.length && !lines[i]!.startsWith('@@'); i++) {
      const line = lines[i]!
      if (line.startsWith('new file mode')) status = 'added'
      else if (line.startsWith('deleted file mode')) status = 'removed'
      else if (line.startsWith('rename from ')) {
        from = unquoteGitName(line.slice('rename from '.length))
        status = 'renamed'
      } else if (line.startsWith('rename to ')) to = unquoteGitName(line.slice('rename to '.length))
      else if (line.startsWith('Binary files')) binary = true
      else if (line.startsWith('--- ') && line !== '--- /dev/null') from = unquoteGitName(line.slice(4)).replace(/^a\//, '')
      else if (line.startsWith('+++ ') && line !== '+++ /dev/null') to = unquoteGitName(line.slice(4)).replace(/^b\//, '')
    }
    const patchLines = lines.slice(i)
    while (patchLines.length && patchLines.at(-1) === '') patchLines.pop()
    const patch = patchLines.join('\n')
    const file: DiffFile = {
      filename: status === 'removed' ? from : to,
      status,
      additions: patchLines.filter((l) => l.startsWith('+')).length,
      deletions: patchLines.filter((l) => l.startsWith('-')).length,
    }
    if (status === 'renamed') file.previous_filename = from
    if (!binary && patch) file.patch = patch
    files.push(file)
  }
  return files
}

/**
 * How a push moved the lines of each file it changed: the hunks of `git diff -U0 old new`
 * (`[oldStart, oldCount, newStart, newCount]`), or null for a file it deleted. GitHub carries a
 * review comment along with its line when the line itself is unchanged (lines added above it
 * move it down), and marks it outdated when the line was changed or removed.
 */
export type LineMoves = Map<string, [number, number, number, number][] | null>

export function lineMovesFromUnifiedDiff(diff: string): LineMoves {
  const moves: LineMoves = new Map()
  for (const file of filesFromUnifiedDiff(diff)) {
    if (file.status === 'removed') {
      moves.set(file.filename, null)
      continue
    }
    const hunks: [number, number, number, number][] = []
    for (const row of (file.patch ?? '').split('\n')) {
      const h = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(row)
      if (h) hunks.push([Number(h[1]), h[2] === undefined ? 1 : Number(h[2]), Number(h[3]), h[4] === undefined ? 1 : Number(h[4])])
    }
    moves.set(file.filename, hunks)
  }
  return moves
}

/** Where line `line` of `file` is after the push; null when the push changed or removed it. */
export function movedLine(moves: LineMoves, file: string, line: number): number | null {
  if (!moves.has(file)) return line
  const hunks = moves.get(file)
  if (!hunks) return null
  let delta = 0
  for (const [oldStart, oldCount, , newCount] of hunks) {
    if (oldCount > 0 && line >= oldStart && line < oldStart + oldCount) return null
    if (oldCount > 0 ? line >= oldStart + oldCount : line > oldStart) delta += newCount - oldCount
  }
  return line + delta
}

/** The moves of a push, by the `files` list `pushCommit` returned with it (see FakeGitHub.updatePull). */
export const LINE_MOVES = new WeakMap<DiffFile[], LineMoves>()
