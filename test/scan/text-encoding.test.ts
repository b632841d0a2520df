import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/text-encoding.js'
import { scanFiles } from '../helpers/scan-files.js'

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

describe('a UTF-8 byte order mark', () => {
  const one = {
    'a.json': '{"Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"AccessControl":"PublicRead"}}}}',
    'b.yaml': '{Resources: {B: {Type: AWS::S3::Bucket, Properties: {AccessControl: PublicRead}}}}\n',
    'c/main.tf': 'resource "aws_s3_bucket" "b" { acl = "public-read" }\n',
    'd.json': '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B" "x"}}',
  }
  const places = (r: Awaited<ReturnType<typeof scanFiles>>) => ({
    findings: r.findings.map((f) => [f.ruleId, f.location.file, f.location.line, f.location.column, f.location.endColumn]).sort(),
    unknowns: r.unknowns.map((u) => [u.ruleId, u.location.file, u.location.column]).sort(),
    problems: r.problems.map((p) => [p.code, p.file, p.line, p.column]).sort(),
  })

  it('is not a column: line 1 of a file saved with one reads as it does without', async () => {
    const plain = places(await scanFiles(one))
    const marked = places(await scanFiles(Object.fromEntries(Object.entries(one).map(([f, t]) => [f, `\ufeff${t}`]))))
    expect(plain.findings.some(([id, , , column]) => id === 'acl-public-read' && (column as number) > 1)).toBe(true)
    expect(plain.problems).toContainEqual(['JSON_SYNTAX', 'd.json', 1, 59])
    expect(marked).toEqual(plain)
  })
})
