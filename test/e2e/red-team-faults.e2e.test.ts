/**
 * GitHub API faults found by red-teaming the reporting layer, beyond the other *-faults suites:
 * pagination links to another host or in a circle, answers cut off mid-body, a 429, permissions
 * missing for checks only, a 403 on an annotation batch, an HTML error page, a `mode: publish`
 * run that cannot read the pull request. Each keeps the
 * healthy verdict, leaves every finding visible and says what could not be posted.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { healthyBaseline, type HealthyBaseline } from './healthy-baseline.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import {
  ensureDist,
  expectCleanRun,
  makeRepo,
  pushCommit,
  READ_ONLY_TOKEN,
  runAction,
  runOnPull,
  scenarioFor,
  TOKEN,
  type ActionRun,
  warningsOf,
  workflowRunEvent,
  type TestRepo,
} from './harness.js'
import { LOGS_BUCKET, manyBuckets, PUBLIC_BUCKET_FIXED, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
let elsewhere: OtherHost | undefined
afterEach(async () => {
  await fake?.close()
  await elsewhere?.close()
  fake = undefined
  elsewhere = undefined
})

interface OtherHost {
  url: string
  seen: { url: string; authorization?: string }[]
  close(): Promise<void>
}

/** A server that is not the GitHub API, recording what reaches it. */
async function otherHost(): Promise<OtherHost> {
  const seen: OtherHost['seen'] = []
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) })
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('[]')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

let repo: TestRepo
let healthy: HealthyBaseline
beforeAll(async () => {
  healthy = await healthyBaseline()
  repo = healthy.repo
}, 120_000)

/** `mode: publish` from a `workflow_run` of the pull request's head, with what `mode: scan` wrote. */
const publishFromWorkflowRun = (repo: TestRepo, scan: ActionRun) =>
  runAction({
    cwd: fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-publish-')),
    apiUrl: fake!.url,
    eventName: 'workflow_run',
    event: workflowRunEvent(repo.headSha, []),
    sha: 'b'.repeat(40),
    inputs: { mode: 'publish', 'results-file': scan.outputs['results-file']! },
  })
const sameVerdict = (run: ActionRun) => expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
const workflowAnnotations = (run: ActionRun) => run.stdout.split('\n').filter((l) => /^::(error|warning|notice) .*file=/.test(l))

describe('red-team: GitHub API faults', () => {
  it('never sends the token to another host a pagination link points at', async () => {
    elsewhere = await otherHost()
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({
      method: 'GET',
      path: /\/pulls\/2\/comments$/,
      status: 200,
      body: [],
      headers: { link: `<${elsewhere.url}/repos/Codertocat/Hello-World/pulls/2/comments?page=2>; rel="next"` },
    })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(elsewhere.seen.filter((r) => r.authorization?.includes(TOKEN))).toEqual([])
    expect(elsewhere.seen).toEqual([])
    // Without the list of earlier comments no review is posted (it could repeat them); the check
    // run has every finding, and the warning says what was not posted and why.
    expect(fake.state.checkRuns[0]!.annotations).toHaveLength(healthy.annotations)
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/could not post the review comments .*sent no request to http:\/\/127\.0\.0\.1:\d+/)
  })

  it('stops reading a list whose pagination links go round in a circle', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const self = `${fake.url}/repos/Codertocat/Hello-World/issues/2/comments?per_page=100&page=1`
    fake.inject({
      method: 'GET',
      path: /\/issues\/2\/comments$/,
      status: 200,
      times: 5000,
      body: [],
      headers: { link: `<${self}>; rel="next"` },
    })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.requests.filter((r) => r.path.endsWith('/issues/2/comments')).length).toBeLessThanOrEqual(3)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/could not post the summary comment \(GitHub's pagination links went round in a circle/)
  })

  it('takes an answer cut off mid-body for a failure, not for an empty list (no duplicates on a re-run)', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    expectCleanRun(fake, await runOnPull(fake, repo))
    expect(fake.state.issueComments).toHaveLength(1)
    // The re-run's lists of review comments and issue comments: one connection drops halfway
    // through the answer, one answer stalls after its first half.
    fake.inject({ method: 'GET', path: /\/pulls\/2\/comments$/, status: 200, body: [{ id: 1 }], cutBody: 'reset' })
    fake.inject({ method: 'GET', path: /\/issues\/2\/comments$/, status: 200, body: [{ id: 1 }], cutBody: 'stall' })
    const run = await runOnPull(fake, repo, {}, { env: { S3_GATE_TEST_REQUEST_TIMEOUT_MS: '1000' } })
    expectCleanRun(fake, run)
    sameVerdict(run)
    // Retried, and read in full: the earlier comments were found and left as they were.
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    expect(fake.state.reviews).toHaveLength(1)
    expect(fake.state.issueComments).toHaveLength(1)
    expect(warningsOf(run)).toEqual([])
  })

  it('takes a list answered with null for a failure, not for "no comments yet" (no duplicates on a re-run)', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    expectCleanRun(fake, await runOnPull(fake, repo))
    fake.inject({ method: 'GET', path: /\/pulls\/2\/comments$/, status: 200, times: 10, rawBody: 'null' })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    expect(fake.state.reviews).toHaveLength(1)
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/could not post the review comments \(GitHub answered a list with nothing instead of an array\)/)
  })

  it('waits out a 429 as its retry-after asks, then posts the review', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({
      method: 'POST',
      path: /\/pulls\/2\/reviews$/,
      status: 429,
      headers: { 'retry-after': '1' },
      body: { message: 'Too Many Requests' },
    })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.requests.filter((r) => r.path.endsWith('/pulls/2/reviews')).map((r) => r.status)).toEqual([429, 200])
    expect(run.stdout).toMatch(/GitHub rate limit on POST .*reviews; waiting 1s as asked/)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    expect(warningsOf(run)).toEqual([])
  })

  it('still comments on the pull request when only the check run is forbidden (no `checks: write`)', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({
      method: 'POST',
      path: /\/check-runs$/,
      status: 403,
      times: 5,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
    })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.checkRuns).toEqual([])
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    expect(fake.state.issueComments).toHaveLength(1)
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/could not post the check run: the token may not write checks \(HTTP 403.*`permissions: checks: write`/)
    expect(warnings[0]).not.toMatch(/forks/)
    // With no check run, the findings are annotated by workflow commands.
    expect(workflowAnnotations(run).length).toBeGreaterThan(0)
  })

  it('keeps posting to the pull request when one annotation batch gets a 403', async () => {
    const big = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'many.yaml': manyBuckets(12) })
    fake = await startFakeGitHub(scenarioFor(big))
    fake.inject({
      method: 'PATCH',
      path: /\/check-runs\/\d+$/,
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
    })
    const run = await runOnPull(fake, big)
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    const total = Number(run.outputs.findings)
    const check = fake.state.checkRuns[0]!
    expect(check.conclusion).toBe('failure')
    expect(check.annotations).toHaveLength(total - 50)
    expect(fake.state.reviewComments.length).toBeGreaterThan(0)
    expect(fake.state.issueComments).toHaveLength(1)
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(new RegExp(`could not post 50 of the ${total} check-run annotations \\(HTTP 403`))
    expect(warnings[0]).not.toMatch(/read-only|forks/)
  })

  it('names an HTML error page in a few words instead of repeating it', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const page = `<!DOCTYPE html>\n<html>\n<head><title>502 Bad Gateway</title></head>\n<body>${'<p>Our servers are having trouble.</p>\n'.repeat(400)}</body>\n</html>\n`
    fake.inject({
      method: 'POST',
      path: /\/issues\/2\/comments$/,
      status: 502,
      times: 10,
      rawBody: page,
      headers: { 'content-type': 'text/html' },
    })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /could not post the summary comment \(HTTP 502: an HTML page instead of GitHub's JSON \(502 Bad Gateway\)\)/,
    )
    expect(warnings[0]!.length).toBeLessThan(600)
    expect(fake.state.checkRuns[0]!.output.summary).not.toContain('Our servers are having trouble')
  }, 120_000)

  it('publishes the check run from workflow_run when GitHub cannot say what the pull request head is', async () => {
    const merged = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET }, { checkout: 'merge' })
    fake = await startFakeGitHub(scenarioFor(merged))
    const scan = await runOnPull(fake, merged, { mode: 'scan' }, { token: READ_ONLY_TOKEN, fork: true })
    expect(scan.code).toBe(1)
    const publish = () => publishFromWorkflowRun(merged, scan)
    const healthyPublish = await publish()
    expectCleanRun(fake, healthyPublish)
    const expected = {
      code: healthyPublish.code,
      conclusion: healthyPublish.outputs.conclusion,
      check: fake.state.checkRuns[0]!.conclusion,
    }
    expect(expected).toEqual({ code: 0, conclusion: 'failure', check: 'failure' })
    const annotations = fake.state.checkRuns[0]!.annotations.length

    await fake.close()
    fake = await startFakeGitHub(scenarioFor(merged))
    fake.inject({ method: 'GET', path: /\/pulls\/2$/, status: 503, times: 10 })
    const run = await publish()
    expectCleanRun(fake, run)
    expect({ code: run.code, conclusion: run.outputs.conclusion, check: fake.state.checkRuns[0]?.conclusion }).toEqual(expected)
    expect(fake.state.checkRuns[0]!.annotations).toHaveLength(annotations)
    // Unchecked against the pull request's head, nothing is commented on it.
    expect(fake.state.reviewComments).toEqual([])
    expect(fake.state.issueComments).toEqual([])
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/Could not read pull request #2 to check that the results are for its head \(HTTP 503/)
  }, 120_000)

  it('publishes the check run from workflow_run when GitHub refuses the pull request or names another head', async () => {
    const merged = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET }, { checkout: 'merge' })
    fake = await startFakeGitHub(scenarioFor(merged))
    const scan = await runOnPull(fake, merged, { mode: 'scan' }, { token: READ_ONLY_TOKEN, fork: true })
    const publish = () => publishFromWorkflowRun(merged, scan)
    const faults: [string, Parameters<FakeGitHub['inject']>[0], RegExp][] = [
      [
        '401',
        { method: 'GET', path: /\/pulls\/2$/, status: 401, times: 10, body: { message: 'Bad credentials' } },
        /Could not read pull request #2 .*HTTP 401/,
      ],
      [
        '404',
        { method: 'GET', path: /\/pulls\/2$/, status: 404, times: 10, body: { message: 'Not Found' } },
        /Could not read pull request #2 .*HTTP 404/,
      ],
      [
        'a head that is not a commit',
        { method: 'GET', path: /\/pulls\/2$/, status: 200, times: 10, body: { number: 2, head: { sha: 12345 } } },
        /Could not read pull request #2 .*without its head commit/,
      ],
    ]
    for (const [what, fault, warning] of faults) {
      await fake.close()
      fake = await startFakeGitHub(scenarioFor(merged))
      fake.inject(fault)
      const run = await publish()
      expect({ what, code: run.code, conclusion: run.outputs.conclusion, check: fake.state.checkRuns[0]?.conclusion }).toEqual({
        what,
        code: 0,
        conclusion: 'failure',
        check: 'failure',
      })
      expect(fake.state.reviewComments).toEqual([])
      expect(fake.state.issueComments).toEqual([])
      expect(warningsOf(run)).toEqual([expect.stringMatching(warning)])
    }
    // A newer push (asked twice, as a replica may lag): the check run on the scanned commit, no comments.
    await fake.close()
    fake = await startFakeGitHub(scenarioFor(merged))
    fake.inject({ method: 'GET', path: /\/pulls\/2$/, status: 200, times: 10, body: { number: 2, head: { sha: 'c'.repeat(40) } } })
    const moved = await publish()
    expect({ code: moved.code, conclusion: moved.outputs.conclusion, check: fake.state.checkRuns[0]?.conclusion }).toEqual({
      code: 0,
      conclusion: 'failure',
      check: 'failure',
    })
    expect(fake.state.requests.filter((r) => r.method === 'GET' && /\/pulls\/2$/.test(r.path))).toHaveLength(2)
    expect(fake.state.reviewComments).toEqual([])
    expect(warningsOf(moved)).toEqual([])
    expect(moved.stdout).toMatch(/Pull request #2 has moved on to ccccccc since .*the check run is posted on/)
  }, 180_000)

  it('still updates the summary comment on a re-run when reading the review threads is refused', async () => {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(local))
    expect((await runOnPull(fake, local)).code).toBe(1)
    expect(fake.state.issueComments[0]!.body).toMatch(/❌/)
    const fixed = await pushCommit(local, { 'template.yaml': PUBLIC_BUCKET_FIXED })
    fake.updatePull(2, { headSha: fixed.headSha, files: fixed.files })
    fake.inject({
      method: 'POST',
      path: /^\/graphql$/,
      status: 403,
      times: 10,
      body: { message: 'Resource not accessible by integration' },
    })
    const run = await runOnPull(fake, fixed)
    expect(run.code).toBe(0)
    expect(fake.state.checkRuns.at(-1)!.conclusion).not.toBe('failure')
    expect(fake.state.issueComments).toHaveLength(1)
    expect(fake.state.issueComments[0]!.body).not.toMatch(/❌/)
    expect(warningsOf(run).join('\n')).toMatch(/the review comments/)
  })

  it('posts everything when GitHub answers the pull request with a head that is not a commit', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({ method: 'GET', path: /\/pulls\/2$/, status: 200, times: 10, body: { number: 2, head: { sha: 12345 } } })
    const run = await runOnPull(fake, repo)
    expect(run.code).toBe(1)
    expect(fake.state.checkRuns).toHaveLength(1)
    expect(fake.state.reviewComments.length).toBeGreaterThan(0)
    expect(fake.state.issueComments).toHaveLength(1)
    expect(run.stdout).not.toMatch(/This is a bug/)
  })

  it('sends nothing to `check-runs/undefined` when GitHub answers the check run without its id', async () => {
    const big = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'many.yaml': manyBuckets(12) })
    fake = await startFakeGitHub(scenarioFor(big))
    fake.inject({ method: 'POST', path: /\/check-runs$/, status: 201, body: {} })
    const run = await runOnPull(fake, big)
    // No request the real API would refuse (a PATCH to a run that has no id).
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    const total = Number(run.outputs.findings)
    expect(fake.state.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/check-runs'))).toEqual([])
    expect(fake.state.reviewComments.length).toBeGreaterThan(0)
    expect(fake.state.issueComments).toHaveLength(1)
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      new RegExp(
        `could not post ${total - 50} of the ${total} check-run annotations \\(GitHub's answer to creating the check run had no id\\)`,
      ),
    )
  })
})
