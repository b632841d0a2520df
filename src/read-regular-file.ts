/**
 * Reading a file that a stat or a folder listing said is a regular file, without trusting that it
 * still is: a named pipe put in its place (or a link turned to one) between the look and the read
 * blocks `readFileSync` for ever, as a pipe with no writer has no end. So the file is opened
 * without blocking, and checked on the open descriptor (fstat): what is read is what was checked.
 */
import fs from 'node:fs'

/** Not on Windows, whose named pipes are not files in the tree. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0)

export type RegularRead = { bytes: Buffer } | { notAFile: true } | { tooLarge: number }

/** The bytes of `abs` if it is a regular file of at most `maxBytes`. Throws what `open` throws (ENOENT, EACCES...). */
export function readRegularFile(abs: string, maxBytes = Infinity): RegularRead {
  const fd = fs.openSync(abs, OPEN_FLAGS)
  try {
    const st = fs.fstatSync(fd)
    if (!st.isFile()) return { notAFile: true }
    if (st.size > maxBytes) return { tooLarge: st.size }
    return { bytes: fs.readFileSync(fd) }
  } finally {
    fs.closeSync(fd)
  }
}

/** Up to `max` bytes from the start of `abs`, if it is a regular file; empty otherwise. */
export function readRegularHead(abs: string, max: number): Buffer {
  const fd = fs.openSync(abs, OPEN_FLAGS)
  try {
    if (!fs.fstatSync(fd).isFile()) return Buffer.alloc(0)
    const buf = Buffer.alloc(max)
    return buf.subarray(0, fs.readSync(fd, buf, 0, max, 0))
  } finally {
    fs.closeSync(fd)
  }
}
