/**
 * Red team, round 8 (the action shell): a repository checked out below the workspace
 * (`actions/checkout` with `path:`), and file names with spaces, `#`, `%`, `?`, brackets and
 * non-ASCII characters on every surface.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { DiffFile } from './diff.js'
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
  type TestRepo,
} from './harness.js'
import { LOGS_BUCKET, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

const noBug = (stdout: string) => expect(stdout).not.toMatch(/This is a bug/)

/** What GitHub holds after a run, in the pull request's own file names. */
function posted(f: FakeGitHub) {
  return {
    comments: f.state.reviewComments.map((c) => `${c.path}:${c.line ?? 'file'}`).sort(),
    annotations: f.state.checkRuns.flatMap((c) => c.annotations.map((a) => `${a.path}:${a.start_line}`)).sort(),
    conclusions: f.state.checkRuns.map((c) => c.conclusion),
  }
}

describe('a repository checked out below the workspace (actions/checkout `path:`)', () => {
  // The base has a public bucket (pre-existing, not gating with `scope: changed`); the pull request
  // adds a second one, and the repository's .s3-gate.yml turns one rule off.
  const CONFIG = 'rules:\n  access-logging-disabled: off\n'
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeRepo(
      { '.s3-gate.yml': CONFIG, 'infra/old.yaml': WITH_PUBLIC_BUCKET, 'infra/new.yaml': LOGS_BUCKET },
      { '.s3-gate.yml': CONFIG, 'infra/old.yaml': WITH_PUBLIC_BUCKET, 'infra/new.yaml': WITH_PUBLIC_BUCKET },
      { checkout: 'merge' },
    )
  }, 60_000)

  /** The workflow's run with the repository at `workspace/src`, `paths: src…`. */
  async function runBelow(f: FakeGitHub, inputs: Record<string, string>): Promise<ActionRun> {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-workspace-'))
    fs.cpSync(repo.dir, path.join(workspace, 'src'), { recursive: true })
    return runAction({
      cwd: workspace,
      apiUrl: f.url,
      eventName: 'pull_request',
      event: pullRequestEvent({ number: 2, headSha: repo.headSha, baseSha: repo.baseSha }),
      sha: repo.mergeSha!,
      inputs,
    })
  }

  it('gives the verdict, comments and annotations of the same repository checked out at the workspace', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const atRoot = await runOnPull(fake, repo)
    expectCleanRun(fake, atRoot)
    const expected = posted(fake)
    // The pre-existing public bucket does not gate; the new one does; the config's rule is off.
    expect(atRoot.outputs['new-findings']).not.toBe(atRoot.outputs.findings)
    expect(expected.comments.length).toBeGreaterThan(0)
    expect(expected.annotations.every((a) => a.startsWith('infra/'))).toBe(true)
    expect(JSON.stringify(fake.state.checkRuns)).not.toMatch(/access-logging-disabled/)

    for (const paths of ['src', 'src/infra']) {
      await fake.close()
      fake = await startFakeGitHub(scenarioFor(repo))
      const run = await runBelow(fake, { paths })
      expectCleanRun(fake, run)
      noBug(run.stdout)
      // Before: "The merge base was unavailable: the workspace is not a git checkout", every finding
      // gating, no review comment (`src/infra/…` is no file of the pull request), annotations on
      // `src/infra/…`, and the repository's .s3-gate.yml unread.
      expect(warningsOf(run)).toEqual(warningsOf(atRoot))
      expect([run.code, run.outputs.conclusion, run.outputs['new-findings'], run.outputs.findings]).toEqual([
        atRoot.code,
        atRoot.outputs.conclusion,
        atRoot.outputs['new-findings'],
        atRoot.outputs.findings,
      ])
      if (paths === 'src') expect(posted(fake)).toEqual(expected)
      else expect(posted(fake).comments).toEqual(expected.comments.filter((c) => c.startsWith('infra/')))
      expect(run.stdout).toMatch(/The workspace is not a git checkout, but src\/, where `paths` lie, is: s3-gate scans from there/)
      const sarif = JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8')) as {
        runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[]
      }
      const uris = new Set(sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri))
      expect([...uris].sort()).toEqual(['infra/new.yaml', 'infra/old.yaml'])
    }
  }, 180_000)

  it('reads `config` from the workspace, as the other paths of the step', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runBelow(fake, { paths: 'src', config: 'src/.s3-gate.yml' })
    expectCleanRun(fake, run)
    noBug(run.stdout)
    expect(run.stdout).not.toMatch(/::error::Config file/)
    expect(JSON.stringify(fake.state.checkRuns)).not.toMatch(/access-logging-disabled/)
  }, 120_000)
})

describe('a pull request event whose checkout is not the pull request (`pull_request_target` checks out the base)', () => {
  it('puts no check run on the pull request head, comments nothing there, and gates every finding of what it scanned', async () => {
    const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    // What actions/checkout does on pull_request_target without `ref:`.
    await git(repo.dir, 'checkout', '-q', '--detach', repo.baseSha)
    for (const mode of ['all', 'scan']) {
      fake = await startFakeGitHub(scenarioFor(repo))
      const run = await runAction({
        cwd: repo.dir,
        apiUrl: fake.url,
        eventName: 'pull_request_target',
        event: pullRequestEvent({ number: 2, headSha: repo.headSha, baseSha: repo.baseSha }),
        sha: repo.baseSha,
        inputs: { mode },
      })
      expectCleanRun(fake, run)
      noBug(run.stdout)
      // Before: a green "No new findings" check run and summary comment on the head that adds a
      // public bucket, the base's nine findings "pre-existing", and only a warning in the log.
      expect(fake.state.checkRuns.filter((c) => c.headSha === repo.headSha)).toEqual([])
      expect(fake.state.issueComments).toEqual([])
      expect(fake.state.reviewComments).toEqual([])
      expect(run.outputs['new-findings']).toBe(run.outputs.findings)
      const warnings = warningsOf(run)
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toContain(`The checkout ${repo.baseSha.slice(0, 7)} is not pull request #2's code`)
      expect(warnings[0]).toContain(`its check run and results go on ${repo.baseSha.slice(0, 7)}`)
      if (mode === 'all') {
        expect(fake.state.checkRuns.map((c) => [c.headSha, c.conclusion])).toEqual([[repo.baseSha, run.outputs.conclusion]])
        expect(fake.state.checkRuns[0]!.output.summary).toMatch(/Not compared with a base: the checkout \w+ is not pull request #/)
      } else {
        // The results name the commit scanned and no pull request: a publish step cannot put them on the head.
        const results = JSON.parse(fs.readFileSync(run.outputs['results-file']!, 'utf8')) as { headSha: string; pullRequest?: unknown }
        expect([results.headSha, results.pullRequest]).toEqual([repo.baseSha, undefined])
        expect(fake.state.checkRuns).toEqual([])
      }
      await fake.close()
      fake = undefined
    }
  }, 120_000)

  /** A clone of `repo`'s commit `sha` alone (`fetch-depth: 1`), as actions/checkout makes it. */
  async function shallowAt(repo: TestRepo, sha: string): Promise<string> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-shallow-'))
    await git(dir, 'init', '-q')
    await git(dir, 'fetch', '-q', '--depth', '1', `file://${repo.dir}`, sha)
    await git(dir, 'checkout', '-q', '--detach', sha)
    return dir
  }

  it('tells the base branch from a later head when the clone has only the commit checked out', async () => {
    const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    const event = pullRequestEvent({ number: 2, headSha: repo.headSha, baseSha: repo.baseSha })
    // The base branch, as actions/checkout gives it on pull_request_target (`GITHUB_SHA` is its tip).
    fake = await startFakeGitHub(scenarioFor(repo))
    const base = await runAction({
      cwd: await shallowAt(repo, repo.baseSha),
      apiUrl: fake.url,
      eventName: 'pull_request_target',
      event,
      sha: repo.baseSha,
    })
    expectCleanRun(fake, base)
    expect(fake.state.checkRuns.map((c) => c.headSha)).toEqual([repo.baseSha])
    expect(fake.state.issueComments).toEqual([])
    await fake.close()

    // A later head checked out by branch name (`ref: github.head_ref`), the event's head not fetched:
    // maybe the pull request's code, so the run still reports on the pull request, and says it cannot tell.
    await git(repo.dir, 'checkout', '-q', 'changes')
    fs.appendFileSync(path.join(repo.dir, 'template.yaml'), '# later\n')
    await git(repo.dir, 'commit', '-q', '-am', 'later')
    const later = await git(repo.dir, 'rev-parse', 'HEAD')
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runAction({
      cwd: await shallowAt(repo, later),
      apiUrl: fake.url,
      eventName: 'pull_request',
      event,
      sha: repo.headSha,
    })
    expectCleanRun(fake, run)
    noBug(run.stdout)
    expect(fake.state.checkRuns.map((c) => c.headSha)).toEqual([repo.headSha])
    expect(warningsOf(run).join('\n')).toContain('nor a commit on top of it that git can tell (the head was not fetched)')
  }, 120_000)
})

/**
 * What `pulls/list-files` gives for these files: their names as they are (the harness reads git's
 * quoted names, `"\303\274…"`, and the tab git ends a name holding a space with, as part of them).
 */
async function listedFiles(repo: TestRepo, names: string[]): Promise<DiffFile[]> {
  const files: DiffFile[] = []
  for (const name of names) {
    const diff = await git(repo.dir, 'diff', '--no-color', '--no-renames', `${repo.baseSha}..${repo.headSha}`, '--', name)
    const rows = diff.split('\n')
    const patch = rows.slice(rows.findIndex((r) => r.startsWith('@@'))).join('\n')
    files.push({
      filename: name,
      status: 'modified',
      additions: patch.split('\n').filter((l) => l.startsWith('+')).length,
      deletions: patch.split('\n').filter((l) => l.startsWith('-')).length,
      patch,
    })
  }
  return files
}

describe('file names with spaces, `#`, `%`, `?`, brackets and non-ASCII characters', () => {
  it('get their comments inline, their annotations and their links, and SARIF URIs code scanning can read', async () => {
    const names = ['dir with space/tëmplate #1 %41.yaml', 'a[b]/x?y.yaml', 'ü/日本.yaml']
    const made = await makeRepo(
      Object.fromEntries(names.map((n) => [n, LOGS_BUCKET])),
      Object.fromEntries(names.map((n) => [n, WITH_PUBLIC_BUCKET])),
    )
    const repo = { ...made, files: await listedFiles(made, names) }
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    noBug(run.stdout)
    expect(run.code).toBe(1)
    const { comments, annotations } = posted(fake)
    for (const name of names) {
      expect(comments.filter((c) => c.startsWith(`${name}:`)).length).toBeGreaterThan(0)
      expect(annotations.filter((a) => a.startsWith(`${name}:`)).length).toBeGreaterThan(0)
    }
    expect(run.summary).toContain('/dir%20with%20space/t%C3%ABmplate%20%231%20%2541.yaml#L')
    const sarif = fs.readFileSync(run.outputs['sarif-file']!, 'utf8')
    expect(sarif).toContain('"dir%20with%20space/t%C3%ABmplate%20%231%20%2541.yaml"')
    expect(sarif).toContain('"a%5Bb%5D/x%3Fy.yaml"')
  }, 120_000)
})
