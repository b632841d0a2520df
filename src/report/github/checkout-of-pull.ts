import { commitParents, git, hasCommit, revParse } from '../../baseline/git.js'

export type CheckoutOfPull =
  /** The checkout is the pull request's code: its head, GitHub's merge commit of it, or a commit on top of the head. */
  | { state: 'pull' }
  /**
   * Some other commit: the scan did not read what the pull request changes. `known`: surely not a
   * commit on top of the head (the head is in the clone and not its ancestor, or the checkout is
   * the base the event names); else it may be a later head whose history the clone lacks.
   */
  | { state: 'other'; checkout: string; known: boolean }
  /** Not a git checkout: nothing to tell. */
  | { state: 'unknown' }

/**
 * Is the workspace the pull request's code? On `pull_request_target` (and in a workflow that
 * checks out a branch by name) actions/checkout gives the base branch, and a scan of that sees
 * none of what the pull request adds: compared with the base, it passes whatever the pull request
 * does. Only read-only plumbing, like the rest of the git reads.
 */
export async function checkoutOfPull(cwd: string, headSha: string, bases: readonly string[] = []): Promise<CheckoutOfPull> {
  const checkout = await revParse(cwd, 'HEAD')
  if (!checkout) return { state: 'unknown' }
  if (checkout === headSha) return { state: 'pull' }
  // GitHub's merge commit names the head as its second parent (present even in a shallow clone).
  const parents = await commitParents(cwd, checkout)
  if (parents.length === 2 && parents[1] === headSha) return { state: 'pull' }
  if (await hasCommit(cwd, headSha)) {
    // A commit made on top of the head in the job (a formatter, a generated file), or a merge
    // commit of a later head: the pull request's changes are still there.
    const descends = await git(cwd, ['merge-base', '--is-ancestor', headSha, checkout]).then(
      () => true,
      () => false,
    )
    return descends ? { state: 'pull' } : { state: 'other', checkout, known: true }
  }
  // The head is not in the clone (`fetch-depth: 1`): the base branch's tip the event names (what
  // actions/checkout gives on `pull_request_target`) is surely not the pull request's code.
  return { state: 'other', checkout, known: bases.includes(checkout) }
}
