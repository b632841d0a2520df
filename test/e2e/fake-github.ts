/**
 * A stand-in for api.github.com on 127.0.0.1, for end-to-end tests of dist/index.js.
 *
 * Every request is validated against GitHub's own OpenAPI description (test/fixtures/github-api.json,
 * trimmed from @octokit/openapi) with openapi-backend, and every 2xx reply is checked against the
 * response schema; anything off lands in `state.violations`. On top, the fake keeps state and acts
 * like GitHub where the spec cannot say: auth, read-only tokens, diff-anchored review comments
 * (422, whole review rejected), body limits, the 50-annotation limit, APPROVE refused,
 * pagination with Link headers on its own host, GraphQL review threads, and injected faults.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import addFormats from 'ajv-formats'
import { OpenAPIBackend, type Context, type Document } from 'openapi-backend'
import { commentableLines, LINE_MOVES, movedLine, type DiffFile, type LineMoves } from './diff.js'

/** A repository path as GitHub writes it in a URL: each segment percent-encoded. */
const encodePath = (file: string) => file.split('/').map(encodeURIComponent).join('/')

const here = path.dirname(fileURLToPath(import.meta.url))
const SPEC_FILE = path.join(here, '..', 'fixtures', 'github-api.json')

export interface FakeUser {
  login: string
  type: 'Bot' | 'User'
  /** Writes get 403 "Resource not accessible by integration" (fork and Dependabot PRs). */
  readOnly?: boolean
}

export interface FakePull {
  number: number
  head: { sha: string; ref: string }
  base: { sha: string; ref: string }
  files: DiffFile[]
  /** Earlier head SHAs (comments may be made on them). */
  previousHeads?: string[]
}

export interface Scenario {
  owner: string
  repo: string
  pulls: FakePull[]
  /** Token → user. */
  tokens: Record<string, FakeUser>
  /** Commits check runs may be created on (pull heads are added automatically). */
  commits?: string[]
  allowApprove?: boolean
  /** Validate 2xx replies and turn a mismatch into a 500 (default true). */
  strictResponses?: boolean
  /**
   * Serve the REST API under this path, as GitHub Enterprise Server does (`/api/v3`, with GraphQL
   * at `/api/graphql`); `url` then includes it. A request outside it is a violation.
   */
  apiPrefix?: string
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  status: number
  authorization: 'token' | 'bearer' | 'none'
  body?: unknown
}

export interface StoredReviewComment {
  id: number
  pull: number
  reviewId: number | null
  path: string
  line: number | null
  originalLine: number | null
  startLine: number | null
  side: 'LEFT' | 'RIGHT'
  subjectType: 'line' | 'file'
  body: string
  commitId: string
  inReplyTo: number | null
  user: FakeUser
  threadId: string
  createdAt: string
  updatedAt: string
}

export interface StoredCheckRun {
  id: number
  name: string
  headSha: string
  status: string
  conclusion: string | null
  detailsUrl?: string
  externalId?: string
  output: { title: string | null; summary: string | null; text: string | null }
  annotations: Record<string, unknown>[]
  /** Annotation count of each request (create and updates). */
  annotationBatches: number[]
}

export interface FakeState {
  requests: RecordedRequest[]
  reviews: { id: number; pull: number; event: string; body: string; commitId: string; commentIds: number[]; user: FakeUser }[]
  reviewComments: StoredReviewComment[]
  threads: { id: string; pull: number; rootId: number; isResolved: boolean }[]
  issueComments: { id: number; issue: number; body: string; user: FakeUser; createdAt: string; updatedAt: string }[]
  checkRuns: StoredCheckRun[]
  graphql: { query: string; variables: Record<string, unknown> }[]
  /** Requests or replies that broke the spec or GitHub's rules in a way the action should never cause. */
  violations: string[]
  /** Replies the fake refused with a GitHub-style error (expected in some scenarios). */
  rejections: { method: string; path: string; status: number; message: string }[]
}

export interface Fault {
  method?: string
  path?: RegExp
  /** How many matching requests it applies to (default 1). */
  times?: number
  status?: number
  headers?: Record<string, string>
  body?: unknown
  /** Never answers: the connection stays open until the client gives up (recorded with status 0). */
  hang?: boolean
  /** Drops the connection without an answer, so the client sees ECONNRESET (recorded with status 0). */
  reset?: boolean
  /**
   * The request is carried out first, then answered with `status` or left hanging: GitHub did the
   * work, but the answer was lost (a proxy timing out, a dropped connection).
   */
  afterHandling?: boolean
  /** Runs before the request is handled (e.g. delete a comment); with no `status` the request then proceeds. */
  action?: (state: FakeState) => void
  /** Answers this much later (with `status`, or as GitHub would without one): a slow GitHub. */
  delayMs?: number
  /** Applies only to requests whose parsed JSON body passes this (e.g. the file-level comment). */
  match?: (body: unknown) => boolean
  /** Sent as the body byte for byte instead of `body` as JSON (an HTML error page, cut-off JSON). */
  rawBody?: string
  /**
   * Sends the status, the headers and half the body, then never the rest (`stall`) or drops the
   * connection (`reset`): an answer cut off mid-way.
   */
  cutBody?: 'stall' | 'reset'
}

export interface FakeGitHub {
  url: string
  state: FakeState
  scenario: Scenario
  inject(fault: Fault): void
  /** GitHub's secondary rate limit: 403 with `retry-after`, once. */
  secondaryRateLimitOnce(method: string, path: RegExp, retryAfterSeconds?: number): void
  /**
   * Moves a pull request to a new head (a push). As on GitHub, a line comment follows its line
   * when the push left that line as it was (`lineMoves`, or the moves pushCommit recorded for
   * `files`), and is outdated (loses its `line`) when the push changed or removed it or it left
   * the diff. Without moves known, a comment keeps its number while that line is in the diff.
   */
  updatePull(number: number, update: { headSha: string; files: DiffFile[]; lineMoves?: LineMoves }): void
  /** A person replies to a review comment. */
  addHumanReply(commentId: number, body: string, login?: string): void
  close(): Promise<void>
}

let loadedSpec: Document | undefined
function loadSpec(): Document {
  loadedSpec ??= JSON.parse(fs.readFileSync(SPEC_FILE, 'utf8')) as Document
  return structuredClone(loadedSpec)
}

let api: Promise<OpenAPIBackend> | undefined
/**
 * One validator per test process, shared by every fake: it depends on the spec alone, and it
 * compiles each operation's schemas on first use. A validator per fake compiled them again for
 * every test, about 0.1 s a request.
 */
function sharedApi(): Promise<OpenAPIBackend> {
  api ??= (async () => {
    const backend = new OpenAPIBackend({
      definition: loadSpec(),
      quick: true,
      validate: true,
      coerceTypes: true,
      ajvOpts: { strict: false, allErrors: true },
      customizeAjv: (ajv) => {
        addFormats.default(ajv)
        return ajv
      },
    })
    backend.register({
      notFound: () => null,
      validationFail: () => null,
    })
    await backend.init()
    return backend
  })()
  return api
}

const BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' }
/** Not an HTTP status: the server drops the connection instead of answering. */
const RESET = -1
const COMMENT_MAX = 65_536

class HttpReply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
    readonly rawBody?: string,
    readonly cutBody?: 'stall' | 'reset',
  ) {}
}

function githubError(status: number, message: string, extra: Record<string, unknown> = {}): HttpReply {
  return new HttpReply(status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status), ...extra })
}

export async function startFakeGitHub(scenario: Scenario): Promise<FakeGitHub> {
  const spec = loadSpec()
  const examples = (spec.components as { examples: Record<string, { value: unknown }> }).examples
  const example = <T>(name: string): T => structuredClone(examples[name]!.value) as T
  const strict = scenario.strictResponses ?? true
  const state: FakeState = {
    requests: [],
    reviews: [],
    reviewComments: [],
    threads: [],
    issueComments: [],
    checkRuns: [],
    graphql: [],
    violations: [],
    rejections: [],
  }
  const faults: (Fault & { left: number })[] = []
  let nextId = 1000
  const id = () => ++nextId
  let baseUrl = ''
  const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  const repoUrl = () => `${baseUrl}/repos/${scenario.owner}/${scenario.repo}`
  const htmlRepo = `https://github.com/${scenario.owner}/${scenario.repo}`

  const pull = (n: number) => scenario.pulls.find((p) => p.number === n)
  const knownCommits = () =>
    new Set([...(scenario.commits ?? []), ...scenario.pulls.flatMap((p) => [p.head.sha, ...(p.previousHeads ?? [])])])
  // A pull request's base is a commit of the repository too (its base branch's tip): GitHub takes
  // check runs on it, though not review comments (it is no commit of the pull request).
  const repositoryCommits = () => new Set([...knownCommits(), ...scenario.pulls.map((p) => p.base.sha)])

  function userJson(u: FakeUser) {
    const user = example<{ user: Record<string, unknown> }>('issue-comment').user
    return {
      ...user,
      login: u.login,
      type: u.type,
      id: u.type === 'Bot' ? 41898282 : 583231,
      url: `${baseUrl}/users/${encodeURIComponent(u.login)}`,
    }
  }

  function reviewCommentJson(c: StoredReviewComment) {
    const p = pull(c.pull)!
    const json: Record<string, unknown> = {
      ...example<Record<string, unknown>>('pull-request-review-comment'),
      url: `${repoUrl()}/pulls/comments/${c.id}`,
      id: c.id,
      node_id: `PRRC_${c.id}`,
      pull_request_review_id: c.reviewId,
      diff_hunk: '@@ -1,1 +1,1 @@',
      path: c.path,
      commit_id: p.head.sha,
      original_commit_id: c.commitId,
      user: userJson(c.user),
      body: c.body,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      html_url: `${htmlRepo}/pull/${c.pull}#discussion_r${c.id}`,
      pull_request_url: `${repoUrl()}/pulls/${c.pull}`,
      author_association: 'NONE',
      _links: {
        self: { href: `${repoUrl()}/pulls/comments/${c.id}` },
        html: { href: `${htmlRepo}/pull/${c.pull}#discussion_r${c.id}` },
        pull_request: { href: `${repoUrl()}/pulls/${c.pull}` },
      },
      // An outdated comment has neither a line nor a start line at the head.
      start_line: c.line === null ? null : c.startLine,
      original_start_line: c.startLine,
      side: c.side,
      start_side: c.startLine && c.line !== null ? c.side : null,
      subject_type: c.subjectType,
      original_position: c.originalLine ?? 1,
    }
    // The spec types these as plain integers; GitHub leaves them out (or null) on outdated and
    // file-level comments, so the fake omits them to stay schema-valid.
    for (const k of ['line', 'original_line', 'position']) delete json[k]
    if (c.line !== null) Object.assign(json, { line: c.line, position: c.line })
    if (c.originalLine !== null) json.original_line = c.originalLine
    if (c.inReplyTo) json.in_reply_to_id = c.inReplyTo
    else delete json.in_reply_to_id
    return json
  }

  function issueCommentJson(c: FakeState['issueComments'][number]) {
    return {
      ...example<Record<string, unknown>>('issue-comment'),
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${repoUrl()}/issues/comments/${c.id}`,
      html_url: `${htmlRepo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${repoUrl()}/issues/${c.issue}`,
      body: c.body,
      user: userJson(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
    }
  }

  function checkRunJson(r: StoredCheckRun) {
    const base = example<Record<string, unknown> & { output: Record<string, unknown> }>('check-run')
    return {
      ...base,
      id: r.id,
      node_id: `CR_${r.id}`,
      head_sha: r.headSha,
      name: r.name,
      url: `${repoUrl()}/check-runs/${r.id}`,
      html_url: `${htmlRepo}/runs/${r.id}`,
      details_url: r.detailsUrl ?? null,
      external_id: r.externalId ?? null,
      status: r.status,
      conclusion: r.conclusion,
      output: {
        ...base.output,
        title: r.output.title,
        summary: r.output.summary,
        text: r.output.text,
        annotations_count: r.annotations.length,
        annotations_url: `${repoUrl()}/check-runs/${r.id}/annotations`,
      },
      pull_requests: [],
    }
  }

  function reviewJson(r: FakeState['reviews'][number]) {
    return {
      ...example<Record<string, unknown>>('pull-request-review'),
      id: r.id,
      node_id: `PRR_${r.id}`,
      user: userJson(r.user),
      body: r.body,
      state:
        r.event === 'COMMENT'
          ? 'COMMENTED'
          : r.event === 'REQUEST_CHANGES'
            ? 'CHANGES_REQUESTED'
            : r.event === 'APPROVE'
              ? 'APPROVED'
              : 'PENDING',
      commit_id: r.commitId,
      html_url: `${htmlRepo}/pull/${r.pull}#pullrequestreview-${r.id}`,
      pull_request_url: `${repoUrl()}/pulls/${r.pull}`,
      _links: {
        html: { href: `${htmlRepo}/pull/${r.pull}#pullrequestreview-${r.id}` },
        pull_request: { href: `${repoUrl()}/pulls/${r.pull}` },
      },
    }
  }

  function pullJson(p: FakePull) {
    const json = example<Record<string, unknown> & { head: Record<string, unknown>; base: Record<string, unknown> }>('pull-request')
    // The spec's own example lacks `type` on requested teams (invalid against its schema).
    const teams = json.requested_teams as Record<string, unknown>[] | undefined
    for (const t of teams ?? []) t.type ??= 'organization'
    return {
      ...json,
      number: p.number,
      url: `${repoUrl()}/pulls/${p.number}`,
      head: { ...json.head, sha: p.head.sha, ref: p.head.ref },
      base: { ...json.base, sha: p.base.sha, ref: p.base.ref },
      changed_files: p.files.length,
    }
  }

  /** Paginates like GitHub: `per_page` (default 30, max 100), `page`, and a Link header on our host. */
  function paginate<T>(items: T[], query: Record<string, string>, route: string): HttpReply {
    const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30)))
    const page = Math.max(1, Number(query.page ?? 1))
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const link = (n: number, rel: string) => `<${baseUrl}${route}?per_page=${perPage}&page=${n}>; rel="${rel}"`
    const links: string[] = []
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
    return new HttpReply(200, slice, links.length ? { link: links.join(', ') } : {})
  }

  /** Why GitHub would refuse this line anchor, or undefined when it is fine. */
  function anchorProblem(
    p: FakePull,
    c: { path: string; line?: number; side?: string; start_line?: number; start_side?: string },
  ): string | undefined {
    const file = p.files.find((f) => f.filename === c.path)
    if (!file) return 'Path could not be resolved'
    if (typeof c.line !== 'number') return 'Line could not be resolved'
    const side = (c.side ?? 'RIGHT') as 'LEFT' | 'RIGHT'
    const lines = commentableLines(file.patch)[side]
    const hunk = lines.get(c.line)
    if (hunk === undefined) return 'Line could not be resolved'
    if (c.start_line !== undefined) {
      if (c.start_line >= c.line) return 'start_line must precede line'
      const startSide = (c.start_side ?? side) as 'LEFT' | 'RIGHT'
      const startHunk = commentableLines(file.patch)[startSide].get(c.start_line)
      if (startHunk === undefined) return 'Start line could not be resolved'
      if (startHunk !== hunk) return 'start_line must be part of the same hunk as the line'
    }
    return undefined
  }

  function addComment(
    p: FakePull,
    user: FakeUser,
    c: Partial<StoredReviewComment> & { path: string; body: string; commitId: string },
  ): StoredReviewComment {
    const cid = id()
    const threadId = c.inReplyTo ? state.reviewComments.find((x) => x.id === c.inReplyTo)!.threadId : `PRRT_${cid}`
    const stored: StoredReviewComment = {
      id: cid,
      pull: p.number,
      reviewId: c.reviewId ?? null,
      path: c.path,
      line: c.line ?? null,
      originalLine: c.line ?? null,
      startLine: c.startLine ?? null,
      side: c.side ?? 'RIGHT',
      subjectType: c.subjectType ?? 'line',
      body: c.body,
      commitId: c.commitId,
      inReplyTo: c.inReplyTo ?? null,
      user,
      threadId,
      createdAt: now(),
      updatedAt: now(),
    }
    state.reviewComments.push(stored)
    if (!c.inReplyTo) state.threads.push({ id: threadId, pull: p.number, rootId: cid, isResolved: false })
    return stored
  }

  type Handler = (c: Context, user: FakeUser, query: Record<string, string>, route: string) => HttpReply
  const p404 = () => githubError(404, 'Not Found')
  const handlers: Record<string, Handler> = {
    'pulls/get': (c) => {
      const p = pull(Number(c.request.params.pull_number))
      return p ? new HttpReply(200, pullJson(p)) : p404()
    },
    'pulls/list-files': (c, _u, query, route) => {
      const p = pull(Number(c.request.params.pull_number))
      if (!p) return p404()
      // GitHub lists at most 3,000 files per pull request.
      const items = p.files.slice(0, 3000).map((f) => ({
        ...example<Record<string, unknown>[]>('diff-entry-items')[0],
        sha: 'bbcd538c8e72b8c175046e27cc8f907076331401',
        filename: f.filename,
        status: f.status,
        additions: f.additions,
        deletions: f.deletions,
        changes: f.additions + f.deletions,
        // GitHub percent-encodes the name in these URLs (a space, `#` or `?` in it).
        blob_url: `${htmlRepo}/blob/${p.head.sha}/${encodePath(f.filename)}`,
        raw_url: `${htmlRepo}/raw/${p.head.sha}/${encodePath(f.filename)}`,
        contents_url: `${repoUrl()}/contents/${encodePath(f.filename)}?ref=${p.head.sha}`,
        patch: f.patch,
        ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
      }))
      for (const item of items) if (item.patch === undefined) delete item.patch
      return paginate(items, query, route)
    },
    'pulls/list-review-comments': (c, _u, query, route) => {
      const n = Number(c.request.params.pull_number)
      if (!pull(n)) return p404()
      return paginate(state.reviewComments.filter((x) => x.pull === n).map(reviewCommentJson), query, route)
    },
    'pulls/create-review': (c, user) => {
      const p = pull(Number(c.request.params.pull_number))
      if (!p) return p404()
      const body = c.request.requestBody as {
        commit_id?: string
        body?: string
        event?: string
        comments?: {
          path: string
          line?: number
          side?: string
          start_line?: number
          start_side?: string
          body: string
          position?: number
        }[]
      }
      const event = body.event ?? 'PENDING'
      if (event === 'APPROVE' && !scenario.allowApprove)
        return githubError(422, 'Unprocessable Entity', { errors: ['GitHub Actions is not permitted to approve pull requests.'] })
      const comments = body.comments ?? []
      if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && !body.body && comments.length === 0) {
        return githubError(422, 'Unprocessable Entity', { errors: ['Review body is required for this event'] })
      }
      if (body.commit_id && !knownCommits().has(body.commit_id))
        return githubError(422, 'Unprocessable Entity', { errors: ['commit_id is not part of the pull request'] })
      if ((body.body ?? '').length > COMMENT_MAX)
        return githubError(422, 'Validation Failed', {
          errors: [
            {
              resource: 'PullRequestReview',
              code: 'custom',
              field: 'body',
              message: `Body is too long (maximum is ${COMMENT_MAX} characters)`,
            },
          ],
        })
      // All or nothing, as on GitHub: one bad anchor rejects the whole review.
      for (const cm of comments) {
        if (cm.body.length > COMMENT_MAX)
          return githubError(422, 'Validation Failed', { errors: [`Body is too long (maximum is ${COMMENT_MAX} characters)`] })
        const problem = anchorProblem(p, cm)
        if (problem) return githubError(422, 'Unprocessable Entity', { errors: [problem] })
      }
      const rid = id()
      const review = {
        id: rid,
        pull: p.number,
        event,
        body: body.body ?? '',
        commitId: body.commit_id ?? p.head.sha,
        commentIds: [] as number[],
        user,
      }
      for (const cm of comments) {
        const stored = addComment(p, user, {
          path: cm.path,
          body: cm.body,
          commitId: review.commitId,
          reviewId: rid,
          line: cm.line!,
          ...(cm.start_line !== undefined ? { startLine: cm.start_line } : {}),
          side: (cm.side ?? 'RIGHT') as 'RIGHT',
        })
        review.commentIds.push(stored.id)
      }
      state.reviews.push(review)
      return new HttpReply(200, reviewJson(review))
    },
    'pulls/create-review-comment': (c, user) => {
      const p = pull(Number(c.request.params.pull_number))
      if (!p) return p404()
      const b = c.request.requestBody as {
        body: string
        commit_id: string
        path: string
        line?: number
        side?: string
        start_line?: number
        start_side?: string
        subject_type?: string
        in_reply_to?: number
      }
      if (b.body.length > COMMENT_MAX)
        return githubError(422, 'Validation Failed', { errors: [`Body is too long (maximum is ${COMMENT_MAX} characters)`] })
      if (!knownCommits().has(b.commit_id))
        return githubError(422, 'Unprocessable Entity', { errors: ['commit_id is not part of the pull request'] })
      if (b.in_reply_to !== undefined) {
        const parent = state.reviewComments.find((x) => x.id === b.in_reply_to && x.pull === p.number)
        if (!parent) return p404()
        return new HttpReply(
          201,
          reviewCommentJson(addComment(p, user, { path: parent.path, body: b.body, commitId: b.commit_id, inReplyTo: parent.id })),
        )
      }
      if (b.subject_type === 'file') {
        const file = p.files.find((f) => f.filename === b.path)
        if (!file) return githubError(422, 'Unprocessable Entity', { errors: ['Path could not be resolved'] })
        return new HttpReply(
          201,
          reviewCommentJson(addComment(p, user, { path: b.path, body: b.body, commitId: b.commit_id, subjectType: 'file' })),
        )
      }
      const problem = anchorProblem(p, b)
      if (problem) return githubError(422, 'Unprocessable Entity', { errors: [problem] })
      return new HttpReply(
        201,
        reviewCommentJson(
          addComment(p, user, {
            path: b.path,
            body: b.body,
            commitId: b.commit_id,
            line: b.line!,
            ...(b.start_line !== undefined ? { startLine: b.start_line } : {}),
            side: (b.side ?? 'RIGHT') as 'RIGHT',
          }),
        ),
      )
    },
    'pulls/create-reply-for-review-comment': (c, user) => {
      const p = pull(Number(c.request.params.pull_number))
      const parent = state.reviewComments.find((x) => x.id === Number(c.request.params.comment_id))
      if (!p || !parent || parent.pull !== p.number) return p404()
      const b = c.request.requestBody as { body: string }
      if (b.body.length > COMMENT_MAX)
        return githubError(422, 'Validation Failed', { errors: [`Body is too long (maximum is ${COMMENT_MAX} characters)`] })
      const root = parent.inReplyTo ?? parent.id
      return new HttpReply(
        201,
        reviewCommentJson(addComment(p, user, { path: parent.path, body: b.body, commitId: p.head.sha, inReplyTo: root })),
      )
    },
    'pulls/update-review-comment': (c) => {
      const cm = state.reviewComments.find((x) => x.id === Number(c.request.params.comment_id))
      if (!cm) return p404()
      const b = c.request.requestBody as { body: string }
      if (b.body.length > COMMENT_MAX)
        return githubError(422, 'Validation Failed', { errors: [`Body is too long (maximum is ${COMMENT_MAX} characters)`] })
      cm.body = b.body
      cm.updatedAt = now()
      return new HttpReply(200, reviewCommentJson(cm))
    },
    'issues/list-comments': (c, _u, query, route) => {
      const n = Number(c.request.params.issue_number)
      if (!pull(n)) return p404()
      return paginate(state.issueComments.filter((x) => x.issue === n).map(issueCommentJson), query, route)
    },
    'issues/create-comment': (c, user) => {
      const n = Number(c.request.params.issue_number)
      if (!pull(n)) return p404()
      const b = c.request.requestBody as { body: string }
      if (b.body.length > COMMENT_MAX)
        return githubError(422, 'Validation Failed', {
          errors: [
            { resource: 'IssueComment', code: 'custom', field: 'body', message: `Body is too long (maximum is ${COMMENT_MAX} characters)` },
          ],
        })
      const stored = { id: id(), issue: n, body: b.body, user, createdAt: now(), updatedAt: now() }
      state.issueComments.push(stored)
      return new HttpReply(201, issueCommentJson(stored))
    },
    'issues/update-comment': (c) => {
      const cm = state.issueComments.find((x) => x.id === Number(c.request.params.comment_id))
      if (!cm) return p404()
      const b = c.request.requestBody as { body: string }
      if (b.body.length > COMMENT_MAX)
        return githubError(422, 'Validation Failed', { errors: [`Body is too long (maximum is ${COMMENT_MAX} characters)`] })
      cm.body = b.body
      cm.updatedAt = now()
      return new HttpReply(200, issueCommentJson(cm))
    },
    'checks/create': (c) => {
      const b = c.request.requestBody as Record<string, unknown> & {
        output?: { title?: string; summary?: string; text?: string; annotations?: Record<string, unknown>[] }
      }
      if (!repositoryCommits().has(String(b.head_sha)))
        return githubError(422, 'Unprocessable Entity', { errors: [`No commit found for SHA: ${b.head_sha}`] })
      const problem = checkRunProblem(b, undefined)
      if (problem) return githubError(422, 'Unprocessable Entity', { errors: [problem] })
      const run: StoredCheckRun = {
        id: id(),
        name: String(b.name),
        headSha: String(b.head_sha),
        status: b.conclusion ? 'completed' : String(b.status ?? 'queued'),
        conclusion: (b.conclusion as string | undefined) ?? null,
        ...(typeof b.details_url === 'string' ? { detailsUrl: b.details_url } : {}),
        ...(typeof b.external_id === 'string' ? { externalId: b.external_id } : {}),
        output: { title: b.output?.title ?? null, summary: b.output?.summary ?? null, text: b.output?.text ?? null },
        annotations: [...(b.output?.annotations ?? [])],
        annotationBatches: [b.output?.annotations?.length ?? 0],
      }
      state.checkRuns.push(run)
      return new HttpReply(201, checkRunJson(run))
    },
    'checks/list-for-ref': (c, _u, query) => {
      const ref = String(c.request.params.ref)
      if (!repositoryCommits().has(ref)) return githubError(422, 'Unprocessable Entity', { errors: [`No commit found for SHA: ${ref}`] })
      const all = state.checkRuns.filter((r) => r.headSha === ref && (query.check_name === undefined || r.name === query.check_name))
      // `filter=latest` (the default) keeps the newest run of each name.
      const runs = query.filter === 'all' ? all : all.filter((r) => !all.some((o) => o.name === r.name && o.id > r.id))
      const perPage = Math.min(Number(query.per_page ?? 30), 100)
      const page = Math.max(Number(query.page ?? 1), 1)
      const shown = [...runs].reverse().slice((page - 1) * perPage, page * perPage)
      return new HttpReply(200, { total_count: runs.length, check_runs: shown.map(checkRunJson) })
    },
    'checks/update': (c) => {
      const run = state.checkRuns.find((r) => r.id === Number(c.request.params.check_run_id))
      if (!run) return p404()
      const b = c.request.requestBody as Record<string, unknown> & {
        output?: { title?: string; summary?: string; text?: string; annotations?: Record<string, unknown>[] }
      }
      const problem = checkRunProblem(b, run)
      if (problem) return githubError(422, 'Unprocessable Entity', { errors: [problem] })
      if (b.conclusion) {
        run.conclusion = String(b.conclusion)
        run.status = 'completed'
      } else if (b.status) run.status = String(b.status)
      if (b.output) {
        run.output = {
          title: b.output.title ?? run.output.title,
          summary: b.output.summary ?? run.output.summary,
          text: b.output.text ?? run.output.text,
        }
        // Annotations sent with an update are appended, as on GitHub.
        run.annotations.push(...(b.output.annotations ?? []))
        run.annotationBatches.push(b.output.annotations?.length ?? 0)
      }
      return new HttpReply(200, checkRunJson(run))
    },
  }

  /** Check-run rules the schema cannot express. */
  function checkRunProblem(
    b: Record<string, unknown> & { output?: { title?: string; summary?: string; annotations?: Record<string, unknown>[] } },
    existing: StoredCheckRun | undefined,
  ): string | undefined {
    if ((b.status === 'completed' || b.completed_at) && !b.conclusion && !existing?.conclusion)
      return 'conclusion is required when status is completed'
    if (b.output && (typeof b.output.title !== 'string' || typeof b.output.summary !== 'string'))
      return 'output needs a title and a summary'
    for (const a of b.output?.annotations ?? []) {
      const start = Number(a.start_line)
      const end = Number(a.end_line)
      if (end < start) return 'end_line must be at least start_line'
      if ((a.start_column !== undefined || a.end_column !== undefined) && start !== end)
        return 'start_column and end_column are only allowed on single-line annotations'
      if (String(a.message ?? '').length > 64 * 1024) return 'annotation message is too long'
    }
    return undefined
  }

  function graphqlReply(body: { query?: string; variables?: Record<string, unknown> }, user: FakeUser): HttpReply {
    const query = body.query ?? ''
    const vars = body.variables ?? {}
    state.graphql.push({ query, variables: vars })
    if (/\bresolveReviewThread\b/.test(query)) {
      if (typeof vars.threadId !== 'string') {
        state.violations.push('graphql resolveReviewThread without a string threadId variable')
        return new HttpReply(200, { errors: [{ message: 'Variable $threadId of type ID! was provided invalid value' }] })
      }
      if (user.readOnly)
        return new HttpReply(200, {
          data: { resolveReviewThread: null },
          errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration', path: ['resolveReviewThread'] }],
        })
      const thread = state.threads.find((t) => t.id === vars.threadId)
      if (!thread)
        return new HttpReply(200, {
          data: { resolveReviewThread: null },
          errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${vars.threadId}'` }],
        })
      thread.isResolved = true
      return new HttpReply(200, { data: { resolveReviewThread: { thread: { id: thread.id, isResolved: true } } } })
    }
    // The token's account: an installation token (GITHUB_TOKEN, a GitHub App's) is its bot, `<app>[bot]`.
    if (/^\s*(?:query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query))
      return new HttpReply(200, { data: { viewer: { login: user.login } } })
    if (/\breviewThreads\b/.test(query)) {
      if (typeof vars.owner !== 'string' || typeof vars.repo !== 'string' || typeof vars.number !== 'number') {
        state.violations.push('graphql reviewThreads query without owner/repo/number variables')
        return new HttpReply(200, { errors: [{ message: 'missing variables' }] })
      }
      const p = pull(vars.number)
      if (!p || vars.owner !== scenario.owner || vars.repo !== scenario.repo)
        return new HttpReply(200, {
          data: { repository: null },
          errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a Repository' }],
        })
      const all = state.threads.filter((t) => t.pull === p.number)
      const start = typeof vars.cursor === 'string' ? Number(Buffer.from(vars.cursor, 'base64').toString('utf8')) : 0
      const first = Number(/reviewThreads\(first:\s*(\d+)/.exec(query)?.[1] ?? 100)
      const page = all.slice(start, start + first)
      const end = start + page.length
      return new HttpReply(200, {
        data: {
          repository: {
            pullRequest: {
              reviewThreads: {
                pageInfo: { hasNextPage: end < all.length, endCursor: page.length ? Buffer.from(String(end)).toString('base64') : null },
                nodes: page.map((t) => ({ id: t.id, isResolved: t.isResolved, comments: { nodes: [{ databaseId: t.rootId }] } })),
              },
            },
          },
        },
      })
    }
    state.violations.push(`unsupported GraphQL operation: ${query.slice(0, 80)}`)
    return new HttpReply(200, { errors: [{ message: 'This fake does not support that GraphQL operation' }] })
  }

  const api = await sharedApi()

  function authenticate(header: string | undefined): { user?: FakeUser; kind: RecordedRequest['authorization'] } {
    if (!header) return { kind: 'none' }
    const m = /^(token|bearer)\s+(.+)$/i.exec(header)
    if (!m) return { kind: 'none' }
    return { user: scenario.tokens[m[2]!.trim()], kind: m[1]!.toLowerCase() as 'token' | 'bearer' }
  }

  async function handle(method: string, url: URL, headers: http.IncomingHttpHeaders, raw: string): Promise<HttpReply> {
    let body: unknown
    if (raw) {
      try {
        body = JSON.parse(raw)
      } catch {
        state.violations.push(`${method} ${url.pathname}: body is not JSON`)
        return githubError(400, 'Problems parsing JSON')
      }
    }
    const auth = authenticate(headers.authorization)
    if (!auth.user) return githubError(401, auth.kind === 'none' ? 'Requires authentication' : 'Bad credentials')
    const user = auth.user
    for (const f of faults) {
      if (f.left <= 0) continue
      if (f.method && f.method !== method) continue
      if (f.path && !f.path.test(url.pathname)) continue
      if (f.match && !f.match(body)) continue
      f.left--
      if (f.afterHandling) await serve(method, url, headers, body, user)
      if (f.hang || f.reset) {
        state.requests.push({ method, path: url.pathname, query: {}, status: 0, authorization: auth.kind })
        return f.reset ? new HttpReply(RESET, null) : new Promise<never>(() => {})
      }
      f.action?.(state)
      if (f.delayMs) await new Promise((resolve) => setTimeout(resolve, f.delayMs))
      if (f.status) return new HttpReply(f.status, f.body ?? { message: http.STATUS_CODES[f.status] }, f.headers, f.rawBody, f.cutBody)
      break
    }
    return serve(method, url, headers, body, user)
  }

  /** What GitHub does with a request that got past authentication and the injected faults. */
  async function serve(method: string, url: URL, headers: http.IncomingHttpHeaders, body: unknown, user: FakeUser): Promise<HttpReply> {
    if (url.pathname === '/graphql' && method === 'POST')
      return graphqlReply((body ?? {}) as { query?: string; variables?: Record<string, unknown> }, user)
    if (method !== 'GET' && user.readOnly) return githubError(403, 'Resource not accessible by integration')

    const query = Object.fromEntries(url.searchParams.entries())
    const request = { method, path: url.pathname, query, headers: headers as Record<string, string>, body }
    const operation = api.matchOperation(request)
    if (!operation) {
      state.violations.push(`${method} ${url.pathname}: no such operation in the spec`)
      return p404()
    }
    const validation = api.validateRequest(request, operation)
    if (!validation.valid) {
      const errors = (validation.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim())
      state.violations.push(`${method} ${url.pathname} (${operation.operationId}): ${errors.join('; ')}`)
      return githubError(422, `Invalid request.\n\n${errors.join('\n')}`, { errors })
    }
    const handler = handlers[operation.operationId!]
    if (!handler) {
      state.violations.push(`${operation.operationId}: not implemented by the fake`)
      return githubError(501, 'Not implemented by the fake')
    }
    const context = {
      request: { ...request, params: api.router.parseRequest(request, operation).params, requestBody: body },
      operation,
    } as unknown as Context
    const route = url.pathname
    const reply = handler(context, user, query, route)
    if (reply.status >= 200 && reply.status < 300) {
      const check = api.validateResponse(reply.body, operation, reply.status)
      if (check.errors?.length) {
        const text = check.errors
          .slice(0, 5)
          .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
          .join('; ')
        state.violations.push(`reply to ${operation.operationId} breaks the spec: ${text}`)
        if (strict) return githubError(500, `fake reply broke the spec: ${text}`)
      }
    } else {
      const message =
        (reply.body as { message?: string; errors?: unknown[] })?.errors?.map(String).join('; ') ||
        (reply.body as { message?: string })?.message ||
        ''
      state.rejections.push({ method, path: url.pathname, status: reply.status, message })
    }
    return reply
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', baseUrl)
      const method = (req.method ?? 'GET').toUpperCase()
      const raw = Buffer.concat(chunks).toString('utf8')
      const routed = withoutApiPrefix(url)
      if (!routed) state.violations.push(`${method} ${url.pathname}: outside the API prefix ${scenario.apiPrefix}`)
      const reply = routed ? handle(method, url, req.headers, raw) : Promise.resolve(githubError(404, 'Not Found'))
      reply
        .catch((e: unknown) => {
          state.violations.push(`fake crashed on ${method} ${url.pathname}: ${e instanceof Error ? e.stack : String(e)}`)
          return githubError(500, 'fake crashed')
        })
        .then((reply) => {
          if (reply.status === RESET) return void req.socket.destroy()
          let parsed: unknown
          try {
            parsed = raw ? JSON.parse(raw) : undefined
          } catch {
            parsed = raw
          }
          state.requests.push({
            method,
            path: url.pathname,
            query: Object.fromEntries(url.searchParams.entries()),
            status: reply.status,
            authorization: authenticate(req.headers.authorization).kind,
            ...(parsed !== undefined ? { body: parsed } : {}),
          })
          // Octokit parses JSON only for application/json, whatever it asked for.
          const payload = reply.status === 204 ? '' : (reply.rawBody ?? JSON.stringify(reply.body))
          res.writeHead(reply.status, {
            'content-type': 'application/json; charset=utf-8',
            'x-github-request-id': `FAKE:${state.requests.length}`,
            ...reply.headers,
          })
          if (!reply.cutBody) return void res.end(payload)
          res.write(payload.slice(0, Math.floor(payload.length / 2)))
          if (reply.cutBody === 'reset') setTimeout(() => req.socket.destroy(), 50)
        })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${scenario.apiPrefix ?? ''}`

  /** Rewrites `url` to the path GitHub.com would serve; false when it is outside the API. */
  function withoutApiPrefix(url: URL): boolean {
    const prefix = scenario.apiPrefix
    if (!prefix) return true
    if (url.pathname.startsWith(`${prefix}/`)) url.pathname = url.pathname.slice(prefix.length)
    else if (url.pathname === `${prefix.replace(/\/v3$/, '')}/graphql`) url.pathname = '/graphql'
    else return false
    return true
  }

  return {
    url: baseUrl,
    state,
    scenario,
    inject: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
    secondaryRateLimitOnce(method, p, retryAfterSeconds = 1) {
      faults.push({
        method,
        path: p,
        left: 1,
        status: 403,
        headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4000' },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
      })
    },
    updatePull(number, update) {
      const p = pull(number)
      if (!p) throw new Error(`no pull ${number}`)
      p.previousHeads = [...(p.previousHeads ?? []), p.head.sha]
      p.head = { ...p.head, sha: update.headSha }
      p.files = update.files
      const moves = update.lineMoves ?? LINE_MOVES.get(update.files)
      for (const c of state.reviewComments.filter((x) => x.pull === number && x.subjectType === 'line' && x.line !== null)) {
        const file = p.files.find((f) => f.filename === c.path)
        const line = moves ? movedLine(moves, c.path, c.line!) : c.line!
        const start = c.startLine === null || !moves ? c.startLine : movedLine(moves, c.path, c.startLine)
        const right = commentableLines(file?.patch).RIGHT
        const still = line !== null && right.has(line) && (c.startLine === null || (start !== null && right.has(start)))
        c.line = still ? line : null
        if (still) c.startLine = start
      }
    },
    addHumanReply(commentId, body, login = 'octocat') {
      const parent = state.reviewComments.find((x) => x.id === commentId)
      if (!parent) throw new Error(`no comment ${commentId}`)
      addComment(
        pull(parent.pull)!,
        { login, type: 'User' },
        { path: parent.path, body, commitId: parent.commitId, inReplyTo: parent.inReplyTo ?? parent.id },
      )
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export { BOT as FAKE_BOT_USER }
