/**
 * `# s3-gate:ignore` written in a string (a block scalar, a quoted string, any JSON string) is
 * text, not a comment: it must not silence a finding. Comments beside strings still count.
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../../rules/helpers.js'

const ignores = (indent: string) =>
  ['acl-public-write', 'public-exposure'].map((r) => `${indent}# s3-gate:ignore ${r} reason="in a string"`).join('\n')

const active = (r: Awaited<ReturnType<typeof scanFiles>>, rule: string) =>
  r.findings.filter((f) => f.ruleId === rule && !f.suppressed).length

describe('suppression comments inside strings', () => {
  it('are not applied from block scalars, folded and quoted strings, or JSON strings', async () => {
    const bucket = (meta: string) =>
      `Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Metadata:\n${meta}\n    Properties:\n      AccessControl: PublicReadWrite\n`
    const r = await scanFiles({
      'literal.yaml': bucket(`      Notes: |\n${ignores('        ')}`),
      'folded.yaml': bucket(`      Notes: >\n${ignores('        ')}`),
      'tagged.yaml': bucket(`      Notes: !Sub |\n${ignores('        ')}`),
      'quoted.yaml': bucket(`      Notes: 'x\n${ignores('        ')}\n        '`),
      'inline.yaml': bucket(`      Notes: "x # s3-gate:ignore acl-public-write reason=\\"in a string\\""`),
      'template.json': JSON.stringify({
        Resources: {
          Data: {
            Type: 'AWS::S3::Bucket',
            Metadata: { Notes: '# s3-gate:ignore acl-public-write reason="in a string"' },
            Properties: { AccessControl: 'PublicReadWrite' },
          },
        },
      }).replace('"Metadata"', '\n"Metadata"'),
    })
    expect(r.findings.filter((f) => f.suppressed)).toEqual([])
    expect(active(r, 'acl-public-write')).toBe(6)
    expect(r.problems.filter((p) => /SUPPRESSION/.test(p.code))).toEqual([])
  })

  it('are applied beside strings: after a plain scalar and on a block scalar header', async () => {
    const r = await scanFiles({
      'plain.yaml':
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite # s3-gate:ignore acl-public-write reason="accepted"\n',
      'header.yaml':
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Metadata:\n      Notes: !Sub | # s3-gate:ignore acl-public-write reason="accepted"\n        text\n    Properties:\n      AccessControl: PublicReadWrite\n',
    })
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => [f.location.file, f.suppressed])).toEqual([
      ['header.yaml', true],
      ['plain.yaml', true],
    ])
  })
})
