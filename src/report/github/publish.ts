import type { GateReport } from '../../baseline/gate.js'
import { meetsThreshold, type Threshold } from '../../engine/severity.js'
import { renderCheckAnnotations } from '../render/annotations.js'
import { escapeInline, LIMITS, renderSummaryMarkdown, summaryMarker, type RenderContext } from '../render/summary-markdown.js'
import { MAX_ANNOTATIONS, publishCheckRun, updateCheckRunSummary, type CheckRunOutcome } from './check-run.js'
import type { GitHubClient } from './client.js'
import { noAutomaticRetry } from './create-once.js'
import { toPullRequestDiff, type PullRequestFile } from './diff.js'
import { describeError, HeadMovedError, httpStatus, isPermissionError, ReadOnlyTokenError } from './errors.js'
import { listAll } from './list-all.js'
import type { Logger } from './logger.js'
import { planReview, type ReviewPlan } from './review-plan.js'
import { publishReview, type ReviewOutcome } from './review.js'
import { publishStickyComment, type StickyOutcome } from './sticky-comment.js'
import type { PublishTarget } from './target.js'

export interface PublishOptions {
  checkName: string
  commentOn: Threshold
  maxComments: number
  /** Link from the check run to the workflow run. */
  detailsUrl?: string
  /** Text of a scanned line (scan-relative path), for insertion suggestions. */
  lineText?(file: string, line: number): string | undefined
  /** How long to wait before asking again for a head that is not the one scanned (tests shorten it). */
  headRecheckMs?: number
}

export interface PublishResult {
  checkRun?: CheckRunOutcome
  plan?: ReviewPlan
  review?: ReviewOutcome
  sticky?: StickyOutcome
  /**
   * Set when the token turned out to be read-only; nothing more was attempted after that (but
   * the pull request, after a check run refused alone: see `checksForbidden`).
   */
  readOnly?: string
  /** The token was not read-only but refused outright (401: expired, revoked or mistyped). */
  tokenRejected?: boolean
  /** Why the check run was refused for lack of permission (the pull request was still tried). */
  checksForbidden?: string
  /** Each surface that could not be posted, with why. */
  failures: { surface: string; reason: string }[]
  /** Lines for the summaries (what was commented, capped, left out). */
  notes: string[]
}

/**
 * Publishes a decided report: the check run (the gate), then, on pull requests, the review
 * comments and the sticky summary comment. Failures are collected, never thrown: the verdict was
 * settled before this runs, and a posting failure must not flip it.
 */
export async function publishToGitHub(
  client: GitHubClient,
  target: PublishTarget,
  report: GateReport,
  ctx: RenderContext,
  options: PublishOptions,
  logger: Logger,
): Promise<PublishResult> {
  const result: PublishResult = { failures: [], notes: [] }
  // Once the token proved it may not write, nothing more is tried. A check run refused on its
  // own is not proof: `checks: write` may be all the job lacks, and the pull request still
  // takes the review comments and the summary comment.
  let stopped = false
  // `read`: a refused read (a job with `checks: write` but no `pull-requests` access may not list
  // the pull request's files) says nothing of what the token may write: the check run still goes.
  const fail = (surface: string, e: unknown, options: { checkRun?: boolean; read?: boolean } = {}) => {
    if (e instanceof ReadOnlyTokenError || isPermissionError(e)) {
      result.readOnly ??= e instanceof ReadOnlyTokenError ? e.message : describeError(e)
      if (httpStatus(e instanceof ReadOnlyTokenError ? e.cause : e) === 401) result.tokenRejected = true
      result.failures.push({ surface, reason: result.readOnly })
      if (options.checkRun && !result.tokenRejected) result.checksForbidden = describeError(e)
      else if (!options.read || result.tokenRejected) stopped = true
    } else result.failures.push({ surface, reason: describeError(e) })
    logger.debug(`publishing ${surface} failed: ${describeError(e instanceof ReadOnlyTokenError ? e.cause : e)}`)
  }

  let pr = target.pullNumber !== undefined ? { ...target, pullNumber: target.pullNumber } : undefined
  const facts = pr ? await pullRequestFacts(client, pr, logger, options.headRecheckMs ?? HEAD_RECHECK_MS) : {}
  const movedTo = facts.movedTo
  const leaveToNewerRun = (to: string, reason?: string) => {
    // A run that finished after a newer push would comment on the new diff with old findings,
    // resolve the threads of findings it never saw and overwrite the newer verdict in the summary
    // comment. The check run stays: it belongs to this run's commit.
    const note = (why: string) =>
      `Pull request #${target.pullNumber} has moved on to ${to} since ${target.headSha.slice(0, 7)}, the commit this run scanned${why ? ` (GitHub refused the review: ${why})` : ''}; the review comments and the summary comment are left to the run for ${to}.`
    logger.info(note(reason ?? ''))
    // GitHub's words are text in the summaries (see describeErrorInMarkdown).
    result.notes.push(note(escapeInline(reason ?? '')))
    pr = undefined
  }
  if (movedTo) leaveToNewerRun(movedTo.slice(0, 7))
  if (pr) {
    try {
      const files = await listAll<PullRequestFile>(client.rest.pulls.listFiles, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.pullNumber,
        per_page: 100,
      })
      logger.debug(`pull request #${pr.pullNumber} changes ${files.length} files`)
      // A page answered empty without a link to the next one ends the list early: findings in the
      // files after it would read as outside the pull request's changes.
      const expected = facts.changedFiles === undefined ? undefined : Math.min(facts.changedFiles, MAX_LISTED_FILES)
      if (expected !== undefined && files.length < expected)
        throw new Error(`GitHub listed ${files.length} of the ${expected} files the pull request changes`)
      if (files.length >= MAX_LISTED_FILES) {
        // GitHub lists at most 3,000 files of a pull request; the others cannot take comments.
        result.notes.push(
          `GitHub lists only the first ${MAX_LISTED_FILES.toLocaleString('en-US')} files of a pull request, so findings in files beyond them are listed here instead of commented.`,
        )
      }
      result.plan = planReview(report, toPullRequestDiff(files), ctx, {
        commentOn: options.commentOn,
        maxComments: options.maxComments,
        ...(options.lineText ? { lineText: options.lineText } : {}),
      })
      result.notes.push(...planNotes(result.plan, report, options))
    } catch (e) {
      fail('the list of changed files (so no inline comments)', e, { read: true })
    }
  }

  const { annotations, unannotated } = renderCheckAnnotations(report, ctx, MAX_ANNOTATIONS)
  if (unannotated > 0) {
    result.notes.push(
      `${unannotated} findings beyond the first ${MAX_ANNOTATIONS} annotations (a check run's most) have no annotation; the SARIF file has them all.`,
    )
  }
  const checkSummary = () =>
    renderSummaryMarkdown(report, ctx, { surface: 'check', maxBytes: LIMITS.check, notes: [...result.notes, ...failureNotes(result)] })

  // What the check run's summary says now; updated at the end when it no longer holds.
  let postedSummary: string | undefined
  if (!stopped) {
    try {
      postedSummary = checkSummary()
      result.checkRun = await publishCheckRun(client, target, {
        name: options.checkName,
        report,
        summary: postedSummary,
        annotations,
        ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
      })
      const firstRefusal = result.checkRun.refused
      if (firstRefusal?.summary) {
        // GitHub will not take it: sending it again with what failed added would be refused too.
        postedSummary = undefined
        result.failures.push({ surface: "the check run's summary (it shows the verdict only)", reason: firstRefusal.reason })
      } else if (firstRefusal) {
        logger.info(
          `GitHub refused the check run as first sent (${firstRefusal.reason}); it was created without its first annotations and details link, and the annotations were added after.`,
        )
      }
      const refused = result.checkRun.annotationsFailed
      if (refused) {
        const total = refused.count + result.checkRun.annotationsPosted
        result.failures.push({ surface: `${refused.count} of the ${total} check-run annotations`, reason: refused.reason })
      }
    } catch (e) {
      fail('the check run', e, { checkRun: true })
    }
  }

  if (pr && result.plan && !stopped) {
    try {
      result.review = await publishReview(client, pr, report, result.plan, logger, ctx.markerScope)
      result.notes.push(...result.review.notes)
      if (result.review.failed.length) {
        result.failures.push({
          surface: `${result.review.failed.length} review comment(s)`,
          reason: [...new Set(result.review.failed.map((f) => f.reason))].join('; '),
        })
      }
    } catch (e) {
      if (e instanceof HeadMovedError) leaveToNewerRun('a newer commit', e.reason)
      // Refused review threads (a read) or review comments (`pull-requests: write`) say nothing of
      // the summary comment, which `issues: write` allows: after a check run that went out, it is
      // still tried, so that an earlier run's verdict is not left standing in it without a word.
      // A second refusal after the check run's is proof enough of a read-only token.
      else fail('the review comments', e, { read: result.checksForbidden === undefined })
    }
  }
  // The planned "💬 N review comments" was not posted after all (refused, left to a newer run, or
  // never sent once the token was rejected at the check run); the failure note says why.
  if (!result.review) result.notes = result.notes.filter((n) => !n.startsWith('💬 '))

  if (pr && !stopped) {
    const marker = summaryMarker(ctx.markerScope)
    const comment = (maxBytes: number, extra: string[] = []) =>
      renderSummaryMarkdown(report, ctx, {
        surface: 'comment',
        maxBytes,
        notes: [...extra, ...result.notes, ...failureNotes(result)],
        marker: true,
      })
    try {
      result.sticky = await publishStickyComment(client, pr, comment(LIMITS.comment), worthPosting(report), logger, marker)
    } catch (e) {
      // A 422 refuses the text (too long as GitHub counts it), not the comment: left as it was, an
      // earlier run's summary comment kept its verdict (a red "5 blocking findings" beside a green
      // check run). A short one says the verdict and where the findings are.
      if (httpStatus(e) === 422) {
        const why = describeError(e)
        try {
          const note = `GitHub refused this comment in full (${escapeInline(why)}), so it is shortened; the check run and the job summary list every finding.`
          result.sticky = await publishStickyComment(client, pr, comment(SHORT_COMMENT_BYTES, [note]), worthPosting(report), logger, marker)
          result.failures.push({ surface: 'the summary comment in full (it was shortened)', reason: why })
        } catch (again) {
          fail('the summary comment', isPermissionError(again) ? again : e)
        }
      } else fail('the summary comment', e)
    }
  }

  // The check run went out before the review; tell its summary what happened since. (Even after a
  // 403 on the review: this token has just proven it may write checks.) Whatever changed: a review
  // left to a newer run, after its comments were announced, is no failure, and the summary still
  // announced them.
  const checkRunId = result.checkRun?.id
  const summaryNow = postedSummary !== undefined ? checkSummary() : undefined
  if (checkRunId !== undefined && summaryNow !== undefined && summaryNow !== postedSummary) {
    try {
      await updateCheckRunSummary(client, target, checkRunId, report, summaryNow)
    } catch (e) {
      // The failures are in the log and the job summary, but the check run is where a reviewer
      // looks first; its summary still reads as if everything went out.
      logger.warning(`the check run's summary could not be updated to say what was not posted (${describeError(e)})`)
    }
  }
  return result
}

/** The summary comment after GitHub refused it in full: far below any limit, however GitHub counts. */
const SHORT_COMMENT_BYTES = 8_000

/** How long to wait before asking again for a pull request whose head is not the one scanned. */
export const HEAD_RECHECK_MS = 1500

interface PullRequestFacts {
  /** The pull request's head when a push moved it past `target.headSha`; undefined if not (or unknown). */
  movedTo?: string
  /** How many files GitHub says the pull request changes, when it said. */
  changedFiles?: number
}

async function pullRequestFacts(
  client: GitHubClient,
  pr: PublishTarget & { pullNumber: number },
  logger: Logger,
  recheckMs: number,
): Promise<PullRequestFacts> {
  const facts: PullRequestFacts = {}
  try {
    // Not retried: when GitHub is down, the writes below find out soon enough.
    // A head that is not a commit id (a garbled answer) is as good as no answer.
    const head = async (): Promise<string | undefined> => {
      const { data } = await client.rest.pulls.get({
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.pullNumber,
        request: noAutomaticRetry(),
      })
      const answer = data as { head?: { sha?: unknown }; changed_files?: unknown } | null
      const count = answer?.changed_files
      facts.changedFiles = typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : undefined
      const sha = answer?.head?.sha
      return typeof sha === 'string' && /^[0-9a-f]{40,64}$/i.test(sha) ? sha : undefined
    }
    const first = await head()
    if (first === undefined || first === pr.headSha) return facts
    // Right after a push GitHub may still answer with the head before it (a replica behind): asked
    // once more, a head that really moved on is still the other one. Taken at its first word,
    // the run for the newest commit left its comments to a run that had long finished.
    await new Promise((resolve) => setTimeout(resolve, recheckMs))
    const again = await head()
    if (again === undefined) return facts
    if (again === pr.headSha) {
      logger.info(
        `GitHub first answered that pull request #${pr.pullNumber} is at ${first.slice(0, 7)}, then at ${pr.headSha.slice(0, 7)}, the commit this run scanned.`,
      )
      return facts
    }
    return { ...facts, movedTo: again }
  } catch (e) {
    // Not knowing is no reason to post less: the writes below report their own failures.
    logger.debug(`could not read pull request #${pr.pullNumber}: ${describeError(e)}`)
    return facts
  }
}

/** `pulls/list-files` returns at most this many files, however large the pull request. */
const MAX_LISTED_FILES = 3000

/** A sticky comment is only started when there is something to say. */
function worthPosting(report: GateReport): boolean {
  return report.conclusion !== 'success' || report.counts.total > 0 || report.counts.fixed > 0 || report.baseline.state === 'unavailable'
}

function planNotes(plan: ReviewPlan, report: GateReport, options: PublishOptions): string[] {
  const notes: string[] = []
  const lines = plan.comments.filter((c) => c.kind === 'line')
  const files = plan.comments.length - lines.length
  const suggestions = lines.filter((c) => c.body.includes('```suggestion')).length
  if (plan.comments.length > 0) {
    notes.push(
      `💬 ${plan.comments.length} review comment${plan.comments.length === 1 ? '' : 's'} (${lines.length} on changed lines, ${suggestions} with a one-click suggestion, ${files} on files).`,
    )
  }
  if (plan.overflow.length > 0) {
    notes.push(
      `${plan.overflow.length} more finding${plan.overflow.length === 1 ? '' : 's'} at or above \`comment-on\` got no review comment (\`max-comments: ${options.maxComments}\`); all are listed below.`,
    )
  }
  if (plan.outsideDiff.length > 0) {
    notes.push(
      `${plan.outsideDiff.length} finding${plan.outsideDiff.length === 1 ? ' is' : 's are'} in files this pull request does not change, so ${plan.outsideDiff.length === 1 ? 'it is' : 'they are'} listed here instead of commented.`,
    )
  }
  const belowThreshold = report.findings.filter((f) => f.gating && !meetsThreshold(f.severity, options.commentOn)).length
  if (belowThreshold > 0)
    notes.push(
      `${belowThreshold} finding${belowThreshold === 1 ? '' : 's'} below \`comment-on: ${options.commentOn}\` ${belowThreshold === 1 ? 'is' : 'are'} listed but not commented.`,
    )
  return notes
}

/** Each failure, for the summaries: its reason is GitHub's words, shown as text (see describeErrorInMarkdown). */
function failureNotes(result: PublishResult): string[] {
  return result.failures.map((f) => `⚠️ Could not post ${f.surface}: ${escapeInline(f.reason)}.`)
}

/**
 * The single warning the action logs when something could not be posted. `markdown`: for the job
 * summary, where the reasons (GitHub's words) are escaped to show as text.
 */
export function describeFailures(input: PublishResult, options: { markdown?: boolean } = {}): string | undefined {
  if (input.failures.length === 0) return undefined
  const text = options.markdown ? escapeInline : (s: string) => s
  const result: PublishResult = {
    ...input,
    failures: input.failures.map((f) => ({ ...f, reason: text(f.reason) })),
    ...(input.readOnly !== undefined ? { readOnly: text(input.readOnly) } : {}),
    ...(input.checksForbidden !== undefined ? { checksForbidden: text(input.checksForbidden) } : {}),
  }
  if (result.tokenRejected) {
    // Not a fork's read-only token: the advice for those (a two-workflow setup) would mislead.
    return (
      `s3-gate could not post to GitHub: GitHub rejected the token (${result.readOnly}). ` +
      'Check the `github-token` input: the default `${{ github.token }}` works; a personal access token may have expired or been revoked. ' +
      'The verdict is unaffected, and the findings are in the job summary and the annotations.'
    )
  }
  const wroteToPull =
    (result.review?.created ?? 0) + (result.review?.updated ?? 0) > 0 || result.sticky === 'created' || result.sticky === 'updated'
  if (result.checksForbidden && wroteToPull) {
    // Pull requests could be written, checks not: `checks: write` is missing.
    const others = result.failures.filter((f) => f.surface !== 'the check run')
    return (
      `s3-gate posted to the pull request but could not post the check run: the token may not write checks (${result.checksForbidden}). ` +
      'Give the job `permissions: checks: write`. ' +
      (others.length ? `It could not post ${others.map((f) => `${f.surface} (${f.reason})`).join('; ')} either. ` : '') +
      'The verdict is unaffected; every finding is in the annotations and the job summary.'
    )
  }
  if (result.readOnly && result.checkRun) {
    // Checks could be written, pull requests not: `pull-requests: write` is missing. What GitHub
    // refused for another reason (a summary too long, an annotation batch) is not the permission's.
    const forbidden = result.failures.filter((f) => f.reason === result.readOnly)
    const others = result.failures.filter((f) => f.reason !== result.readOnly)
    return (
      `s3-gate posted the check run but could not post ${forbidden.map((f) => f.surface).join(' or ')}: the token may not write to the pull request (${result.readOnly}). ` +
      'Give the job `permissions: pull-requests: write` (pull requests from forks and Dependabot never get it; see the two-workflow setup in examples/workflows/). ' +
      (others.length ? `It could not post ${others.map((f) => `${f.surface} (${f.reason})`).join('; ')} either. ` : '') +
      "The verdict is unaffected; every finding is in the check run's annotations and the job summary."
    )
  }
  if (result.readOnly) {
    return (
      `s3-gate could not post to GitHub: the token is read-only (${result.readOnly}). ` +
      'This is expected on pull requests from forks and from Dependabot, whose GITHUB_TOKEN cannot write whatever `permissions:` says. ' +
      'The verdict is unaffected, and the findings are in the job summary and the annotations. ' +
      'To get the check run and review comments on such pull requests, use the two-workflow setup in examples/workflows/ (pull_request scans, workflow_run publishes).'
    )
  }
  return `s3-gate could not post ${result.failures.map((f) => `${f.surface} (${f.reason})`).join('; ')}. The verdict is unaffected; every finding is in the job summary or the job log.`
}
