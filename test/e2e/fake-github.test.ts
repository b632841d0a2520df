import { Octokit } from '@octokit/rest'
import { afterEach, describe, expect, it } from 'vitest'
import { commentableLines, filesFromUnifiedDiff } from './diff.js'
import { startFakeGitHub, type FakeGitHub, type Scenario } from './fake-github.js'

const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
const BASE = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e'
const PATCH = ['@@ -1,3 +1,4 @@', ' a', '-b', '+B', '+C', ' d', '@@ -10,2 +11,2 @@', ' x', '+y'].join('\n')

function scenario(extra: Partial<Scenario> = {}): Scenario {
  return {
    owner: 'Codertocat',
    repo: 'Hello-World',
    tokens: { rw: { login: 'github-actions[bot]', type: 'Bot' }, ro: { login: 'github-actions[bot]', type: 'Bot', readOnly: true } },
    pulls: [
      {
        number: 2,
        head: { sha: HEAD, ref: 'changes' },
        base: { sha: BASE, ref: 'main' },
        files: [{ filename: 'template.yaml', status: 'modified', additions: 3, deletions: 1, patch: PATCH }],
      },
    ],
    ...extra,
  }
}

const repo = { owner: 'Codertocat', repo: 'Hello-World' }
let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

async function start(s = scenario()) {
  fake = await startFakeGitHub(s)
  return fake
}
const client = (f: FakeGitHub, token = 'rw') => new Octokit({ auth: token, baseUrl: f.url, request: { retries: 0 } })

describe('the fake GitHub', () => {
  it('reads the RIGHT and LEFT lines of a patch by hunk', () => {
    const c = commentableLines(PATCH)
    expect([...c.RIGHT.entries()]).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [11, 1],
      [12, 1],
    ])
    expect([...c.LEFT.keys()]).toEqual([1, 2, 3, 10])
  })

  it('turns git diff output into pull-request files', () => {
    const files = filesFromUnifiedDiff(
      [
        'diff --git a/new.tf b/new.tf',
        'new file mode 100644',
        'index 0000000..1111111',
        '--- /dev/null',
        '+++ b/new.tf',
        '@@ -0,0 +1,2 @@',
        '+a',
        '+b',
        'diff --git a/img.png b/img.png',
        'Binary files a/img.png and b/img.png differ',
        '',
      ].join('\n'),
    )
    expect(files).toEqual([
      { filename: 'new.tf', status: 'added', additions: 2, deletions: 0, patch: '@@ -0,0 +1,2 @@\n+a\n+b' },
      { filename: 'img.png', status: 'modified', additions: 0, deletions: 0 },
    ])
  })

  it('answers 401 without a token and 403 to writes with a read-only token', async () => {
    const f = await start()
    await expect(new Octokit({ baseUrl: f.url }).rest.pulls.get({ ...repo, pull_number: 2 })).rejects.toMatchObject({ status: 401 })
    await expect(client(f, 'ro').rest.issues.createComment({ ...repo, issue_number: 2, body: 'x' })).rejects.toMatchObject({ status: 403 })
    expect((await client(f, 'ro').rest.pulls.get({ ...repo, pull_number: 2 })).data.head.sha).toBe(HEAD)
    expect(f.state.violations).toEqual([])
  })

  it('rejects a whole review when one comment is outside the diff', async () => {
    const f = await start()
    const review = (line: number) =>
      client(f).rest.pulls.createReview({
        ...repo,
        pull_number: 2,
        commit_id: HEAD,
        event: 'COMMENT',
        comments: [
          { path: 'template.yaml', line: 2, side: 'RIGHT', body: 'ok' },
          { path: 'template.yaml', line, side: 'RIGHT', body: 'outside' },
        ],
      })
    await expect(review(7)).rejects.toMatchObject({ status: 422 })
    expect(f.state.reviewComments).toEqual([])
    await review(12)
    expect(f.state.reviewComments.map((c) => c.line)).toEqual([2, 12])
    await expect(
      client(f).rest.pulls.createReview({
        ...repo,
        pull_number: 2,
        event: 'COMMENT',
        comments: [{ path: 'other.yaml', line: 1, body: 'x' }],
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('Path could not be resolved') })
    expect(f.state.violations).toEqual([])
  })

  it('accepts multi-line comments only inside one hunk', async () => {
    const f = await start()
    const post = (start_line: number, line: number) =>
      client(f).rest.pulls.createReviewComment({
        ...repo,
        pull_number: 2,
        commit_id: HEAD,
        path: 'template.yaml',
        body: 'x',
        start_line,
        line,
        side: 'RIGHT',
        start_side: 'RIGHT',
      })
    await expect(post(4, 11)).rejects.toMatchObject({ status: 422 })
    await expect(post(2, 2)).rejects.toMatchObject({ status: 422 })
    await post(2, 4)
    await client(f).rest.pulls.createReviewComment({
      ...repo,
      pull_number: 2,
      commit_id: HEAD,
      path: 'template.yaml',
      body: 'file',
      subject_type: 'file',
    })
    expect(f.state.reviewComments.map((c) => [c.startLine, c.line, c.subjectType])).toEqual([
      [2, 4, 'line'],
      [null, null, 'file'],
    ])
    expect(f.state.violations).toEqual([])
  })

  it('refuses APPROVE from GitHub Actions', async () => {
    const f = await start()
    await expect(client(f).rest.pulls.createReview({ ...repo, pull_number: 2, event: 'APPROVE', body: 'lgtm' })).rejects.toMatchObject({
      status: 422,
    })
  })

  it('records a request that breaks the spec as a violation', async () => {
    const f = await start()
    await expect(client(f).request('POST /repos/{owner}/{repo}/check-runs', { ...repo, name: 'x' } as never)).rejects.toMatchObject({
      status: 422,
    })
    expect(f.state.violations.join('\n')).toMatch(/head_sha/)
  })

  it('takes 50 annotations per request and appends them on update', async () => {
    const f = await start()
    const annotation = (i: number) => ({
      path: 'template.yaml',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'warning' as const,
      message: `m${i}`,
    })
    const created = await client(f).rest.checks.create({
      ...repo,
      name: 's3-gate',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'failure',
      output: { title: 't', summary: 's', annotations: Array.from({ length: 50 }, (_, i) => annotation(i)) },
    })
    await expect(
      client(f).rest.checks.update({
        ...repo,
        check_run_id: created.data.id,
        output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) },
      }),
    ).rejects.toMatchObject({ status: 422 })
    await client(f).rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      output: { title: 't', summary: 's', annotations: [annotation(60)] },
    })
    expect(f.state.checkRuns[0]!.annotations).toHaveLength(51)
    expect(f.state.checkRuns[0]!.annotationBatches).toEqual([50, 1])
    await expect(
      client(f).rest.checks.create({ ...repo, name: 'x', head_sha: HEAD, output: { title: 't', summary: 'x'.repeat(65_536) } }),
    ).rejects.toMatchObject({ status: 422 })
  })

  it('paginates with Link headers that stay on its own host', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({
      filename: `f${i}.yaml`,
      status: 'added' as const,
      additions: 1,
      deletions: 0,
      patch: '@@ -0,0 +1 @@\n+a',
    }))
    const f = await start(scenario({ pulls: [{ number: 2, head: { sha: HEAD, ref: 'c' }, base: { sha: BASE, ref: 'main' }, files }] }))
    const all = await client(f).paginate(client(f).rest.pulls.listFiles, { ...repo, pull_number: 2, per_page: 100 })
    expect(all).toHaveLength(250)
    expect(f.state.requests.filter((r) => r.path.endsWith('/files')).map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3'])
    expect(f.state.violations).toEqual([])
  })

  it('lists and resolves review threads over GraphQL', async () => {
    const f = await start()
    await client(f).rest.pulls.createReviewComment({
      ...repo,
      pull_number: 2,
      commit_id: HEAD,
      path: 'template.yaml',
      body: 'x',
      line: 3,
      side: 'RIGHT',
    })
    const q = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) { repository(owner: $owner, name: $repo) { pullRequest(number: $number) { reviewThreads(first: 100, after: $cursor) { pageInfo { hasNextPage endCursor } nodes { id isResolved comments(first: 1) { nodes { databaseId } } } } } } }`
    const data = await client(f).graphql<{
      repository: { pullRequest: { reviewThreads: { nodes: { id: string; isResolved: boolean }[] } } }
    }>(q, { ...repo, number: 2, cursor: null })
    const thread = data.repository.pullRequest.reviewThreads.nodes[0]!
    expect(thread.isResolved).toBe(false)
    await client(f).graphql(
      'mutation($threadId: ID!) { resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } } }',
      { threadId: thread.id },
    )
    expect(f.state.threads[0]!.isResolved).toBe(true)
  })

  it('injects faults: a 502 once, then normal service', async () => {
    const f = await start()
    f.inject({ method: 'GET', path: /\/pulls\/2$/, status: 502 })
    await expect(client(f).rest.pulls.get({ ...repo, pull_number: 2 })).rejects.toMatchObject({ status: 502 })
    expect((await client(f).rest.pulls.get({ ...repo, pull_number: 2 })).status).toBe(200)
  })

  it('answers a secondary rate limit with 403 and retry-after', async () => {
    const f = await start()
    f.secondaryRateLimitOnce('POST', /\/issues\/2\/comments$/, 3)
    await expect(client(f).rest.issues.createComment({ ...repo, issue_number: 2, body: 'x' })).rejects.toMatchObject({
      status: 403,
      response: { headers: expect.objectContaining({ 'retry-after': '3' }) },
    })
  })

  it('keeps comment bodies under 65,536 characters', async () => {
    const f = await start()
    await expect(client(f).rest.issues.createComment({ ...repo, issue_number: 2, body: 'x'.repeat(65_537) })).rejects.toMatchObject({
      status: 422,
    })
    await client(f).rest.issues.createComment({ ...repo, issue_number: 2, body: 'x'.repeat(65_536) })
    expect(f.state.issueComments).toHaveLength(1)
  })

  it('marks comments outdated when a push moves their line out of the diff', async () => {
    const f = await start()
    await client(f).rest.pulls.createReviewComment({
      ...repo,
      pull_number: 2,
      commit_id: HEAD,
      path: 'template.yaml',
      body: 'x',
      line: 12,
      side: 'RIGHT',
    })
    f.updatePull(2, {
      headSha: 'a'.repeat(40),
      files: [{ filename: 'template.yaml', status: 'modified', additions: 1, deletions: 0, patch: '@@ -1,1 +1,2 @@\n a\n+b' }],
    })
    const [comment] = await client(f).paginate(client(f).rest.pulls.listReviewComments, { ...repo, pull_number: 2 })
    expect(comment!.line ?? null).toBeNull()
    expect(f.state.violations).toEqual([])
  })
})
