/**
 * the pull request is force-pushed while the run is publishing (after its "has the head moved"
 * check): GitHub now refuses the old head as `commit_id` ("commit_id is not part of the pull request").
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, git, makeRepo, pushCommit, runOnPull, scenarioFor, warningsOf } from './harness.js'
import { LOGS_BUCKET, manyBuckets, PUBLIC_BUCKET_FIXED } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

async function forcePushedMidRun(env: Record<string, string> = {}) {
  const repo = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'many.yaml': manyBuckets(6) })
  // The force-pushed head: the template fixed, the old head no longer in the pull request.
  const forced = await pushCommit(repo, { 'many.yaml': `${LOGS_BUCKET}` })
  void PUBLIC_BUCKET_FIXED
  await git(repo.dir, 'checkout', '-q', '--detach', repo.headSha)
  fake = await startFakeGitHub(scenarioFor(repo))
  const f = fake
  f.inject({
    // After the check run went out, just as the review is sent.
    method: 'POST',
    path: /\/pulls\/2\/reviews$/,
    action: () => {
      f.updatePull(2, { headSha: forced.headSha, files: forced.files })
      f.scenario.pulls[0]!.previousHeads = []
    },
  })
  const run = await runOnPull(f, repo, {}, { env })
  return { f, run }
}

describe('force-push mid-run', () => {
  it('stops commenting on the pull request once GitHub says the scanned commit is no longer part of it', async () => {
    const { f, run } = await forcePushedMidRun()
    expectCleanRun(f, run)
    expect(run.code).toBe(1)
    const posts = f.state.requests.filter((r) => r.method === 'POST' && /\/pulls\/2\/(comments|reviews)$/.test(r.path))
    // The log names GitHub's actual reason, as the run that finds a newer head at the start does.
    expect(run.stdout).toMatch(/has moved on to a newer commit .*not part of the pull request/i)
    expect(warningsOf(run).join('\n')).not.toMatch(/refused both a line and a file comment/)
    // One refused review is enough to know: not one retry per comment, twice (line, then file).
    expect(posts.length).toBeLessThanOrEqual(2)
    // The stale run does not overwrite the newer head's summary comment.
    expect(f.state.issueComments).toEqual([])
  })

  it('at GitHub pace (1 s between writes, 3 s between comments), does not spend minutes on refused comments', async () => {
    const { f, run } = await forcePushedMidRun({ S3_GATE_TEST_NO_PACING: '0' })
    expectCleanRun(f, run)
    const posts = f.state.requests.filter((r) => r.method === 'POST' && /\/pulls\/2\/(comments|reviews)$/.test(r.path))
    console.log(`paced: ${posts.length} refused POSTs, ${run.durationMs} ms`)
    expect(run.durationMs).toBeLessThan(60_000)
  }, 600_000)
})

describe('a pull request read while GitHub still answers with the head before a push', () => {
  it('is asked again, and the newest commit still gets its comments', async () => {
    const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': LOGS_BUCKET })
    fake = await startFakeGitHub(scenarioFor(repo))
    await runOnPull(fake, repo)
    const oldHead = repo.headSha
    const pushed = await pushCommit(repo, { 'other.yaml': manyBuckets(1) })
    fake.updatePull(2, { headSha: pushed.headSha, files: pushed.files })
    // A replica behind: the first read of the pull request names the previous head.
    fake.inject({
      method: 'GET',
      path: /\/pulls\/2$/,
      status: 200,
      rawBody: JSON.stringify({ number: 2, head: { sha: oldHead, ref: 'changes' }, base: { sha: repo.baseSha, ref: 'main' } }),
    })
    const run = await runOnPull(fake, pushed)
    expectCleanRun(fake, run)
    expect(fake.state.reviewComments.filter((c) => c.path === 'other.yaml').length).toBeGreaterThan(0)
    expect(run.stdout).not.toMatch(/has moved on/)
  })
})
