/**
 * The rows of many units' results (src/unit-wire.ts) carved from a few large buffers. A scan holds
 * every unit's rows until it ends, then decodes them into findings. Each row array as a buffer of
 * its own (a few KB) came from glibc's heap, and once decoded that memory stayed with the process:
 * V8 takes its heap pages straight from the system, never from malloc's free lists. On the 40,000
 * `.tf` file tree that was 26 MB of RSS nothing used again, on top of the decoded findings. A
 * chunk of 4 MiB is above glibc's mmap threshold, so it is mapped on its own and goes back to the
 * system once the last unit in it has been decoded (peak 317 → 298 MiB there, with
 * src/collect-garbage.ts 286 MiB; bench/README.md, stop 53).
 */
export const CHUNK_INTS = 1024 * 1024

export class RowArena {
  private chunk = new Int32Array(0)
  private used = 0

  constructor(private readonly chunkInts = CHUNK_INTS) {}

  /** `n` zeroed integers. */
  ints(n: number): Int32Array {
    // A large one is a mapping of its own anyway; in a chunk it would keep the chunk's rest alive.
    if (n > this.chunkInts / 8) return new Int32Array(n)
    if (this.used + n > this.chunk.length) {
      this.chunk = new Int32Array(this.chunkInts)
      this.used = 0
    }
    const view = this.chunk.subarray(this.used, this.used + n)
    this.used += n
    return view
  }

  /** `rows` moved into the arena: a worker's message arrives in buffers of its own size. */
  copy(rows: Int32Array): Int32Array {
    const out = this.ints(rows.length)
    out.set(rows)
    return out
  }
}
