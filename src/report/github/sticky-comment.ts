import { SUMMARY_MARKER } from '../render/summary-markdown.js'
import type { GitHubClient } from './client.js'
import { createOnce, noAutomaticRetry } from './create-once.js'
import { httpStatus, isPermissionError } from './errors.js'
import { listAll } from './list-all.js'
import type { PublishTarget } from './target.js'

export type StickyOutcome = 'created' | 'updated' | 'unchanged' | 'skipped'

interface IssueComment {
  id: number
  body?: string
  user?: { type?: string } | null
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
  /** The marker of this step's summary comment (another step with its own `check-name` has its own). */
  marker = SUMMARY_MARKER,
): Promise<StickyOutcome> {
  const ours = await listSummaryComments(client, target, marker)
  // Prefer a bot's comment to a person's (a user's token posts as one). Each starts with the
  // marker, as ours do; a quote (`> …`) or a reply around a pasted summary does not count.
  const candidates = [...ours.filter((c) => c.user?.type === 'Bot'), ...ours.filter((c) => c.user?.type !== 'Bot')]
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
  const known = new Set(ours.map((c) => c.id))
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
