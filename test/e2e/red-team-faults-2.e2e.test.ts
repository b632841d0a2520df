/**
 * A second red-team pass over the reporting layer: text from the scanned repository that reaches
 * the log, the Markdown surfaces or GitHub's API, and pull request shapes the first pass did not
 * try. Each keeps the verdict, leaves every finding visible and never leaks the token.
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
  runAction,
  runOnPull,
  scenarioFor,
  warningsOf,
  type ActionRun,
} from './harness.js'
import { markerScopeOf } from '../../src/report/github/render-context.js'
import { LOGS_BUCKET, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

/** Lines of stdout the runner would take for a workflow command (it trims leading white space). */
const commandLines = (run: ActionRun) =>
  run.stdout
    .split(/\r?\n/)
    .map((l) => l.trimStart())
    .filter((l) => l.startsWith('::'))

const FORGED = '::error file=forged.yaml,line=1::forged'

describe('red-team 2: scanned text in the log', () => {
  it('prints no line a resource name could turn into a workflow command (merge commit, base-only lines)', async () => {
    // The base branch adds a bucket whose logical id holds a line break and a workflow command;
    // its findings are on lines only the merge commit has, which the action explains in the log.
    const evil = `  "Evil\\n${FORGED}":\n    Type: AWS::S3::Bucket\n`
    const repo = await makeRepo(
      { 'template.yaml': LOGS_BUCKET },
      { 'template.yaml': `${LOGS_BUCKET}  Public:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n` },
      { checkout: 'merge', depth: 2, baseMovedOn: { 'template.yaml': LOGS_BUCKET.replace('Resources:\n', `Resources:\n${evil}`) } },
    )
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    expect(commandLines(run).filter((l) => l.includes('forged'))).toEqual([])
  }, 60_000)
})

describe('red-team 2: event payloads', () => {
  it('runs on an event file that holds `null` (a broken runner or a hand-made workflow), and says what it cannot do', async () => {
    const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(repo))
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-event-')), 'event.json')
    fs.writeFileSync(broken, 'null')
    const run = await runOnPull(fake, repo, {}, { env: { GITHUB_EVENT_PATH: broken } })
    expectCleanRun(fake, run)
    // Not a crash ("This is a bug in s3-gate"): the findings gate as on any event without a base.
    expect(run.stdout).not.toMatch(/This is a bug/)
    expect([run.code, run.outputs.conclusion]).toEqual([1, 'failure'])
    expect(fake.state.checkRuns[0]!.conclusion).toBe('failure')
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/Could not read the event payload GITHUB_EVENT_PATH \(it holds no JSON object\).*nothing is commented/)
  }, 60_000)

  it('warns when a `pull_request_target` run scanned the base branch instead of the pull request', async () => {
    const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    // What actions/checkout does on pull_request_target without `ref:`.
    await git(repo.dir, 'checkout', '-q', '--detach', repo.baseSha)
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runAction({
      cwd: repo.dir,
      apiUrl: fake.url,
      eventName: 'pull_request_target',
      event: pullRequestEvent({ number: 2, headSha: repo.headSha, baseSha: repo.baseSha }),
      sha: repo.baseSha,
    })
    expectCleanRun(fake, run)
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`The checkout ${repo.baseSha.slice(0, 7)} is not pull request #2's code`)
    expect(warnings[0]).toContain('give it `ref: ${{ github.event.pull_request.head.sha }}`')
    // Checked out as it should be, the same event gets no such warning.
    await git(repo.dir, 'checkout', '-q', '--detach', repo.headSha)
    const fixed = await runAction({
      cwd: repo.dir,
      apiUrl: fake.url,
      eventName: 'pull_request_target',
      event: pullRequestEvent({ number: 2, headSha: repo.headSha, baseSha: repo.baseSha }),
      sha: repo.baseSha,
    })
    expect(warningsOf(fixed)).toEqual([])
    expect(fixed.code).toBe(1)
  }, 60_000)
})

describe('red-team 2: two s3-gate steps on one pull request', () => {
  it('keep their own summary comments and never resolve each other’s threads as fixed', async () => {
    const repo = await makeRepo(
      { 'README.md': 'x\n' },
      { 'README.md': 'x\n', 'app/template.yaml': WITH_PUBLIC_BUCKET, 'data/template.yaml': WITH_PUBLIC_BUCKET },
    )
    fake = await startFakeGitHub(scenarioFor(repo))
    const app = () => runOnPull(fake!, repo, { paths: 'app' })
    const data = () => runOnPull(fake!, repo, { paths: 'data', 'check-name': 's3-gate (data)' })
    expectCleanRun(fake, await app())
    const appComments = fake.state.reviewComments.map((c) => c.id)
    expect(appComments.length).toBeGreaterThan(0)
    expect(fake.state.issueComments).toHaveLength(1)

    const second = await data()
    expectCleanRun(fake, second)
    expect(second.code).toBe(1)
    // Its own summary comment and review comments, beside the first step's, which stay as they were.
    expect(fake.state.issueComments).toHaveLength(2)
    expect(fake.state.issueComments.map((c) => c.body.includes('app/template.yaml'))).toEqual([true, false])
    expect(fake.state.threads.filter((t) => t.isResolved)).toEqual([])
    expect(fake.state.reviewComments.filter((c) => c.inReplyTo !== null)).toEqual([])
    expect(fake.state.reviewComments.filter((c) => c.path.startsWith('data/')).length).toBe(appComments.length)

    // Each re-run finds its own comments again: nothing new, nothing resolved.
    const before = fake.state.reviewComments.length
    expectCleanRun(fake, await app())
    expectCleanRun(fake, await data())
    expect(fake.state.reviewComments).toHaveLength(before)
    expect(fake.state.issueComments).toHaveLength(2)
    expect(fake.state.threads.filter((t) => t.isResolved)).toEqual([])
  }, 60_000)
})

describe('red-team 2: markers quoted by scanned text', () => {
  it('takes only a comment that starts with the marker for its summary comment, not one that quotes it', async () => {
    // A logical id spelling the other step's marker is quoted (in a code span) in this step's
    // summary comment; the other step must not take that comment for its own and overwrite it.
    const quoted = `<!-- s3-gate:summary check=${markerScopeOf('s3-gate (data)')} -->`
    const app = `${LOGS_BUCKET}  "${quoted}":\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n`
    const repo = await makeRepo(
      { 'README.md': 'x\n' },
      { 'README.md': 'x\n', 'app/template.yaml': app, 'data/template.yaml': WITH_PUBLIC_BUCKET },
    )
    fake = await startFakeGitHub(scenarioFor(repo))
    expectCleanRun(fake, await runOnPull(fake, repo, { paths: 'app' }))
    expect(fake.state.issueComments).toHaveLength(1)
    expect(fake.state.issueComments[0]!.body).toContain(quoted)
    const appSummary = fake.state.issueComments[0]!.body
    expectCleanRun(fake, await runOnPull(fake, repo, { paths: 'data', 'check-name': 's3-gate (data)' }))
    expect(fake.state.issueComments).toHaveLength(2)
    expect(fake.state.issueComments[0]!.body).toBe(appSummary)
  }, 60_000)
})
