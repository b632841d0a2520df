/**
 * GitHub API faults and reporting edge cases, continued from reporting-faults.e2e.test.ts (split
 * so that the two halves run side by side): connections reset, retries' back-off, lost answers
 * to creates, another identity's summary comment, primary rate limits.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { healthyBaseline, type HealthyBaseline } from './healthy-baseline.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, runOnPull, scenarioFor, type ActionRun, warningsOf, type TestRepo } from './harness.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

let repo: TestRepo
let healthy: HealthyBaseline
beforeAll(async () => {
  healthy = await healthyBaseline()
  repo = healthy.repo
}, 120_000)

const sameVerdict = (run: ActionRun) => expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])

describe('reporting under GitHub API faults (continued)', () => {
  it('gets past connections reset twice in a row, and gives up within bounded time when every one is', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    // A kept-alive connection the other side had just closed, twice: the next attempt gets through.
    fake.inject({ method: 'POST', path: /\/check-runs$/, reset: true, times: 2 })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.checkRuns).toHaveLength(1)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    expect(fake.state.issueComments).toHaveLength(1)
    expect(warningsOf(run)).toEqual([])

    await fake.close()
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({ path: /./, reset: true, times: 1000 })
    const down = await runOnPull(fake, repo)
    expectCleanRun(fake, down)
    sameVerdict(down)
    expect(down.durationMs).toBeLessThan(40_000)
    expect(fake.state.requests.length).toBeLessThanOrEqual(6)
    expect(warningsOf(down)).toHaveLength(1)
    expect(warningsOf(down)[0]).toMatch(/the last 6 connections to GitHub failed/)
    expect(down.summary).toMatch(/acl-public-read/)
  }, 120_000)

  it('backs off each request from one unit, whatever the requests before it went through', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    // The list of files fails for good (1 + 3 retries: 1, 4 and 9 units), then the check run once.
    fake.inject({ method: 'GET', path: /\/pulls\/2\/files$/, status: 500, times: 4 })
    fake.inject({ method: 'POST', path: /\/check-runs$/, status: 502 })
    // A unit of 300 ms instead of a run's 1 s keeps the test short; the counts are the same.
    const run = await runOnPull(fake, repo, {}, { env: { S3_GATE_TEST_RETRY_BASE_MS: '300' } })
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.checkRuns).toHaveLength(1)
    // 14 units (4.2 s) for the first request, then 1 unit before the check run's retry: not the
    // 25 units (7.5 s) it waited when the retry count of the list carried over to it.
    expect(run.durationMs).toBeGreaterThanOrEqual(4_500)
    expect(run.durationMs).toBeLessThan(11_500)
  }, 120_000)

  it('posts the check run once when GitHub created it but the answer was lost', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({ method: 'POST', path: /\/check-runs$/, hang: true, afterHandling: true })
    const run = await runOnPull(fake, repo, {}, { env: { S3_GATE_TEST_REQUEST_TIMEOUT_MS: '1000' } })
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.checkRuns).toHaveLength(1)
    expect(fake.state.checkRuns[0]!.conclusion).toBe(healthy.conclusion)
    const creates = fake.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs'))
    expect(creates.map((r) => r.status)).toEqual([0])
    // The lost run was looked for (by the id this attempt gave it) before a second create.
    expect(fake.state.requests.some((r) => r.method === 'GET' && /\/commits\/[0-9a-f]+\/check-runs$/.test(r.path))).toBe(true)
    expect(warningsOf(run)).toEqual([])

    // A run of the same name from an earlier attempt on this commit is not taken for this one.
    fake.inject({ method: 'POST', path: /\/check-runs$/, status: 502 })
    const again = await runOnPull(fake, repo)
    expectCleanRun(fake, again)
    expect(fake.state.checkRuns).toHaveLength(2)
    expect(warningsOf(again)).toEqual([])
  })

  it('creates the check run again when looking for a lost one is not possible', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({ method: 'POST', path: /\/check-runs$/, status: 502 })
    fake.inject({ method: 'GET', path: /\/commits\/[0-9a-f]+\/check-runs$/, status: 404, times: 5, body: { message: 'Not Found' } })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.checkRuns).toHaveLength(1)
    expect(warningsOf(run)).toEqual([])
  })

  it('posts a summary comment of its own when an earlier one by another identity may not be edited', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    const app = { login: 'some-app[bot]', type: 'Bot' as const }
    const old = '<!-- s3-gate:summary -->\n### s3-gate: an old summary'
    fake.state.issueComments.push({ id: 1, issue: 2, body: old, user: app, createdAt: at, updatedAt: at })
    const forbidden = { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }
    fake.inject({ method: 'PATCH', path: /\/issues\/comments\/1$/, status: 403, times: 10, body: forbidden })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.issueComments).toHaveLength(2)
    expect(fake.state.issueComments[0]!.body).toBe(old)
    expect(fake.state.issueComments[1]!.body).toMatch(/^<!-- s3-gate:summary -->/)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    expect(warningsOf(run)).toEqual([])

    // The next run edits its own comment instead of adding a third.
    fake.inject({ method: 'PATCH', path: /\/issues\/comments\/1$/, status: 403, times: 10, body: forbidden })
    fake.state.issueComments[1]!.body = '<!-- s3-gate:summary -->\nstale'
    const next = await runOnPull(fake, repo)
    expectCleanRun(fake, next)
    expect(fake.state.issueComments).toHaveLength(2)
    expect(fake.state.issueComments[1]!.body).not.toMatch(/stale/)
    expect(warningsOf(next)).toEqual([])
  })

  it('warns when the check run’s summary cannot be told what failed after it', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const invalid = { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'invalid', field: 'body' }] }
    fake.inject({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 422, body: invalid })
    fake.inject({ method: 'PATCH', path: /\/check-runs\/\d+$/, status: 422, body: { message: 'Validation Failed' } })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.checkRuns).toHaveLength(1)
    const warnings = warningsOf(run)
    expect(warnings.some((w) => /could not post the summary comment/.test(w))).toBe(true)
    expect(
      warnings.some((w) => /check run's summary could not be updated to say what was not posted \(HTTP 422: Validation Failed\)/.test(w)),
    ).toBe(true)
  })

  it('never overwrites a person’s comment that quotes the summary marker', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const quoted = `Why does it say this?\n\n> <!-- s3-gate:summary -->\n> ### ❌ s3-gate: 4 blocking findings`
    const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    const person = { login: 'octocat', type: 'User' as const }
    fake.state.issueComments.push({ id: 1, issue: 2, body: quoted, user: person, createdAt: at, updatedAt: at })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.issueComments).toHaveLength(2)
    expect(fake.state.issueComments[0]!.body).toBe(quoted)
    expect(fake.state.issueComments[1]!.body).toMatch(/^<!-- s3-gate:summary -->/)
  })

  it('waits out a primary rate limit that resets soon, and does not wait for one that resets in an hour', async () => {
    const primary = (resetInSeconds: number) => ({
      method: 'POST',
      path: /\/pulls\/2\/reviews$/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds) },
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest' },
    })
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject(primary(2))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(run.stdout).toMatch(/GitHub rate limit on POST .*reviews; waiting \d+s as asked/)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    expect(warningsOf(run)).toEqual([])

    await fake.close()
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject(primary(3600))
    const later = await runOnPull(fake, repo)
    expectCleanRun(fake, later)
    sameVerdict(later)
    expect(later.durationMs).toBeLessThan(30_000)
    expect(fake.state.checkRuns[0]!.conclusion).toBe(healthy.conclusion)
    expect(fake.state.issueComments).toHaveLength(1)
    const warnings = warningsOf(later)
    expect(warnings.some((w) => /could not post the review comments \(HTTP 403: API rate limit exceeded/.test(w))).toBe(true)
    expect(warnings.join('\n')).not.toMatch(/read-only/)
  }, 120_000)
})
