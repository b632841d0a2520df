/**
 * The action shell: inputs → options → scan() (head, and the merge base on pull requests) →
 * verdict → outputs → publish → exit status. The verdict is decided before anything is posted,
 * so no GitHub API failure can flip it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import { decideGate, type BaselineStatus, type GatedFinding, type GateReport, type Policy } from './baseline/gate.js'
import { scanBaseline } from './baseline/scan-base.js'
import { NO_REUSE_ENV, UnitReuse } from './unit-reuse.js'
import type { UnseenAtBase } from './baseline/unseen-cdk.js'
import { git } from './baseline/git.js'
import { ConfigurationError } from './errors.js'
import { getErrorMessage, type Logger } from './logger.js'
import { DEFAULT_LIMITS, type Limits } from './limits.js'
import { mergeResultsDocuments } from './merge/merge-documents.js'
import { listShardFiles, readShardFiles } from './merge/read-shards.js'
import { makeScanOptions, type ScanOptions } from './options.js'
import { renderWorkflowAnnotations } from './report/render/annotations.js'
import { findingLogLines } from './report/render/log-listing.js'
import { printable, printableLines } from './report/render/printable.js'
import { LIMITS, renderSummaryMarkdown, type RenderContext } from './report/render/summary-markdown.js'
import { MAX_ANNOTATIONS } from './report/github/check-run.js'
import { createGitHubClient, type GitHubClient } from './report/github/client.js'
import { describeError, httpStatus, isPermissionError, redactSecrets, registerSecret } from './report/github/errors.js'
import { readRunContext, type RunContext } from './report/github/event.js'
import { ignoredScanInputs, readActionInputs, type ActionInputs } from './report/github/inputs.js'
import { describeFailures, HEAD_RECHECK_MS, publishToGitHub, type PublishResult } from './report/github/publish.js'
import {
  fromLineMapEntries,
  readResultsFile,
  SCHEMA,
  toLineMapEntries,
  writeResultsFile,
  type ResultsDocument,
} from './report/github/results-file.js'
import { headLineText, type LineMaps } from './report/github/line-map.js'
import { readLineMaps, type LineMapping } from './report/github/read-line-maps.js'
import { repositoryLineReader, type LineReader } from './report/github/line-reader.js'
import { refusedOutput } from './output-path.js'
import { isInside } from './discovery.js'
import { checkoutOfPull } from './report/github/checkout-of-pull.js'
import { scanPlace } from './report/github/checkout-folder.js'
import { remapReport } from './report/github/remap-report.js'
import { describeNotAtHead } from './report/render/review-comment.js'
import { createRenderContext } from './report/github/render-context.js'
import type { ScanResult } from './scan-result.js'
import { scan, setEntryUrl } from './scan.js'
import { VERSION } from './version.js'
import { isPoolWorker, serveUnits } from './worker-pool.js'
import { makeFolders } from './make-folders.js'
import { loadConfig } from './config/load.js'
import { batchedBytes } from './report/render/batched.js'
import { sarifChunks } from './report/render/sarif.js'
import { rules } from '../rules/index.js'

/** Entry point of the bundle (`dist/index.js`); `entryUrl` lets the scan start worker threads. */
export async function run(entryUrl?: string): Promise<void> {
  if (isPoolWorker()) return serveUnits()
  if (entryUrl) setEntryUrl(entryUrl)
  try {
    // Registered before anything else runs, so nothing can print it unmasked.
    const token = core.getInput('github-token')
    if (token) core.setSecret(token)
    registerSecret(token)
    const inputs = readActionInputs((name) => core.getInput(name))
    const run = readRunContext(process.env)
    const logger = actionsLogger()
    if (run.payloadProblem) {
      logger.warning(
        `Could not read the event payload GITHUB_EVENT_PATH (${run.payloadProblem}), so s3-gate does not know the pull request this \`${run.eventName}\` run is for: every finding gates (scope: all), the check run goes on GITHUB_SHA, and nothing is commented on a pull request.`,
      )
    }
    const ignored = ignoredScanInputs(inputs)
    if (ignored.length)
      logger.warning(
        `${ignored.map((n) => `\`${n}\``).join(', ')} ${ignored.length === 1 ? 'is' : 'are'} ignored with \`mode: ${inputs.mode}\`, which scans nothing: set ${ignored.length === 1 ? 'it' : 'them'} on the step that scans (\`mode: scan\`).`,
      )
    const prepared =
      inputs.mode === 'publish'
        ? await prepareFromResults(inputs, run, logger)
        : inputs.mode === 'merge'
          ? await prepareFromShards(inputs, run, logger)
          : await prepareFromScan(inputs, run, logger)
    const { ctx, target, headScan, lineMaps } = prepared
    // From here on every line is the pull request head's (SARIF keeps the scanned lines).
    const report = lineMaps ? toHeadLines(prepared.report, lineMaps, ctx, logger) : prepared.report
    // A shard's verdict covers part of the repository only; the merge job gives the real one.
    const shard = inputs.mode === 'scan' ? inputs.shard : undefined

    // The verdict is final from here on.
    setOutputs(report)
    if (headScan) {
      const sarif = await writeSarif(headScan, sarifPath(inputs, run), prepared.document?.pathPrefix ?? '', run.workspace)
      if (sarif) setOutput('sarif-file', sarif)
    }

    let published: PublishResult | undefined
    let resultsLost: string | undefined
    if (inputs.mode === 'scan' || inputs.mode === 'merge') {
      // `merge` writes the merged results too: a `workflow_run` publish step can take them (forks).
      const file = resultsPath(inputs, run)
      resultsLost = await writeResults(file, prepared.document!, run.workspace)
      if (resultsLost) logger.warning(`${resultsLost}.`)
      else {
        setOutput('results-file', file)
        logger.info(`wrote the results for ${shard ? 'the merge step' : 'the publish step'} to ${file}`)
      }
    }
    if (inputs.mode !== 'scan') published = await publish(inputs, run, report, ctx, target, logger, lineMaps, prepared.cwd)

    const shardNote = shard
      ? [`This is shard ${shard.index} of ${shard.count}: its counts cover part of the repository only. The merge job posts the verdict.`]
      : []
    await writeJobSummary(report, ctx, published, shardNote)
    if (logsEveryFinding(report, published)) logEveryFinding(report, ctx)
    // Shards leave annotations to the merge job, which would otherwise repeat them.
    if (!shard && (inputs.mode === 'scan' || !published?.checkRun)) emitWorkflowAnnotations(report, ctx)
    const warning = published && describeFailures(published)
    if (warning) core.warning(warning)

    // Without its results file a `mode: scan` step leaves the next step nothing: a missing shard, or
    // a publish step that cannot post, must show here first.
    if (resultsLost && inputs.mode === 'scan')
      core.setFailed(`s3-gate: ${resultsLost}; the ${shard ? 'merge' : 'publish'} step will have no results to take.`)
    if (shard) {
      logger.info(`s3-gate: shard ${shard.index}/${shard.count} scanned: ${report.headline} (not a verdict; the merge job decides)`)
      return
    }
    logger.info(`s3-gate: ${report.conclusion}: ${report.headline}`)
    // In publish mode the verdict lives in the check run; the scan job already failed or passed.
    if (report.conclusion === 'failure' && inputs.mode !== 'publish') core.setFailed(`s3-gate: ${report.headline}`)
  } catch (e) {
    core.setFailed(
      e instanceof ConfigurationError
        ? // It may quote the pull request's `.s3-gate.yml`: escape sequences stay escaped.
          printableLines(redactSecrets(e.message))
        : `s3-gate failed: ${redactSecrets(getErrorMessage(e))}. This is a bug in s3-gate; please report it.`,
    )
  }
}

interface Prepared {
  report: GateReport
  ctx: RenderContext
  target: { owner: string; repo: string; headSha: string; pullNumber?: number }
  headScan?: ScanResult
  document?: ResultsDocument
  /** The scan read GitHub's merge commit: its lines as the pull request head numbers them. */
  lineMaps?: LineMaps
  /** The folder the scan ran from, when not the working directory (see scanPlace). */
  cwd?: string
}

async function prepareFromScan(inputs: ActionInputs, run: RunContext, logger: Logger): Promise<Prepared> {
  const place = scanPlace(process.cwd(), inputs.paths)
  const cwd = place.cwd
  if (place.checkout !== undefined)
    logger.info(
      `The workspace is not a git checkout, but ${place.checkout}/, where \`paths\` lie, is: s3-gate scans from there, so file names, comments and the merge base are the repository's (and its .s3-gate.yml is the default configuration).`,
    )
  // `config` is named from the workspace, as the other paths of the step's inputs are.
  const configFile = inputs.config && place.checkout !== undefined ? path.resolve(inputs.config) : inputs.config
  const config = loadConfig(configFile || undefined, cwd, new Set(rules.map((r) => r.id)))
  const options: ScanOptions = makeScanOptions({
    cwd,
    paths: place.paths,
    failOn: inputs.failOn,
    config,
    limits: inputs.limits as Limits,
    ...(inputs.shard ? { shard: inputs.shard } : {}),
  })
  // A checkout that is not the pull request's code (`pull_request_target` checks out the base
  // branch) says nothing of the pull request: its verdict goes on the commit scanned, never on the
  // pull request's head, where it put a green check on code it never read.
  const foreign = run.pullRequest ? await foreignCheckout(cwd, run, logger) : undefined
  const pullRequest = foreign === undefined ? run.pullRequest : undefined
  const compareWith = pullRequest ?? run.mergeGroup
  // The base is scanned after the head: units whose every input reads the same there are taken
  // over. `S3_GATE_NO_REUSE=1` scans every unit twice (to rule it out, and for bench/pr-base.mjs).
  const reuse = compareWith && process.env[NO_REUSE_ENV] !== '1' ? new UnitReuse() : undefined
  const head = await scan(reuse ? { ...options, reuse: { store: reuse, role: 'keep' } } : options, logger)
  const headSha = run.pullRequest ? (foreign ?? run.headSha) : await scannedCommit(cwd, run, logger)
  const policy: Policy = {
    failOn: inputs.failOn,
    commentOn: inputs.commentOn,
    scope: inputs.scope,
    paths: options.paths,
    ...(config.source ? { config: config.source } : {}),
  }

  let baseline: BaselineStatus = {
    state: 'not-applicable',
    reason: foreign
      ? `the checkout ${short(foreign)} is not pull request #${run.pullRequest!.number}'s code, so there is nothing of the pull request to compare; every finding gates`
      : `a \`${run.eventName || 'local'}\` event has no base to compare with; every finding gates`,
  }
  let base: ScanResult | undefined
  let unseenAtBase: UnseenAtBase | undefined
  if (compareWith) {
    const b = await logger.group('Scanning the merge base', () =>
      scanBaseline({
        options: reuse ? { ...options, reuse: { store: reuse, role: 'take' } } : options,
        event: { baseSha: compareWith.baseSha, headSha: compareWith.headSha },
        scan: (o) => scan(o, quiet(logger)),
        tempRoot: run.tempDir || os.tmpdir(),
        debug: (m) => logger.debug(m),
        head,
      }),
    )
    baseline = b.status
    base = b.result
    unseenAtBase = b.unseen
    if (b.status.state === 'unavailable')
      logger.warning(`The merge base was unavailable: ${b.status.reason}. Gating every finding (scope: all).`)
  }
  const report = decideGate({ head, ...(base ? { base } : {}), baseline, policy, ...(unseenAtBase ? { unseenAtBase } : {}) })
  const pathPrefix = await repoPrefix(cwd, run.workspace)
  const lineMaps = pullRequest ? await mapMergeLines(cwd, pathPrefix, pullRequest.headSha, head, logger) : undefined
  const ctx = createRenderContext({
    run,
    headSha,
    pathPrefix,
    ruleDocsUrl: inputs.ruleDocsUrl,
    checkName: inputs.checkName,
    cwd,
  })
  const target = {
    owner: run.owner,
    repo: run.repo,
    headSha,
    ...(pullRequest ? { pullNumber: pullRequest.number } : {}),
  }
  const document: ResultsDocument = {
    schema: SCHEMA,
    tool: head.tool,
    repository: `${run.owner}/${run.repo}`,
    headSha,
    ...(pullRequest ? { pullRequest: { number: pullRequest.number, headSha: pullRequest.headSha, baseSha: pullRequest.baseSha } } : {}),
    pathPrefix,
    ...(place.checkout !== undefined ? { checkout: place.checkout } : {}),
    policy,
    baseline,
    head,
    ...(base ? { baseFindings: base.findings.filter((f) => !f.suppressed) } : {}),
    // A shard's base scan leaves its cross-shard links to the merge, as its head scan does.
    ...(base?.shard?.links ? { baseLinks: base.shard.links } : {}),
    ...(unseenAtBase ? { unseenAtBase } : {}),
    ...(lineMaps ? { lineMaps: toLineMapEntries(lineMaps) } : {}),
  }
  return { report, ctx, target, headScan: head, document, cwd, ...(lineMaps ? { lineMaps } : {}) }
}

/**
 * The commit the scan's verdict belongs to, outside pull requests. The event names one
 * (`workflow_run.head_sha`, a push's `after`, `GITHUB_SHA`), but the checkout may be another:
 * actions/checkout checks out the default branch on `workflow_run`, so `mode: all` there put a
 * green check run, the default branch's verdict, on a pull request head it never scanned. The
 * check run (and a results file) go on what was scanned, with a warning, when that is not the
 * event's commit, GitHub's merge commit of it, or a commit on top of it.
 */
async function scannedCommit(cwd: string, run: RunContext, logger: Logger): Promise<string> {
  if (!/^[0-9a-f]{40}$/.test(run.headSha)) return run.headSha
  const checkout = await checkoutOfPull(cwd, run.headSha)
  if (checkout.state !== 'other') return run.headSha
  logger.warning(
    `The checkout ${short(checkout.checkout)} is not the commit this \`${run.eventName || 'local'}\` run is for, ${short(run.headSha)}, nor a commit on top of it. ` +
      `s3-gate scanned what is checked out, so its check run and results go on ${short(checkout.checkout)}, not on ${short(run.headSha)}. ` +
      (run.workflowRun
        ? "On `workflow_run`, actions/checkout checks out the default branch: to report on the run's commit, publish the results of a `mode: scan` job with `mode: publish` (examples/workflows/s3-gate-publish.yml)."
        : 'Check out the commit the event names (actions/checkout does by default).'),
  )
  return checkout.checkout
}

/**
 * The commit checked out when it is surely not the pull request's code (`pull_request_target`
 * checks out the base branch), said in a warning; undefined when it is, or may be (a later head
 * checked out by branch name, its history not fetched: its own run reports on it), which is said too.
 */
async function foreignCheckout(cwd: string, run: RunContext, logger: Logger): Promise<string | undefined> {
  const pull = run.pullRequest!
  const checkout = await checkoutOfPull(cwd, pull.headSha, [pull.baseSha, run.eventSha.toLowerCase()])
  if (checkout.state !== 'other') return undefined
  logger.warning(
    `The checkout ${short(checkout.checkout)} is not pull request #${pull.number}'s code: it is neither its head ${short(pull.headSha)}, nor GitHub's merge commit of it, nor a commit on top of it${checkout.known ? '' : ' that git can tell (the head was not fetched)'}. ` +
      (checkout.known
        ? `s3-gate scanned what is checked out, so it cannot see what the pull request changes: its check run and results go on ${short(checkout.checkout)}, every finding gates, and nothing is posted on the pull request, whose head gets no s3-gate check from this run. `
        : `s3-gate scanned what is checked out, so it may not see what the pull request changes, and the verdict may not cover it. `) +
      (run.eventName === 'pull_request_target'
        ? 'On `pull_request_target`, actions/checkout checks out the base branch: give it `ref: ${{ github.event.pull_request.head.sha }}` (s3-gate never runs the code it scans).'
        : 'Check out the pull request (actions/checkout does by default on `pull_request`).'),
  )
  return checkout.known ? checkout.checkout : undefined
}

/**
 * `mode: merge`: the results of the shard jobs (`mode: scan` with `shard: i/n`), downloaded into
 * `results-dir`. They are validated like any artifact, must be the n shards of one scan of this
 * run's commit by this version of s3-gate, and are merged into what one unsharded scan gives;
 * the merge job's own policy inputs then decide the verdict, exactly as `mode: all` would.
 */
async function prepareFromShards(inputs: ActionInputs, run: RunContext, logger: Logger): Promise<Prepared> {
  const dir = path.resolve(inputs.resultsDir)
  const files = await readShardFiles(await listShardFiles(dir), dir)
  const doc = mergeResultsDocuments(files, {
    version: VERSION,
    ...(run.owner && run.repo ? { repository: `${run.owner}/${run.repo}` } : {}),
    ...(/^[0-9a-f]{40}$/.test(run.headSha) ? { headSha: run.headSha } : {}),
    ...(run.pullRequest ? { pullNumber: run.pullRequest.number } : {}),
  })
  logger.info(
    `merged ${files.length} shard results: ${doc.head.stats.files} files, ${doc.head.findings.filter((f) => !f.suppressed).length} findings`,
  )
  if (doc.baseline.state === 'unavailable')
    logger.warning(`The merge base was unavailable: ${doc.baseline.reason}. Gating every finding (scope: all).`)
  const report = gateFromDocument(doc, inputs)
  const cwd = checkoutFolder(doc, logger)
  const ctx = documentRenderContext(run, doc, inputs, cwd)
  const target = {
    owner: run.owner,
    repo: run.repo,
    headSha: doc.headSha,
    ...(run.pullRequest ? { pullNumber: run.pullRequest.number } : {}),
  }
  // The shards' paths are relative to the same checkout: SARIF's base URI is this job's.
  return {
    report,
    ctx,
    target,
    headScan: { ...doc.head, cwd },
    document: { ...doc, policy: report.policy },
    cwd,
    ...(doc.lineMaps ? { lineMaps: fromLineMapEntries(doc.lineMaps) } : {}),
  }
}

/**
 * `mode: publish`: the results come from an artifact that a pull request (perhaps from a fork)
 * produced, so they are validated, tied to this event's head commit and the pull request's
 * actual head, and re-gated with this workflow's own policy inputs.
 */
async function prepareFromResults(inputs: ActionInputs, run: RunContext, logger: Logger): Promise<Prepared> {
  if (!inputs.resultsFile) throw new ConfigurationError('`mode: publish` needs `results-file`: the JSON written by a `mode: scan` step.')
  const doc = await readResultsFile(inputs.resultsFile)
  if (doc.repository.toLowerCase() !== `${run.owner}/${run.repo}`.toLowerCase()) {
    throw new ConfigurationError(`The results are for ${doc.repository}, not ${run.owner}/${run.repo}; refusing to publish them.`)
  }
  if (run.workflowRun && run.workflowRun.headSha !== doc.headSha) {
    throw new ConfigurationError(
      `The results are for commit ${doc.headSha.slice(0, 7)}, but the workflow run was for ${run.workflowRun.headSha.slice(0, 7)}; refusing to publish them.`,
    )
  }
  // Without a workflow run or a pull request (checked below), nothing else ties the results to a
  // commit: an artifact naming any commit put its check run, green if it liked, on that commit.
  if (!run.workflowRun && !doc.pullRequest && doc.headSha !== run.headSha) {
    throw new ConfigurationError(
      `The results are for commit ${doc.headSha.slice(0, 7)}, but this \`${run.eventName || 'local'}\` run is for ${run.headSha.slice(0, 7) || 'no commit'}; refusing to publish them.`,
    )
  }
  let pullNumber: number | undefined
  if (doc.pullRequest) {
    if (run.workflowRun && run.workflowRun.pullNumbers.length > 0 && !run.workflowRun.pullNumbers.includes(doc.pullRequest.number)) {
      throw new ConfigurationError(
        `The results name pull request #${doc.pullRequest.number}, which the workflow run does not belong to; refusing to publish them.`,
      )
    }
    const client = clientFor(inputs, run, logger)
    const number = doc.pullRequest.number
    let head = await pullRequestHead(client, run, number)
    if (head.state === 'read' && head.sha !== doc.headSha) {
      // Right after a push GitHub may answer with the head before it (a replica behind): ask once more.
      await new Promise((resolve) => setTimeout(resolve, headRecheckMs() ?? HEAD_RECHECK_MS))
      head = await pullRequestHead(client, run, number)
    }
    // Without a workflow run, only the pull request ties the results to a commit: when GitHub
    // cannot say where it is (down, timing out), this event's own pull request does, as the run's
    // payload (written by the runner, as trusted as the event) names it. Refusing there turned an
    // API fault into a red step without a check run or a job summary.
    const fromEvent = run.pullRequest?.number === number ? run.pullRequest.headSha : undefined
    if (!run.workflowRun && head.state === 'unknown' && fromEvent !== undefined) {
      if (fromEvent !== doc.headSha) {
        throw new ConfigurationError(
          `The results are for commit ${doc.headSha.slice(0, 7)}, but this \`${run.eventName || 'local'}\` run is for ${fromEvent.slice(0, 7)} of pull request #${number}; refusing to publish them.`,
        )
      }
    } else if (!run.workflowRun && head.state !== 'read') {
      throw new ConfigurationError(`Could not read pull request #${number} to check the results (${head.reason}); not publishing them.`)
    }
    if (!run.workflowRun && head.state === 'read' && head.sha !== doc.headSha) {
      throw new ConfigurationError(
        `Pull request #${number} is now at ${head.sha.slice(0, 7)}, not ${doc.headSha.slice(0, 7)} as in the results; not publishing stale results.`,
      )
    }
    // The workflow run's commit (checked above) carries the check run and its verdict whatever
    // GitHub says of the pull request; only the comments need the pull request's head to match.
    if (head.state !== 'read') {
      logger.warning(
        run.workflowRun
          ? `Could not read pull request #${number} to check that the results are for its head (${head.reason}), so no review comments or summary comment are posted; the check run is.`
          : `Could not read pull request #${number} to check that the results are for its head (${head.reason}); they are for ${doc.headSha.slice(0, 7)}, the head this \`${run.eventName}\` event names, so the check run is posted on it, but no review comments or summary comment (the pull request may have moved on since).`,
      )
    } else if (head.sha !== doc.headSha) {
      // A newer push: its own run will comment. Comments now would land on stale lines.
      logger.info(
        `Pull request #${number} has moved on to ${head.sha.slice(0, 7)} since ${doc.headSha.slice(0, 7)}, the commit these results are for; the review comments and the summary comment are left to the run for ${head.sha.slice(0, 7)}, and the check run is posted on ${doc.headSha.slice(0, 7)}.`,
      )
    } else pullNumber = number
  }
  const report = gateFromDocument(doc, inputs)
  const ctx = documentRenderContext(run, doc, inputs)
  return {
    report,
    ctx,
    cwd: checkoutFolder(doc, logger),
    target: { owner: run.owner, repo: run.repo, headSha: doc.headSha, ...(pullNumber ? { pullNumber } : {}) },
    ...(doc.lineMaps ? { lineMaps: fromLineMapEntries(doc.lineMaps) } : {}),
  }
}

/**
 * Where the scan jobs' checkout is in this job: the folder the results name below the working
 * directory (actions/checkout `path:`), when this job has it too, else the working directory.
 * The name comes from an artifact, so it only counts when it really lies in the working directory.
 */
function checkoutFolder(doc: ResultsDocument, logger: Logger): string {
  const here = process.cwd()
  if (doc.checkout === undefined) return here
  const folder = path.resolve(here, doc.checkout)
  try {
    const real = fs.realpathSync.native(folder)
    if (fs.statSync(real).isDirectory() && isInside(real, [fs.realpathSync.native(here)])) return folder
  } catch {
    // Not in this job's checkout: the lines are read from the working directory.
  }
  logger.info(
    `The scan ran from ${doc.checkout}/ below its workspace, which this job does not have: suggestions that repeat a line of the checkout are left out where the working directory lacks the file.`,
  )
  return here
}

/** The end-to-end tests' shorter wait before asking again for a pull request's head. */
function headRecheckMs(): number | undefined {
  const ms = process.env.S3_GATE_TEST_HEAD_RECHECK_MS
  return ms && Number(ms) >= 0 ? Number(ms) : undefined
}

/**
 * The pull request's head commit; `refused` when GitHub says no (no such pull request, no
 * access), `unknown` when it could not answer (down, rate-limited, an answer without a head).
 */
async function pullRequestHead(
  client: GitHubClient,
  run: RunContext,
  pullNumber: number,
): Promise<{ state: 'read'; sha: string } | { state: 'refused'; reason: string } | { state: 'unknown'; reason: string }> {
  try {
    const { data } = await client.rest.pulls.get({ owner: run.owner, repo: run.repo, pull_number: pullNumber })
    const sha = (data as { head?: { sha?: unknown } }).head?.sha
    return typeof sha === 'string' ? { state: 'read', sha } : { state: 'unknown', reason: 'GitHub answered without its head commit' }
  } catch (e) {
    const status = httpStatus(e)
    const unanswered = status === undefined || status >= 500 || status === 429 || (status === 403 && !isPermissionError(e))
    return unanswered ? { state: 'unknown', reason: describeError(e) } : { state: 'refused', reason: describeError(e) }
  }
}

let cachedClient: GitHubClient | undefined
/** The gate over a results document (merged shards or an earlier job's file), under this job's policy inputs. */
function gateFromDocument(doc: ResultsDocument, inputs: ActionInputs): GateReport {
  const policy: Policy = { ...doc.policy, failOn: inputs.failOn, commentOn: inputs.commentOn, scope: inputs.scope }
  const base = doc.baseFindings ? { ...doc.head, findings: doc.baseFindings } : undefined
  return decideGate({
    head: doc.head,
    ...(base ? { base } : {}),
    baseline: doc.baseline,
    policy,
    ...(doc.unseenAtBase ? { unseenAtBase: doc.unseenAtBase } : {}),
  })
}

/** How a results document's findings are linked and marked, under this job's inputs. */
function documentRenderContext(run: RunContext, doc: ResultsDocument, inputs: ActionInputs, cwd?: string): RenderContext {
  return createRenderContext({
    run,
    headSha: doc.headSha,
    pathPrefix: doc.pathPrefix,
    ruleDocsUrl: inputs.ruleDocsUrl,
    checkName: inputs.checkName,
    ...(cwd ? { cwd } : {}),
  })
}

function clientFor(inputs: ActionInputs, run: RunContext, logger: Logger): GitHubClient {
  if (!inputs.token) throw new ConfigurationError('Expected `github-token` (the default is `${{ github.token }}`); got an empty value.')
  if (!isTokenShaped(inputs.token))
    throw new ConfigurationError(`Expected \`github-token\` to be a token (the default is \`\${{ github.token }}\`); ${NOT_TOKEN_SHAPED}.`)
  const pacing = process.env.S3_GATE_TEST_NO_PACING === '1' ? { pacing: { writeMs: 0, notificationMs: 0 } } : {}
  const timeout = Number(process.env.S3_GATE_TEST_REQUEST_TIMEOUT_MS)
  const deadline = timeout > 0 ? { requestTimeoutMs: timeout } : {}
  const retryBase = Number(process.env.S3_GATE_TEST_RETRY_BASE_MS)
  const backoff = retryBase > 0 ? { retryBaseMs: retryBase } : {}
  cachedClient ??= createGitHubClient({ token: inputs.token, baseUrl: run.apiUrl, logger, ...pacing, ...deadline, ...backoff })
  return cachedClient
}

async function publish(
  inputs: ActionInputs,
  run: RunContext,
  report: GateReport,
  ctx: RenderContext,
  target: Prepared['target'],
  logger: Logger,
  lineMaps: LineMaps | undefined,
  cwd = process.cwd(),
): Promise<PublishResult | undefined> {
  if (!target.owner || !target.repo || !/^[0-9a-f]{40}$/.test(target.headSha)) {
    logger.warning('Not publishing to GitHub: the repository or commit is unknown (not running on GitHub Actions?).')
    return undefined
  }
  // A secret that is not set gives an empty token: the workflow's to fix, not a bug, and said
  // once, with the fallback to the job summary, like a read-only token.
  if (!inputs.token) return { failures: [{ surface: 'results', reason: 'the `github-token` input is empty' }], notes: [] }
  if (!isTokenShaped(inputs.token))
    return { failures: [{ surface: 'results', reason: `the \`github-token\` input ${NOT_TOKEN_SHAPED}` }], notes: [] }
  try {
    const client = clientFor(inputs, run, logger)
    return await logger.group('Publishing to GitHub', () =>
      publishToGitHub(
        client,
        target,
        report,
        ctx,
        {
          checkName: inputs.checkName,
          commentOn: inputs.commentOn,
          maxComments: inputs.maxComments,
          ...(run.runUrl ? { detailsUrl: run.runUrl } : {}),
          // Suggestions repeat head lines; the checkout has them at the merge commit's numbers.
          lineText: lineMaps ? headLineText(lineMaps, checkoutLines(inputs, run, cwd)) : checkoutLines(inputs, run, cwd),
          ...(headRecheckMs() !== undefined ? { headRecheckMs: headRecheckMs() } : {}),
        },
        logger,
      ),
    )
  } catch (e) {
    // publishToGitHub collects its failures; reaching here is a bug, and still must not flip the verdict.
    logger.warning(
      `Publishing to GitHub failed (${describeError(e)}); the verdict is unaffected. This is a bug in s3-gate; please report it.`,
    )
    return { failures: [{ surface: 'results', reason: describeError(e) }], notes: [] }
  }
}

const short = (sha: string) => sha.slice(0, 7)

/**
 * A token is printable ASCII without spaces. One with a line break (a secret pasted with more
 * text) made every request fail before it was sent, each counted as a failed connection, and the
 * run said GitHub was unreachable ("refused or reset") instead of what to fix.
 */
const isTokenShaped = (token: string) => /^[\x21-\x7e]+$/.test(token)
const NOT_TOKEN_SHAPED =
  'holds white space, a line break or a character outside ASCII, which no token has (a secret pasted with more text?)'

/** Lines of the checkout's files; the names may come from an artifact (see line-reader.ts). */
function checkoutLines(inputs: ActionInputs, run: RunContext, cwd: string): LineReader {
  // `cwd` lies in the workspace or the working directory (see checkoutFolder): no other root.
  return repositoryLineReader(cwd, [run.workspace, process.cwd()], inputs.limits.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes)
}

/**
 * On `pull_request` the checkout is usually GitHub's merge commit, but comments and annotations
 * attach to the pull request's head: where the base branch changed a file with findings since,
 * its lines are numbered differently there. Maps them (read-line-maps.ts); undefined when no
 * file needs it or it cannot be done, which is said in a warning when lines may be off.
 */
async function mapMergeLines(
  cwd: string,
  pathPrefix: string,
  headSha: string,
  head: ScanResult,
  logger: Logger,
): Promise<LineMaps | undefined> {
  const files = new Set<string>()
  for (const f of head.findings) {
    files.add(f.location.file)
    if (f.edit) files.add(f.edit.file)
  }
  for (const u of head.unknowns) files.add(u.location.file)
  for (const p of head.problems) if (p.file) files.add(p.file)
  if (files.size === 0) return undefined
  let mapping: LineMapping
  try {
    mapping = await readLineMaps(
      cwd,
      headSha,
      [...files].map((file) => ({ file, repoPath: pathPrefix ? path.posix.join(pathPrefix, file) : file })),
    )
  } catch (e) {
    logger.warning(
      `Could not compare GitHub's merge commit with the pull request head (${getErrorMessage(e)}), so review comments and annotations use the scanned line numbers, which are off wherever the base branch changed a file since.`,
    )
    return undefined
  }
  if (mapping.state === 'not-merge') {
    logger.debug(`line numbers are taken as scanned: ${mapping.reason}`)
    return undefined
  }
  if (mapping.state === 'head-missing') {
    logger.warning(
      `The checkout is GitHub's merge commit ${short(mapping.merge)}, but its parent ${short(mapping.head)}, the pull request head, was not fetched, so s3-gate cannot tell whether the base branch moved lines in the files with findings. ` +
        "Review comments and annotations use the merge commit's line numbers and may land on the wrong lines. Set `fetch-depth: 2` on actions/checkout (or check out the pull request head).",
    )
    return undefined
  }
  if (mapping.maps.size === 0) {
    logger.debug(`the ${mapping.compared} files with findings read the same at the merge commit and the pull request head`)
    return undefined
  }
  logger.info(
    `GitHub's merge commit ${short(mapping.merge)} differs from the pull request head ${short(mapping.head)} in ${mapping.maps.size} of the ${mapping.compared} files with findings (the base branch changed them too); comments and annotations use the head's line numbers.`,
  )
  for (const file of mapping.incomplete)
    logger.info(
      `${file} is too large or differs too much at the merge commit to match every line with the head; findings on unmatched lines get no inline comment.`,
    )
  return mapping.maps
}

/** The report in head lines, saying in the log which findings have no line at the head, and why. */
function toHeadLines(report: GateReport, lineMaps: LineMaps, ctx: RenderContext, logger: Logger): GateReport {
  const mapped = remapReport(report, lineMaps)
  // One line per place: a bucket the base branch added has a dozen findings on its first line.
  const places = new Map<string, GatedFinding[]>()
  for (const f of mapped.findings) {
    if (!f.notAtHead) continue
    const key = `${f.location.file}\0${f.notAtHead.line}\0${f.resource}`
    places.set(key, [...(places.get(key) ?? []), f])
  }
  for (const [i, group] of [...places.values()].entries()) {
    if (i === MAX_MOVED_LOGGED) {
      logger.info(`…and findings at ${places.size - MAX_MOVED_LOGGED} more places the pull request head does not have.`)
      break
    }
    const f = group[0]!
    const rules = group.map((g) => g.ruleId).join(', ')
    logger.info(
      `${ctx.repoPath(f.location.file)}: ${group.length === 1 ? `${rules}` : `${group.length} findings (${rules})`} on ${f.resource}: ${describeNotAtHead(f.notAtHead!)} No inline comment; the annotation is on line ${f.location.line}, the nearest line the head has.`,
    )
  }
  return mapped
}
const MAX_MOVED_LOGGED = 20

function setOutputs(report: GateReport): void {
  for (const [severity, n] of Object.entries(report.counts.bySeverity)) setOutput(severity, n)
  setOutput('findings', report.counts.total)
  setOutput('new-findings', report.baseline.state === 'compared' ? report.counts.new : report.counts.total)
  setOutput('blocking', report.counts.blocking)
  setOutput('conclusion', report.conclusion)
}

let outputsLost = false
/**
 * `core.setOutput`, which throws when the runner's GITHUB_OUTPUT file is missing, a directory or
 * not writable: that failed a passing gate as "a bug in s3-gate" before the check run or any
 * summary was posted. The exit status and the check run carry the verdict; the lost outputs are
 * said once.
 */
function setOutput(name: string, value: unknown): void {
  try {
    core.setOutput(name, value)
  } catch (e) {
    if (!outputsLost)
      core.warning(
        `Could not set the step's outputs (\`${name}\` and the others) for later steps: ${redactSecrets(getErrorMessage(e))}. The verdict is unaffected.`,
      )
    outputsLost = true
  }
}

async function writeJobSummary(
  report: GateReport,
  ctx: RenderContext,
  published: PublishResult | undefined,
  extraNotes: string[] = [],
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const notes = [...extraNotes, ...(published?.notes ?? [])]
  const warning = published && describeFailures(published, { markdown: true })
  if (warning) notes.push(`⚠️ ${warning}`)
  const listed = logsEveryFinding(report, published)
  const elsewhere = listed ? 'the job log, which lists every finding, or the SARIF file' : undefined
  const md = renderSummaryMarkdown(report, ctx, { surface: 'job', maxBytes: LIMITS.job - 1024, notes, ...(elsewhere ? { elsewhere } : {}) })
  try {
    await core.summary.addRaw(md).write()
  } catch (e) {
    core.warning(`Could not write the job summary: ${getErrorMessage(e)}`)
  }
}

/**
 * Whether the check run's annotations leave findings out (none posted, some refused, more than
 * it takes): the job log then lists them all, as the job summary stops at 1 MiB.
 */
function logsEveryFinding(report: GateReport, published: PublishResult | undefined): boolean {
  if (!published || report.findings.length === 0) return false
  const run = published.checkRun
  return !run || run.annotationsFailed !== undefined || report.findings.length > MAX_ANNOTATIONS
}

function logEveryFinding(report: GateReport, ctx: RenderContext): void {
  core.startGroup(`s3-gate: all ${report.findings.length} findings (the check run's annotations do not show them all)`)
  for (const line of findingLogLines(report, ctx)) core.info(line)
  core.endGroup()
}

function emitWorkflowAnnotations(report: GateReport, ctx: RenderContext): void {
  const { annotations, omitted } = renderWorkflowAnnotations(report, ctx)
  for (const a of annotations) core[a.level](a.message, a.properties)
  // GitHub shows 10 of each level per step and hides the rest without a word; say so.
  if (omitted > 0)
    core.info(`${omitted} more findings are not annotated here (GitHub shows 10 annotations per level per step); see the job summary.`)
}

/**
 * Writes the results file; says why it could not (a folder, no permission, a full disk, a link
 * out of the repository): the setup's to fix, not a crash. The verdict, the summary and (merge)
 * the publishing still happen; `scan` then fails, its step's purpose lost.
 */
async function writeResults(file: string, doc: ResultsDocument, workspace: string): Promise<string | undefined> {
  const refused = refusedOutput(file, workspace)
  if (refused) return `Could not write \`results-file\` "${file}": ${refused}`
  try {
    await writeResultsFile(file, doc)
    return undefined
  } catch (e) {
    if (!(e as NodeJS.ErrnoException).code) throw e
    return `Could not write \`results-file\` "${file}": ${getErrorMessage(e)}`
  }
}

function sarifPath(inputs: ActionInputs, run: RunContext): string {
  return path.resolve(inputs.sarifFile || path.join(run.tempDir || os.tmpdir(), 's3-gate.sarif'))
}

function resultsPath(inputs: ActionInputs, run: RunContext): string {
  return path.resolve(inputs.resultsFile || path.join(run.tempDir || os.tmpdir(), 's3-gate-results.json'))
}

/** The scan directory relative to the repository root, as GitHub's APIs name files. */
async function repoPrefix(cwd: string, workspace: string): Promise<string> {
  try {
    return (await git(cwd, ['rev-parse', '--show-prefix'])).trim().replace(/\/$/, '')
  } catch {
    const rel = path.relative(workspace, cwd)
    return rel.startsWith('..') ? '' : rel.split(path.sep).join('/')
  }
}

function actionsLogger(): Logger {
  return {
    // A debug line is a workflow command too, and holds file names the same way.
    debug: (m) => core.debug(printableLines(m)),
    // core.info writes the text as it is, and the runner takes any line of it that starts with
    // `::` for a workflow command; file and resource names from the scanned repository can hold
    // a line break (the other levels are workflow commands, which @actions/core escapes).
    info: (m) => core.info(printable(m)),
    // Workflow commands carry their line breaks (escaped by @actions/core), not escape sequences:
    // a colour code in a file name would colour the log from there on.
    warning: (m, at) => core.warning(printableLines(m), at ? { file: at.file, startLine: at.line } : undefined),
    error: (m, at) => core.error(printableLines(m), at ? { file: at.file, startLine: at.line } : undefined),
    group: (name, fn) => core.group(name, fn),
  }
}

/** The base scan's per-file detail stays at debug level; its warnings would repeat the head's. */
function quiet(logger: Logger): Logger {
  return { ...logger, info: (m) => logger.debug(`base: ${m}`), warning: (m) => logger.debug(`base: ${m}`), group: (_n, fn) => fn() }
}

/**
 * Writes SARIF 2.1.0 for code scanning (upload it with github/codeql-action/upload-sarif). Its
 * URIs are from the repository root, `pathPrefix` (the cwd's folder in it) above the cwd.
 */
async function writeSarif(result: ScanResult, file: string, pathPrefix: string, workspace: string): Promise<string | undefined> {
  const srcRoot = path.resolve(
    result.cwd,
    ...pathPrefix
      .split('/')
      .filter(Boolean)
      .map(() => '..'),
  )
  const refused = refusedOutput(file, workspace)
  if (refused) {
    core.warning(`Could not write the SARIF file ${file}: ${refused}.`)
    return undefined
  }
  try {
    await makeFolders(path.dirname(file))
    await fs.promises.writeFile(file, batchedBytes(sarifChunks(result, rules, { srcRoot })))
    return file
  } catch (e) {
    core.warning(`Could not write the SARIF file ${file}: ${getErrorMessage(e)}`)
    return undefined
  }
}
