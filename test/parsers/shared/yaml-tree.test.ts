import { describe, expect, it } from 'vitest'
import { parseYaml } from '../../../src/parsers/shared/yaml-tree.js'
import { get } from '../../../src/parsers/shared/source-tree.js'

const opts = { maxDepth: 100, maxAliasExpansion: 10_000 }

describe('parseYaml', () => {
  it('keeps the source offsets of keys and values', () => {
    const text = 'a: 1\nb:\n  c: "x"\n'
    const { documents, issues } = parseYaml(text, opts)
    expect(issues).toEqual([])
    const root = documents[0]!
    expect(root.kind).toBe('map')
    const c = get(get(root, 'b'), 'c')!
    // Quoted scalars span their content; the quotes sit just outside.
    expect(text.slice(c.start - 1, c.end + 1)).toBe('"x"')
  })

  it('starts a quoted key at its quote', () => {
    const text = '"a": 1\nb:\n  \'c\': 2\n'
    const root = parseYaml(text, opts).documents[0]!
    const keys = (n: typeof root): [string, number][] =>
      n.kind === 'map' ? n.entries.flatMap((e): [string, number][] => [[e.key, e.keyStart], ...keys(e.value)]) : []
    expect(keys(root)).toEqual([
      ['a', 0],
      ['b', 7],
      ['c', 12],
    ])
  })

  it('resolves plain scalars with the YAML 1.2 core schema but keeps leading zeros as strings', () => {
    const { documents } = parseYaml('a: true\nb: 12\nc: 012345678901\nd: null\ne: "true"\n', opts)
    const root = documents[0]!
    expect(get(root, 'a')).toMatchObject({ value: true })
    expect(get(root, 'b')).toMatchObject({ value: 12 })
    expect(get(root, 'c')).toMatchObject({ value: '012345678901' })
    expect(get(root, 'd')).toMatchObject({ value: null })
    expect(get(root, 'e')).toMatchObject({ value: 'true', quoted: true })
  })

  it('reports a duplicate key with its offset', () => {
    const text = 'a: 1\nb: 2\na: 3\n'
    const { issues } = parseYaml(text, opts)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ code: 'DUPLICATE_KEY', offset: text.lastIndexOf('a:') })
  })

  it('detects duplicate keys in a large mapping in linear time', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `k${i}: ${i}`)
    const t0 = performance.now()
    const { issues } = parseYaml(lines.join('\n') + '\nk5: dup\n', opts)
    expect(issues.map((i) => i.code)).toEqual(['DUPLICATE_KEY'])
    expect(performance.now() - t0).toBeLessThan(15_000)
  })

  it('shares aliased nodes and refuses an alias bomb', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill('*' + String.fromCharCode(96 + i))
          .join(', ')}]`,
      )
    const { documents, issues } = parseYaml(bomb.join('\n') + '\n', opts)
    expect(documents).toEqual([])
    expect(issues[0]).toMatchObject({ code: 'ALIAS_EXPANSION', level: 'error' })
  })

  it('reports syntax errors at the offset js-yaml gives, whatever the line endings', () => {
    // Lines are then counted at line feeds, as GitHub does; js-yaml also counts a lone CR.
    for (const eol of ['\n', '\r\n', '\r']) {
      const { issues } = parseYaml(`a: b${eol}  c: d${eol}`, opts)
      expect(issues[0], JSON.stringify(eol)).toEqual({
        code: 'YAML_SYNTAX',
        offset: 7 + eol.length,
        message: expect.any(String),
        level: 'error',
      })
    }
  })

  it('rejects nesting deeper than the limit', () => {
    const { issues } = parseYaml('a: ' + '['.repeat(150) + ']'.repeat(150) + '\n', opts)
    expect(issues[0]?.code).toBe('YAML_SYNTAX')
    expect(issues[0]?.message).toMatch(/maxDepth/)
  })

  it('returns one root per document', () => {
    const { documents } = parseYaml('a: 1\n---\nb: 2\n', opts)
    expect(documents).toHaveLength(2)
  })

  it('applies merge keys', () => {
    const { documents } = parseYaml('base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n', opts)
    const d = get(documents[0]!, 'derived')!
    expect(get(d, 'x')).toMatchObject({ value: 1 })
    expect(get(d, 'y')).toMatchObject({ value: 3 })
  })

  it('lets keys of the map override merged ones without a duplicate-key error, wherever the merge key stands', () => {
    const text = 'base: &b {x: 1, y: 2}\nafter:\n  <<: *b\n  y: 3\nbefore:\n  y: 3\n  <<: [*b, {z: 4, x: 5}]\n'
    const { documents, issues } = parseYaml(text, opts)
    expect(issues).toEqual([])
    for (const name of ['after', 'before']) {
      const d = get(documents[0]!, name)!
      expect([get(d, 'x'), get(d, 'y')]).toMatchObject([{ value: 1 }, { value: 3 }])
    }
    expect(get(get(documents[0]!, 'before')!, 'z')).toMatchObject({ value: 4 })
    // A key written twice in the map itself is still a duplicate, merged or not.
    const twice = parseYaml('base: &b {y: 2}\nd:\n  <<: *b\n  y: 3\n  y: 4\n', opts)
    expect(twice.issues.map((i) => [i.code, i.offset])).toEqual([['DUPLICATE_KEY', 'base: &b {y: 2}\nd:\n  <<: *b\n  y: 3\n  '.length]])
  })

  it('merges and overrides a large mapping in linear time', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `  k${i}: ${i}`).join('\n')
    const text = `base: &b\n${keys}\nderived:\n  <<: [*b, *b]\n${keys}\n`
    const t0 = performance.now()
    const { documents, issues } = parseYaml(text, { ...opts, maxAliasExpansion: 1_000_000 })
    expect(performance.now() - t0).toBeLessThan(15_000)
    expect(issues).toEqual([])
    expect(get(documents[0]!, 'derived')).toMatchObject({ kind: 'map', entries: { length: 100_000 } })
  })
  it('reads a flow collection closed under its key, as JSON written as YAML does, keeping offsets', () => {
    // `]` and `}` sit at the indentation of their key, one step short of what YAML asks; the
    // parsers CloudFormation and the Serverless Framework use read them all the same.
    const text =
      'R:\n  Fn::Join: [\n    "", [\n      "arn:aws:s3:::",\n      { "Ref": "Site" },\n      "/*"\n    ]\n  # closes the join\n  ]\nP: {\n  "Service": "x"\n}\nQ: 1\n'
    const { documents, issues } = parseYaml(text, opts)
    expect(issues).toEqual([])
    const join = get(get(documents[0]!, 'R')!, 'Fn::Join')!
    expect(join).toMatchObject({ kind: 'seq', items: { length: 2 } })
    expect(text[join.start]).toBe('[')
    const parts = join.kind === 'seq' ? join.items[1]! : join
    const last = parts.kind === 'seq' ? parts.items[2]! : parts
    expect(text.slice(last.start, last.end)).toBe('/*')
    const service = get(get(documents[0]!, 'P')!, 'Service')!
    expect(text.slice(service.start, service.end)).toBe('x')
    expect(get(documents[0]!, 'Q')).toMatchObject({ value: 1 })
  })

  it('still rejects deficient indentation that is not a closer, or after a line that may end in a comment', () => {
    expect(parseYaml('a: [\n1, 2 ]\n', opts).issues[0]?.code).toBe('YAML_SYNTAX')
    expect(parseYaml('a: [\n  1, 2 # two\n]\n', opts).issues[0]?.code).toBe('YAML_SYNTAX')
  })
  it('bounds the reparses a file full of closers under their keys can ask for', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `k${i}: [\n  ${i}\n]`).join('\n') + '\n'
    const t0 = performance.now()
    const { issues } = parseYaml(text, opts)
    expect(performance.now() - t0).toBeLessThan(10_000)
    expect(issues[0]?.code).toBe('YAML_SYNTAX')
  })
})
