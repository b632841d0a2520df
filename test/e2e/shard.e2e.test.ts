/**
 * Scale-out: the same pull request scanned in one job and in four shard jobs plus a merge job.
 * The merged result must hold exactly the findings of the unsharded scan, and the merge job must
 * post exactly what the one-job run posts (check run, annotations, review comments, summary
 * comment), request for request. Shard results are untrusted artifacts: an incomplete, stale or
 * tampered set is refused and fails the gate.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import {
  DIST,
  ensureDist,
  exec,
  expectCleanRun,
  makeRepo,
  ROOT,
  runOnPull,
  scenarioFor,
  type ActionRun,
  type TestRepo,
  type Tree,
} from './harness.js'
import { LOGS_BUCKET, manyBuckets, WITH_PUBLIC_BUCKET } from './scenarios.js'

const CLI = path.join(path.dirname(DIST), 'cli', 'index.js')
const SHARDS = 4

function readTree(dir: string, prefix: string): Tree {
  const out: Tree = {}
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else out[`${prefix}/${path.relative(dir, p).split(path.sep).join('/')}`] = fs.readFileSync(p, 'utf8')
    }
  }
  walk(dir)
  return out
}

const CONFIG = `exceptions:
  - rule: acl-public-read
    resource: Public
    path: "infra/app/**"
    reason: the public download bucket (accepted in review)
  - rule: versioning-disabled
    path: "nowhere/**"
    reason: never matches anything
  - rule: lifecycle-missing
    path: "infra/lake.yaml"
    reason: expired long ago
    expires: 2020-01-01
`

/** A repository with every format, spread over many scan units so that every shard gets some. */
function baseTree(): Tree {
  const examples = path.join(ROOT, 'examples')
  const tree: Tree = {
    '.s3-gate.yml': CONFIG,
    'infra/app/template.yaml': LOGS_BUCKET,
    'infra/lake.yaml': fs.readFileSync(path.join(examples, 'cloudformation/insecure-data-lake.yaml'), 'utf8'),
    'infra/legacy.json': fs.readFileSync(path.join(examples, 'cloudformation/legacy-logs.json'), 'utf8'),
    'infra/site.yaml': fs.readFileSync(path.join(examples, 'cloudformation/website-and-private.yaml'), 'utf8'),
    ...readTree(path.join(examples, 'terraform'), 'tf'),
    ...readTree(path.join(examples, 'cdk'), 'cdk'),
  }
  for (let i = 0; i < 8; i++) tree[`many/team-${i}/buckets.yaml`] = manyBuckets(1 + (i % 3))
  // A bucket and, in a template of another shard (1 and 3 of 4), the policy that denies it plain
  // HTTP: unchanged, its findings went at the base too, which the merge sees only when each shard
  // hands it the base's cross-stack links (`baseLinks`), as one base scan links them.
  tree['xstack/c.yaml'] = XSTACK_BUCKET
  tree['xstack/d.yaml'] = XSTACK_POLICY
  return tree
}

function headTree(base: Tree): Tree {
  const head = { ...base }
  head['infra/app/template.yaml'] = WITH_PUBLIC_BUCKET
  delete head['many/team-0/buckets.yaml'] // fixed by deletion
  head['tf/v4-split/main.tf'] =
    `${base['tf/v4-split/main.tf']}\nresource "aws_s3_bucket" "exports" {\n  bucket = "exports"\n}\n\nresource "aws_s3_bucket_acl" "exports" {\n  bucket = aws_s3_bucket.exports.id\n  acl    = "public-read"\n}\n`
  head['broken/truncated.yaml'] = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: [\n"
  // Above the lowered size limit: a FILE_TOO_LARGE error, which lands in one shard only.
  head['big/huge.yaml'] = `${LOGS_BUCKET}# ${'x'.repeat(90 * 1024)}\n`
  return head
}

const XSTACK_BUCKET = `Resources:
  Shared:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: xstack-shared-bucket
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`
const XSTACK_POLICY = `Resources:
  SharedPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: xstack-shared-bucket
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: ["arn:aws:s3:::xstack-shared-bucket", "arn:aws:s3:::xstack-shared-bucket/*"]
            Condition: { Bool: { "aws:SecureTransport": "false" } }
`

const INPUTS = { limits: 'max-file-size=0.06' }

let repo: TestRepo
beforeAll(ensureDist, 600_000)
beforeAll(async () => {
  const base = baseTree()
  repo = await makeRepo(base, headTree(base), { checkout: 'merge' })
}, 120_000)

let fakes: FakeGitHub[] = []
afterEach(async () => {
  await Promise.all(fakes.map((f) => f.close()))
  fakes = []
})
async function fake(): Promise<FakeGitHub> {
  const f = await startFakeGitHub(scenarioFor(repo))
  fakes.push(f)
  return f
}

/** The shard jobs of the matrix, then the merge job, all against `f`. */
async function shardedRun(f: FakeGitHub, inputs: Record<string, string> = INPUTS) {
  const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-shards-'))
  const shards: ActionRun[] = []
  for (let i = 1; i <= SHARDS; i++) {
    // One folder per downloaded artifact, as actions/download-artifact lays them out.
    fs.mkdirSync(path.join(resultsDir, `s3-gate-shard-${i}`))
    const file = path.join(resultsDir, `s3-gate-shard-${i}`, `s3-gate-shard-${i}.json`)
    shards.push(await runOnPull(f, repo, { ...inputs, mode: 'scan', shard: `${i}/${SHARDS}`, 'results-file': file }))
  }
  const requestsBeforeMerge = f.state.requests.length
  const merge = await runOnPull(f, repo, { ...inputs, mode: 'merge', 'results-dir': resultsDir })
  return { shards, merge, resultsDir, requestsBeforeMerge }
}

/** What a run posted, with the only legitimate difference (the scan duration) blanked out. */
function posted(f: FakeGitHub) {
  const s = f.state
  const dur = (t: string | null) => (t ?? '').replace(/ · \d+(\.\d+)? s<\/sub>/g, ' · N s</sub>')
  return {
    requests: s.requests.map((r) => `${r.method} ${r.path} ${r.status}`),
    // Every attempt names its run afresh (to find it again after a lost answer), so only its form is compared.
    checkRuns: s.checkRuns.map((c) => ({
      ...c,
      externalId: c.externalId?.replace(/^s3-gate-[0-9a-f-]{36}$/, 's3-gate-<uuid>'),
      output: { ...c.output, summary: dur(c.output.summary) },
    })),
    reviews: s.reviews.map((r) => ({ event: r.event, body: r.body, comments: r.commentIds.length })),
    reviewComments: s.reviewComments.map((c) => ({
      path: c.path,
      line: c.line,
      startLine: c.startLine,
      subjectType: c.subjectType,
      body: c.body,
    })),
    issueComments: s.issueComments.map((c) => dur(c.body)),
  }
}

const outputsOf = (run: ActionRun) => {
  const { 'sarif-file': _s, 'results-file': _r, ...rest } = run.outputs
  return rest
}

describe('a sharded scan', () => {
  it('gives exactly the findings of one unsharded scan when its shards are merged (CLI)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-cli-shards-'))
    // One commit for every shard, as the jobs of one workflow run see it.
    const env = { ...process.env, GITHUB_SHA: 'a'.repeat(40) }
    const cli = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
      exec(process.execPath, [CLI, ...args, '--max-file-size', '0.06', '--fail-on', 'none', '--quiet'], repo.dir, { ...env, ...extra })
    const whole = JSON.parse((await cli(['scan', '--format', 'json'])).stdout) as Record<string, unknown> & {
      stats: Record<string, unknown>
    }
    const files: string[] = []
    for (let i = 1; i <= SHARDS; i++) {
      const file = path.join(dir, `shard-${i}.json`)
      const r = await cli(['scan', '--shard', `${i}/${SHARDS}`, '--format', 'json', '--output', file])
      expect(r.code).toBe(0)
      const shard = JSON.parse(fs.readFileSync(file, 'utf8')) as { stats: { units: number }; shard: { settings: string } }
      // `links`: the shard's buckets and policies a merge may link across templates (see cross-stack.test.ts);
      // `reads`, `readsElsewhere`, `empty`: what the merge needs to count each file once (files-read.test.ts).
      const {
        links: _links,
        reads: _reads,
        readsElsewhere: _elsewhere,
        empty: _empty,
        ...info
      } = shard.shard as typeof shard.shard & { links?: unknown; reads?: unknown; readsElsewhere?: unknown; empty?: unknown }
      expect(info).toEqual({
        index: i,
        count: SHARDS,
        settings: expect.stringMatching(/^[0-9a-f]{16}$/),
        commit: 'a'.repeat(40),
        // Scanned at the root of its work tree: a merge from elsewhere places the paths there.
        folder: '',
        maxScanFindings: 500_000,
      })
      // Every shard has work, so the comparison below really exercises the merge.
      expect(shard.stats.units).toBeGreaterThan(0)
      files.push(file)
    }
    const merge = (format: string) =>
      exec(process.execPath, [CLI, 'merge', ...files.reverse(), '--format', format, '--fail-on', 'none', '--quiet'], repo.dir)
    const merged = JSON.parse((await merge('json')).stdout) as typeof whole
    const stripDuration = (r: typeof whole) => ({ ...r, stats: { ...r.stats, durationMs: 0 } })
    expect(stripDuration(merged)).toEqual(stripDuration(whole))
    expect((merged.findings as unknown[]).length).toBeGreaterThan(100)
    // SARIF, byte for byte.
    expect((await merge('sarif')).stdout).toBe((await cli(['scan', '--format', 'sarif'])).stdout)
    // The exit code follows --fail-on over the merged findings.
    const gate = await exec(process.execPath, [CLI, 'merge', ...files, '--format', 'text', '--fail-on', 'high', '--quiet'], repo.dir)
    expect(gate.code).toBe(1)

    // A shard scanned with other limits, or of another commit, is refused rather than merged.
    const redo = async (args: string[], extra: NodeJS.ProcessEnv = {}) => {
      const file = path.join(dir, 'shard-2-again.json')
      expect((await cli(['scan', '--shard', `2/${SHARDS}`, '--format', 'json', '--output', file, ...args], extra)).code).toBe(0)
      const mixed = files.map((f) => (f.endsWith('shard-2.json') ? file : f))
      return exec(process.execPath, [CLI, 'merge', ...mixed, '--format', 'json', '--fail-on', 'none', '--quiet'], repo.dir)
    }
    const deeper = await redo(['--max-depth', '150'])
    expect({ code: deeper.code, stderr: deeper.stderr }).toEqual({
      code: 2,
      stderr: expect.stringMatching(/shard-2-again\.json and \S*shard-1\.json were scanned with different paths, configuration or limits/),
    })
    const later = await redo([], { GITHUB_SHA: 'b'.repeat(40) })
    expect({ code: later.code, stderr: later.stderr }).toEqual({
      code: 2,
      stderr: expect.stringMatching(/are of different commits \(bbbbbbb and aaaaaaa\)/),
    })
    // The same options and commit again merge as before.
    expect((await redo([])).code).toBe(0)
  })

  it('posts exactly what one unsharded run posts, once the merge job has merged the four shards', async () => {
    const single = await fake()
    const whole = await runOnPull(single, repo, INPUTS)
    expectCleanRun(single, whole)
    expect(whole.code).toBe(1)

    const sharded = await fake()
    const { shards, merge, resultsDir, requestsBeforeMerge } = await shardedRun(sharded)
    for (const s of shards) {
      expectCleanRun(sharded, s)
      // A shard neither posts nor fails: its verdict covers part of the repository only.
      expect(s.code).toBe(0)
      expect(s.stdout).not.toMatch(/^::error/m)
      expect(s.summary).toMatch(/This is shard \d of 4/)
    }
    expect(requestsBeforeMerge).toBe(0)
    expectCleanRun(sharded, merge)

    // The findings: the merged SARIF is the unsharded SARIF, and the outputs agree.
    expect(fs.readFileSync(merge.outputs['sarif-file']!, 'utf8')).toBe(fs.readFileSync(whole.outputs['sarif-file']!, 'utf8'))
    expect(outputsOf(merge)).toEqual(outputsOf(whole))
    expect(merge.code).toBe(whole.code)
    const doc = JSON.parse(fs.readFileSync(merge.outputs['results-file']!, 'utf8')) as { head: { findings: unknown[] } }
    expect(doc.head.findings.length).toBeGreaterThan(100)

    // What GitHub received: the same requests, check run, annotations, comments and summary.
    expect(posted(sharded)).toEqual(posted(single))
    expect(single.state.checkRuns[0]!.conclusion).toBe('failure')
    expect(single.state.reviewComments.length).toBeGreaterThan(0)
    // The new/pre-existing/fixed split was made over the whole repository, not per shard.
    expect(single.state.checkRuns[0]!.output.summary).toMatch(/Fixed by this PR/)
    expect(merge.summary.replace(/ · \d+(\.\d+)? s<\/sub>/, '')).toBe(whole.summary.replace(/ · \d+(\.\d+)? s<\/sub>/, ''))
    fs.rmSync(resultsDir, { recursive: true, force: true })
  })

  it('refuses an incomplete, duplicated, stale or tampered set of shards, fails the gate and posts nothing', async () => {
    const f = await fake()
    const { resultsDir, merge } = await shardedRun(f)
    expect(merge.code).toBe(1)
    const before = f.state.requests.length
    const shardFile = (i: number) => path.join(resultsDir, `s3-gate-shard-${i}`, `s3-gate-shard-${i}.json`)
    const variant = (mutate: (dir: string) => void) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-shards-variant-'))
      fs.cpSync(resultsDir, dir, { recursive: true })
      mutate(dir)
      return dir
    }
    const at = (dir: string, i: number) => path.join(dir, `s3-gate-shard-${i}`, `s3-gate-shard-${i}.json`)
    const edit = (dir: string, i: number, change: (doc: Record<string, unknown> & { head: Record<string, unknown> }) => void) => {
      const doc = JSON.parse(fs.readFileSync(at(dir, i), 'utf8')) as Record<string, unknown> & { head: Record<string, unknown> }
      change(doc)
      fs.writeFileSync(at(dir, i), JSON.stringify(doc))
    }
    const cases: [string, string, RegExp][] = [
      ['a missing shard', variant((d) => fs.rmSync(path.join(d, 's3-gate-shard-3'), { recursive: true })), /Shard 3\/4 is missing/],
      ['the same shard twice', variant((d) => fs.copyFileSync(shardFile(1), at(d, 2))), /both shard 1\/4/],
      ['a shard of another commit', variant((d) => edit(d, 2, (doc) => (doc.headSha = 'c'.repeat(40)))), /differ in the commit/],
      [
        'shards of another commit',
        variant((d) => [1, 2, 3, 4].forEach((i) => edit(d, i, (doc) => (doc.headSha = 'c'.repeat(40))))),
        /stale/,
      ],
      [
        'another version',
        variant((d) =>
          edit(d, 4, (doc) => {
            ;(doc.tool as { version: string }).version = '9.9.9'
            ;(doc.head.tool as { version: string }).version = '9.9.9'
          }),
        ),
        /written by s3-gate 9\.9\.9, but this is/,
      ],
      [
        'a shard scanned with other limits or configuration',
        variant((d) => edit(d, 3, (doc) => ((doc.head.shard as { settings: string }).settings = '0'.repeat(16)))),
        /scanned with different paths, configuration or limits/,
      ],
      ['another split', variant((d) => edit(d, 4, (doc) => (doc.head.shard = { index: 4, count: 5 }))), /all shards must use the same n/],
      [
        'a path out of the repository',
        variant((d) =>
          edit(d, 1, (doc) => {
            const findings = doc.head.findings as { location: { file: string } }[]
            findings[0]!.location.file = '../../etc/passwd'
          }),
        ),
        /not valid.*location\.file/,
      ],
      ['not JSON', variant((d) => fs.writeFileSync(at(d, 1), '{"schema":')), /not valid JSON/],
      ['an empty folder', fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-e2e-empty-')), /No shard results/],
    ]
    for (const [what, dir, message] of cases) {
      const run = await runOnPull(f, repo, { ...INPUTS, mode: 'merge', 'results-dir': dir })
      expect({ what, code: run.code }).toEqual({ what, code: 1 })
      expect({ what, error: run.stdout.split('\n').find((l) => l.startsWith('::error::')) }).toEqual({
        what,
        error: expect.stringMatching(message),
      })
      expect(run.stdout).not.toMatch(/bug in s3-gate/)
    }
    expect(f.state.requests.length).toBe(before)
    expect(f.state.violations).toEqual([])
  })

  it('refuses `shard` outside `mode: scan`, so a shard can never post a partial verdict', async () => {
    const f = await fake()
    const run = await runOnPull(f, repo, { shard: '1/4' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/`shard` needs `mode: scan`/)
    expect(f.state.requests).toEqual([])
  })
})

describe('the sharded example workflow', () => {
  // Workflow YAML: any shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Loose = any
  const wf = parse(fs.readFileSync(path.join(ROOT, 'examples', 'workflows', 's3-gate-sharded.yml'), 'utf8')) as Record<string, Loose>

  it('scans each shard of a matrix read-only, uploads the results, and publishes once from a merge job', () => {
    const scanJob = wf.jobs.scan
    const shards = scanJob.strategy.matrix.shard as number[]
    expect(shards).toEqual(Array.from({ length: Number(wf.env.SHARDS) }, (_, i) => i + 1))
    expect(scanJob.permissions).toEqual({ contents: 'read' })
    const scanStep = (scanJob.steps as Loose[]).find((s) => String(s.uses).startsWith('s3-gate/'))
    expect(scanStep.with).toMatchObject({ mode: 'scan', shard: '${{ matrix.shard }}/${{ env.SHARDS }}' })
    const upload = (scanJob.steps as Loose[]).find((s) => String(s.uses).startsWith('actions/upload-artifact'))
    expect(upload.with.name).toBe('s3-gate-shard-${{ matrix.shard }}')

    const merge = wf.jobs.merge
    expect(merge.needs).toBe('scan')
    expect(merge.if).toBe('${{ !cancelled() }}')
    expect(merge.permissions).toMatchObject({ checks: 'write', 'pull-requests': 'write' })
    const download = (merge.steps as Loose[]).find((s) => String(s.uses).startsWith('actions/download-artifact'))
    expect(download.with.pattern).toBe('s3-gate-shard-*')
    const mergeStep = (merge.steps as Loose[]).find((s) => String(s.uses).startsWith('s3-gate/'))
    expect(mergeStep.with.mode).toBe('merge')
    expect(mergeStep.with['results-dir']).toBe(download.with.path)
  })
})
