/**
 * Red team, round 6: the check run a 422 refused whole (its summary too long, one annotation or
 * the details link GitHub will not take), the check run's summary left announcing review comments
 * a newer push kept from being posted, and white space around the runner's URLs.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, everyTextOf, expectCleanRun, git, makeRepo, pushCommit, runOnPull, scenarioFor, TOKEN, warningsOf } from './harness.js'
import { healthyBaseline, type HealthyBaseline } from './healthy-baseline.js'
import { LOGS_BUCKET, manyBuckets, PUBLIC_BUCKET_FIXED, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

let healthy: HealthyBaseline
let healthySummary: string
beforeAll(async () => {
  healthy = await healthyBaseline((f) => (healthySummary = f.state.checkRuns[0]!.output.summary!))
}, 120_000)

type CheckRunBody = { output?: { summary?: string; annotations?: unknown[] }; details_url?: string }
/** The summary with the findings tables (not the one of the verdict alone). */
const fullSummary = (summary: string | undefined) => !!summary?.includes('#### Blocking')
/** The last line says how long the scan took. */
const withoutTiming = (summary: string) => summary.replace(/ · [\d.]+ s<\/sub>/, '')
const checkRunPosts = (f: FakeGitHub) => f.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs'))

describe('a check run GitHub refuses with 422 as first sent', () => {
  it('still posts the verdict when GitHub refuses the summary (too long): the summary says so, every annotation is added', async () => {
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    // GitHub counts characters, a proxy or a GitHub Enterprise Server version may count otherwise.
    fake.inject({
      method: 'POST',
      path: /\/check-runs$/,
      status: 422,
      times: 10,
      match: (b) => fullSummary((b as CheckRunBody).output?.summary),
      body: { message: 'Invalid request.\n\nOnly 65535 characters are allowed; 65601 were supplied.' },
    })
    const run = await runOnPull(fake, healthy.repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    // Before: no check run at all, and a required `s3-gate` check left pending for ever.
    expect(fake.state.checkRuns).toHaveLength(1)
    const check = fake.state.checkRuns[0]!
    expect(check.conclusion).toBe(healthy.conclusion)
    expect(check.annotations).toHaveLength(healthy.annotations)
    expect(check.output.summary).toMatch(/GitHub refused this check run's summary \(HTTP 422: Invalid request\. Only 65535 characters/)
    // Not sent again with the failure notes added: it would be refused the same way.
    expect(fake.state.requests.filter((r) => r.method === 'PATCH' && fullSummary((r.body as CheckRunBody).output?.summary))).toEqual([])
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    const warnings = warningsOf(run).join('\n')
    expect(warnings).toMatch(/could not post the check run's summary \(it shows the verdict only\)/)
    expect(warnings).not.toMatch(/could not post the check run\b(?!')/)
    // The job summary has every finding.
    expect(run.summary).toMatch(/#### Blocking/)
  })

  it('still posts the full check run when GitHub refuses its first batch of annotations or its link: they go after it', async () => {
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    fake.inject({
      method: 'POST',
      path: /\/check-runs$/,
      status: 422,
      match: (b) => (b as CheckRunBody).output?.annotations !== undefined,
      body: { message: 'Validation Failed', errors: [{ resource: 'CheckRun', code: 'invalid', field: 'details_url' }] },
    })
    const run = await runOnPull(fake, healthy.repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    expect(checkRunPosts(fake).map((r) => r.status)).toEqual([422, 201])
    expect(fake.state.checkRuns).toHaveLength(1)
    const check = fake.state.checkRuns[0]!
    expect(check.conclusion).toBe(healthy.conclusion)
    expect(withoutTiming(check.output.summary!)).toBe(withoutTiming(healthySummary))
    expect(check.annotations).toHaveLength(healthy.annotations)
    expect(run.stdout).toMatch(/GitHub refused the check run as first sent \(HTTP 422: Validation Failed \(invalid\)\)/)
    expect(warningsOf(run)).toEqual([])
  })
})

describe('a check run whose summary GitHub refuses, on a token that may not write to the pull request', () => {
  it('says which was refused for want of permission and which for its size', async () => {
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    const forbidden = { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }
    fake.inject({
      method: 'POST',
      path: /\/check-runs$/,
      status: 422,
      times: 10,
      match: (b) => fullSummary((b as CheckRunBody).output?.summary),
      body: { message: 'Invalid request.\n\nOnly 65535 characters are allowed; 65601 were supplied.' },
    })
    fake.inject({ method: 'POST', path: /\/pulls\/2\/reviews$/, status: 403, times: 10, body: forbidden })
    fake.inject({ method: 'POST', path: /\/issues\/2\/comments$/, status: 403, times: 10, body: forbidden })
    const run = await runOnPull(fake, healthy.repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    expect(fake.state.checkRuns.map((c) => c.conclusion)).toEqual([healthy.conclusion])
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    // Before: "could not post the check run's summary (…) or the review comments: the token may not write to the pull request".
    expect(warnings[0]).toMatch(/could not post the review comments or the summary comment: the token may not write to the pull request/)
    expect(warnings[0]).toMatch(
      /It could not post the check run's summary \(it shows the verdict only\) \(HTTP 422: Invalid request\. Only 65535/,
    )
  })
})

describe('a token GitHub rejects at the check run, after the pull request was read', () => {
  it('does not announce review comments in the job summary that were never sent', async () => {
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    fake.inject({ method: 'POST', path: /\/check-runs$/, status: 401, times: 10, body: { message: 'Bad credentials' } })
    const run = await runOnPull(fake, healthy.repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    expect(fake.state.reviewComments).toEqual([])
    expect(warningsOf(run).join('\n')).toMatch(/GitHub rejected the token/)
    // Before: "💬 5 review comments (5 on changed lines, …)" in the job summary.
    expect(run.summary).not.toMatch(/💬/)
  })
})

describe('a push that lands while the review is being posted', () => {
  it('leaves no check-run summary announcing review comments that were left to the newer run', async () => {
    const repo = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'many.yaml': manyBuckets(2) })
    const forced = await pushCommit(repo, { 'many.yaml': LOGS_BUCKET })
    await git(repo.dir, 'checkout', '-q', '--detach', repo.headSha)
    fake = await startFakeGitHub(scenarioFor(repo))
    const f = fake
    f.inject({
      method: 'POST',
      path: /\/pulls\/2\/reviews$/,
      action: () => {
        f.updatePull(2, { headSha: forced.headSha, files: forced.files })
        f.scenario.pulls[0]!.previousHeads = []
      },
    })
    const run = await runOnPull(f, repo)
    expectCleanRun(f, run)
    expect(run.code).toBe(1)
    expect(f.state.reviewComments).toEqual([])
    const summary = f.state.checkRuns[0]!.output.summary!
    // Before: "💬 14 review comments (14 on changed lines, …)", none of which exist.
    expect(summary).not.toMatch(/💬/)
    expect(summary).toMatch(/has moved on to a newer commit since .*the review comments and the summary comment are left to the run/)
  })
})

describe('a summary comment GitHub refuses to update (422)', () => {
  it('does not leave the earlier run’s verdict standing in it: a shortened one says the new verdict', async () => {
    const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(repo))
    expect((await runOnPull(fake, repo)).outputs.conclusion).toBe('failure')
    expect(fake.state.issueComments[0]!.body).toMatch(/^<!-- s3-gate:summary -->\n### ❌/)
    const fixed = await pushCommit(repo, { 'template.yaml': PUBLIC_BUCKET_FIXED })
    fake.updatePull(2, { headSha: fixed.headSha, files: fixed.files })
    const tooLong = { resource: 'IssueComment', code: 'custom', field: 'body', message: 'Body is too long (maximum is 65536 characters)' }
    fake.inject({
      method: 'PATCH',
      path: /\/issues\/comments\/\d+$/,
      status: 422,
      body: { message: 'Validation Failed', errors: [tooLong] },
    })
    const run = await runOnPull(fake, fixed)
    expectCleanRun(fake, run)
    expect(run.outputs.conclusion).toBe('neutral')
    expect(fake.state.checkRuns.at(-1)!.conclusion).toBe('neutral')
    // Before: still "❌ s3-gate: 5 blocking findings" beside the new, passing check run.
    expect(fake.state.issueComments).toHaveLength(1)
    const body = fake.state.issueComments[0]!.body
    expect(body).toMatch(/^<!-- s3-gate:summary -->\n### ⚠️ s3-gate: /)
    expect(body).toMatch(/GitHub refused this comment in full \(HTTP 422: Validation Failed \(Body is too long/)
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(8_000)
    expect(warningsOf(run).join('\n')).toMatch(/could not post the summary comment in full \(it was shortened\) \(HTTP 422/)
  })
})

describe('a `github-token` no request can carry', () => {
  it('says what is wrong with the input instead of that GitHub is unreachable, and sends nothing', async () => {
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    // A secret pasted with a second line: never a valid header value.
    const run = await runOnPull(fake, healthy.repo, {}, { token: `${TOKEN}\nx-extra: 1` })
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    expect(fake.state.requests).toEqual([])
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    // Before: "the last 6 connections to GitHub failed (refused or reset)".
    expect(warnings[0]).toMatch(/could not post results \(the `github-token` input holds white space, a line break/)
    expect(warnings[0]).not.toMatch(/refused or reset|invalid header value/)
    expect(everyTextOf(run, fake)).not.toContain(TOKEN)
    expect(run.summary).toMatch(/#### Blocking/)
  })
})

describe('white space around the URLs the runner sets', () => {
  it('links the summaries and the check run to the workflow run as if there were none', async () => {
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    const run = await runOnPull(
      fake,
      healthy.repo,
      {},
      { env: { GITHUB_API_URL: `${fake.url}\n`, GITHUB_SERVER_URL: ' https://github.com\n' } },
    )
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    // Before: `( https://github.com /Codertocat/…)`, no link, and a details URL GitHub may refuse.
    expect(fake.state.checkRuns[0]!.detailsUrl).toBe('https://github.com/Codertocat/Hello-World/actions/runs/4242')
    for (const text of [run.summary, fake.state.checkRuns[0]!.output.summary!, fake.state.issueComments[0]!.body])
      expect(text).toMatch(/\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/blob\/[0-9a-f]{40}\/template\.yaml#L\d+\)/)
  })
})
