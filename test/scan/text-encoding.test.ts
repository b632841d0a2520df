import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/text-encoding.js'

describe('decodeText', () => {
  it('reads UTF-16 LE and BE by their byte order mark, dropping the mark and a stray last byte', () => {
    const text = 'Resources:\n  Bucket: é𝄞\n'
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text)
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]))).toBe(text)
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le'), Buffer.from([0x41])]))).toBe(text)
  })

  it('reads everything else as UTF-8, keeping a UTF-8 byte order mark and replacing invalid bytes', () => {
    expect(decodeText(Buffer.from('\ufeffa: 1\n', 'utf8'))).toBe('\ufeffa: 1\n')
    expect(decodeText(Buffer.from([0x61, 0xff, 0x62]))).toBe('a\ufffdb')
    // FF FE 00 00 is UTF-32 LE's mark, which is not decoded as UTF-16.
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00]))).toBe('\ufffd\ufffd\u0000\u0000a\u0000\u0000\u0000')
    expect(decodeText(Buffer.alloc(0))).toBe('')
    expect(decodeText(Buffer.from([0xff]))).toBe('\ufffd')
  })
})
