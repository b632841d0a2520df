import { spawn } from 'node:child_process'

/**
 * Runs git read-only plumbing in `cwd`. Nothing here checks out, runs hooks or filters: only
 * `rev-parse`, `merge-base`, `ls-tree`, `cat-file` and `diff --name-status` (names only, no diff
 * driver or text conversion), which read objects as stored.
 */
export async function git(cwd: string, args: string[], input?: string): Promise<string> {
  const out = await gitBuffer(cwd, args, input)
  return out.toString('utf8')
}

export class GitError extends Error {
  constructor(
    message: string,
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(message)
    this.name = 'GitError'
  }
}

/** `-c` options that keep git from running anything configured for the checkout. */
const SAFE = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'protocol.allow=never']

export function gitBuffer(cwd: string, args: string[], input?: string | Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE, '-c', `safe.directory=${cwd}`, ...args], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => err.push(d))
    child.on('error', (e) => reject(new GitError(`git could not start: ${e.message}`, null, '')))
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8').trim()
      if (code === 0) resolve(Buffer.concat(out))
      else reject(new GitError(`git ${args[0]} failed (${code}): ${stderr.split('\n')[0] ?? ''}`, code, stderr))
    })
    child.stdin.on('error', () => {}) // git may exit before reading all input
    child.stdin.end(input ?? '')
  })
}

/** Does the object exist locally (shallow clones lack older commits)? */
export async function hasCommit(cwd: string, rev: string): Promise<boolean> {
  try {
    await git(cwd, ['cat-file', '-e', `${rev}^{commit}`])
    // A commit object of a shallow boundary exists, but its tree must too.
    await git(cwd, ['cat-file', '-e', `${rev}^{tree}`])
    return true
  } catch {
    return false
  }
}

export async function revParse(cwd: string, rev: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).trim() || undefined
  } catch {
    return undefined
  }
}

/**
 * The parents a commit object names. Read from the raw object: in a shallow clone `rev-list`
 * shows no parents for the boundary commit (the merge commit of a `fetch-depth: 1` checkout).
 */
export async function commitParents(cwd: string, rev: string): Promise<string[]> {
  const raw = await git(cwd, ['cat-file', 'commit', rev]).catch(() => '')
  return [...(raw.split('\n\n')[0] ?? '').matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1]!)
}
