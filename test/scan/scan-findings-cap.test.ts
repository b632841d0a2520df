/**
 * The scan-wide bound on findings keeps the same units whatever order their results arrive in
 * (workers finish in any order), and never holds more than the bound plus one unit.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ScanFindingsCap, unreportedUnit } from '../../src/scan-findings-cap.js'
import { params } from '../fuzz/support.js'

/** The units a scan keeps by definition: the longest run from the first whose counts fit. */
function longestPrefix(counts: number[], max: number): number {
  let total = 0
  for (let i = 0; i < counts.length; i++) {
    total += counts[i]!
    if (total > max) return i
  }
  return counts.length
}

describe('ScanFindingsCap', () => {
  it('keeps the longest run of units from the first that fits, in any arrival order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }).chain((counts) =>
          fc.tuple(
            fc.constant(counts),
            fc.shuffledSubarray(
              counts.map((_, i) => i),
              { minLength: counts.length, maxLength: counts.length },
            ),
            fc.integer({ min: 0, max: 400 }),
          ),
        ),
        ([counts, arrival, max]) => {
          const letGo = new Map<number, number>()
          let most = 0
          const cap = new ScanFindingsCap(max, (i, n) => {
            expect(letGo.has(i)).toBe(false)
            letGo.set(i, n)
          })
          for (const i of arrival) {
            const kept = cap.admit(i, counts[i]!)
            expect(kept).toBe(!letGo.has(i))
            const held = arrival
              .slice(0, arrival.indexOf(i) + 1)
              .filter((j) => !letGo.has(j))
              .reduce((n, j) => n + counts[j]!, 0)
            most = Math.max(most, held)
          }
          const cut = longestPrefix(counts, max)
          expect([...letGo.keys()].sort((a, b) => a - b)).toEqual(counts.map((_, i) => i).slice(cut))
          for (const [i, n] of letGo) expect(n).toBe(counts[i])
          // What is held after each unit is taken in stays within the bound.
          expect(most).toBeLessThanOrEqual(max)
        },
      ),
      params(300),
    )
  })

  it('lets a unit go at once when it comes after one already let go', () => {
    const gone: number[] = []
    const cap = new ScanFindingsCap(10, (i) => gone.push(i))
    expect(cap.admit(2, 8)).toBe(true)
    expect(cap.admit(1, 5)).toBe(true)
    expect(gone).toEqual([2])
    expect(cap.admit(3, 0)).toBe(false)
    expect(cap.admit(0, 5)).toBe(true)
    expect(gone).toEqual([2, 3])
    expect(cap.admit(4, 0)).toBe(false)
  })
})

describe('unreportedUnit', () => {
  it('is made from the plan alone: files count, no findings, and an error at the first file that fails the gate', () => {
    const unit = {
      plugin: 'terraform',
      id: 'infra',
      files: [
        { abs: '/r/infra/a.tf', rel: 'infra/a.tf', size: 100, head: '' },
        { abs: '/r/infra/b.tf', rel: 'infra/b.tf', size: 200, head: '' },
      ],
    }
    const r = unreportedUnit(unit, 'terraform', 1000)
    expect(r).toMatchObject({ unit: 'infra', format: 'terraform', files: 2, bytes: 300, buckets: 0, notes: [], unknowns: [] })
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.level])).toEqual([['SCAN_FINDINGS_LIMIT', 'infra/a.tf', 1, 'error']])
    expect(r.problems[0]!.message).toMatch(/this configuration are not reported.*--max-scan-findings.*1000/)
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location.file, f.message.split(':')[0]])).toEqual([
      ['parse-error', 'high', 'infra/a.tf', 'SCAN_FINDINGS_LIMIT'],
    ])
  })
})
