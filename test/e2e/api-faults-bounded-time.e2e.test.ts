/**
 * how long a run can be held by a GitHub that misbehaves without being down: every request's
 * first attempt unanswered (an overloaded proxy dropping every other request), or every request a
 * 5xx for good. Promise: bounded retries and bounded total time ("a GitHub that hangs costs one to
 * two minutes").
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, runOnPull, scenarioFor, warningsOf } from './harness.js'
import { manyBuckets } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

/** The production deadline per attempt (client.ts REQUEST_TIMEOUT_MS). */
const PRODUCTION_TIMEOUT_S = 30

describe('bounded total time', () => {
  it('does not spend one 30 s deadline per request when every other attempt goes unanswered', async () => {
    const big = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'many.yaml': manyBuckets(130) })
    fake = await startFakeGitHub(scenarioFor(big))
    let n = 0
    // The first attempt of each annotation batch is never answered; its retry is.
    // 2 s, not 1: on a loaded machine (the whole suite at once) the fake GitHub's ordinary answers took
    // over a second, and the run stopped before the annotations it is about.
    fake.inject({ method: 'PATCH', path: /\/check-runs\/\d+$/, hang: true, times: 100_000, match: () => n++ % 2 === 0 })
    const run = await runOnPull(fake, big, {}, { env: { S3_GATE_TEST_REQUEST_TIMEOUT_MS: '2000' } })
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    const unanswered = fake.state.requests.filter((r) => r.status === 0).length
    const projected = unanswered * PRODUCTION_TIMEOUT_S
    console.log(
      `requests ${fake.state.requests.length}, unanswered ${unanswered} -> about ${projected}s of deadlines in production; test run ${run.durationMs} ms`,
    )
    // Four timeouts in all end the run's requests: two minutes at most, and the log says what
    // was not posted (every finding is still in the job summary).
    expect(projected).toBeLessThanOrEqual(4 * PRODUCTION_TIMEOUT_S)
    expect(warningsOf(run).join('\n')).toMatch(
      /could not post \d+ of the 1000 check-run annotations .*left 4 of this run's requests unanswered/,
    )
    expect(run.summary).toMatch(/many/i)
  }, 300_000)
})

describe('a pull request GitHub refuses every review comment on', () => {
  it('stops after three comments refused on the line and on the file, and keeps every finding in the check run', async () => {
    const big = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'many.yaml': manyBuckets(12) })
    fake = await startFakeGitHub(scenarioFor(big))
    // A 422 about the pull request, not the line: each comment refused both ways cost two writes at
    // GitHub's pace, about 2.7 minutes for the default 25.
    const refused = {
      status: 422,
      times: 100_000,
      body: { message: 'Unprocessable Entity', errors: ['This pull request is not accepting comments'] },
    }
    fake.inject({ method: 'POST', path: /\/pulls\/\d+\/reviews$/, ...refused })
    fake.inject({ method: 'POST', path: /\/pulls\/\d+\/comments$/, ...refused })
    const run = await runOnPull(fake, big)
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    const posts = fake.state.requests.filter((r) => r.method === 'POST' && /\/pulls\/\d+\/comments$/.test(r.path))
    expect(posts).toHaveLength(2 * 3)
    expect(fake.state.reviewComments).toEqual([])
    const warnings = warningsOf(run).join('\n')
    expect(warnings).toMatch(
      /could not post 25 review comment\(s\) \(GitHub refused both a line and a file comment; not sent after GitHub refused 3 comments in a row\)/,
    )
    expect(run.stdout).toMatch(/GitHub refused 3 review comments in a row, on the line and on the file; the other 22 were not sent/)
    const annotations = fake.state.checkRuns.at(-1)!.annotations
    expect(annotations.length).toBe(Number(run.outputs.findings))
  }, 300_000)
})
