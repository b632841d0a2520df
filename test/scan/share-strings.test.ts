import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/engine/finding.js'
import type { UnitResult } from '../../src/process-unit.js'
import { shareStrings, StringPool } from '../../src/share-strings.js'

const unit = (message: string): UnitResult => ({
  unit: 't.yaml',
  format: 'cloudformation',
  findings: [
    {
      ruleId: 'versioning-disabled',
      severity: 'medium',
      messageId: 'disabled',
      message,
      location: { file: 't.yaml', line: 2, column: 3, endLine: 2, endColumn: 7, path: 'Resources.Logs' },
      resource: 'Logs',
      format: 'cloudformation',
      related: [],
      fix: { kind: 'set', field: 'versioning.status', value: 'Enabled' },
      edit: { file: 't.yaml', startLine: 4, endLine: 4, replacement: '      Status: Enabled', description: 'set Status' },
      fingerprint: 'abc',
      suppressed: false,
    },
  ],
  unknowns: [],
  problems: [],
  notes: [],
  debug: [],
  files: 1,
  bytes: 10,
  buckets: 1,
})

describe('shareStrings', () => {
  it('leaves every finding equal to what it was', () => {
    const pool = new StringPool()
    expect(shareStrings(unit('Bucket Logs has no versioning.'), pool)).toEqual(unit('Bucket Logs has no versioning.'))
  })

  it('shares one frozen empty related list between findings', () => {
    const pool = new StringPool()
    const a: Finding = shareStrings(unit('same'), pool).findings[0]!
    const b: Finding = shareStrings(unit('same'), pool).findings[0]!
    expect(a.related).toBe(b.related)
    expect(Object.isFrozen(a.related)).toBe(true)
  })

  it('leaves frozen locations and fix intents alone', () => {
    const r = unit('m')
    const f = r.findings[0]!
    Object.freeze(f.location)
    Object.freeze(f.fix)
    expect(() => shareStrings(r, new StringPool())).not.toThrow()
  })
})
