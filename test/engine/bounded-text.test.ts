import { describe, expect, it } from 'vitest'
import { boundData, boundText, MAX_QUOTED_CHARS } from '../../src/engine/bounded-text.js'

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

describe('bounded quoted text', () => {
  it('keeps short text as it is and cuts long text to its start and end', () => {
    expect(boundText('abc', 10)).toBe('abc')
    const cut = boundText(`start${'x'.repeat(100)}end`, 21)
    expect(cut.length).toBe(21)
    expect(cut.startsWith('start')).toBe(true)
    expect(cut.endsWith('end')).toBe(true)
    expect(cut).toContain('…')
  })

  it('never cuts an emoji in half, whatever the bound', () => {
    for (let max = 2; max < 40; max++) {
      for (const text of ['😀'.repeat(50), `a${'😀'.repeat(50)}`, `${'😀'.repeat(50)}b`]) {
        const cut = boundText(text, max)
        expect(cut, `${max}`).not.toMatch(LONE_SURROGATE)
        expect(cut.length).toBeLessThanOrEqual(max)
      }
    }
  })

  it('bounds only the string values of a message that are too long', () => {
    const data = { name: 'b', count: 3, value: 'v'.repeat(MAX_QUOTED_CHARS + 1) }
    const out = boundData(data)!
    expect(out.name).toBe('b')
    expect(out.count).toBe(3)
    expect(String(out.value).length).toBe(MAX_QUOTED_CHARS)
    expect(boundData({ a: 'x' })).toEqual({ a: 'x' })
  })
})
