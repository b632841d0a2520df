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

const SLASH = 47

export interface Glob {
  test(subject: string): boolean
}

export function compileGlob(glob: string): Glob {
  const kinds: number[] = []
  const chars: number[] = []
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charCodeAt(i)
    if (c === 42 /* * */) {
      if (glob.charCodeAt(i + 1) === 42) {
        i++
        // `**/` also matches no directory at all: `a/**/b` covers `a/b`.
        if (glob.charCodeAt(i + 1) === SLASH) i++
        kinds.push(DOUBLE_STAR)
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
  return {
    test(subject) {
      let hit = seen.get(subject)
      if (hit === undefined) {
        hit = subject.length >= minLength && subject.startsWith(head) && subject.endsWith(tail) && matches(kinds, chars, subject)
        if (seen.size > 10_000) seen.clear()
        seen.set(subject, hit)
      }
      return hit
    },
  }
}

function matches(kinds: readonly number[], chars: readonly number[], subject: string): boolean {
  const m = kinds.length
  // reach[j]: the first j pattern items can match the subject read so far.
  let reach = new Uint8Array(m + 1)
  let next = new Uint8Array(m + 1)
  reach[0] = 1
  closeOverStars(kinds, reach)
  for (let s = 0; s < subject.length; s++) {
    const c = subject.charCodeAt(s)
    next.fill(0)
    let any = false
    for (let j = 0; j < m; j++) {
      if (!reach[j]) continue
      const k = kinds[j]!
      if (k === DOUBLE_STAR || (k === STAR && c !== SLASH)) next[j] = 1
      else if ((k === ONE && c !== SLASH) || (k === LIT && c === chars[j])) next[j + 1] = 1
      else continue
      any = true
    }
    if (!any) return false
    closeOverStars(kinds, next)
    ;[reach, next] = [next, reach]
  }
  return reach[m] === 1
}

/** A star may match nothing: whatever reaches it reaches the item after it too. */
function closeOverStars(kinds: readonly number[], reach: Uint8Array): void {
  for (let j = 0; j < kinds.length; j++) if (reach[j] && kinds[j]! >= STAR) reach[j + 1] = 1
}
