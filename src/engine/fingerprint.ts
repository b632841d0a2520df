import { createHash } from 'node:crypto'

/**
 * Stable identity of a finding across commits: rule, resource, file and logical path. Line numbers
 * are deliberately left out so that moving code does not re-post review comments.
 */
export function fingerprint(ruleId: string, resource: string, file: string, logicalPath: string): string {
  return createHash('sha256').update(`${ruleId}\u0000${resource}\u0000${file}\u0000${logicalPath}`).digest('hex').slice(0, 24)
}
