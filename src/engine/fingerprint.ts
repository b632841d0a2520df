import crypto from 'node:crypto'

// One-shot `crypto.hash` (Node ≥ 20.12) skips the Hash object a `createHash` chain builds per call;
// tens of thousands of findings are fingerprinted per scan. Same SHA-256, same hex.
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex')

/**
 * Stable identity of a finding across commits: rule, resource, file and logical path. Line numbers
 * are deliberately left out so that moving code does not re-post review comments. The engine
 * qualifies the resource with the subject when a finding is reported on another resource, and the
 * path with the unit when the file is shared by several units (src/engine/evaluate.ts).
 */
export function fingerprint(ruleId: string, resource: string, file: string, logicalPath: string): string {
  return sha256Hex(`${ruleId}\u0000${resource}\u0000${file}\u0000${logicalPath}`).slice(0, 24)
}
