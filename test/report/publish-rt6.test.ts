import { afterEach, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../src/report/github/client.js'
import { describeFailures, publishToGitHub } from '../../src/report/github/publish.js'
import type { DiffFile } from '../e2e/diff.js'
import { startFakeGitHub, type FakeGitHub } from '../e2e/fake-github.js'
import { CTX, finding, report } from './pr-fixtures.js'

const TOKEN = 'ghs_publishRt6Token0123456789abcdefABCD'
const HEAD = 'a'.repeat(40)
const NEWER = 'c'.repeat(40)
const BASE = 'b'.repeat(40)
const logs: string[] = []
const logger = {
  debug: () => {},
  info: (m: string) => void logs.push(m),
  warning: (m: string) => void logs.push(`warning: ${m}`),
  error: () => {},
  group: <T>(_n: string, fn: () => Promise<T>) => fn(),
}
const PATCH = '@@ -0,0 +1,12 @@\n' + Array.from({ length: 12 }, (_, i) => `+line ${i + 1}`).join('\n')
const file: DiffFile = { filename: 'template.yaml', status: 'added', additions: 12, deletions: 0, patch: PATCH }
const failing = report([finding({ ruleId: 'acl-public-read', line: 3 }), finding({ ruleId: 'versioning-disabled', line: 5 })], [])
const options = { checkName: 's3-gate', commentOn: 'medium' as const, maxComments: 25, headRecheckMs: 0 }
const target = { owner: 'o', repo: 'r', headSha: HEAD, pullNumber: 2 }

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
  logs.length = 0
})

async function setUp() {
  fake = await startFakeGitHub({
    owner: 'o',
    repo: 'r',
    pulls: [{ number: 2, head: { sha: HEAD, ref: 'changes' }, base: { sha: BASE, ref: 'main' }, files: [file] }],
    tokens: { [TOKEN]: { login: 'github-actions[bot]', type: 'Bot' } },
  })
  const client = createGitHubClient({ token: TOKEN, baseUrl: fake.url, logger, pacing: { writeMs: 0, notificationMs: 0 }, retryBaseMs: 10 })
  return { f: fake, client }
}

describe('publishToGitHub under faults of round 6', () => {
  it('updates the check run’s summary when the review was left to a newer push, not announcing its comments', async () => {
    const { f, client } = await setUp()
    f.inject({
      method: 'POST',
      path: /\/pulls\/2\/reviews$/,
      action: () => {
        f.updatePull(2, { headSha: NEWER, files: [file] })
        f.scenario.pulls[0]!.previousHeads = []
      },
    })
    const result = await publishToGitHub(client, target, failing, CTX, options, logger)
    expect(result.failures).toEqual([])
    const summary = f.state.checkRuns[0]!.output.summary!
    expect(summary).not.toMatch(/💬/)
    expect(summary).toMatch(/has moved on to a newer commit/)
  })

  it('shortens the summary comment GitHub refuses to take in full, so that it says this run’s verdict', async () => {
    const { f, client } = await setUp()
    const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    const bot = { login: 'github-actions[bot]', type: 'Bot' as const }
    f.state.issueComments.push({
      id: 7,
      issue: 2,
      body: '<!-- s3-gate:summary -->\n### ✅ s3-gate: no findings',
      user: bot,
      createdAt: at,
      updatedAt: at,
    })
    f.inject({
      method: 'PATCH',
      path: /\/issues\/comments\/7$/,
      status: 422,
      body: { message: 'Validation Failed', errors: ['Body is too long'] },
    })
    const result = await publishToGitHub(client, target, failing, CTX, options, logger)
    expect(result.sticky).toBe('updated')
    expect(f.state.issueComments).toHaveLength(1)
    expect(f.state.issueComments[0]!.body).toMatch(/^<!-- s3-gate:summary -->\n### ❌ /)
    expect(f.state.issueComments[0]!.body).toMatch(
      /GitHub refused this comment in full \(HTTP 422: Validation Failed \(Body is too long\)\)/,
    )
    expect(result.failures).toEqual([
      { surface: 'the summary comment in full (it was shortened)', reason: 'HTTP 422: Validation Failed (Body is too long)' },
    ])
  })

  it('drops the announced review comments when the token is rejected before they are sent', async () => {
    const { f, client } = await setUp()
    f.inject({ method: 'POST', path: /\/check-runs$/, status: 401, times: 5, body: { message: 'Bad credentials' } })
    const result = await publishToGitHub(client, target, failing, CTX, options, logger)
    expect(result.tokenRejected).toBe(true)
    expect(result.notes.filter((n) => n.startsWith('💬'))).toEqual([])
  })

  it('says which surface a read-only pull request refused and which GitHub refused for another reason', () => {
    const forbidden = 'HTTP 403: Resource not accessible by integration'
    const text = describeFailures({
      checkRun: { id: 1, annotationsPosted: 2 },
      readOnly: forbidden,
      failures: [
        { surface: "the check run's summary (it shows the verdict only)", reason: 'HTTP 422: too long' },
        { surface: 'the review comments', reason: forbidden },
      ],
      notes: [],
    })!
    expect(text).toMatch(/^s3-gate posted the check run but could not post the review comments: the token may not write/)
    expect(text).toMatch(/It could not post the check run's summary \(it shows the verdict only\) \(HTTP 422: too long\) either\./)
  })
})
