import fs from 'node:fs'
import { COMMIT_ID } from '../../scan-settings.js'

/** What the action needs to know about the run, from the runner's environment and event payload. */
export interface RunContext {
  eventName: string
  owner: string
  repo: string
  /** The commit to report on: the PR head (`pull_request.head.sha`, never the merge commit), else `GITHUB_SHA`. */
  headSha: string
  /** `GITHUB_SHA` as the runner set it (on `pull_request_target`, the base branch's tip). */
  eventSha: string
  pullRequest?: { number: number; baseSha: string; headSha: string; fromFork: boolean }
  /** `merge_group`: compare with the queue's base. */
  mergeGroup?: { baseSha: string; headSha: string }
  /** `workflow_run` (the publishing half of the fork-safe setup). */
  workflowRun?: { headSha: string; pullNumbers: number[]; event: string }
  apiUrl: string
  serverUrl: string
  runUrl?: string
  workspace: string
  tempDir: string
  /** The action's own repository and ref (set by the runner for `uses: owner/repo@ref`). */
  action?: { repository: string; ref: string }
  payload: Record<string, unknown>
  /** Why `GITHUB_EVENT_PATH` could not be read: without it no pull request is known. */
  payloadProblem?: string
}

type Env = Record<string, string | undefined>

export function readRunContext(given: Env, readFile: (p: string) => string = (p) => fs.readFileSync(p, 'utf8')): RunContext {
  const env = trimmed(given)
  let payload: Record<string, unknown> = {}
  let payloadProblem: string | undefined
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed: unknown = JSON.parse(readFile(env.GITHUB_EVENT_PATH))
      // `null` parses too, and every read below would then throw.
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) payload = parsed as Record<string, unknown>
      else payloadProblem = 'it holds no JSON object'
    } catch (e) {
      payloadProblem = e instanceof Error ? e.message : String(e)
    }
  }
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const repository = record(payload.repository)
  const [envOwner, envRepo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const owner = envOwner || text(record(repository?.owner)?.login) || ''
  const repo = envRepo || text(repository?.name) || ''
  const ctx: RunContext = {
    eventName,
    owner,
    repo,
    headSha: env.GITHUB_SHA ?? '',
    eventSha: env.GITHUB_SHA ?? '',
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDir: env.RUNNER_TEMP || '',
    payload,
    ...(payloadProblem ? { payloadProblem } : {}),
  }
  if (env.GITHUB_ACTION_REPOSITORY) ctx.action = { repository: env.GITHUB_ACTION_REPOSITORY, ref: env.GITHUB_ACTION_REF || 'main' }
  if (env.GITHUB_RUN_ID && owner && repo) ctx.runUrl = `${ctx.serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
  // The payload is a file anyone can hand-make (`workflow_dispatch` re-runs, act, a composite
  // action): a sha that is a number, or a list that is a string, crashed the run ("This is a bug")
  // before any verdict was posted, and a pull request number of 2.5 was sent to the API.
  if (payload.pull_request !== undefined) {
    const pr = record(payload.pull_request)
    const head = record(pr?.head)
    const base = record(pr?.base)
    const number = pullNumber(pr?.number)
    const headSha = commitId(head?.sha)
    const baseSha = commitId(base?.sha)
    if (number !== undefined && headSha && baseSha) {
      const headRepo = text(record(head?.repo)?.full_name)
      const baseRepo = text(record(base?.repo)?.full_name)
      ctx.pullRequest = { number, baseSha, headSha, fromFork: !!headRepo && !!baseRepo && headRepo !== baseRepo }
      ctx.headSha = headSha
    } else if (!ctx.payloadProblem) {
      ctx.payloadProblem = 'its `pull_request` has no usable `number`, `head.sha` and `base.sha`'
    }
  }
  const mg = record(payload.merge_group)
  if (eventName === 'merge_group' && commitId(mg?.head_sha) && commitId(mg?.base_sha)) {
    ctx.mergeGroup = { baseSha: commitId(mg!.base_sha)!, headSha: commitId(mg!.head_sha)! }
    ctx.headSha = ctx.mergeGroup.headSha
  }
  const wr = record(payload.workflow_run)
  const wrHead = commitId(wr?.head_sha)
  if (eventName === 'workflow_run' && wrHead) {
    const pulls = Array.isArray(wr!.pull_requests) ? (wr!.pull_requests as unknown[]) : []
    ctx.workflowRun = {
      headSha: wrHead,
      event: text(wr!.event) ?? '',
      pullNumbers: pulls.map((p) => pullNumber(record(p)?.number)).filter((n): n is number => n !== undefined),
    }
    ctx.headSha = wrHead
  } else if (eventName === 'workflow_run' && wr && !ctx.payloadProblem) {
    ctx.payloadProblem = 'its `workflow_run` has no usable `head_sha`'
  }
  // A deleted branch's push has `after` all zeros: no commit to put a check run on.
  const after = commitId(payload.after)
  if (eventName === 'push' && after && !/^0+$/.test(after)) ctx.headSha = after
  return ctx
}

/**
 * Names, commit ids and URLs without the white space around them: one set in a workflow's `env:`
 * (from a variable, a multi-line string) kept a space or a line break, and ` https://github.com `
 * went into every link of the summaries and into the check run's details URL. Paths stay as given.
 */
const TRIMMED = [
  'GITHUB_API_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_REPOSITORY',
  'GITHUB_SHA',
  'GITHUB_EVENT_NAME',
  'GITHUB_RUN_ID',
  'GITHUB_ACTION_REPOSITORY',
  'GITHUB_ACTION_REF',
] as const

function trimmed(env: Env): Env {
  const out = { ...env }
  for (const name of TRIMMED) if (out[name] !== undefined) out[name] = out[name]!.trim()
  return out
}

const record = (x: unknown): Record<string, unknown> | undefined =>
  x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined

const text = (x: unknown): string | undefined => (typeof x === 'string' && x ? x : undefined)

/** A commit id (SHA-1, or SHA-256 in a repository that uses it), lower-cased; anything else is none. */
function commitId(x: unknown): string | undefined {
  if (typeof x !== 'string') return undefined
  const sha = x.toLowerCase()
  return COMMIT_ID.test(sha) ? sha : undefined
}

/** A pull request number: a positive whole number (a hand-made payload may quote it: `"2"`). */
function pullNumber(x: unknown): number | undefined {
  const n = typeof x === 'string' && /^[1-9][0-9]{0,15}$/.test(x) ? Number(x) : x
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 1 ? n : undefined
}
