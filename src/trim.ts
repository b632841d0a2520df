/**
 * Trimming one character from either end of a string, in a loop. Not `/\/+$/` and the like: an
 * unanchored `+$` is retried from every position of a run that does not end the string, so
 * 100,000 slashes in the middle of a path took 11 s.
 */
export function trimTrailing(s: string, ch: string): string {
  const c = ch.charCodeAt(0)
  let end = s.length
  while (end > 0 && s.charCodeAt(end - 1) === c) end--
  return end === s.length ? s : s.slice(0, end)
}

export function trimLeading(s: string, ch: string): string {
  const c = ch.charCodeAt(0)
  let start = 0
  while (start < s.length && s.charCodeAt(start) === c) start++
  return start === 0 ? s : s.slice(start)
}
