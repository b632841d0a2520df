import fs from 'node:fs'
import path from 'node:path'

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
