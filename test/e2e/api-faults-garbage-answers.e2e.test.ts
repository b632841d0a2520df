/**
 * answers that are not what GitHub's API promises (2xx with HTML, `{}`, `null`, cut-off JSON,
 * GraphQL without data), on a pull request whose healthy verdict is a PASS (exit 0): a crash
 * would show as exit 1 here, where the fault suites' failing baseline would hide it.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type Fault, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, pushCommit, runOnPull, scenarioFor, warningsOf, type TestRepo } from './harness.js'
import { LOGS_BUCKET, PUBLIC_BUCKET_FIXED, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

const INPUTS = { 'fail-on': 'none' }
let repo: TestRepo
let healthy: { code: number; conclusion: string; comments: number }
beforeAll(async () => {
  repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
  const f = await startFakeGitHub(scenarioFor(repo))
  try {
    const run = await runOnPull(f, repo, INPUTS)
    expectCleanRun(f, run)
    healthy = { code: run.code, conclusion: run.outputs.conclusion!, comments: f.state.reviewComments.length }
    expect(healthy.code).toBe(0)
    expect(healthy.comments).toBeGreaterThan(0)
  } finally {
    await f.close()
  }
}, 120_000)

const HTML = '<!DOCTYPE html><html><head><title>Unicorn!</title></head><body>busy</body></html>'

const cases: [string, Fault[]][] = [
  ['every answer a 200 HTML page', [{ path: /./, status: 200, rawBody: HTML, times: 10_000 }]],
  ['every answer a 200 `{}`', [{ path: /./, status: 200, rawBody: '{}', times: 10_000 }]],
  ['every answer a 200 `null`', [{ path: /./, status: 200, rawBody: 'null', times: 10_000 }]],
  ['every answer a 200 cut-off JSON', [{ path: /./, status: 200, rawBody: '{"id": 12, "head": {"sha": "ab', times: 10_000 }]],
  ['every answer a 201 `[]`', [{ path: /./, status: 201, rawBody: '[]', times: 10_000 }]],
  ['every answer a 204', [{ path: /./, status: 204, times: 10_000 }]],
  [
    'the check run created, answered with HTML',
    [{ method: 'POST', path: /\/check-runs$/, status: 201, rawBody: HTML, afterHandling: true }],
  ],
  [
    'the review created, answered with cut-off JSON',
    [{ method: 'POST', path: /\/reviews$/, status: 200, rawBody: '{"id":', afterHandling: true }],
  ],
  [
    'every answer cut off midway, connection reset',
    [{ path: /./, status: 200, body: { message: 'x'.repeat(200) }, cutBody: 'reset', times: 10_000 }],
  ],
  ['a 304 Not Modified to every GET', [{ method: 'GET', path: /./, status: 304, times: 10_000 }]],
  [
    'a 301 redirect to another host on every request',
    [{ path: /./, status: 301, headers: { location: 'http://127.0.0.2:9/x' }, times: 10_000 }],
  ],
]

describe('garbage answers keep a passing verdict', () => {
  for (const [name, faults] of cases) {
    it(
      name,
      async () => {
        fake = await startFakeGitHub(scenarioFor(repo))
        for (const f of faults) fake.inject(f)
        const run = await runOnPull(fake, repo, INPUTS, { env: { S3_GATE_TEST_REQUEST_TIMEOUT_MS: '2000' } })
        expectCleanRun(fake, run)
        const bug = run.stdout.split('\n').filter((l) => /This is a bug|::error::/.test(l))
        console.log(
          name,
          '->',
          run.code,
          run.outputs.conclusion,
          `${run.durationMs}ms`,
          bug,
          warningsOf(run).map((w) => w.slice(0, 300)),
        )
        expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
        expect(bug).toEqual([])
        expect(run.summary).toMatch(/acl-public-read/)
      },
      120_000,
    )
  }

  /** Threads left open after a second run that fixes the public bucket, and the replies posted. */
  async function fixPublicBucket(fault?: Fault): Promise<{ open: number[]; replies: number[] }> {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(local))
    expect((await runOnPull(fake, local)).code).toBe(1)
    const fixed = await pushCommit(local, { 'template.yaml': PUBLIC_BUCKET_FIXED })
    fake.updatePull(2, { headSha: fixed.headSha, files: fixed.files })
    if (fault) fake.inject(fault)
    const run = await runOnPull(fake, fixed)
    expectCleanRun(fake, run)
    expect(run.code).toBe(0)
    const replies = fake.state.reviewComments.filter((c) => c.inReplyTo !== null).map((c) => c.inReplyTo!)
    const open = fake.state.threads.filter((t) => !t.isResolved).map((t) => t.rootId)
    await fake.close()
    fake = undefined
    return { open, replies }
  }

  it('does not count a thread as resolved when GraphQL answers the mutation without data', async () => {
    const healthy = await fixPublicBucket()
    const faulty = await fixPublicBucket({
      method: 'POST',
      path: /^\/graphql$/,
      times: 1000,
      match: (b) => /resolveReviewThread/.test((b as { query?: string }).query ?? ''),
      status: 200,
      rawBody: '{}',
    })
    // Each thread the healthy run resolved is answered "fixed" instead; the others stay open as they do there.
    const resolvedWhenHealthy = faulty.open.filter((id) => !healthy.open.includes(id))
    expect(resolvedWhenHealthy.length).toBeGreaterThan(0)
    expect(resolvedWhenHealthy.filter((id) => !faulty.replies.includes(id))).toEqual([])
  })
})
