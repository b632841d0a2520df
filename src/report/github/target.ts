/** Where results are published. */
export interface PublishTarget {
  owner: string
  repo: string
  /** The commit checks and comments attach to: the PR head (never the merge commit), or the pushed commit. */
  headSha: string
  /** Set on pull-request events; reviews and the sticky comment need it. */
  pullNumber?: number
}
