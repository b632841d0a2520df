/**
 * a token whose primary rate limit is spent for the next hour; files GitHub lists without a
 * patch (binary or too large) or as renamed; a pull request with thousands of earlier comments.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { healthyBaseline, type HealthyBaseline } from './healthy-baseline.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, runOnPull, scenarioFor, warningsOf, type TestRepo } from './harness.js'
import { LOGS_BUCKET, WITH_PUBLIC_BUCKET } from './scenarios.js'

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

const sameVerdict = (run: { code: number; outputs: Record<string, string> }) =>
  expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])

describe('misc', () => {
  it('a spent primary rate limit on every request: fails fast, says rate limit (not read-only)', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const reset = String(Math.floor(Date.now() / 1000) + 3600)
    fake.inject({
      path: /./,
      status: 403,
      times: 10_000,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '1000', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest' },
    })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    console.log(
      run.durationMs,
      fake.state.requests.length,
      warningsOf(run).map((w) => w.slice(0, 250)),
    )
    expect(run.durationMs).toBeLessThan(30_000)
    expect(warningsOf(run).join('\n')).toMatch(/rate limit/)
    expect(warningsOf(run).join('\n')).not.toMatch(/read-only|may not write/)
    expect(run.summary).toMatch(/acl-public-read/)
  })

  it('a changed file GitHub lists without a patch (too large): no line comments, findings still shown', async () => {
    const files = repo.files.map((f) => {
      const { patch: _p, ...rest } = f
      return rest
    })
    fake = await startFakeGitHub(scenarioFor({ ...repo, files }))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    console.log(
      'comments',
      fake.state.reviewComments.map((c) => c.subjectType),
      warningsOf(run),
    )
    expect(fake.state.reviewComments.every((c) => c.subjectType === 'file')).toBe(true)
    expect(fake.state.checkRuns[0]!.annotations).toHaveLength(healthy.annotations)
  })

  it('a file GitHub lists as renamed (with previous_filename): comments on the new name', async () => {
    const moved = await makeRepo({ 'old/template.yaml': LOGS_BUCKET }, { 'new/template.yaml': WITH_PUBLIC_BUCKET })
    // What GitHub lists with rename detection: one renamed entry instead of a removal and an addition.
    const added = moved.files.find((f) => f.filename === 'new/template.yaml')!
    const files = [{ ...added, status: 'renamed' as const, previous_filename: 'old/template.yaml' }]
    fake = await startFakeGitHub(scenarioFor({ ...moved, files }))
    const run = await runOnPull(fake, moved)
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    console.log('comments', fake.state.reviewComments.length, warningsOf(run))
    expect(fake.state.reviewComments.length).toBeGreaterThan(0)
    expect(warningsOf(run)).toEqual([])
  })

  it('re-run on a pull request with 2,500 comments of others: finds its own on the last pages, no duplicates', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    const person = { login: 'octocat', type: 'User' as const }
    for (let i = 0; i < 2500; i++)
      fake.state.issueComments.push({ id: 50_000_000 + i, issue: 2, body: `chatter ${i}`, user: person, createdAt: at, updatedAt: at })
    expectCleanRun(fake, await runOnPull(fake, repo))
    // Others reply to our review threads after the first run: 2,500 review comments.
    const roots = fake.state.reviewComments.map((c) => c.id)
    for (let i = 0; i < 2500; i++) fake.addHumanReply(roots[i % roots.length]!, `reply ${i}`)
    const comments = fake.state.reviewComments.length
    const run = await runOnPull(fake, repo, { 'rule-docs-url': 'https://docs.example.com/rules' })
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.reviewComments).toHaveLength(comments)
    expect(fake.state.issueComments.filter((c) => c.body.startsWith('<!-- s3-gate:summary'))).toHaveLength(1)
    expect(warningsOf(run)).toEqual([])
  }, 120_000)
})
