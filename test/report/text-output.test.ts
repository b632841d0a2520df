import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/engine/finding.js'
import { renderText } from '../../src/report/render/text.js'
import { finding, scanResult } from './pr-fixtures.js'

describe('the text output', () => {
  it('keeps columns apart when a rule id or a position is wider than the usual column', () => {
    const result = scanResult([
      finding({ ruleId: 'lifecycle-abort-incomplete-uploads-missing', line: 12345, location: { column: 123 } as Finding['location'] }),
      finding({ ruleId: 'versioning-disabled', line: 3 }),
    ])
    const lines = renderText(result, { color: false }).split('\n')
    expect(lines).toContain(
      '  12345:123  high     lifecycle-abort-incomplete-uploads-missing  Bucket Public breaks lifecycle-abort-incomplete-uploads-missing.  [Public]',
    )
    expect(lines).toContain(
      '  3:5        high     versioning-disabled                         Bucket Public breaks versioning-disabled.  [Public]',
    )
  })

  it('keeps the usual columns when everything in the file fits them', () => {
    const result = scanResult([
      finding({ ruleId: 'versioning-disabled', line: 3 }),
      finding({ ruleId: 'lifecycle-abort-incomplete-uploads-missing', line: 3, file: 'other.yaml' }),
    ])
    const lines = renderText(result, { color: false }).split('\n')
    expect(lines).toContain(`  3:5     high     ${'versioning-disabled'.padEnd(32)}Bucket Public breaks versioning-disabled.  [Public]`)
  })

  it('prints copies of one resource (count, for_each) with the same finding on the same lines once, naming a few, and all with --verbose', () => {
    const result = scanResult(
      Array.from({ length: 8 }, (_, i) => finding({ ruleId: 'acl-public-read', line: 4, resource: `x[${i}]`, fingerprint: `fp-${i}` })),
    )
    const lines = renderText(result, { color: false }).split('\n')
    expect(lines.filter((l) => l.includes('acl-public-read'))).toHaveLength(1)
    expect(lines).toContain(
      '          ↳ the same for 7 more resources from these lines: x[1], x[2], x[3], x[4], x[5] and 2 more (--verbose lists them)',
    )
    const verbose = renderText(result, { color: false, verbose: true }).split('\n')
    expect(verbose.filter((l) => l.includes('acl-public-read'))).toHaveLength(8)
  })
})
