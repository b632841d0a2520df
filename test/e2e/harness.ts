/**
 * Runs the bundled action (dist/index.js) the way the Actions runner does: a child process with
 * INPUT_* variables (hyphens kept), GITHUB_EVENT_PATH pointing at a real webhook payload,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at the fake.
 * Always spawned asynchronously: a blocked event loop would starve the in-process fake.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { filesFromUnifiedDiff, LINE_MOVES, lineMovesFromUnifiedDiff, type DiffFile } from './diff.js'
import type { FakeGitHub, Scenario } from './fake-github.js'

const require = createRequire(import.meta.url)
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** Set S3_GATE_DIST to test another build of the bundle. */
export const DIST = process.env.S3_GATE_DIST ?? path.join(ROOT, 'dist', 'index.js')
export const TOKEN = 'ghs_e2eFakeToken0123456789abcdefABCDEF'
export const READ_ONLY_TOKEN = 'ghs_e2eReadOnlyToken0123456789abcdefAB'

/** Builds dist/ once when it is missing (CI builds it before the tests). */
export async function ensureDist(): Promise<void> {
  if (fs.existsSync(DIST)) return
  const lock = path.join(os.tmpdir(), 's3-gate-e2e-build.lock')
  for (;;) {
    try {
      fs.mkdirSync(lock)
      break
    } catch {
      await new Promise((r) => setTimeout(r, 500))
      if (fs.existsSync(DIST)) return
    }
  }
  try {
    if (!fs.existsSync(DIST)) await exec(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], ROOT)
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}

export function exec(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
  /** Kills the child after this long (a test of a hang must not leave it spinning). */
  timeoutMs?: number,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], ...(timeoutMs ? { timeout: timeoutMs } : {}) })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (cmd === 'git' && code !== 0) reject(new Error(`git ${args.join(' ')} failed: ${stderr}`))
      else resolve({ code: code ?? -1, stdout, stderr })
    })
  })
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: os.tmpdir(),
}
export const git = async (cwd: string, ...args: string[]) => (await exec('git', args, cwd, GIT_ENV)).stdout.trim()

export interface TestRepo {
  /** The checkout the action runs in. */
  dir: string
  /** The base branch tip (`pull_request.base.sha`). */
  baseSha: string
  headSha: string
  /** GitHub's merge commit, when `checkout: 'merge'`. */
  mergeSha?: string
  /** What `pulls/list-files` returns for the PR (from a real `git diff`). */
  files: DiffFile[]
}

export type Tree = Record<string, string>

/**
 * A git repository with a base commit and a PR head commit. `checkout: 'merge'` leaves the
 * workspace on a merge commit like actions/checkout does for `pull_request`; `shallow` clones
 * it with depth 1 so the base is not available (`depth: 2` is `fetch-depth: 2`). `baseMovedOn`
 * is a later commit on the base branch (the pull request's `base.sha`), which the merge commit
 * then merges the head into: the files it changes are numbered differently there.
 */
export async function makeRepo(
  base: Tree,
  head: Tree,
  options: { checkout?: 'head' | 'merge'; shallow?: boolean; depth?: number; baseMovedOn?: Tree } = {},
): Promise<TestRepo> {
  const origin = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-repo-'))
  await git(origin, 'init', '-q', '-b', 'main')
  writeTree(origin, base)
  await git(origin, 'add', '-A')
  await git(origin, 'commit', '-q', '-m', 'base', '--allow-empty')
  const baseSha = await git(origin, 'rev-parse', 'HEAD')
  await git(origin, 'checkout', '-q', '-b', 'changes')
  for (const file of Object.keys(base)) if (!(file in head)) fs.rmSync(path.join(origin, file))
  writeTree(origin, head)
  await git(origin, 'add', '-A')
  await git(origin, 'commit', '-q', '-m', 'head', '--allow-empty')
  const headSha = await git(origin, 'rev-parse', 'HEAD')
  // What `pulls/list-files` shows: the head against where it branched off.
  const diff = await git(origin, 'diff', '--no-color', '--no-renames', `${baseSha}..${headSha}`)
  let baseTip = baseSha
  if (options.baseMovedOn) {
    await git(origin, 'checkout', '-q', 'main')
    writeTree(origin, options.baseMovedOn)
    await git(origin, 'add', '-A')
    await git(origin, 'commit', '-q', '-m', 'base moved on')
    baseTip = await git(origin, 'rev-parse', 'HEAD')
  }
  let mergeSha: string | undefined
  if (options.checkout === 'merge') {
    await git(origin, 'checkout', '-q', '--detach', baseTip)
    await git(origin, 'merge', '-q', '--no-ff', '--no-edit', '-m', 'Merge', headSha)
    mergeSha = await git(origin, 'rev-parse', 'HEAD')
  }
  let dir = origin
  const depth = options.depth ?? (options.shallow ? 1 : undefined)
  if (depth) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-shallow-'))
    await git(dir, 'clone', '-q', '--depth', String(depth), '--no-local', `file://${origin}`, '.')
    await git(dir, 'fetch', '-q', '--depth', String(depth), 'origin', mergeSha ?? headSha)
    await git(dir, 'checkout', '-q', '--detach', mergeSha ?? headSha)
  }
  return { dir, baseSha: baseTip, headSha, ...(mergeSha ? { mergeSha } : {}), files: filesFromUnifiedDiff(`${diff}\n`) }
}

export function writeTree(dir: string, tree: Tree): void {
  for (const [file, text] of Object.entries(tree)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
}

/** A commit on top of the PR head (a push to the PR), returning the new head and PR files. */
export async function pushCommit(repo: TestRepo, tree: Tree, remove: string[] = []): Promise<TestRepo> {
  await git(repo.dir, 'checkout', '-q', 'changes')
  for (const f of remove) fs.rmSync(path.join(repo.dir, f))
  writeTree(repo.dir, tree)
  await git(repo.dir, 'add', '-A')
  await git(repo.dir, 'commit', '-q', '-m', 'push', '--allow-empty')
  const headSha = await git(repo.dir, 'rev-parse', 'HEAD')
  const diff = await git(repo.dir, 'diff', '--no-color', '--no-renames', `${repo.baseSha}...${headSha}`)
  const files = filesFromUnifiedDiff(`${diff}\n`)
  // How the push moved each line, for the review comments GitHub carries along (updatePull).
  const moved = await git(repo.dir, 'diff', '--no-color', '--no-renames', '--unified=0', repo.headSha, headSha)
  LINE_MOVES.set(files, lineMovesFromUnifiedDiff(`${moved}\n`))
  return { ...repo, headSha, files }
}

interface WebhookExample {
  name: string
  examples: Record<string, unknown>[]
}
const webhooks = require('@octokit/webhooks-examples') as WebhookExample[]

/** A real payload from @octokit/webhooks-examples, adjusted to the scenario. */
export function pullRequestEvent(options: {
  action?: string
  number: number
  headSha: string
  baseSha: string
  fork?: boolean
}): Record<string, unknown> {
  const examples = webhooks.find((w) => w.name === 'pull_request')!.examples
  const payload = structuredClone(examples.find((e) => e.action === (options.action ?? 'opened'))!) as {
    number: number
    pull_request: {
      number: number
      head: { sha: string; repo: { full_name: string; fork: boolean; owner: { login: string } } }
      base: { sha: string }
    }
  }
  payload.number = options.number
  payload.pull_request.number = options.number
  payload.pull_request.head.sha = options.headSha
  payload.pull_request.base.sha = options.baseSha
  if (options.fork) {
    payload.pull_request.head.repo.full_name = 'contributor/Hello-World'
    payload.pull_request.head.repo.owner.login = 'contributor'
    payload.pull_request.head.repo.fork = true
  }
  return payload
}

export function pushEvent(after: string): Record<string, unknown> {
  const payload = structuredClone(webhooks.find((w) => w.name === 'push')!.examples[0]!) as { after: string }
  payload.after = after
  return payload
}

export function workflowRunEvent(headSha: string, pullNumbers: number[]): Record<string, unknown> {
  const payload = structuredClone(webhooks.find((w) => w.name === 'workflow_run')!.examples.find((e) => e.action === 'completed')!) as {
    workflow_run: { head_sha: string; event: string; pull_requests: { number: number }[] }
  }
  payload.workflow_run.head_sha = headSha
  payload.workflow_run.event = 'pull_request'
  payload.workflow_run.pull_requests = pullNumbers.map((number) => ({ ...(payload.workflow_run.pull_requests[0] ?? {}), number }))
  return payload
}

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  tempDir: string
  durationMs: number
}

/** Runs dist/index.js like the runner: env, inputs, output files; resolves when it exits. */
export async function runAction(options: {
  cwd: string
  apiUrl: string
  eventName: string
  event: Record<string, unknown>
  inputs?: Record<string, string>
  token?: string
  sha?: string
  repository?: string
  env?: Record<string, string>
  timeoutMs?: number
}): Promise<ActionRun> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-run-'))
  const eventPath = path.join(tempDir, 'event.json')
  fs.writeFileSync(eventPath, JSON.stringify(options.event))
  const outputFile = path.join(tempDir, 'output')
  const summaryFile = path.join(tempDir, 'summary')
  fs.writeFileSync(outputFile, '')
  fs.writeFileSync(summaryFile, '')
  const runnerTemp = path.join(tempDir, 'runner-temp')
  fs.mkdirSync(runnerTemp)
  const inputs = { 'github-token': options.token ?? TOKEN, ...(options.inputs ?? {}) }
  // A clean environment: nothing from the machine running the tests leaks in.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NO_PROXY: '127.0.0.1',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    // GitHub Enterprise Server: REST under /api/v3, GraphQL at /api/graphql.
    GITHUB_GRAPHQL_URL: `${options.apiUrl.replace(/\/api\/v3$/, '/api')}/graphql`,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository ?? 'Codertocat/Hello-World',
    GITHUB_SHA: options.sha ?? '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/pull/2/merge',
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    RUNNER_DEBUG: '1',
    S3_GATE_TEST_NO_PACING: '1',
    // Retries of a 5xx back off 0.1 s, 0.4 s, 0.9 s instead of 1 s, 4 s, 9 s: most faults here test
    // what is posted, not when. A test of the backoff itself sets this to '' (GitHub's pace).
    S3_GATE_TEST_RETRY_BASE_MS: '100',
    S3_GATE_TEST_HEAD_RECHECK_MS: '50',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...(options.env ?? {}),
  }
  const t0 = Date.now()
  const result = await exec(process.execPath, [DIST], options.cwd, env, options.timeoutMs)
  return {
    ...result,
    outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
    tempDir,
    durationMs: Date.now() - t0,
  }
}

/** Reads `name<<delimiter … delimiter` records written by @actions/core. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
    out[m[1]!] = value.join('\n')
  }
  return out
}

export function scenarioFor(repo: TestRepo, extra: Partial<Scenario> = {}): Scenario {
  return {
    owner: 'Codertocat',
    repo: 'Hello-World',
    tokens: {
      [TOKEN]: { login: 'github-actions[bot]', type: 'Bot' },
      [READ_ONLY_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', readOnly: true },
    },
    pulls: [{ number: 2, head: { sha: repo.headSha, ref: 'changes' }, base: { sha: repo.baseSha, ref: 'main' }, files: repo.files }],
    ...extra,
  }
}

export function runOnPull(
  f: FakeGitHub,
  repo: TestRepo,
  inputs: Record<string, string> = {},
  extra: { token?: string; fork?: boolean; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  return runAction({
    cwd: repo.dir,
    apiUrl: f.url,
    eventName: 'pull_request',
    event: pullRequestEvent({ number: 2, headSha: repo.headSha, baseSha: repo.baseSha, ...(extra.fork ? { fork: true } : {}) }),
    sha: repo.mergeSha ?? repo.headSha,
    inputs,
    ...(extra.token ? { token: extra.token } : {}),
    ...(extra.env ? { env: extra.env } : {}),
  })
}

/** The workflow warnings (`::warning::…` lines) a run printed. */
export const warningsOf = (run: ActionRun): string[] => run.stdout.split('\n').filter((l) => l.startsWith('::warning::'))

/** Every run: the spec held, every request carried auth, and the token never leaked. */
export function expectCleanRun(f: FakeGitHub, run: ActionRun): void {
  expect(f.state.violations).toEqual([])
  expect(f.state.requests.every((r) => r.authorization === 'token')).toBe(true)
  // `::add-mask::<token>` is how core.setSecret tells the runner to mask it; the runner never shows that line.
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
  expect(run.stdout).toMatch(new RegExp(`^::add-mask::(${TOKEN}|${READ_ONLY_TOKEN})$`, 'm'))
  for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
    expect(text).not.toContain(TOKEN)
    expect(text).not.toContain(READ_ONLY_TOKEN)
  }
}

/**
 * Everything a run wrote or sent, to search for what must never appear (a token, a sensitive
 * value): its log without the runner-only `::add-mask::` lines, the job summary, every file it
 * wrote, the bodies it sent, and what GitHub now holds.
 */
export function everyTextOf(run: ActionRun, f: FakeGitHub): string {
  const written = fs
    .readdirSync(run.tempDir, { recursive: true })
    .map((p) => path.join(run.tempDir, String(p)))
    .filter((p) => fs.statSync(p).isFile())
    .map((p) => fs.readFileSync(p, 'utf8'))
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
  return [
    stdout,
    run.stderr,
    run.summary,
    ...written,
    JSON.stringify(f.state.requests.map((r) => r.body)),
    JSON.stringify(f.state.checkRuns),
    JSON.stringify(f.state.issueComments),
    JSON.stringify(f.state.reviewComments),
  ].join('\n')
}
