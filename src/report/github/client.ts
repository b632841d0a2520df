import { getOctokit } from '@actions/github'
import { defaults as actionsDefaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { redactSecrets } from './errors.js'
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
  /**
   * The unit of the backoff between retries of a 5xx answer, in ms: retry n waits n² units.
   * 1,000 (1 s, 4 s, 9 s); only the test harness lowers it, for faults whose timing is not tested.
   */
  retryBaseMs?: number
}

/** Thirty seconds per attempt: GitHub answers in well under that, even for a 100-comment review. */
export const REQUEST_TIMEOUT_MS = 30_000
/** Attempts in a row that timed out, after which GitHub is taken to be down for this run. */
const TIMEOUTS_BEFORE_GIVING_UP = 2
/**
 * Attempts of the whole run that timed out, in a row or not: a GitHub that leaves every other
 * attempt unanswered never trips the count in a row, and 1,000 annotations then took ten minutes.
 */
const TIMEOUTS_IN_ALL = 4
/**
 * Time spent waiting for answers, over the whole run, in request timeouts: a GitHub answering
 * every request just inside its deadline (25 s each) held a run with a thousand findings for
 * twelve minutes. Past it nothing more is sent, and what was not posted says so.
 */
const ANSWER_TIME_IN_ALL = 10
/**
 * Failed connections in a row (refused, reset) after which GitHub is taken to be unreachable.
 * More than for timeouts: a failed connection costs no wait, and a reset is often a kept-alive
 * connection the other side had just closed, which the retry gets past.
 */
const FAILED_CONNECTIONS_BEFORE_GIVING_UP = 6
/**
 * Server errors (5xx) in a row from one endpoint (a method and a path, ids left out) after which
 * it is taken to be down for this run: two requests' worth of retries. Each failing request
 * waits through its retries (1 s, 4 s, 9 s), and a lost-answer lookup between the attempts at a
 * write waits through its own: with the checks API failing, the twenty annotation batches of a
 * thousand findings held the job for twenty minutes. Other endpoints (the pull request's) may
 * still work, so they are still sent to.
 */
const SERVER_ERRORS_BEFORE_GIVING_UP = 8
/** The status of the answer s3-gate makes up for a request it did not send (gave up, or not GitHub); never retried. */
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
    // A GitHub Enterprise URL may carry credentials (`https://user:token@ghe.example/api/v3`).
    const request = redactSecrets(`${o.method} ${o.url}`)
    if (retryAfter > waitLeft) {
      logger.warning(
        `GitHub ${what} on ${request} asks to wait ${retryAfter}s, more than the ${Math.round(waitLeft)}s left of this run's rate-limit budget; not waiting, the request fails.`,
      )
      return false
    }
    waitLeft -= retryAfter
    logger.info(`GitHub ${what} on ${request}; waiting ${retryAfter}s as asked (attempt ${retryCount + 1}).`)
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
  // An unusable GITHUB_API_URL matches no request's origin: nothing is sent, and each request says why.
  const apiOrigin = URL.canParse(options.baseUrl) ? new URL(options.baseUrl).origin : options.baseUrl
  let timedOut = 0
  let timedOutInAll = 0
  let failed = 0
  let waitedMs = 0
  const serverErrors = new Map<string, number>()
  const timedFetch: typeof fetch = async (url, init) => {
    if (waitedMs >= ANSWER_TIME_IN_ALL * timeoutMs) {
      return madeUpAnswer(
        `s3-gate sent no more requests: GitHub took ${Math.round(waitedMs / 1000)}s in all to answer this run's earlier ones.`,
      )
    }
    if (timedOut >= TIMEOUTS_BEFORE_GIVING_UP || timedOutInAll >= TIMEOUTS_IN_ALL || failed >= FAILED_CONNECTIONS_BEFORE_GIVING_UP) {
      const message =
        timedOut >= TIMEOUTS_BEFORE_GIVING_UP
          ? `s3-gate sent no more requests: GitHub left the last ${timedOut} unanswered (timed out after ${timeoutMs / 1000}s).`
          : timedOutInAll >= TIMEOUTS_IN_ALL
            ? `s3-gate sent no more requests: GitHub left ${timedOutInAll} of this run's requests unanswered (timed out after ${timeoutMs / 1000}s each).`
            : `s3-gate sent no more requests: the last ${failed} connections to GitHub failed (refused or reset).`
      return madeUpAnswer(message)
    }
    // Octokit follows the URL in a `Link: <…>; rel="next"` header as it is, with the token: a
    // reply (or a proxy) naming another host would have it sent there.
    const href = url instanceof Request ? url.url : String(url)
    const route = endpointOf(init?.method ?? (url instanceof Request ? url.method : 'GET'), href)
    const errorsInARow = serverErrors.get(route) ?? 0
    if (errorsInARow >= SERVER_ERRORS_BEFORE_GIVING_UP) {
      return madeUpAnswer(
        `s3-gate sent no more requests to ${route}: GitHub answered the last ${errorsInARow} with a server error (HTTP 5xx).`,
      )
    }
    const origin = URL.canParse(href) ? new URL(href).origin : href
    if (origin !== apiOrigin) {
      return madeUpAnswer(
        `s3-gate sent no request to ${origin}: GitHub's reply pointed there, and the token is only ever sent to ${apiOrigin}.`,
      )
    }
    const deadline = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    const sent = performance.now()
    try {
      // Redirects are followed here, not by fetch: fetch would follow one to another host, and a
      // 307 or 308 would take the request's body (findings, paths, names) there with it.
      let target: string | URL | Request = url
      let request = init
      for (let hop = 0; ; hop++) {
        const response = await baseFetch(target, { ...request, redirect: 'manual', signal })
        // The body is read here, within the deadline: Octokit takes a body that never ends or is
        // cut off midway for an empty one, so a list would silently come back empty.
        const body = await response.arrayBuffer()
        timedOut = 0
        failed = 0
        serverErrors.set(route, response.status >= 500 ? (serverErrors.get(route) ?? 0) + 1 : 0)
        const location = REDIRECTS.has(response.status) ? response.headers.get('location') : null
        if (location === null) return copyResponse(response, body)
        const next = URL.canParse(location, href) ? new URL(location, href) : undefined
        if (next?.origin !== apiOrigin)
          return madeUpAnswer(
            `s3-gate did not follow GitHub's redirect (HTTP ${response.status}) to ${next?.origin ?? 'an unreadable address'}: requests only ever go to ${apiOrigin}.`,
          )
        if (hop >= MAX_REDIRECTS) return madeUpAnswer(`s3-gate stopped after ${MAX_REDIRECTS} redirects in a row from GitHub.`)
        // As fetch does: 303, and 301/302 after a POST, continue as a GET without the body.
        const method = (request?.method ?? 'GET').toUpperCase()
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST'))
          request = { ...request, method: 'GET', body: undefined }
        target = next.href
      }
    } catch (e) {
      if (deadline.aborted) {
        timedOut++
        timedOutInAll++
      } else failed++
      throw e
    } finally {
      waitedMs += performance.now() - sent
    }
  }
  // Octokit's own logging could echo URLs and header values; keep it at debug, redacted. The
  // request layer has a log of its own, which is the console unless it is given one.
  const log = {
    debug: () => {},
    info: () => {},
    warn: (m: string) => logger.debug(`octokit: ${redactSecrets(m)}`),
    error: (m: string) => logger.debug(`octokit: ${redactSecrets(m)}`),
  }
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      request: { fetch: timedFetch, log },
      userAgent: 's3-gate',
      log,
      // The limiter overrides are read at runtime but missing from the plugin's types.
      throttle: {
        ...(custom as object),
        onRateLimit: (retryAfter: number, o: { method: string; url: string }, _k: unknown, retryCount: number) =>
          mayWait('rate limit', retryAfter, o, retryCount),
        onSecondaryRateLimit: (retryAfter: number, o: { method: string; url: string }, _k: unknown, retryCount: number) =>
          mayWait('secondary rate limit', retryAfter, o, retryCount),
      } as never,
      // 429 is waited out below, as its `retry-after` asks, not retried at the plugin's pace.
      retry: {
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451, GAVE_UP_STATUS],
        ...(options.retryBaseMs ? { retryAfterBaseValue: options.retryBaseMs } : {}),
      },
    },
    retry,
    throttling,
  )
  // Octokit hands every request the same `request` options object (from its defaults), and the
  // retry plugin counts attempts on it: the count one request left behind made the next one's
  // first retry wait 25 s instead of 1 s. Registered last, this runs first and gives each attempt
  // its own copy (the hooks share the options object, so it is replaced in place).
  // It also waits out the rate limits the throttling plugin does not recognise: a 429, or a 403
  // with `retry-after` that does not say "secondary rate limit" (GitHub Enterprise Server's
  // "abuse detection"). GitHub carried neither out, so sending it again posts nothing twice.
  octokit.hook.wrap('request', async (request, o) => {
    const shared = o.request
    for (let attempt = 0; ; attempt++) {
      o.request = { ...shared }
      try {
        return await request(o)
      } catch (e) {
        const retryAfter = unrecognisedRateLimit(e)
        if (retryAfter === undefined || !mayWait('rate limit', retryAfter, o, attempt)) throw e
        await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000))
      }
    }
  })
  backoffUnits.set(octokit, options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS)
  return octokit
}

/** The retry plugin's own unit: 1 s, 4 s, 9 s. */
const DEFAULT_RETRY_BASE_MS = 1000
const backoffUnits = new WeakMap<object, number>()

/** The unit of a client's 5xx backoff, for the retries it makes outside the retry plugin. */
export function backoffUnitMs(client: object): number {
  return backoffUnits.get(client) ?? DEFAULT_RETRY_BASE_MS
}

/**
 * A request's endpoint, for counting its failures: the method and the path with ids and commit
 * SHAs left out (`PATCH /repos/o/r/check-runs/{id}`), so that every annotation batch counts on one.
 */
function endpointOf(method: string, href: string): string {
  const pathname = URL.canParse(href) ? new URL(href).pathname : href.split('?')[0]!
  return `${method.toUpperCase()} ${pathname.replace(/\/(?:\d+|[0-9a-f]{40}|[0-9a-f]{64})(?=\/|$)/gi, '/{id}')}`
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
/** fetch's own limit is 20; GitHub redirects once (a renamed repository). */
const MAX_REDIRECTS = 5

/** An answer s3-gate gives itself instead of sending a request. */
function madeUpAnswer(message: string): Response {
  return new Response(JSON.stringify({ message }), { status: GAVE_UP_STATUS, headers: { 'content-type': 'application/json' } })
}

/** Statuses whose answer has no body (the Response constructor refuses one). */
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304])

/** `response` with its body already read into `body` (and its URL, which Octokit passes on). */
function copyResponse(response: Response, body: ArrayBuffer): Response {
  let headers = inSeconds(response.headers)
  // Octokit prints a warning with the `sunset` header's text (and a `Link` of the deprecation)
  // when an answer carries `deprecation`: whatever a reply (or a proxy) put there reached stderr.
  if (headers.has('deprecation')) {
    headers = new Headers(headers)
    headers.delete('deprecation')
  }
  const copy = new Response(NULL_BODY_STATUS.has(response.status) ? null : body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
  Object.defineProperty(copy, 'url', { value: response.url })
  return copy
}

/**
 * `retry-after` may be an HTTP date (HTTP allows it; proxies send it): the throttling plugin reads
 * only seconds, took a date an hour ahead for its default minute, and waited twice before failing
 * anyway. As seconds, a long wait is refused at once, as `retry-after: 3600` is.
 */
function inSeconds(headers: Headers): Headers {
  const value = headers.get('retry-after')
  if (value === null || /^\s*\d+\s*$/.test(value)) return headers
  const at = Date.parse(value)
  if (Number.isNaN(at)) return headers
  const copy = new Headers(headers)
  copy.set('retry-after', String(Math.max(0, Math.ceil((at - Date.now()) / 1000))))
  return copy
}

/** Without `retry-after`, GitHub asks to wait at least a minute before trying again. */
const DEFAULT_RETRY_AFTER_S = 60

/**
 * Seconds to wait for a rate limit the throttling plugin lets through: a 429, or a 403 carrying
 * `retry-after`, unless it says "secondary rate" or `x-ratelimit-remaining: 0` (the plugin's own).
 */
function unrecognisedRateLimit(e: unknown): number | undefined {
  const { status, message, response } = (e ?? {}) as {
    status?: number
    message?: string
    response?: { headers?: Record<string, string | undefined> }
  }
  const headers = response?.headers ?? {}
  if (/\bsecondary rate\b/i.test(message ?? '') || headers['x-ratelimit-remaining'] === '0') return undefined
  const header = headers['retry-after']
  if (status !== 429 && !(status === 403 && header !== undefined)) return undefined
  if (header === undefined) return DEFAULT_RETRY_AFTER_S
  // Seconds, or an HTTP date (proxies send those).
  const seconds = /^\s*\d+\s*$/.test(header) ? Number(header) : Math.ceil((Date.parse(header) - Date.now()) / 1000)
  return Number.isNaN(seconds) ? DEFAULT_RETRY_AFTER_S : Math.max(seconds, 0)
}
