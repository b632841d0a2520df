/**
 * GitHub API faults and reporting edge cases beyond api-faults.e2e.test.ts and
 * more-api-faults.e2e.test.ts: a token echoed back in an error, an annotation batch refused,
 * bodies cut near GitHub's limits, a bad token.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, runOnPull, scenarioFor, TOKEN, type ActionRun, type TestRepo } from './harness.js'
import { LOGS_BUCKET, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

const warningsOf = (run: ActionRun) => run.stdout.split('\n').filter((l) => l.startsWith('::warning::'))

let repo: TestRepo
let healthy: { code: number; conclusion: string }
beforeAll(async () => {
  repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
  const f = await startFakeGitHub(scenarioFor(repo))
  const run = await runOnPull(f, repo)
  expectCleanRun(f, run)
  healthy = { code: run.code, conclusion: run.outputs.conclusion! }
  await f.close()
  expect(healthy.code).toBe(1)
}, 120_000)

const sameVerdict = (run: ActionRun) => expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])

describe('reporting under GitHub API faults', () => {
  it('never repeats the token when an error message echoes the Authorization header', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({
      method: 'POST',
      path: /\/issues\/2\/comments$/,
      status: 422,
      times: 5,
      body: { message: `Validation Failed (request had Authorization: token ${TOKEN})` },
    })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(warningsOf(run)).toHaveLength(1)
    expect(warningsOf(run)[0]).toMatch(
      /could not post the summary comment \(HTTP 422: Validation Failed \(request had Authorization: token \*\*\*\)\)/,
    )
    // What was posted to GitHub (readable by everyone who can read the repository) too.
    expect(fake.state.checkRuns[0]!.output.summary).toMatch(/Could not post the summary comment/)
    expect(JSON.stringify(fake.state.checkRuns)).not.toContain(TOKEN)
    expect(JSON.stringify(fake.state.reviewComments)).not.toContain(TOKEN)
  })
})
