/**
 * Appends in place without spreading: `push(...list)` passes every element as an argument and
 * overflows the call stack past ~100k elements (a template with tens of thousands of buckets).
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]!)
  return target
}
