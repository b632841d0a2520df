/**
 * A hostile or generated file can hold the same mistake tens of thousands of times: 50,000
 * duplicate keys in one template made 50,000 errors, each also a `parse-error` finding, which
 * buried everything else in the report. Past the first few of one code in one file, the rest are
 * summed up in one problem at the first of them left out.
 */
import type { Problem } from './engine/finding.js'

/** Problems of one code and level listed per file before the rest are summed up. */
export const MAX_PROBLEMS_PER_CODE = 20

export function capRepeatedProblems(problems: Problem[]): Problem[] {
  const seen = new Map<string, number>()
  const rest = new Map<string, { first: Problem; count: number }>()
  const out: Problem[] = []
  for (const p of problems) {
    const key = `${p.file}\u0000${p.code}\u0000${p.level}`
    const n = (seen.get(key) ?? 0) + 1
    seen.set(key, n)
    if (n <= MAX_PROBLEMS_PER_CODE) {
      out.push(p)
      continue
    }
    const r = rest.get(key)
    if (r) r.count++
    else rest.set(key, { first: p, count: 1 })
  }
  for (const { first, count } of rest.values()) {
    const more = count === 1 ? '' : ` (and ${count - 1} more ${first.code} further on in this file, not listed one by one)`
    out.push({ ...first, message: `${first.message}${more}` })
  }
  return out
}
