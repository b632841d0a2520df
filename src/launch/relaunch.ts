/**
 * The committed entry points (`dist/index.js`, `dist/cli/index.js`) are small launchers: they run
 * the real bundle in a child `node` with V8 and allocator settings that the scan needs, because
 * an action (or `npx`) cannot pass flags to the `node` that runs it, and V8 reads the young
 * generation's size only when the process starts (`v8.setFlagsFromString` then has no effect).
 *
 * Why these settings (bench/README.md, "A launcher for V8's young generation"):
 * - Node 22+ gives the main thread up to 2 × 64 MB of young generation against Node 20's
 *   2 × 16 MB; on GitHub's `node24` runtime that alone took the 98 MB memory probe to ≈ 410 MB.
 *   Semi-spaces of 8 MB gave 277–304 MB, 6 MB 286–292 MB and 4 MB 259–270 MB, for ≈ 10 % more
 *   CPU in scavenges: 4 MB keeps the target with room for the launcher.
 * - `MALLOC_ARENA_MAX=1`: with worker threads glibc opens an arena per thread and keeps freed
 *   memory in each; one arena saved ≈ 20–40 MB at the same CPU. musl ignores it.
 * On Node 20 the young generation is left alone (an 8 MB cap there cost ≈ 10 % CPU for little
 * memory). The CLI still launches a child there, with one malloc arena only, for what is not small
 * (`small-scan.ts`): the 98 MB memory probe peaked at 286–317 MiB (median 295) in one process and
 * 260–304 MiB (median 270) in the child (2026-11-30), and a small scan never pays the second
 * start-up (≈ 80 ms). The action, which GitHub no longer runs on Node 20, runs in one process there.
 * - On Node 20 the child also optimizes less (`NODE20_TIERING`).
 */
import { spawn } from 'node:child_process'

/** The child's marker, so that a launched bundle never launches again. */
export const LAUNCHED_ENV = 'S3_GATE_LAUNCHED'
/** Set to `1` to run in the launcher's own process (no child, no settings). */
export const NO_RELAUNCH_ENV = 'S3_GATE_NO_RELAUNCH'
const SEMI_SPACE_MB = 4
const FROM_NODE_MAJOR = 22
/**
 * Node 20's V8 (11.3) has no mid-tier compiler: TurboFan optimizes every function that gets hot,
 * and with inlining its compiles cost a scan about a core-second it never earned back (a 3.3 s
 * Terraform scan took 4.7 s with compiles on the main thread). Without inlining, and with about four
 * times V8's default interrupt budget (67,584) before a function counts as hot, the CLI took a
 * quarter less CPU on the Terraform and mixed benchmark trees (up to a quarter less wall-clock),
 * 6–8 % less on the CloudFormation memory probe and the same on 5,000 templates, output identical
 * (bench/README.md, "Node 20: less optimizing"). Later V8s tier through Maglev first, gained
 * nothing from either flag, and no longer accept `--interrupt-budget`: Node 20 only.
 */
const NODE20_TIERING = ['--no-turbo-inlining', '--interrupt-budget=264000']
const NODE20_TIERING_SET = /^--(no[-_])?(turbo[-_]inlining|interrupt[-_]budget)\b/

export interface LaunchPlan {
  /** `node` options for the child: ours first, then those the launcher was started with, so a user's flag wins. */
  execArgv: string[]
  env: NodeJS.ProcessEnv
}

/**
 * What the child gets, or `undefined` to run in this process. `onNode20`: whether a child with one
 * malloc arena is worth its start-up before Node 22 (the CLI's large scans), or not at all.
 */
export function launchPlan(
  nodeVersion: string,
  execArgv: readonly string[],
  env: NodeJS.ProcessEnv,
  onNode20: 'one-arena' | 'same-process' = 'same-process',
): LaunchPlan | undefined {
  if (env[LAUNCHED_ENV] || env[NO_RELAUNCH_ENV] === '1') return undefined
  const childEnv = { ...env, [LAUNCHED_ENV]: '1', MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '1' }
  const major = Number(/^v?(\d+)/.exec(nodeVersion)?.[1] ?? 0)
  const userSets = (flag: RegExp) => [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => flag.test(a))
  if (major < FROM_NODE_MAJOR) {
    if (onNode20 !== 'one-arena') return undefined
    const tiering = major === 20 && !userSets(NODE20_TIERING_SET) ? NODE20_TIERING : []
    return { execArgv: [...tiering, ...execArgv], env: childEnv }
  }
  const userSetsYoung = userSets(/^--(max-)?semi-space-size/)
  const young = userSetsYoung ? [] : [`--max-semi-space-size=${SEMI_SPACE_MB}`]
  return { execArgv: [...young, ...execArgv], env: childEnv }
}

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

export type ChildEnd = { code: number; signal?: undefined } | { code?: undefined; signal: NodeJS.Signals }

/**
 * Runs `script` with the plan in a child that shares stdin/stdout/stderr, forwarding the signals
 * that end a job while it runs. `undefined` when the child could not be started (nothing ran), so
 * that the caller can run the script in its own process instead.
 */
export function runLaunched(script: string, args: readonly string[], plan: LaunchPlan): Promise<ChildEnd | undefined> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...plan.execArgv, script, ...args], { stdio: 'inherit', env: plan.env })
    const handlers = FORWARDED_SIGNALS.map((s) => [s, () => void child.kill(s)] as const)
    for (const [s, h] of handlers) process.on(s, h)
    const done = (end: ChildEnd | undefined) => {
      for (const [s, h] of handlers) process.off(s, h)
      resolve(end)
    }
    let started = false
    child.on('spawn', () => (started = true))
    child.on('error', () => {
      if (!started) done(undefined)
    })
    child.on('exit', (code, signal) => done(signal ? { signal } : { code: code ?? 1 }))
  })
}
