/**
 * the API (or a proxy in front of it) answers with a redirect to another host. The token is
 * only ever to be sent to GITHUB_API_URL's host.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, runOnPull, scenarioFor, TOKEN, warningsOf, type TestRepo } from './harness.js'
import { LOGS_BUCKET, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

interface OtherHost {
  url: string
  seen: { method: string; url: string; authorization?: string; body: string }[]
  close(): Promise<void>
}

/** A server that is not the GitHub API, recording what reaches it. */
async function otherHost(): Promise<OtherHost> {
  const seen: OtherHost['seen'] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        body,
      })
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('[]')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

let fake: FakeGitHub | undefined
let elsewhere: OtherHost | undefined
afterEach(async () => {
  await fake?.close()
  await elsewhere?.close()
  fake = undefined
  elsewhere = undefined
})

let repo: TestRepo
beforeAll(async () => {
  repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
}, 60_000)

describe('redirects to another host', () => {
  for (const status of [301, 302, 307, 308]) {
    it(`never sends the token (or the request body) to the host a ${status} points at`, async () => {
      elsewhere = await otherHost()
      fake = await startFakeGitHub(scenarioFor(repo))
      const to = elsewhere.url
      fake.inject({ path: /./, status, times: 10_000, body: { message: 'Moved' }, headers: { location: `${to}/moved` } })
      const run = await runOnPull(fake, repo)
      expectCleanRun(fake, run)
      expect(run.code).toBe(1)
      const posted = elsewhere.seen.filter((r) => r.body.length > 0)
      console.log(
        status,
        'reached the other host:',
        elsewhere.seen.map((r) => `${r.method} ${r.url} auth=${r.authorization ?? '-'} body=${r.body.length}B`),
        posted[0]?.body.slice(0, 160),
        warningsOf(run).map((w) => w.slice(0, 200)),
      )
      expect(elsewhere.seen.filter((r) => r.authorization?.includes(TOKEN))).toEqual([])
      // Not even the request (a review's or check run's findings, a private repository's paths).
      expect(elsewhere.seen).toEqual([])
    }, 120_000)
  }
})
