import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, runOnPull, scenarioFor, type Tree } from './harness.js'
import { LOGS_BUCKET, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

/** Templates, a Terraform root calling a module, and the module itself: several units of each kind. */
function tree(publicInTemplate: boolean, moduleVersioning: 'Enabled' | 'Suspended'): Tree {
  const t: Tree = {
    'cfn/changed.yaml': publicInTemplate ? WITH_PUBLIC_BUCKET : LOGS_BUCKET,
    'tf/modules/store/main.tf': `variable "name" {}\nresource "aws_s3_bucket" "this" {\n  bucket = var.name\n}\nresource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "${moduleVersioning}"\n  }\n}\n`,
    'tf/app/main.tf': 'module "store" {\n  source = "../modules/store"\n  name   = "acme-app"\n}\n',
  }
  for (let i = 0; i < 6; i++) t[`cfn/same-${i}.yaml`] = LOGS_BUCKET
  return t
}

/** What the pull request shows, whichever way the base was scanned. */
const shown = (f: FakeGitHub, run: Awaited<ReturnType<typeof runOnPull>>) => ({
  code: run.code,
  // Each run writes its SARIF to its own temp folder, and takes its own time.
  outputs: { ...run.outputs, 'sarif-file': '' },
  summary: run.summary.replace(/ · [\d.]+ s<\/sub>/g, ' · (time)</sub>'),
  comments: f.state.reviewComments.map((c) => ({ path: c.path, line: c.line, body: c.body })),
  annotations: f.state.checkRuns.flatMap((c) => c.annotations),
})

describe('the merge base scan takes over the head’s unchanged units', () => {
  for (const [what, edit] of [
    ['a template', tree(true, 'Enabled')],
    ['a module called by a root', tree(false, 'Suspended')],
  ] as const) {
    it(`gives the verdict, comments and summary of a full base scan when the pull request changes ${what}`, async () => {
      const repo = await makeRepo(tree(false, 'Enabled'), edit, { checkout: 'merge' })
      fake = await startFakeGitHub(scenarioFor(repo))
      const reused = await runOnPull(fake, repo)
      expectCleanRun(fake, reused)
      const withReuse = shown(fake, reused)
      await fake.close()

      fake = await startFakeGitHub(scenarioFor(repo))
      const again = await runOnPull(fake, repo, {}, { env: { S3_GATE_NO_REUSE: '1' } })
      expectCleanRun(fake, again)
      expect(withReuse).toEqual(shown(fake, again))
      expect(Number(reused.outputs['new-findings'])).toBeGreaterThan(0)

      // Every unit but the changed one (and, for a module, the root that calls it) is taken over.
      const took = /base: took over (\d+) of (\d+) units/.exec(reused.stdout)
      expect(took).not.toBeNull()
      expect(Number(took![2]) - Number(took![1])).toBe(1)
      expect(again.stdout).not.toMatch(/took over/)
    }, 120_000)
  }
})
