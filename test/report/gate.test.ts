import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/engine/finding.js'
import { finding, report } from './pr-fixtures.js'

describe('decideGate', () => {
  const old = finding({ ruleId: 'versioning-disabled', line: 3, severity: 'medium' })
  const added = finding({ ruleId: 'acl-public-read', line: 14, severity: 'high' })
  const gone = finding({ ruleId: 'tls-not-enforced', line: 3, severity: 'medium' })

  it('gates only what the pull request introduces and lists pre-existing and fixed findings', () => {
    const r = report([old, added], [old, gone])
    expect(r.findings.map((f) => [f.ruleId, f.origin, f.gating, f.blocking])).toEqual([
      ['acl-public-read', 'new', true, true],
      ['versioning-disabled', 'pre-existing', false, false],
    ])
    expect(r.fixed.map((f) => f.ruleId)).toEqual(['tls-not-enforced'])
    expect(r.conclusion).toBe('failure')
    expect(r.counts).toMatchObject({ total: 2, new: 1, preExisting: 1, fixed: 1, blocking: 1, advisory: 0 })
  })

  it('matches findings by fingerprint, so a finding that only moved is not new', () => {
    const moved = { ...old, location: { ...old.location, line: 40, endLine: 40 } }
    expect(report([moved], [old]).findings[0]!.origin).toBe('pre-existing')
  })

  it('gates every finding when the base was unavailable', () => {
    const r = report([old, added], undefined)
    expect(r.effectiveScope).toBe('all')
    expect(r.findings.every((f) => f.gating && f.origin === 'unclassified')).toBe(true)
  })

  it('is neutral for advisory findings, parse errors or nothing scanned, and never fails with fail-on none', () => {
    expect(report([old], []).conclusion).toBe('neutral')
    expect(
      report([], [], {}, { problems: [{ code: 'YAML_SYNTAX', file: 'a.yaml', line: 1, column: 1, message: 'bad', level: 'error' }] })
        .conclusion,
    ).toBe('neutral')
    const empty = report([], [], {}, { stats: { files: 0, bytes: 0, units: 0, byFormat: {}, buckets: 0, durationMs: 1 } })
    expect([empty.conclusion, empty.headline]).toEqual(['neutral', 'No infrastructure files found'])
    expect(report([added], [], { failOn: 'none' }).conclusion).toBe('neutral')
    expect(report([old], [old]).conclusion).toBe('success')
  })

  it('copies every field of a finding into its gated copy, and ranks blocking findings first', () => {
    // A field added to Finding later must be added to gatedFinding too (it copies field by field).
    const full: Finding = {
      ...added,
      related: [{ message: 'the policy', at: { ...added.location, line: 30, endLine: 30 } }],
      fix: { kind: 'set', field: 'versioning.status', value: 'Enabled' },
      edit: { file: 'template.yaml', startLine: 14, endLine: 14, replacement: 'x', description: 'fix it' },
      suppression: { kind: 'config', syntax: 'exceptions', reason: 'r' },
    }
    const [gated] = report([full], []).findings
    expect(gated).toEqual({ ...full, origin: 'new', gating: true, blocking: true })
    expect(Object.keys(gated!).sort()).toEqual([...Object.keys(full), 'origin', 'gating', 'blocking'].sort())
    const ranked = report([old, added, { ...old, location: { ...old.location, file: 'a.yaml' } }], [])
    expect(ranked.findings.map((f) => [f.blocking, f.location.file])).toEqual([
      [true, added.location.file],
      [false, 'a.yaml'],
      [false, old.location.file],
    ])
  })

  it('keeps suppressed findings out of the verdict but counts them', () => {
    const r = report([{ ...added, suppressed: true, suppression: { kind: 'inline', syntax: '#', reason: 'accepted' } }], [])
    expect([r.conclusion, r.counts.suppressed, r.counts.total]).toEqual(['success', 1, 0])
  })
})
