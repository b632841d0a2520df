import { isUtf8 } from 'node:buffer'
/**
 * Bytes to text for every file a scan reads. Infrastructure code is UTF-8, but Windows
 * PowerShell 5 writes UTF-16 with a byte order mark when output is redirected
 * (`terraform show -json > plan.json`, `cdk synth > template.yaml`), and such a file read as
 * UTF-8 looks binary and would be skipped: a silent pass. UTF-16 with a byte order mark is
 * decoded (the mark dropped); anything else is read as UTF-8, whose invalid bytes become U+FFFD
 * for the parsers to report.
 */
export function decodeText(bytes: Buffer): string {
  const order = utf16Order(bytes)
  if (order === 'le') return bytes.toString('utf16le', 2, bytes.length - (bytes.length % 2))
  if (order === 'be') {
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)))
    return swapped.swap16().toString('utf16le')
  }
  return bytes.toString('utf8')
}

/** UTF-16 by its byte order mark (`FF FE 00 00` is UTF-32's, read as UTF-8: binary). */
function utf16Order(bytes: Buffer): 'le' | 'be' | undefined {
  if (bytes.length < 2) return undefined
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return 'le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be'
  return undefined
}

/**
 * Whether `decodeText(bytes)` replaced some bytes with U+FFFD: not valid UTF-8, or UTF-16 whose
 * text holds U+FFFD (a lone surrogate, or the character itself: not told apart, as rare as it is).
 */
export function hasInvalidBytes(bytes: Buffer): boolean {
  return utf16Order(bytes) ? decodeText(bytes).includes('\ufffd') : !isUtf8(bytes)
}
