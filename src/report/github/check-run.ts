import { randomUUID } from 'node:crypto'
import type { GateReport } from '../../baseline/gate.js'
import { batches, type CheckAnnotation } from '../render/annotations.js'
import { clipText, escapeInline } from '../render/summary-markdown.js'
import type { GitHubClient } from './client.js'
import { createOnce, createOrFind, noAutomaticRetry } from './create-once.js'
import { describeError, httpStatus } from './errors.js'
import type { PublishTarget } from './target.js'

/** Beyond this, annotations are counted in the summary instead (20 requests of 50). */
export const MAX_ANNOTATIONS = 1000

export interface CheckRunInput {
  name: string
  report: GateReport
  summary: string
  annotations: CheckAnnotation[]
  detailsUrl?: string
}

export interface CheckRunOutcome {
  /** Missing when GitHub's answer lacked it (the run was created but cannot be added to). */
  id?: number
  url?: string
  annotationsPosted: number
  /** Annotations GitHub refused after the run was created (the run and its verdict stand). */
  annotationsFailed?: { count: number; reason: string }
  /**
   * GitHub refused the run as first sent (422), and took it without its first annotations and
   * details link; `summary`: only with a summary of the verdict alone, its own refused too.
   */
  refused?: { reason: string; summary: boolean }
}

/** What s3-gate reads of a created run; a mangled answer may lack any of it. */
interface CreatedRun {
  id?: unknown
  html_url?: string | null
}

/**
 * Creates the check run on the head commit, already completed with the verdict (decided before
 * any posting), then appends annotations 50 per request, which is GitHub's per-request limit.
 */
export async function publishCheckRun(client: GitHubClient, target: PublishTarget, input: CheckRunInput): Promise<CheckRunOutcome> {
  const title = clipText(input.report.headline, 1000)
  const chunks = batches(input.annotations.slice(0, MAX_ANNOTATIONS), 50)
  const now = new Date().toISOString()
  // A 422 refuses what the run says (a summary or an annotation GitHub will not take, a details
  // URL it finds invalid), not the verdict: refused whole, the required check never appeared and
  // the pull request waited on it for ever. Sent again without the annotations and the link (they
  // follow in updates, batch by batch), then with a summary of the verdict alone.
  const attempts: Output[] = [
    {
      summary: input.summary,
      ...(chunks[0] ? { annotations: chunks[0] } : {}),
      ...(input.detailsUrl ? { detailsUrl: input.detailsUrl } : {}),
    },
    ...(chunks[0] || input.detailsUrl ? [{ summary: input.summary }] : []),
  ]
  let refused: CheckRunOutcome['refused']
  let created: { run: CreatedRun; sent: Output } | undefined
  for (let i = 0; !created; i++) {
    const sent: Output = attempts[i] ?? { summary: verdictOnly(title, refused!.reason) }
    try {
      created = { run: await createRun(client, target, input, title, now, sent), sent }
    } catch (e) {
      if (httpStatus(e) !== 422 || i >= attempts.length) throw e
      refused ??= { reason: describeError(e), summary: false }
    }
  }
  const { summary, annotations: first } = created.sent
  if (refused && summary !== input.summary) refused.summary = true
  const pending = first ? chunks.slice(1) : chunks
  const id = created.run.id
  let posted = first?.length ?? 0
  const failed = { count: 0, reasons: new Set<string>() }
  if (typeof id !== 'number') {
    // A 2xx without the run's id (a proxy's mangled answer): the run and its verdict stand, but
    // nothing can be sent to it; a PATCH to `check-runs/undefined` would only be refused.
    const rest = pending.reduce((n, c) => n + c.length, 0)
    return {
      annotationsPosted: posted,
      ...(rest ? { annotationsFailed: { count: rest, reason: "GitHub's answer to creating the check run had no id" } } : {}),
      ...(refused ? { refused } : {}),
    }
  }
  for (const chunk of pending) {
    // Annotations sent with an update are appended to the ones already on the run.
    const expected = posted + chunk.length
    try {
      // Appending is not idempotent: after a lost answer, the run's count says whether it happened.
      await createOnce(
        client,
        () =>
          client.rest.checks.update({
            owner: target.owner,
            repo: target.repo,
            check_run_id: id,
            output: { title, summary, annotations: chunk },
            request: noAutomaticRetry(),
          }),
        async () => ((await annotationCount(client, target, input.name, id)) ?? -1) >= expected,
      )
      posted += chunk.length
    } catch (e) {
      // The run exists with its verdict: a refused batch (even a 403: this token has just created
      // the run) must not make it look unposted, and the batches after it may still go through.
      failed.count += chunk.length
      failed.reasons.add(describeError(e))
    }
  }
  return {
    id,
    ...(created.run.html_url ? { url: created.run.html_url } : {}),
    annotationsPosted: posted,
    ...(failed.count ? { annotationsFailed: { count: failed.count, reason: [...failed.reasons].join('; ') } } : {}),
    ...(refused ? { refused } : {}),
  }
}

/** What one attempt at creating the run sends besides the verdict. */
interface Output {
  summary: string
  annotations?: CheckAnnotation[]
  detailsUrl?: string
}

/** Creates the run, completed with the verdict; after a lost answer, finds the run it made instead of posting a second. */
async function createRun(
  client: GitHubClient,
  target: PublishTarget,
  input: CheckRunInput,
  title: string,
  completedAt: string,
  output: Output,
): Promise<CreatedRun> {
  // Names this attempt's run, so that after a lost answer the run it may have created is found
  // instead of a second one being posted beside it.
  const externalId = `s3-gate-${randomUUID()}`
  return createOrFind(
    client,
    () =>
      client.rest.checks
        .create({
          owner: target.owner,
          repo: target.repo,
          name: input.name,
          head_sha: target.headSha,
          external_id: externalId,
          status: 'completed',
          conclusion: input.report.conclusion,
          completed_at: completedAt,
          ...(output.detailsUrl ? { details_url: output.detailsUrl } : {}),
          output: { title, summary: output.summary, ...(output.annotations ? { annotations: output.annotations } : {}) },
          request: noAutomaticRetry(),
        })
        .then((r) => r.data as CreatedRun),
    () => findCheckRun(client, target, input.name, externalId),
  )
}

/** The summary of a run whose own summary GitHub refused: the verdict (in the title) and where the findings are. */
function verdictOnly(title: string, reason: string): string {
  return `### ${escapeInline(title)}\n\nGitHub refused this check run's summary (${escapeInline(reason)}). The findings are listed in the job summary of the workflow run.\n`
}

/** Pages of runs a lookup after a lost answer reads at most: 1,000 runs of one name on one commit. */
const MAX_RUN_PAGES = 10

interface ListedRun {
  id?: number
  external_id?: string | null
  html_url?: string | null
  output?: { annotations_count?: number }
}

/**
 * The first run of this name on the head commit that `pick` takes, reading page after page (a
 * commit re-run many times has more than the 100 runs of one page); undefined when there is none
 * or the lookup fails (an API without the endpoint, another 5xx): what a lost answer did is then
 * not known.
 */
async function findRunNamed(
  client: GitHubClient,
  target: PublishTarget,
  name: string,
  pick: (run: ListedRun) => boolean,
): Promise<ListedRun | undefined> {
  try {
    for (let page = 1; page <= MAX_RUN_PAGES; page++) {
      const { data } = await client.rest.checks.listForRef({
        owner: target.owner,
        repo: target.repo,
        ref: target.headSha,
        check_name: name,
        filter: 'all',
        per_page: 100,
        page,
      })
      const runs = (data.check_runs ?? []) as ListedRun[]
      const found = runs.find(pick)
      if (found) return found
      const total = typeof data.total_count === 'number' ? data.total_count : 0
      if (runs.length < 100 || page * 100 >= total) return undefined
    }
  } catch {
    return undefined
  }
  return undefined
}

/**
 * The run a create request with a lost answer made, if any. Not found or not known, the run is
 * created again: two runs of the same name and verdict are better than none.
 */
async function findCheckRun(
  client: GitHubClient,
  target: PublishTarget,
  name: string,
  externalId: string,
): Promise<CreatedRun | undefined> {
  return (await findRunNamed(client, target, name, (r) => r.external_id === externalId)) as CreatedRun | undefined
}

/** How many annotations the run holds, or undefined when GitHub does not say. */
async function annotationCount(client: GitHubClient, target: PublishTarget, name: string, id: number): Promise<number | undefined> {
  const count = (await findRunNamed(client, target, name, (r) => r.id === id))?.output?.annotations_count
  return typeof count === 'number' ? count : undefined
}

/** Replaces the summary (e.g. to add what could not be posted), keeping the annotations. */
export async function updateCheckRunSummary(
  client: GitHubClient,
  target: PublishTarget,
  id: number,
  report: GateReport,
  summary: string,
): Promise<void> {
  await client.rest.checks.update({
    owner: target.owner,
    repo: target.repo,
    check_run_id: id,
    output: { title: clipText(report.headline, 1000), summary },
  })
}
