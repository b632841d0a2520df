/**
 * Property-based fuzzing of the CDK path: a real cloud assembly (the example app's `cdk.out`,
 * with its sources so traces map) whose manifest, tree, metadata and templates are mutated byte
 * by byte and structurally (paths out of the assembly, foreign traces, hostile values).
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  applyJsonEdits,
  applyMutations,
  expectReadsInside,
  expectSound,
  findingsIn,
  cdkAppFiles,
  readSeed,
  jsonEditArb,
  JSON_TOKENS,
  makeSandbox,
  mutationArb,
  params,
  scanRoot,
  spyOnReads,
  timeoutFor,
  type ReadSpy,
  type Sandbox,
} from './support.js'

const appFiles = cdkAppFiles()
const assemblyFiles = Object.keys(appFiles).filter((f) => f.startsWith('app/cdk.out/') && f.endsWith('.json'))
const GOOD_NAME = 'good/insecure-data-lake.yaml'
const GOOD = readSeed('cloudformation', 'insecure-data-lake.yaml')

let sandbox: Sandbox
let spy: ReadSpy
let goodAlone: string[]
let intactCdk: number
beforeAll(async () => {
  sandbox = makeSandbox()
  sandbox.reset({ [GOOD_NAME]: GOOD })
  goodAlone = findingsIn((await scanRoot(sandbox.root)).result, 'good/')
  sandbox.reset(appFiles)
  const intact = (await scanRoot(sandbox.root)).result
  intactCdk = intact.findings.filter((f) => f.format === 'cdk').length
  // The fixture really is read as CDK, with findings mapped to the app's TypeScript.
  expect(intactCdk).toBeGreaterThan(10)
  expect(intact.findings.some((f) => f.format === 'cdk' && f.location.file.endsWith('.ts'))).toBe(true)
  spy = spyOnReads()
})
afterAll(() => {
  spy?.restore()
  sandbox?.dispose()
})

async function check(files: Record<string, Buffer | string>): Promise<void> {
  sandbox.reset({ ...files, [GOOD_NAME]: GOOD })
  spy.clear()
  const { result, ms } = await scanRoot(sandbox.root)
  expectSound(result, ms, sandbox)
  expectReadsInside(spy, sandbox)
  expect(findingsIn(result, 'good/')).toEqual(goodAlone)
}

const fileArb = fc.constantFrom(...assemblyFiles)

describe('fuzzing CDK cloud assemblies', () => {
  it(
    'never crashes, hangs or reads outside the root on byte-mutated assembly files',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fileArb, fc.array(mutationArb(JSON_TOKENS), { minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 3 }),
          async (edits) => {
            const files = { ...appFiles }
            for (const [file, mutations] of edits) files[file] = applyMutations(Buffer.from(files[file]!), mutations, sandbox.sentinel)
            await check(files)
          },
        ),
        params(60),
      )
    },
    timeoutFor(60, 150),
  )

  it(
    'treats hostile values anywhere in the manifest, tree, metadata and templates as untrusted',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fileArb, fc.array(jsonEditArb(), { minLength: 1, maxLength: 5 })), { minLength: 1, maxLength: 4 }),
          async (edits) => {
            const files = { ...appFiles }
            for (const [file, list] of edits) files[file] = applyJsonEdits(Buffer.from(files[file]!), list, sandbox.sentinel)
            await check(files)
          },
        ),
        params(80),
      )
    },
    timeoutFor(80, 150),
  )

  it(
    'survives a manifest or template truncated at any byte',
    async () => {
      await fc.assert(
        fc.asyncProperty(fileArb, fc.nat({ max: 1_000_000 }), async (file, at) => {
          const bytes = appFiles[file]!
          await check({ ...appFiles, [file]: bytes.subarray(0, Math.floor((at / 1_000_000) * bytes.length)) })
        }),
        params(40),
      )
    },
    timeoutFor(40, 150),
  )
})
