import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../../src/limits.js'
import { cdkPlugin } from '../../../src/parsers/cdk/index.js'
import { processUnit, type UnitJob } from '../../../src/process-unit.js'
import { candidates, lineOf, repoRoot } from './helpers.js'
// Calls a format's reader directly, without the scan that loads the readers it needs.
import '../../setup/format-readers.js'

const storage = 'examples/cdk/lib/storage-stack.ts'

describe('the example app through the whole unit pipeline (rules, suppressions, fixes)', () => {
  const roots = [path.join(repoRoot, 'examples/cdk')]
  const [unit] = cdkPlugin.plan(candidates(roots, repoRoot), { roots, cwd: repoRoot, debug: () => {} })
  const job: UnitJob = {
    roots,
    cwd: repoRoot,
    limits: DEFAULT_LIMITS,
    severity: {},
    disabled: [],
    allowInline: true,
    now: '2026-01-01T00:00:00.000Z',
  }
  const result = processUnit(unit!, job)

  it('reports on the app’s sources, not on the synthesised templates', () => {
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([])
    const files = [...new Set(result.findings.map((f) => f.location.file))].sort()
    expect(files).toEqual(['examples/cdk/lib/analytics-stage.ts', 'examples/cdk/lib/secure-bucket.ts', storage])
    expect(result.findings.every((f) => f.format === 'cdk')).toBe(true)
  })

  it('gives a finding the construct path, the .ts line, the template line and a CDK edit', () => {
    const f = result.findings.find((x) => x.ruleId === 'tls-not-enforced' && x.resource === 'StorageStack/Uploads/Resource')
    const line = lineOf(storage, "new s3.Bucket(this, 'Uploads'")
    expect([f?.location.file, f?.location.line]).toEqual([storage, line])
    expect(f?.related.some((r) => r.at.file === 'examples/cdk/cdk.out/StorageStack.template.json')).toBe(true)
    expect(f?.edit).toMatchObject({ file: storage, startLine: line, endLine: line })
    expect(f?.edit?.replacement).toContain('enforceSSL: true,')
  })

  it('passes the hardened bucket on every setting it hardens', () => {
    const hardened = [
      'access-logging-disabled',
      'acl-enabled',
      'block-public-access-incomplete',
      'bucket-key-disabled',
      'encryption-missing',
      'encryption-not-kms',
      'policy-public-read',
      'public-exposure',
      'sse-c-not-blocked',
      'tls-min-version',
      'tls-not-enforced',
      'versioning-disabled',
    ]
    const archive = result.findings.filter((f) => f.resource.startsWith('StorageStack/Archive/') && hardened.includes(f.ruleId))
    expect(archive.map((f) => f.ruleId)).toEqual([])
  })

  it('suppresses a finding the app acknowledged for cdk-nag, with the reason', () => {
    const f = result.findings.find((x) => x.ruleId === 'access-logging-disabled' && x.resource === 'StorageStack/Reports/Bucket/Resource')
    expect(f).toMatchObject({
      suppressed: true,
      suppression: { syntax: 'cdk-nag', reason: 'Reports are rebuilt nightly from the archive, whose access is logged.' },
    })
  })
})
