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
 * Files a workflow's earlier steps leave in the workspace holding secrets, by name: the key file
 * google-github-actions/auth writes (`gha-creds-*.json`), git, npm, PyPI, netrc and PostgreSQL
 * credentials, SSH private keys, PKCS#12 bundles. No S3 setting is read from one, and a value read
 * from a file can be quoted in a finding's text (`acl = file("gha-creds-1a2b.json")` put the key
 * into the pull request).
 */
const CREDENTIALS_FILE =
  /^(?:gha-creds-.*\.json|\.git-credentials|\.netrc|_netrc|\.npmrc|\.pypirc|\.pgpass|id_(?:rsa|dsa|ecdsa|ed25519)|.*\.(?:p12|pfx))$/i

/**
 * `.git` in any case: on the case-insensitive file systems of macOS and Windows runners `.GIT` is
 * the same folder (and git refuses to check out such a name on every system).
 */
const isGitName = (segment: string) => segment.length === 4 && segment.toLowerCase() === '.git'

/**
 * Why `p` must not be read, if it holds credentials: it is in a `.git` folder below one of `dirs`
 * (or is a `.git` file: a submodule's pointer), where a checkout keeps its credentials
 * (actions/checkout writes the token into `.git/config`) and nothing is infrastructure, or it is a
 * credentials file by name.
 */
export function credentialsIn(p: string, dirs: readonly string[]): 'git' | 'credentials' | undefined {
  if (dirs.some((d) => isInside(p, d) && path.relative(d, p).split(path.sep).some(isGitName))) return 'git'
  return CREDENTIALS_FILE.test(path.basename(p)) ? 'credentials' : undefined
}
