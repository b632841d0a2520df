import { SUMMARY_MARKER } from '../render/summary-markdown.js'
import type { GitHubClient } from './client.js'
import { createOnce, noAutomaticRetry } from './create-once.js'
import { httpStatus, isPermissionError } from './errors.js'
import { ownership, type CommentAuthor } from './identity.js'
import { listAll } from './list-all.js'
import type { Logger } from './logger.js'
import type { PublishTarget } from './target.js'

export type StickyOutcome = 'created' | 'updated' | 'unchanged' | 'skipped'

interface IssueComment {
  id: number
  body?: string
  user?: CommentAuthor | null
}

/**
 * One summary comment per pull request, edited in place on every run (never a new one per
 * push). Nothing is created when there is nothing to say and no comment exists yet.
 */
export async function publishStickyComment(
  client: GitHubClient,
  target: PublishTarget & { pullNumber: number },
  body: string,
  worthPosting: boolean,
  logger: Logger,
  /** The marker of this step's summary comment (another step with its own `check-name` has its own). */
  marker = SUMMARY_MARKER,
): Promise<StickyOutcome> {
  const marked = await listSummaryComments(client, target, marker)
  // Each starts with the marker, as ours do; a quote (`> …`) or a reply around a pasted summary
  // does not count. Nor does a person's comment that starts with it (a copy of ours): counted as
  // "unchanged", the pull request had no summary of s3-gate's, and they could edit the verdict.
  const owner = marked.length ? await ownership(client, logger) : undefined
  const authors = marked.map((c) => c.user)
  const ours = marked.filter((c) => owner?.isOurs(c.user, authors))
  // The token's own first; then another bot's (an earlier identity's, which this one may not edit).
  const login = owner?.login?.toLowerCase()
  const candidates = [
    ...ours.filter((c) => login !== undefined && c.user?.login?.toLowerCase() === login),
    ...ours.filter((c) => !(login !== undefined && c.user?.login?.toLowerCase() === login) && c.user?.type === 'Bot'),
    ...ours.filter((c) => !(login !== undefined && c.user?.login?.toLowerCase() === login) && c.user?.type !== 'Bot'),
  ]
  for (const existing of candidates) {
    if (sameBody(existing, body)) return 'unchanged'
    try {
      await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body })
      return 'updated'
    } catch (e) {
      const status = httpStatus(e)
      // 404: deleted between listing and editing. 403: posted by another identity (a GitHub App,
      // a person's token) that this token may not edit; whether it may write at all, creating says.
      // A 403 rate limit is not that: a second summary comment would never be edited again.
      if (status !== 404 && !(status === 403 && isPermissionError(e))) throw e
    }
  }
  if (!candidates.length && !worthPosting) return 'skipped'
  const known = new Set(marked.map((c) => c.id))
  await createOnce(
    client,
    () =>
      client.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.pullNumber,
        body,
        request: noAutomaticRetry(),
      }),
    async () => (await listSummaryComments(client, target, marker)).some((c) => !known.has(c.id)),
  )
  return 'created'
}

function sameBody(comment: IssueComment, body: string): boolean {
  return (comment.body ?? '').replace(/\r\n/g, '\n').trim() === body.trim()
}

async function listSummaryComments(
  client: GitHubClient,
  target: PublishTarget & { pullNumber: number },
  marker: string,
): Promise<IssueComment[]> {
  const comments = await listAll<IssueComment>(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.pullNumber,
    per_page: 100,
  })
  // Ours start with the marker. One quoted further down (a logical id in a findings table, another
  // step's or tool's comment under the same bot identity) does not make a comment ours.
  return comments.filter((c) => c.body?.startsWith(marker))
}
