/** Syntax errors reported per file; after that many, the rest only repeats the damage. */
export const MAX_ISSUES = 50

/** How many issues a list holds before it is cut back to the ones reported. */
const COMPACT_AT = 1024

/**
 * Adds `issue` to `list`, which keeps no more than can be reported: every so often it is cut back
 * to `firstIssues`. Held whole, a 5 MB string of `\u` escapes was 2.5 million issues (700 MB and
 * 12 s) of which 50 were reported; a 32 MB one would have run out of memory.
 */
export function addIssue<I extends { offset: number }>(list: I[], issue: I): void {
  list.push(issue)
  if (list.length >= COMPACT_AT) firstIssues(list)
}

/**
 * Cuts `list` in place to the issues reported, and returns it: sorted by offset (stably), one per
 * offset (the first added there), the first MAX_ISSUES of them.
 */
export function firstIssues<I extends { offset: number }>(list: I[]): I[] {
  list.sort((a, b) => a.offset - b.offset)
  let n = 0
  for (let k = 0; k < list.length && n < MAX_ISSUES; k++) {
    const i = list[k]!
    if (n > 0 && list[n - 1]!.offset === i.offset) continue
    list[n++] = i
  }
  list.length = n
  return list
}
