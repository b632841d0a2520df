import { describe, expect, it } from 'vitest'
import { NO_RELATED } from '../../src/engine/finding.js'
import { MASKED, maskSensitive } from '../../src/mask-sensitive.js'
import { MAX_SENSITIVE_TEXTS, SensitiveTexts } from '../../src/sensitive-texts.js'
import type { UnitResult } from '../../src/process-unit.js'

const at = { file: 'main.tf', line: 1, column: 1, endLine: 1, endColumn: 2, path: '' }

function unitWith(message: string, replacement?: string): UnitResult {
  return {
    unit: '.',
    format: 'terraform',
    findings: [
      {
        ruleId: 'acl-public-read',
        severity: 'high',
        messageId: 'm',
        message,
        location: at,
        resource: 'aws_s3_bucket.b',
        format: 'terraform',
        related: NO_RELATED,
        fingerprint: 'f',
        suppressed: false,
        ...(replacement !== undefined ? { edit: { file: 'main.tf', startLine: 1, endLine: 1, replacement } } : {}),
      },
    ],
    unknowns: [],
    problems: [],
    notes: [],
    debug: [],
    files: 1,
    bytes: 1,
    buckets: 1,
  } as UnitResult
}

describe('masking sensitive texts', () => {
  it('masks texts as written, regular-expression characters and all, the longest first', () => {
    const tricky = 'a.b*c(d)[e]$^|+?{1}\\z'
    const r = unitWith(`grants ${tricky} and axb*c(d)[e]$^|+?{1}\\z and zz-long-secret-name`)
    maskSensitive(r, new Set([tricky, 'zz-long-secret', 'zz-long-secret-name']))
    expect(r.findings[0]!.message).toBe(`grants ${MASKED} and axb*c(d)[e]$^|+?{1}\\z and ${MASKED}`)
  })

  it('drops a suggestion that would quote a text, and keeps the finding', () => {
    const r = unitWith('grants (public-read-write)', 'acl = "public-read-write"\n')
    maskSensitive(r, new Set(['public-read-write']))
    expect(r.findings[0]!.message).toBe(`grants ${MASKED}`)
    expect(r.findings[0]!.edit).toBeUndefined()
    expect(r.debug).toEqual([expect.stringContaining('not offered: it would quote a value marked sensitive')])
  })

  it('masks a text of megabytes too', () => {
    const big = 'x'.repeat(2_000_000)
    const r = unitWith(`starts ${big} ends`)
    maskSensitive(r, new Set([big, 'other-text']))
    // Compared, not printed: a failure would print two megabytes.
    expect(r.findings[0]!.message === `starts ${MASKED} ends`).toBe(true)
  })
})

describe('texts made of hidden texts', () => {
  const registered = () => {
    const s = new SensitiveTexts()
    s.add(['zz-first-secret,zz-second-secret'])
    return s
  }

  it('are registered when they are new and quote no hidden argument whole', () => {
    const s = registered()
    expect(s.addDerived([',', 'zz-first-secret,zz-second-secret'], ['zz-first-secret', 'zz-second-secret'])).toBe(true)
    expect([...s.texts].sort()).toEqual(['zz-first-secret', 'zz-first-secret,zz-second-secret', 'zz-second-secret'])
  })

  it('are left alone when nothing hidden went in, when passed through, or when they quote the hidden text whole', () => {
    const s = registered()
    expect(s.addDerived(['zz-plain-name'], ['ZZ-PLAIN-NAME'])).toBe(true)
    // `concat(["zz-plain-visible"], [hidden])`: the visible name keeps its standing.
    expect(s.addDerived(['zz-plain-visible', 'zz-first-secret,zz-second-secret'], ['zz-plain-visible'])).toBe(true)
    // `format("%s-logs", hidden)`: masked where the hidden text stands, the rest readable.
    expect(s.addDerived(['%s-logs', 'zz-first-secret,zz-second-secret'], ['zz-first-secret,zz-second-secret-logs'])).toBe(true)
    expect([...s.texts]).toEqual(['zz-first-secret,zz-second-secret'])
  })

  it('register none past the unit room, so that the caller reads the value as unknown', () => {
    const s = registered()
    const made = Array.from({ length: MAX_SENSITIVE_TEXTS }, (_, i) => `zz-piece-${1000 + i}`)
    expect(s.addDerived(['zz-first-secret,zz-second-secret'], made)).toBe(false)
    expect(s.texts.size).toBe(1)
  })
})
