/**
 * On `pull_request` the action scans GitHub's merge commit, but review comments and check-run
 * annotations attach to the pull request's head. When the base branch moved lines of a file the
 * pull request also changes, every line must be translated to the head's before it is posted.
 */
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
  warningsOf,
  workflowRunEvent,
  type TestRepo,
} from './harness.js'
import { LOGS_BUCKET, WITH_PUBLIC_BUCKET } from './scenarios.js'
import type { CheckAnnotation } from '../../src/report/render/annotations.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

// Since the pull request branched off, main gained a five-line header and a `Legacy` bucket
// above `Logs`: in the merge commit the pull request's Public bucket (head lines 14–18) is at
// lines 21–25, and `Legacy` (merge lines 8–9) is not at the head at all.
const HEADER = '# Buckets of the example service.\n# Owner: platform team.\n# Reviewed: 2026-05.\n# Ticket: OPS-1234.\n#\n'
const MOVED_ON = HEADER + LOGS_BUCKET.replace('Resources:\n', 'Resources:\n  Legacy:\n    Type: AWS::S3::Bucket\n')
const SHIFT = 7
const HEAD_LINES = WITH_PUBLIC_BUCKET.split('\n')

async function movedRepo(options: { shallow?: boolean } = {}): Promise<TestRepo> {
  return makeRepo(
    { 'template.yaml': LOGS_BUCKET },
    { 'template.yaml': WITH_PUBLIC_BUCKET },
    { checkout: 'merge', baseMovedOn: { 'template.yaml': MOVED_ON }, ...(options.shallow ? { shallow: true } : { depth: 2 }) },
  )
}

/** The workspace really is the merge: the Public bucket sits 7 lines lower than at the head. */
function expectShifted(repo: TestRepo): void {
  const merged = fs.readFileSync(path.join(repo.dir, 'template.yaml'), 'utf8').split('\n')
  expect(merged[14 + SHIFT - 1]).toBe('  Public:')
  expect(HEAD_LINES[14 - 1]).toBe('  Public:')
  expect(merged[8 - 1]).toBe('  Legacy:')
}

describe('the action on GitHub’s merge commit when the base branch moved lines', () => {
  it('puts review comments, suggestions and annotations on the head’s lines, and keeps SARIF on the scanned ones', async () => {
    const repo = await movedRepo()
    expectShifted(repo)
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo, { 'comment-on': 'low' })
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    expect(fake.state.rejections).toEqual([])

    // Every comment on the Public bucket's lines at the head, each suggestion replacing exactly
    // the head lines it was made for.
    const comments = fake.state.reviewComments
    expect(comments.length).toBeGreaterThan(0)
    for (const c of comments) {
      expect(c.subjectType).toBe('line')
      expect(c.line).toBeGreaterThanOrEqual(14)
      expect(c.line).toBeLessThanOrEqual(18)
    }
    const acl = comments.find((c) => c.body.includes('`acl-public-read`'))!
    expect(acl.line).toBe(18)
    expect(HEAD_LINES[18 - 1]).toBe('      AccessControl: PublicRead')
    expect(acl.body).toContain('```suggestion')
    const insertion = comments.find((c) => /```suggestion\n {4}Properties:\n/.test(c.body))
    expect(insertion?.line).toBe(16)
    expect(HEAD_LINES[16 - 1]).toBe('    Properties:')

    // Annotations: the Public bucket at head lines, Logs at its head lines, Legacy at the nearest
    // head line with a note saying why.
    const annotations = fake.state.checkRuns[0]!.annotations as unknown as CheckAnnotation[]
    const publicOnes = annotations.filter((a) => a.message.startsWith('Bucket Public '))
    expect(publicOnes.length).toBeGreaterThan(0)
    for (const a of publicOnes) {
      expect(a.start_line).toBeGreaterThanOrEqual(14)
      expect(a.end_line).toBeLessThanOrEqual(18)
    }
    const legacy = annotations.filter((a) => a.message.startsWith('Bucket Legacy '))
    expect(legacy.length).toBeGreaterThan(0)
    for (const a of legacy) {
      expect(a.start_line).toBe(3)
      expect(a.annotation_level).toBe('notice')
      expect(a.message).toContain("line 8 of GitHub's merge commit, which the base branch brought in")
    }
    const logs = annotations.filter((a) => a.message.startsWith('Bucket Logs '))
    expect(logs.length).toBeGreaterThan(0)
    for (const a of logs) expect(a.start_line).toBeLessThanOrEqual(13)

    // The summary links head lines; SARIF (code scanning analyses the merge commit) keeps the scan's.
    expect(fake.state.issueComments[0]!.body).toContain('template.yaml#L18)')
    expect(fake.state.issueComments[0]!.body).not.toContain('template.yaml#L25)')
    const sarif = JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8')) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[]
    }
    const sarifLines = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.region.startLine)
    expect(sarifLines).toContain(25)
    expect(sarifLines).toContain(8)
    expect(run.stdout).toMatch(/differs from the pull request head [0-9a-f]{7} in 1 of the 1 files with findings/)
    expect(run.stdout).toMatch(
      /^template\.yaml: 11 findings \(block-public-access-incomplete, [a-z, -]+\) on Legacy: the finding is on line 8 of GitHub's merge commit/m,
    )
  })

  it('posts the head’s lines from the fork-safe publish step, which has no checkout', async () => {
    const repo = await movedRepo()
    fake = await startFakeGitHub(scenarioFor(repo))
    const scan = await runOnPull(fake, repo, { mode: 'scan' }, { token: READ_ONLY_TOKEN, fork: true })
    expect(scan.code).toBe(1)
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-publish-'))
    const pub = await runAction({
      cwd: empty,
      apiUrl: fake.url,
      eventName: 'workflow_run',
      event: workflowRunEvent(repo.headSha, []),
      sha: 'b'.repeat(40),
      inputs: { mode: 'publish', 'results-file': scan.outputs['results-file']! },
    })
    expectCleanRun(fake, pub)
    expect(fake.state.rejections).toEqual([])
    const comments = fake.state.reviewComments
    expect(comments.length).toBeGreaterThan(0)
    expect(comments.every((c) => c.subjectType === 'line' && c.line! >= 14 && c.line! <= 18)).toBe(true)
    const annotations = (fake.state.checkRuns[0]!.annotations as unknown as CheckAnnotation[]).filter((a) =>
      a.message.startsWith('Bucket Public '),
    )
    expect(annotations.every((a) => a.start_line >= 14 && a.end_line <= 18)).toBe(true)
  })

  it('warns that lines may be off when the head parent was not fetched (`fetch-depth: 1`)', async () => {
    const repo = await movedRepo({ shallow: true })
    expectShifted(repo)
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    const warning = warningsOf(run).find((w) => w.includes('was not fetched') && w.includes('pull request head'))
    expect(warning).toMatch(/may land on the wrong lines\. Set `fetch-depth: 2`/)
    // Nothing is anchored on a line whose text differs at the head, so GitHub still takes the review.
    expect(fake.state.rejections).toEqual([])
  })
})
