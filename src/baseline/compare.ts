import type { Finding } from '../engine/finding.js'

export interface Comparison {
  /** At head and not at the base: introduced by the pull request. */
  introduced: Finding[]
  /** At head and at the base. */
  preExisting: Finding[]
  /** At the base and not at head. */
  fixed: Finding[]
}

/**
 * Compares the active findings of two scans by fingerprint (rule, resource, file, logical path;
 * never line numbers), so a finding that only moved is not "new".
 */
export function compareFindings(head: readonly Finding[], base: readonly Finding[]): Comparison {
  const baseKeys = new Set(base.map((f) => f.fingerprint))
  const headKeys = new Set(head.map((f) => f.fingerprint))
  return {
    introduced: head.filter((f) => !baseKeys.has(f.fingerprint)),
    preExisting: head.filter((f) => baseKeys.has(f.fingerprint)),
    fixed: dedupe(base.filter((f) => !headKeys.has(f.fingerprint))),
  }
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => !seen.has(f.fingerprint) && seen.add(f.fingerprint))
}
