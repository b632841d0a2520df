import { diffLines, type DiffBudget } from './diff-lines.js'

/**
 * How the lines of one file in GitHub's merge commit (what a `pull_request` scan reads) relate to
 * its lines at the pull request's head (what review comments and check-run annotations attach
 * to). Lines are 1-based. A merge line inside a run reads exactly the same at its head line;
 * one outside every run came from the base branch (or, when `complete` is false, could not be
 * matched).
 */
export interface LineMap {
  mergeLines: number
  headLines: number
  /** `[mergeStart, headStart, length]`: ascending and disjoint on both sides. */
  runs: [number, number, number][]
  /** False when the diff gave up on part of the file: unmatched lines are then unknown, not base-only. */
  complete: boolean
}

/** By scan-relative path (as in findings). A file not listed reads the same at both commits. */
export type LineMaps = Map<string, LineMap>

/** Lines as editors number them: `\n` or `\r\n` ends a line; a final line break starts no new line. */
export function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

export function buildLineMap(mergeText: string, headText: string, budget?: DiffBudget): LineMap {
  const merge = splitLines(mergeText)
  const head = splitLines(headText)
  const diff = diffLines(merge, head, budget)
  return {
    mergeLines: merge.length,
    headLines: head.length,
    runs: diff.runs.map(([a, b, n]) => [a + 1, b + 1, n]),
    complete: diff.complete,
  }
}

/** Index of the last run starting at or before `line` on side 0 (merge) or 1 (head), or -1. */
function runAtOrBefore(map: LineMap, line: number, side: 0 | 1): number {
  let lo = 0
  let hi = map.runs.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (map.runs[mid]![side] <= line) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** The head line that reads the same as merge line `line`, or undefined when there is none. */
export function headLineOf(map: LineMap, line: number): number | undefined {
  // Line 0 ("before the first line") and the line after the last are the file's two ends.
  if (line === 0) return 0
  if (line === map.mergeLines + 1) return map.headLines + 1
  const run = map.runs[runAtOrBefore(map, line, 0)]
  return run && line < run[0] + run[2] ? run[1] + line - run[0] : undefined
}

/** The merge line that reads the same as head line `line`, or undefined when there is none. */
export function mergeLineOf(map: LineMap, line: number): number | undefined {
  const run = map.runs[runAtOrBefore(map, line, 1)]
  return run && line < run[1] + run[2] ? run[0] + line - run[1] : undefined
}

/**
 * The head line where merge lines `start..end` begin when the whole block reads the same there,
 * in one piece (no line of either side in between); undefined otherwise. `start` may be 0 and
 * `end` one past the last line, so an insertion point can be checked with its neighbours.
 */
export function headRangeOf(map: LineMap, start: number, end: number): number | undefined {
  const first = headLineOf(map, start)
  if (first === undefined) return undefined
  for (let line = start + 1; line <= end; line++) if (headLineOf(map, line) !== first + line - start) return undefined
  return first
}

/**
 * Where merge line `line` would sit at the head when it has no counterpart there: the head line
 * after the last line matched before it (where the base branch's lines were merged in).
 */
export function nearestHeadLine(map: LineMap, line: number): number {
  const exact = headLineOf(map, line)
  const run = map.runs[runAtOrBefore(map, line, 0)]
  const near = exact ?? (run ? run[1] + Math.min(run[2], line - run[0]) : 1)
  return Math.max(1, Math.min(near, Math.max(1, map.headLines)))
}

/** The head line of the last merge line at or before `line` that has one, or undefined. */
export function lastHeadLineAtOrBefore(map: LineMap, line: number): number | undefined {
  const run = map.runs[runAtOrBefore(map, line, 0)]
  return run ? run[1] + Math.min(run[2] - 1, line - run[0]) : undefined
}

/** Reads head lines from the scanned (merge) files: a head line with no merge counterpart reads as unknown. */
export function headLineText(
  maps: LineMaps,
  read: (file: string, line: number) => string | undefined,
): (file: string, line: number) => string | undefined {
  return (file, line) => {
    const map = maps.get(file)
    if (!map) return read(file, line)
    const merged = mergeLineOf(map, line)
    return merged === undefined ? undefined : read(file, merged)
  }
}
