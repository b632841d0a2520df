/**
 * Instance keys in addresses: a key is any string, and every finding repeats its resource's
 * address, so a long key is shown by its start, length and a hash, never cut inside an emoji.
 */
import { describe, expect, it } from 'vitest'
import { keySuffix } from '../../../src/parsers/terraform/module-instance.js'

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

describe('instance keys in addresses', () => {
  it('writes short keys as Terraform does', () => {
    expect(keySuffix({ k: 'str', v: 'eu' })).toBe('["eu"]')
    expect(keySuffix({ k: 'int', v: 3 })).toBe('[3]')
    expect(keySuffix({ k: 'unknown' })).toBe('[*]')
  })

  it('shows a long key by its start, length and hash: distinct keys stay distinct, emoji whole', () => {
    const a = keySuffix({ k: 'str', v: `a${'😀'.repeat(200)}` })
    const b = keySuffix({ k: 'str', v: `a${'😀'.repeat(199)}x` })
    expect(a.length).toBeLessThan(150)
    expect(a).toMatch(/…\(401 characters, sha256 [0-9a-f]{16}\)"\]$/)
    // JSON.stringify writes half a pair as an escape (`\ud83d`): neither may appear.
    expect(a).not.toMatch(LONE_SURROGATE)
    expect(a).not.toMatch(/\\u[dD][89a-fA-F]/)
    expect(a).not.toBe(b)
  })
})
