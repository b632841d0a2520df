/**
 * events other than `pull_request`, and payloads missing fields. The verdict must be the
 * event's own (every finding gates when there is no base), the check run goes on the right commit,
 * nothing crashes ("This is a bug"), and nothing is commented on a pull request the run cannot name.
 */
import { createRequire } from 'node:module'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import {
  ensureDist,
  expectCleanRun,
  makeRepo,
  pullRequestEvent,
  pushEvent,
  runAction,
  scenarioFor,
  warningsOf,
  type TestRepo,
} from './harness.js'
import { LOGS_BUCKET, WITH_PUBLIC_BUCKET } from './scenarios.js'

const require = createRequire(import.meta.url)
const webhooks = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, unknown>[] }[]
const example = (name: string) => structuredClone(webhooks.find((w) => w.name === name)!.examples[0]!) as Record<string, any>

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

let repo: TestRepo
beforeAll(async () => {
  repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
}, 60_000)

function go(eventName: string, event: Record<string, unknown>, sha = repo.headSha) {
  return runAction({ cwd: repo.dir, apiUrl: fake!.url, eventName, event, sha })
}

const noBug = (stdout: string) => expect(stdout).not.toMatch(/This is a bug/)

describe('other events and thin payloads', () => {
  it('workflow_dispatch: gates every finding, check run on GITHUB_SHA, no PR writes', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await go('workflow_dispatch', example('workflow_dispatch'))
    expectCleanRun(fake, run)
    noBug(run.stdout)
    expect([run.code, run.outputs.conclusion]).toEqual([1, 'failure'])
    expect(fake.state.checkRuns.map((c) => [c.headSha, c.conclusion])).toEqual([[repo.headSha, 'failure']])
    expect(fake.state.reviewComments).toEqual([])
    expect(fake.state.issueComments).toEqual([])
  })

  it('push whose `after` is all zeros (a deleted branch): check run on GITHUB_SHA, not on 000…', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await go('push', pushEvent('0000000000000000000000000000000000000000'))
    console.log(
      warningsOf(run),
      fake.state.rejections,
      fake.state.requests.map((r) => `${r.method} ${r.path} ${r.status} ${JSON.stringify(r.body ?? '').slice(0, 120)}`),
    )
    expectCleanRun(fake, run)
    noBug(run.stdout)
    expect(run.code).toBe(1)
    expect(fake.state.checkRuns.map((c) => c.headSha)).toEqual([repo.headSha])
  })

  it('merge_group: compares with the queue base and posts the check run on the queue head', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const ev = example('merge_group')
    ev.merge_group.head_sha = repo.headSha
    ev.merge_group.base_sha = repo.baseSha
    const run = await go('merge_group', ev)
    expectCleanRun(fake, run)
    noBug(run.stdout)
    expect(run.code).toBe(1)
    expect(fake.state.checkRuns.map((c) => c.headSha)).toEqual([repo.headSha])
    expect(fake.state.reviewComments).toEqual([])
  })

  it('merge_group without base_sha: falls back to gating everything, and says so', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const ev = example('merge_group')
    ev.merge_group.head_sha = repo.headSha
    delete ev.merge_group.base_sha
    const run = await go('merge_group', ev)
    expectCleanRun(fake, run)
    noBug(run.stdout)
    expect(run.code).toBe(1)
    console.log(
      warningsOf(run),
      fake.state.checkRuns.map((c) => c.headSha),
    )
    expect(fake.state.checkRuns.map((c) => c.headSha)).toEqual([repo.headSha])
  })

  it('pull_request payload without pull_request.head (a hand-made event): no crash, no PR writes', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const ev = pullRequestEvent({ number: 2, headSha: repo.headSha, baseSha: repo.baseSha }) as Record<string, any>
    delete ev.pull_request.head
    const run = await go('pull_request', ev)
    expectCleanRun(fake, run)
    noBug(run.stdout)
    expect(run.code).toBe(1)
    console.log(
      warningsOf(run),
      fake.state.checkRuns.map((c) => c.headSha),
    )
    expect(fake.state.reviewComments).toEqual([])
  })

  it('pull_request_target checked out at the head: same verdict and comments as pull_request', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await go('pull_request_target', pullRequestEvent({ number: 2, headSha: repo.headSha, baseSha: repo.baseSha }), repo.baseSha)
    expectCleanRun(fake, run)
    noBug(run.stdout)
    expect(run.code).toBe(1)
    expect(fake.state.checkRuns.map((c) => c.headSha)).toEqual([repo.headSha])
    expect(fake.state.reviewComments.length).toBeGreaterThan(0)
  })
})
