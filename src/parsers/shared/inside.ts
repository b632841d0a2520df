import path from 'node:path'

/**
 * Is `p` inside `dir` (or `dir` itself)? Guards the paths that files name (`../` in a manifest, a
 * module `source`), compared after `path.resolve`. A child folder named `..x` is inside.
 */
export function isInside(p: string, dir: string): boolean {
  const rel = path.relative(dir, p)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}

export function isInsideAny(p: string, dirs: readonly string[]): boolean {
  return dirs.some((d) => isInside(p, d))
}

/**
 * Is `p` in a `.git` folder below one of `dirs` (or a `.git` file: a submodule's pointer)? A
 * checkout keeps its credentials there (actions/checkout writes the token into `.git/config`), and
 * nothing in it is infrastructure: `file(".git/config")` in a pull request put the token into a
 * finding's text, and from there into the pull request.
 */
export function isInGitFolder(p: string, dirs: readonly string[]): boolean {
  return dirs.some((d) => isInside(p, d) && path.relative(d, p).split(path.sep).includes('.git'))
}
