/**
 * More GitHub API faults, beyond api-faults.e2e.test.ts, each checked for the four promises:
 * the verdict (exit code, `conclusion`) is the healthy-API verdict; every finding is still
 * visible somewhere (check-run annotation, review comment, workflow annotation, summary row, and
 * always the SARIF file); the log says what could not be posted; the token appears nowhere.
 */
import fs from 'node:fs'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { healthyBaseline, type HealthyBaseline } from './healthy-baseline.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import {
  ensureDist,
  expectCleanRun,
  makeRepo,
  pushCommit,
  READ_ONLY_TOKEN,
  runOnPull,
  scenarioFor,
  TOKEN,
  type ActionRun,
  warningsOf,
  type TestRepo,
} from './harness.js'
import { LOGS_BUCKET, manyBuckets, PUBLIC_BUCKET_FIXED, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

interface SarifResult {
  ruleId: string
  suppressions?: unknown[]
  partialFingerprints: Record<string, string>
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]
}

/**
 * Every active finding is in the SARIF file, and each one is also on a GitHub surface unless the
 * summary says where the rest are. Returns how many made it to GitHub itself.
 */
function expectEveryFindingVisible(f: FakeGitHub, run: ActionRun): { onGitHub: number; total: number } {
  const sarifText = fs.readFileSync(run.outputs['sarif-file']!, 'utf8')
  for (const t of [TOKEN, READ_ONLY_TOKEN]) expect(sarifText).not.toContain(t)
  const results = (JSON.parse(sarifText) as { runs: { results: SarifResult[] }[] }).runs[0]!.results.filter((r) => !r.suppressions?.length)
  expect(results.length).toBe(Number(run.outputs.findings))
  const commands = run.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l))
  const surfaces = [f.state.checkRuns.at(-1)?.output.summary ?? '', ...f.state.issueComments.map((c) => c.body), run.summary]
  let onGitHub = 0
  for (const r of results) {
    const file = r.locations[0]!.physicalLocation.artifactLocation.uri
    const line = r.locations[0]!.physicalLocation.region.startLine
    const fp = Object.values(r.partialFingerprints)[0]!
    const visible =
      f.state.checkRuns.some((c) =>
        c.annotations.some((a) => a.path === file && a.start_line === line && String(a.title).includes(`(${r.ruleId})`)),
      ) ||
      f.state.reviewComments.some((c) => c.body.includes(`s3-gate:fp=${fp}`)) ||
      commands.some((l) => l.includes(`file=${file},line=${line},`) && l.includes(r.ruleId)) ||
      surfaces.some((s) => s.includes(`${r.ruleId}`) && s.includes(`${file}:${line}`))
    if (visible) onGitHub++
  }
  if (onGitHub < results.length)
    expect(surfaces.join('\n')).toMatch(/more: see the check-run annotations or the SARIF file|SARIF file has them all/)
  return { onGitHub, total: results.length }
}

let repo: TestRepo
let healthy: HealthyBaseline
beforeAll(async () => {
  healthy = await healthyBaseline((f, run) =>
    expect(expectEveryFindingVisible(f, run)).toEqual({ onGitHub: Number(run.outputs.findings), total: Number(run.outputs.findings) }),
  )
  repo = healthy.repo
}, 120_000)

const sameVerdict = (run: ActionRun) => expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])

describe('the action when the GitHub API misbehaves (more cases)', () => {
  it('retries 502 and 503 on the annotation batches and the review, without duplicates', async () => {
    const big = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'many.yaml': manyBuckets(12) })
    fake = await startFakeGitHub(scenarioFor(big))
    fake.inject({ method: 'PATCH', path: /\/check-runs\/\d+$/, status: 502 })
    fake.inject({ method: 'POST', path: /\/pulls\/2\/reviews$/, status: 503, times: 2 })
    const run = await runOnPull(fake, big)
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    const check = fake.state.checkRuns[0]!
    expect(check.annotations).toHaveLength(Number(run.outputs.findings))
    expect(new Set(check.annotations.map((a) => JSON.stringify(a))).size).toBe(check.annotations.length)
    expect(fake.state.requests.filter((r) => r.path.endsWith('/reviews')).map((r) => r.status)).toEqual([503, 503, 200])
    expect(fake.state.reviews).toHaveLength(1)
    expect(warningsOf(run)).toEqual([])
    expectEveryFindingVisible(fake, run)
  })

  it('gives up on a write that stays rate-limited, keeps the verdict and says what was not posted', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    for (let i = 0; i < 5; i++) fake.secondaryRateLimitOnce('POST', /\/issues\/2\/comments$/, 1)
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.issueComments).toEqual([])
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/could not post the summary comment \(HTTP 403: You have exceeded a secondary rate limit/)
    expect(run.summary).toMatch(/could not post the summary comment/i)
    expectEveryFindingVisible(fake, run)
  })

  it('keeps the verdict with a read-only token and shows every finding in the summary and annotations', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo, {}, { token: READ_ONLY_TOKEN })
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.checkRuns).toEqual([])
    expect(warningsOf(run)).toHaveLength(1)
    expect(warningsOf(run)[0]).toMatch(/read-only/)
    const { onGitHub, total } = expectEveryFindingVisible(fake, run)
    expect(onGitHub).toBe(total)
  })

  it('lists every finding in the job log when a read-only token posts no check run and the job summary cannot hold them', async () => {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': LOGS_BUCKET, 'many.yaml': manyBuckets(260) })
    fake = await startFakeGitHub(scenarioFor(local))
    const run = await runOnPull(fake, local, {}, { token: READ_ONLY_TOKEN, fork: true })
    expect(run.code).toBe(1)
    const results = JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8')).runs[0].results as {
      ruleId: string
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]
    }[]
    expect(results.length).toBeGreaterThan(3_000)
    // The job summary stops at 1 MiB, short of them all, and says where the rest are.
    expect(run.summary).toMatch(/more: see the job log, which lists every finding, or the SARIF file\._/)
    const log = new Set(run.stdout.split('\n').map((l) => l.split(' ').slice(1, 3).join(' ')))
    const missing = results.filter((r) => {
      const at = r.locations[0]!.physicalLocation
      return !log.has(`${r.ruleId} ${at.artifactLocation.uri}:${at.region.startLine}`)
    })
    expect(missing).toEqual([])
  })

  it('keeps the verdict when only review comments are forbidden (pull-requests: read), and says so', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({
      method: 'POST',
      path: /\/pulls\/2\/reviews$/,
      status: 403,
      times: 5,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
    })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.checkRuns).toHaveLength(1)
    expect(fake.state.checkRuns[0]!.conclusion).toBe(healthy.conclusion)
    expect(fake.state.checkRuns[0]!.annotations).toHaveLength(healthy.annotations)
    expect(fake.state.reviewComments).toEqual([])
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /posted the check run but could not post the review comments.*Resource not accessible by integration.*pull-requests: write/,
    )
    expect(run.summary).toMatch(/Resource not accessible by integration/)
    // Nothing claims comments that were never posted; the check run says what went wrong.
    expect(run.summary).not.toMatch(/💬/)
    expect(fake.state.checkRuns[0]!.output.summary).toMatch(/Could not post the review comments: HTTP 403/)
    expect(fake.state.checkRuns[0]!.output.summary).not.toMatch(/💬/)
    const { onGitHub, total } = expectEveryFindingVisible(fake, run)
    expect(onGitHub).toBe(total)
  })

  it('moves a comment GitHub refuses (422) to the file, and reports one it refuses both ways', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const lineRefused = { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] }
    fake.inject({ method: 'POST', path: /\/pulls\/2\/reviews$/, status: 422, body: lineRefused })
    // One comment by one: the first line comment is refused, then posted on the file.
    fake.inject({ method: 'POST', path: /\/pulls\/2\/comments$/, status: 422, body: lineRefused })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    expect(fake.state.reviewComments.filter((c) => c.subjectType === 'file')).toHaveLength(1)
    expect(warningsOf(run)).toEqual([])
    expectEveryFindingVisible(fake, run)

    // Refused as a line comment and as a file comment: listed as not posted, verdict unchanged.
    await fake.close()
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({ method: 'POST', path: /\/pulls\/2\/reviews$/, status: 422, body: lineRefused })
    const isFile = (b: unknown) => (b as { subject_type?: string }).subject_type === 'file'
    fake.inject({ method: 'POST', path: /\/pulls\/2\/comments$/, status: 422, body: lineRefused, match: (b) => !isFile(b) })
    fake.inject({ method: 'POST', path: /\/pulls\/2\/comments$/, status: 422, body: lineRefused, match: isFile })
    const twice = await runOnPull(fake, repo)
    expectCleanRun(fake, twice)
    sameVerdict(twice)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments - 1)
    const warnings = warningsOf(twice)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/could not post 1 review comment\(s\) \(GitHub refused both a line and a file comment\)/)
    expect(fake.state.checkRuns[0]!.output.summary).toMatch(/Could not post 1 review comment/)
    expectEveryFindingVisible(fake, twice)
  })

  it('copes on a re-run with comments, threads and the summary comment deleted in the meantime (404)', async () => {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(local))
    const first = await runOnPull(fake, local)
    expect(first.code).toBe(1)
    const fixed = await pushCommit(local, { 'template.yaml': PUBLIC_BUCKET_FIXED })
    fake.updatePull(2, { headSha: fixed.headSha, files: fixed.files })
    // Between listing and writing: a fixed finding's comment and the summary comment are deleted,
    // and one thread can no longer be resolved.
    fake.inject({
      method: 'POST',
      path: /^\/graphql$/,
      action: (state) => {
        if (state.graphql.some((g) => /resolveReviewThread/.test(g.query))) return
        const victim = state.reviewComments.find((c) => c.inReplyTo === null)!
        state.reviewComments.splice(state.reviewComments.indexOf(victim), 1)
        state.threads.splice(
          state.threads.findIndex((t) => t.rootId === victim.id),
          1,
        )
      },
      times: 1,
    })
    fake.inject({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, action: (state) => void state.issueComments.splice(0, 1) })
    const run = await runOnPull(fake, fixed)
    expectCleanRun(fake, run)
    expect(run.code).toBe(0)
    expect(fake.state.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/')).map((r) => r.status)).toEqual([
      404,
    ])
    // The summary comment was posted afresh, once.
    expect(fake.state.issueComments).toHaveLength(1)
    expect(fake.state.issueComments[0]!.body).toMatch(/none blocking|No new findings/)
    expect(warningsOf(run)).toEqual([])
    expectEveryFindingVisible(fake, run)
  })

  it('reports a rate-limited edit of the summary comment rather than posting a second one that would go stale', async () => {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(local))
    await runOnPull(fake, local)
    expect(fake.state.issueComments).toHaveLength(1)
    const fixed = await pushCommit(local, { 'template.yaml': PUBLIC_BUCKET_FIXED })
    fake.updatePull(2, { headSha: fixed.headSha, files: fixed.files })
    fake.inject({
      method: 'PATCH',
      path: /\/issues\/comments\/\d+$/,
      status: 403,
      times: 1,
      headers: { 'retry-after': '3600' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    })
    const run = await runOnPull(fake, fixed)
    expect(run.code).toBe(0)
    expect(fake.state.issueComments).toHaveLength(1)
    expect(warningsOf(run).join('\n')).toMatch(/could not post the summary comment/)
  })

  it('leaves review comments of another identity (an earlier App token) alone on a 403 and posts the rest', async () => {
    const appToken = 'ghs_e2eAppIdentityToken0123456789abcdef'
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    const scenario = scenarioFor(local)
    scenario.tokens[appToken] = { login: 's3-gate-app[bot]', type: 'Bot' }
    fake = await startFakeGitHub(scenario)
    await runOnPull(fake, local, {}, { token: appToken })
    // An upgrade reworded the comments, so this run edits them; GitHub refuses (another identity's).
    for (const c of fake.state.reviewComments) c.body += '\n\n_(older wording)_'
    const pushed = await pushCommit(local, { 'other.yaml': manyBuckets(1) })
    fake.updatePull(2, { headSha: pushed.headSha, files: pushed.files })
    const refused = { status: 403, times: 1000, body: { message: 'Resource not accessible by integration' } }
    fake.inject({ method: 'PATCH', path: /\/pulls\/comments\/\d+$/, ...refused })
    fake.inject({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, ...refused })
    const run = await runOnPull(fake, pushed)
    const ours = fake.state.reviewComments.filter((c) => c.user.login === 'github-actions[bot]' && c.inReplyTo === null)
    expect(ours.some((c) => c.path === 'other.yaml')).toBe(true)
    expect(ours.some((c) => c.path === 'template.yaml')).toBe(true)
    expect(fake.state.issueComments.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1)
    expect(warningsOf(run).join('\n')).not.toMatch(/read-only|may not write to the pull request/)
  })

  it('still shows a finding in a file beyond the 3,000 files GitHub lists for a pull request', async () => {
    const filler = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`docs/${String(i).padStart(4, '0')}.md`, `${i}\n`]))
    const huge = await makeRepo({ 'zz/template.yaml': LOGS_BUCKET }, { ...filler, 'zz/template.yaml': WITH_PUBLIC_BUCKET })
    expect(huge.files).toHaveLength(3001)
    fake = await startFakeGitHub(scenarioFor(huge))
    const run = await runOnPull(fake, huge)
    expectCleanRun(fake, run)
    sameVerdict(run)
    // zz/template.yaml sorts after the 3,000th file: no inline comment is possible there.
    expect(fake.state.reviewComments).toEqual([])
    const check = fake.state.checkRuns[0]!
    expect(check.annotations.length).toBe(healthy.annotations)
    expect(check.output.summary).toMatch(/GitHub lists only the first 3,000 files of a pull request/)
    const { onGitHub, total } = expectEveryFindingVisible(fake, run)
    expect(onGitHub).toBe(total)
  })

  it('handles more findings than fit in annotations: the first 1,000 annotated, the rest counted and in SARIF', async () => {
    const big = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'many.yaml': manyBuckets(130) })
    fake = await startFakeGitHub(scenarioFor(big))
    const run = await runOnPull(fake, big, { 'max-comments': '30' })
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    const total = Number(run.outputs.findings)
    expect(total).toBeGreaterThan(1000)
    const check = fake.state.checkRuns[0]!
    expect(check.annotations).toHaveLength(1000)
    expect(Math.max(...check.annotationBatches)).toBeLessThanOrEqual(50)
    expect(check.output.summary!.length).toBeLessThanOrEqual(65_535)
    expect(check.output.summary).toMatch(
      new RegExp(
        `${total - 1000} findings beyond the first 1000 annotations \\(a check run's most\\) have no annotation; the SARIF file has them all`,
      ),
    )
    expect(fake.state.reviewComments).toHaveLength(30)
    expect(fake.state.issueComments[0]!.body.length).toBeLessThanOrEqual(65_536)
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024)
    const { onGitHub } = expectEveryFindingVisible(fake, run)
    expect(onGitHub).toBeGreaterThanOrEqual(1000)
  })
})
