import { commitParents, git, gitBuffer, hasCommit, revParse } from '../../baseline/git.js'
import { decodeText } from '../../text-encoding.js'
import { buildLineMap, splitLines, type LineMap, type LineMaps } from './line-map.js'

export type LineMapping =
  /** The checkout is GitHub's merge commit of the head, and both commits were read. */
  | { state: 'mapped'; merge: string; head: string; maps: LineMaps; compared: number; incomplete: string[] }
  /** The checkout is the GitHub merge commit, but its head parent was not fetched. */
  | { state: 'head-missing'; merge: string; head: string }
  /** Anything else: lines are taken as they are (the checkout is the head itself, or not git). */
  | { state: 'not-merge'; reason: string }

export interface FileToMap {
  /** Scan-relative, as in findings. */
  file: string
  /** Repository-relative, as git names it. */
  repoPath: string
}

/** A blob larger than this on either side is not diffed; its findings count as unmatched. */
const MAX_BLOB_BYTES = 32 * 1024 * 1024
/** Blobs read per `cat-file --batch`, to keep memory bounded. */
const BATCH = 64

/**
 * How the lines of `files` in the checkout relate to the pull request's head, when the checkout
 * is GitHub's merge commit (`refs/pull/N/merge`: parent 1 the base branch tip, parent 2 the
 * head). Only git's read-only plumbing is used (`cat-file` on objects as stored): nothing is
 * checked out, no hook, filter or attribute runs. A file whose blob is the same in both commits,
 * or that is not tracked at the merge commit (a synthesised `cdk.out`), is left out: its lines
 * need no mapping.
 */
export async function readLineMaps(cwd: string, headSha: string, files: readonly FileToMap[]): Promise<LineMapping> {
  const merge = await revParse(cwd, 'HEAD')
  if (!merge) return { state: 'not-merge', reason: 'the workspace is not a git checkout' }
  if (merge === headSha) return { state: 'not-merge', reason: 'the checkout is the pull request head' }
  const parents = await commitParents(cwd, merge)
  if (parents.length !== 2 || parents[1] !== headSha) {
    return {
      state: 'not-merge',
      reason: `the checkout \`${merge.slice(0, 7)}\` is neither the pull request head nor GitHub's merge commit of it`,
    }
  }
  if (!(await hasCommit(cwd, headSha))) return { state: 'head-missing', merge, head: headSha }

  const listed = files.filter((f) => !/[\n\r]/.test(f.repoPath))
  const query = listed.flatMap((f) => [`${merge}:${f.repoPath}`, `${headSha}:${f.repoPath}`])
  const blobs = parseBatchCheck(query.length ? await git(cwd, ['cat-file', '--batch-check'], query.join('\n') + '\n') : '')
  const pending: { file: string; merge: Blob; head?: Blob }[] = []
  for (let i = 0; i < listed.length; i++) {
    const atMerge = blobs[2 * i]
    const atHead = blobs[2 * i + 1]
    // Untracked at the merge commit: the scan read a file git does not know (nothing to map).
    if (!atMerge || (atHead && atHead.sha === atMerge.sha)) continue
    pending.push({ file: listed[i]!.file, merge: atMerge, ...(atHead ? { head: atHead } : {}) })
  }

  const maps: LineMaps = new Map()
  const incomplete: string[] = []
  for (let i = 0; i < pending.length; i += BATCH) {
    const batch = pending.slice(i, i + BATCH)
    const wanted = batch.flatMap((p) => [p.merge, ...(p.head ? [p.head] : [])]).filter((b) => b.size <= MAX_BLOB_BYTES)
    const contents = await readBlobs(cwd, wanted)
    for (const p of batch) {
      const mergeText = contents.get(p.merge.sha)
      const headText = p.head ? contents.get(p.head.sha) : ''
      let map: LineMap
      if (mergeText === undefined || headText === undefined) map = { mergeLines: 0, headLines: 0, runs: [], complete: false }
      // Not at the head at all: the base branch added the file after the pull request branched off.
      else if (!p.head) map = { mergeLines: splitLines(mergeText).length, headLines: 0, runs: [], complete: true }
      else map = buildLineMap(mergeText, headText)
      if (!map.complete) incomplete.push(p.file)
      maps.set(p.file, map)
    }
  }
  return { state: 'mapped', merge, head: headSha, maps, compared: listed.length, incomplete }
}

interface Blob {
  sha: string
  size: number
}

/** One entry per query line: the blob, or undefined when missing or not a blob. */
function parseBatchCheck(out: string): (Blob | undefined)[] {
  const lines = out.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines.map((line) => {
    const m = /^([0-9a-f]{40,64}) blob (\d+)$/.exec(line)
    return m ? { sha: m[1]!, size: Number(m[2]) } : undefined
  })
}

async function readBlobs(cwd: string, blobs: readonly Blob[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>()
  const unique = [...new Set(blobs.map((b) => b.sha))]
  if (unique.length === 0) return texts
  const out = await gitBuffer(cwd, ['cat-file', '--batch'], unique.join('\n') + '\n')
  let offset = 0
  for (const sha of unique) {
    const nl = out.indexOf(10, offset)
    if (nl < 0) break
    const header = out.subarray(offset, nl).toString('utf8')
    const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header)
    if (!m) {
      offset = nl + 1 // "<sha> missing"
      continue
    }
    const size = Number(m[3])
    if (m[1] === sha && m[2] === 'blob') texts.set(sha, decodeText(out.subarray(nl + 1, nl + 1 + size)))
    offset = nl + 1 + size + 1
  }
  return texts
}
