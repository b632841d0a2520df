/**
 * Rows kept until a scan ends come from a few large buffers (src/row-arena.ts), and the tail of a
 * large scan collects its garbage at its turns (src/collect-garbage.ts).
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectGarbage } from '../../src/collect-garbage.js'
import { processUnit, type UnitResult } from '../../src/process-unit.js'
import { RowArena } from '../../src/row-arena.js'
import { StringPool } from '../../src/share-strings.js'
import { WireDecoder, WireEncoder } from '../../src/unit-wire.js'
import { keepMainThreadResult } from '../../src/worker-pool.js'
import { planUnits } from '../helpers/plan-units.js'
// Calls a format's reader directly, without the scan that loads the readers it needs.
import '../setup/format-readers.js'

const withoutDebug = (results: UnitResult[]) => JSON.parse(JSON.stringify(results.map((r) => ({ ...r, debug: [] })))) as unknown

describe('RowArena', () => {
  it('carves small row arrays from one shared chunk, zeroed, and gives a large one its own buffer', () => {
    const arena = new RowArena(64)
    const a = arena.ints(5)
    const b = arena.ints(7)
    expect(a.buffer).toBe(b.buffer)
    expect(a.buffer.byteLength).toBe(64 * 4)
    expect(b.byteOffset).toBe(5 * 4)
    expect([...b]).toEqual(new Array(7).fill(0))
    a.fill(-1)
    expect([...b]).toEqual(new Array(7).fill(0))
    // Past the chunk's end: a fresh chunk, not an overlap.
    const filling = Array.from({ length: 6 }, () => arena.ints(8))
    expect(filling.every((f) => f.buffer === a.buffer)).toBe(true)
    expect(filling.at(-1)!.byteOffset + filling.at(-1)!.byteLength).toBe(60 * 4)
    const next = arena.ints(8)
    expect(next.buffer).not.toBe(a.buffer)
    expect(next.byteOffset).toBe(0)
    const big = arena.ints(9)
    expect(big.buffer.byteLength).toBe(9 * 4)
    expect([...arena.copy(Int32Array.of(3, 1, 4))]).toEqual([3, 1, 4])
  })

  it('keeps many units as views into shared chunks, and they decode exactly as they were', () => {
    const { units, job } = planUnits(path.resolve('examples'))
    const results = units.map((u) => processUnit(u, job))
    const arena = new RowArena(4096)
    const encoder = new WireEncoder(undefined, arena)
    const pool = new StringPool()
    const decoder = new WireDecoder(pool)
    const buffers = new Set<ArrayBufferLike>()
    const spy = new WireEncoder(undefined, arena)
    for (const r of results) buffers.add(spy.encode(r).findings.buffer)
    // The examples' findings fit a handful of chunks, not a buffer per unit.
    expect(results.length).toBeGreaterThan(10)
    expect(buffers.size).toBeLessThan(results.length / 3)
    const kept = results.map((r) => keepMainThreadResult(r, encoder, decoder, pool))
    expect(withoutDebug(kept.map((k) => k()))).toEqual(withoutDebug(results))
  })
})

describe('collectGarbage', () => {
  it('collects without exposing `gc` to the scan, and again', () => {
    collectGarbage()
    collectGarbage()
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined()
  })
})
