/**
 * `.git/` below a scanned path: actions/checkout leaves the token in `.git/config` (as an
 * `extraheader`), and a PAT given to checkout is not the action's own token, so no masking knows
 * it. A pull request that reads it with `file()` had it in a finding's text, and so in the pull
 * request's comments and check run.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeScanOptions } from '../../src/options.js'
import { recordingLogger } from '../../src/logger.js'
import { scan } from '../../src/scan.js'
import { writeTree } from '../helpers/scan-files.js'

const SECRET = 'ghp_checkoutPatNotTheActionsToken0123456789'
const HEADER = Buffer.from(`x-access-token:${SECRET}`).toString('base64')

describe('the .git folder', () => {
  it('is never read: not by file() or templatefile(), not through a link, not as a module', async () => {
    const dir = writeTree({
      '.git/config': `[core]\n\tbare = false\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${HEADER}\n`,
      '.git/HEAD': `ref: refs/heads/${SECRET}\n`,
      '.git/modules/m/main.tf': `output "x" { value = "${SECRET}" }\n`,
      'infra/main.tf': `locals {
  config = file("\${path.module}/../.git/config")
}
resource "aws_s3_bucket" "a" {
  bucket = "a"
  acl    = local.config
}
resource "aws_s3_bucket" "b" {
  bucket = "b"
  acl    = templatefile("../.git/HEAD", {})
}
resource "aws_s3_bucket" "c" {
  bucket = "c"
}
resource "aws_s3_bucket_policy" "c" {
  bucket = aws_s3_bucket.c.id
  policy = file("\${path.module}/leak.txt")
}
module "m" {
  source = "../.git/modules/m"
}
resource "aws_s3_bucket" "d" {
  bucket = "d"
  acl    = module.m.x
}
`,
    })
    fs.symlinkSync(path.join(dir, '.git', 'config'), path.join(dir, 'infra', 'leak.txt'))
    const result = await scan(makeScanOptions({ cwd: dir, paths: ['.'], workers: 0 }), recordingLogger())
    const text = JSON.stringify(result)
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain(HEADER)
    expect(text).not.toContain('extraheader')
    // Said at each call that names it; the link is refused when read, and its value unknown.
    const refused = result.problems.filter((p) => p.code === 'FILE_IN_GIT_FOLDER').map((p) => [p.file, p.line, p.level])
    expect(refused).toEqual([
      ['infra/main.tf', 2, 'warning'],
      ['infra/main.tf', 10, 'warning'],
    ])
    // Every bucket is still checked (its name unknown, nothing else).
    expect(new Set(result.findings.map((f) => f.resource))).toEqual(
      new Set(['aws_s3_bucket.a', 'aws_s3_bucket.b', 'aws_s3_bucket.c', 'aws_s3_bucket.d']),
    )
  })

  it('nor are the credentials files earlier steps leave in the workspace (gha-creds-*.json, .npmrc, SSH keys)', async () => {
    const dir = writeTree({
      'gha-creds-1a2b3c.json': `{"private_key": "${SECRET}"}`,
      '.npmrc': `//registry.npmjs.org/:_authToken=${SECRET}\n`,
      'keys/id_ed25519': `${SECRET}\n`,
      'main.tf': `resource "aws_s3_bucket" "a" {
  bucket = "a"
  acl    = file("gha-creds-1a2b3c.json")
}
resource "aws_s3_bucket" "b" {
  bucket = "b"
  acl    = file(".npmrc")
}
resource "aws_s3_bucket" "c" {
  bucket = "c"
  acl    = file("keys/id_ed25519")
}
`,
    })
    fs.symlinkSync(path.join(dir, '.npmrc'), path.join(dir, 'innocent.txt'))
    fs.appendFileSync(path.join(dir, 'main.tf'), 'resource "aws_s3_bucket" "d" {\n  bucket = "d"\n  acl    = file("innocent.txt")\n}\n')
    const result = await scan(makeScanOptions({ cwd: dir, paths: ['.'], workers: 0 }), recordingLogger())
    expect(JSON.stringify(result)).not.toContain(SECRET)
    expect(result.problems.filter((p) => p.code === 'FILE_CREDENTIALS').map((p) => [p.file, p.line])).toEqual([
      ['main.tf', 3],
      ['main.tf', 7],
      ['main.tf', 11],
    ])
    expect(new Set(result.findings.map((f) => f.resource))).toEqual(
      new Set(['aws_s3_bucket.a', 'aws_s3_bucket.b', 'aws_s3_bucket.c', 'aws_s3_bucket.d']),
    )
  })
})
