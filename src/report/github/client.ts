import { getOctokit } from '@actions/github'
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
}

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
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
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
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    },
    retry,
    throttling,
  )
}
