/**
 * Red team, round 8 (second pass, the action's publishing layer): shards scanned from a
 * repository checked out below the workspace, file names git quotes in its diffs, and faults.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { filesFromUnifiedDiff } from './diff.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import {
  ensureDist,
  expectCleanRun,
  git,
  makeRepo,
  pullRequestEvent,
  pushCommit,
  runAction,
  runOnPull,
  scenarioFor,
  type ActionRun,
  type TestRepo,
  warningsOf,
} from './harness.js'
import { LOGS_BUCKET, manyBuckets, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

const noBug = (stdout: string) => expect(stdout).not.toMatch(/This is a bug/)

/** The review comments GitHub holds, bodies included (suggestions repeat checkout lines). */
const reviewComments = (f: FakeGitHub) =>
  f.state.reviewComments
    .map((c) => ({ path: c.path, line: c.line, startLine: c.startLine, body: c.body }))
    .sort((a, b) => `${a.path}:${a.line}:${a.body}`.localeCompare(`${b.path}:${b.line}:${b.body}`))

describe('shards scanned from a repository checked out below the workspace (`path: src`), merged', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeRepo(
      { 'infra/a.yaml': LOGS_BUCKET, 'infra/b.yaml': LOGS_BUCKET },
      { 'infra/a.yaml': WITH_PUBLIC_BUCKET, 'infra/b.yaml': WITH_PUBLIC_BUCKET },
      { checkout: 'merge' },
    )
  }, 60_000)

  it('posts the review comments, suggestions included, of one job scanning the repository at the workspace', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const atRoot = await runOnPull(fake, repo)
    expectCleanRun(fake, atRoot)
    const expected = reviewComments(fake)
    // Insertion suggestions repeat the line they hang below, read from the checkout.
    expect(expected.some((c) => c.body.includes('```suggestion'))).toBe(true)
    await fake.close()

    fake = await startFakeGitHub(scenarioFor(repo))
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-workspace-'))
    fs.cpSync(repo.dir, path.join(workspace, 'src'), { recursive: true })
    const resultsDir = path.join(workspace, 'shards')
    const event = pullRequestEvent({ number: 2, headSha: repo.headSha, baseSha: repo.baseSha })
    const job = (inputs: Record<string, string>): Promise<ActionRun> =>
      runAction({ cwd: workspace, apiUrl: fake!.url, eventName: 'pull_request', event, sha: repo.mergeSha!, inputs })
    for (let i = 1; i <= 2; i++) {
      const shard = await job({ paths: 'src', mode: 'scan', shard: `${i}/2`, 'results-file': `${resultsDir}/s${i}/r.json` })
      expect(shard.code).toBe(0)
    }
    const merge = await job({ mode: 'merge', 'results-dir': resultsDir })
    expectCleanRun(fake, merge)
    noBug(merge.stdout)
    expect([merge.code, merge.outputs.conclusion, merge.outputs.findings]).toEqual([
      atRoot.code,
      atRoot.outputs.conclusion,
      atRoot.outputs.findings,
    ])
    // Before: the merge job read the lines from the workspace, which has no infra/: every insertion
    // suggestion was dropped (a bare comment instead).
    expect(reviewComments(fake)).toEqual(expected)

    // The folder comes from artifacts: one naming a place outside the checkout is refused.
    for (const i of [1, 2]) {
      const file = `${resultsDir}/s${i}/r.json`
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"checkout":"src"', '"checkout":"../.."'))
    }
    const tampered = await job({ mode: 'merge', 'results-dir': resultsDir })
    expect(tampered.code).toBe(1)
    expect(tampered.stdout).toMatch(/\$\.checkout must be a relative path inside the repository/)
  }, 240_000)
})

/** Names git writes quoted (`"\\303\\274…"`, `"q\\"uote"`) or ends with a tab (a space) in its diffs. */
const AWKWARD_NAMES = ['dir with space/t #1.yaml', 'ü/日本.yaml', 'q"uote.yaml', 'back\\slash.yaml', 'tab\there.yaml']

describe('file names git quotes in its diffs', () => {
  it('are listed by the harness as GitHub lists them (its `pulls/list-files` is a faithful oracle)', async () => {
    const repo = await makeRepo(Object.fromEntries(AWKWARD_NAMES.map((n) => [n, LOGS_BUCKET])), {
      ...Object.fromEntries(AWKWARD_NAMES.map((n) => [n, WITH_PUBLIC_BUCKET])),
      'new é file.yaml': '',
      'added é.yaml': 'x: 1\n',
    })
    // Before: `"\303\274/\346…"` and `dir with space/t #1.yaml\t` (quotes, escapes and git's tab kept).
    expect(repo.files.map((f) => [f.filename, f.status]).sort()).toEqual(
      [...AWKWARD_NAMES.map((n) => [n, 'modified']), ['new é file.yaml', 'added'], ['added é.yaml', 'added']].sort(),
    )
    // The same whatever git's quoting settings (core.quotePath off leaves UTF-8 as it is).
    const raw = await git(repo.dir, '-c', 'core.quotePath=false', 'diff', '--no-color', '--no-renames', `${repo.baseSha}..${repo.headSha}`)
    expect(
      filesFromUnifiedDiff(`${raw}\n`)
        .map((f) => f.filename)
        .sort(),
    ).toEqual(repo.files.map((f) => f.filename).sort())
  }, 60_000)

  it('get their review comments and annotations, and gate as at any other name', async () => {
    const repo = await makeRepo(
      Object.fromEntries(AWKWARD_NAMES.map((n) => [n, LOGS_BUCKET])),
      Object.fromEntries(AWKWARD_NAMES.map((n) => [n, WITH_PUBLIC_BUCKET])),
      { checkout: 'merge' },
    )
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    noBug(run.stdout)
    expect(run.code).toBe(1)
    for (const name of AWKWARD_NAMES) {
      expect(fake.state.reviewComments.filter((c) => c.path === name).length).toBeGreaterThan(0)
      expect(fake.state.checkRuns.flatMap((c) => c.annotations).filter((a) => a.path === name).length).toBeGreaterThan(0)
    }
  }, 120_000)
})

describe('a re-run after a push that changes the lines the earlier comments are on', () => {
  it('leaves the earlier threads open when their replacements could not be posted', async () => {
    const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(repo))
    const first = await runOnPull(fake, repo)
    expectCleanRun(fake, first)
    const before = fake.state.reviewComments.length
    expect(before).toBeGreaterThan(0)
    // Three lines above the buckets (comments on untouched lines follow them down, as on GitHub),
    // and the public bucket's own line reworded: the comments there are outdated, their findings
    // still there.
    const moved = await pushCommit(repo, {
      'template.yaml': WITH_PUBLIC_BUCKET.replace('Resources:\n', 'Resources:\n# a\n# b\n# c\n').replace(
        '  Public:\n',
        '  Public: # downloads\n',
      ),
    })
    fake.updatePull(2, { headSha: moved.headSha, files: moved.files })
    const outdated = fake.state.reviewComments.filter((c) => c.line === null).length
    expect(outdated).toBeGreaterThan(0)
    // GitHub fails every new comment (the review, then each comment alone) past the retries.
    fake.inject({ method: 'POST', path: /\/pulls\/2\/(reviews|comments)$/, status: 502, body: { message: 'Bad Gateway' }, times: 1000 })
    const second = await runOnPull(fake, moved)
    expectCleanRun(fake, second)
    noBug(second.stdout)
    expect([second.code, second.outputs.conclusion]).toEqual([first.code, first.outputs.conclusion])
    expect(fake.state.reviewComments.length).toBe(before)
    expect(warningsOf(second).join('\n')).toMatch(/could not post \d+ review comment/)
    // Before: each outdated thread was resolved as replaced, though nothing replaced it: the
    // pull request was left with no open thread for findings still there.
    expect(fake.state.threads.filter((t) => t.isResolved)).toEqual([])

    // GitHub healthy again: the replacements go out, and then the outdated threads are resolved.
    await fake.close()
    const healthy = fake
    fake = await startFakeGitHub(scenarioFor(moved))
    Object.assign(fake.state, { reviewComments: healthy.state.reviewComments, threads: healthy.state.threads })
    const third = await runOnPull(fake, moved)
    expectCleanRun(fake, third)
    expect(fake.state.reviewComments.length).toBe(before + outdated)
    expect(fake.state.threads.filter((t) => t.isResolved).length).toBe(outdated)
  }, 240_000)
})

describe('the checks API failing for good after the check run was created (a GitHub incident)', () => {
  it('stops sending annotation batches and lost-answer lookups to it, and still posts to the pull request', async () => {
    const big = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'many.yaml': manyBuckets(130) })
    fake = await startFakeGitHub(scenarioFor(big))
    const down = { status: 502, body: { message: 'Bad Gateway' }, times: 100_000 }
    fake.inject({ method: 'PATCH', path: /\/check-runs\/\d+$/, ...down })
    fake.inject({ method: 'GET', path: /\/check-runs$/, ...down })
    const run = await runOnPull(fake, big)
    expectCleanRun(fake, run)
    noBug(run.stdout)
    expect(run.code).toBe(1)
    const sent = (method: string, path: RegExp) => fake!.state.requests.filter((r) => r.method === method && path.test(r.path)).length
    // Before: 80 PATCHes and 228 lookups, each batch waiting through every retry (1 s, 4 s, 9 s) of
    // both: twenty minutes at GitHub's pace. Now: two requests' worth of retries per endpoint.
    expect(sent('PATCH', /\/check-runs\/\d+$/)).toBeLessThanOrEqual(8)
    expect(sent('GET', /\/check-runs$/)).toBeLessThanOrEqual(8)
    // The pull request's endpoints work: its review and summary comment still go out.
    expect(fake.state.reviewComments.length).toBeGreaterThan(0)
    expect(fake.state.issueComments).toHaveLength(1)
    const warnings = warningsOf(run).join('\n')
    expect(warnings).toMatch(
      /could not post 950 of the 1000 check-run annotations .*sent no more requests to PATCH \S+\/check-runs\/\{id\}/,
    )
    // Every finding is in the job log, the annotations having left most out.
    expect(run.stdout).toMatch(new RegExp(`s3-gate: all ${run.outputs.findings} findings`))
  }, 300_000)
})
