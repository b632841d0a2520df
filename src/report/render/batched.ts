/** Joins small chunks into ~256 KiB writes: one syscall per finding would cost more than rendering it. */
export function* batched(chunks: Iterable<string>, size = 256 * 1024): Generator<string> {
  let buf: string[] = []
  let len = 0
  for (const c of chunks) {
    buf.push(c)
    len += c.length
    if (len >= size) {
      yield buf.join('')
      buf = []
      len = 0
    }
  }
  if (buf.length) yield buf.join('')
}
