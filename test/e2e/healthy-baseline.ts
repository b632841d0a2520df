/**
 * The pull request the fault suites share (a logs bucket, then a public bucket added) and what the
 * action gets from it against a healthy API: every fault scenario must reach the same verdict.
 */
import { expect } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { expectCleanRun, makeRepo, runOnPull, scenarioFor, type ActionRun, type TestRepo } from './harness.js'
import { LOGS_BUCKET, WITH_PUBLIC_BUCKET } from './scenarios.js'

export interface HealthyBaseline {
  repo: TestRepo
  code: number
  conclusion: string
  comments: number
  annotations: number
}

/** `also` checks more of the healthy run, against the fake it ran on. */
export async function healthyBaseline(also?: (f: FakeGitHub, run: ActionRun) => void): Promise<HealthyBaseline> {
  const repo = await makeRepo({ 'template.yaml': LOGS_BUCKET }, { 'template.yaml': WITH_PUBLIC_BUCKET })
  const f = await startFakeGitHub(scenarioFor(repo))
  try {
    const run = await runOnPull(f, repo)
    expectCleanRun(f, run)
    also?.(f, run)
    expect(run.code).toBe(1)
    return {
      repo,
      code: run.code,
      conclusion: run.outputs.conclusion!,
      comments: f.state.reviewComments.length,
      annotations: f.state.checkRuns[0]!.annotations.length,
    }
  } finally {
    await f.close()
  }
}
