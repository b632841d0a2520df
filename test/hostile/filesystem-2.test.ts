/**
 * More hostile repository layouts (see filesystem.test.ts): links that lead into `.git/`, special
 * files where a cloud assembly or a template is expected, files that change between discovery and
 * reading, and file content that looks like a secret read through Terraform's file().
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { scanRoot } from '../fuzz/support.js'
import { GOOD, sandboxScans } from './sandbox-scans.js'

const GIT_SECRET = 'GitFolderSecret0123'

const { ctx, cleanups, scanSandbox } = sandboxScans()

/** Reads (content or listing) of anything whose real path lies in the root's `.git` folder. */
function gitReads(): string[] {
  const git = path.join(ctx.sandbox.root, '.git')
  const real = (p: string) => {
    try {
      return fs.realpathSync(p)
    } catch {
      return p
    }
  }
  return ctx.spy.paths.filter((p) => real(p) === git || real(p).startsWith(git + path.sep))
}

describe('links into .git/', () => {
  const gitFiles = {
    '.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${GIT_SECRET}\n`,
    '.git/main.tf': `resource "aws_s3_bucket" "${GIT_SECRET}" {\n  acl = "public-read"\n}\n`,
    '.git/stack.json': JSON.stringify({ Resources: { [GIT_SECRET]: { Type: 'AWS::S3::Bucket' } } }),
    '.git/modules/m/main.tf': `output "x" { value = "${GIT_SECRET}" }\n`,
  }

  it('never walks a folder link to .git, nor reads a file link into it, however it is reached', async () => {
    const r = await scanSandbox({ ...gitFiles, 'sub/x.txt': '' }, (root) => {
      fs.symlinkSync('.git', path.join(root, 'link'))
      fs.symlinkSync('../.git', path.join(root, 'sub', 'link'))
      fs.symlinkSync('../.git/main.tf', path.join(root, 'sub', 'direct.tf'))
      fs.symlinkSync(path.join(root, '.git', 'modules'), path.join(root, 'sub', 'mods'))
    })
    expect(JSON.stringify(r)).not.toContain(GIT_SECRET)
    expect(gitReads()).toEqual([])
    expect(r.stats.files).toBe(1)
    // Each link is named, as a link out of the scanned paths is.
    expect(r.problems.filter((p) => p.code === 'LINK_INTO_GIT').map((p) => [p.file, p.level])).toEqual([
      ['link', 'warning'],
      ['sub/direct.tf', 'warning'],
      ['sub/link', 'warning'],
      ['sub/mods', 'warning'],
    ])
  })

  it('does not list a module folder that a link leads into .git', async () => {
    const r = await scanSandbox(
      { ...gitFiles, 'tf/main.tf': 'module "m" {\n  source = "./m"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = module.m.x\n}\n' },
      (root) => fs.symlinkSync('../.git/modules/m', path.join(root, 'tf', 'm')),
    )
    expect(JSON.stringify(r)).not.toContain(GIT_SECRET)
    expect(gitReads()).toEqual([])
  })

  it('refuses a scan path that a link leads into .git', async () => {
    ctx.sandbox.reset(gitFiles)
    fs.symlinkSync('.git', path.join(ctx.sandbox.root, 'infra'))
    ctx.spy.clear()
    await expect(scanRoot(ctx.sandbox.root, { paths: ['infra'] })).rejects.toThrow(/Path "infra" leads into \.git\//)
    await expect(scanRoot(ctx.sandbox.root, { paths: ['.git/main.tf'] })).rejects.toThrow(/Path "\.git\/main\.tf" leads into \.git\//)
    expect(gitReads()).toEqual([])
  })
})

describe('special files where a template or an assembly was expected', () => {
  const fifo = (p: string) => execFileSync('mkfifo', [p])
  const stack = (templateFile: string) => ({ type: 'aws:cloudformation:stack', properties: { templateFile } })

  it('names a named pipe called cdk.out, and pipes a manifest names, without blocking on them', async () => {
    const manifest = JSON.stringify({
      version: '36.0.0',
      artifacts: { S: stack('S.template'), P: stack('pipe'), T: { type: 'cdk:tree', properties: { file: 'tree.json' } } },
    })
    const r = await scanSandbox({ 'app/cdk.out/manifest.json': manifest }, (root) => {
      fifo(path.join(root, 'cdk.out'))
      fifo(path.join(root, 'app', 'cdk.out', 'cdk.out'))
      fifo(path.join(root, 'app', 'cdk.out', 'S.template'))
      fifo(path.join(root, 'app', 'cdk.out', 'pipe'))
      fifo(path.join(root, 'app', 'cdk.out', 'tree.json'))
    })
    expect(r.problems.filter((p) => p.code === 'NOT_A_FILE').map((p) => [p.file, p.level])).toEqual([
      ['app/cdk.out/S.template', 'warning'],
      ['app/cdk.out/cdk.out', 'warning'],
      ['app/cdk.out/tree.json', 'warning'],
      ['cdk.out', 'warning'],
    ])
    // What the manifest names and cannot be read is an error at the manifest, naming the file.
    const missing = r.problems.filter((p) => p.code.endsWith('_MISSING')).map((p) => p.message)
    for (const name of ['S.template', 'pipe', 'tree.json']) expect(missing.some((m) => m.includes(`app/cdk.out/${name}`))).toBe(true)
  })

  it('checks a file it reads on the open file: a pipe that replaced it after the look is not read', async () => {
    // A file that was regular when looked at (stat) and is a named pipe when read: a plain read
    // blocks for ever. Simulated here by a stat that says "file" for the pipe, and a read of it
    // that throws instead of blocking the test.
    const blocking: string[] = []
    const r = await scanSandbox(
      {
        'tf/main.tf':
          'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\nresource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.b.id\n  policy = file("${path.module}/policy.txt")\n}\n',
      },
      (root) => {
        const pipe = path.join(root, 'tf', 'policy.txt')
        fifo(pipe)
        const { statSync, readFileSync } = fs
        const regular = statSync(path.join(root, 'tf', 'main.tf'))
        Object.assign(fs, { statSync: (p: fs.PathLike, o?: never) => (p === pipe ? regular : statSync(p, o)) })
        fs.readFileSync = ((p: fs.PathOrFileDescriptor, o?: never) => {
          if (p === pipe) {
            blocking.push(p)
            throw Object.assign(new Error('a plain read of a named pipe blocks'), { code: 'EAGAIN' })
          }
          return readFileSync(p, o)
        }) as typeof fs.readFileSync
        cleanups.push(() => Object.assign(fs, { statSync, readFileSync }))
      },
    )
    expect(blocking).toEqual([])
    expect(r.unknowns.some((u) => u.location.file === 'tf/main.tf' && u.location.line === 6)).toBe(true)
  })

  it('reports a file of the scan that became a named pipe after discovery, and scans the others', async () => {
    // Discovery saw a template; by the time its unit reads it, a pipe is there (swapped here
    // between discovery and reading, through the planner's read of the .tf files).
    const r = await scanSandbox({ 'swap/template.yaml': GOOD.replace('Site', 'Swapped'), 'tf/main.tf': 'locals {}\n' }, (root) => {
      const target = path.join(root, 'swap', 'template.yaml')
      const { readdirSync } = fs
      let swapped = false
      fs.readdirSync = ((p: fs.PathLike, o: never) => {
        const out = readdirSync(p, o)
        // The walk lists `tf/` after `swap/`: the template was seen as a file by then.
        if (!swapped && p === path.join(root, 'tf')) {
          swapped = true
          fs.rmSync(target)
          fifo(target)
        }
        return out
      }) as typeof fs.readdirSync
      cleanups.push(() => Object.assign(fs, { readdirSync }))
    })
    expect(r.problems.filter((p) => p.file === 'swap/template.yaml').map((p) => [p.code, p.level, p.message])).toEqual([
      ['NOT_SCANNED', 'error', 'the file cannot be read (not a regular file); it was not scanned'],
    ])
  })
})

describe('files removed while the scan runs', () => {
  it('reports a template deleted between discovery and reading as not scanned, and scans the others', async () => {
    const r = await scanSandbox(
      { 'gone/template.yaml': GOOD.replace('Site', 'Gone'), 'tf/main.tf': 'locals {}\n', 'kept/template.yaml': GOOD },
      (root) => {
        const target = path.join(root, 'gone', 'template.yaml')
        const { readdirSync } = fs
        let removed = false
        fs.readdirSync = ((p: fs.PathLike, o: never) => {
          const out = readdirSync(p, o)
          // The walk lists `tf/` after `gone/`: the template was seen as a file by then.
          if (!removed && p === path.join(root, 'tf')) {
            removed = true
            fs.rmSync(target)
          }
          return out
        }) as typeof fs.readdirSync
        cleanups.push(() => Object.assign(fs, { readdirSync }))
      },
    )
    expect(r.problems.filter((p) => p.file === 'gone/template.yaml').map((p) => [p.code, p.level, p.message])).toEqual([
      ['NOT_SCANNED', 'error', 'the file was removed after the scan found it; it was not scanned'],
    ])
    expect(r.findings.some((f) => f.location.file === 'gone/template.yaml' && f.ruleId === 'parse-error')).toBe(true)
    expect(r.findings.some((f) => f.location.file === 'kept/template.yaml')).toBe(true)
  })
})

describe('Terraform file() of a secret under another name', () => {
  const PEM = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUPemSecret\n-----END OPENSSH PRIVATE KEY-----\n'
  const secrets = {
    'deploy.key': PEM,
    'sa-key.json': '{"type": "service_account", "private_key": "JsonKeySecret"}',
    'token.txt': 'ghs_TokenSecret0123456789abcdefghijklmnop\n',
    'aws.ini': '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = AwsSecret/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
  }

  it('does not quote a key, token or access key read by file() or templatefile(), and says so at the call', async () => {
    const names = Object.keys(secrets)
    const tf = names
      .map(
        (n, i) =>
          `resource "aws_s3_bucket" "b${i}" {\n  bucket = "b${i}"\n  acl    = ${i % 2 ? `templatefile("${n}", {})` : `file("${n}")`}\n}\n`,
      )
      .join('')
    const r = await scanSandbox({ ...secrets, 'main.tf': tf })
    const text = JSON.stringify(r)
    for (const s of ['PemSecret', 'JsonKeySecret', 'TokenSecret', 'AKIAIOSFODNN7EXAMPLE', 'AwsSecret']) expect(text).not.toContain(s)
    expect(r.problems.filter((p) => p.code === 'FILE_SECRET').map((p) => [p.file, p.line, p.level])).toEqual(
      names.map((_, i) => ['main.tf', 3 + 4 * i, 'warning']),
    )
    // Each bucket is still checked: its ACL unknown at the call.
    expect(new Set(r.unknowns.filter((u) => u.ruleId === 'acl-public-read').map((u) => u.location.line))).toEqual(
      new Set(names.map((_, i) => 3 + 4 * i)),
    )
  })

  it('quotes a long value read by file() by its start and end only', async () => {
    const r = await scanSandbox({
      'long.txt': 'x'.repeat(20_000),
      'main.tf': `resource "aws_s3_bucket" "b" {\n  bucket = "b"\n  acl    = file("long.txt")\n}\nresource "aws_s3_bucket_server_side_encryption_configuration" "b" {\n  bucket = aws_s3_bucket.b.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = file("long.txt")\n    }\n  }\n}\n`,
    })
    const mine = [...r.findings.map((f) => f.message), ...r.unknowns.map((u) => u.why)].filter((m) => m.includes('xxxxxxxx'))
    expect(mine.length).toBeGreaterThanOrEqual(3)
    for (const m of mine) expect(m.length).toBeLessThan(2400)
  })
})
