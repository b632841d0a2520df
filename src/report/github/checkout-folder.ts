import path from 'node:path'
import { isInside } from '../../discovery.js'
import { enclosingWorkTree } from '../../work-tree.js'

/** Where the action's scan runs from, and its `paths` from there. */
export interface ScanPlace {
  cwd: string
  paths: string[]
  /** The checkout the scan moved to (relative to the workspace, `/`-separated), when it moved. */
  checkout?: string
}

/**
 * The folder the scan runs from. Usually the working directory (the workspace, where
 * actions/checkout puts the repository). With `actions/checkout` given a `path:` the workspace is
 * no git work tree, the repository is below it, and `paths` names that folder: scanned from the
 * workspace, every finding was named `src/infra/…` where the pull request has `infra/…` (no review
 * comment, annotations on files the repository lacks), the merge base was "not a git checkout", so
 * every pre-existing finding gated, and the repository's own `.s3-gate.yml` was never read. When
 * every path lies in one work tree below the working directory, which is in none, the scan runs
 * from that work tree's root, as it would with the repository checked out at the workspace.
 */
export function scanPlace(cwd: string, paths: readonly string[]): ScanPlace {
  const stay = { cwd, paths: [...paths] }
  const root = path.resolve(cwd)
  if (paths.length === 0 || enclosingWorkTree(root) !== undefined) return stay
  const absolute = paths.map((p) => path.resolve(root, p))
  const trees = new Set(absolute.map((p) => enclosingWorkTree(p)))
  if (trees.size !== 1) return stay
  const [tree] = [...trees]
  if (tree === undefined || tree === root || !isInside(tree, [root])) return stay
  return {
    cwd: tree,
    paths: absolute.map((p) => path.relative(tree, p).split(path.sep).join('/') || '.'),
    checkout: path.relative(root, tree).split(path.sep).join('/'),
  }
}
