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
