/**
 * Bytes to text for every file a scan reads. Infrastructure code is UTF-8, but Windows
 * PowerShell 5 writes UTF-16 with a byte order mark when output is redirected
 * (`terraform show -json > plan.json`, `cdk synth > template.yaml`), and such a file read as
 * UTF-8 looks binary and would be skipped: a silent pass. UTF-16 with a byte order mark is
 * decoded (the mark dropped); anything else is read as UTF-8, whose invalid bytes become U+FFFD
 * for the parsers to report.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) {
    return bytes.toString('utf16le', 2, bytes.length - (bytes.length % 2))
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)))
    return swapped.swap16().toString('utf16le')
  }
  return bytes.toString('utf8')
}
