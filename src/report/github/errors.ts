import { clipText, escapeInline } from '../render/summary-markdown.js'

/** HTTP status of an Octokit `RequestError`, if `e` is one. */
export function httpStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * The token may not write here: a 403 that is not a rate limit. GitHub says "Resource not
 * accessible by integration" for fork and Dependabot pull requests, whatever `permissions:` says.
 */
export function isPermissionError(e: unknown): boolean {
  const status = httpStatus(e)
  if (status === 401) return true
  if (status !== 403) return false
  return !/rate limit/i.test(errorText(e)) && !isRateLimitReply(e)
}

/**
 * A 403 that asks to come back later is a rate limit whatever its wording (GitHub Enterprise
 * Server says "You have triggered an abuse detection mechanism"): the token may well write.
 */
function isRateLimitReply(e: unknown): boolean {
  const headers = (e as { response?: { headers?: Record<string, string | undefined> } } | null)?.response?.headers ?? {}
  return headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0'
}

/** One line about an API failure, without request headers (the token lives there). */
export function describeError(e: unknown): string {
  const status = httpStatus(e)
  // Redacted before it is cut short: a cut could leave part of the token behind.
  const text = brief(redactSecrets(errorText(e).split(' - https://')[0]?.trim() ?? ''))
  return status ? `HTTP ${status}${text ? `: ${text}` : ''}` : text || 'unknown error'
}

/**
 * `describeError` for the Markdown surfaces (the check-run summary, the summary comment, the job
 * summary): the words are GitHub's or a proxy's, so they are shown as text. As they were, an
 * `@name` in them pinged people from the pull request, `<img>` or a link spoke with s3-gate's
 * voice, and an unclosed `<!--` hid the rest of the comment, the findings tables included.
 */
export function describeErrorInMarkdown(e: unknown): string {
  return escapeInline(describeError(e))
}

/** Longest error text repeated in the log, the summaries and the check run. */
const MAX_ERROR_CHARS = 300

/**
 * One short line: a proxy or load balancer in front of GitHub answers with a whole HTML page,
 * which would otherwise fill the warning, the check-run summary and the summary comment.
 */
function brief(text: string): string {
  let line = text
  if (/^<(!doctype|html|head|body)\b/i.test(line)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(line)?.[1]?.trim()
    line = `an HTML page instead of GitHub's JSON${title ? ` (${title})` : ''}`
  }
  return clipText(line.replace(/\s+/g, ' ').trim(), MAX_ERROR_CHARS)
}

const secrets = new Set<string>()

/**
 * Keeps `secret` out of every error description. `core.setSecret` masks the log only; these
 * descriptions also go to the job summary, the check run and the pull request, and a proxy or
 * GitHub itself may echo the Authorization header in an error message.
 */
export function registerSecret(secret: string): void {
  if (!secret) return
  for (const form of encodedForms(secret)) {
    if (form.length < FRAGMENT_CHARS) continue
    secrets.add(form)
    for (let i = 0; i + FRAGMENT_CHARS <= form.length; i++) fragments.add(form.slice(i, i + FRAGMENT_CHARS))
  }
  secrets.add(secret)
}

/**
 * The secret as an error body may echo it besides as written: base64 (what `Basic` auth sends,
 * `x-access-token:<token>`, at any of the three alignments in a longer text, standard and
 * URL-safe) and hex. Percent-encoding is decoded where it is found (`redactSecrets`).
 */
function encodedForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const forms = [secret, bytes.toString('hex'), bytes.toString('hex').toUpperCase()]
  for (let align = 0; align < 3; align++) {
    const b64 = Buffer.concat([Buffer.alloc(align), bytes]).toString('base64')
    // The characters that only the secret's bytes decide: not those shared with what precedes it,
    // nor the last group, which depends on what follows.
    const core = b64.slice(Math.ceil((align * 8) / 6), Math.floor((align + bytes.length) / 3) * 4)
    forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  return forms
}

/**
 * A piece of a registered secret this long is a leak of it: a proxy may echo the token cut short,
 * and a classic 40-hex token (GitHub Enterprise Server) has no `ghp_` shape to find it by. Eight
 * characters of a random token turn up in other text about once in 10^14 words.
 */
const FRAGMENT_CHARS = 8
const fragments = new Set<string>()
/** Runs of the characters tokens are made of, and their base64 (`+`, `/`, `=`). */
const TOKEN_CHARS = /[A-Za-z0-9_+/=-]{8,}/g
/** Percent-encoded text: `%67%68%73%5F…` is the token too. */
const URL_CHARS = /[A-Za-z0-9_.~+/=%-]{8,}/g
/** `authorization: token …`, `Authorization=Bearer …`: whatever value follows is a credential. */
/** The user and password of a URL (`https://user:secret@ghe.example/api/v3`): kept out, the host stays. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi
const CREDENTIAL_HEADER = /\b(authorization|proxy-authorization)(["']?\s*[:=]\s*["']?)(?:(?:bearer|token|basic)\s+)?[^\s"',;)\]}>]+/gi

function percentDecoded(run: string): string {
  try {
    return decodeURIComponent(run)
  } catch {
    // Not UTF-8 once decoded: byte by byte, as Latin-1, which keeps the ASCII a token is made of.
    return run.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
  }
}

function leaks(text: string): boolean {
  for (const s of secrets) if (text.includes(s)) return true
  for (const run of text.match(TOKEN_CHARS) ?? []) if (holdsFragment(run)) return true
  return false
}

function holdsFragment(run: string): boolean {
  for (let i = 0; i + FRAGMENT_CHARS <= run.length; i++) if (fragments.has(run.slice(i, i + FRAGMENT_CHARS))) return true
  return false
}

/**
 * Anything shaped like a GitHub token (`ghs_…`, `ghp_…`, `github_pat_…`): an error page or a proxy
 * may echo the token cut short, which the exact match misses, or another token altogether.
 */
const TOKEN_SHAPED = /\b(?:gh[pousr]_[A-Za-z0-9]{8,}|github_pat_[A-Za-z0-9_]{8,})/g

export function redactSecrets(text: string): string {
  let out = text
  if (secrets.size && out.includes('%'))
    out = out.replace(URL_CHARS, (run) => (run.includes('%') && leaks(percentDecoded(run)) ? '***' : run))
  // Whole runs first: `eC1hY2Nlc3MtdG9rZW46…` (base64 of `x-access-token:…`) goes as one.
  if (fragments.size) out = out.replace(TOKEN_CHARS, (run) => (holdsFragment(run) ? '***' : run))
  for (const s of secrets) out = out.split(s).join('***')
  return out.replace(TOKEN_SHAPED, '***').replace(CREDENTIAL_HEADER, '$1$2***').replace(URL_USERINFO, '$1***@')
}

function errorText(e: unknown): string {
  const data = (e as { response?: { data?: unknown } } | null)?.response?.data
  if (data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string') {
    // GitHub's reason is often in `errors` ("Unprocessable Entity" says nothing on its own).
    const details = detailsOf((data as { errors?: unknown }).errors)
    const message = (data as { message: string }).message
    return details ? `${message} (${details})` : message
  }
  return e instanceof Error ? e.message : typeof e === 'string' ? e : ''
}

/** `errors` of a GitHub error body: strings, or objects with a `message` or `code`. */
function detailsOf(errors: unknown): string {
  if (!Array.isArray(errors)) return ''
  const texts = errors
    .slice(0, 5)
    .map((x) =>
      typeof x === 'string'
        ? x
        : x && typeof x === 'object'
          ? String((x as { message?: unknown }).message ?? (x as { code?: unknown }).code ?? '')
          : '',
    )
    .filter(Boolean)
  return texts.join('; ')
}

/**
 * GitHub refused a review or comment because its commit is no longer the pull request's (a push
 * landed while this run was publishing): every further comment would be refused the same way.
 */
export function saysHeadMoved(e: unknown): boolean {
  return httpStatus(e) === 422 && /\bnot part of (the|this) pull request\b/i.test(errorText(e))
}

/** Thrown when `saysHeadMoved`: the review is left to the run for the new head. */
export class HeadMovedError extends Error {
  constructor(readonly reason: string) {
    super(reason)
    this.name = 'HeadMovedError'
  }
}

/** Thrown (once) to stop all further writes after the token proved read-only. */
export class ReadOnlyTokenError extends Error {
  constructor(override readonly cause: unknown) {
    super(describeError(cause))
    this.name = 'ReadOnlyTokenError'
  }
}
