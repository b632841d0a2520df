import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import {
  ensureDist,
  expectCleanRun,
  makeRepo,
  READ_ONLY_TOKEN,
  runAction,
  runOnPull,
  scenarioFor,
  workflowRunEvent,
  type ActionRun,
  type TestRepo,
} from './harness.js'
import { LOGS_BUCKET, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

/** The `workflow_run` job: no checkout, only the downloaded artifact, and a write token. */
function publish(f: FakeGitHub, resultsFile: string, headSha: string, pullNumbers: number[] = []): Promise<ActionRun> {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-publish-'))
  return runAction({
    cwd: empty,
    apiUrl: f.url,
    eventName: 'workflow_run',
    event: workflowRunEvent(headSha, pullNumbers),
    sha: 'b'.repeat(40),
    inputs: { mode: 'publish', 'results-file': resultsFile },
  })
}

let repo: TestRepo
beforeAll(async () => {
  repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET }, { checkout: 'merge' })
}, 60_000)

describe('the fork-safe two-workflow setup', () => {
  it('scans with a read-only token without calling the API, then publishes from workflow_run', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const scan = await runOnPull(fake, repo, { mode: 'scan' }, { token: READ_ONLY_TOKEN, fork: true })
    expectCleanRun(fake, scan)
    expect(scan.code).toBe(1)
    expect(fake.state.requests).toEqual([])
    const resultsFile = scan.outputs['results-file']!
    expect(fs.existsSync(resultsFile)).toBe(true)
    expect(scan.stdout).toMatch(/^::error title=.*file=template\.yaml/m)
    expect(scan.stdout.split('\n').filter((l) => l.startsWith('::warning::'))).toEqual([])

    // workflow_run.pull_requests is empty for forks: the PR comes from the artifact, checked against GitHub.
    const pub = await publish(fake, resultsFile, repo.headSha)
    expectCleanRun(fake, pub)
    expect(pub.code).toBe(0)
    expect(fake.state.checkRuns).toHaveLength(1)
    expect(fake.state.checkRuns[0]!).toMatchObject({ headSha: repo.headSha, conclusion: 'failure' })
    expect(fake.state.reviewComments.length).toBeGreaterThan(0)
    expect(fake.state.reviewComments.every((c) => c.line! >= 14)).toBe(true)
    expect(fake.state.issueComments).toHaveLength(1)
    expect(pub.outputs.conclusion).toBe('failure')
  })

  it('re-gates the artifact with the publishing workflow’s own policy', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const scan = await runOnPull(fake, repo, { mode: 'scan', 'fail-on': 'none' }, { token: READ_ONLY_TOKEN, fork: true })
    expect(scan.code).toBe(0)
    const pub = await publish(fake, scan.outputs['results-file']!, repo.headSha)
    expectCleanRun(fake, pub)
    expect(fake.state.checkRuns[0]!.conclusion).toBe('failure')
  })

  it('refuses an artifact for another commit, another pull request or of the wrong shape', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const scan = await runOnPull(fake, repo, { mode: 'scan' }, { token: READ_ONLY_TOKEN, fork: true })
    const original = JSON.parse(fs.readFileSync(scan.outputs['results-file']!, 'utf8')) as Record<string, unknown> & {
      pullRequest: { number: number }
    }
    const variant = (mutate: (doc: typeof original) => void) => {
      const doc = structuredClone(original)
      mutate(doc)
      const file = path.join(scan.tempDir, `variant-${Math.random().toString(36).slice(2)}.json`)
      fs.writeFileSync(file, JSON.stringify(doc))
      return file
    }
    // The workflow run was for another commit than the artifact claims.
    const otherCommit = await publish(fake, scan.outputs['results-file']!, 'c'.repeat(40))
    expect(otherCommit.code).toBe(1)
    expect(otherCommit.stdout).toMatch(/refusing to publish/)
    // The artifact names a PR the run does not belong to.
    const otherPull = await publish(
      fake,
      variant((d) => (d.pullRequest.number = 7)),
      repo.headSha,
      [2],
    )
    expect(otherPull.code).toBe(1)
    // A path escaping the repository.
    const badPath = await publish(
      fake,
      variant((d) => ((d.head as { findings: { location: { file: string } }[] }).findings[0]!.location.file = '../../etc/passwd')),
      repo.headSha,
    )
    expect(badPath.code).toBe(1)
    expect(badPath.stdout).toMatch(/not valid/)
    expect(fake.state.checkRuns).toEqual([])
    expect(fake.state.reviewComments).toEqual([])
    expect(fake.state.violations).toEqual([])
  })

  it('says once that an empty github-token posts nothing, as a setup to fix, not a bug', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo, { 'github-token': '' })
    expect(run.code).toBe(1)
    expect(fake.state.requests).toEqual([])
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
    expect(warnings).toEqual([expect.stringContaining('`github-token` input is empty')])
    expect(run.stdout).not.toMatch(/please report/)
    expect(run.summary).toContain('`github-token` input is empty')
  })
})
