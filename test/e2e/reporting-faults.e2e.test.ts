/**
 * GitHub API faults and reporting edge cases beyond api-faults.e2e.test.ts and
 * more-api-faults.e2e.test.ts: a token echoed back in an error, an annotation batch refused,
 * bodies cut near GitHub's limits, a bad token (continued in reporting-faults-2.e2e.test.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { healthyBaseline, type HealthyBaseline } from './healthy-baseline.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import {
  ensureDist,
  expectCleanRun,
  git,
  makeRepo,
  pushCommit,
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

/** The fence still open at the end of `body` (a cut ```suggestion``` applies whatever follows). */
function unclosedFence(body: string): string | undefined {
  let open: string | undefined
  for (const line of body.split('\n')) {
    const m = /^(`{3,})(.*)$/.exec(line)
    if (!m) continue
    if (open === undefined) open = m[1]
    else if (m[1]!.length >= open.length && m[2]!.trim() === '') open = undefined
  }
  return open
}

/** Half of a surrogate pair: half an emoji, which is not valid Unicode. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

let repo: TestRepo
let healthy: HealthyBaseline
beforeAll(async () => {
  healthy = await healthyBaseline()
  repo = healthy.repo
}, 120_000)

const sameVerdict = (run: ActionRun) => expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])

describe('reporting under GitHub API faults', () => {
  it('never repeats the token when an error message echoes the Authorization header', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({
      method: 'POST',
      path: /\/issues\/2\/comments$/,
      status: 422,
      times: 5,
      body: { message: `Validation Failed (request had Authorization: token ${TOKEN})` },
    })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(warningsOf(run)).toHaveLength(1)
    expect(warningsOf(run)[0]).toMatch(
      /could not post the summary comment \(HTTP 422: Validation Failed \(request had Authorization: \*\*\*\)\)/,
    )
    // What was posted to GitHub (readable by everyone who can read the repository) too.
    expect(fake.state.checkRuns[0]!.output.summary).toMatch(/Could not post the summary comment/)
    expect(JSON.stringify(fake.state.checkRuns)).not.toContain(TOKEN)
    expect(JSON.stringify(fake.state.reviewComments)).not.toContain(TOKEN)
  })

  it('never cuts a review comment inside its suggestion: one too long for a comment gives way to the fix snippet', async () => {
    // A one-line (flow-style) bucket: the suggested fix repeats the whole 70 kB line.
    const line = `  Big: {Type: AWS::S3::Bucket, Properties: {BucketName: big, VersioningConfiguration: {Status: Suspended}, Tags: [{Key: k, Value: ${'x'.repeat(70_000)}}]}}`
    const local = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'long.yaml': `Resources:\n${line}\n` })
    fake = await startFakeGitHub(scenarioFor(local))
    const run = await runOnPull(fake, local)
    expectCleanRun(fake, run)
    expect(fake.state.reviewComments.length).toBeGreaterThan(0)
    for (const c of fake.state.reviewComments) {
      expect(c.body.length).toBeLessThanOrEqual(65_536)
      expect(unclosedFence(c.body)).toBeUndefined()
    }
    // An edit repeating the 70 kB line is longer than any edit may be (MAX_EDIT_CHARS): none is
    // offered, and the rule's fix snippet stands in for it.
    const versioning = fake.state.reviewComments.find((c) => c.body.includes('versioning-disabled'))!
    expect(versioning.body).not.toContain('```suggestion')
    expect(versioning.body).toContain('**How to fix** (CloudFormation)')
  })

  it('clips long annotation texts without splitting an emoji', async () => {
    // A statement's Sid is any string, and the policy findings quote it; a for_each key too is
    // any string, but one that long is shown cut short (not inside an emoji) in the address.
    const sid = '😀'.repeat(2100)
    const tf = `resource "aws_s3_bucket" "b" {\n  for_each = toset(["a${'😀'.repeat(200)}"])\n  bucket   = "example"\n  acl      = "public-read"\n}\n\nresource "aws_s3_bucket_policy" "b" {\n  for_each = aws_s3_bucket.b\n  bucket   = each.value.id\n  policy   = jsonencode({ Statement = [{ Sid = "${sid}", Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::example/*" }] })\n}\n`
    const local = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'main.tf': tf })
    fake = await startFakeGitHub(scenarioFor(local))
    const run = await runOnPull(fake, local)
    expectCleanRun(fake, run)
    const annotations = fake.state.checkRuns[0]!.annotations
    expect(annotations.length).toBeGreaterThan(0)
    // The Sid is quoted by its start and end (src/engine/bounded-text.ts), cut between two emoji.
    expect(annotations.some((a) => String(a.message).includes('😀…😀'))).toBe(true)
    for (const a of annotations)
      for (const field of ['title', 'message', 'raw_details']) expect(String(a[field] ?? '')).not.toMatch(LONE_SURROGATE)
    for (const c of [...fake.state.reviewComments, ...fake.state.issueComments]) expect(c.body).not.toMatch(LONE_SURROGATE)
  })

  it('keeps the check run when GitHub refuses one batch of annotations, posts the other batches and says what is missing', async () => {
    const big = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'many.yaml': manyBuckets(12) })
    fake = await startFakeGitHub(scenarioFor(big))
    fake.inject({
      method: 'PATCH',
      path: /\/check-runs\/\d+$/,
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource: 'CheckRun', code: 'invalid', field: 'annotations' }] },
    })
    const run = await runOnPull(fake, big)
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    const total = Number(run.outputs.findings)
    expect(total).toBeGreaterThan(100)
    const check = fake.state.checkRuns[0]!
    expect(check.conclusion).toBe('failure')
    // The first update (annotations 51-100) was refused; the batches after it went out.
    expect(check.annotations).toHaveLength(total - 50)
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      new RegExp(`could not post 50 of the ${total} check-run annotations \\(HTTP 422: Validation Failed \\(invalid\\)\\)`),
    )
    expect(warnings[0]).not.toMatch(/could not post the check run/)
    expect(check.output.summary).toMatch(new RegExp(`Could not post 50 of the ${total} check-run annotations`))
    expect(run.summary).toMatch(new RegExp(`could not post 50 of the ${total} check-run annotations`, 'i'))
  })

  it('leaves the pull request to the newer run when a push moved its head while this run was scanning', async () => {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    const oldHead = local.headSha
    fake = await startFakeGitHub(scenarioFor(local))
    // The push fixes the public bucket and adds another one; its run finishes first.
    const pushed = await pushCommit(local, { 'template.yaml': PUBLIC_BUCKET_FIXED, 'other.yaml': manyBuckets(1) })
    fake.updatePull(2, { headSha: pushed.headSha, files: pushed.files })
    const newer = await runOnPull(fake, pushed)
    expect(newer.code).toBe(1)
    const after = structuredClone({ comments: fake.state.reviewComments, threads: fake.state.threads, sticky: fake.state.issueComments })
    expect(after.comments.length).toBeGreaterThan(0)

    // Then the run for the older commit ends.
    await git(local.dir, 'checkout', '-q', '--detach', oldHead)
    const stale = await runOnPull(fake, { ...local, headSha: oldHead })
    expectCleanRun(fake, stale)
    expect([stale.code, stale.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])
    // Its own commit gets its check run, with its verdict and every annotation.
    const check = fake.state.checkRuns.find((c) => c.headSha === oldHead)!
    expect(check.conclusion).toBe(healthy.conclusion)
    expect(check.annotations.length).toBe(Number(stale.outputs.findings))
    // The newer run's comments, threads and summary comment are untouched.
    expect({ comments: fake.state.reviewComments, threads: fake.state.threads, sticky: fake.state.issueComments }).toEqual(after)
    expect(stale.summary).toMatch(new RegExp(`has moved on to ${pushed.headSha.slice(0, 7)}`))
    expect(check.output.summary).toMatch(/the review comments and the summary comment are left to the run for/)
  })

  it('says the token was rejected on a 401, not that it is a fork’s read-only token', async () => {
    const badToken = 'ghp_expiredOrRevoked0123456789abcdefABCD'
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo, {}, { token: badToken })
    sameVerdict(run)
    expect(fake.state.requests.every((r) => r.status === 401)).toBe(true)
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/GitHub rejected the token \(HTTP 401: Bad credentials\).*`github-token`/)
    expect(warnings[0]).not.toMatch(/read-only|forks/)
    // Every finding is still in the job summary and the workflow annotations.
    expect(run.summary).toMatch(/acl-public-read/)
    expect(run.stdout).toMatch(/^::error title=.*file=template.yaml,line=18/m)
    for (const text of [run.stdout.replace(/^::add-mask::.*$/m, ''), run.stderr, run.summary]) expect(text).not.toContain(badToken)
  })

  it('posts the review and the summary comment once when GitHub carried them out but the answer was lost', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    // A 502 from a proxy that gave up on an answer on its way, and an answer that never comes.
    fake.inject({ method: 'POST', path: /\/pulls\/2\/reviews$/, status: 502, afterHandling: true })
    fake.inject({ method: 'POST', path: /\/issues\/2\/comments$/, hang: true, afterHandling: true })
    const run = await runOnPull(fake, repo, {}, { env: { S3_GATE_TEST_REQUEST_TIMEOUT_MS: '1000' } })
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(fake.state.reviews).toHaveLength(1)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    expect(fake.state.issueComments).toHaveLength(1)
    expect(fake.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/reviews')).map((r) => r.status)).toEqual([502])
    expect(warningsOf(run)).toEqual([])

    // A lost answer to a request GitHub did not carry out is still retried.
    await fake.close()
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({ method: 'POST', path: /\/pulls\/2\/reviews$/, status: 502 })
    fake.inject({ method: 'POST', path: /\/issues\/2\/comments$/, hang: true })
    const retried = await runOnPull(fake, repo, {}, { env: { S3_GATE_TEST_REQUEST_TIMEOUT_MS: '1000' } })
    expectCleanRun(fake, retried)
    expect(fake.state.reviews).toHaveLength(1)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    expect(fake.state.issueComments).toHaveLength(1)
    expect(warningsOf(retried)).toEqual([])
  })

  it('waits out a rate limit worded as abuse detection (GitHub Enterprise Server), and never takes it for a read-only token', async () => {
    const abuse = (times: number) => ({
      method: 'POST',
      path: /\/pulls\/2\/reviews$/,
      status: 403,
      times,
      headers: { 'retry-after': '1' },
      body: { message: 'You have triggered an abuse detection mechanism. Please wait a few minutes before you try again.' },
    })
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject(abuse(1))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    expect(run.stdout).toMatch(/GitHub rate limit on POST .*reviews; waiting 1s as asked/)
    expect(fake.state.reviewComments).toHaveLength(healthy.comments)
    expect(warningsOf(run)).toEqual([])

    // Asked again and again: the review fails, the writes after it still go out.
    await fake.close()
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject(abuse(10))
    const persistent = await runOnPull(fake, repo)
    expectCleanRun(fake, persistent)
    sameVerdict(persistent)
    expect(fake.state.issueComments).toHaveLength(1)
    const warnings = warningsOf(persistent)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/could not post the review comments \(HTTP 403: You have triggered an abuse detection mechanism/)
    expect(warnings[0]).not.toMatch(/read-only|may not write|permissions/)
    expect(fake.state.issueComments[0]!.body).toMatch(/Could not post the review comments: HTTP 403/)
  })

  it('anchors no suggestion by the merge commit’s line numbers when the base branch moved the file', async () => {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    // The base branch adds two lines on top after the pull request branched; the checkout is
    // GitHub's merge commit (actions/checkout's default), so every line of the PR is 2 lower.
    await git(local.dir, 'checkout', '-q', 'main')
    fs.writeFileSync(path.join(local.dir, 'template.yaml'), `# owned by storage\n# see the wiki\n${LOGS_BUCKET}`)
    await git(local.dir, 'commit', '-qam', 'base moves on')
    const tip = await git(local.dir, 'rev-parse', 'HEAD')
    await git(local.dir, 'checkout', '-q', '--detach', tip)
    await git(local.dir, 'merge', '-q', '--no-ff', '--no-edit', '-m', 'Merge', local.headSha)
    const merged = { ...local, baseSha: tip, mergeSha: await git(local.dir, 'rev-parse', 'HEAD') }
    fake = await startFakeGitHub(scenarioFor(merged))
    const run = await runOnPull(fake, merged)
    expectCleanRun(fake, run)
    sameVerdict(run)
    const head = (await git(local.dir, 'show', `${local.headSha}:template.yaml`)).split('\n')
    expect(fake.state.reviewComments.length).toBeGreaterThan(0)
    // Every suggestion, applied to the head's file, still leaves valid YAML with both buckets
    // (and at most what the fix adds, such as a bucket policy).
    let applied = 0
    for (const c of fake.state.reviewComments) {
      const m = /^(`{3,})suggestion\n([^]*?)\n?\1$/m.exec(c.body)
      if (!m) continue
      const end = c.line!
      const start = c.startLine ?? end
      const text = [...head.slice(0, start - 1), ...m[2]!.split('\n'), ...head.slice(end)].join('\n')
      const doc = YAML.parse(text) as { Resources: Record<string, { Type: string }> }
      expect(doc.Resources.Logs!.Type).toBe('AWS::S3::Bucket')
      expect(doc.Resources.Public!.Type).toBe('AWS::S3::Bucket')
      for (const [id, r] of Object.entries(doc.Resources))
        if (id !== 'Logs' && id !== 'Public') expect(r.Type).toBe('AWS::S3::BucketPolicy')
      applied++
    }
    // The lines were moved to the head's, so suggestions are offered (not merely withheld).
    expect(applied).toBeGreaterThan(0)
  })
})
