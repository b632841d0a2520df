/**
 * Red team, round 7 (pull-request reporting): `mode: publish` on a pull request whose `pulls.get`
 * stays unanswered, a combined review GitHub refuses as too large (413) or keeps failing (5xx),
 * review threads whose later page could not be read, and lists of comments cut off by an empty page.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type Fault, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, pushCommit, runOnPull, scenarioFor, warningsOf, type TestRepo } from './harness.js'
import { healthyBaseline, type HealthyBaseline } from './healthy-baseline.js'
import { LOGS_BUCKET, PUBLIC_BUCKET_FIXED, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

let healthy: HealthyBaseline
beforeAll(async () => {
  healthy = await healthyBaseline()
}, 120_000)

const noBug = (stdout: string) => expect(stdout).not.toMatch(/This is a bug/)
const infoLines = (stdout: string) => stdout.split('\n').filter((l) => !l.startsWith('::'))

describe('`mode: publish` on a pull_request event while `pulls.get` stays unanswered', () => {
  /** Results written by a `mode: scan` step of the same pull request event. */
  async function scanned(f: FakeGitHub, repo: TestRepo): Promise<string> {
    const scan = await runOnPull(f, repo, { mode: 'scan' })
    expect(scan.code).toBe(healthy.code)
    return scan.outputs['results-file']!
  }

  it('posts the check run with the verdict on the head the event names, and says what it did not post', async () => {
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    const resultsFile = await scanned(fake, healthy.repo)
    // What a healthy API gives, for comparison.
    const good = await runOnPull(fake, healthy.repo, { mode: 'publish', 'results-file': resultsFile })
    expectCleanRun(fake, good)
    expect(fake.state.checkRuns).toHaveLength(1)
    const healthyRun = fake.state.checkRuns[0]!

    await fake.close()
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    fake.inject({ method: 'GET', path: /\/pulls\/2$/, status: 502, body: { message: 'Bad Gateway' }, times: 1000 })
    const run = await runOnPull(fake, healthy.repo, { mode: 'publish', 'results-file': resultsFile })
    expectCleanRun(fake, run)
    noBug(run.stdout)
    // Before: "::error::Could not read pull request #2 to check the results", a red step, no check run, no job summary.
    expect(run.stdout).not.toMatch(/::error::/)
    expect([run.code, run.outputs.conclusion]).toEqual([good.code, good.outputs.conclusion])
    expect(fake.state.checkRuns.map((c) => [c.headSha, c.conclusion])).toEqual([[healthy.repo.headSha, healthyRun.conclusion]])
    expect(fake.state.checkRuns[0]!.annotations).toHaveLength(healthyRun.annotations.length)
    expect(run.summary).toMatch(/#### Blocking/)
    expect(warningsOf(run).join('\n')).toMatch(
      new RegExp(
        `Could not read pull request #2 to check that the results are for its head \\(HTTP 502.*\\); they are for ${healthy.repo.headSha.slice(0, 7)}, the head this \`pull_request\` event names, so the check run is posted on it, but no review comments or summary comment`,
      ),
    )
    expect(fake.state.reviewComments).toEqual([])
    expect(fake.state.issueComments).toEqual([])
  }, 120_000)

  it('still refuses results for another commit than the head the event names', async () => {
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    const resultsFile = await scanned(fake, healthy.repo)
    fake.inject({ method: 'GET', path: /\/pulls\/2$/, status: 502, body: { message: 'Bad Gateway' }, times: 1000 })
    const moved = await pushCommit(healthy.repo, { 'template.yaml': PUBLIC_BUCKET_FIXED })
    try {
      const run = await runOnPull(fake, moved, { mode: 'publish', 'results-file': resultsFile })
      expectCleanRun(fake, run)
      noBug(run.stdout)
      expect(run.stdout).toMatch(
        new RegExp(
          `::error::The results are for commit ${healthy.repo.headSha.slice(0, 7)}, but this \`pull_request\` run is for ${moved.headSha.slice(0, 7)} of pull request #2; refusing to publish them\\.`,
        ),
      )
      expect(fake.state.checkRuns).toEqual([])
    } finally {
      const { git } = await import('./harness.js')
      await git(healthy.repo.dir, 'checkout', '-q', '--detach', healthy.repo.headSha)
    }
  }, 120_000)
})

describe('a combined review GitHub will not take whole', () => {
  it('posts the comments one by one after a 413 (the review too large)', async () => {
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    fake.inject({ method: 'POST', path: /\/pulls\/2\/reviews$/, status: 413, body: { message: 'Payload Too Large' }, times: 10 })
    const run = await runOnPull(fake, healthy.repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    // Before: not one comment, only "could not post the review comments (HTTP 413 …)".
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    expect(fake.state.reviews).toEqual([])
    expect(infoLines(run.stdout).join('\n')).toMatch(/GitHub rejected the review \(HTTP 413.*\); posting the \d+ comments one by one\./)
    expect(warningsOf(run)).toEqual([])
  }, 120_000)

  it('posts the comments one by one after a 5xx that outlasts the retries', async () => {
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    fake.inject({ method: 'POST', path: /\/pulls\/2\/reviews$/, status: 502, body: { message: 'Bad Gateway' }, times: 1000 })
    const run = await runOnPull(fake, healthy.repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
  }, 120_000)

  it('does not post the comments one by one when the last attempt at the review made it, its answer lost', async () => {
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    fake.inject({ method: 'POST', path: /\/pulls\/2\/reviews$/, status: 502, body: { message: 'Bad Gateway' }, times: 3 })
    fake.inject({ method: 'POST', path: /\/pulls\/2\/reviews$/, status: 502, body: { message: 'Bad Gateway' }, afterHandling: true })
    const run = await runOnPull(fake, healthy.repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    expect(fake.state.reviews).toHaveLength(1)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    expect(warningsOf(run)).toEqual([])
  }, 120_000)

  it('names in the log each comment it could not post when every comment fails with a 5xx', async () => {
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    fake.inject({ method: 'POST', path: /\/pulls\/2\/reviews$/, status: 502, body: { message: 'Bad Gateway' }, times: 1000 })
    fake.inject({ method: 'POST', path: /\/pulls\/2\/comments$/, status: 503, body: { message: 'Unavailable' }, times: 1000 })
    const run = await runOnPull(fake, healthy.repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    expect(fake.state.reviewComments).toEqual([])
    // The findings are still annotated and in the summaries.
    expect(fake.state.checkRuns[0]!.annotations).toHaveLength(healthy.annotations)
    expect(run.summary).toMatch(/#### Blocking/)
    // Only one comment waited through the retries: GitHub failing it says it fails them all.
    expect(fake.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pulls/2/comments')).length).toBeLessThanOrEqual(4)
    const log = infoLines(run.stdout).join('\n')
    const named = /review comments not posted \(their findings are in the check run's annotations and the summary\): (.*)/.exec(log)?.[1]
    // Before: no such line; the warning said "could not post the review comments (HTTP 502 …)" only.
    expect(named?.split(', ')).toHaveLength(healthy.comments)
    expect(named).toMatch(/^template\.yaml:\d+ \([a-z0-9-]+\)/)
    expect(warningsOf(run).join('\n')).toMatch(new RegExp(`could not post ${healthy.comments} review comment\\(s\\) \\(.*HTTP 503`))
  }, 120_000)
})

describe('review threads whose later page could not be read', () => {
  it('leaves a resolved thread on that page as it is instead of answering "Fixed in"', async () => {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(local))
    expect((await runOnPull(fake, local, { 'fail-on': 'none' })).code).toBe(0)
    const ours = fake.state.threads.slice()
    expect(ours.length).toBeGreaterThan(0)
    // Someone resolved our threads; 100 other threads come before them, so they are on the second page.
    for (const t of ours) t.isResolved = true
    const others = Array.from({ length: 100 }, (_, i) => ({ id: `PRRT_other${i}`, pull: 2, rootId: 500_000 + i, isResolved: false }))
    fake.state.threads.splice(0, fake.state.threads.length, ...others, ...ours)
    const fixed = await pushCommit(local, { 'template.yaml': PUBLIC_BUCKET_FIXED })
    fake.updatePull(2, { headSha: fixed.headSha, files: fixed.files })
    const laterPage: Fault = {
      method: 'POST',
      path: /^\/graphql$/,
      match: (b) => {
        const body = b as { query?: string; variables?: { cursor?: unknown } }
        return /reviewThreads/.test(body.query ?? '') && typeof body.variables?.cursor === 'string'
      },
      status: 502,
      body: { message: 'Bad Gateway' },
      times: 1000,
    }
    fake.inject(laterPage)
    const run = await runOnPull(fake, fixed, { 'fail-on': 'none' })
    expectCleanRun(fake, run)
    expect(run.code).toBe(0)
    // Before: a "Fixed in" reply under each resolved thread.
    expect(fake.state.reviewComments.filter((c) => c.inReplyTo !== null)).toEqual([])
    expect(warningsOf(run).join('\n')).toMatch(
      /could not read the review threads \(HTTP 502.*\); 100 were read before, so the threads of fixed findings not read are left as they are/,
    )
    expect(run.summary).toMatch(/Could not read review threads/)
  }, 120_000)
})

describe('a list of comments cut off by an empty page without a next link', () => {
  /** A first page that is empty but links to a second, which GitHub answers empty (nothing is there): a list cut off. */
  const cutOff = (f: FakeGitHub, route: string): Fault => ({
    method: 'GET',
    path: new RegExp(`${route}$`),
    status: 200,
    body: [],
    headers: { link: `<${f.url}${route}?per_page=100&page=2>; rel="next"` },
  })

  it('does not post the review comments again on a re-run', async () => {
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    expect((await runOnPull(fake, healthy.repo)).code).toBe(healthy.code)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    fake.inject(cutOff(fake, '/repos/Codertocat/Hello-World/pulls/2/comments'))
    const run = await runOnPull(fake, healthy.repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    // Before: every comment posted a second time.
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    expect(warningsOf(run).join('\n')).toMatch(
      /could not post the review comments \(GitHub answered page 2 of a list empty, so the list was cut off\)/,
    )
    expect(fake.state.checkRuns.at(-1)!.annotations).toHaveLength(healthy.annotations)
  }, 120_000)

  it('does not post a second summary comment on a re-run', async () => {
    fake = await startFakeGitHub(scenarioFor(healthy.repo))
    expect((await runOnPull(fake, healthy.repo)).code).toBe(healthy.code)
    expect(fake.state.issueComments).toHaveLength(1)
    fake.inject(cutOff(fake, '/repos/Codertocat/Hello-World/issues/2/comments'))
    const run = await runOnPull(fake, healthy.repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    // Before: a second summary comment beside the first.
    expect(fake.state.issueComments).toHaveLength(1)
    expect(warningsOf(run).join('\n')).toMatch(/the summary comment \(GitHub answered page 2 of a list empty, so the list was cut off\)/)
  }, 120_000)
})
