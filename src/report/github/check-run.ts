import { randomUUID } from 'node:crypto'
import type { GateReport } from '../../baseline/gate.js'
import { batches, type CheckAnnotation } from '../render/annotations.js'
import { clipText } from '../render/summary-markdown.js'
import type { GitHubClient } from './client.js'
import { createOnce, createOrFind, noAutomaticRetry } from './create-once.js'
import { describeError } from './errors.js'
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
  // Names this attempt's run, so that after a lost answer the run it may have created is found
  // instead of a second one being posted beside it.
  const externalId = `s3-gate-${randomUUID()}`
  const created = await createOrFind(
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
          completed_at: now,
          ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
          output: { title, summary: input.summary, ...(chunks[0] ? { annotations: chunks[0] } : {}) },
          request: noAutomaticRetry(),
        })
        .then((r) => r.data as CreatedRun),
    () => findCheckRun(client, target, input.name, externalId),
  )
  const id = created.id
  let posted = chunks[0]?.length ?? 0
  const failed = { count: 0, reasons: new Set<string>() }
  if (typeof id !== 'number') {
    // A 2xx without the run's id (a proxy's mangled answer): the run and its verdict stand, but
    // nothing can be sent to it; a PATCH to `check-runs/undefined` would only be refused.
    const rest = chunks.slice(1).reduce((n, c) => n + c.length, 0)
    return {
      annotationsPosted: posted,
      ...(rest ? { annotationsFailed: { count: rest, reason: "GitHub's answer to creating the check run had no id" } } : {}),
    }
  }
  for (const chunk of chunks.slice(1)) {
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
            output: { title, summary: input.summary, annotations: chunk },
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
    ...(created.html_url ? { url: created.html_url } : {}),
    annotationsPosted: posted,
    ...(failed.count ? { annotationsFailed: { count: failed.count, reason: [...failed.reasons].join('; ') } } : {}),
  }
}

/**
 * The runs of this name on the head commit, or undefined when the lookup fails (an API without
 * the endpoint, another 5xx): what a lost answer did is then not known.
 */
async function runsNamed(client: GitHubClient, target: PublishTarget, name: string) {
  try {
    const runs = await client.rest.checks.listForRef({
      owner: target.owner,
      repo: target.repo,
      ref: target.headSha,
      check_name: name,
      filter: 'all',
      per_page: 100,
    })
    return runs.data.check_runs ?? []
  } catch {
    return undefined
  }
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
  return (await runsNamed(client, target, name))?.find((r) => r.external_id === externalId) as CreatedRun | undefined
}

/** How many annotations the run holds, or undefined when GitHub does not say. */
async function annotationCount(client: GitHubClient, target: PublishTarget, name: string, id: number): Promise<number | undefined> {
  const count = (await runsNamed(client, target, name))?.find((r) => r.id === id)?.output?.annotations_count
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
