/**
 * A third red-team pass over the reporting layer under GitHub API faults: what GitHub (or a proxy
 * in front of it) says in an error reaches the Markdown surfaces, and the runner's own files fail.
 * Each keeps the verdict, leaves every finding visible and never leaks the token.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { healthyBaseline, type HealthyBaseline } from './healthy-baseline.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, runOnPull, scenarioFor, warningsOf, type ActionRun, type TestRepo } from './harness.js'
import { LOGS_BUCKET } from './scenarios.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

let repo: TestRepo
let healthy: HealthyBaseline
beforeAll(async () => {
  healthy = await healthyBaseline()
  repo = healthy.repo
}, 120_000)

const sameVerdict = (run: ActionRun) => expect([run.code, run.outputs.conclusion]).toEqual([healthy.code, healthy.conclusion])

describe('red-team 3: error text in the Markdown surfaces', () => {
  it('shows what GitHub said as text: no mention, link, HTML, or unclosed comment hiding the findings', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    // A proxy's (or GitHub's) error message with Markdown and HTML in it.
    const said = 'Conflict @octocat <img src=x> [click](https://evil.example) <!-- the rest is hidden'
    fake.inject({ method: 'POST', path: /\/pulls\/2\/reviews$/, status: 409, body: { message: said } })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    const surfaces = {
      comment: fake.state.issueComments[0]!.body,
      check: fake.state.checkRuns[0]!.output.summary!,
      job: run.summary,
    }
    for (const [surface, md] of Object.entries(surfaces)) {
      // The reason is still said, as text.
      expect(md, surface).toMatch(/Could not post the review comments|could not post the review comments/)
      expect(md, surface).toContain('Conflict @\u200bocto')
      expect(md, surface).not.toMatch(/@octocat|<img|<!-- the rest|(?<!\\)\]\(https:\/\/evil/)
      // What followed the error is not inside an HTML comment: the findings table is still shown.
      const lastComment = md.lastIndexOf('<!--')
      expect(lastComment <= 0 || md.indexOf('-->', lastComment) > 0, surface).toBe(true)
      expect(md, surface).toMatch(/acl-public-read/)
    }
    // The log (plain text) keeps GitHub's words as they are.
    expect(warningsOf(run).join('\n')).toContain(said)
  })
})

describe('red-team 3: the runner’s files', () => {
  it('keeps the verdict and posts everything when GITHUB_OUTPUT cannot be written, and says the outputs are missing', async () => {
    // A passing pull request: failing it over its outputs would flip the verdict.
    const passing = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': `${LOGS_BUCKET}# reviewed\n` })
    const outputs = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-output-dir-'))
    for (const [r, code, conclusion] of [
      [passing, 0, 'success'],
      [repo, healthy.code, healthy.conclusion],
    ] as const) {
      fake = await startFakeGitHub(scenarioFor(r))
      const run = await runOnPull(fake, r, {}, { env: { GITHUB_OUTPUT: outputs } })
      expectCleanRun(fake, run)
      expect(run.stdout).not.toMatch(/This is a bug/)
      expect(run.code).toBe(code)
      expect(fake.state.checkRuns.map((c) => c.conclusion)).toEqual([conclusion])
      expect(run.summary).toMatch(/s3-gate/)
      const warnings = warningsOf(run)
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatch(/Could not set the step's outputs .*EISDIR.*The verdict is unaffected/)
      await fake.close()
      fake = undefined
    }
  })
})

describe('red-team 3: permissions', () => {
  it('posts the check run when the token may not read the pull request (`checks: write` without `pull-requests`)', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    fake.inject({
      method: 'GET',
      path: /\/(pulls|issues)\/2(\/|$)/,
      status: 403,
      times: 100,
      body: { message: 'Resource not accessible by integration' },
    })
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    sameVerdict(run)
    // The gate's own surface, which this token may write, with every finding annotated.
    expect(fake.state.checkRuns.map((c) => c.conclusion)).toEqual([healthy.conclusion])
    expect(fake.state.checkRuns[0]!.annotations).toHaveLength(healthy.annotations)
    const warnings = warningsOf(run)
    expect(warnings).toHaveLength(1)
    // Not taken for a fork's read-only token, which can post nothing at all.
    expect(warnings[0]).toMatch(/posted the check run but could not post the list of changed files/)
    expect(warnings[0]).not.toMatch(/forks and from Dependabot, whose GITHUB_TOKEN cannot write/)
  })
})
