/**
 * Hostile repository layouts: symlinks (files and folders) out of the root, symlink loops, FIFOs
 * named like templates, files and folders discovery cannot open (names that are not UTF-8, no
 * permission, too deep), `file()`/`templatefile()` and module sources escaping the root (relative,
 * absolute, through a symlink), and a cloud assembly whose manifest points outside itself. Nothing
 * outside the root is ever read (a spy on `fs` checks), each case is reported with file and line
 * or skipped, and the rest of the scan runs.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { expectReadsInside, cdkAppFiles, isRegistered, scanRoot, SENTINEL_BUCKET } from '../fuzz/support.js'
import { GOOD, sandboxScans } from './sandbox-scans.js'
import { scan } from '../../src/scan.js'
import { makeScanOptions } from '../../src/options.js'
import { recordingLogger } from '../../src/logger.js'

const { ctx, cleanups, scanSandbox } = sandboxScans()

describe('symlinks and special files', () => {
  it('never follows a file or folder symlink out of the root, whatever its extension', async () => {
    const outside = () => path.dirname(ctx.sandbox.sentinel)
    const r = await scanSandbox({}, (root) => {
      fs.symlinkSync(ctx.sandbox.sentinel, path.join(root, 'link.yaml'))
      fs.symlinkSync(path.join(outside(), 'main.tf'), path.join(root, 'link.tf'))
      fs.symlinkSync(outside(), path.join(root, 'linkdir'))
      fs.symlinkSync(outside(), path.join(root, 'cdk.out'))
      fs.symlinkSync('../../outside/secret.yaml', path.join(root, 'good', 'relative.yaml'))
      fs.symlinkSync('/etc', path.join(root, 'etc'))
    })
    expect(r.stats.files).toBe(1)
    // Each link left out is named (a warning: nothing outside the paths is what the PR deploys).
    const warned = r.problems.filter((p) => p.code === 'LINK_OUTSIDE').map((p) => [p.file, p.level])
    expect(warned).toEqual(['cdk.out', 'etc', 'good/relative.yaml', 'link.tf', 'link.yaml', 'linkdir'].map((f) => [f, 'warning']))
    expect(r.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([])
  })

  it('refuses a scan path that a symlink leads out of the repository, and follows one that stays in', async () => {
    ctx.sandbox.reset({ 'real/t.yaml': GOOD })
    fs.symlinkSync(path.dirname(ctx.sandbox.sentinel), path.join(ctx.sandbox.root, 'infra'))
    fs.symlinkSync('real', path.join(ctx.sandbox.root, 'alias'))
    ctx.spy.clear()
    await expect(scanRoot(ctx.sandbox.root, { paths: ['infra'] })).rejects.toThrow(
      /Path "infra" leads out of the working directory through a symbolic link \(to .*outside\)/,
    )
    await expect(scanRoot(ctx.sandbox.root, { paths: ['real', 'infra/secret.yaml'] })).rejects.toThrow(
      /Path "infra\/secret\.yaml" leads out/,
    )
    expectReadsInside(ctx.spy, ctx.sandbox)
    const { result } = await scanRoot(ctx.sandbox.root, { paths: ['alias'] })
    expect(result.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => f.location.file)).toEqual(['real/t.yaml'])
  })

  it('finishes on symlink loops and cycles through the root', async () => {
    const r = await scanSandbox({ 'a/t.yaml': GOOD }, (root) => {
      fs.symlinkSync('.', path.join(root, 'a', 'self'))
      fs.symlinkSync('..', path.join(root, 'a', 'up'))
      fs.symlinkSync(root, path.join(root, 'a', 'root'))
      fs.symlinkSync('loop2.yaml', path.join(root, 'loop1.yaml'))
      fs.symlinkSync('loop1.yaml', path.join(root, 'loop2.yaml'))
      fs.symlinkSync('missing.tf', path.join(root, 'dangling.tf'))
    })
    // Each real file once, however many paths lead to it.
    expect(r.stats.files).toBe(2)
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => f.location.file)).toEqual(['a/t.yaml', 'good/good.yaml'])
    // A link named like a template that leads nowhere is said, not skipped silently.
    expect(r.problems.map((p) => `${p.code} ${p.file} ${p.level}`).sort()).toEqual([
      'BROKEN_LINK dangling.tf warning',
      'BROKEN_LINK loop1.yaml warning',
      'BROKEN_LINK loop2.yaml warning',
    ])
    expect(r.problems.find((p) => p.file === 'loop1.yaml')?.message).toMatch(/leads back to itself/)
    expect(r.problems.find((p) => p.file === 'dangling.tf')?.message).toMatch(/to a file that does not exist/)
  })

  it('skips FIFOs and devices named like templates instead of blocking on them', async () => {
    const r = await scanSandbox({}, (root) => {
      execFileSync('mkfifo', [path.join(root, 'pipe.yaml')])
      execFileSync('mkfifo', [path.join(root, 'pipe.tf')])
      fs.symlinkSync(path.join(root, 'pipe.yaml'), path.join(root, 'to-pipe.json'))
      fs.symlinkSync('/dev/zero', path.join(root, 'zero.template'))
      fs.symlinkSync('/dev/urandom', path.join(root, 'random.tf'))
    })
    expect(r.stats.files).toBe(1)
    expect(r.problems.map((p) => [p.code, p.file]).sort()).toEqual([
      ['LINK_OUTSIDE', 'random.tf'],
      ['LINK_OUTSIDE', 'zero.template'],
      ['NOT_A_FILE', 'pipe.tf'],
      ['NOT_A_FILE', 'pipe.yaml'],
      ['NOT_A_FILE', 'to-pipe.json'],
    ])
    // Named as the path to scan, too.
    const named = await scan(makeScanOptions({ cwd: ctx.sandbox.root, paths: ['pipe.yaml'], workers: 0 }), recordingLogger())
    expect(named.problems.map((p) => [p.code, p.file])).toEqual([['NOT_A_FILE', 'pipe.yaml']])
  })
})

describe('what discovery cannot open', () => {
  const PUBLIC_TF = 'resource "aws_s3_bucket" "b" {\n  acl = "public-read"\n}\n'
  const notScanned = (r: { problems: { code: string; file: string; level: string }[] }) =>
    r.problems.filter((p) => p.code === 'NOT_SCANNED' && p.level === 'error').map((p) => p.file)

  it('reports a file or folder whose name is not UTF-8 instead of skipping it silently', async () => {
    const r = await scanSandbox({}, (root) => {
      // Git stores such names as bytes; Node reads them as UTF-8, with U+FFFD, which opens nothing.
      const latin1 = (rel: string) => Buffer.concat([Buffer.from(`${root}/`), Buffer.from(rel, 'latin1')])
      fs.writeFileSync(latin1('caf\u00e9.tf'), PUBLIC_TF)
      fs.mkdirSync(latin1('d\u00e9p\u00f4t'))
      fs.writeFileSync(Buffer.concat([latin1('d\u00e9p\u00f4t'), Buffer.from('/main.tf')]), PUBLIC_TF)
    })
    expect(notScanned(r)).toEqual(['caf\ufffd.tf', 'd\ufffdp\ufffdt'])
    expect(r.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.location.file)).toEqual(['caf\ufffd.tf', 'd\ufffdp\ufffdt'])
  })

  it('reports a folder nested deeper than it walks, and a folder or file it may not read', async () => {
    const deep = Array.from({ length: 70 }, () => 'd').join('/')
    const files = { [`${deep}/main.tf`]: PUBLIC_TF, 'locked/main.tf': PUBLIC_TF, 'open/locked.yaml': GOOD }
    const r = await scanSandbox(files, (root) => {
      const denied = (p: unknown) =>
        p === path.join(root, 'locked') || p === path.join(root, 'open/locked.yaml')
          ? Object.assign(new Error(`EACCES: permission denied, open '${String(p)}'`), { code: 'EACCES' })
          : undefined
      // chmod 000 does not stop root, who may run the tests: refuse the reads the way the kernel
      // would (wrapping, not replacing, the read ctx.spy's own wrappers).
      const { readdirSync, readFileSync, openSync } = fs
      fs.readdirSync = ((p: fs.PathLike, o: never) => {
        const e = denied(p)
        if (e) throw e
        return readdirSync(p, o)
      }) as typeof fs.readdirSync
      fs.readFileSync = ((p: fs.PathLike, o: never) => {
        const e = denied(p)
        if (e) throw e
        return readFileSync(p, o)
      }) as typeof fs.readFileSync
      // Files are opened (not read by name) to be checked on the open file: deny the open too.
      fs.openSync = ((p: fs.PathLike, flags: never, mode: never) => {
        const e = denied(p)
        if (e) throw e
        return openSync(p, flags, mode)
      }) as typeof fs.openSync
      cleanups.push(() => Object.assign(fs, { readdirSync, readFileSync, openSync }))
    })
    expect(notScanned(r)).toEqual([Array.from({ length: 65 }, () => 'd').join('/'), 'locked', 'open/locked.yaml'])
    for (const file of ['locked', 'open/locked.yaml'])
      expect(r.problems.find((p) => p.file === file)?.message).toMatch(/cannot be read \(EACCES\)/)
  })
})

describe.skipIf(!isRegistered('terraform'))('Terraform reaching out of the root (terraform plugin registered)', () => {
  it('refuses file() and templatefile() out of the root: relative, absolute and through a symlink', async () => {
    const r = await scanSandbox(
      {
        'tf/main.tf': `resource "aws_s3_bucket" "b" {
  bucket = "b"
}

resource "aws_s3_bucket_policy" "relative" {
  bucket = aws_s3_bucket.b.id
  policy = file("\${path.module}/../../outside/secret.yaml")
}

resource "aws_s3_bucket_policy" "absolute" {
  bucket = aws_s3_bucket.b.id
  policy = file("$SENTINEL")
}

resource "aws_s3_bucket_policy" "passwd" {
  bucket = aws_s3_bucket.b.id
  policy = templatefile("/etc/passwd", {})
}

resource "aws_s3_bucket_policy" "through_link" {
  bucket = aws_s3_bucket.b.id
  policy = file("\${path.module}/escape/secret.yaml")
}
`.replace('$SENTINEL', ''),
      },
      (root) => {
        const tf = path.join(root, 'tf', 'main.tf')
        fs.writeFileSync(tf, fs.readFileSync(tf, 'utf8').replace('file("")', `file("${ctx.sandbox.sentinel}")`))
        fs.symlinkSync(path.dirname(ctx.sandbox.sentinel), path.join(root, 'tf', 'escape'))
      },
    )
    const refused = r.problems.filter((p) => p.file === 'tf/main.tf' && p.code === 'FILE_OUTSIDE_ROOT').map((p) => p.line)
    expect(refused.sort((a, b) => a - b)).toEqual([7, 12, 17])
    // Through the symlink the path looks inside; reading it is refused all the same (the ctx.spy saw
    // no read of the sentinel), and the policy is unknown at its line, never guessed.
    const unknownLines = r.unknowns.filter((u) => u.location.file === 'tf/main.tf').map((u) => u.location.line)
    expect(unknownLines).toEqual(expect.arrayContaining([22]))
  })

  it('does not read, or even look at, a module whose source leaves the root', async () => {
    // Not a stat either: the module folder was resolved (realpath) before its place was checked.
    const looked: string[] = []
    const spies = (['realpathSync', 'statSync', 'lstatSync', 'existsSync'] as const).map((name) => {
      const original = fs[name] as (...a: unknown[]) => unknown
      return vi.spyOn(fs, name).mockImplementation(((...args: unknown[]) => {
        if (typeof args[0] === 'string') looked.push(path.resolve(args[0]))
        return original.apply(fs, args)
      }) as never)
    })
    try {
      const r = await scanSandbox(
        { 'tf/main.tf': 'module "m" {\n  source = "../../outside"\n}\n\nmodule "abs" {\n  source = "$ABS"\n}\n' },
        (root) => {
          const tf = path.join(root, 'tf', 'main.tf')
          fs.writeFileSync(tf, fs.readFileSync(tf, 'utf8').replace('$ABS', path.dirname(ctx.sandbox.sentinel)))
          looked.length = 0
        },
      )
      expect(JSON.stringify(r)).not.toContain(SENTINEL_BUCKET)
    } finally {
      spies.forEach((s) => s.mockRestore())
    }
    const outside = path.dirname(ctx.sandbox.sentinel)
    expect(
      looked.filter((p) => p === outside || p.startsWith(outside + path.sep) || p === path.resolve(ctx.sandbox.root, '..', 'outside')),
    ).toEqual([])
  })
})

describe('a cloud assembly pointing outside itself', () => {
  const appFiles = cdkAppFiles

  it('refuses manifest paths out of the assembly and scans the rest of it', async () => {
    const files = appFiles()
    const manifest = JSON.parse(files['app/cdk.out/manifest.json']!.toString()) as {
      artifacts: Record<string, { type: string; properties?: Record<string, unknown> }>
    }
    const stack = Object.values(manifest.artifacts).find((a) => a.type === 'aws:cloudformation:stack')!
    const nested = Object.values(manifest.artifacts).find((a) => a.type === 'cdk:cloud-assembly')!
    const tree = Object.values(manifest.artifacts).find((a) => a.type === 'cdk:tree')!
    manifest.artifacts.Escape = {
      type: 'aws:cloudformation:stack',
      properties: { ...stack.properties, templateFile: '../../outside/secret.yaml' },
    }
    manifest.artifacts.Absolute = {
      type: 'aws:cloudformation:stack',
      properties: { ...stack.properties, templateFile: ctx.sandbox.sentinel },
    }
    nested.properties = { ...nested.properties, directoryName: '../../outside' }
    tree.properties = { ...tree.properties, file: '../../outside/secret.yaml' }
    files['app/cdk.out/manifest.json'] = Buffer.from(JSON.stringify(manifest, null, 1))
    const r = await scanSandbox(files)
    const cdkProblems = r.problems.filter((p) => p.file.startsWith('app/cdk.out/'))
    expect(cdkProblems.length).toBeGreaterThanOrEqual(3)
    // The stacks inside the assembly are still scanned and mapped to the app's source.
    expect(r.findings.some((f) => f.format === 'cdk' && f.location.file === 'app/lib/storage-stack.ts')).toBe(true)
  })

  it('refuses a nested stack template and asset manifests outside the assembly', async () => {
    const files = appFiles()
    const template = 'app/cdk.out/StorageStack.template.json'
    const t = JSON.parse(files[template]!.toString()) as { Resources: Record<string, unknown> }
    t.Resources.Escape = {
      Type: 'AWS::CloudFormation::Stack',
      Properties: { TemplateURL: 'https://s3.amazonaws.com/x/y.json' },
      Metadata: { 'aws:asset:path': '../../outside/secret.yaml', 'aws:asset:property': 'TemplateURL' },
    }
    files[template] = Buffer.from(JSON.stringify(t, null, 1))
    const r = await scanSandbox(files)
    expect(r.findings.some((f) => f.format === 'cdk' && f.location.file === 'app/lib/storage-stack.ts')).toBe(true)
  })
})
