import { describe, expect, it } from 'vitest'
import { placeLines } from '../../../src/parsers/shared/comment-placement.js'

const ranges = (rs: [string, number, number][]) => new Map(rs.map(([id, startLine, endLine]) => [id, { startLine, endLine }]))

describe('placeLines', () => {
  it('gives a line to the resource that holds it or starts on the line below it, else to none', () => {
    const owners = placeLines(
      [1, 2, 4, 5, 7, 9, 12],
      ranges([
        ['A', 3, 5],
        ['B', 8, 10],
      ]),
    )
    expect(owners).toEqual([undefined, 'A', 'A', 'A', 'B', 'B', undefined])
  })

  it('gives a line held by several resources to the first of them in template order, whatever the order of the lines', () => {
    // Copies of a loop share the lines of its body; a resource may start on the last line of another.
    const owners = placeLines(
      [6, 3, 3, 8, 5],
      ranges([
        ['Late', 5, 8],
        ['Copy1', 2, 6],
        ['Copy2', 2, 6],
        ['Next', 6, 9],
      ]),
    )
    expect(owners).toEqual(['Late', 'Copy1', 'Copy1', 'Late', 'Late'])
  })

  it('places 200,000 comments among as many resources in linear time', () => {
    const n = 200_000
    const lines = Array.from({ length: n }, (_, i) => 3 * i + 2)
    const rs = ranges(Array.from({ length: n }, (_, i): [string, number, number] => [`R${i}`, 3 * i + 3, 3 * i + 4]))
    const t0 = performance.now()
    const owners = placeLines(lines, rs)
    expect(performance.now() - t0).toBeLessThan(10_000)
    expect(owners[0]).toBe('R0')
    expect(owners[n - 1]).toBe(`R${n - 1}`)
  })
})
