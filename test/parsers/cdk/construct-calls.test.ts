import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findConstructCalls } from '../../../src/parsers/cdk/construct-calls.js'

/** The single pattern the scanner replaced (quadratic on long identifiers): the oracle for what it finds. */
const OLD = new RegExp(
  String.raw`(?:\bnew\s+)?([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*\(\s*[A-Za-z_$][\w$.]*\s*,\s*(?:id\s*=\s*)?(['"\x60])([^'"\x60\\\n]*)\2`,
  'g',
)
const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'return', 'function', 'catch', 'typeof', 'await', 'print', 'super'])
function old(text: string) {
  const out: { offset: number; callee: string; id: string }[] = []
  OLD.lastIndex = 0
  for (let m = OLD.exec(text); m; m = OLD.exec(text)) {
    const callee = m[1]!.replace(/\s+/g, '')
    const id = m[3]!
    if (KEYWORDS.has(callee) || id === '' || id.includes('${')) continue
    out.push({ offset: m.index, callee, id })
  }
  return out
}

describe('construct calls in CDK app sources', () => {
  it('finds what the single pattern found, on random text', () => {
    const tok = fc.constantFrom(
      'new',
      ' ',
      '\n',
      '.',
      'a',
      'B',
      '9',
      '$',
      '_',
      '(',
      ')',
      'this',
      ',',
      "'",
      '"',
      'x',
      'id',
      '=',
      's3',
      'Bucket',
      'renew',
      '\t',
    )
    fc.assert(
      fc.property(fc.array(tok, { maxLength: 25 }), (parts) => {
        const t = parts.join('')
        expect(findConstructCalls(t)).toEqual(old(t))
      }),
      { seed: 3, numRuns: 20_000 },
    )
  })
  it('finds what the single pattern found, on call-shaped text', () => {
    const tok = fc.constantFrom('new', ' ', '\n', '.', 'a', 'B', '9', '$', '_', 'x', 'renew', ' . ', 's3', 'Bucket', '(', ';', '1a', 'new ')
    const call = fc
      .tuple(
        fc.array(tok, { maxLength: 12 }),
        fc.constantFrom('this', 'self', 'a.b'),
        fc.constantFrom("'", '"', '`'),
        fc.constantFrom('Id', 'x y', ''),
        fc.constantFrom('', 'id='),
      )
      .map(([pre, scope, q, id, kw]) => `${pre.join('')}(${scope}, ${kw}${q}${id}${q}`)
    let hits = 0
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 3 }), (calls) => {
        const t = calls.join('')
        const r = old(t)
        hits += r.length
        expect(findConstructCalls(t)).toEqual(r)
      }),
      { seed: 5, numRuns: 20_000 },
    )
    expect(hits).toBeGreaterThan(2000)
  })

  it('reads a source made of one huge identifier or dotted chain (within the test timeout)', () => {
    expect(findConstructCalls(`${'a'.repeat(1_000_000)}(this, 'x'`)).toEqual([{ offset: 0, callee: 'a'.repeat(1_000_000), id: 'x' }])
    expect(findConstructCalls('a.'.repeat(500_000))).toEqual([])
    expect(findConstructCalls('a'.repeat(1_000_000))).toEqual([])
  })
})
