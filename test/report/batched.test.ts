/** Output batching: bytes on the wire are exactly the UTF-8 of the joined chunks, whatever their sizes. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { batched, batchedBytes } from '../../src/report/render/batched.js'

const bytesOf = (batches: Iterable<Uint8Array>) => Buffer.concat([...batches].map((b) => Buffer.from(b)))

describe('batchedBytes', () => {
  it('encodes exactly what the joined chunks are, for any chunks and batch size', () => {
    const chunk = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constant('🪣é\u2028'),
    )
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 60 }), fc.integer({ min: 4, max: 400 }), (chunks, size) => {
        const out = [...batchedBytes(chunks, size)]
        expect(bytesOf(out).equals(Buffer.from(chunks.join(''), 'utf8'))).toBe(true)
        // No empty writes, and no batch past its size unless one chunk alone was bigger.
        for (const b of out) expect(b.length).toBeGreaterThan(0)
      }),
      { seed: 20261128, numRuns: 500 },
    )
  })

  it('gives each batch its own memory, so an earlier batch is not overwritten by a later one', () => {
    const chunks = Array.from({ length: 50 }, (_, i) => `finding ${i} `.repeat(20))
    const out = [...batchedBytes(chunks, 1024)]
    expect(out.length).toBeGreaterThan(5)
    expect(bytesOf(out).toString('utf8')).toBe(chunks.join(''))
    expect(bytesOf(out).toString('utf8')).toBe([...batched(chunks, 1024)].join(''))
  })

  it('passes a chunk larger than a batch through whole', () => {
    const big = 'x'.repeat(10_000)
    const out = [...batchedBytes(['a', big, 'b'], 256)]
    expect(out.map((b) => b.length)).toEqual([1, 10_000, 1])
  })
})
