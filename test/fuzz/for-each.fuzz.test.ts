/**
 * Property-based fuzzing of `Fn::ForEach` expansion: loops of any shape (wrong arity, functions
 * as templates, nested loops, identifiers in keys, `Ref`s and strings) never throw, never lose a
 * position, and never stop the other resources of the template from being scanned.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/limits.js'
import { loadTemplateText } from '../../src/parsers/cloudformation/index.js'
import { expectSound, makeSandbox, params, runs, scanRoot, SEED, timeoutFor } from './support.js'

const KEYS = [
  'Fn::ForEach::L',
  'Fn::ForEach::M',
  'Ref',
  'Fn::Sub',
  'Fn::If',
  'B${X}',
  'C&{X}${Y}',
  'X',
  'Type',
  'Properties',
  'AccessControl',
]
const STRINGS = ['X', 'Y', '${X}', '&{X}', 'AWS::S3::Bucket', 'PublicRead', 'P', 'a', 'b-c', '', 'AWS::NoValue']

const { node } = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 5, depthIdentifier: 'n' },
    fc.constantFrom(...STRINGS),
    fc.integer({ min: -2, max: 3 }),
    fc.constant(null),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 3 }),
  ),
}))

const resourceArb = fc.oneof(
  fc.constant({ Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicRead', BucketName: { Ref: 'X' } } }),
  fc.constant({ Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: 'B${X}' }, PolicyDocument: {} } }),
  node,
)
const collectionArb = fc.oneof(fc.array(fc.constantFrom(...STRINGS), { maxLength: 5 }), fc.constant({ Ref: 'P' }), node)

/** Mostly well-shaped loops, some not: [identifier, collection, template], templates nesting loops. */
const { loop } = fc.letrec<{ loop: unknown; template: unknown }>((tie) => ({
  loop: fc.oneof({ maxDepth: 3, depthIdentifier: 'l' }, fc.tuple(fc.constantFrom('X', 'Y', 3, null), collectionArb, tie('template')), node),
  template: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'l' },
    fc.dictionary(fc.constantFrom('B${X}', 'C&{X}${Y}', 'D', 'Fn::ForEach::M', 'Fn::ForEach::N'), fc.oneof(resourceArb, tie('loop')), {
      maxKeys: 3,
    }),
    fc.constantFrom({ Ref: 'X' }, { 'Fn::Sub': '${X}' }, { 'Fn::If': ['C', {}, {}] }),
    node,
  ),
}))
const loopArb = loop

describe('fuzzing Fn::ForEach loops', () => {
  it(
    'never throws, keeps positions, and still scans the plain bucket beside the loops',
    () => {
      fc.assert(
        fc.property(loopArb, loopArb, fc.boolean(), (a, b, yaml) => {
          const template = {
            Transform: 'AWS::LanguageExtensions',
            Parameters: { P: { Type: 'CommaDelimitedList', Default: 'p,q' } },
            Resources: { 'Fn::ForEach::A': a, Plain: { Type: 'AWS::S3::Bucket' }, 'Fn::ForEach::B': b },
          }
          const json = JSON.stringify(template, null, 2)
          // JSON is YAML too; the YAML reader takes flow style, so both readers are exercised.
          const text = yaml ? `# yaml\n${json}` : json
          const r = loadTemplateText(text, 't.yaml', { ...DEFAULT_LIMITS, maxInstances: 50, maxAliasExpansion: 20_000 })
          expect(r.problems.filter((p) => p.code === 'INTERNAL_ERROR')).toEqual([])
          for (const p of r.problems) expect(p.line >= 1 && p.column >= 1).toBe(true)
          expect(r.models[0]!.buckets.some((bk) => bk.id === 'Plain')).toBe(true)
          for (const bk of r.models[0]!.buckets) expect(bk.origin.at.line).toBeGreaterThanOrEqual(1)
        }),
        params(300),
      )
    },
    timeoutFor(300, 20),
  )
})

describe('fuzzing the fixes of Fn::ForEach copies', () => {
  it(
    'scans, and renders fixes for, a batch of loops of any shape without an internal error',
    async () => {
      const sandbox = makeSandbox()
      try {
        const samples = fc.sample(fc.tuple(loopArb, loopArb), { seed: SEED, numRuns: runs(150) })
        // Batches of 50 files, each scan within the time bound of a scan of small files.
        for (let start = 0; start < samples.length; start += 50) {
          const files: Record<string, string> = {}
          samples.slice(start, start + 50).forEach(([a, b], i) => {
            const template = {
              Transform: 'AWS::LanguageExtensions',
              Resources: { 'Fn::ForEach::A': a, Plain: { Type: 'AWS::S3::Bucket' }, 'Fn::ForEach::B': b },
            }
            files[`t${i}.json`] = JSON.stringify(template, null, 2)
          })
          sandbox.reset(files)
          const { result, ms } = await scanRoot(sandbox.root)
          expectSound(result, ms, sandbox)
          expect(result.findings.some((f) => f.resource === 'Plain')).toBe(true)
        }
      } finally {
        sandbox.dispose()
      }
    },
    timeoutFor(150, 40),
  )
})
