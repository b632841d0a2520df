import type { Finding } from '../engine/finding.js'

export interface Comparison {
  /** Fingerprints of the base's findings: a head finding with one of them was there before. */
  atBase: ReadonlySet<string>
  /** At the base and not at head. */
  fixed: Finding[]
}

/**
 * Compares the active findings of two scans by fingerprint (rule, resource, file, logical path;
 * never line numbers), so a finding that only moved is not "new".
 */
export function compareFindings(head: readonly Finding[], base: readonly Finding[]): Comparison {
  const atBase = new Set<string>()
  for (const f of base) atBase.add(f.fingerprint)
  // Head fingerprints, and those of the fixed findings taken so far: one of each is kept.
  const taken = new Set<string>()
  for (const f of head) taken.add(f.fingerprint)
  const fixed: Finding[] = []
  for (const f of base) {
    if (taken.has(f.fingerprint)) continue
    taken.add(f.fingerprint)
    fixed.push(f)
  }
  return { atBase, fixed }
}
