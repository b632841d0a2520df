/**
 * The items of `sorted` (ordered by `keyOf`, as `Array.prototype.sort` orders strings) whose key
 * starts with `prefix`: a binary search for the first, then a run while the prefix holds.
 */
export function startingWith<T>(sorted: readonly T[], prefix: string, keyOf: (item: T) => string): T[] {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (keyOf(sorted[mid]!) < prefix) lo = mid + 1
    else hi = mid
  }
  const out: T[] = []
  for (let i = lo; i < sorted.length && keyOf(sorted[i]!).startsWith(prefix); i++) out.push(sorted[i]!)
  return out
}
