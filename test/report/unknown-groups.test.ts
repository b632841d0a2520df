import { describe, expect, it } from 'vitest'
import type { UnknownResult } from '../../src/engine/finding.js'
import { renderText } from '../../src/report/render/text.js'
import { groupUnknowns } from '../../src/report/render/unknown-groups.js'
import type { ScanResult } from '../../src/scan-result.js'

const at = { file: 't.yaml', line: 56, column: 7, endLine: 56, endColumn: 13, path: 'Resources.CondBucket' }
const flag = (what: string, fingerprint: string): UnknownResult => ({
  ruleId: 'block-public-access-incomplete',
  message: `S3 bucket does not turn on all four Block Public Access settings: cannot tell (${what})`,
  why: 'depends on condition IsProd, which is not known statically',
  location: at,
  resource: 'CondBucket',
  fingerprint,
})

describe('unknowns in reports', () => {
  const unknowns = [
    flag('BlockPublicAcls', 'a'),
    flag('BlockPublicPolicy', 'b'),
    { ...flag('IgnorePublicAcls', 'c'), resource: 'Other' },
    { ...flag('RestrictPublicBuckets', 'd'), message: 'S3 bucket …: cannot tell' },
  ]

  it('merges unknowns that differ only in the setting they could not decide', () => {
    const groups = groupUnknowns(unknowns)
    expect(groups.map((g) => [g.first.resource, g.aspects, g.count])).toEqual([
      ['CondBucket', ['BlockPublicAcls', 'BlockPublicPolicy'], 3],
      ['Other', ['IgnorePublicAcls'], 1],
    ])
  })

  it('prints one line per group in the text output, naming the settings', () => {
    const result = {
      tool: { name: 's3-gate', version: '0' },
      cwd: '/',
      roots: ['/'],
      findings: [],
      unknowns,
      problems: [],
      notes: [],
      stats: { files: 1, bytes: 1, units: 1, byFormat: {}, buckets: 2, durationMs: 1 },
    } as ScanResult
    const lines = renderText(result, { color: false }).split('\n')
    expect(lines).toContain('Could not evaluate (4)')
    expect(lines).toContain(
      '  t.yaml:56  block-public-access-incomplete  [CondBucket]  (BlockPublicAcls, BlockPublicPolicy) depends on condition IsProd, which is not known statically',
    )
    expect(lines.filter((l) => l.includes('[CondBucket]'))).toHaveLength(1)
  })
})
