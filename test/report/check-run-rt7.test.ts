/**
 * Red team, round 7: after a lost answer, the check run is looked for on every page of runs, not
 * only the first 100 (a commit re-run many times has more of the same name).
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { GateReport } from '../../src/baseline/gate.js'
import { publishCheckRun } from '../../src/report/github/check-run.js'
import { createGitHubClient } from '../../src/report/github/client.js'
import { listAll } from '../../src/report/github/list-all.js'
import type { CheckAnnotation } from '../../src/report/render/annotations.js'
import { startFakeGitHub, type FakeGitHub, type FakeState } from '../e2e/fake-github.js'

const TOKEN = 'ghs_checkRunRt7Token0123456789abcdefAB'
const SHA = 'b'.repeat(40)
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
const input = { name: 's3-gate', report, summary: '### s3-gate\n', annotations }

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

/** Runs of the same name on the same commit, newer than the ones already there (a commit re-run many times). */
const moreRuns = (n: number) => (state: FakeState) => {
  for (let i = 0; i < n; i++)
    state.checkRuns.push({
      id: 900_000 + state.checkRuns.length + i,
      name: 's3-gate',
      headSha: SHA,
      status: 'completed',
      conclusion: 'success',
      output: { title: 'older', summary: 'older', text: null },
      annotations: [],
      annotationBatches: [0],
    })
}

describe('the lookup after a lost answer reads past the first 100 runs', () => {
  it('does not append a batch of annotations twice when its run is on the second page', async () => {
    const { f, client, target } = await setUp()
    // The first batch of updates is carried out, its answer lost; meanwhile 150 newer runs of the name appeared.
    f.inject({ method: 'PATCH', path: /\/check-runs\/\d+$/, afterHandling: true, status: 502, action: moreRuns(150) })
    const outcome = await publishCheckRun(client, target, input)
    const ours = f.state.checkRuns[0]!
    // Before: the lookup read the 100 newest runs only, did not find this one and sent the batch again (170).
    expect(ours.annotations).toHaveLength(120)
    expect(outcome).toMatchObject({ id: ours.id, annotationsPosted: 120 })
    expect(outcome.annotationsFailed).toBeUndefined()
    expect(f.state.requests.filter((r) => r.path.endsWith('/check-runs') && r.method === 'GET').map((r) => r.query.page)).toEqual([
      '1',
      '2',
    ])
  })

  it('does not create a second run when the one a lost answer made is on the second page', async () => {
    const { f, client, target } = await setUp()
    f.inject({ method: 'POST', path: /\/check-runs$/, afterHandling: true, status: 502, action: moreRuns(150) })
    const outcome = await publishCheckRun(client, target, input)
    // Before: a second run of the same name beside the first.
    expect(f.state.checkRuns.filter((r) => r.name === 's3-gate' && r.output.title !== 'older')).toHaveLength(1)
    expect(outcome.id).toBe(f.state.checkRuns[0]!.id)
    expect(f.state.checkRuns[0]!.annotations).toHaveLength(120)
  })
})

describe('listAll after a list cut off', () => {
  const page = (data: unknown, next?: string) => ({ data, headers: next ? { link: `<${next}>; rel="next"` } : {} })
  it('fails on an empty page a next link led to, instead of taking what came before for the whole list', async () => {
    // Before: [1, 2], and a re-run posted again the comments it did not see.
    const route = (o: { url?: string }) => Promise.resolve(o.url ? page([]) : page([1, 2], 'https://api/p2'))
    await expect(listAll(route, {})).rejects.toThrow(/page 2 of a list empty, so the list was cut off/)
  })

  it('still takes an empty first page for an empty list', async () => {
    expect(await listAll(() => Promise.resolve(page([])), {})).toEqual([])
  })
})
