import { afterEach, describe, expect, it } from 'vitest'
import type { GateReport } from '../../src/baseline/gate.js'
import { createGitHubClient } from '../../src/report/github/client.js'
import { publishCheckRun } from '../../src/report/github/check-run.js'
import type { CheckAnnotation } from '../../src/report/render/annotations.js'
import { startFakeGitHub, type FakeGitHub } from '../e2e/fake-github.js'

const TOKEN = 'ghs_checkRunRt6Token0123456789abcdefAB'
const SHA = 'a'.repeat(40)
const logger = { debug: () => {}, info: () => {}, warning: () => {}, error: () => {}, group: <T>(_n: string, fn: () => Promise<T>) => fn() }
const report = { headline: '2 blocking findings', conclusion: 'failure' } as unknown as GateReport
const annotations: CheckAnnotation[] = Array.from({ length: 120 }, (_, i) => ({
  path: 'template.yaml',
  start_line: i + 1,
  end_line: i + 1,
  annotation_level: 'failure',
  title: `finding ${i}`,
  message: `finding ${i}`,
}))
const SUMMARY = '### ❌ s3-gate: 2 blocking findings\n\n#### Blocking\n'
const input = { name: 's3-gate', report, summary: SUMMARY, annotations, detailsUrl: 'https://github.com/o/r/actions/runs/1' }

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

async function setUp() {
  fake = await startFakeGitHub({
    owner: 'o',
    repo: 'r',
    pulls: [],
    tokens: { [TOKEN]: { login: 'github-actions[bot]', type: 'Bot' } },
    commits: [SHA],
  })
  const client = createGitHubClient({ token: TOKEN, baseUrl: fake.url, logger, pacing: { writeMs: 0, notificationMs: 0 }, retryBaseMs: 10 })
  return { f: fake, client, target: { owner: 'o', repo: 'r', headSha: SHA } }
}

type Body = { output?: { summary?: string; annotations?: unknown[] }; details_url?: string }

describe('publishCheckRun when GitHub refuses the run as first sent (422)', () => {
  it('creates it without its first annotations and link, then adds every annotation', async () => {
    const { f, client, target } = await setUp()
    f.inject({ method: 'POST', path: /\/check-runs$/, status: 422, match: (b) => (b as Body).output?.annotations !== undefined })
    const outcome = await publishCheckRun(client, target, input)
    expect(outcome).toMatchObject({ annotationsPosted: 120, refused: { summary: false, reason: expect.stringMatching(/^HTTP 422/) } })
    expect(outcome.annotationsFailed).toBeUndefined()
    expect(f.state.checkRuns).toHaveLength(1)
    expect(f.state.checkRuns[0]).toMatchObject({ conclusion: 'failure', output: { summary: SUMMARY } })
    expect(f.state.checkRuns[0]!.annotations).toHaveLength(120)
    expect(f.state.checkRuns[0]!.annotationBatches).toEqual([0, 50, 50, 20])
  })

  it('creates it with a summary of the verdict alone when its summary is what GitHub refuses', async () => {
    const { f, client, target } = await setUp()
    f.inject({ method: 'POST', path: /\/check-runs$/, status: 422, times: 10, match: (b) => (b as Body).output?.summary === SUMMARY })
    const outcome = await publishCheckRun(client, target, input)
    expect(outcome).toMatchObject({ annotationsPosted: 120, refused: { summary: true } })
    const run = f.state.checkRuns[0]!
    expect(run.conclusion).toBe('failure')
    expect(run.output.summary).toMatch(/^### 2 blocking findings\n\nGitHub refused this check run's summary \(HTTP 422/)
    expect(run.annotations).toHaveLength(120)
    // The updates that add annotations carry the summary GitHub took.
    expect(f.state.requests.filter((r) => r.method === 'PATCH').every((r) => (r.body as Body).output?.summary === run.output.summary)).toBe(
      true,
    )
  })

  it('gives up after three tries when every one is refused (no commit of that id)', async () => {
    const { f, client, target } = await setUp()
    const outcome = await publishCheckRun(client, { ...target, headSha: 'b'.repeat(40) }, input).catch((e: unknown) => e)
    expect(outcome).toMatchObject({ status: 422 })
    expect(f.state.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([422, 422, 422])
  })

  it('sends a run without annotations or link once more only with the verdict alone', async () => {
    const { f, client, target } = await setUp()
    f.inject({ method: 'POST', path: /\/check-runs$/, status: 422 })
    const outcome = await publishCheckRun(client, target, { name: 's3-gate', report, summary: SUMMARY, annotations: [] })
    expect(outcome).toMatchObject({ annotationsPosted: 0, refused: { summary: true } })
    expect(f.state.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([422, 201])
  })
})
