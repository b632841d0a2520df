/**
 * The action on a pull request that adds a bucket to a CDK app: the review comment lands on the
 * TypeScript line that creates the bucket, with a CDK suggestion, not on the synthesised JSON.
 * The head's assembly is synthesised in another folder, so its traces carry foreign absolute
 * paths, as they do on a CI runner.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from '../../e2e/fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, runOnPull, scenarioFor, type Tree } from '../../e2e/harness.js'
// @ts-expect-error: a plain ES module script without types
import { synthesize } from '../../../examples/cdk/synth.mjs'
import { repoRoot } from './helpers.js'

const example = path.join(repoRoot, 'examples/cdk')
const APP_FILES = ['bin/app.ts', 'lib/analytics-stage.ts', 'lib/secure-bucket.ts', 'lib/storage-stack.ts', 'cdk.json']

function readTree(dir: string, prefix: string, rels: string[]): Tree {
  return Object.fromEntries(rels.map((r) => [`${prefix}/${r}`, fs.readFileSync(path.join(dir, r), 'utf8')]))
}
function filesUnder(dir: string, base = dir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name)).split(path.sep).join('/')],
    )
}

const ADDED = `
    // Exports for the partner team.
    new s3.Bucket(this, 'Exports', {
      versioned: false,
    })
`

/** The example app with one more bucket, synthesised in a folder of its own. */
function headApp(): Tree {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-cdk-head-')))
  for (const r of APP_FILES) fs.cpSync(path.join(example, r), path.join(dir, r))
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n')
  const stack = path.join(dir, 'lib/storage-stack.ts')
  const text = fs.readFileSync(stack, 'utf8')
  const anchor = '    // Server access logs of the archive'
  fs.writeFileSync(stack, text.replace(anchor, `${ADDED.slice(1)}\n${anchor}`))
  synthesize({ appDir: dir, outdir: path.join(dir, 'cdk.out'), quiet: true })
  const out = path.join(dir, 'cdk.out')
  const tree = { ...readTree(dir, 'infra', APP_FILES), ...readTree(out, 'infra/cdk.out', filesUnder(out)) }
  fs.rmSync(dir, { recursive: true, force: true })
  return tree
}

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

describe('the action on a pull request to a CDK app', () => {
  it('comments on the .ts line of the added bucket, with a CDK suggestion, and not on the templates', async () => {
    const base = {
      ...readTree(example, 'infra', APP_FILES),
      ...readTree(path.join(example, 'cdk.out'), 'infra/cdk.out', filesUnder(path.join(example, 'cdk.out'))),
    }
    const head = headApp()
    const repo = await makeRepo(base, head, { checkout: 'merge' })
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)

    const stackText = head['infra/lib/storage-stack.ts']!
    const lines = stackText.split('\n')
    const bucketLine = lines.findIndex((l) => l.includes("new s3.Bucket(this, 'Exports'")) + 1
    const comments = fake.state.reviewComments
    expect(comments.length).toBeGreaterThan(0)
    for (const c of comments) {
      expect(c.path).toBe('infra/lib/storage-stack.ts')
      // Only the added bucket is new; the example's own findings are pre-existing.
      expect(c.line).toBeGreaterThanOrEqual(bucketLine)
      expect(c.line).toBeLessThanOrEqual(bucketLine + 2)
    }
    const bodies = comments.map((c) => c.body).join('\n')
    expect(bodies).toContain('StorageStack/Exports/Resource')
    // The properties that several findings add on the constructor's line: one suggestion for all of them.
    expect(bodies).toMatch(/```suggestion\n {4}new s3\.Bucket\(this, 'Exports', \{\n(?: {6}.*\n)* {6}enforceSSL: true,\n```/)
    expect(bodies).toMatch(/It also makes the fixes for `encryption-not-kms`, `tls-not-enforced` on this line/)
    expect(bodies).toMatch(/```suggestion\n {6}versioned: true,/)
  })
})
