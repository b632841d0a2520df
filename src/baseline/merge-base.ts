import { commitParents, git, hasCommit, revParse } from './git.js'

export type BaseCommit = { ok: true; commit: string; description: string } | { ok: false; reason: string }

const short = (sha: string) => sha.slice(0, 7)

/**
 * The commit a pull request is compared with, read from the checkout with git:
 * - the checkout is GitHub's merge commit (the default for `pull_request`): its first parent,
 *   the base branch tip the pull request was merged into, so the comparison is exactly what
 *   merging would introduce (needs `fetch-depth: 2` or more);
 * - otherwise the merge base of `pull_request.base.sha` and the head (needs enough history).
 * Never a file from the pull request: it could claim anything.
 */
export async function findBaseCommit(repoDir: string, event: { baseSha: string; headSha: string }): Promise<BaseCommit> {
  const head = await revParse(repoDir, 'HEAD')
  if (!head) return { ok: false, reason: 'the workspace is not a git checkout' }
  const parents = await commitParents(repoDir, head)
  if (parents.length === 2 && parents[1] === event.headSha) {
    const tip = parents[0] as string
    if (await hasCommit(repoDir, tip)) {
      return {
        ok: true,
        commit: tip,
        description: `the base branch tip \`${short(tip)}\` this pull request was merged into (the checkout is GitHub's merge commit \`${short(head)}\`)`,
      }
    }
    return {
      ok: false,
      reason: `the checkout is GitHub's merge commit, but its base parent \`${short(tip)}\` was not fetched (actions/checkout uses \`fetch-depth: 1\` by default; set \`fetch-depth: 2\` or \`0\`)`,
    }
  }
  if (!(await hasCommit(repoDir, event.baseSha))) {
    return {
      ok: false,
      reason: `the base commit \`${short(event.baseSha)}\` is not in the checkout (set \`fetch-depth: 0\` on actions/checkout so the base history is fetched)`,
    }
  }
  const tip = (await hasCommit(repoDir, event.headSha)) ? event.headSha : head
  try {
    const mergeBase = (await git(repoDir, ['merge-base', event.baseSha, tip])).trim()
    if (!mergeBase) throw new Error('empty')
    if (!(await hasCommit(repoDir, mergeBase))) throw new Error('not fetched')
    return {
      ok: true,
      commit: mergeBase,
      description: `the merge base \`${short(mergeBase)}\` of the base \`${short(event.baseSha)}\` and the head \`${short(tip)}\``,
    }
  } catch {
    return {
      ok: false,
      reason: `no merge base of \`${short(event.baseSha)}\` and \`${short(tip)}\` within the fetched history (set \`fetch-depth: 0\` on actions/checkout)`,
    }
  }
}
