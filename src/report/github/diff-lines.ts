/**
 * A line diff between two versions of a file, for moving finding lines from GitHub's merge commit
 * (what the scan read) to the pull request's head (what comments and annotations attach to).
 *
 * Common prefix and suffix first (the usual case: the base branch touched one end of the file),
 * then Myers' O(ND) diff on what is left; when that needs more than `maxEdits` edits or `maxWork`
 * steps, lines unique on both sides anchor a patience split and each gap is diffed again. A gap
 * that still cannot be diffed within the budget is left unmatched and the result is marked
 * incomplete, so the caller can say "unknown" rather than "not at the head". Time and memory stay
 * bounded whatever the files hold.
 */

/** `[aStart, bStart, length]`: lines `aStart..aStart+length-1` of `a` equal those from `bStart` in `b` (0-based). */
export type Run = [number, number, number]

export interface LineDiff {
  /** Equal runs, ascending and disjoint on both sides. */
  runs: Run[]
  /** False when some region was left unmatched because it was too large or too different to diff. */
  complete: boolean
}

export interface DiffBudget {
  /** Most edits one Myers pass looks for (its memory grows with the square). */
  maxEdits: number
  /** Most comparison steps in all; beyond them the rest is left unmatched. */
  maxWork: number
  /** Most nested patience splits. */
  maxDepth: number
}

export const DEFAULT_BUDGET: DiffBudget = { maxEdits: 1500, maxWork: 30_000_000, maxDepth: 40 }

export function diffLines(a: readonly string[], b: readonly string[], budget: DiffBudget = DEFAULT_BUDGET): LineDiff {
  const state = { work: 0, complete: true, budget, pairs: [] as number[] }
  diffRegion(a, 0, a.length, b, 0, b.length, state, 0)
  return { runs: toRuns(state.pairs), complete: state.complete }
}

interface State {
  work: number
  complete: boolean
  budget: DiffBudget
  /** Matched line pairs, flattened `[a0, b0, a1, b1, …]`, ascending. */
  pairs: number[]
}

/** Appends the matches of `a[aLo, aHi)` against `b[bLo, bHi)` to `state.pairs`, in order. */
function diffRegion(
  a: readonly string[],
  aLo: number,
  aHi: number,
  b: readonly string[],
  bLo: number,
  bHi: number,
  state: State,
  depth: number,
): void {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) state.pairs.push(aLo++, bLo++)
  let suffix = 0
  while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - suffix - 1] === b[bHi - suffix - 1]) suffix++
  state.work += aHi - aLo + bHi - bLo
  const middleA = aHi - suffix
  const middleB = bHi - suffix
  if (aLo < middleA && bLo < middleB) {
    const matches = myers(a, aLo, middleA, b, bLo, middleB, state)
    if (matches) for (const p of matches) state.pairs.push(p)
    else if (!patience(a, aLo, middleA, b, bLo, middleB, state, depth)) state.complete = false
  }
  for (let i = 0; i < suffix; i++) state.pairs.push(middleA + i, middleB + i)
}

/**
 * Myers' greedy forward search over `a[aLo, aHi)` × `b[bLo, bHi)`, keeping each round's
 * frontier for the walk back. Returns the matched pairs (flattened, ascending), or undefined
 * when the budget runs out first.
 */
function myers(
  a: readonly string[],
  aLo: number,
  aHi: number,
  b: readonly string[],
  bLo: number,
  bHi: number,
  state: State,
): number[] | undefined {
  const n = aHi - aLo
  const m = bHi - bLo
  const max = Math.min(n + m, state.budget.maxEdits)
  const off = max + 1
  const v = new Int32Array(2 * max + 3)
  // trace[d] is the frontier before round d, for diagonals -(d+1)..d+1.
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1
      let y = x - k
      const from = x
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++
        y++
      }
      state.work += 1 + x - from
      v[off + k] = x
      if (x >= n && y >= m) return backtrack(trace, n, m, aLo, bLo)
    }
    if (state.work > state.budget.maxWork) return undefined
  }
  return undefined
}

function backtrack(trace: Int32Array[], n: number, m: number, aLo: number, bLo: number): number[] {
  const reversed: number[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d >= 0; d--) {
    const before = trace[d]!
    const at = (k: number) => before[k + d + 1]!
    const k = x - y
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
    const prevX = d === 0 ? 0 : at(prevK)
    const prevY = d === 0 ? 0 : prevX - prevK
    // The snake: diagonal moves back to where round d's single edit ended.
    const snakeStartX = d === 0 ? 0 : prevK === k + 1 ? prevX : prevX + 1
    while (x > snakeStartX) {
      x--
      y--
      reversed.push(bLo + y, aLo + x)
    }
    x = prevX
    y = prevY
  }
  return reversed.reverse()
}

/**
 * Patience split: lines that occur exactly once in each side anchor the match (their longest
 * increasing run by position), and the gaps between anchors are diffed on their own. False when
 * there is no anchor, the nesting is too deep or the work budget is spent.
 */
function patience(
  a: readonly string[],
  aLo: number,
  aHi: number,
  b: readonly string[],
  bLo: number,
  bHi: number,
  state: State,
  depth: number,
): boolean {
  if (depth >= state.budget.maxDepth || state.work > state.budget.maxWork) return false
  state.work += aHi - aLo + bHi - bLo
  const seen = new Map<string, { inA: number; inB: number; a: number; b: number }>()
  for (let i = aLo; i < aHi; i++) {
    const e = seen.get(a[i]!)
    if (e) e.inA++
    else seen.set(a[i]!, { inA: 1, inB: 0, a: i, b: -1 })
  }
  for (let j = bLo; j < bHi; j++) {
    const e = seen.get(b[j]!)
    if (e) {
      e.inB++
      e.b = j
    }
  }
  const unique: [number, number][] = []
  for (const e of seen.values()) if (e.inA === 1 && e.inB === 1) unique.push([e.a, e.b])
  if (unique.length === 0) return false
  unique.sort((p, q) => p[0] - q[0])
  const anchors = longestIncreasing(unique)
  let pa = aLo
  let pb = bLo
  for (const [ia, ib] of anchors) {
    diffRegion(a, pa, ia, b, pb, ib, state, depth + 1)
    state.pairs.push(ia, ib)
    pa = ia + 1
    pb = ib + 1
  }
  diffRegion(a, pa, aHi, b, pb, bHi, state, depth + 1)
  return true
}

/** The longest subsequence of `pairs` (sorted by the first element) increasing in the second. */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [] // index into pairs of the smallest tail of each length
  const prev = new Int32Array(pairs.length).fill(-1)
  for (let i = 0; i < pairs.length; i++) {
    const value = pairs[i]![1]
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (pairs[tails[mid]!]![1] < value) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[i] = tails[lo - 1]!
    tails[lo] = i
  }
  const out: [number, number][] = []
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) out.push(pairs[i]!)
  return out.reverse()
}

function toRuns(pairs: number[]): Run[] {
  const runs: Run[] = []
  for (let i = 0; i < pairs.length; i += 2) {
    const ai = pairs[i]!
    const bi = pairs[i + 1]!
    const last = runs[runs.length - 1]
    if (last && last[0] + last[2] === ai && last[1] + last[2] === bi) last[2]++
    else runs.push([ai, bi, 1])
  }
  return runs
}
