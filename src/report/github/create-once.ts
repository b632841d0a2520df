import { backoffUnitMs, GAVE_UP_STATUS } from './client.js'
import { httpStatus } from './errors.js'

/** The `request` option of a create request, so the retry plugin does not send it again on its own. */
export function noAutomaticRetry(): { retries: number } {
  // A fresh object each time: the plugins keep per-request counters on it.
  return { retries: 0 }
}

/** Attempts after the first, with the client's backoff (the retry plugin's: 1 s, 4 s, 9 s). */
const RETRIES = 3

/**
 * Sends a request that creates something (a review, a comment) at most once in effect. A 5xx or
 * a timeout does not say whether GitHub carried it out: a proxy may have given up on an answer
 * that was on its way, and sending it again would post everything twice. So before each retry
 * `alreadyDone` looks for what the lost attempt may have made (`create` must pass
 * `noAutomaticRetry()` as its `request` option). `client` is the one both send with.
 */
export async function createOnce(client: object, create: () => Promise<unknown>, alreadyDone: () => Promise<boolean>): Promise<void> {
  await createOrFind<unknown>(client, create, async () => ((await alreadyDone()) ? true : undefined))
}

/**
 * `createOnce` for a caller that needs what was created: after a lost answer, `findLost` returns
 * what the lost attempt made (as `create` would have), or `undefined` to send it again.
 */
export async function createOrFind<T>(client: object, create: () => Promise<T>, findLost: () => Promise<T | undefined>): Promise<T> {
  const unitMs = backoffUnitMs(client)
  for (let attempt = 0; ; attempt++) {
    try {
      return await create()
    } catch (e) {
      if (attempt >= RETRIES || !mayHaveBeenCarriedOut(e)) throw e
    }
    await new Promise((resolve) => setTimeout(resolve, (attempt + 1) ** 2 * unitMs))
    const found = await findLost()
    if (found !== undefined) return found
  }
}

/** A server error or a lost answer (Octokit reports network errors and timeouts as 500). */
function mayHaveBeenCarriedOut(e: unknown): boolean {
  const status = httpStatus(e)
  // 599: s3-gate gave up on GitHub and never sent the request.
  return status !== undefined && status >= 500 && status !== GAVE_UP_STATUS
}
