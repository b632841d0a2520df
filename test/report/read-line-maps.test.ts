/** Reading both versions of each file with findings from git, when the checkout is GitHub's merge commit. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { headLineOf } from '../../src/report/github/line-map.js'
import { readLineMaps } from '../../src/report/github/read-line-maps.js'
import { makeRepo } from '../e2e/harness.js'

const PR_TEMPLATE = 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n  Public:\n    Type: AWS::S3::Bucket\n'
const BASE = { 'infra/template.yaml': 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n', 'infra/same.yaml': 'a: 1\n' }
const HEAD = { ...BASE, 'infra/template.yaml': PR_TEMPLATE }
// The base branch adds two comment lines on top of the template the pull request extends.
const MOVED = {
  'infra/template.yaml': '# one\n# two\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n',
  'infra/added-on-main.yaml': 'b: 2\n',
}
const files = (...names: string[]) => names.map((f) => ({ file: f, repoPath: `infra/${f}` }))

describe('readLineMaps', () => {
  it('maps the files the base branch changed, and leaves out the ones that read the same', async () => {
    const repo = await makeRepo(BASE, HEAD, { checkout: 'merge', baseMovedOn: MOVED })
    fs.writeFileSync(path.join(repo.dir, 'infra', 'untracked.yaml'), 'c: 3\n')
    const out = await readLineMaps(
      path.join(repo.dir, 'infra'),
      repo.headSha,
      files('template.yaml', 'same.yaml', 'added-on-main.yaml', 'untracked.yaml'),
    )
    expect(out).toMatchObject({ state: 'mapped', merge: repo.mergeSha, head: repo.headSha, compared: 4, incomplete: [] })
    if (out.state !== 'mapped') return
    expect([...out.maps.keys()].sort()).toEqual(['added-on-main.yaml', 'template.yaml'])
    const template = out.maps.get('template.yaml')!
    expect([1, 2, 3, 4, 5, 6, 7].map((l) => headLineOf(template, l))).toEqual([undefined, undefined, 1, 2, 3, 4, 5])
    expect(out.maps.get('added-on-main.yaml')).toEqual({ mergeLines: 1, headLines: 0, runs: [], complete: true })
  })

  it('reads the head parent from a `fetch-depth: 2` clone', async () => {
    const repo = await makeRepo(BASE, HEAD, { checkout: 'merge', baseMovedOn: MOVED, depth: 2 })
    const out = await readLineMaps(repo.dir, repo.headSha, files('template.yaml'))
    expect(out.state).toBe('mapped')
  })

  it('says when the head parent was not fetched (`fetch-depth: 1`)', async () => {
    const repo = await makeRepo(BASE, HEAD, { checkout: 'merge', baseMovedOn: MOVED, shallow: true })
    expect(await readLineMaps(repo.dir, repo.headSha, files('template.yaml'))).toEqual({
      state: 'head-missing',
      merge: repo.mergeSha,
      head: repo.headSha,
    })
  })

  it('maps nothing when the checkout is the head, another commit, or not git', async () => {
    const repo = await makeRepo(BASE, HEAD)
    expect(await readLineMaps(repo.dir, repo.headSha, files('template.yaml'))).toMatchObject({ state: 'not-merge' })
    const merged = await makeRepo(BASE, HEAD, { checkout: 'merge', baseMovedOn: MOVED })
    // A merge commit, but of another head: its lines say nothing about this pull request.
    expect(await readLineMaps(merged.dir, 'f'.repeat(40), files('template.yaml'))).toMatchObject({ state: 'not-merge' })
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-not-git-'))
    expect(await readLineMaps(empty, repo.headSha, files('template.yaml'))).toMatchObject({ state: 'not-merge' })
  })
})
