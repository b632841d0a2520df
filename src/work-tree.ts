import fs from 'node:fs'
import path from 'node:path'
import { isInside } from './discovery.js'

/**
 * The git work tree holding `dir`: the nearest folder up from it with a `.git` (the folder, or
 * the file a linked worktree or submodule has). Only `dir` and its ancestors are looked at, and
 * git is not run, so finding it reads no repository's configuration. Undefined when there is none.
 */
export function enclosingWorkTree(dir: string): string | undefined {
  for (let d = path.resolve(dir); ;) {
    if (fs.existsSync(path.join(d, '.git'))) return d
    const up = path.dirname(d)
    if (up === d) return undefined
    d = up
  }
}

/**
 * The repository `file` belongs to for a user working in `cwd`: the git work tree around `cwd`
 * when `file` is in it (`cd infra && s3-gate scan --config ../.s3-gate.yml` names the repository's
 * file too), else `cwd`. What the pull request can commit as a link is judged against it.
 */
export function repositoryOf(file: string, cwd: string): string {
  const workTree = enclosingWorkTree(cwd)
  return workTree && isInside(path.resolve(cwd, file), [workTree]) ? workTree : path.resolve(cwd)
}
