import path from 'node:path'
import type { Finding } from '../engine/finding.js'
import type { ScanResult } from '../scan-result.js'
import { git } from './git.js'

/**
 * Head findings from synthesised CDK templates that the merge base does not have at all.
 * `cdk.out` is usually git-ignored, so the base scan (rebuilt from git) cannot have seen them, and
 * comparing fingerprints would call every one of them new. Instead each is classified by the lines
 * the pull request changed in the app's source, where the finding is mapped.
 * Fingerprints, so the verdict can be re-decided from a results file (`mode: publish`/`merge`).
 */
export interface UnseenAtBase {
  /** The mapped source (or the fix's range there) touches a line the pull request changed: new. */
  changed: string[]
  /** The mapped source is on lines the pull request did not change: pre-existing. */
  unchanged: string[]
  /** Not traced to a source file git tracks (the finding points into the template): gated as new. */
  untraced: string[]
}

export interface UnseenInput {
  head: ScanResult
  repoDir: string
  baseCommit: string
  /** The scan directory relative to the repository root (`''` at the root), `/`-separated. */
  cwdInRepo: string
  /** Repository-relative paths of every file in the base commit. */
  baseFiles: ReadonlySet<string>
}

/** The synthesised template a CDK finding came from (its own location when it was not mapped). */
export function templateOf(f: Finding): string | undefined {
  if (f.location.file.endsWith('.template.json')) return f.location.file
  return f.related.find((r) => r.at.file.endsWith('.template.json'))?.at.file
}

/** `undefined` when no CDK finding of the head comes from a template the base lacks. */
export async function classifyUnseenCdk(input: UnseenInput): Promise<UnseenAtBase | undefined> {
  const repoPath = (file: string) => path.posix.normalize(input.cwdInRepo ? `${input.cwdInRepo}/${file}` : file)
  const unseen = input.head.findings.filter((f) => {
    if (f.suppressed || f.format !== 'cdk') return false
    const template = templateOf(f)
    return template !== undefined && !input.baseFiles.has(repoPath(template))
  })
  if (unseen.length === 0) return undefined

  const sources = [...new Set(unseen.filter((f) => !f.location.file.endsWith('.template.json')).map((f) => repoPath(f.location.file)))]
  const tracked = await trackedAtHead(input.repoDir, sources)
  const changed = await changedLines(
    input.repoDir,
    input.baseCommit,
    sources.filter((s) => tracked.has(s)),
  )
  const out: UnseenAtBase = { changed: [], unchanged: [], untraced: [] }
  for (const f of unseen) {
    const file = repoPath(f.location.file)
    if (f.location.file.endsWith('.template.json') || !tracked.has(file)) {
      out.untraced.push(f.fingerprint)
      continue
    }
    const lines = changed.get(file)
    out[lines && spanOf(f).some((l) => lines.has(l)) ? 'changed' : 'unchanged'].push(f.fingerprint)
  }
  return { changed: [...new Set(out.changed)], unchanged: [...new Set(out.unchanged)], untraced: [...new Set(out.untraced)] }
}

/**
 * The lines a finding stands for in the source: its own lines, and the lines its fix would edit
 * there (a construct's props, where e.g. `versioned: false` sits below the `new s3.Bucket` line).
 */
function spanOf(f: Finding): number[] {
  let start = f.location.line
  let end = Math.max(f.location.endLine, f.location.line)
  if (f.edit && f.edit.file === f.location.file) {
    start = Math.min(start, f.edit.startLine, f.edit.endLine)
    end = Math.max(end, f.edit.startLine, f.edit.endLine)
  }
  // A finding spans a construct call, never thousands of lines; a bogus range must not make it "changed".
  end = Math.min(end, start + 500)
  const out: number[] = []
  for (let l = Math.max(1, start); l <= end; l++) out.push(l)
  return out
}

export async function trackedAtHead(repoDir: string, files: string[]): Promise<Set<string>> {
  if (files.length === 0) return new Set()
  // Names, not pathspecs: one starting with `:!` failed the listing, and every finding counted as untraced.
  const out = await git(repoDir, [
    '--literal-pathspecs',
    'ls-tree',
    '-r',
    '-z',
    '--name-only',
    '--full-tree',
    'HEAD',
    '--',
    ...files,
  ]).catch(() => '')
  return new Set(out.split('\0').filter(Boolean))
}

/**
 * Lines of the checkout (HEAD, GitHub's merge commit or the pull request's head) that differ from
 * the base: added or modified lines, and the two lines around a deletion.
 */
export async function changedLines(repoDir: string, baseCommit: string, files: string[]): Promise<Map<string, Set<number>>> {
  const out = new Map<string, Set<number>>()
  if (files.length === 0) return out
  const diff = await git(repoDir, [
    '-c',
    'diff.noprefix=false',
    '-c',
    'diff.mnemonicPrefix=false',
    '-c',
    'core.quotePath=false',
    // The names are files, not patterns: `lib/[id].ts` or one starting with `:` is meant as written.
    '--literal-pathspecs',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-renames',
    // Whatever `diff.srcPrefix`/`diff.dstPrefix` the runner's git config sets: names are read after `b/`.
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--unified=0',
    baseCommit,
    'HEAD',
    '--',
    ...files,
  ])
  return parseChangedLines(diff, out)
}

export function parseChangedLines(diff: string, out = new Map<string, Set<number>>()): Map<string, Set<number>> {
  let current: Set<number> | undefined
  // Rows of the hunk being read: its removed and added lines (`--unified=0`: no context). Read as
  // headers, an added line `++ i;` (`+++ i;` in the diff) named a file "i;", and the lines the
  // pull request changed below it in the real file counted as unchanged: findings there did not gate.
  let body = 0
  for (const row of diff.split('\n')) {
    // A hunk's rows start with `+`, `-`, ` ` or `\`: a file's header ends any miscount.
    if (row.startsWith('diff ')) {
      body = 0
      current = undefined
      continue
    }
    if (body > 0) {
      // `\ No newline at end of file` follows a line; it is none itself.
      if (!row.startsWith('\\')) body--
      continue
    }
    if (row.startsWith('+++ ')) {
      const name = diffPath(row.slice(4))
      current = undefined
      if (name === '/dev/null') continue
      const file = name.startsWith('b/') ? name.slice(2) : name
      current = out.get(file) ?? new Set<number>()
      out.set(file, current)
      continue
    }
    const h = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(row)
    if (!h) continue
    const start = Number(h[2])
    const count = h[3] === undefined ? 1 : Number(h[3])
    body = (h[1] === undefined ? 1 : Number(h[1])) + count
    if (!current) continue
    if (count === 0) {
      // Only removed lines: the lines on either side of the gap changed meaning.
      current.add(Math.max(1, start))
      current.add(start + 1)
    } else for (let l = start; l < start + count; l++) current.add(l)
  }
  return out
}

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 }

/**
 * A file name as a `+++` line gives it: git ends a name holding a space with a tab, and quotes one
 * holding `"`, `\` or a control character C-style (octal bytes for what `core.quotePath` would
 * escape). Taken as written, `lib/my stack.ts` never matched its findings' file, so each of its
 * new CDK findings counted as unchanged, pre-existing, and did not gate.
 */
export function diffPath(raw: string): string {
  const name = raw.endsWith('\t') ? raw.slice(0, -1) : raw
  if (!(name.length >= 2 && name.startsWith('"') && name.endsWith('"'))) return name
  const bytes: number[] = []
  for (let i = 1; i < name.length - 1; i++) {
    const c = name[i]!
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'))
      continue
    }
    const next = name[i + 1] ?? ''
    const octal = /^[0-7]{3}/.exec(name.slice(i + 1, i + 4))
    if (octal) {
      bytes.push(parseInt(octal[0], 8))
      i += 3
    } else if (next in C_ESCAPES) {
      bytes.push(C_ESCAPES[next]!)
      i += 1
    } else bytes.push(92)
  }
  return Buffer.from(bytes).toString('utf8')
}
