/**
 * What could not be done to earlier review threads is said in the log, not only in the summaries:
 * whoever reads the job's log (or greps it) sees that a fixed finding's thread was left open.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type Fault, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, pushCommit, runOnPull, scenarioFor, warningsOf } from './harness.js'
import { LOGS_BUCKET, PUBLIC_BUCKET_FIXED, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

const INPUTS = { 'fail-on': 'none' }
const graphql = (query: RegExp): Pick<Fault, 'method' | 'path' | 'match'> => ({
  method: 'POST',
  path: /^\/graphql$/,
  match: (b) => query.test((b as { query?: string }).query ?? ''),
})

/** The second run, on a push that fixes the public bucket, with `faults` injected. */
async function fixWith(faults: Fault[]) {
  const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
  fake = await startFakeGitHub(scenarioFor(local))
  expect((await runOnPull(fake, local, INPUTS)).code).toBe(0)
  const fixed = await pushCommit(local, { 'template.yaml': PUBLIC_BUCKET_FIXED })
  fake.updatePull(2, { headSha: fixed.headSha, files: fixed.files })
  for (const f of faults) fake.inject(f)
  const run = await runOnPull(fake, fixed, INPUTS)
  expectCleanRun(fake, run)
  expect(run.code).toBe(0)
  return run
}

describe('review thread faults are logged', () => {
  it('the review threads cannot be read: a warning, and the threads of fixed findings are left as they are', async () => {
    const run = await fixWith([{ ...graphql(/reviewThreads/), status: 502, body: { message: 'Bad Gateway' }, times: 1000 }])
    const warnings = warningsOf(run)
    expect(
      warnings.some((w) => /could not read the review threads .*the threads of fixed findings not read are left as they are/.test(w)),
    ).toBe(true)
    expect(run.summary).toMatch(/Could not read review threads/)
    // A thread whose state was not read may be resolved already: no "Fixed in" reply under it
    // (red team, round 7; this test expected one before).
    expect(fake!.state.reviewComments.some((c) => c.inReplyTo !== null)).toBe(false)
  }, 120_000)

  it('neither resolved nor answered: a warning names the comment', async () => {
    const run = await fixWith([
      { ...graphql(/resolveReviewThread/), status: 500, body: { message: 'Server Error' }, times: 1000 },
      { method: 'POST', path: /\/comments\/\d+\/replies$/, status: 500, body: { message: 'Server Error' }, times: 1000 },
    ])
    const warnings = warningsOf(run)
    expect(warnings.some((w) => /could not mark the thread of fixed finding comment \d+ as fixed/.test(w))).toBe(true)
    expect(run.summary).toMatch(/Could not mark a fixed finding/)
  }, 180_000)
})
