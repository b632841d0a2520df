/**
 * Reading a file that a stat or a folder listing said is a regular file, without trusting that it
 * still is: a named pipe put in its place (or a link turned to one) between the look and the read
 * blocks `readFileSync` for ever, as a pipe with no writer has no end. So the file is opened
 * without blocking, and checked on the open descriptor (fstat): what is read is what was checked.
 */
import { constants as bufferConstants } from 'node:buffer'
import fs from 'node:fs'

/** Not on Windows, whose named pipes are not files in the tree. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0)

/**
 * What is read whatever `maxBytes` says: the longest text a file can be decoded to. Above it
 * (a 3 GB `.s3-gate.yml`, sparse, takes no room on disk) `readFileSync` threw "File size is
 * greater than 2 GiB" and a 1 GB one "Cannot create a string longer than…": the scan crashed.
 */
export const MAX_READ_BYTES = bufferConstants.MAX_STRING_LENGTH

export type RegularRead = { bytes: Buffer } | { notAFile: true } | { tooLarge: number }

/** The bytes of `abs` if it is a regular file of at most `maxBytes`. Throws what `open` throws (ENOENT, EACCES...). */
export function readRegularFile(abs: string, maxBytes = Infinity): RegularRead {
  const limit = Math.min(maxBytes, MAX_READ_BYTES)
  const fd = fs.openSync(abs, OPEN_FLAGS)
  try {
    const st = fs.fstatSync(fd)
    if (!st.isFile()) return { notAFile: true }
    if (st.size > limit) return { tooLarge: st.size }
    return readAtMost(fd, st.size, limit)
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Up to `limit` bytes to the end of the file, and not one past it: the size was taken before the
 * read, and a file that grows meanwhile (a log being written, a size-0 file of `/proc`) would
 * otherwise be read to its new end, however far that is.
 */
function readAtMost(fd: number, size: number, limit: number): RegularRead {
  // One byte more than expected, to see the end without a second read.
  let buf = Buffer.allocUnsafe(Math.min(size, limit) + 1)
  let n = 0
  for (;;) {
    if (n === buf.length) {
      if (n > limit) return { tooLarge: n }
      const bigger = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(buf.length * 2, 64 * 1024)))
      buf.copy(bigger, 0, 0, n)
      buf = bigger
    }
    const got = fs.readSync(fd, buf, n, buf.length - n, null)
    if (got === 0) return { bytes: buf.subarray(0, n) }
    n += got
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
