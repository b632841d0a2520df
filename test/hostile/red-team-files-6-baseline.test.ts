/**
 * Round 6 of the red team on the merge-base scan: paths written as absolute, objects the base
 * tree names but the store lacks, and a tree that runs a path through a link it wrote itself.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { materializeTree } from '../../src/baseline/materialize.js'
import { changedLines } from '../../src/baseline/unseen-cdk.js'
import { scanBaseline } from '../../src/baseline/scan-base.js'
import { silentLogger } from '../../src/logger.js'
import { makeScanOptions } from '../../src/options.js'
import { scan } from '../../src/scan.js'
import { exec, git, makeRepo } from '../e2e/harness.js'

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-rt6-base-'))
const template = (id: string) => `Resources:\n  ${id}:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n`

/** `git` with stdin: `mktree` and `hash-object --stdin` read what they store from it. */
const gitIn = (cwd: string, input: string, ...args: string[]) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn('git', args, { cwd })
    let out = ''
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`git ${args.join(' ')} failed`))))
    // `commit-tree -m` reads no input and may exit before it is written: its exit code says how it went.
    child.stdin!.on('error', () => {})
    child.stdin!.end(input)
  })

describe('the merge-base scan', () => {
  it('scans the base tree, not the checkout, when a scanned path is written as an absolute path', async () => {
    // `paths: ${{ github.workspace }}/infra`: resolved against the base tree an absolute path is
    // still the checkout's, so the "base" scan read the head's files under `../../…` names: every
    // head finding was new, and every one of them listed as fixed too.
    const repo = await makeRepo(
      { 'infra/a.yaml': template('Kept') },
      { 'infra/a.yaml': template('Kept'), 'infra/b.yaml': template('Added') },
    )
    const options = makeScanOptions({ cwd: repo.dir, paths: [path.join(repo.dir, 'infra')], workers: 0 })
    const head = await scan(options, silentLogger)
    const b = await scanBaseline({
      options,
      event: { baseSha: repo.baseSha, headSha: repo.headSha },
      scan: (o) => scan(o, silentLogger),
      tempRoot: tmp(),
      debug: () => {},
    })
    expect(b.status.state).toBe('compared')
    expect(new Set(b.result!.findings.map((f) => f.location.file))).toEqual(new Set(['infra/a.yaml']))
    const atBase = new Set(b.result!.findings.map((f) => f.fingerprint))
    const kept = head.findings.filter((f) => f.resource === 'Kept')
    expect(kept.length).toBeGreaterThan(0)
    expect(kept.filter((f) => !atBase.has(f.fingerprint))).toEqual([])
  })
})

describe('writing the base tree', () => {
  it('writes every other file when the object store lacks one the tree names', async () => {
    // `<sha> missing` has no size: read as NaN, it sent the reader back to the start of the batch,
    // and every later file was skipped, so all their findings at head counted as new.
    const repo = await makeRepo(
      { 'infra/a.yaml': 'lost\n', 'infra/b.yaml': template('B'), 'infra/c.yaml': template('C') },
      { 'infra/a.yaml': 'head\n', 'infra/b.yaml': template('B'), 'infra/c.yaml': template('C') },
    )
    const lost = await git(repo.dir, 'rev-parse', `${repo.baseSha}:infra/a.yaml`)
    fs.rmSync(path.join(repo.dir, '.git', 'objects', lost.slice(0, 2), lost.slice(2)))
    const dest = tmp()
    const stats = await materializeTree(repo.dir, repo.baseSha, dest, { prefixes: ['infra'], maxFileBytes: 1 << 20 })
    expect(fs.existsSync(path.join(dest, 'infra', 'a.yaml'))).toBe(false)
    expect(fs.readFileSync(path.join(dest, 'infra', 'b.yaml'), 'utf8')).toBe(template('B'))
    expect(fs.readFileSync(path.join(dest, 'infra', 'c.yaml'), 'utf8')).toBe(template('C'))
    expect(stats).toMatchObject({ files: 2, skipped: 1 })
  })

  it('writes nothing outside the base tree when a path runs through a link the tree made', async () => {
    // A tree naming `out` twice, as a link (`a/up/..`, inside on its face; through `up -> ../..`
    // the folder above the tree) and as a folder: `out/evil.yaml` was written above the tree.
    const repo = tmp()
    await exec('git', ['init', '-q'], repo)
    const blob = (text: string) => gitIn(repo, text, 'hash-object', '-w', '--stdin')
    const up = await blob('../..')
    const out = await blob('a/up/..')
    const evil = await blob(template('Evil'))
    const a = await gitIn(repo, `120000 blob ${up}\tup\n`, 'mktree')
    const outTree = await gitIn(repo, `100644 blob ${evil}\tevil.yaml\n`, 'mktree')
    const infra = await gitIn(repo, `040000 tree ${a}\ta\n120000 blob ${out}\tout\n040000 tree ${outTree}\tout\n`, 'mktree')
    const root = await gitIn(repo, `040000 tree ${infra}\tinfra\n`, 'mktree')
    const commit = await gitIn(repo, '', '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit-tree', root, '-m', 'malformed')
    const above = tmp()
    const dest = fs.mkdtempSync(path.join(above, 's3-gate-base-'))
    await materializeTree(repo, commit, dest, { prefixes: ['infra'], maxFileBytes: 1 << 20 })
    expect(fs.readdirSync(above)).toEqual([path.basename(dest)])
  })
})

describe('the lines a pull request changed in a CDK app', () => {
  it('are read past an added line that looks like a file header in the diff', async () => {
    // `++ i;` is valid TypeScript; added, it is `+++ i;` in the diff, which was read as the header
    // of a file "i;": the changes below it in the real file counted as unchanged, so the findings
    // on them were pre-existing and did not gate.
    const repo = await makeRepo(
      { 'lib/stack.ts': 'a\nb\nc\nd\ne\nf\n', 'lib/other.ts': 'x\n' },
      { 'lib/stack.ts': '++ i;\na\nb\nc\nd\ne\npublic\nf\n', 'lib/other.ts': 'y\n' },
    )
    const changed = await changedLines(repo.dir, repo.baseSha, ['lib/other.ts', 'lib/stack.ts'])
    expect([...changed.keys()].sort()).toEqual(['lib/other.ts', 'lib/stack.ts'])
    expect([...changed.get('lib/stack.ts')!].sort((a, b) => a - b)).toEqual([1, 7])
    expect([...changed.get('lib/other.ts')!]).toEqual([1])
  })
})

describe('a submodule under the scanned paths', () => {
  it('is at the base what the checkout holds when the pull request left it alone, so its findings are not new', async () => {
    // The head scan reads the submodule's checkout; the base tree, written from the superproject's
    // object store, had nothing there, so each of its findings was new on every pull request.
    const sub = tmp()
    await git(sub, 'init', '-q', '-b', 'main')
    fs.mkdirSync(path.join(sub, 'stacks'))
    fs.writeFileSync(path.join(sub, 'stacks', 'shared.yaml'), template('Shared'))
    await git(sub, 'add', '-A')
    await git(sub, 'commit', '-q', '-m', 'sub')
    const repo = await makeRepo(
      { 'infra/a.yaml': template('Kept') },
      { 'infra/a.yaml': template('Kept'), 'infra/b.yaml': template('Added') },
    )
    // The submodule is in both: added at the base, as it is at the head.
    await git(repo.dir, 'checkout', '-q', repo.baseSha)
    await git(repo.dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'infra/vendor')
    await git(repo.dir, 'commit', '-q', '-m', 'submodule')
    const baseSha = await git(repo.dir, 'rev-parse', 'HEAD')
    await git(repo.dir, 'cherry-pick', repo.headSha)
    const headSha = await git(repo.dir, 'rev-parse', 'HEAD')
    const options = makeScanOptions({ cwd: repo.dir, paths: ['infra'], workers: 0 })
    const head = await scan(options, silentLogger)
    const shared = head.findings.filter((f) => f.resource === 'Shared')
    expect(shared.length).toBeGreaterThan(0)
    const temp = tmp()
    const b = await scanBaseline({
      options,
      event: { baseSha, headSha },
      scan: (o) => scan(o, silentLogger),
      tempRoot: temp,
      debug: () => {},
    })
    expect(b.status.state).toBe('compared')
    const atBase = new Set(b.result!.findings.map((f) => f.fingerprint))
    expect(shared.filter((f) => !atBase.has(f.fingerprint))).toEqual([])
    expect(head.findings.filter((f) => f.resource === 'Added').every((f) => !atBase.has(f.fingerprint))).toBe(true)
    expect(fs.readdirSync(temp)).toEqual([])
  })
})
