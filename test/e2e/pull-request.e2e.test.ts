import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import {
  ensureDist,
  expectCleanRun,
  makeRepo,
  pushCommit,
  pushEvent,
  READ_ONLY_TOKEN,
  runAction,
  runOnPull,
  scenarioFor,
} from './harness.js'
import { LOGS_BUCKET, LONG_BUCKET, manyBuckets, PUBLIC_BUCKET_FIXED, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

describe('the action on a pull request', () => {
  it('posts one review with inline comments on the added lines, a check run on the PR head and a sticky summary', async () => {
    const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET }, { checkout: 'merge' })
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)

    expect(run.code).toBe(1)
    expect(run.outputs.conclusion).toBe('failure')
    expect(Number(run.outputs.blocking)).toBeGreaterThan(0)
    expect(Number(run.outputs['new-findings'])).toBeGreaterThan(0)

    // One review, all comments on added lines of the new bucket (lines 14–18), each with its marker.
    expect(fake.state.reviews).toHaveLength(1)
    const comments = fake.state.reviewComments
    expect(comments.length).toBeGreaterThan(0)
    for (const c of comments) {
      expect(c.path).toBe('template.yaml')
      expect(c.line).toBeGreaterThanOrEqual(14)
      expect(c.body).toMatch(/<!-- s3-gate:fp=[A-Za-z0-9_-]+ -->/)
      // A change that fixes two findings is suggested once; the other comment points at it.
      expect(c.body).toMatch(/```(suggestion|yaml)|the change suggested on this line for `[a-z-]+` fixes this too/)
    }
    // The pre-existing Logs bucket findings are not commented: they are not introduced by the PR.
    expect(comments.some((c) => c.line! < 14)).toBe(false)
    // Check run on pull_request.head.sha (not the merge commit GITHUB_SHA).
    expect(fake.state.checkRuns).toHaveLength(1)
    const check = fake.state.checkRuns[0]!
    expect(check.name).toBe('s3-gate')
    expect(check.headSha).toBe(repo.headSha)
    expect(check.conclusion).toBe('failure')
    expect(check.output.summary).toContain('fail-on `high`')
    expect(check.output.summary).toMatch(/Pre-existing/)
    // Sticky summary comment.
    expect(fake.state.issueComments).toHaveLength(1)
    expect(fake.state.issueComments[0]!.body).toContain('<!-- s3-gate:summary -->')
    expect(run.summary).toContain('s3-gate')
  })

  it('works against GitHub Enterprise Server, whose API is under /api/v3 and GraphQL at /api/graphql', async () => {
    const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub({ ...scenarioFor(repo), apiPrefix: '/api/v3' })
    expect(fake.url).toMatch(/\/api\/v3$/)
    const first = await runOnPull(fake, repo)
    expectCleanRun(fake, first)
    expect(first.code).toBe(1)
    expect(fake.state.checkRuns).toHaveLength(1)
    expect(fake.state.reviews).toHaveLength(1)
    expect(fake.state.reviewComments.length).toBeGreaterThan(0)
    expect(fake.state.issueComments).toHaveLength(1)

    // Resolving a fixed finding's thread goes through GraphQL.
    const fixed = await pushCommit(repo, { 'template.yaml': PUBLIC_BUCKET_FIXED })
    fake.updatePull(2, { headSha: fixed.headSha, files: fixed.files })
    const second = await runOnPull(fake, fixed)
    expectCleanRun(fake, second)
    expect(fake.state.graphql.length).toBeGreaterThan(0)
    expect(fake.state.threads.some((t) => t.isResolved)).toBe(true)
  })

  it('does not duplicate anything on a second run, and resolves the thread once the finding is fixed', async () => {
    const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(repo))
    const first = await runOnPull(fake, repo)
    expectCleanRun(fake, first)
    const commentsAfterFirst = fake.state.reviewComments.length
    expect(commentsAfterFirst).toBeGreaterThan(0)

    const second = await runOnPull(fake, repo)
    expectCleanRun(fake, second)
    expect(second.code).toBe(1)
    expect(fake.state.reviewComments).toHaveLength(commentsAfterFirst)
    expect(fake.state.reviews).toHaveLength(1)
    expect(fake.state.issueComments).toHaveLength(1)
    expect(fake.state.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/pulls/comments/'))).toHaveLength(0)

    // A person answers one thread; then the PR fixes the bucket.
    const stickyBefore = fake.state.issueComments[0]!.body
    const answered = fake.state.reviewComments[0]!
    fake.addHumanReply(answered.id, 'We accept this for now.')
    const fixed = await pushCommit(repo, { 'template.yaml': PUBLIC_BUCKET_FIXED })
    fake.updatePull(2, { headSha: fixed.headSha, files: fixed.files })
    const third = await runOnPull(fake, fixed)
    expectCleanRun(fake, third)
    expect(third.code).toBe(0)
    const ruleOf = (rootId: number) => /`([a-z-]+)`\]/.exec(fake!.state.reviewComments.find((c) => c.id === rootId)!.body)?.[1]
    const state = Object.fromEntries(fake.state.threads.map((t) => [ruleOf(t.rootId), t.isResolved]))
    // Fixed findings: resolved. The thread a person answered stays open, and so do findings still present.
    expect(ruleOf(answered.id)).toBe('acl-public-read')
    expect(state).toMatchObject({
      'acl-public-read': false,
      'public-exposure': true,
      'block-public-access-incomplete': true,
      'versioning-disabled': true,
      'access-logging-disabled': false,
    })
    expect(fake.state.reviewComments.filter((c) => c.inReplyTo !== null)).toHaveLength(1) // only the person's reply
    // The same sticky comment, edited in place to the new verdict.
    expect(fake.state.issueComments).toHaveLength(1)
    expect(fake.state.issueComments[0]!.body).not.toBe(stickyBefore)
    expect(fake.state.issueComments[0]!.body).toMatch(/none blocking/)
    expect(fake.state.checkRuns.at(-1)!.conclusion).not.toBe('failure')
  })

  it('puts a finding on an unchanged line on the file, never inline (no 422), and annotates it', async () => {
    const repo = await makeRepo({ 'archive.yaml': LONG_BUCKET('Enabled', true) }, { 'archive.yaml': LONG_BUCKET('Enabled', false) })
    // The PR deletes lines 20–24; the bucket (line 3) is far outside the hunk.
    expect(repo.files[0]!.patch).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@/)
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    expect(fake.state.rejections).toEqual([])
    const comments = fake.state.reviewComments
    expect(comments.length).toBeGreaterThan(0)
    expect(comments.every((c) => c.subjectType === 'file' && c.path === 'archive.yaml')).toBe(true)
    expect(comments.map((c) => c.body).join('\n')).toContain('block-public-access-incomplete')
    const annotations = fake.state.checkRuns[0]!.annotations
    expect(annotations.some((a) => a.path === 'archive.yaml' && a.start_line === 3 && a.annotation_level === 'failure')).toBe(true)
  })

  it('batches more than 50 annotations, caps review comments and says how many more', async () => {
    const repo = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'many.yaml': manyBuckets(12) })
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo, { 'max-comments': '10' })
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    const check = fake.state.checkRuns[0]!
    const total = Number(run.outputs.findings)
    expect(total).toBeGreaterThan(50)
    expect(check.annotations).toHaveLength(total)
    expect(check.annotationBatches.every((n) => n <= 50)).toBe(true)
    expect(check.annotationBatches.filter((n) => n > 0).length).toBe(Math.ceil(total / 50))
    expect(fake.state.reviewComments).toHaveLength(10)
    // The highest severities are commented first.
    expect(fake.state.reviewComments.every((c) => /Critical|High/.test(c.body))).toBe(true)
    expect(check.output.summary).toMatch(/\d+ more findings? at or above `comment-on` got no review comment \(`max-comments: 10`\)/)
  })

  it('reads every page of a pull request with more than 100 files', async () => {
    const filler = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`docs/page-${String(i).padStart(3, '0')}.md`, `page ${i}\n`]))
    const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { ...filler, 'template.yaml': WITH_PUBLIC_BUCKET })
    expect(repo.files.length).toBe(151)
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    const pages = fake.state.requests.filter((r) => r.path.endsWith('/pulls/2/files')).map((r) => r.query.page ?? '1')
    expect(pages).toEqual(['1', '2'])
    // template.yaml sorts last, so its comments prove the second page was read.
    expect(fake.state.reviewComments.length).toBeGreaterThan(0)
  })

  it('keeps the verdict with a read-only token and falls back to the job summary, annotations and one warning', async () => {
    const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo, {}, { token: READ_ONLY_TOKEN, fork: true })
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    expect(run.outputs.conclusion).toBe('failure')
    expect(fake.state.checkRuns).toEqual([])
    expect(fake.state.reviewComments).toEqual([])
    expect(fake.state.issueComments).toEqual([])
    // Two writes were tried: the check run, then (a job may lack only `checks: write`) the
    // review; after that second 403 nothing else is attempted.
    expect(fake.state.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => [r.path, r.status])).toEqual([
      ['/repos/Codertocat/Hello-World/check-runs', 403],
      ['/repos/Codertocat/Hello-World/pulls/2/reviews', 403],
    ])
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/read-only.*Resource not accessible by integration/)
    expect(run.stdout).toMatch(/^::error title=.*,file=template\.yaml,line=1[4-8],/m)
    expect(run.summary).toMatch(/blocking finding/)
    expect(run.summary).toMatch(/read-only/)
  })

  it('says clearly when the merge base is unavailable and gates every finding', async () => {
    const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET }, { shallow: true })
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    expect(run.summary).toMatch(/merge base was unavailable/)
    expect(run.summary).toMatch(/fetch-depth/)
    expect(fake.state.checkRuns[0]!.output.summary).toMatch(/scope `all` \(asked: `changed`\)/)
    // Pre-existing findings of the Logs bucket now gate too, and get comments where they are in the diff.
    expect(Number(run.outputs['new-findings'])).toBe(Number(run.outputs.findings))
  })

  it('gives a push a check run and a job summary, without a review', async () => {
    const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(repo, { commits: [repo.headSha] }))
    const run = await runAction({ cwd: repo.dir, apiUrl: fake.url, eventName: 'push', event: pushEvent(repo.headSha), sha: repo.headSha })
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    expect(fake.state.checkRuns).toHaveLength(1)
    expect(fake.state.checkRuns[0]!.headSha).toBe(repo.headSha)
    expect(fake.state.reviews).toEqual([])
    expect(fake.state.issueComments).toEqual([])
    expect(run.summary).toMatch(/no base to compare with/)
  })

  it('reports "no infrastructure files found" as neutral, never a silent green', async () => {
    const repo = await makeRepo({ 'README.md': 'a\n', 'infra/notes.txt': 'x\n' }, { 'README.md': 'b\n', 'infra/notes.txt': 'y\n' })
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo, { paths: 'infra' })
    expectCleanRun(fake, run)
    expect(run.code).toBe(0)
    expect(run.outputs.conclusion).toBe('neutral')
    expect(fake.state.checkRuns[0]!.conclusion).toBe('neutral')
    expect(fake.state.checkRuns[0]!.output.title).toBe('No infrastructure files found')
    expect(run.summary).toMatch(/No infrastructure files were found/)
  })
})
