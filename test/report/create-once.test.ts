import { afterEach, describe, expect, it, vi } from 'vitest'
import { createGitHubClient } from '../../src/report/github/client.js'
import { createOnce } from '../../src/report/github/create-once.js'

const logger = { debug: () => {}, info: () => {}, warning: () => {}, error: () => {} }
const clientWith = (retryBaseMs?: number) =>
  createGitHubClient({ token: 'ghs_unitTestToken', baseUrl: 'http://127.0.0.1:9', logger, ...(retryBaseMs ? { retryBaseMs } : {}) })

/** When (ms after the start) `createOnce` sends a create GitHub answers with a 502 every time, and the outcome. */
async function sendTimes(client: object, carriedOutAfter = Infinity): Promise<{ sent: number[]; outcome: unknown }> {
  vi.useFakeTimers()
  const t0 = Date.now()
  const sent: number[] = []
  const done = createOnce(
    client,
    () => {
      sent.push(Date.now() - t0)
      return Promise.reject(Object.assign(new Error('Bad Gateway'), { status: 502 }))
    },
    () => Promise.resolve(sent.length >= carriedOutAfter),
  ).then(
    () => 'created',
    (e: unknown) => e,
  )
  await vi.runAllTimersAsync()
  return { sent, outcome: await done }
}

describe('createOnce', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('sends a create again after 1 s, 4 s and 9 s, then gives up with the last error', async () => {
    const { sent, outcome } = await sendTimes(clientWith())
    expect(sent).toEqual([0, 1_000, 5_000, 14_000])
    expect(outcome).toMatchObject({ status: 502 })
  })

  it('waits in the unit the client was made with (the test harness shortens it)', async () => {
    expect((await sendTimes(clientWith(100))).sent).toEqual([0, 100, 500, 1_400])
  })

  it('does not send again what the lost attempt turns out to have created', async () => {
    expect(await sendTimes(clientWith(), 2)).toEqual({ sent: [0, 1_000], outcome: 'created' })
  })
})
