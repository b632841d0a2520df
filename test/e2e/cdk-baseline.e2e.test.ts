/**
 * `scope: changed` on a CDK app whose `cdk.out` is git-ignored (the usual setup): the workflow
 * synthesises the assembly before s3-gate runs, but the merge base, rebuilt from git, has none.
 * Compared by fingerprint, every CDK finding would be "new"; instead, findings from templates the
 * base does not have are new only when their mapped source is on a line the pull request changed.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { changedLines, parseChangedLines, trackedAtHead } from '../../src/baseline/unseen-cdk.js'
// @ts-expect-error: a plain ES module script without types
import { synthesize } from '../../examples/cdk/synth.mjs'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, ROOT, runOnPull, scenarioFor, type Tree } from './harness.js'

const example = path.join(ROOT, 'examples/cdk')
const APP_FILES = ['bin/app.ts', 'lib/analytics-stage.ts', 'lib/secure-bucket.ts', 'lib/storage-stack.ts', 'cdk.json']

const ADDED = `    // Exports for the partner team.
    new s3.Bucket(this, 'Exports', {
      versioned: false,
    })

`

function appTree(edit: (stack: string) => string = (s) => s): Tree {
  const tree: Tree = { '.gitignore': 'cdk.out/\nnode_modules/\n' }
  for (const r of APP_FILES) tree[r] = fs.readFileSync(path.join(example, r), 'utf8')
  tree['lib/storage-stack.ts'] = edit(tree['lib/storage-stack.ts']!)
  return tree
}

/** The head's source: one bucket added, and versioning turned off on an existing one. */
const headEdit = (text: string) =>
  text
    .replace('    // Server access logs of the archive', `${ADDED}    // Server access logs of the archive`)
    .replace(/(new s3\.Bucket\(this, 'AccessLogs', \{[\s\S]*?)versioned: true,/, '$1versioned: false,')

/** `cdk synth` of `tree` in a folder of its own (so the traces carry foreign absolute paths, as on CI). */
function synth(tree: Tree): Tree {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-cdk-synth-')))
  for (const [rel, text] of Object.entries(tree)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n')
  synthesize({ appDir: dir, outdir: path.join(dir, 'cdk.out'), quiet: true })
  const out: Tree = {}
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else out[`cdk.out/${path.relative(path.join(dir, 'cdk.out'), p).split(path.sep).join('/')}`] = fs.readFileSync(p, 'utf8')
    }
  }
  walk(path.join(dir, 'cdk.out'))
  fs.rmSync(dir, { recursive: true, force: true })
  return out
}

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

describe('scope: changed on a CDK app whose cdk.out is not committed', () => {
  it('classifies findings of an assembly the base lacks by the lines the pull request changed', async () => {
    const base = appTree()
    const head = appTree(headEdit)
    const repo = await makeRepo(base, head, { checkout: 'merge' })
    // The workflow synthesised the head before the scan; git ignores the result.
    for (const [rel, text] of Object.entries(synth(head))) {
      fs.mkdirSync(path.dirname(path.join(repo.dir, rel)), { recursive: true })
      fs.writeFileSync(path.join(repo.dir, rel), text)
    }
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)

    const stack = head['lib/storage-stack.ts']!.split('\n')
    const line = (needle: string) => stack.findIndex((l) => l.includes(needle)) + 1
    const exports = line("new s3.Bucket(this, 'Exports'")
    const accessLogs = line("new s3.Bucket(this, 'AccessLogs'")
    const unversioned = stack.findIndex((l, i) => i >= accessLogs && l.includes('versioned: false,')) + 1
    expect(unversioned).toBeGreaterThan(accessLogs)

    const sarif = JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8')) as {
      runs: {
        results: {
          ruleId: string
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]
        }[]
      }[]
    }
    const all = sarif.runs[0]!.results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('.ts'))
    expect(all.length).toBeGreaterThan(20)

    // What is new: the added bucket, and versioning turned off on AccessLogs; nothing else.
    const comments = fake.state.reviewComments
    expect(comments.length).toBeGreaterThan(0)
    expect(comments.every((c) => c.path === 'lib/storage-stack.ts')).toBe(true)
    const commented = comments.map((c) => c.line!)
    expect(commented.some((l) => l >= exports && l < exports + 3)).toBe(true)
    expect(commented.some((l) => l >= accessLogs && l <= unversioned)).toBe(true)
    expect(commented.every((l) => (l >= exports && l < exports + 3) || (l >= accessLogs && l <= unversioned + 1))).toBe(true)
    const newCount = Number(run.outputs['new-findings'])
    expect(newCount).toBeGreaterThan(0)
    expect(newCount).toBeLessThan(Number(run.outputs.findings) / 2)

    // The gate fails on the new bucket (no Block Public Access) alone; the public Uploads bucket
    // is untouched, so it is pre-existing and does not block this pull request.
    const summary = fake.state.checkRuns[0]!.output.summary!
    expect(run.code).toBe(1)
    const blocking = /#### Blocking introduced by this PR[\s\S]*?(?=\n####|\n<details)/.exec(summary)![0]
    expect(blocking).toContain('StorageStack/Exports/Resource')
    expect(blocking).not.toMatch(/StorageStack\/(Uploads|AccessLogs|Archive|Reports)/)
    const preExisting = /Pre-existing \(\d+\): not introduced by this PR[\s\S]*?<\/details>/.exec(summary)![0]
    expect(preExisting).toMatch(/policy-public-read.*StorageStack\/Uploads/)
    expect(preExisting).not.toContain('StorageStack/Exports')
    // And the summary says how these findings were classified.
    expect(summary).toMatch(/CDK findings? comes? from synthesised templates \(cdk\.out\) that the merge base does not have/)
    expect(summary).toMatch(new RegExp(`${newCount} new, \\d+ pre-existing`))
    expect(run.summary).toMatch(/classified by the lines this pull request changes in the app's source/)
  })

  it('still gates a new public bucket in such an app', async () => {
    const base = appTree()
    const head = appTree((t) =>
      t.replace(
        '    // Server access logs of the archive',
        `    new s3.Bucket(this, 'Leaky', {\n      publicReadAccess: true,\n      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY,\n    })\n\n    // Server access logs of the archive`,
      ),
    )
    const repo = await makeRepo(base, head, { checkout: 'merge' })
    for (const [rel, text] of Object.entries(synth(head))) {
      fs.mkdirSync(path.dirname(path.join(repo.dir, rel)), { recursive: true })
      fs.writeFileSync(path.join(repo.dir, rel), text)
    }
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    expect(run.outputs.conclusion).toBe('failure')
    const bodies = fake.state.reviewComments.map((c) => c.body).join('\n')
    expect(bodies).toContain('StorageStack/Leaky')
    expect(bodies).not.toContain('StorageStack/Uploads')
  })
})

describe('changed lines from a unified diff', () => {
  it('takes added lines, and both neighbours of a pure deletion', () => {
    const diff = [
      'diff --git a/lib/a.ts b/lib/a.ts',
      '--- a/lib/a.ts',
      '+++ b/lib/a.ts',
      '@@ -3,0 +4,2 @@',
      '+x',
      '+y',
      '@@ -10 +12 @@',
      '-a',
      '+b',
      '@@ -20,2 +21,0 @@',
      '-gone',
      '-gone',
      'diff --git a/lib/old.ts b/lib/old.ts',
      '--- a/lib/old.ts',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-x',
    ].join('\n')
    const lines = parseChangedLines(diff)
    expect([...lines.keys()]).toEqual(['lib/a.ts'])
    expect([...lines.get('lib/a.ts')!].sort((a, b) => a - b)).toEqual([4, 5, 12, 21, 22])
  })

  it('reads the names git ends with a tab (a space in them) or quotes, so their new findings still gate', async () => {
    const lines = parseChangedLines(
      ['+++ b/lib/my stack.ts\t', '@@ -1,0 +2 @@', '+new', '+++ "b/lib/we\\"ird \\303\\251.ts"', '@@ -1 +1 @@', '+new'].join('\n'),
    )
    expect([...lines.keys()]).toEqual(['lib/my stack.ts', 'lib/we"ird é.ts'])
    // And as git writes them, whatever prefixes the runner's git config asks for.
    const repo = await makeRepo(
      { 'lib/my stack.ts': 'a\nb\n', 'lib/[id].ts': 'a\n', 'lib/i.ts': 'a\n' },
      { 'lib/my stack.ts': 'a\nc\nb\n', 'lib/[id].ts': 'z\n', 'lib/i.ts': 'z\n' },
    )
    const changed = await changedLines(repo.dir, repo.baseSha, ['lib/my stack.ts', 'lib/[id].ts'])
    expect([...changed.keys()].sort()).toEqual(['lib/[id].ts', 'lib/my stack.ts'])
    expect([...changed.get('lib/my stack.ts')!]).toEqual([2])
    // A name git would take for pathspec magic is a name too: it failed the whole listing.
    expect([...(await trackedAtHead(repo.dir, ['lib/[id].ts', ':!lib/i.ts']))]).toEqual(['lib/[id].ts'])
  })
})
