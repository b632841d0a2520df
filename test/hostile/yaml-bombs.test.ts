/**
 * YAML built to exhaust the parser: alias bombs (nested, through merge keys, in keys, across
 * documents), huge flat maps (duplicate-key checks must stay linear), many documents. Each is an
 * error or a normal scan within bounded time, and the other files are scanned.
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../helpers/scan-files.js'
import { expectPositions } from './support.js'

const GOOD =
  'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n'
const HEAD = 'AWSTemplateFormatVersion: "2010-09-09"\n'
const BUCKET = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n'

/** `levels` of anchors, each a list of `fan` aliases of the one before: fan^levels nodes. */
function laughs(levels: number, fan: number): string {
  const lines = [`a0: &a0 [${Array(fan).fill('lol').join(', ')}]`]
  for (let i = 1; i < levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(fan)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    )
  return lines.join('\n') + '\n'
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now()
  const value = await fn()
  return { value, ms: performance.now() - t0 }
}

describe('YAML alias bombs', () => {
  it.each([
    ['nested lists (billion laughs)', `${HEAD}${laughs(12, 9)}${BUCKET}`],
    [
      'merge keys',
      `${HEAD}${laughs(8, 9)}m: &m {${Array.from({ length: 9 }, (_, i) => `k${i}: *a7`).join(', ')}}\nn:\n  <<: [*m, *m, *m]\n  x: [*m, *m, *m, *m, *m, *m, *m, *m]\n${BUCKET}`,
    ],
    [
      'the bomb inside a bucket property',
      `${HEAD}${BUCKET}    Properties:\n      Tags: ${laughs(12, 9)
        .split('\n')
        .slice(-2)[0]!
        .replace(/^a11: &a11 /, '')}\n`.replace('Tags: [', `Tags: &t [`),
    ],
    ['anchors across documents', `${HEAD}${laughs(6, 9)}---\n${laughs(12, 9)}${BUCKET}`],
  ])('refuses %s with ALIAS_EXPANSION at its file and line, quickly', async (_what, text) => {
    const { value: r, ms } = await timed(() => scanFiles({ 'bomb.yaml': text, 'good.yaml': GOOD }))
    expect(ms).toBeLessThan(10_000)
    expectPositions(r)
    const codes = r.problems.filter((p) => p.file === 'bomb.yaml' && p.level === 'error').map((p) => p.code)
    // A bomb whose aliases are not defined in this document is a syntax error instead.
    expect(codes.length).toBeGreaterThan(0)
    expect(codes.every((c) => c === 'ALIAS_EXPANSION' || c === 'YAML_SYNTAX')).toBe(true)
    expect(hits(r, 'acl-public-write')).toEqual(['acl-public-write@6'])
  })

  it('accepts heavy but legitimate alias use below the limit, and refuses it once the limit is lowered', async () => {
    const text = `${HEAD}${laughs(4, 9)}${BUCKET}    Properties:\n      Tags: []\n`
    const ok = await scanFiles({ 'anchors.yaml': text })
    expect(ok.problems.filter((p) => p.level === 'error')).toEqual([])
    const low = await scanFiles({ 'anchors.yaml': text }, { limits: { maxAliasExpansion: 100 } as never })
    expect(low.problems.filter((p) => p.level === 'error').map((p) => p.code)).toEqual(['ALIAS_EXPANSION'])
  })

  it('refuses an alias bomb in .s3-gate.yml with a configuration error naming the line', async () => {
    const { loadConfig } = await import('../../src/config/load.js')
    const { writeTree } = await import('../helpers/scan-files.js')
    const dir = writeTree({ '.s3-gate.yml': `${laughs(10, 9)}profile: default\n` })
    expect(() => loadConfig(undefined, dir, new Set())).toThrow(/\.s3-gate\.yml:\d+:\d+: .*alias/)
  })
})

describe('YAML that is merely huge', () => {
  it('checks duplicate keys in a 200,000-key map in linear time', async () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `    k${i}: v`).join('\n')
    const text = `${HEAD}Mappings:\n  Big:\n${keys}\n    k17: again\n${BUCKET}`
    const { value: r, ms } = await timed(() => scanFiles({ 'flat.yaml': text, 'good.yaml': GOOD }))
    expect(ms).toBeLessThan(15_000)
    expect(r.problems.filter((p) => p.file === 'flat.yaml').map((p) => [p.code, p.line])).toEqual([['DUPLICATE_KEY', 200_004]])
  }, 30_000)

  it('reads 20,000 documents in one file', async () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `${HEAD}Description: doc ${i}\n`).join('---\n')
    const { value: r, ms } = await timed(() => scanFiles({ 'docs.yaml': text, 'good.yaml': GOOD }))
    expect(ms).toBeLessThan(15_000)
    expectPositions(r)
    expect(hits(r, 'acl-public-write')).toEqual(['acl-public-write@6'])
  }, 30_000)

  it('reports nesting deeper than the limit instead of overflowing the stack, in block and flow style', async () => {
    const block = `${HEAD}${BUCKET}    Properties:\n${Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i + 3)}k${i}:`).join('\n')}\n`
    const flow = `${HEAD}${BUCKET}    Properties:\n      Tags: ${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`
    const r = await scanFiles({ 'block.yaml': block, 'flow.yaml': flow, 'good.yaml': GOOD })
    expectPositions(r)
    expect(r.problems.filter((p) => p.level === 'error').map((p) => [p.file, p.code])).toEqual([
      ['block.yaml', 'YAML_SYNTAX'],
      ['flow.yaml', 'YAML_SYNTAX'],
    ])
    expect(hits(r, 'acl-public-write')).toEqual(['acl-public-write@6'])
  })
})
