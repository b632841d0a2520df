import type { GateReport } from '../../baseline/gate.js'
import { isOwnReply, parseFindingMarker, renderFixedReply } from '../render/review-comment.js'
import { backoffUnitMs, GAVE_UP_STATUS, type GitHubClient } from './client.js'
import { createOnce, noAutomaticRetry } from './create-once.js'
import {
  describeError,
  describeErrorInMarkdown,
  HeadMovedError,
  httpStatus,
  isPermissionError,
  ReadOnlyTokenError,
  saysHeadMoved,
} from './errors.js'
import { ownership, type CommentAuthor } from './identity.js'
import { listAll } from './list-all.js'
import type { Logger } from './logger.js'
import type { PlannedComment, ReviewPlan } from './review-plan.js'
import type { PublishTarget } from './target.js'

/** A root review comment of ours found on the pull request (a previous run's). */
interface OwnComment {
  id: number
  fingerprint: string
  path: string
  /** Null when GitHub marked it outdated (its line left the diff). */
  line: number | null
  startLine: number | null
  subjectType: 'line' | 'file'
  body: string
  humanReplies: boolean
  fixedReply: boolean
  thread?: { id: string; isResolved: boolean }
  /** Its thread was on a page of review threads GitHub did not give: resolved or not is unknown. */
  threadUnknown?: boolean
}

export interface ReviewOutcome {
  created: number
  updated: number
  unchanged: number
  resolved: number
  repliedFixed: number
  /** Threads left open because a person replied. */
  keptForHumans: number
  /** Comments GitHub refused even after the per-comment fallback; they are in the summary. */
  failed: { fingerprint: string; reason: string }[]
  /** Problems worth one line in the log and summary. */
  notes: string[]
}

interface RestComment {
  id: number
  body: string
  path: string
  line?: number | null
  start_line?: number | null
  in_reply_to_id?: number
  subject_type?: string
  user?: CommentAuthor | null
}

/**
 * Posts the planned comments idempotently: unchanged comments are skipped, changed ones are
 * edited in place, new ones go out in one review, and threads whose finding disappeared are
 * resolved (or answered "fixed in <sha>") unless a person replied to them.
 */
export async function publishReview(
  client: GitHubClient,
  target: PublishTarget & { pullNumber: number },
  report: GateReport,
  plan: ReviewPlan,
  logger: Logger,
  /** This step's marker scope (`RenderContext.markerScope`): other steps' comments are not ours. */
  scope?: string,
): Promise<ReviewOutcome> {
  const outcome: ReviewOutcome = {
    created: 0,
    updated: 0,
    unchanged: 0,
    resolved: 0,
    repliedFixed: 0,
    keptForHumans: 0,
    failed: [],
    notes: [],
  }
  const { own, listed } = await loadOwnComments(client, target, outcome, logger, scope)

  const toCreate: PlannedComment[] = []
  /** Earlier comments on other lines, each with the comment that replaces it. */
  const replaced = new Map<OwnComment, PlannedComment>()
  const claimed = new Set<number>()
  for (const planned of plan.comments) {
    const existing = pickExisting(commentsFor(planned, own, claimed))
    if (existing) claimed.add(existing.id)
    if (existing && sameAnchor(existing, planned)) {
      if (normalize(existing.body) === normalize(planned.body)) outcome.unchanged++
      else {
        const result = await writeOrCollect(
          outcome,
          planned.fingerprint,
          () =>
            client.rest.pulls.updateReviewComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body: planned.body }),
          'edit',
        )
        if (result === 'ok') outcome.updated++
        // Deleted since we listed it, or another identity's (an earlier GitHub App or personal
        // token) that this one may not edit: post it afresh. Whether the token may write at all,
        // creating says.
        if (result === 'gone' || result === 'foreign') toCreate.push(planned)
      }
      continue
    }
    // The finding moved (or its old line left the diff): a suggestion must sit on exactly the
    // lines it replaces, so post a fresh comment and retire the old thread.
    if (existing) replaced.set(existing, planned)
    toCreate.push(planned)
  }

  // Every comment there before, ours or not: a person's copy of a marker is not one we just posted.
  const known = listed
  await createComments(client, target, toCreate, known, outcome, logger, scope)

  // A comment that was not posted replaces nothing: resolving the earlier thread of a finding
  // still there left the pull request without an open thread for it.
  const notPosted = new Set(outcome.failed.map((f) => f.fingerprint))
  const retire = [...replaced].filter(([, planned]) => !notPosted.has(planned.fingerprint)).map(([c]) => c)
  const present = new Set(report.findings.map((f) => f.fingerprint))
  // A copy's own thread is superseded by the one comment that now speaks for all the copies.
  const spokenFor = new Set(plan.comments.filter((p) => !notPosted.has(p.fingerprint)).flatMap((p) => p.also.map((f) => f.fingerprint)))
  for (const [fingerprint, comments] of own) {
    for (const c of comments) {
      if (claimed.has(c.id) && !retire.includes(c)) continue
      const gone = !present.has(fingerprint)
      if (!gone && !retire.includes(c) && !spokenFor.has(fingerprint)) continue // still a finding, just not commented this time
      if (c.thread?.isResolved) continue
      // Perhaps resolved already: a "Fixed in" reply there would only add noise to a closed
      // thread. Left as it is; a run that can read the threads closes it.
      if (c.threadUnknown) continue
      if (c.humanReplies) {
        outcome.keptForHumans++
        continue
      }
      await closeThread(client, target, c, gone, outcome, logger, known)
    }
  }
  logNotPosted(plan, outcome, logger)
  return outcome
}

/** Most comments named one by one in the log line of those not posted. */
const NAMED_IN_LOG = 50

/** Which comments were not posted, by place and rule: the warning at the end gives only their number. */
function logNotPosted(plan: ReviewPlan, outcome: ReviewOutcome, logger: Logger): void {
  if (!outcome.failed.length) return
  const byFingerprint = new Map(plan.comments.map((c) => [c.fingerprint, c]))
  const named = outcome.failed.map((f) => {
    const c = byFingerprint.get(f.fingerprint)
    return c ? `${c.path}${c.kind === 'line' && c.line !== undefined ? `:${c.line}` : ''} (${c.finding.ruleId})` : f.fingerprint
  })
  const more = named.length > NAMED_IN_LOG ? ` and ${named.length - NAMED_IN_LOG} more` : ''
  logger.info(
    `review comments not posted (their findings are in the check run's annotations and the summary): ${named.slice(0, NAMED_IN_LOG).join(', ')}${more}`,
  )
}

/**
 * An earlier comment of this one's finding, or of one of the copies it now speaks for (the copy
 * that led last time may have gone, or a comment may have been per copy before).
 */
function commentsFor(planned: PlannedComment, own: Map<string, OwnComment[]>, claimed: Set<number>): OwnComment[] {
  const mine = own.get(planned.fingerprint) ?? []
  if (mine.length || planned.also.length === 0) return mine
  for (const f of planned.also) {
    const list = (own.get(f.fingerprint) ?? []).filter((c) => !claimed.has(c.id))
    if (list.length) return list
  }
  return []
}

function pickExisting(list: OwnComment[]): OwnComment | undefined {
  // A resolved thread is not brought back by editing it; a reappearing finding gets a new comment.
  const open = list.filter((c) => !c.thread?.isResolved)
  return open.sort((a, b) => b.id - a.id)[0]
}

function sameAnchor(c: OwnComment, p: PlannedComment): boolean {
  if (p.kind === 'file') return c.subjectType === 'file' && c.path === p.path
  return c.subjectType === 'line' && c.path === p.path && c.line === p.line && (c.startLine ?? undefined) === p.startLine
}

function normalize(body: string): string {
  return body.replace(/\r\n/g, '\n').trim()
}

async function loadOwnComments(
  client: GitHubClient,
  target: PublishTarget & { pullNumber: number },
  outcome: ReviewOutcome,
  logger: Logger,
  scope: string | undefined,
): Promise<{ own: Map<string, OwnComment[]>; listed: Set<number> }> {
  const all = await listReviewComments(client, target)
  const replies = new Map<number, RestComment[]>()
  for (const c of all) if (c.in_reply_to_id) replies.set(c.in_reply_to_id, [...(replies.get(c.in_reply_to_id) ?? []), c])
  const marked = all.filter((c) => (c.in_reply_to_id ? isOwnReply(c.body) : parseFindingMarker(c.body, scope)))
  // Whose the token is matters only once a comment carries the marker; a first run asks nothing.
  const owner = marked.some((c) => !c.in_reply_to_id) ? await ownership(client, logger) : undefined
  const authors = marked.map((c) => c.user)
  // Anyone can write the marker: a person's copy of it is theirs (see identity.ts).
  const ours = (c: RestComment) => owner?.isOurs(c.user, authors) === true
  const roots = marked.filter((c) => !c.in_reply_to_id && ours(c))
  // Threads matter only for our own earlier comments; a first run skips the GraphQL call.
  const { threads, complete } = roots.length ? await loadThreads(client, target, outcome, logger) : { threads: new Map(), complete: true }
  const own = new Map<string, OwnComment[]>()
  for (const c of roots) {
    const fingerprint = parseFindingMarker(c.body, scope)!
    const answers = replies.get(c.id) ?? []
    const thread = threads.get(c.id)
    own.set(fingerprint, [
      ...(own.get(fingerprint) ?? []),
      {
        id: c.id,
        fingerprint,
        path: c.path,
        line: c.line ?? null,
        startLine: c.start_line ?? null,
        subjectType: c.subject_type === 'file' ? 'file' : 'line',
        body: c.body,
        humanReplies: answers.some((r) => !isOwnReply(r.body) || !ours(r)),
        fixedReply: answers.some((r) => isOwnReply(r.body) && ours(r)),
        ...(thread ? { thread } : complete ? {} : { threadUnknown: true }),
      },
    ])
  }
  return { own, listed: new Set(all.map((c) => c.id)) }
}

async function listReviewComments(client: GitHubClient, target: PublishTarget & { pullNumber: number }): Promise<RestComment[]> {
  return listAll<RestComment>(client.rest.pulls.listReviewComments, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullNumber,
    per_page: 100,
  })
}

/** Has each of `comments` a comment of ours now that was not there before (`known`)? */
async function postedSince(
  client: GitHubClient,
  target: PublishTarget & { pullNumber: number },
  known: Set<number>,
  comments: PlannedComment[],
  scope: string | undefined,
): Promise<boolean> {
  const fresh = new Set(
    (await listReviewComments(client, target))
      .filter((c) => !c.in_reply_to_id && !known.has(c.id))
      .map((c) => parseFindingMarker(c.body, scope)),
  )
  return comments.every((c) => fresh.has(c.fingerprint))
}

const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`

interface ThreadsPage {
  repository: {
    pullRequest: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null }
        nodes: { id: string; isResolved: boolean; comments: { nodes: { databaseId: number | null }[] } }[]
      }
    } | null
  } | null
}

/**
 * Root comment id → thread. REST has no threads; only GraphQL can resolve them. `complete`: false
 * when a page could not be read, so a comment missing from `threads` may be in a resolved one.
 */
async function loadThreads(
  client: GitHubClient,
  target: PublishTarget & { pullNumber: number },
  outcome: ReviewOutcome,
  logger: Logger,
): Promise<{ threads: Map<number, { id: string; isResolved: boolean }>; complete: boolean }> {
  const threads = new Map<number, { id: string; isResolved: boolean }>()
  let cursor: string | null = null
  try {
    for (let page = 0; ; page++) {
      // 5,000 threads; a pull request with more is beyond reading, not complete.
      if (page >= 50) throw new Error('the pull request has more than 5,000 review threads')
      const data: ThreadsPage = await client.graphql<ThreadsPage>(THREADS_QUERY, {
        owner: target.owner,
        repo: target.repo,
        number: target.pullNumber,
        cursor,
      })
      const list = data.repository?.pullRequest?.reviewThreads
      // An answer without the threads (a proxy's `{}`, `null`) read nothing.
      if (!list) throw new Error(`GitHub's answer had no review threads`)
      for (const t of list.nodes) {
        const root = t.comments.nodes[0]?.databaseId
        if (typeof root === 'number') threads.set(root, { id: t.id, isResolved: t.isResolved })
      }
      if (!list.pageInfo.hasNextPage) break
      cursor = list.pageInfo.endCursor
    }
  } catch (e) {
    if (isPermissionError(e)) throw new ReadOnlyTokenError(e)
    // Said in the log as well as the summaries: whoever reads the log should see what was not done.
    // A thread not read may be resolved already: neither resolved nor answered "Fixed in" now.
    const read = threads.size ? `; ${threads.size} were read before,` : ''
    logger.warning(
      `could not read the review threads (${describeError(e)})${read} so the threads of fixed findings not read are left as they are (a later run resolves them)`,
    )
    outcome.notes.push(
      `Could not read review threads (${describeErrorInMarkdown(e)}), so the threads of fixed findings not read are left as they are.`,
    )
    return { threads, complete: false }
  }
  return { threads, complete: true }
}

const RESOLVE_MUTATION = `mutation($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`

/** A replaced comment's thread stays open: said once in the summary and in the log, not left silently. */
function unresolved(outcome: ReviewOutcome, why: { markdown: string; text: string }, logger: Logger): void {
  const note = `Earlier review threads whose comments were replaced by newer ones could not be resolved (${why.markdown}).`
  if (outcome.notes.includes(note)) return
  outcome.notes.push(note)
  logger.warning(`earlier review threads whose comments were replaced by newer ones could not be resolved (${why.text})`)
}

async function closeThread(
  client: GitHubClient,
  target: PublishTarget & { pullNumber: number },
  c: OwnComment,
  fixed: boolean,
  outcome: ReviewOutcome,
  logger: Logger,
  /** Every comment there before this run: a person's earlier reply with the marker is not ours just posted. */
  known: Set<number>,
): Promise<void> {
  if (c.thread) {
    try {
      const done = await client.graphql<{ resolveReviewThread?: { thread?: { isResolved?: boolean } } | null }>(RESOLVE_MUTATION, {
        threadId: c.thread.id,
      })
      // A 200 that does not say the thread is resolved (no data, a proxy's `{}`) resolved nothing.
      if (done?.resolveReviewThread?.thread?.isResolved === true) {
        if (fixed) outcome.resolved++
        return
      }
      logger.debug(`resolveReviewThread for comment ${c.id} did not say the thread was resolved`)
      if (!fixed) {
        const why = "GitHub's answer did not say it was resolved"
        unresolved(outcome, { markdown: why, text: why }, logger)
      }
    } catch (e) {
      if (isPermissionError(e)) throw new ReadOnlyTokenError(e)
      logger.debug(`resolveReviewThread failed for comment ${c.id}: ${describeError(e)}`)
      if (!fixed) unresolved(outcome, { markdown: describeErrorInMarkdown(e), text: describeError(e) }, logger)
    }
  }
  if (!fixed || c.fixedReply) return
  try {
    await createOnce(
      client,
      () =>
        client.rest.pulls.createReplyForReviewComment({
          owner: target.owner,
          repo: target.repo,
          pull_number: target.pullNumber,
          comment_id: c.id,
          body: renderFixedReply(target.headSha),
          request: noAutomaticRetry(),
        }),
      async () => {
        try {
          return (await listReviewComments(client, target)).some((r) => r.in_reply_to_id === c.id && !known.has(r.id) && isOwnReply(r.body))
        } catch {
          return false
        }
      },
    )
    outcome.repliedFixed++
  } catch (e) {
    if (isPermissionError(e)) throw new ReadOnlyTokenError(e)
    // The comment was deleted since we listed it: nothing left to close.
    if (httpStatus(e) === 404) return
    outcome.notes.push(`Could not mark a fixed finding's thread (${describeErrorInMarkdown(e)}).`)
    logger.warning(`could not mark the thread of fixed finding comment ${c.id} as fixed (${describeError(e)})`)
  }
}

/** A write whose failure is recorded (and the run goes on), unless the token is read-only. */
async function writeOrCollect(
  outcome: ReviewOutcome,
  fingerprint: string,
  write: () => Promise<unknown>,
  kind: 'edit' | 'write' = 'write',
): Promise<'ok' | 'gone' | 'failed' | 'foreign'> {
  try {
    await write()
    return 'ok'
  } catch (e) {
    // GitHub lets no token edit another identity's comment: that says nothing of what this one may write.
    if (kind === 'edit' && httpStatus(e) === 403 && isPermissionError(e)) return 'foreign'
    if (isPermissionError(e)) throw new ReadOnlyTokenError(e)
    // 404: someone deleted the comment we meant to edit.
    if (httpStatus(e) === 404) return 'gone'
    outcome.failed.push({ fingerprint, reason: describeError(e) })
    return 'failed'
  }
}

/**
 * All new line comments go in one review (one notification, and GitHub's all-or-nothing check).
 * Anchors were validated against the diff, but the diff can change under us (a push during the
 * run), so a 422 falls back to posting comment by comment, then to file-level comments; so do a
 * 413 (the review too large) and a 5xx past the retries (GitHub failing on a large review).
 */
async function createComments(
  client: GitHubClient,
  target: PublishTarget & { pullNumber: number },
  comments: PlannedComment[],
  known: Set<number>,
  outcome: ReviewOutcome,
  logger: Logger,
  scope: string | undefined,
): Promise<void> {
  const lines = comments.filter((c) => c.kind === 'line')
  const files = comments.filter((c) => c.kind === 'file')
  const refusals = new RefusalStreak(outcome, logger)
  const unavailable = new Unavailable(outcome)
  let oneByOne: unknown
  if (lines.length > 0) {
    try {
      await createOnce(
        client,
        () =>
          client.rest.pulls.createReview({
            owner: target.owner,
            repo: target.repo,
            pull_number: target.pullNumber,
            commit_id: target.headSha,
            event: 'COMMENT',
            comments: lines.map(lineCommentParams),
            request: noAutomaticRetry(),
          }),
        () => postedSince(client, target, known, lines, scope),
      )
      outcome.created += lines.length
    } catch (e) {
      if (isPermissionError(e)) throw new ReadOnlyTokenError(e)
      if (saysHeadMoved(e)) throw new HeadMovedError(describeError(e))
      // 422: an anchor GitHub will not take; 413: the review as a whole is too large; a 5xx that
      // outlasted the retries: GitHub may fail on a large review only (it times out). Each comment
      // alone may still go through; without it, not one was posted.
      if (!worthOneByOne(e)) throw e
      oneByOne = e
    }
    // The last attempt's answer may have been lost with the review made: sent one by one, every
    // comment would be posted twice. Not knowing (the list failing too), none is sent.
    if (oneByOne !== undefined && isServerFailure(oneByOne)) {
      let posted: boolean
      try {
        await new Promise((resolve) => setTimeout(resolve, backoffUnitMs(client)))
        posted = await postedSince(client, target, known, lines, scope)
      } catch {
        throw oneByOne
      }
      if (posted) {
        outcome.created += lines.length
        oneByOne = undefined
      }
    }
    if (oneByOne !== undefined) {
      const e = oneByOne
      logger.info(`GitHub rejected the review (${describeError(e)}); posting the ${lines.length} comments one by one.`)
      outcome.notes.push(`GitHub rejected the combined review (${describeErrorInMarkdown(e)}); comments were sent one by one.`)
      for (const c of lines) {
        if (refusals.givenUp) files.push({ ...c, kind: 'file' })
        else if (unavailable.reason !== undefined) unavailable.skip(c)
        else
          refusals.record(
            await unavailable.guard(
              c,
              async () =>
                (await tryCreate(client, target, c, 'line', known, outcome, scope)) ||
                (await tryCreate(client, target, c, 'file', known, outcome, scope)),
            ),
            c,
          )
      }
    }
  }
  for (const c of files) {
    if (unavailable.reason !== undefined) unavailable.skip(c)
    else
      refusals.record(
        !refusals.givenUp && (await unavailable.guard(c, () => tryCreate(client, target, c, 'file', known, outcome, scope))),
        c,
      )
  }
  refusals.report()
}

/** A review GitHub failed to take that its comments, sent one by one, may still get through. */
function worthOneByOne(e: unknown): boolean {
  const status = httpStatus(e)
  return status === 422 || status === 413 || isServerFailure(e)
}

/** A 5xx (or a lost answer) that outlasted the retries; not s3-gate giving up on GitHub (599). */
function isServerFailure(e: unknown): boolean {
  const status = httpStatus(e)
  return status !== undefined && status >= 500 && status !== GAVE_UP_STATUS
}

/**
 * Stops sending comments one by one once GitHub failed one of them with a 5xx past its retries:
 * each further comment would wait through the same retries to fail the same way. The comments
 * not posted are recorded (their findings are in the check run and the summary).
 */
class Unavailable {
  reason: string | undefined

  constructor(private readonly outcome: ReviewOutcome) {}

  /** What `post` says (posted, or refused); a 5xx past its retries records the comment as failed instead, and is no refusal. */
  async guard(c: PlannedComment, post: () => Promise<boolean>): Promise<boolean> {
    try {
      return await post()
    } catch (e) {
      if (!isServerFailure(e)) throw e
      this.reason = describeError(e)
      this.outcome.failed.push({ fingerprint: c.fingerprint, reason: this.reason })
      return true
    }
  }

  skip(c: PlannedComment): void {
    this.outcome.failed.push({ fingerprint: c.fingerprint, reason: `not sent after GitHub failed a comment (${this.reason})` })
  }
}

/**
 * Comments refused on the line and on the file, one after another, past which the rest are not
 * sent: GitHub refusing the whole pull request (a 422 about the pull request, not the line) made
 * every comment cost two requests at GitHub's pace for writes, about 2.7 minutes for the default
 * 25, to learn nothing new. The findings are in the check run and the summary either way.
 */
export const REFUSALS_BEFORE_GIVING_UP = 3

class RefusalStreak {
  private inARow = 0
  givenUp = false
  private notSent = 0

  constructor(
    private readonly outcome: ReviewOutcome,
    private readonly logger: Logger,
  ) {}

  record(posted: boolean, c: PlannedComment): void {
    if (posted) {
      this.inARow = 0
      return
    }
    if (this.givenUp) {
      this.notSent++
      this.outcome.failed.push({
        fingerprint: c.fingerprint,
        reason: `not sent after GitHub refused ${REFUSALS_BEFORE_GIVING_UP} comments in a row`,
      })
      return
    }
    this.outcome.failed.push({ fingerprint: c.fingerprint, reason: 'GitHub refused both a line and a file comment' })
    if (++this.inARow >= REFUSALS_BEFORE_GIVING_UP) this.givenUp = true
  }

  report(): void {
    if (!this.notSent) return
    this.logger.info(
      `GitHub refused ${REFUSALS_BEFORE_GIVING_UP} review comments in a row, on the line and on the file; the other ${this.notSent} were not sent (every finding is in the check run and the summary).`,
    )
  }
}

async function tryCreate(
  client: GitHubClient,
  target: PublishTarget & { pullNumber: number },
  c: PlannedComment,
  kind: 'line' | 'file',
  known: Set<number>,
  outcome: ReviewOutcome,
  scope: string | undefined,
): Promise<boolean> {
  try {
    await createOnce(
      client,
      () =>
        client.rest.pulls.createReviewComment({
          owner: target.owner,
          repo: target.repo,
          pull_number: target.pullNumber,
          commit_id: target.headSha,
          ...(kind === 'file' ? { body: c.body, path: c.path, subject_type: 'file' as const } : lineCommentParams(c)),
          request: noAutomaticRetry(),
        }),
      () => postedSince(client, target, known, [c], scope),
    )
    outcome.created++
    return true
  } catch (e) {
    if (isPermissionError(e)) throw new ReadOnlyTokenError(e)
    if (saysHeadMoved(e)) throw new HeadMovedError(describeError(e))
    // 413: this comment alone is too large for GitHub (a file comment with its body then too).
    if (httpStatus(e) === 422 || httpStatus(e) === 413) return false
    throw e
  }
}

function lineCommentParams(c: PlannedComment) {
  return {
    path: c.path,
    body: c.body,
    line: c.line as number,
    side: 'RIGHT' as const,
    ...(c.startLine !== undefined ? { start_line: c.startLine, start_side: 'RIGHT' as const } : {}),
  }
}
