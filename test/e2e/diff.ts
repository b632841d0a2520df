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

/** Splits `git diff` output into the per-file entries `pulls/list-files` returns. */
export function filesFromUnifiedDiff(diff: string): DiffFile[] {
  const files: DiffFile[] = []
  const chunks = diff.split(/^diff --git /m).slice(1)
  for (const chunk of chunks) {
    const lines = chunk.split('\n')
    const header = lines[0] ?? ''
    const m = /^a\/(.+) b\/(.+)$/.exec(header)
    let from = m?.[1] ?? ''
    let to = m?.[2] ?? ''
    let status: DiffFile['status'] = 'modified'
    let binary = false
    let i = 1
    for (; i < lines.length && !lines[i]!.startsWith('@@'); i++) {
      const line = lines[i]!
      if (line.startsWith('new file mode')) status = 'added'
      else if (line.startsWith('deleted file mode')) status = 'removed'
      else if (line.startsWith('rename from ')) {
        from = line.slice('rename from '.length)
        status = 'renamed'
      } else if (line.startsWith('rename to ')) to = line.slice('rename to '.length)
      else if (line.startsWith('Binary files')) binary = true
      else if (line.startsWith('--- ') && line !== '--- /dev/null') from = line.slice(6)
      else if (line.startsWith('+++ ') && line !== '+++ /dev/null') to = line.slice(6)
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
