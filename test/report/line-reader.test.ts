/**
 * Red team: in `mode: merge` and `mode: publish` the files whose lines go into suggestions are
 * named by artifacts a pull request could forge, in a checkout of the pull request's code, which
 * may hold symbolic links. The action read `x.yaml -> /proc/self/environ` (its environment holds
 * the token), `.git/config` and any size of file whole; only the repository's regular files are
 * read now.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repositoryLineReader } from '../../src/report/github/line-reader.js'

let dir: string
let repo: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-line-reader-'))
  repo = path.join(dir, 'repo')
  fs.mkdirSync(path.join(repo, 'infra'), { recursive: true })
  fs.mkdirSync(path.join(repo, '.git'))
  fs.writeFileSync(path.join(repo, '.git', 'config'), '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n')
  fs.writeFileSync(path.join(dir, 'outside.txt'), 'runner secret\n')
  fs.writeFileSync(path.join(repo, 'infra', 'template.yaml'), 'Resources:\r\n  Bucket:\n')
  fs.writeFileSync(path.join(repo, 'big.yaml'), 'x'.repeat(2000))
  fs.writeFileSync(path.join(repo, '.npmrc'), '//registry.npmjs.org/:_authToken=npm_secret\n')
  fs.symlinkSync(path.join(dir, 'outside.txt'), path.join(repo, 'out.yaml'))
  fs.symlinkSync('/proc/self/environ', path.join(repo, 'environ.yaml'))
  fs.symlinkSync('.git/config', path.join(repo, 'git.yaml'))
  fs.symlinkSync('infra/template.yaml', path.join(repo, 'inside.yaml'))
  fs.symlinkSync(dir, path.join(repo, 'up'))
  execFileSync('mkfifo', [path.join(repo, 'pipe.yaml')])
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('the checkout line reader', () => {
  it("reads the repository's files, a link inside it too", () => {
    const read = repositoryLineReader(repo, [repo], 1024)
    expect(read('infra/template.yaml', 1)).toBe('Resources:')
    expect(read('infra/template.yaml', 2)).toBe('  Bucket:')
    expect(read('inside.yaml', 1)).toBe('Resources:')
    expect(read('infra/template.yaml', 9)).toBeUndefined()
  })

  it('reads nothing outside the repository, under .git, of credentials, too large, or not a file', () => {
    const read = repositoryLineReader(repo, [repo], 1024)
    for (const file of [
      'out.yaml',
      'environ.yaml',
      'up/outside.txt',
      '../outside.txt',
      path.join(dir, 'outside.txt'),
      '.git/config',
      'git.yaml',
      '.npmrc',
      'big.yaml',
      'pipe.yaml',
      'missing.yaml',
    ])
      expect([file, read(file, 1)]).toEqual([file, undefined])
  })
})
