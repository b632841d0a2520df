/**
 * Positions in files with CRLF, CR-only (old Mac) and mixed line endings. Lines are numbered as
 * git and GitHub number them: at each line feed (a CRLF counts once, its CR ends the line), and a
 * carriage return alone is no line break. What cannot be placed by such a line (a comment
 * suppression, an edit) in a line holding a lone CR is refused rather than misplaced.
 */
import { describe, expect, it } from 'vitest'
import type { ScanResult } from '../../../src/scan-result.js'
import { scanFiles } from '../../helpers/scan-files.js'

const YAML = 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n'
const JSON_TEMPLATE =
  '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "AccessControl": "PublicRead"\n      }\n    }\n  }\n}\n'
const TF = 'resource "aws_s3_bucket" "data" {\n  bucket = "example"\n  acl    = "public-read"\n}\n'

/** Line and column of the first `needle` in `text`, as GitHub numbers lines (at line feeds). */
function githubPosition(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle)
  expect(at, needle).toBeGreaterThanOrEqual(0)
  const before = text.slice(0, at)
  return { line: before.split('\n').length, column: at - (before.lastIndexOf('\n') + 1) + 1 }
}

const withEol = (text: string, eol: string) => text.replaceAll('\n', eol)

function found(r: ScanResult, ruleId: string) {
  return r.findings.filter((f) => f.ruleId === ruleId).map((f) => ({ line: f.location.line, column: f.location.column, edit: !!f.edit }))
}

describe('line endings', () => {
  const cases: [string, string, string][] = [
    ['template.yaml', YAML, 'AccessControl'],
    ['template.json', JSON_TEMPLATE, '"AccessControl"'],
    ['main.tf', TF, 'acl'],
  ]

  it('place findings on the same lines and columns with CRLF as with LF', async () => {
    for (const [file, text, needle] of cases) {
      const lf = found(await scanFiles({ [file]: text }), 'acl-public-read')
      const crlf = found(await scanFiles({ [file]: withEol(text, '\r\n') }), 'acl-public-read')
      expect(lf, file).toEqual([{ ...githubPosition(text, needle), edit: expect.any(Boolean) }])
      expect(crlf, file).toEqual(lf)
    }
  })

  it('place findings in a CR-only file on its one GitHub line, and offer no edit there', async () => {
    for (const [file, text, needle] of cases.filter(([f]) => f !== 'main.tf')) {
      const cr = withEol(text, '\r')
      const r = await scanFiles({ [file]: cr })
      expect(found(r, 'acl-public-read'), file).toEqual([{ line: 1, column: cr.indexOf(needle) + 1, edit: false }])
      // The same finding in the LF file has an edit; by line, it would land elsewhere here.
      const lf = await scanFiles({ [file]: text })
      expect(
        lf.findings.some((f) => f.edit),
        file,
      ).toBe(true)
      expect(
        r.findings.filter((f) => f.edit),
        file,
      ).toEqual([])
      expect(r.problems, file).toEqual([])
    }
  })

  it('count only line feeds in a file that mixes LF, CRLF and a lone CR', async () => {
    // A lone CR after "Resources:" and a CRLF after "Type": YAML reads four line breaks, GitHub three.
    const mixed = 'Resources:\r  Data:\n    Type: AWS::S3::Bucket\r\n    Properties:\n      AccessControl: PublicRead\n'
    const r = await scanFiles({ 'template.yaml': mixed })
    expect(found(r, 'acl-public-read')).toEqual([{ ...githubPosition(mixed, 'AccessControl'), edit: expect.any(Boolean) }])
    expect(githubPosition(mixed, 'AccessControl')).toEqual({ line: 4, column: 7 })
    // Edits of lines without a lone CR are still offered; none of the line holding it.
    const edits = r.findings.flatMap((f) => (f.edit ? [f.edit] : []))
    expect(edits.length).toBeGreaterThan(0)
    for (const e of edits) expect(Math.min(e.startLine, e.endLine), e.description).toBeGreaterThan(1)
  })

  it('report a lone CR in HCL as the syntax error Terraform makes of it, at its GitHub line, and still read the file', async () => {
    for (const tf of [withEol(TF, '\r'), TF.replace('\n  acl', '\r  acl')]) {
      const r = await scanFiles({ 'main.tf': tf })
      const lone = tf.search(/\r(?!\n)/)
      const at = githubPosition(tf, tf.slice(lone))
      expect(r.problems.map((p) => ({ code: p.code, line: p.line, column: p.column }))).toEqual([{ code: 'HCL_SYNTAX', ...at }])
      expect(r.problems[0]!.message).toMatch(/carriage return/)
      expect(found(r, 'parse-error')).toEqual([{ ...at, edit: false }])
      expect(found(r, 'acl-public-read')).toEqual([{ ...githubPosition(tf, 'acl'), edit: false }])
    }
    // CRLF is a line break in HCL.
    expect((await scanFiles({ 'main.tf': withEol(TF, '\r\n') })).problems).toEqual([])
  })

  it('place a YAML syntax error in a CR-only file on its GitHub line', async () => {
    const broken = 'Resources:\r  Data:\r    Type: AWS::S3::Bucket\r   Properties: {\r'
    const r = await scanFiles({ 'template.yaml': broken })
    const errors = r.problems.filter((p) => p.code === 'YAML_SYNTAX')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.line).toBe(1)
  })

  it('apply a comment suppression in a CRLF file, but not one whose line holds a lone CR, and say why', async () => {
    const two = (eol: string) =>
      withEol(
        'Resources:\n  First:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n  # kics-scan ignore-block\n  Second:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n',
        eol,
      )
    const suppressed = (r: ScanResult) =>
      r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => [f.resource, f.suppressed] as const)
    const crlf = await scanFiles({ 'template.yaml': two('\r\n') })
    expect(suppressed(crlf)).toEqual([
      ['First', false],
      ['Second', true],
    ])
    // In a CR-only file every resource starts on line 1: the comment would have silenced First.
    const cr = await scanFiles({ 'template.yaml': two('\r') })
    expect(suppressed(cr)).toEqual([
      ['First', false],
      ['Second', false],
    ])
    expect(cr.problems.map((p) => [p.code, p.level, p.line])).toEqual([['SUPPRESSION_NOT_PLACED', 'warning', 1]])
  })

  it('apply s3-gate:ignore and checkov:skip comments in a CRLF file as in an LF file', async () => {
    const yaml =
      'Resources:\n  # s3-gate:ignore acl-public-read reason="public website"\n  First:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n  # checkov:skip=acl-public-read:a website too\n  Second:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n'
    const tf = `# s3-gate:ignore acl-public-read reason="public website"\n${TF}`
    const suppressed = (r: ScanResult) =>
      r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => [f.resource, f.suppressed, f.suppression?.reason] as const)
    for (const [file, text] of [
      ['template.yaml', yaml],
      ['main.tf', tf],
    ] as const) {
      const lf = suppressed(await scanFiles({ [file]: text }))
      expect(lf.length, file).toBeGreaterThan(0)
      expect(
        lf.every(([, s]) => s),
        file,
      ).toBe(true)
      const crlf = await scanFiles({ [file]: withEol(text, '\r\n') })
      expect(suppressed(crlf), file).toEqual(lf)
      expect(crlf.problems, file).toEqual([])
    }
  })

  it('spell every line break of an edit in a CRLF file as CRLF, so that applying it keeps the file’s line endings', async () => {
    for (const [file, text] of cases) {
      const crlf = withEol(text, '\r\n')
      const r = await scanFiles({ [file]: crlf })
      const edits = r.findings.flatMap((f) => (f.edit ? [f.edit] : []))
      expect(edits.length, file).toBeGreaterThan(1)
      for (const edit of edits) {
        const lines = crlf.split('\n')
        lines.splice(edit.startLine - 1, edit.endLine - edit.startLine + 1, ...edit.replacement.split('\n'))
        const fixed = lines.join('\n')
        expect(fixed.replaceAll('\r\n', ''), `${file} ${edit.description}`).not.toMatch(/[\r\n]/)
      }
      // An LF file's edits stay LF.
      const lf = await scanFiles({ [file]: text })
      for (const f of lf.findings) expect(f.edit?.replacement ?? '', file).not.toContain('\r')
    }
  })
})
