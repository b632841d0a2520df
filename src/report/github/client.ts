import { getOctokit } from '@actions/github'
import { defaults as actionsDefaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Logger } from './logger.js'

export interface ClientOptions {
  token: string
  /** `GITHUB_API_URL` (GitHub Enterprise Server: `https://host/api/v3`). */
  baseUrl: string
  logger: Logger
  /**
   * Spacing between write requests in ms, as GitHub asks of integrations (1 s between writes,
   * 3 s between content-creating writes). Only the test harness lowers it.
   */
  pacing?: { writeMs: number; notificationMs: number }
  /** How many times a secondary or primary rate limit is waited out before giving up. */
  maxRateLimitRetries?: number
  /**
   * Seconds this run may spend waiting on rate limits in all: a primary limit can ask for up to
   * an hour, which would hold the job (and the required check) that long. A request asked to
   * wait longer fails instead, and what it would have posted is reported by the other channels.
   */
  rateLimitWaitBudgetSeconds?: number
  /**
   * Milliseconds one attempt at a request may take. Without it a GitHub that accepts the
   * connection and never answers would hold the job until Actions cancels it, six hours later.
   */
  requestTimeoutMs?: number
}

/** Thirty seconds per attempt: GitHub answers in well under that, even for a 100-comment review. */
export const REQUEST_TIMEOUT_MS = 30_000
/** Attempts in a row that timed out, after which GitHub is taken to be down for this run. */
const TIMEOUTS_BEFORE_GIVING_UP = 2
/**
 * Failed connections in a row (refused, reset) after which GitHub is taken to be unreachable.
 * More than for timeouts: a failed connection costs no wait, and a reset is often a kept-alive
 * connection the other side had just closed, which the retry gets past.
 */
const FAILED_CONNECTIONS_BEFORE_GIVING_UP = 6
/** The status of the answer s3-gate makes up once it gave up; never retried. */
export const GAVE_UP_STATUS = 599

/** Five minutes: a few secondary-limit waits (GitHub usually asks for 60 s), never an hour. */
export const RATE_LIMIT_WAIT_BUDGET_S = 300

export type GitHubClient = ReturnType<typeof createGitHubClient>

/** A limiter that runs jobs at once (the throttling plugin's groups are duck-typed). */
const immediate = { key: () => ({ schedule: (_opts: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) => fn(...args) }) }

/**
 * An Octokit with retries (5xx, with backoff) and throttling (waits out `retry-after` on
 * secondary rate limits and the reset time on primary ones). Requests never log headers.
 */
export function createGitHubClient(options: ClientOptions) {
  const { logger } = options
  const maxRetries = options.maxRateLimitRetries ?? 2
  let waitLeft = options.rateLimitWaitBudgetSeconds ?? RATE_LIMIT_WAIT_BUDGET_S
  const mayWait = (what: string, retryAfter: number, o: { method: string; url: string }, retryCount: number): boolean => {
    if (retryCount >= maxRetries) return false
    if (retryAfter > waitLeft) {
      logger.warning(
        `GitHub ${what} on ${o.method} ${o.url} asks to wait ${retryAfter}s, more than the ${Math.round(waitLeft)}s left of this run's rate-limit budget; not waiting, the request fails.`,
      )
      return false
    }
    waitLeft -= retryAfter
    logger.info(`GitHub ${what} on ${o.method} ${o.url}; waiting ${retryAfter}s as asked (attempt ${retryCount + 1}).`)
    return true
  }
  const custom =
    options.pacing && options.pacing.writeMs === 0 && options.pacing.notificationMs === 0
      ? { write: immediate, notifications: immediate }
      : {}
  // The proxy-aware fetch @actions/github would use, with a deadline on each attempt (a retried
  // request gets a fresh one). Once GitHub has left attempts in a row unanswered (two timed out,
  // or several connections failed), later requests fail at once instead of each waiting out its
  // own deadlines and retries: the run then reports what it could not post, in seconds.
  const baseFetch = (actionsDefaults.request as { fetch: typeof fetch }).fetch
  const timeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS
  let timedOut = 0
  let failed = 0
  const timedFetch: typeof fetch = async (url, init) => {
    if (timedOut >= TIMEOUTS_BEFORE_GIVING_UP || failed >= FAILED_CONNECTIONS_BEFORE_GIVING_UP) {
      const message =
        timedOut >= TIMEOUTS_BEFORE_GIVING_UP
          ? `s3-gate sent no more requests: GitHub left the last ${timedOut} unanswered (timed out after ${timeoutMs / 1000}s).`
          : `s3-gate sent no more requests: the last ${failed} connections to GitHub failed (refused or reset).`
      return new Response(JSON.stringify({ message }), { status: GAVE_UP_STATUS, headers: { 'content-type': 'application/json' } })
    }
    const deadline = AbortSignal.timeout(timeoutMs)
    try {
      const response = await baseFetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline })
      timedOut = 0
      failed = 0
      return response
    } catch (e) {
      if (deadline.aborted) timedOut++
      else failed++
      throw e
    }
  }
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      request: { fetch: timedFetch },
      userAgent: 's3-gate',
      log: {
        // Octokit's own request logging could echo URLs; keep it at debug and never print headers.
        debug: () => {},
        info: () => {},
        warn: (m: string) => logger.debug(`octokit: ${m}`),
        error: (m: string) => logger.debug(`octokit: ${m}`),
      },
      // The limiter overrides are read at runtime but missing from the plugin's types.
      throttle: {
        ...(custom as object),
        onRateLimit: (retryAfter: number, o: { method: string; url: string }, _k: unknown, retryCount: number) =>
          mayWait('rate limit', retryAfter, o, retryCount),
        onSecondaryRateLimit: (retryAfter: number, o: { method: string; url: string }, _k: unknown, retryCount: number) =>
          mayWait('secondary rate limit', retryAfter, o, retryCount),
      } as never,
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451, GAVE_UP_STATUS] },
    },
    retry,
    throttling,
  )
  // Octokit hands every request the same `request` options object (from its defaults), and the
  // retry plugin counts attempts on it: the count one request left behind made the next one's
  // first retry wait 25 s instead of 1 s. Registered last, this runs first and gives each request
  // its own copy (the hooks share the options object, so it is replaced in place).
  octokit.hook.wrap('request', (request, o) => {
    o.request = { ...o.request }
    return request(o)
  })
  return octokit
}
