/** The line diff that moves finding lines from GitHub's merge commit to the pull request's head. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffLines, type DiffBudget, type LineDiff } from '../../src/report/github/diff-lines.js'

/** Every property a caller relies on: runs in order, disjoint, inside both sides, equal text. */
function expectValid(a: readonly string[], b: readonly string[], diff: LineDiff): void {
  let nextA = 0
  let nextB = 0
  for (const [ai, bi, n] of diff.runs) {
    expect(n).toBeGreaterThan(0)
    expect(ai).toBeGreaterThanOrEqual(nextA)
    expect(bi).toBeGreaterThanOrEqual(nextB)
    expect(ai + n).toBeLessThanOrEqual(a.length)
    expect(bi + n).toBeLessThanOrEqual(b.length)
    for (let i = 0; i < n; i++) expect(b[bi + i]).toBe(a[ai + i])
    nextA = ai + n
    nextB = bi + n
  }
}

const matched = (diff: LineDiff) => diff.runs.reduce((sum, [, , n]) => sum + n, 0)

/** Length of a longest common subsequence, the textbook way: what a minimal diff keeps. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0)
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!)
    prev = row
  }
  return prev[b.length]!
}

// A small alphabet makes repeated lines (`}`, blank lines) as common as in real templates.
const lines = fc.array(fc.constantFrom('a', 'b', 'c', '}', '', '  x: 1'), { maxLength: 40 })

describe('diffLines', () => {
  it('matches the head lines after lines the base branch added at the top', () => {
    const head = ['Resources:', '  Logs:', '    Type: AWS::S3::Bucket']
    const merge = ['# added on main', '# twice', ...head]
    expect(diffLines(merge, head)).toEqual({ runs: [[2, 0, 3]], complete: true })
  })

  it('keeps the pull request lines when the base branch replaced lines elsewhere', () => {
    const merge = ['a', 'base 1', 'base 2', 'b', 'pr', 'c']
    const head = ['a', 'old', 'b', 'pr', 'c']
    expect(diffLines(merge, head)).toEqual({
      runs: [
        [0, 0, 1],
        [3, 2, 3],
      ],
      complete: true,
    })
  })

  it('is a minimal diff: it keeps a longest common subsequence', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const diff = diffLines(a, b)
        expectValid(a, b, diff)
        expect(diff.complete).toBe(true)
        expect(matched(diff)).toBe(lcsLength(a, b))
      }),
      { seed: 20260611, numRuns: 800 },
    )
  })

  it('maps equal lines to equal text, in order, whatever the budget', () => {
    const budget = fc.record<DiffBudget>({
      maxEdits: fc.integer({ min: 0, max: 6 }),
      maxWork: fc.integer({ min: 0, max: 400 }),
      maxDepth: fc.integer({ min: 0, max: 4 }),
    })
    fc.assert(
      fc.property(lines, lines, budget, (a, b, limits) => {
        const diff = diffLines(a, b, limits)
        expectValid(a, b, diff)
        // Never more than a minimal diff keeps: a tight budget can only lose matches.
        expect(matched(diff)).toBeLessThanOrEqual(lcsLength(a, b))
      }),
      { seed: 20260612, numRuns: 800 },
    )
  })

  it('falls back to unique lines as anchors when the files differ in too many places', () => {
    const head = Array.from({ length: 400 }, (_, i) => `line ${i}`)
    const merge = head.flatMap((l, i) => (i % 4 === 0 ? [`base ${i}`, l] : [l]))
    const diff = diffLines(merge, head, { maxEdits: 10, maxWork: 1e9, maxDepth: 10 })
    expectValid(merge, head, diff)
    expect(diff.complete).toBe(true)
    expect(matched(diff)).toBe(400)
  })

  it('says when it gave up instead of calling the unmatched lines base-only', () => {
    // No line is unique and the edits exceed the budget: nothing to anchor on.
    const a = ['}', '', '}', '', '}']
    const b = ['', '}', '', '}', '']
    const diff = diffLines(a, b, { maxEdits: 1, maxWork: 1e9, maxDepth: 10 })
    expectValid(a, b, diff)
    expect(diff.complete).toBe(false)
  })

  it('stays bounded in time on large files that share almost nothing', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const a = Array.from({ length: 200_000 }, () => (random() < 0.5 ? '}' : ''))
    const b = Array.from({ length: 200_000 }, () => (random() < 0.5 ? '}' : ''))
    const reversed = Array.from({ length: 200_000 }, (_, i) => `line ${i}`)
    const t0 = Date.now()
    const noise = diffLines(a, b)
    const flipped = diffLines(reversed, [...reversed].reverse())
    expect(Date.now() - t0).toBeLessThan(10_000)
    expectValid(a, b, noise)
    expectValid(reversed, [...reversed].reverse(), flipped)
    expect(matched(flipped)).toBe(1)
  })
})
