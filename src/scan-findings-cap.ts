/**
 * The scan-wide bound on findings (`limits.maxScanFindings`). `maxFindings` bounds one unit; many
 * units each just below it (30 files of 9,000 bare buckets: 9 MB, 3 million findings, 1.1 GB)
 * still added up without end.
 *
 * Which units are reported must not depend on the order the workers happen to finish in, or two
 * runs of one scan would differ. The units kept are the longest run from the first planned unit
 * whose findings and unknowns fit, whatever the order they arrive in: each is let in as it
 * arrives; while the total is over the bound the last-planned unit held is let go, and from then
 * on so is every unit planned after it, and such units are no longer processed. At most the bound
 * plus one unit's findings are held.
 */
import type { Problem } from './engine/finding.js'
import type { Format } from './model/s3.js'
import type { ScanUnit } from './parsers/types.js'
import { parseErrorFinding, type UnitResult } from './process-unit.js'

export class ScanFindingsCap {
  private total = 0
  /** Index of the first unit let go; every unit after it is let go on arrival. */
  private cut = Infinity
  /** Indices of the units held, largest first (a binary max-heap). */
  private readonly heap: number[] = []
  private readonly counts = new Map<number, number>()

  constructor(
    private readonly max: number,
    /** Called for each unit let go, with the number of findings and unknowns it had. */
    private readonly letGo: (index: number, count: number) => void,
  ) {}

  /** True for a unit planned after one already let go: it will be let go too, so need not be processed. */
  past(index: number): boolean {
    return index > this.cut
  }

  /** Takes in unit `index` with `count` findings and unknowns; false if it is let go at once. */
  admit(index: number, count: number): boolean {
    if (this.past(index)) {
      this.letGo(index, count)
      return false
    }
    this.total += count
    this.counts.set(index, count)
    this.push(index)
    let kept = true
    while (this.total > this.max) {
      const last = this.pop()
      const n = this.counts.get(last)!
      this.counts.delete(last)
      this.total -= n
      this.cut = Math.min(this.cut, last)
      if (last === index) kept = false
      this.letGo(last, n)
    }
    return kept
  }

  private push(i: number): void {
    const h = this.heap
    let k = h.push(i) - 1
    while (k > 0) {
      const up = (k - 1) >> 1
      if (h[up]! >= i) break
      h[k] = h[up]!
      k = up
    }
    h[k] = i
  }

  private pop(): number {
    const h = this.heap
    const top = h[0]!
    const last = h.pop()!
    if (h.length > 0) {
      let k = 0
      for (;;) {
        const l = 2 * k + 1
        if (l >= h.length) break
        const c = l + 1 < h.length && h[l + 1]! > h[l]! ? l + 1 : l
        if (h[c]! <= last) break
        h[k] = h[c]!
        k = c
      }
      h[k] = last
    }
    return top
  }
}

/** What a unit is called in messages, by plugin; CloudFormation's unit is a template. */
const UNIT_NOUN: Record<string, string> = { terraform: 'configuration', 'terraform-plan': 'plan', cdk: 'cloud assembly' }

/**
 * The result of a unit whose findings are not reported. It is made from the unit's plan alone, not
 * from what processing it found (its buckets, its own errors), because a unit planned after the
 * cut may or may not have been processed before the cut was known (such units are skipped once it
 * is): either way its result is the same. A `SCAN_FINDINGS_LIMIT` error at its first file fails
 * the gate, so a unit that is not reported never reads as clean.
 */
export function unreportedUnit(unit: ScanUnit, format: Format, max: number): UnitResult {
  const what = UNIT_NOUN[unit.plugin] ?? 'template'
  const limit: Problem = {
    code: 'SCAN_FINDINGS_LIMIT',
    file: unit.files[0]?.rel ?? unit.id,
    line: 1,
    column: 1,
    message:
      `the findings of this ${what} are not reported: with them, the findings and unknowns of the units up to it in scan order ` +
      `would be more than limits.maxScanFindings (--max-scan-findings) allows, ${max}. Scan fewer files at once, or raise the limit`,
    level: 'error',
  }
  return {
    unit: unit.id,
    format,
    findings: [parseErrorFinding(limit, format)],
    unknowns: [],
    problems: [limit],
    notes: [],
    debug: [],
    files: unit.files.length,
    bytes: unit.files.reduce((n, f) => n + f.size, 0),
    buckets: 0,
  }
}

/** Is this the stand-in of a unit whose findings were not reported (`unreportedUnit`)? */
export function wasLetGo(result: UnitResult): boolean {
  return result.problems.some((p) => p.code === 'SCAN_FINDINGS_LIMIT')
}
