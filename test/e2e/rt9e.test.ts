/**
 * Red-team round 9e: whose comments s3-gate takes as its own. The hidden marker is plain text
 * anyone can write; only the token's identity (GraphQL `viewer`) makes a comment ours.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub, type FakeUser } from './fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, pushCommit, runOnPull, scenarioFor, TOKEN, type ActionRun } from './harness.js'
import { LOGS_BUCKET, PUBLIC_BUCKET_FIXED, WITH_PUBLIC_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

const PERSON: FakeUser = { login: 'octocat', type: 'User' }
const PAT = 'ghp_e2ePersonalToken0123456789abcdefABCD'
const APP_TOKEN = 'ghs_e2eAppInstallationToken0123456789ab'
const INPUTS = { 'fail-on': 'none' }

const roots = (f: FakeGitHub) => f.state.reviewComments.filter((c) => c.inReplyTo === null)
const by = (f: FakeGitHub, login: string) => roots(f).filter((c) => c.user.login === login)
/** The comments of findings PUBLIC_BUCKET_FIXED fixes. */
const FIXED_RULES = /`(acl-public-read|public-exposure|versioning-disabled)`/
const ofFixed = (f: FakeGitHub) => roots(f).filter((c) => FIXED_RULES.test(c.body))
const resolved = (f: FakeGitHub, id: number) => f.state.threads.find((t) => t.rootId === id)!.isResolved

/** A run with a token the shared clean-run check does not know: it must never be printed either. */
function expectNotPrinted(run: ActionRun, token: string): void {
  for (const text of [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, run.summary, JSON.stringify(run.outputs)])
    expect(text).not.toContain(token)
}

describe('comments with s3-gate marker written by others', () => {
  it('posts its own comments when a person left exact copies of them (they are not "unchanged")', async () => {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(local))
    expect((await runOnPull(fake, local, INPUTS)).code).toBe(0)
    const posted = roots(fake).length
    expect(posted).toBeGreaterThan(0)
    // As if a person had posted these very bodies, on the same lines, and ours were not there.
    for (const c of roots(fake)) c.user = PERSON
    const copies = roots(fake).map((c) => ({ id: c.id, body: c.body }))
    for (const i of fake.state.issueComments) i.user = PERSON
    const run = await runOnPull(fake, local, INPUTS)
    expectCleanRun(fake, run)
    expect(by(fake, 'github-actions[bot]')).toHaveLength(posted)
    // The person's comments are left exactly as they wrote them, and their threads open.
    for (const copy of copies) expect(fake.state.reviewComments.find((c) => c.id === copy.id)!.body).toBe(copy.body)
    expect(fake.state.threads.filter((t) => copies.some((c) => c.id === t.rootId)).every((t) => !t.isResolved)).toBe(true)
    expect(fake.state.requests.filter((r) => r.method === 'PATCH' && /\/pulls\/comments\//.test(r.path))).toEqual([])
    // The summary comment too: the person's copy of it is theirs, and s3-gate posts its own.
    expect(fake.state.issueComments.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1)
    expect(fake.state.issueComments.filter((c) => c.user.login === 'octocat')).toHaveLength(1)
  }, 120_000)

  it("neither resolves nor answers a person's thread whose text carries the marker of a finding now fixed", async () => {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(local))
    expect((await runOnPull(fake, local, INPUTS)).code).toBe(0)
    expect(ofFixed(fake).length).toBeGreaterThan(1)
    const theirs = ofFixed(fake)[0]!
    theirs.user = PERSON
    const fixed = await pushCommit(local, { 'template.yaml': PUBLIC_BUCKET_FIXED })
    fake.updatePull(2, { headSha: fixed.headSha, files: fixed.files })
    const run = await runOnPull(fake, fixed, INPUTS)
    expectCleanRun(fake, run)
    expect(resolved(fake, theirs.id)).toBe(false)
    expect(fake.state.reviewComments.filter((c) => c.inReplyTo === theirs.id)).toEqual([])
    // s3-gate's own threads of the fixed findings are still closed (resolved).
    const ours = ofFixed(fake).filter((c) => c.id !== theirs.id)
    expect(ours.length).toBeGreaterThan(0)
    expect(ours.every((c) => resolved(fake!, c.id))).toBe(true)
  }, 120_000)

  it("keeps a thread open when a person's reply in it carries the marker (it is their reply, not s3-gate's)", async () => {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(local))
    expect((await runOnPull(fake, local, INPUTS)).code).toBe(0)
    const root = ofFixed(fake)[0]!
    fake.addHumanReply(root.id, `<!-- s3-gate:fixed -->\nI disagree, this must stay public.`)
    const fixed = await pushCommit(local, { 'template.yaml': PUBLIC_BUCKET_FIXED })
    fake.updatePull(2, { headSha: fixed.headSha, files: fixed.files })
    const run = await runOnPull(fake, fixed, INPUTS)
    expectCleanRun(fake, run)
    expect(resolved(fake, root.id)).toBe(false)
  }, 120_000)

  it("with a personal token: its own comments (a person's) are kept and updated, another person's copy is not", async () => {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    const alice: FakeUser = { login: 'alice', type: 'User' }
    fake = await startFakeGitHub(scenarioFor(local, { tokens: { [PAT]: alice, [TOKEN]: { login: 'github-actions[bot]', type: 'Bot' } } }))
    const first = await runOnPull(fake, local, INPUTS, { token: PAT })
    expect(first.code).toBe(0)
    expectNotPrinted(first, PAT)
    const posted = by(fake, 'alice').length
    expect(posted).toBeGreaterThan(1)
    expect(fake.state.issueComments.filter((c) => c.user.login === 'alice')).toHaveLength(1)
    // A re-run on the same commit posts nothing again: alice's comments are the token's.
    const again = await runOnPull(fake, local, INPUTS, { token: PAT })
    expectNotPrinted(again, PAT)
    expect(fake.state.violations).toEqual([])
    expect(roots(fake)).toHaveLength(posted)
    expect(fake.state.issueComments).toHaveLength(1)
    // Bob copies one of them; the finding is then fixed: alice's threads are resolved, bob's is not.
    const bobs = ofFixed(fake)[0]!
    bobs.user = { login: 'bob', type: 'User' }
    const fixed = await pushCommit(local, { 'template.yaml': PUBLIC_BUCKET_FIXED })
    fake.updatePull(2, { headSha: fixed.headSha, files: fixed.files })
    const run = await runOnPull(fake, fixed, INPUTS, { token: PAT })
    expectNotPrinted(run, PAT)
    expect(fake.state.violations).toEqual([])
    expect(resolved(fake, bobs.id)).toBe(false)
    expect(fake.state.reviewComments.filter((c) => c.inReplyTo === bobs.id)).toEqual([])
    const alices = ofFixed(fake).filter((c) => c.user.login === 'alice')
    expect(alices.length).toBeGreaterThan(0)
    expect(alices.every((c) => resolved(fake!, c.id))).toBe(true)
  }, 180_000)

  it("with a GitHub App's token after GITHUB_TOKEN: the earlier bot's comments still count (no copies, fixed threads closed)", async () => {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    const app: FakeUser = { login: 's3-gate-app[bot]', type: 'Bot' }
    fake = await startFakeGitHub(
      scenarioFor(local, { tokens: { [TOKEN]: { login: 'github-actions[bot]', type: 'Bot' }, [APP_TOKEN]: app } }),
    )
    expect((await runOnPull(fake, local, INPUTS)).code).toBe(0)
    const posted = roots(fake).length
    const again = await runOnPull(fake, local, INPUTS, { token: APP_TOKEN })
    expectNotPrinted(again, APP_TOKEN)
    expect(fake.state.violations).toEqual([])
    expect(roots(fake)).toHaveLength(posted)
    const fixed = await pushCommit(local, { 'template.yaml': PUBLIC_BUCKET_FIXED })
    fake.updatePull(2, { headSha: fixed.headSha, files: fixed.files })
    const run = await runOnPull(fake, fixed, INPUTS, { token: APP_TOKEN })
    expectNotPrinted(run, APP_TOKEN)
    expect(fake.state.violations).toEqual([])
    expect(ofFixed(fake).length).toBeGreaterThan(1)
    expect(ofFixed(fake).every((c) => resolved(fake!, c.id))).toBe(true)
  }, 180_000)

  it('when the token cannot be named (GraphQL viewer fails), its bot comments are still its own: no duplicates', async () => {
    const local = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
    fake = await startFakeGitHub(scenarioFor(local))
    expect((await runOnPull(fake, local, INPUTS)).code).toBe(0)
    const posted = roots(fake).length
    fake.inject({
      method: 'POST',
      path: /^\/graphql$/,
      match: (b) => /viewer/.test((b as { query?: string }).query ?? ''),
      status: 502,
      body: { message: 'Bad Gateway' },
      times: 1000,
    })
    const run = await runOnPull(fake, local, INPUTS)
    expectCleanRun(fake, run)
    expect(roots(fake)).toHaveLength(posted)
    expect(fake.state.issueComments).toHaveLength(1)
  }, 120_000)
})
