import { describe, expect, it } from 'vitest'
import { parseJson } from '../../../src/parsers/shared/json-tree.js'
import { get, toPlain } from '../../../src/parsers/shared/source-tree.js'

describe('parseJson', () => {
  it('parses to the same values as JSON.parse', () => {
    const text = JSON.stringify({ a: [1, 2.5, -3e2, true, false, null], b: { 'c\\"d': 'é\u2028\n' }, e: '' })
    const { root, issues } = parseJson(text, { maxDepth: 100 })
    expect(issues).toEqual([])
    expect(toPlain(root!)).toEqual(JSON.parse(text))
  })

  it('keeps offsets of values', () => {
    const text = '{\n  "Resources": {\n    "B": { "Type": "AWS::S3::Bucket" }\n  }\n}'
    const { root } = parseJson(text, { maxDepth: 100 })
    const t = get(get(get(root!, 'Resources'), 'B'), 'Type')!
    expect(text.slice(t.start, t.end)).toBe('"AWS::S3::Bucket"')
  })

  it('reports a syntax error at the offending offset', () => {
    const text = '{ "a": 1, }'
    const { root, issues } = parseJson(text, { maxDepth: 100 })
    expect(root).toBeNull()
    expect(issues[0]).toMatchObject({ code: 'JSON_SYNTAX', offset: text.indexOf('}') })
  })

  it('reports duplicate keys and keeps the last value', () => {
    const { root, issues } = parseJson('{"a":1,"a":2}', { maxDepth: 100 })
    expect(issues.map((i) => i.code)).toEqual(['DUPLICATE_KEY'])
    expect(toPlain(root!)).toEqual({ a: 2 })
  })

  it('rejects nesting deeper than the limit without overflowing the stack', () => {
    const { issues } = parseJson('['.repeat(100_000) + ']'.repeat(100_000), { maxDepth: 200 })
    expect(issues[0]?.code).toBe('JSON_SYNTAX')
  })

  it('accepts a byte-order mark', () => {
    expect(parseJson('\ufeff{"a":1}', { maxDepth: 10 }).issues).toEqual([])
  })
})
