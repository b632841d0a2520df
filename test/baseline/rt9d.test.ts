import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { decideGate, type GateReport } from '../../src/baseline/gate.js'
import { applyMoves } from '../../src/baseline/moved.js'
import { scanBaseline } from '../../src/baseline/scan-base.js'
import { silentLogger } from '../../src/logger.js'
import { makeScanOptions } from '../../src/options.js'
import { scan } from '../../src/scan.js'
import { git, makeRepo } from '../e2e/harness.js'

type Tree = Record<string, string>

/** A pull request from `base` to `head`; `smudged` is written over the checkout's files afterwards, as Git LFS does. */
async function gate(base: Tree, head: Tree, smudged: Tree = {}): Promise<GateReport> {
  const repo = await makeRepo(base, head, { checkout: 'merge' })
  for (const [file, text] of Object.entries(smudged)) fs.writeFileSync(path.join(repo.dir, file), text)
  const options = makeScanOptions({ cwd: repo.dir, paths: ['.'], workers: 0 })
  const headScan = await scan(options, silentLogger)
  const b = await scanBaseline({
    options,
    event: { baseSha: repo.baseSha, headSha: repo.headSha },
    scan: (o) => scan(o, silentLogger),
    tempRoot: fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-rt9d-')),
    debug: () => {},
    head: headScan,
  })
  expect(b.status.state).toBe('compared')
  return decideGate({
    head: headScan,
    ...(b.result ? { base: b.result } : {}),
    baseline: b.status,
    policy: { failOn: 'high', commentOn: 'low', scope: 'changed', paths: ['.'] },
  })
}

const newOnes = (r: GateReport) =>
  r.findings
    .filter((f) => f.origin === 'new')
    .map((f) => `${f.ruleId} ${f.resource}`)
    .sort()

const template = (acl: string) => `Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: ${acl}\n`
const pointer = (content: string) =>
  `version https://git-lfs.github.com/spec/v1\noid sha256:${createHash('sha256').update(content).digest('hex')}\nsize ${Buffer.byteLength(content)}\n`

describe('templates kept in Git LFS at the base', () => {
  it('a template the pull request did not touch keeps its findings pre-existing (the checkout holds the object the base points to)', async () => {
    const real = template('PublicRead')
    const r = await gate(
      { 'infra/template.yaml': pointer(real), 'README.md': 'a\n' },
      { 'infra/template.yaml': pointer(real), 'README.md': 'b\n' },
      { 'infra/template.yaml': real },
    )
    expect(r.findings.some((f) => f.ruleId === 'acl-public-read')).toBe(true)
    expect(newOnes(r)).toEqual([])
    expect(r.conclusion).not.toBe('failure')
    expect(r.baseline.state === 'compared' && r.baseline.description).not.toContain('LFS')
  })

  it('a template the pull request changed in LFS: its findings are new, and the comparison says the base could not be read there', async () => {
    const before = template('Private')
    const after = template('PublicRead')
    const r = await gate(
      { 'infra/template.yaml': pointer(before) },
      { 'infra/template.yaml': pointer(after) },
      { 'infra/template.yaml': after },
    )
    expect(newOnes(r)).toContain('acl-public-read Site')
    expect(r.conclusion).toBe('failure')
    expect(r.baseline.state === 'compared' && r.baseline.description).toContain('`infra/template.yaml` is stored there as Git LFS pointer')
  })

  it('a checkout file that is not the object the pointer names (same size, other bytes) is not taken for the base', async () => {
    const before = template('Private    ')
    const after = template('PublicRead ')
    expect(Buffer.byteLength(before)).toBe(Buffer.byteLength(after))
    const r = await gate({ 't.yaml': pointer(before), 'x.md': '1' }, { 't.yaml': pointer(before), 'x.md': '2' }, { 't.yaml': after })
    expect(newOnes(r)).toContain('acl-public-read Site')
  })
})

const bucket = (name: string) =>
  `resource "aws_s3_bucket" "${name}" {\n  bucket = "x-${name}"\n}\nresource "aws_s3_bucket_acl" "${name}" {\n  bucket = aws_s3_bucket.${name}.id\n  acl    = "public-read"\n}\n`

describe('moved blocks inside a called module', () => {
  it('a resource renamed inside a module with a moved block in that module keeps its findings', async () => {
    const call = 'module "data" {\n  source = "./modules/b"\n}\n'
    const moved =
      'moved {\n  from = aws_s3_bucket.old\n  to   = aws_s3_bucket.this\n}\nmoved {\n  from = aws_s3_bucket_acl.old\n  to   = aws_s3_bucket_acl.this\n}\n'
    const r = await gate(
      { 'main.tf': call, 'modules/b/main.tf': bucket('old') },
      { 'main.tf': call, 'modules/b/main.tf': bucket('this'), 'modules/b/moved.tf': moved },
    )
    expect(r.findings.some((f) => f.ruleId === 'acl-public-read')).toBe(true)
    expect(newOnes(r)).toEqual([])
    expect(r.fixed).toEqual([])
  })

  it("applies a module's own moves after the module calls, and only to that module's files", () => {
    const moves = [{ dir: 'modules/b', from: 'aws_s3_bucket.old', to: 'aws_s3_bucket.this' }]
    expect(applyMoves(moves, 'modules/b/main.tf', 'module.data.aws_s3_bucket.old')).toBe('module.data.aws_s3_bucket.this')
    expect(applyMoves(moves, 'modules/b/main.tf', 'module.data["x"].aws_s3_bucket.old.acl')).toBe('module.data["x"].aws_s3_bucket.this.acl')
    expect(applyMoves(moves, 'modules/b/inner/main.tf', 'module.data.module.in.aws_s3_bucket.old')).toBe(
      'module.data.module.in.aws_s3_bucket.old',
    )
    expect(applyMoves(moves, 'modules/c/main.tf', 'module.data.aws_s3_bucket.old')).toBe('module.data.aws_s3_bucket.old')
  })
})

describe('a scanned path that is a symbolic link', () => {
  it('is compared with the base (its target written there too), not left unavailable with every pre-existing finding gating', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-rt9d-links-'))
    await git(dir, 'init', '-q', '-b', 'main')
    fs.mkdirSync(path.join(dir, 'stacks'))
    fs.writeFileSync(path.join(dir, 'stacks/t.yaml'), template('PublicRead'))
    fs.writeFileSync(path.join(dir, 'stacks/body.txt'), template('PublicRead'))
    fs.symlinkSync('stacks/t.yaml', path.join(dir, 'link.yaml'))
    fs.symlinkSync('stacks/body.txt', path.join(dir, 'named.yaml'))
    fs.symlinkSync('stacks', path.join(dir, 'infra'))
    fs.writeFileSync(path.join(dir, 'a.md'), '1')
    await git(dir, 'add', '-A')
    await git(dir, 'commit', '-q', '-m', 'base')
    const baseSha = await git(dir, 'rev-parse', 'HEAD')
    fs.writeFileSync(path.join(dir, 'a.md'), '2')
    await git(dir, 'add', '-A')
    await git(dir, 'commit', '-q', '-m', 'head')
    const headSha = await git(dir, 'rev-parse', 'HEAD')
    for (const paths of [['link.yaml'], ['named.yaml'], ['infra']]) {
      const options = makeScanOptions({ cwd: dir, paths, workers: 0 })
      const head = await scan(options, silentLogger)
      const b = await scanBaseline({
        options,
        event: { baseSha, headSha },
        scan: (o) => scan(o, silentLogger),
        tempRoot: fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-rt9d-')),
        debug: () => {},
        head,
      })
      expect(b.status.state, paths[0]).toBe('compared')
      const r = decideGate({
        head,
        ...(b.result ? { base: b.result } : {}),
        baseline: b.status,
        policy: { failOn: 'high', commentOn: 'low', scope: 'changed', paths },
      })
      expect(r.counts.preExisting, paths[0]).toBeGreaterThan(0)
      expect(r.counts.new, paths[0]).toBe(0)
    }
  })
})
