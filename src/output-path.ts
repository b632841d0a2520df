/**
 * Where the action may write `sarif-file` and `results-file`. A path the workflow gives inside
 * the workspace (`sarif-file: s3-gate.sarif`) names a file of the checkout, which is the pull
 * request's code: committed as a symbolic link (`s3-gate.sarif -> /home/runner/.gitconfig`), it
 * had the action overwrite a file outside the repository, on `pull_request_target` with a write
 * token at hand. Such a path must stay inside the workspace once links are resolved, and out of
 * `.git/`. A path outside the workspace (`${{ runner.temp }}/…`, the default) is the workflow's.
 */
import fs from 'node:fs'
import path from 'node:path'
import { isInside } from './discovery.js'
import { credentialsIn } from './parsers/shared/inside.js'

/** Why `file` must not be written, or undefined when it may be. */
export function refusedOutput(file: string, workspace: string): string | undefined {
  const abs = path.resolve(file)
  const root = path.resolve(workspace)
  if (!isInside(abs, [root])) return undefined
  let realRoot: string
  try {
    realRoot = fs.realpathSync.native(root)
  } catch {
    return undefined
  }
  const real = realTarget(abs)
  if (real === undefined || !isInside(real, [realRoot]))
    return 'it is inside the repository but leads out of it through a symbolic link; s3-gate does not write through links out of the checkout'
  if (credentialsIn(real, [realRoot]) === 'git') return 'it leads into .git/, where a checkout keeps its credentials'
  return undefined
}

/**
 * Where writing `abs` lands: the file's own target when it exists (undefined for a link to
 * nothing, which a write would create wherever it points), else its nearest existing folder's,
 * with the missing rest appended.
 */
function realTarget(abs: string): string | undefined {
  let exists = false
  try {
    fs.lstatSync(abs)
    exists = true
    return fs.realpathSync.native(abs)
  } catch {
    if (exists) return undefined
  }
  const rest: string[] = []
  for (let d = abs; ;) {
    rest.unshift(path.basename(d))
    const parent = path.dirname(d)
    if (parent === d) return undefined
    try {
      fs.lstatSync(parent)
    } catch {
      d = parent
      continue
    }
    try {
      return path.join(fs.realpathSync.native(parent), ...rest)
    } catch {
      return undefined
    }
  }
}
