/**
 * Path and resource globs from `.s3-gate.yml`: `**` crosses directories, `*` and `?` do not;
 * everything else is literal. The configuration comes with the pull request, so a pattern is
 * matched by walking the set of pattern positions a prefix of the subject can reach (time
 * proportional to pattern × subject), never by a backtracking RegExp: `**a**a**a…b` as a RegExp
 * against a long path takes longer than any job may run.
 */
const LIT = 0
const ONE = 1
const STAR = 2
const DOUBLE_STAR = 3
// `**` followed by `/`: no folder, or any run of whole folders. Read as a plain `**`, an exclude
// of `**` `/test/**` dropped the findings of `latest/x.yaml`, and an exception for `**` `/main.tf`
// covered `amain.tf`.
const FOLDERS = 4

const SLASH = 47

export interface Glob {
  test(subject: string): boolean
  /** The one subject it matches, when it has no wildcard: callers may look it up instead. */
  literal?: string
}

/**
 * Pattern positions a set of globs may follow, summed over every character of every subject they
 * walk. Linear per test is not enough: 2,000 globs like `**a**b**c…**m**`, each following a dozen
 * positions at once over 5,000 paths, took 112 s and 870 MB, and a 1 MiB configuration holds ten
 * times as many. A configuration that spends it is refused (the gate fails; it never passes).
 */
export interface GlobBudget {
  left: number
}

export class GlobBudgetExceeded extends Error {}

export function compileGlob(glob: string, budget: GlobBudget = { left: Infinity }): Glob {
  const kinds: number[] = []
  const chars: number[] = []
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charCodeAt(i)
    if (c === 42 /* * */) {
      if (glob.charCodeAt(i + 1) === 42) {
        i++
        // `**/` also matches no directory at all: `a/**/b` covers `a/b`.
        if (glob.charCodeAt(i + 1) === SLASH) {
          i++
          kinds.push(FOLDERS)
        } else kinds.push(DOUBLE_STAR)
      } else kinds.push(STAR)
      chars.push(0)
    } else {
      kinds.push(c === 63 /* ? */ ? ONE : LIT)
      chars.push(c)
    }
  }
  // A match starts with the pattern's leading literal text and ends with its trailing literal text:
  // checked first, they turn most subjects away without the walk. 5,000 exceptions, each for one
  // file, over a 5,000-file tree took 70 s walking every pattern over every file.
  const firstWild = kinds.findIndex((k) => k !== LIT)
  const lastWild = kinds.findLastIndex((k) => k !== LIT)
  const literal = (from: number, to?: number) =>
    chars
      .slice(from, to)
      .map((c) => String.fromCharCode(c))
      .join('')
  const head = firstWild < 0 ? glob : literal(0, firstWild)
  const tail = firstWild < 0 ? glob : literal(lastWild + 1)
  const minLength = kinds.filter((k) => k === LIT || k === ONE).length
  // Findings repeat the same files and resources: each distinct subject is matched once.
  const seen = new Map<string, boolean>()
  const scratch = scratchFor(kinds.length)
  return {
    ...(firstWild < 0 ? { literal: glob } : {}),
    test(subject) {
      let hit = seen.get(subject)
      if (hit === undefined) {
        hit =
          subject.length >= minLength &&
          subject.startsWith(head) &&
          subject.endsWith(tail) &&
          matches(kinds, chars, subject, budget, scratch)
        if (seen.size > 10_000) seen.clear()
        seen.set(subject, hit)
      }
      return hit
    },
  }
}

/** Per glob, reused by every test: the lists of live positions and when each was last added. */
interface Scratch {
  live: Int32Array
  next: Int32Array
  addedAt: Float64Array
  /** When each position's stars were last skipped past: inside a folder name a `**` + `/` stays put. */
  closedAt: Float64Array
  /** Grows by subject length + 1 per test, so `addedAt` never needs clearing. */
  clock: number
}

function scratchFor(m: number): Scratch {
  return {
    live: new Int32Array(m + 1),
    next: new Int32Array(m + 1),
    addedAt: new Float64Array(m + 1).fill(-1),
    closedAt: new Float64Array(m + 1).fill(-1),
    clock: 0,
  }
}

/**
 * Follows the pattern positions a prefix of the subject can reach, keeping only the live ones in
 * a list: the work per character is the number of live positions (two or three for
 * `infra/**` + `/*.tf`), not the length of the pattern.
 */
function matches(kinds: readonly number[], chars: readonly number[], subject: string, budget: GlobBudget, x: Scratch): boolean {
  const m = kinds.length
  const { addedAt, closedAt } = x
  const t0 = x.clock
  x.clock += subject.length + 1
  let live = x.live
  let next = x.next
  // Adds position j, and (unless `stay`) past each star from there (a star may match nothing), to `list`.
  const add = (list: Int32Array, n: number, j: number, at: number, stay = false): number => {
    for (; j <= m; j++) {
      if (addedAt[j] !== at) {
        addedAt[j] = at
        list[n++] = j
      }
      if (stay || closedAt[j] === at) break
      closedAt[j] = at
      if (j === m || kinds[j]! < STAR) break
    }
    return n
  }
  let liveCount = add(live, 0, 0, t0)
  let followed = 0
  for (let s = 0; s < subject.length && liveCount > 0; s++) {
    const c = subject.charCodeAt(s)
    const at = t0 + s + 1
    let nextCount = 0
    for (let i = 0; i < liveCount; i++) {
      const j = live[i]!
      if (j === m) continue
      followed++
      const k = kinds[j]!
      if (k === FOLDERS) {
        // Inside a folder name `**/` may not end yet; after its `/` it may.
        nextCount = add(next, nextCount, j, at, c !== SLASH)
      } else if (k === DOUBLE_STAR || (k === STAR && c !== SLASH)) nextCount = add(next, nextCount, j, at)
      else if ((k === ONE && c !== SLASH) || (k === LIT && c === chars[j])) nextCount = add(next, nextCount, j + 1, at)
    }
    ;[live, next] = [next, live]
    liveCount = nextCount
  }
  budget.left -= followed + 1
  if (budget.left < 0) throw new GlobBudgetExceeded()
  return addedAt[m] === t0 + subject.length
}
