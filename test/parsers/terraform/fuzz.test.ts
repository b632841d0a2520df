/**
 * Property-based checks with a fixed seed: whatever the text, the HCL parser and the whole
 * Terraform load (parse, evaluate, model) return problems, never throw, and finish quickly.
 * A longer run: FUZZ_RUNS=5000 npx vitest run test/parsers/terraform/fuzz.test.ts
 */
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseHcl } from '../../../src/parsers/terraform/hcl/parse.js'
import { loadFiles, loadPlans } from './helpers.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 200)
const SEED = 20250115

const CORPUS = '/work/shared/corpus'
function sampleFiles(): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (p.endsWith('.tf')) out.push(fs.readFileSync(p, 'utf8'))
    }
  }
  if (fs.existsSync(CORPUS)) walk(CORPUS)
  if (!out.length) out.push('resource "aws_s3_bucket" "b" {\n  bucket = "x"\n  versioning {\n    enabled = true\n  }\n}\n')
  return out
}
const samples = sampleFiles()

/** Bits of HCL that, spliced anywhere, reach the parser's odd corners. */
const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '"',
  '${',
  '%{',
  '~}',
  '<<EOF\n',
  '<<-EOF\n',
  '\nEOF\n',
  '\n',
  '=',
  '=>',
  '...',
  '?',
  ':',
  ',',
  '.',
  '*',
  '#',
  '//',
  '/*',
  '*/',
  'for',
  'in',
  'if',
  'endif',
  'endfor',
  'var.x',
  'local.y',
  'resource "a" "b" {',
  '\\',
  '\u0000',
  '\ufffd',
  '𝔘',
]

const mutated = fc
  .tuple(
    fc.nat(samples.length - 1),
    fc.array(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(3), fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 }))),
      { minLength: 1, maxLength: 6 },
    ),
  )
  .map(([i, edits]) => {
    let s = samples[i]!
    for (const [where, del, ins] of edits) {
      const at = Math.floor(where * s.length)
      s = s.slice(0, at) + ins + s.slice(at + del)
    }
    return s
  })

describe('the Terraform reader on hostile input', () => {
  it('parses any string without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const r = parseHcl(s, { maxDepth: 200 })
        expect(Array.isArray(r.issues)).toBe(true)
      }),
      { numRuns: RUNS * 5, seed: SEED },
    )
  })

  it('parses mutated corpus files without throwing, reporting problems with positions inside the file', () => {
    fc.assert(
      fc.property(mutated, (s) => {
        const r = parseHcl(s, { maxDepth: 200 })
        for (const i of r.issues) expect(i.offset >= 0 && i.offset <= s.length).toBe(true)
      }),
      { numRuns: RUNS * 5, seed: SEED },
    )
  })

  it('loads mutated modules end to end (parse, evaluate, model) without throwing, within bounded time', () => {
    fc.assert(
      fc.property(mutated, mutated, (a, b) => {
        const t = Date.now()
        const r = loadFiles({ 'main.tf': a, 'other.tf': b })
        for (const p of r.load.problems) expect(p.line).toBeGreaterThanOrEqual(1)
        expect(Date.now() - t).toBeLessThan(5_000)
      }),
      { numRuns: RUNS, seed: SEED },
    )
  }, 120_000)
})

describe('the plan reader on hostile input', () => {
  it('reads plan JSON of any shape without throwing', () => {
    const fixture = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../fixtures/terraform/plan/plan-only/plan.json'), 'utf8'),
    ) as Record<string, unknown>
    const keys = ['planned_values', 'resource_changes', 'configuration'] as const
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (key, junk, deep) => {
        const plan = structuredClone(fixture)
        if (deep && typeof plan[key] === 'object' && plan[key] !== null) (plan[key] as Record<string, unknown>).root_module = junk
        else plan[key] = junk
        const dir = loadFiles({}).dir
        fs.writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan))
        const r = loadPlans(dir)
        expect(r.units.length).toBe(1)
      }),
      { numRuns: RUNS, seed: SEED },
    )
  })
})
