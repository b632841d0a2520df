/**
 * writes GitHub carried out whose answer was lost (a 5xx from a proxy, a timeout, a reset
 * after the work was done). Promise: nothing is posted twice.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, pushCommit, runOnPull, scenarioFor, warningsOf } from './harness.js'
import { LOGS_BUCKET, manyBuckets, PUBLIC_BUCKET_FIXED, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

const distinct = (xs: unknown[]) => new Set(xs.map((x) => JSON.stringify(x))).size

describe('lost answers to writes', () => {
  it('does not append an annotation batch twice when GitHub took it but answered 502', async () => {
    const big = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'many.yaml': manyBuckets(12) })
    fake = await startFakeGitHub(scenarioFor(big))
    fake.inject({ method: 'PATCH', path: /\/check-runs\/\d+$/, status: 502, afterHandling: true })
    const run = await runOnPull(fake, big)
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    const total = Number(run.outputs.findings)
    const check = fake.state.checkRuns[0]!
    console.log('findings', total, 'annotations', check.annotations.length, 'batches', check.annotationBatches)
    expect(distinct(check.annotations)).toBe(check.annotations.length)
    expect(check.annotations).toHaveLength(total)
  })

  it('does not append an annotation batch twice when GitHub took it but the answer never came (timeout)', async () => {
    const big = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'many.yaml': manyBuckets(12) })
    fake = await startFakeGitHub(scenarioFor(big))
    fake.inject({ method: 'PATCH', path: /\/check-runs\/\d+$/, hang: true, afterHandling: true })
    const run = await runOnPull(fake, big, {}, { env: { S3_GATE_TEST_REQUEST_TIMEOUT_MS: '1000' } })
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    const total = Number(run.outputs.findings)
    const check = fake.state.checkRuns[0]!
    console.log('findings', total, 'annotations', check.annotations.length, 'batches', check.annotationBatches)
    expect(check.annotations).toHaveLength(total)
  })

  it('does not reply "fixed" twice when GitHub posted the reply but answered 502', async () => {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(local))
    expect((await runOnPull(fake, local)).code).toBe(1)
    const roots = fake.state.reviewComments.length
    const fixed = await pushCommit(local, { 'template.yaml': PUBLIC_BUCKET_FIXED })
    fake.updatePull(2, { headSha: fixed.headSha, files: fixed.files })
    // Resolving threads fails (so the fixed findings get a reply), and one reply's answer is lost.
    fake.inject({
      method: 'POST',
      path: /^\/graphql$/,
      times: 1000,
      match: (b) => /resolveReviewThread/.test((b as { query?: string }).query ?? ''),
      status: 200,
      body: { data: { resolveReviewThread: null }, errors: [{ type: 'INTERNAL', message: 'Something went wrong' }] },
    })
    fake.inject({ method: 'POST', path: /\/pulls\/2\/comments\/\d+\/replies$/, status: 502, afterHandling: true })
    const run = await runOnPull(fake, fixed)
    expectCleanRun(fake, run)
    expect(run.code).toBe(0)
    const replies = fake.state.reviewComments.filter((c) => c.inReplyTo !== null)
    const perParent = new Map<number, number>()
    for (const r of replies) perParent.set(r.inReplyTo!, (perParent.get(r.inReplyTo!) ?? 0) + 1)
    console.log('roots', roots, 'replies', replies.length, [...perParent.values()], warningsOf(run))
    expect(replies.length).toBeGreaterThan(0)
    expect(Math.max(...perParent.values())).toBe(1)
  })
})
