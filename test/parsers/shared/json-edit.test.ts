import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addMembers,
  appendItem,
  detectStyle,
  removeMember,
  replaceValue,
  type JsonData,
  type Splice,
} from '../../../src/parsers/shared/json-edit.js'
import { parseJson } from '../../../src/parsers/shared/json-tree.js'
import type { SMap, SNode, SSeq } from '../../../src/parsers/shared/source-tree.js'
import { params } from '../../fuzz/support.js'

const apply = (text: string, s: Splice) => text.slice(0, s.start) + s.text + text.slice(s.end)
const tree = (text: string) => parseJson(text, { maxDepth: 100 }).root!

/** Every object and array of a tree with the path to it. */
function collections(n: SNode, path: (string | number)[] = [], out: { node: SMap | SSeq; path: (string | number)[] }[] = []) {
  if (n.kind === 'map') {
    out.push({ node: n, path })
    for (const e of n.entries) collections(e.value, [...path, e.key], out)
  } else if (n.kind === 'seq') {
    out.push({ node: n, path })
    n.items.forEach((item, i) => collections(item, [...path, i], out))
  }
  return out
}

function at(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value)
}

/** JSON text the way people write it: pretty-printed with some indentation, minified, or objects on one line. */
const layouts: ((v: unknown) => string)[] = [
  (v) => JSON.stringify(v, null, 2),
  (v) => JSON.stringify(v, null, 4),
  (v) => JSON.stringify(v, null, '\t'),
  (v) => JSON.stringify(v),
  (v) => JSON.stringify(v, null, 2).replace(/\{\n\s*("[^"\n]*": "[^"\n]*")\n\s*\}/g, '{ $1 }'),
  (v) =>
    JSON.stringify(v, null, 2)
      .replace(/\[\n\s*\{/g, '[{')
      .replace(/\}\n\s*\]/g, '}]')
      .replace(/\},\n\s*\{/g, '}, {'),
  // Empty collections opened on one line and closed on the next (no string below holds a bracket).
  (v) => JSON.stringify(v, null, 2).replace(/\{\}/g, '{\n  }').replace(/\[\]/g, '[\n]'),
]

const key = fc.stringMatching(/^[a-z_]{1,8}$/)
const scalar = fc.oneof(fc.boolean(), fc.integer(), fc.stringMatching(/^[a-z "\\:,]{0,6}$/), fc.constant(null))
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, tie('object'), tie('array')),
  object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  array: fc.array(tie('value'), { maxLength: 3 }),
})).object as fc.Arbitrary<Record<string, JsonData>>

describe('JSON edits', () => {
  it('keep the text valid JSON and change exactly the value they are asked to, in any layout', () => {
    fc.assert(
      fc.property(json, fc.nat(layouts.length - 1), scalar, (doc, layout, value) => {
        const text = layouts[layout]!(doc)
        const root = tree(text)
        const style = detectStyle(text, root)
        for (const { node, path } of collections(root)) {
          const expected = structuredClone(doc) as unknown
          const target = at(expected, path)
          const added: JsonData = { Sid: 'New', Nested: { a: [1, 2], b: value } }
          if (node.kind === 'map') {
            const s = addMembers(
              text,
              node,
              [
                ['new_key', added],
                ['other', value],
              ],
              style,
            )!
            Object.assign(target as object, { new_key: added, other: value })
            expect(JSON.parse(apply(text, s))).toEqual(expected)
            for (const e of node.entries) {
              const removed = structuredClone(doc) as unknown
              delete (at(removed, path) as Record<string, unknown>)[e.key]
              expect(JSON.parse(apply(text, removeMember(text, node, e.key)!))).toEqual(removed)
            }
          } else {
            ;(target as unknown[]).push(added)
            expect(JSON.parse(apply(text, appendItem(text, node, added, style)!))).toEqual(expected)
          }
        }
      }),
      params(200),
    )
  })

  it('lay new entries out like their siblings', () => {
    const text = '{\n    "a": {\n        "b": 1\n    },\n    "c": [{\n        "d": 1\n    }]\n}'
    const root = tree(text) as SMap
    const style = detectStyle(text, root)
    expect(style).toMatchObject({ step: '    ', colon: ': ' })
    expect(apply(text, addMembers(text, root.entries[0]!.value as SMap, [['e', { f: true }]], style)!)).toContain(
      '        "b": 1,\n        "e": {\n            "f": true\n        }\n    },',
    )
    expect(apply(text, appendItem(text, root.entries[1]!.value as SSeq, { g: ['x', 'y'] }, style)!)).toContain(
      '"c": [{\n        "d": 1\n    }, {\n        "g": ["x", "y"]\n    }]',
    )
    const compact = '{"a":{"b":1},"c":[1,2]}'
    const c = tree(compact) as SMap
    expect(apply(compact, addMembers(compact, c, [['d', { e: 'f' }]], detectStyle(compact, c))!)).toBe(
      '{"a":{"b":1},"c":[1,2],"d":{"e":"f"}}',
    )
  })

  it('keep a minified text minified, also where it never shows a one-line list', () => {
    const text = '{"a":{"b":{"c":false}}}'
    const root = tree(text) as SMap
    const style = detectStyle(text, root)
    expect(style).toMatchObject({ colon: ':', comma: ',' })
    const a = root.entries[0]!.value as SMap
    expect(apply(text, replaceValue(text, a.entries[0]!, { c: true, d: [1, 2] }, style))).toBe('{"a":{"b":{"c":true,"d":[1,2]}}}')
    expect(apply(text, addMembers(text, a, [['e', 1]], style)!)).toBe('{"a":{"b":{"c":false},"e":1}}')
  })

  it('insert a member right after the one it is asked to follow', () => {
    const text = '{\n  "a": 1,\n  "b": 2\n}'
    const root = tree(text) as SMap
    expect(apply(text, addMembers(text, root, [['new', 0]], detectStyle(text, root), root.entries[0])!)).toBe(
      '{\n  "a": 1,\n  "new": 0,\n  "b": 2\n}',
    )
  })
})
