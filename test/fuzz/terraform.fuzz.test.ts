/**
 * Property-based fuzzing of the Terraform path: real `.tf` files, mutated and truncated, plus
 * generated hostile constructs (reference cycles, huge `count`/`for`, `file()` out of the root).
 * Runs once the Terraform plugin is registered in src/parsers/registry.ts.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  applyMutations,
  expectReadsInside,
  expectSound,
  findingsIn,
  localModuleTree,
  readSeed,
  HCL_TOKENS,
  isRegistered,
  makeSandbox,
  mutationArb,
  params,
  readFixtures,
  scanRoot,
  spyOnReads,
  timeoutFor,
  type ReadSpy,
  type Sandbox,
} from './support.js'

const registered = isRegistered('terraform')
const files = readFixtures('terraform', /\.tf$/)
const moduleTree = localModuleTree('broken')
const GOOD_NAME = 'good/main.tf'
const GOOD = readSeed('terraform', 'v4-split.tf')
const nameArb = fc.constantFrom(...files.map((f) => f.name))
const bytesOf = (name: string) => files.find((f) => f.name === name)!.bytes

let sandbox: Sandbox
let spy: ReadSpy
let goodAlone: string[]
beforeAll(async () => {
  if (!registered) return
  sandbox = makeSandbox()
  sandbox.reset({ [GOOD_NAME]: GOOD })
  goodAlone = findingsIn((await scanRoot(sandbox.root)).result, 'good/')
  expect(goodAlone.length).toBeGreaterThan(3)
  spy = spyOnReads()
})
afterAll(() => {
  spy?.restore()
  sandbox?.dispose()
})

async function check(broken: Record<string, Buffer | string>): Promise<void> {
  sandbox.reset({ ...broken, [GOOD_NAME]: GOOD })
  spy.clear()
  const { result, ms } = await scanRoot(sandbox.root)
  expectSound(result, ms, sandbox)
  expectReadsInside(spy, sandbox)
  expect(findingsIn(result, 'good/')).toEqual(goodAlone)
}

/** Small HCL expressions that stress the evaluator, combined at random into one file. */
const HOSTILE_EXPRESSIONS = [
  'local.a',
  'var.v',
  '[for i in range(100000) : i]',
  '[for i in range(1000) : [for j in range(1000) : j]]',
  '{ for i in range(100000) : tostring(i) => i }',
  'join("", [for i in range(100000) : "x"])',
  'file("../../outside/secret.yaml")',
  'file("$SENTINEL")',
  'file("${path.module}/../../outside/secret.yaml")',
  'templatefile("/etc/passwd", {})',
  'fileexists("$SENTINEL")',
  'jsondecode(file("../../outside/secret.yaml"))',
  'jsondecode("${join("", [for i in range(5000) : "["])}")',
  'format("%s%s%s", local.a, local.a, local.a)',
  'concat(local.l, local.l, local.l, local.l)',
  'setproduct(range(1000), range(1000))',
  'flatten([for i in range(2000) : range(2000)])',
  'replace(local.s, "", "xx")',
  'try(local.undefined, local.a)',
  'lookup({}, "x", local.a)',
  'merge(local.m, local.m)',
  'module.m.out',
  'data.aws_iam_policy_document.d.json',
  'aws_s3_bucket.b.id',
  'sensitive(local.s)',
  'sensitive([for i in range(100000) : "secret-${i}"])',
  'nonsensitive(sensitive(local.m))',
]
const hclString = (s: string) => s.replaceAll('$SENTINEL', sandbox.sentinel)

function hostileModule(picks: { name: string; expr: number }[], count: string, cyclic: boolean): string {
  const locals = picks.map((p, i) => `  ${p.name}${i} = ${hclString(HOSTILE_EXPRESSIONS[p.expr]!)}`).join('\n')
  return `locals {
${locals}
  a = ${cyclic ? 'local.b' : '"a"'}
  b = ${cyclic ? 'local.a' : '"b"'}
  l = [local.a, local.b]
  s = "${'x'.repeat(50)}"
  m = { a = local.a }
}

variable "v" {
  default = ${cyclic ? 'var.v' : '"v"'}
}

resource "aws_s3_bucket" "b" {
  count  = ${count}
  bucket = "b-\${count.index}-\${local.a}"
  acl    = "public-read-write"
}

resource "aws_s3_bucket_policy" "p" {
  for_each = toset([for i in range(${count === '0' ? 1 : 3}) : tostring(i)])
  bucket   = aws_s3_bucket.b[0].id
  policy   = ${picks.length ? `local.${picks[0]!.name}0` : 'jsonencode({})'}
}
`
}

describe.skipIf(!registered)('fuzzing Terraform (runs once the terraform plugin is registered in src/parsers/registry.ts)', () => {
  it(
    'never crashes, hangs or loses a position on mutated .tf files',
    async () => {
      await fc.assert(
        fc.asyncProperty(nameArb, fc.array(mutationArb(HCL_TOKENS), { minLength: 1, maxLength: 8 }), async (name, mutations) => {
          await check({ [`broken/${name}`]: applyMutations(bytesOf(name), mutations, sandbox.sentinel) })
        }),
        params(150),
      )
    },
    timeoutFor(150, 80),
  )

  it(
    'reports a .tf file truncated at any byte and keeps the other modules',
    async () => {
      await fc.assert(
        fc.asyncProperty(nameArb, fc.nat({ max: 1_000_000 }), async (name, at) => {
          const bytes = bytesOf(name)
          await check({ [`broken/${name}`]: bytes.subarray(0, Math.floor((at / 1_000_000) * bytes.length)) })
        }),
        params(60),
      )
    },
    timeoutFor(60, 80),
  )

  it(
    'keeps a module call tree inside the root when its files are mutated',
    async () => {
      const treeFiles = Object.keys(moduleTree)
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...treeFiles),
          fc.array(mutationArb(HCL_TOKENS), { minLength: 1, maxLength: 6 }),
          async (file, mutations) => {
            await check({ ...moduleTree, [file]: applyMutations(Buffer.from(moduleTree[file]!), mutations, sandbox.sentinel) })
          },
        ),
        params(60),
      )
    },
    timeoutFor(60, 100),
  )

  it(
    'bounds cycles, huge count/for and file() out of the root with unknowns, in time',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ name: fc.constantFrom('x', 'y', 'z'), expr: fc.nat({ max: HOSTILE_EXPRESSIONS.length - 1 }) }), {
            maxLength: 6,
          }),
          fc.constantFrom('0', '1', '3', '100000', 'length(local.l)', 'local.a', '-1', '1e9'),
          fc.boolean(),
          async (picks, count, cyclic) => {
            await check({ 'broken/main.tf': hostileModule(picks, count, cyclic) })
          },
        ),
        // 40 runs in CI (60 before): each case scans in a child with its time and memory bounded;
        // under a loaded CI machine 60 came within seconds of the minute. A longer run: see support.ts.
        params(40),
      )
    },
    timeoutFor(40, 1500),
  )
})
