import fs from 'node:fs'

/** What the action needs to know about the run, from the runner's environment and event payload. */
export interface RunContext {
  eventName: string
  owner: string
  repo: string
  /** The commit to report on: the PR head (`pull_request.head.sha`, never the merge commit), else `GITHUB_SHA`. */
  headSha: string
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

export function readRunContext(env: Env, readFile: (p: string) => string = (p) => fs.readFileSync(p, 'utf8')): RunContext {
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
  const repository = payload.repository as { name?: string; owner?: { login?: string }; full_name?: string } | undefined
  const [envOwner, envRepo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const owner = envOwner || repository?.owner?.login || ''
  const repo = envRepo || repository?.name || ''
  const pr = payload.pull_request as
    | {
        number?: number
        head?: { sha?: string; repo?: { full_name?: string } | null }
        base?: { sha?: string; repo?: { full_name?: string } }
      }
    | undefined
  const ctx: RunContext = {
    eventName,
    owner,
    repo,
    headSha: env.GITHUB_SHA ?? '',
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDir: env.RUNNER_TEMP || '',
    payload,
    ...(payloadProblem ? { payloadProblem } : {}),
  }
  if (env.GITHUB_ACTION_REPOSITORY) ctx.action = { repository: env.GITHUB_ACTION_REPOSITORY, ref: env.GITHUB_ACTION_REF || 'main' }
  if (env.GITHUB_RUN_ID && owner && repo) ctx.runUrl = `${ctx.serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
  if (pr?.head?.sha && pr.base?.sha && typeof pr.number === 'number') {
    const headRepo = pr.head.repo?.full_name
    const baseRepo = pr.base.repo?.full_name
    ctx.pullRequest = {
      number: pr.number,
      baseSha: pr.base.sha,
      headSha: pr.head.sha,
      fromFork: !!headRepo && !!baseRepo && headRepo !== baseRepo,
    }
    ctx.headSha = pr.head.sha
  }
  const mg = payload.merge_group as { head_sha?: string; base_sha?: string } | undefined
  if (eventName === 'merge_group' && mg?.head_sha && mg.base_sha) {
    ctx.mergeGroup = { baseSha: mg.base_sha, headSha: mg.head_sha }
    ctx.headSha = mg.head_sha
  }
  const wr = payload.workflow_run as { head_sha?: string; event?: string; pull_requests?: { number?: number }[] } | undefined
  if (eventName === 'workflow_run' && wr?.head_sha) {
    ctx.workflowRun = {
      headSha: wr.head_sha,
      event: wr.event ?? '',
      pullNumbers: (wr.pull_requests ?? []).map((p) => p.number).filter((n): n is number => typeof n === 'number'),
    }
    ctx.headSha = wr.head_sha
  }
  // A deleted branch's push has `after` all zeros: no commit to put a check run on.
  if (eventName === 'push' && typeof payload.after === 'string' && /^(?!0{40})[0-9a-f]{40}$/.test(payload.after))
    ctx.headSha = payload.after
  return ctx
}
