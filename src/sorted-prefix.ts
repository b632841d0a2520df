/**
 * The items of `sorted` (ordered by `keyOf`, as `Array.prototype.sort` orders strings) whose key
 * starts with `prefix`: a binary search for the first, then a run while the prefix holds.
 */
export function startingWith<T>(sorted: readonly T[], prefix: string, keyOf: (item: T) => string): T[] {
  const out: T[] = []
  for (let i = firstAtLeast(sorted, prefix, keyOf); i < sorted.length && keyOf(sorted[i]!).startsWith(prefix); i++) out.push(sorted[i]!)
  return out
}

/** Does any item of `sorted` (ordered as for `startingWith`) have a key starting with `prefix`? */
export function anyStartingWith<T>(sorted: readonly T[], prefix: string, keyOf: (item: T) => string): boolean {
  const i = firstAtLeast(sorted, prefix, keyOf)
  return i < sorted.length && keyOf(sorted[i]!).startsWith(prefix)
}

/** Index of the first item whose key is not below `key` (`sorted.length` when there is none). */
function firstAtLeast<T>(sorted: readonly T[], key: string, keyOf: (item: T) => string): number {
  return partitionPoint(sorted.length, (i) => keyOf(sorted[i]!) < key)
}

/**
 * How many of the first items of a sorted list `before` holds for, when it holds for a prefix of
 * them (index `i` below `length`) and for none after: a binary search.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
