/** Merge-commit lines → pull-request-head lines, for one file. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildLineMap,
  headLineOf,
  headLineText,
  headRangeOf,
  mergeLineOf,
  nearestHeadLine,
  splitLines,
} from '../../src/report/github/line-map.js'

const HEAD = ['Resources:', '  Logs:', '    Type: AWS::S3::Bucket', '    Properties:', '      BucketName: logs'].join('\n') + '\n'
// The base branch added a header (3 lines) and a bucket setting the pull request does not have.
const MERGE =
  [
    '# header',
    '# from',
    '# main',
    'Resources:',
    '  Logs:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      AccessControl: Private',
    '      BucketName: logs',
  ].join('\n') + '\n'

describe('a line map', () => {
  const map = buildLineMap(MERGE, HEAD)

  it('counts lines as editors do', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b'])
    expect(splitLines('a\r\nb')).toEqual(['a', 'b'])
    expect(splitLines('')).toEqual([])
    expect(splitLines('\n')).toEqual([''])
    expect(map).toMatchObject({ mergeLines: 9, headLines: 5, complete: true })
  })

  it('moves each merge line to the head line with the same text, and back', () => {
    expect([4, 5, 6, 7, 9].map((l) => headLineOf(map, l))).toEqual([1, 2, 3, 4, 5])
    expect([1, 2, 3, 4, 5].map((l) => mergeLineOf(map, l))).toEqual([4, 5, 6, 7, 9])
  })

  it('has no head line for what only the base branch brought in, and names the nearest one', () => {
    expect(headLineOf(map, 1)).toBeUndefined()
    expect(headLineOf(map, 8)).toBeUndefined()
    expect(nearestHeadLine(map, 1)).toBe(1)
    // Line 8 was merged in after head line 4: it would sit where head line 5 is.
    expect(nearestHeadLine(map, 8)).toBe(5)
    expect(nearestHeadLine(map, 9)).toBe(5)
  })

  it('moves a block only when it reads the same at the head in one piece', () => {
    expect(headRangeOf(map, 4, 7)).toBe(1)
    // Line 8 is not at the head, and 7 and 9 are neighbours there but not in the merge commit.
    expect(headRangeOf(map, 7, 8)).toBeUndefined()
    expect(headRangeOf(map, 7, 9)).toBeUndefined()
    // The ends of the file: before line 1 and after the last line.
    expect(headRangeOf(map, 9, 10)).toBe(5)
    expect(headRangeOf(map, 3, 4)).toBeUndefined()
    const same = buildLineMap('a\nb\n', 'a\nb\n')
    expect(headRangeOf(same, 0, 1)).toBe(0)
  })

  it('reads head lines from the scanned merge-commit file', () => {
    const merge = splitLines(MERGE)
    const read = headLineText(new Map([['t.yaml', map]]), (_file, line) => merge[line - 1])
    expect(read('t.yaml', 5)).toBe('      BucketName: logs')
    expect(read('t.yaml', 6)).toBeUndefined()
  })

  it('is monotonic, maps equal lines to equal text, and is its own inverse', () => {
    const text = fc.array(fc.constantFrom('a', 'b', '}', '', '  x: 1', 'Resources:'), { maxLength: 30 }).map((l) => l.join('\n'))
    fc.assert(
      fc.property(text, text, (mergeText, headText) => {
        const m = buildLineMap(mergeText, headText)
        const merge = splitLines(mergeText)
        const head = splitLines(headText)
        let last = 0
        for (let line = 1; line <= merge.length; line++) {
          const at = headLineOf(m, line)
          const near = nearestHeadLine(m, line)
          expect(near).toBeGreaterThanOrEqual(Math.max(1, last))
          if (at === undefined) continue
          expect(at).toBeGreaterThan(last)
          expect(head[at - 1]).toBe(merge[line - 1])
          expect(mergeLineOf(m, at)).toBe(line)
          expect(near).toBe(at)
          last = at
        }
        for (let line = 1; line <= head.length; line++) {
          const back = mergeLineOf(m, line)
          if (back !== undefined) expect(headLineOf(m, back)).toBe(line)
        }
      }),
      { seed: 20260613, numRuns: 600 },
    )
  })
})
