/**
 * More hostile repository layouts (see filesystem.test.ts): links that lead into `.git/`, special
 * files where a cloud assembly or a template is expected, files that change between discovery and
 * reading, and file content that looks like a secret read through Terraform's file().
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { expectReadsInside, expectSound, makeSandbox, scanRoot, spyOnReads, type ReadSpy, type Sandbox } from '../fuzz/support.js'
import { expectPositions } from './support.js'

const GOOD =
  'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n'
const GIT_SECRET = 'GitFolderSecret0123'

let sandbox: Sandbox
let spy: ReadSpy
beforeAll(() => {
  sandbox = makeSandbox()
  spy = spyOnReads()
})
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))
afterAll(() => {
  spy?.restore()
  sandbox?.dispose()
})

/** Scans the sandbox root (after `setup` ran on it) and checks the invariants. */
async function scanSandbox(files: Record<string, string | Buffer>, setup: (root: string) => void = () => {}) {
  sandbox.reset({ ...files, 'good/good.yaml': GOOD })
  setup(sandbox.root)
  spy.clear()
  const { result, ms } = await scanRoot(sandbox.root)
  expectSound(result, ms, sandbox)
  expectReadsInside(spy, sandbox)
  expectPositions(result)
  expect(result.findings.filter((f) => f.location.file === 'good/good.yaml' && f.ruleId === 'acl-public-write')).toHaveLength(1)
  return result
}

/** Reads (content or listing) of anything whose real path lies in the root's `.git` folder. */
function gitReads(): string[] {
  const git = path.join(sandbox.root, '.git')
  const real = (p: string) => {
    try {
      return fs.realpathSync(p)
    } catch {
      return p
    }
  }
  return spy.paths.filter((p) => real(p) === git || real(p).startsWith(git + path.sep))
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
    sandbox.reset(gitFiles)
    fs.symlinkSync('.git', path.join(sandbox.root, 'infra'))
    spy.clear()
    await expect(scanRoot(sandbox.root, { paths: ['infra'] })).rejects.toThrow(/Path "infra" leads into \.git\//)
    await expect(scanRoot(sandbox.root, { paths: ['.git/main.tf'] })).rejects.toThrow(/Path "\.git\/main\.tf" leads into \.git\//)
    expect(gitReads()).toEqual([])
  })
})
