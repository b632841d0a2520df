import { describe, expect, it } from 'vitest'
import { applyConfig } from '../../src/config/apply.js'
import { EMPTY_CONFIG } from '../../src/config/types.js'
import type { ScanResult } from '../../src/scan-result.js'
import { renderJson } from '../../src/report/render/json.js'
import { renderSarif } from '../../src/report/render/sarif.js'
import { rules } from '../../rules/index.js'
import { scanFiles } from '../rules/helpers.js'

const template = `Resources:
  Logs:
    Type: AWS::S3::Bucket
  Data:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !Ref Logs
`
const files = { 'infra/template.yaml': template, 'other/template.yaml': template }
const now = new Date('2026-06-01T00:00:00Z')

describe('exceptions in .s3-gate.yml', () => {
  it('suppress matching findings with their reason, and keep them in the result as suppressed', async () => {
    const r = await scanFiles(files, {
      now,
      config: {
        source: '.s3-gate.yml',
        exceptions: [
          {
            rule: 'versioning-disabled',
            resource: 'Dat*',
            path: 'infra/**',
            reason: 'scratch data',
            expires: '2026-12-31',
            line: 3,
            column: 5,
          },
        ],
      },
    })
    const v = r.findings.filter((f) => f.ruleId === 'versioning-disabled')
    const suppressed = v.filter((f) => f.suppressed)
    expect(suppressed.map((f) => [f.resource, f.location.file])).toEqual([['Data', 'infra/template.yaml']])
    expect(suppressed[0]!.suppression).toMatchObject({
      kind: 'config',
      reason: 'scratch data',
      until: '2026-12-31',
      at: { file: '.s3-gate.yml', line: 3 },
    })
    expect(v.filter((f) => !f.suppressed).length).toBe(3)
    const json = JSON.parse(renderJson(r))
    expect(json.findings.find((f: { suppressed: boolean }) => f.suppressed)).toMatchObject({
      ruleId: 'versioning-disabled',
      suppression: { reason: 'scratch data' },
    })
    const sarif = JSON.parse(renderSarif(r, rules))
    const s = sarif.runs[0].results.filter((x: { suppressions?: unknown[] }) => x.suppressions)
    expect(s).toHaveLength(1)
    expect(s[0].suppressions[0]).toEqual({ kind: 'external', justification: 'scratch data' })
  })

  it("stop applying after their expiry date and say so at the exception's line", async () => {
    const r = await scanFiles(files, {
      now,
      config: {
        source: '.s3-gate.yml',
        exceptions: [{ rule: 'versioning-disabled', reason: 'until the migration', expires: '2026-05-31', line: 7, column: 5 }],
      },
    })
    expect(r.findings.filter((f) => f.ruleId === 'versioning-disabled' && f.suppressed)).toEqual([])
    expect(r.problems.filter((p) => p.code === 'EXCEPTION_EXPIRED')).toEqual([
      expect.objectContaining({ file: '.s3-gate.yml', line: 7, column: 5, level: 'warning' }),
    ])
  })

  it('still apply on their expiry date', async () => {
    const r = await scanFiles(files, {
      now,
      config: { exceptions: [{ rule: 'versioning-disabled', reason: 'last day', expires: '2026-06-01' }] },
    })
    expect(r.findings.filter((f) => f.ruleId === 'versioning-disabled').every((f) => f.suppressed)).toBe(true)
  })

  it('are reported when they match nothing', async () => {
    const r = await scanFiles(files, {
      now,
      config: {
        source: '.s3-gate.yml',
        exceptions: [{ rule: 'versioning-disabled', resource: 'Nope', reason: 'typo', line: 9, column: 5 }],
      },
    })
    expect(r.problems.filter((p) => p.code === 'UNUSED_EXCEPTION')).toEqual([expect.objectContaining({ file: '.s3-gate.yml', line: 9 })])
  })

  it('are not reported as unused when the profile does not run their rule', async () => {
    const r = await scanFiles(files, { now, config: { profile: 'default', exceptions: [{ rule: 'tls-min-version', reason: 'later' }] } })
    expect(r.problems.filter((p) => p.code === 'UNUSED_EXCEPTION')).toEqual([])
  })

  it('applies thousands of exceptions to a large template without matching each against every finding', async () => {
    // 5,000 exceptions over 18,000 findings took 67 s when each one looked at every finding.
    const buckets = Array.from({ length: 2000 }, (_, i) => `  B${i}:\n    Type: AWS::S3::Bucket\n`).join('')
    const exceptions = Array.from({ length: 5000 }, (_, i) => ({
      rule: 'versioning-disabled',
      resource: `Nope${i}*`,
      reason: 'r',
      line: i + 2,
      column: 5,
    }))
    exceptions.push({ rule: 'versioning-disabled', resource: 'B1999', reason: 'last', line: 9999, column: 5 })
    const r = await scanFiles({ 'big.yaml': `Resources:\n${buckets}` }, { now, config: { source: '.s3-gate.yml', exceptions } })
    expect(r.findings.filter((f) => f.suppressed).map((f) => [f.ruleId, f.resource, f.suppression?.reason])).toEqual([
      ['versioning-disabled', 'B1999', 'last'],
    ])
    expect(r.problems.filter((p) => p.code === 'UNUSED_EXCEPTION')).toHaveLength(5000)
  })
})

describe('include and exclude', () => {
  it('keep only findings in included files, minus excluded ones', async () => {
    const inc = await scanFiles(files, { config: { include: ['infra/**'] } })
    expect(new Set(inc.findings.map((f) => f.location.file))).toEqual(new Set(['infra/template.yaml']))
    const exc = await scanFiles(files, { config: { exclude: ['infra/**'] } })
    expect(new Set(exc.findings.map((f) => f.location.file))).toEqual(new Set(['other/template.yaml']))
  })

  it('warn at its line about an include that matches none of the scanned files, saying what was probably meant', async () => {
    // `include: [infra]` kept no finding at all, and the gate passed without a word.
    const include = ['infra', './other/**', 'clean/**', 'infra/template.yaml']
    const includeAt = include.map((_, i) => ({ line: i + 2, column: 5 }))
    const clean = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n'
    const r = await scanFiles({ ...files, 'clean/template.yaml': clean }, { config: { source: '.s3-gate.yml', include, includeAt } })
    expect(r.problems.filter((p) => p.code === 'INCLUDE_UNMATCHED').map((p) => [p.file, p.line, p.column, p.level, p.message])).toEqual([
      [
        '.s3-gate.yml',
        2,
        5,
        'warning',
        'include "infra" matches none of the scanned files, so it reports nothing (for the folder, write "infra/**"); globs are paths from the working directory, with "/"',
      ],
      [
        '.s3-gate.yml',
        3,
        5,
        'warning',
        'include "./other/**" matches none of the scanned files, so it reports nothing (write "other/**"); globs are paths from the working directory, with "/"',
      ],
    ])
    // A folder scanned without findings is no mistake; the file named exactly is kept.
    expect(new Set(r.findings.map((f) => f.location.file))).toEqual(new Set(['infra/template.yaml']))
  })
})

describe('a configuration whose globs cost too much to match', () => {
  it('is a configuration error naming the file, not minutes of matching', () => {
    // 2,000 include globs like `**a**b**…**m7**` over 5,000 files took 112 s (and 870 MB).
    const findings = Array.from({ length: 20_000 }, (_, i) => ({
      ruleId: 'versioning-disabled',
      location: { file: `infra/envs/prod/module-${i}/main.tf` },
    }))
    const result = { findings, unknowns: [], problems: [], notes: [] } as unknown as ScanResult
    const include = Array.from({ length: 2000 }, (_, i) => `**a**b**c**d**e**f**g**h**i**j**k**l**m${i}**`)
    const t0 = performance.now()
    expect(() => applyConfig(result, { ...EMPTY_CONFIG, source: 'ci/.s3-gate.yml', include }, rules, new Date())).toThrow(
      /^ci\/\.s3-gate\.yml: its include, exclude and exception globs take too long to match/,
    )
    expect(performance.now() - t0).toBeLessThan(60_000)
  }, 90_000)
})
