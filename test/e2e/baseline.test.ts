import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { materializeTree } from '../../src/baseline/materialize.js'
import { findBaseCommit } from '../../src/baseline/merge-base.js'
import { renamedFiles } from '../../src/baseline/renames.js'
import { scanBaseline } from '../../src/baseline/scan-base.js'
import { silentLogger } from '../../src/logger.js'
import { scan } from '../../src/scan.js'
import { makeScanOptions } from '../../src/options.js'
import type { ScanResult } from '../../src/scan-result.js'
import { git, makeRepo } from './harness.js'

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-base-test-'))

describe('reading the merge base with git', () => {
  it('uses the base parent of GitHub’s merge commit', async () => {
    const repo = await makeRepo({ 'a.yaml': 'a\n' }, { 'a.yaml': 'b\n' }, { checkout: 'merge' })
    const base = await findBaseCommit(repo.dir, { baseSha: repo.baseSha, headSha: repo.headSha })
    expect(base).toMatchObject({ ok: true, commit: repo.baseSha })
  })

  it('uses the merge base when the head is checked out', async () => {
    const repo = await makeRepo({ 'a.yaml': 'a\n' }, { 'a.yaml': 'b\n' })
    expect(await findBaseCommit(repo.dir, { baseSha: repo.baseSha, headSha: repo.headSha })).toMatchObject({
      ok: true,
      commit: repo.baseSha,
    })
  })

  it('says what to change when a shallow clone lacks the base', async () => {
    const repo = await makeRepo({ 'a.yaml': 'a\n' }, { 'a.yaml': 'b\n' }, { checkout: 'merge', shallow: true })
    const base = await findBaseCommit(repo.dir, { baseSha: repo.baseSha, headSha: repo.headSha })
    expect(base.ok).toBe(false)
    expect(base.ok === false && base.reason).toMatch(/fetch-depth/)
    // The merge commit's own parents are read even though the shallow clone hides them.
    expect(base.ok === false && base.reason).toMatch(/checkout is GitHub's merge commit, but its base parent/)
  })

  it('writes the base tree from the object store: only the scanned paths, no symlink leaving it', async () => {
    const repo = await makeRepo({ 'infra/a.yaml': 'base\n', 'other/b.yaml': 'x\n' }, { 'infra/a.yaml': 'head\n', 'other/b.yaml': 'x\n' })
    fs.symlinkSync('/etc/passwd', path.join(repo.dir, 'infra', 'escape.yaml'))
    fs.symlinkSync('a.yaml', path.join(repo.dir, 'infra', 'inside.yaml'))
    await git(repo.dir, 'add', '-A')
    await git(repo.dir, 'commit', '-q', '-m', 'links')
    const commit = await git(repo.dir, 'rev-parse', 'HEAD')
    const dest = tmp()
    const stats = await materializeTree(repo.dir, commit, dest, { prefixes: ['infra'], maxFileBytes: 1024 })
    expect(fs.readFileSync(path.join(dest, 'infra', 'a.yaml'), 'utf8')).toBe('head\n')
    expect(fs.existsSync(path.join(dest, 'other'))).toBe(false)
    expect(fs.existsSync(path.join(dest, 'infra', 'escape.yaml'))).toBe(false)
    expect(fs.readlinkSync(path.join(dest, 'infra', 'inside.yaml'))).toBe('a.yaml')
    expect(stats).toMatchObject({ files: 1, skipped: 1 })
  })

  it('writes no chain of symlinks that leads out of the base tree', async () => {
    const repo = await makeRepo({ 'infra/a.yaml': 'a\n' }, { 'infra/a.yaml': 'a\n' })
    fs.mkdirSync(path.join(repo.dir, 'infra', 'x', 'y'), { recursive: true })
    // Each reads as inside on its own: `up` is the tree's root, `out` goes one above it through `up`.
    fs.symlinkSync('../../..', path.join(repo.dir, 'infra', 'x', 'y', 'up'))
    fs.symlinkSync('x/y/up/..', path.join(repo.dir, 'infra', 'out'))
    fs.symlinkSync('x/y/up/infra/a.yaml', path.join(repo.dir, 'infra', 'same.yaml'))
    await git(repo.dir, 'add', '-A')
    await git(repo.dir, 'commit', '-q', '-m', 'links')
    const commit = await git(repo.dir, 'rev-parse', 'HEAD')
    const dest = tmp()
    const stats = await materializeTree(repo.dir, commit, dest, { prefixes: ['infra'], maxFileBytes: 1024 })
    expect(fs.realpathSync(path.join(dest, 'infra', 'x', 'y', 'up'))).toBe(fs.realpathSync(dest))
    expect(fs.existsSync(path.join(dest, 'infra', 'out'))).toBe(false)
    expect(fs.readFileSync(path.join(dest, 'infra', 'same.yaml'), 'utf8')).toBe('a\n')
    expect(stats.skipped).toBe(1)
  })

  it('links the checkout’s byte-identical files into the base tree, and writes every other from git', async () => {
    const repo = await makeRepo(
      { 'infra/same.yaml': 'same\n', 'infra/changed.yaml': 'base\n', 'infra/linked.yaml': 'base\n', 'infra/dir/moved.yaml': 'base\n' },
      { 'infra/same.yaml': 'same\n', 'infra/changed.yaml': 'head\n', 'infra/linked.yaml': 'base\n', 'infra/dir/moved.yaml': 'base\n' },
    )
    const outside = tmp()
    fs.writeFileSync(path.join(outside, 'linked.yaml'), 'base\n')
    // The checkout's copy is a link out of it, or sits behind a linked folder: never read.
    fs.rmSync(path.join(repo.dir, 'infra', 'linked.yaml'))
    fs.symlinkSync(path.join(outside, 'linked.yaml'), path.join(repo.dir, 'infra', 'linked.yaml'))
    fs.renameSync(path.join(repo.dir, 'infra', 'dir'), path.join(outside, 'dir'))
    fs.symlinkSync(path.join(outside, 'dir'), path.join(repo.dir, 'infra', 'dir'))
    const dest = tmp()
    const stats = await materializeTree(repo.dir, repo.baseSha, dest, { prefixes: ['infra'], maxFileBytes: 1024 })
    expect(stats).toMatchObject({ files: 4, skipped: 0 })
    const inode = (p: string) => fs.statSync(p).ino
    expect(inode(path.join(dest, 'infra', 'same.yaml'))).toBe(inode(path.join(repo.dir, 'infra', 'same.yaml')))
    for (const f of ['changed.yaml', 'linked.yaml', 'dir/moved.yaml']) {
      const copy = path.join(dest, 'infra', f)
      expect(fs.lstatSync(copy).isFile()).toBe(true)
      expect(fs.readFileSync(copy, 'utf8')).toBe('base\n')
      expect(fs.statSync(copy).nlink).toBe(1)
    }
  })

  it('scans the base with the same options in a temp dir and cleans up', async () => {
    const repo = await makeRepo({ 'infra/a.yaml': 'base\n' }, { 'infra/a.yaml': 'head\n' })
    const temp = tmp()
    const seen: { cwd: string; paths: string[]; text: string }[] = []
    const fakeScan = async (o: ReturnType<typeof makeScanOptions>): Promise<ScanResult> => {
      seen.push({ cwd: o.cwd, paths: o.paths, text: fs.readFileSync(path.join(o.cwd, 'a.yaml'), 'utf8') })
      return {
        tool: { name: 's3-gate', version: 't' },
        cwd: o.cwd,
        roots: [],
        findings: [],
        unknowns: [],
        problems: [],
        notes: [],
        stats: { files: 1, bytes: 1, units: 1, byFormat: {}, buckets: 0, durationMs: 0 },
      }
    }
    const b = await scanBaseline({
      options: makeScanOptions({ cwd: path.join(repo.dir, 'infra'), paths: ['.'] }),
      event: { baseSha: repo.baseSha, headSha: repo.headSha },
      scan: fakeScan,
      tempRoot: temp,
      debug: () => {},
    })
    expect(b.status).toMatchObject({ state: 'compared', commit: repo.baseSha })
    expect(seen).toHaveLength(1)
    expect(seen[0]!.text).toBe('base\n')
    expect(seen[0]!.cwd.endsWith(`${path.sep}infra`)).toBe(true)
    expect(fs.readdirSync(temp)).toEqual([])
  })
})

describe('files the pull request renamed', () => {
  it('give the base findings the head names, so moving a template introduces nothing', async () => {
    const template = 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n'
    const repo = await makeRepo(
      { 'infra/old/template.yaml': template, 'infra/kept.yaml': template },
      { 'infra/new/template.yaml': `${template}# moved\n`, 'infra/kept.yaml': template },
      { checkout: 'merge' },
    )
    const temp = tmp()
    const options = makeScanOptions({ cwd: path.join(repo.dir, 'infra'), paths: ['.'], workers: 0 })
    const head = await scan(options, silentLogger)
    const b = await scanBaseline({
      options,
      event: { baseSha: repo.baseSha, headSha: repo.headSha },
      scan: (o) => scan(o, silentLogger),
      tempRoot: temp,
      debug: () => {},
    })
    const atBase = new Set(b.result!.findings.map((f) => f.fingerprint))
    const moved = head.findings.filter((f) => f.location.file === 'new/template.yaml')
    expect(moved.length).toBeGreaterThan(0)
    expect(moved.filter((f) => !atBase.has(f.fingerprint))).toEqual([])
    expect(b.result!.findings.filter((f) => f.location.file === 'old/template.yaml')).toEqual([])
  })

  it('are found past git’s default rename limit: 1,100 templates moved, renamed and edited', async () => {
    const template = (i: number) =>
      `Resources:\n  Data${i}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: data-${i}-of-the-storage-team\n      AccessControl: PublicRead\n`
    const base: Record<string, string> = {}
    const head: Record<string, string> = {}
    for (let i = 0; i < 1100; i++) {
      base[`infra/old/t${i}.yaml`] = template(i)
      head[`infra/new/bucket-${i}.yaml`] = `${template(i)}# moved\n`
    }
    const repo = await makeRepo(base, head)
    const renames = await renamedFiles(repo.dir, repo.baseSha, 'HEAD', 'infra')
    expect(renames.size).toBe(1100)
    expect(renames.get('old/t7.yaml')).toBe('new/bucket-7.yaml')
  }, 60_000)
})
