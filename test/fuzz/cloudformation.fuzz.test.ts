/**
 * Property-based fuzzing of the CloudFormation path (YAML and JSON): real templates, mutated and
 * truncated; random bytes under IaC extensions; deep nesting. See support.ts for the budget.
 */
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  applyMutations,
  expectReadsInside,
  expectSound,
  findingsIn,
  readSeed,
  JSON_TOKENS,
  makeSandbox,
  mutationArb,
  params,
  readFixtures,
  scanRoot,
  spyOnReads,
  timeoutFor,
  YAML_TOKENS,
  type ReadSpy,
  type Sandbox,
} from './support.js'

const templates = readFixtures('cloudformation', /\.(ya?ml|json|template)$/)
/** The file every run keeps intact next to the broken one: its findings must not change. */
const GOOD_NAME = 'good/insecure-data-lake.yaml'
const GOOD = readSeed('cloudformation', 'insecure-data-lake.yaml')

let sandbox: Sandbox
let spy: ReadSpy
let goodAlone: string[]
beforeAll(async () => {
  sandbox = makeSandbox()
  sandbox.reset({ [GOOD_NAME]: GOOD })
  goodAlone = findingsIn((await scanRoot(sandbox.root)).result, 'good/')
  expect(goodAlone.length).toBeGreaterThan(5)
  spy = spyOnReads()
})
afterAll(() => {
  spy?.restore()
  sandbox?.dispose()
})

/** Scans `broken` files next to the intact good template and checks every invariant. */
async function check(broken: Record<string, Buffer | string>, links: boolean = false): Promise<void> {
  sandbox.reset({ ...broken, [GOOD_NAME]: GOOD })
  if (links) {
    // Symlinks out of the root (a file and a directory) must be skipped, never read.
    fs.mkdirSync(path.join(sandbox.root, 'broken'), { recursive: true })
    fs.symlinkSync(sandbox.sentinel, path.join(sandbox.root, 'broken', 'link.yaml'))
    fs.symlinkSync(path.dirname(sandbox.sentinel), path.join(sandbox.root, 'broken', 'linkdir'))
  }
  spy.clear()
  const { result, ms } = await scanRoot(sandbox.root)
  expectSound(result, ms, sandbox)
  expectReadsInside(spy, sandbox)
  // Isolation: whatever happened to the broken file, the good one keeps exactly its findings.
  expect(findingsIn(result, 'good/')).toEqual(goodAlone)
  // A broken file is reported or scanned, never silently lost: it either counts as read or
  // produced a problem, unless discovery decided it is not infrastructure at all.
  for (const p of result.problems) expect(p.file.startsWith('broken/') || p.file.startsWith('good/')).toBe(true)
}

// Names, not bytes, so a counterexample prints short.
const fixtureArb = fc.constantFrom(...templates.map((t) => t.name))
const bytesOf = (name: string) => templates.find((t) => t.name === name)!.bytes

describe('fuzzing CloudFormation templates', () => {
  it('has a read spy that sees the files a scan reads (so the outside-the-root check means something)', async () => {
    sandbox.reset({ [GOOD_NAME]: GOOD })
    spy.clear()
    await scanRoot(sandbox.root)
    expect(spy.paths).toContain(path.join(sandbox.root, GOOD_NAME))
    expect(spy.paths).toContain(path.join(sandbox.root, 'good'))
  })

  it(
    'never crashes, hangs or loses a position on mutated YAML and JSON templates',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fixtureArb,
          fc.array(fc.oneof(mutationArb(YAML_TOKENS), mutationArb(JSON_TOKENS)), { minLength: 1, maxLength: 8 }),
          fc.boolean(),
          async (fixture, mutations, links) => {
            await check({ [`broken/${fixture}`]: applyMutations(bytesOf(fixture), mutations, sandbox.sentinel) }, links)
          },
        ),
        params(150),
      )
    },
    timeoutFor(150, 60),
  )

  it(
    'reports a template truncated at any byte with file and line, and keeps the other files',
    async () => {
      await fc.assert(
        fc.asyncProperty(fixtureArb, fc.nat({ max: 1_000_000 }), async (fixture, at) => {
          const bytes = bytesOf(fixture)
          await check({ [`broken/${fixture}`]: bytes.subarray(0, Math.floor((at / 1_000_000) * bytes.length)) })
        }),
        params(80),
      )
    },
    timeoutFor(80, 60),
  )

  it(
    'survives random bytes under every IaC extension, with and without a template-like start',
    async () => {
      const ext = fc.constantFrom('.yaml', '.yml', '.json', '.template', '.tf', '.tfvars', '.tf.json', '.tfvars.json')
      const prefix = fc.constantFrom(
        '',
        'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n',
        '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{',
        'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      ',
        'resource "aws_s3_bucket" "b" {\n',
        '{"version":"36.0.0","artifacts":{',
        '{"format_version":"1.2","planned_values":',
      )
      await fc.assert(
        fc.asyncProperty(ext, prefix, fc.uint8Array({ maxLength: 3000 }), async (e, start, bytes) => {
          await check({ [`broken/random${e}`]: Buffer.concat([Buffer.from(start), Buffer.from(bytes)]) })
        }),
        params(120),
      )
    },
    timeoutFor(120, 60),
  )

  it(
    'reports nesting of any depth as an error or scans it, without overflowing the stack',
    async () => {
      const opener = fc.constantFrom('[', '{"a":', '- ', '{a: ', '!Sub [', '!If [C, ', '{"Fn::Join":["",[')
      await fc.assert(
        fc.asyncProperty(
          opener,
          fc.integer({ min: 1, max: 20_000 }),
          fc.boolean(),
          fc.constantFrom('.yaml', '.json'),
          async (open, depth, closed, ext) => {
            const inner = open.repeat(depth)
            const close = closed ? inner.replace(/[^[{]/g, '').replace(/\[/g, ']').replace(/\{/g, '}').split('').reverse().join('') : ''
            const body =
              ext === '.json'
                ? `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"Tags":${inner}1${close}}}}}`
                : `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: ${inner}1${close}\n`
            await check({ [`broken/deep${ext}`]: body })
          },
        ),
        params(40),
      )
    },
    timeoutFor(40, 150),
  )

  it(
    'keeps every file of a scan of many broken templates inside bounds at once',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fixtureArb, fc.array(mutationArb(YAML_TOKENS), { minLength: 1, maxLength: 4 })), {
            minLength: 2,
            maxLength: 8,
          }),
          async (list) => {
            const files = Object.fromEntries(
              list.map(([f, m], i) => [`broken/${i}/${f}`, applyMutations(bytesOf(f), m, sandbox.sentinel)] as const),
            )
            await check(files)
          },
        ),
        params(30),
      )
    },
    timeoutFor(30, 200),
  )
})
