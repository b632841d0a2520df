/**
 * Red team, round 4: the run's own context. A hand-made event payload (fields of the wrong type)
 * and an event whose commit is not the one checked out must neither crash the run nor put a
 * verdict on a commit that was not scanned.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import {
  ensureDist,
  expectCleanRun,
  git,
  makeRepo,
  pullRequestEvent,
  pushEvent,
  runOnPull,
  runAction,
  scenarioFor,
  warningsOf,
  workflowRunEvent,
  type TestRepo,
} from './harness.js'

beforeAll(ensureDist, 600_000)

const CLEAN = `AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n`
const PUBLIC = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Public:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicReadWrite
`

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

let repo: TestRepo
beforeAll(async () => {
  repo = await makeRepo({ 'template.yaml': CLEAN }, { 'template.yaml': PUBLIC })
}, 60_000)

const noBug = (stdout: string) => expect(stdout).not.toMatch(/This is a bug/)

// Webhook payloads: any shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any

describe('hand-made event payloads', () => {
  // `head.sha: 12345` crashed on `sha.slice` before any check run; `pull_requests: "x"` on `.map`.
  const cases: [string, string, (e: Record<string, Loose>) => void][] = [
    ['a pull request head sha that is a number', 'pull_request', (e) => (e.pull_request.head.sha = 12345)],
    ['a pull request number of 2.5', 'pull_request', (e) => (e.pull_request.number = 2.5)],
    ['a base sha that reads as a git option', 'pull_request', (e) => (e.pull_request.base.sha = '--output=/tmp/x')],
    ['workflow_run pull_requests that is not a list', 'workflow_run', (e) => (e.workflow_run.pull_requests = 'x')],
  ]
  for (const [what, eventName, mutate] of cases) {
    it(`runs on ${what}: the verdict, a check run, no crash, nothing sent to a made-up pull request`, async () => {
      fake = await startFakeGitHub(scenarioFor(repo))
      const event = (
        eventName === 'workflow_run'
          ? workflowRunEvent(repo.headSha, [2])
          : pullRequestEvent({ number: 2, headSha: repo.headSha, baseSha: repo.baseSha })
      ) as Record<string, Loose>
      mutate(event)
      const run = await runAction({ cwd: repo.dir, apiUrl: fake.url, eventName, event, sha: repo.headSha })
      expectCleanRun(fake, run)
      noBug(run.stdout)
      expect([run.code, run.outputs.conclusion]).toEqual([1, 'failure'])
      expect(fake.state.checkRuns.map((c) => [c.headSha, c.conclusion])).toEqual([[repo.headSha, 'failure']])
      expect(fake.state.requests.filter((r) => /\/(pulls|issues)\/[^/]*[^0-9/]/.test(r.path))).toEqual([])
      if (eventName === 'pull_request') expect(warningsOf(run).join('\n')).toMatch(/no usable `number`, `head.sha` and `base.sha`/)
    })
  }
})

describe('an event whose commit is not the checkout', () => {
  it('`mode: all` on workflow_run (the default branch checked out) puts no green check on the pull request head', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    // What actions/checkout gives on workflow_run: the default branch, here without the bucket.
    await git(repo.dir, 'checkout', '-q', '--detach', repo.baseSha)
    try {
      const run = await runAction({
        cwd: repo.dir,
        apiUrl: fake.url,
        eventName: 'workflow_run',
        event: workflowRunEvent(repo.headSha, [2]),
        sha: repo.baseSha,
      })
      expectCleanRun(fake, run)
      noBug(run.stdout)
      expect(run.outputs.conclusion).toBe('success')
      // Before: a `success` check run on the head, whose public bucket was never scanned.
      expect(fake.state.checkRuns.filter((c) => c.headSha === repo.headSha)).toEqual([])
      expect(fake.state.requests.filter((r) => r.method === 'POST' && r.body && JSON.stringify(r.body).includes(repo.headSha))).toEqual([])
      expect(warningsOf(run).join('\n')).toMatch(
        new RegExp(
          `The checkout ${repo.baseSha.slice(0, 7)} is not the commit this \`workflow_run\` run is for, ${repo.headSha.slice(0, 7)}`,
        ),
      )
    } finally {
      await git(repo.dir, 'checkout', '-q', '--detach', repo.headSha)
    }
  })
})

describe('`mode: publish` outside workflow_run', () => {
  it('refuses results that name neither a pull request nor this run’s commit, instead of checking whatever commit they name', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    // A push job scans the head and writes results without a pull request in them.
    const scan = await runAction({
      cwd: repo.dir,
      apiUrl: fake.url,
      eventName: 'push',
      event: pushEvent(repo.headSha),
      sha: repo.headSha,
      inputs: { mode: 'scan' },
    })
    expect(scan.code).toBe(1)
    const resultsFile = scan.outputs['results-file']!
    const publish = (sha: string) =>
      runAction({
        cwd: fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-publish-')),
        apiUrl: fake!.url,
        eventName: 'push',
        event: pushEvent(sha),
        sha,
        inputs: { mode: 'publish', 'results-file': resultsFile },
      })
    // Published from a run for another commit: before, a check run went on the results' commit.
    const other = await publish(repo.baseSha)
    expectCleanRun(fake, other)
    noBug(other.stdout)
    expect(other.stdout).toMatch(/::error::The results are for commit \w{7}, but this `push` run is for \w{7}; refusing to publish them\./)
    expect(fake.state.checkRuns).toEqual([])
    // From a run for the commit they name, they are published.
    const same = await publish(repo.headSha)
    expectCleanRun(fake, same)
    expect(fake.state.checkRuns.map((c) => [c.headSha, c.conclusion])).toEqual([[repo.headSha, 'failure']])
  })
})

describe('output files that cannot be written', () => {
  // Node 20's `mkdir(…, { recursive: true })` never returns for a folder under /proc: the job spun
  // at full CPU until GitHub's six-hour limit.
  it('says so and goes on when `sarif-file` or `results-file` lies under /proc, instead of hanging', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runAction({
      cwd: repo.dir,
      apiUrl: fake.url,
      eventName: 'pull_request',
      event: pullRequestEvent({ number: 2, headSha: repo.headSha, baseSha: repo.baseSha }),
      sha: repo.headSha,
      inputs: { 'sarif-file': '/proc/s3-gate-nope/s3-gate.sarif' },
      timeoutMs: 40_000,
    })
    expectCleanRun(fake, run)
    noBug(run.stdout)
    expect([run.code, run.outputs.conclusion]).toEqual([1, 'failure'])
    expect(fake.state.checkRuns.map((c) => c.conclusion)).toEqual(['failure'])
    expect(warningsOf(run).join('\n')).toMatch(/Could not write the SARIF file \/proc\/s3-gate-nope\/s3-gate\.sarif/)
    expect(run.durationMs).toBeLessThan(30_000)
  }, 60_000)

  it('posts the merged verdict when the merge step cannot write `results-file`, and fails a scan step that cannot, without "a bug"', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-folder-'))
    const scan = await runOnPull(fake, repo, { mode: 'scan', 'results-file': folder })
    noBug(scan.stdout)
    expect(scan.code).toBe(1)
    expect(scan.outputs.conclusion).toBe('failure')
    expect(scan.outputs['results-file']).toBeUndefined()
    expect(scan.summary).toMatch(/Public/)
    expect(scan.stdout).toMatch(
      /::error::s3-gate: Could not write `results-file` ".*": .*; the publish step will have no results to take\./,
    )
    // A passing scan fails too: the publish step would have nothing to post.
    const clean = await makeRepo({ 'template.yaml': CLEAN }, { 'template.yaml': CLEAN })
    const passing = await runOnPull(fake, clean, { mode: 'scan', 'results-file': folder })
    noBug(passing.stdout)
    expect([passing.code, passing.outputs.conclusion]).toEqual([1, 'success'])

    const good = await runOnPull(fake, repo, { mode: 'scan', shard: '1/1' })
    expect(good.code).toBe(0)
    const shards = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-shards-'))
    fs.copyFileSync(good.outputs['results-file']!, path.join(shards, 'shard-1.json'))
    const merge = await runOnPull(fake, repo, { mode: 'merge', 'results-dir': shards, 'results-file': folder })
    expectCleanRun(fake, merge)
    noBug(merge.stdout)
    expect([merge.code, merge.outputs.conclusion]).toEqual([1, 'failure'])
    expect(fake.state.checkRuns.map((c) => c.conclusion)).toEqual(['failure'])
    expect(warningsOf(merge).join('\n')).toMatch(/Could not write `results-file`/)
  })
})

describe('output files in the checkout', () => {
  // The checkout is the pull request's code: a committed link named like the configured output had
  // the action overwrite whatever it pointed at outside the repository.
  it('writes no `sarif-file` or `results-file` through a link out of the repository', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-outside-'))
    const victim = path.join(outside, 'victim')
    fs.writeFileSync(victim, 'untouched\n')
    const links = ['out.sarif', 'out-results.json', 'linked-folder']
    fs.symlinkSync(victim, path.join(repo.dir, 'out.sarif'))
    fs.symlinkSync(victim, path.join(repo.dir, 'out-results.json'))
    fs.symlinkSync(outside, path.join(repo.dir, 'linked-folder'))
    try {
      for (const inputs of [
        { mode: 'scan', 'sarif-file': 'out.sarif', 'results-file': 'out-results.json' },
        { mode: 'scan', 'sarif-file': 'linked-folder/new/s3-gate.sarif', 'results-file': 'linked-folder/results.json' },
      ]) {
        const run = await runOnPull(fake, repo, inputs)
        noBug(run.stdout)
        expect(run.code).toBe(1)
        expect(fs.readFileSync(victim, 'utf8')).toBe('untouched\n')
        expect(fs.readdirSync(outside)).toEqual(['victim'])
        const warnings = warningsOf(run).join('\n')
        expect(warnings).toMatch(/Could not write the SARIF file .*leads out of it through a symbolic link/)
        expect(warnings).toMatch(/Could not write `results-file` .*leads out of it through a symbolic link/)
        expect(run.outputs['sarif-file']).toBeUndefined()
      }
      // A path inside the repository that stays inside it is written as before.
      const inside = await runOnPull(fake, repo, { mode: 'scan', 'sarif-file': 'reports/s3-gate.sarif', 'results-file': 'reports/r.json' })
      expect(inside.outputs['sarif-file']).toBe(path.join(fs.realpathSync(repo.dir), 'reports', 's3-gate.sarif'))
      expect(JSON.parse(fs.readFileSync(path.join(repo.dir, 'reports', 'r.json'), 'utf8')).schema).toBe('s3-gate/results@1')
    } finally {
      for (const l of links) fs.rmSync(path.join(repo.dir, l), { force: true })
      fs.rmSync(path.join(repo.dir, 'reports'), { recursive: true, force: true })
    }
  })
})
