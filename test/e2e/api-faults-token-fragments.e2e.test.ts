/**
 * a token that is not shaped like `ghs_…` (a classic 40-hex OAuth/PAT token, as GitHub
 * Enterprise Server still issues) echoed back cut short by a proxy's error page.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, everyTextOf, makeRepo, runOnPull, scenarioFor, TOKEN, warningsOf, type TestRepo } from './harness.js'
import { LOGS_BUCKET, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

let repo: TestRepo
beforeAll(async () => {
  repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
}, 60_000)

const CLASSIC = '3f1c9a7be20d4f6a8c5e1b9d7a3f2e6c4b8d0a1f'

describe('token shapes', () => {
  it('keeps a classic 40-hex token out of every output when a proxy echoes it cut short', async () => {
    fake = await startFakeGitHub(scenarioFor(repo, { tokens: { [CLASSIC]: { login: 'someone', type: 'User' } } }))
    fake.inject({
      method: 'POST',
      path: /\/issues\/2\/comments$/,
      status: 502,
      times: 10,
      rawBody: `upstream error; request: POST /repos/x/y/issues/2/comments authorization: token ${CLASSIC.slice(0, 32)}`,
      headers: { 'content-type': 'text/plain' },
    })
    const run = await runOnPull(fake, repo, {}, { token: CLASSIC })
    expect(run.code).toBe(1)
    console.log(warningsOf(run))
    const cut = CLASSIC.slice(0, 32)
    console.log(
      'in: check run',
      JSON.stringify(fake.state.checkRuns).includes(cut),
      'job summary',
      run.summary.includes(cut),
      'log',
      run.stdout.includes(cut),
    )
    const all = everyTextOf(run, fake)
    expect(all).not.toContain(CLASSIC)
    expect(all).not.toContain(CLASSIC.slice(0, 32))
  })
})

describe('encoded tokens', () => {
  it('keeps the token out of every output, the pull request included, when an error echoes it in base64', async () => {
    const token = 'ghs_e2eEncodedToken0123456789abcdefABCD'
    const b64 = Buffer.from(`x-access-token:${token}`).toString('base64')
    fake = await startFakeGitHub(scenarioFor(repo, { tokens: { [token]: { login: 'github-actions[bot]', type: 'Bot' } } }))
    // The check run is refused with the credential echoed: its reason goes into the summary comment.
    fake.inject({ method: 'POST', path: /\/check-runs$/, status: 422, times: 10, body: { message: `Invalid credentials ${b64}` } })
    const run = await runOnPull(fake, repo, {}, { token })
    expect(run.code).toBe(1)
    expect(fake.state.issueComments.map((c) => c.body).join('\n')).toContain(
      // The mask's `***` escaped, as any text GitHub sends is: it reads `***` on the page.
      'Could not post the check run: HTTP 422: Invalid credentials \\*\\*\\*',
    )
    const all = everyTextOf(run, fake)
    for (const piece of [b64.slice(20, 40), Buffer.from(token).toString('base64').slice(4, 24), token.slice(4)])
      expect(all).not.toContain(piece)
  })
})

describe('deprecation notices', () => {
  it('prints nothing of a deprecation notice an answer carries, where the token could be echoed', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({
      method: 'GET',
      path: /\/pulls\/2$/,
      status: 200,
      headers: { deprecation: 'true', sunset: TOKEN, link: `<https://example.com/${TOKEN}>; rel="deprecation"` },
      body: { number: 2, head: { sha: repo.headSha } },
    })
    const run = await runOnPull(fake, repo)
    expect(run.code).toBe(1)
    expect(run.stderr).not.toMatch(/deprecated/)
    expect(everyTextOf(run, fake)).not.toContain(TOKEN)
    expect(run.stderr).not.toContain(TOKEN)
  })
})
