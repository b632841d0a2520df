import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { healthyBaseline, type HealthyBaseline } from './healthy-baseline.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, runOnPull, scenarioFor, type TestRepo } from './harness.js'
import { LOGS_BUCKET, manyBuckets, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

let repo: TestRepo
/** What a healthy API gives: the verdict every faulty run must match. */
let healthy: HealthyBaseline
beforeAll(async () => {
  healthy = await healthyBaseline()
  repo = healthy.repo
}, 120_000)

describe('the action when the GitHub API misbehaves', () => {
  it('retries a 502 and a 503 and still posts everything', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({ method: 'POST', path: /\/check-runs$/, status: 502 })
    fake.inject({ method: 'GET', path: /\/pulls\/2\/files$/, status: 503 })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    expect(fake.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs')).map((r) => r.status)).toEqual([
      502, 201,
    ])
    expect(fake.state.checkRuns).toHaveLength(1)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
  })

  it('waits out a secondary rate limit for as long as retry-after says', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.secondaryRateLimitOnce('POST', /\/pulls\/2\/reviews$/, 2)
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    const reviews = fake.state.requests.filter((r) => r.path.endsWith('/reviews'))
    expect(reviews.map((r) => r.status)).toEqual([403, 200])
    expect(run.durationMs).toBeGreaterThanOrEqual(2000)
    expect(run.stdout).toMatch(/secondary rate limit/)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
  })

  it('gives up on a request GitHub never answers, retries it, and posts everything once', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({ method: 'POST', path: /\/check-runs$/, hang: true })
    const run = await runOnPull(fake, repo, {}, { env: { S3_GATE_TEST_REQUEST_TIMEOUT_MS: '1000' } })
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    expect(fake.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs')).map((r) => r.status)).toEqual([0, 201])
    expect(fake.state.checkRuns).toHaveLength(1)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
  })

  it('keeps the verdict when GitHub stops answering altogether, within bounded time', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({ path: /./, hang: true, times: 1000 })
    const run = await runOnPull(fake, repo, {}, { env: { S3_GATE_TEST_REQUEST_TIMEOUT_MS: '300' } })
    expect([run.code, run.outputs.conclusion ?? 'failure']).toEqual([healthy.code, healthy.conclusion])
    // Two unanswered attempts, then every request fails at once instead of waiting out its own.
    expect(run.durationMs).toBeLessThan(30_000)
    expect(run.stdout).toMatch(/::warning::.*GitHub left the last 2 unanswered/)
    expect(fake.state.requests.length).toBeLessThanOrEqual(3)
    // Every finding is still in the job summary.
    expect(run.summary).toMatch(/acl-public-read|public/i)
  }, 180_000)

  it('stops sending once GitHub has taken ten request timeouts in all to answer, each answer in time', async () => {
    const many = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET, 'many.yaml': manyBuckets(120) })
    fake = await startFakeGitHub(scenarioFor(many))
    fake.inject({ path: /./, delayMs: 600, times: 10_000 })
    const run = await runOnPull(fake, many, {}, { env: { S3_GATE_TEST_REQUEST_TIMEOUT_MS: '1000' } })
    expect(run.code).toBe(1)
    // 10 × 1,000 ms of answers 600 ms or more each, then no more requests (20 annotation batches alone).
    expect(fake.state.requests.length).toBeLessThanOrEqual(18)
    expect(run.durationMs).toBeLessThan(30_000)
    expect(run.stdout).toMatch(/::warning::.*GitHub took \d+s in all to answer this run's earlier ones/)
    expect(run.summary).toMatch(/blocking finding/)
  }, 120_000)

  it('does not wait an hour when a rate limit asks it to: the request fails, the verdict stands', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.secondaryRateLimitOnce('POST', /\/pulls\/2\/reviews$/, 3600)
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    expect(run.durationMs).toBeLessThan(60_000)
    expect(run.stdout).toMatch(
      /::warning::GitHub secondary rate limit on POST .*\/pulls\/\{pull_number\}\/reviews asks to wait 3600s, more than the 300s left/,
    )
    expect(run.stdout).toMatch(/::warning::s3-gate could not post the review comments \(HTTP 403.*every finding is in the job summary/)
    // The findings the review would have carried are still on the check run.
    expect(fake.state.checkRuns).toHaveLength(1)
    expect(fake.state.checkRuns[0]!.conclusion).toBe(healthy.conclusion)
  })

  it('keeps the verdict when posting fails for good, and says what was not posted', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({
      method: 'POST',
      path: /\/issues\/2\/comments$/,
      status: 422,
      times: 10,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is locked' }],
      },
    })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    expect(fake.state.checkRuns[0]!.conclusion).toBe(healthy.conclusion)
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/summary comment.*HTTP 422/)
    // The check-run summary was updated to say so.
    expect(fake.state.checkRuns[0]!.output.summary).toMatch(/Could not post the summary comment/)
  })

  it('falls back to one comment at a time when GitHub rejects the review with 422', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({
      method: 'POST',
      path: /\/pulls\/2\/reviews$/,
      status: 422,
      body: { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] },
    })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    expect(fake.state.reviews).toHaveLength(0)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
  })

  it('posts a fresh comment when the one it meant to edit was deleted (404)', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    await runOnPull(fake, repo)
    const before = fake.state.reviewComments.length
    // The second run changes every body (another docs URL); the first comment vanishes mid-run.
    let deleted: number | undefined
    fake.inject({
      method: 'PATCH',
      path: /\/pulls\/comments\/\d+$/,
      action: (state) => {
        deleted = state.reviewComments[0]!.id
        state.reviewComments.splice(0, 1)
        state.threads.splice(0, 1)
      },
    })
    const run = await runOnPull(fake, repo, { 'rule-docs-url': 'https://docs.example.com/s3-gate/rules' })
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    expect(deleted).toBeDefined()
    const patches = fake.state.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/pulls/comments/'))
    expect(patches.map((r) => r.status)).toContain(404)
    expect(fake.state.reviewComments).toHaveLength(before)
    expect(fake.state.reviewComments.every((c) => c.body.includes('https://docs.example.com/s3-gate/rules/'))).toBe(true)
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::warning::'))).toEqual([])
  })

  it('handles 500 findings: annotations in batches of 50, capped comments, bodies under the limits', async () => {
    const big = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'many.yaml': manyBuckets(70) })
    fake = await startFakeGitHub(scenarioFor(big))
    const run = await runOnPull(fake, big)
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    const total = Number(run.outputs.findings)
    expect(total).toBeGreaterThanOrEqual(500)
    const check = fake.state.checkRuns[0]!
    expect(check.annotations).toHaveLength(total)
    expect(Math.max(...check.annotationBatches)).toBeLessThanOrEqual(50)
    expect(fake.state.reviewComments).toHaveLength(25)
    expect(check.output.summary!.length).toBeLessThanOrEqual(65_535)
    expect(fake.state.issueComments[0]!.body.length).toBeLessThanOrEqual(65_536)
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024)
    // Every finding is somewhere: all in the annotations, and the summary counts them all.
    expect(run.summary).toContain(`| ${total} |`)
  })

  it('takes a list of changed files that ends early (an empty page, no link) for a failure, not for the whole list', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({ method: 'GET', path: /\/pulls\/2\/files$/, status: 200, times: 10, body: [] })
    const run = await runOnPull(fake, repo)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    // Nothing is commented against a diff GitHub did not give whole; every finding is annotated.
    expect(fake.state.reviewComments).toEqual([])
    expect(fake.state.checkRuns[0]!.annotations.length).toBeGreaterThan(0)
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
    expect(warnings.join('\n')).toMatch(
      /the list of changed files \(so no inline comments\).*GitHub listed 0 of the 1 files the pull request changes/,
    )
    expect(fake.state.issueComments[0]!.body).not.toMatch(/does not change/)
  })

  it('reads all 3,000 files of a huge pull request, 100 per page', async () => {
    const filler = Object.fromEntries(Array.from({ length: 2999 }, (_, i) => [`docs/${String(i).padStart(4, '0')}.md`, `${i}\n`]))
    const huge = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { ...filler, 'template.yaml': WITH_PUBLIC_BUCKET })
    expect(huge.files).toHaveLength(3000)
    fake = await startFakeGitHub(scenarioFor(huge))
    const run = await runOnPull(fake, huge)
    expectCleanRun(fake, run)
    expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    const pages = fake.state.requests.filter((r) => r.path.endsWith('/pulls/2/files'))
    expect(pages).toHaveLength(30)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
  })
})
