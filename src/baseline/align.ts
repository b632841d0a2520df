/**
 * Pairs the base's findings with the head's before the verdict compares fingerprints, so that the
 * comparison (a set of fingerprints, which is also all the results file carries to the publish
 * step) says what a finding-by-finding reading would:
 * - a finding the pull request only shifted within a list (a statement inserted above the public
 *   one moves it from `Statement[0]` to `Statement[1]`, and the fingerprint names the index) is the
 *   base's finding: the base one takes the head one's fingerprint;
 * - a finding the pull request made worse (the same rule, resource and place at a higher severity)
 *   is new: the base one is left out, so it is neither pre-existing nor listed as fixed.
 */
import type { Finding } from '../engine/finding.js'
import { fingerprint } from '../engine/fingerprint.js'
import { severityRank } from '../engine/severity.js'

/**
 * Rule, resource, file and `path` without its list indexes: `Statement[1]` and `Statement[0]` are
 * one place. A fingerprint may also name the finding's subject or unit (a policy's finding about
 * its bucket, a module file several root modules share), which the finding does not carry: whether
 * it does is part of the key, and exact fingerprints are paired before any of these.
 */
function looseKey(f: Finding, rename: Rename = same): string {
  const plain = f.fingerprint === fingerprint(f.ruleId, f.resource, f.location.file, f.location.path)
  const file = f.location.file
  const loose = rename(file, f.location.path).replace(/\[\d+\]/g, '[]')
  return `${plain ? 'p' : 'q'}\u0000${f.ruleId}\u0000${rename(file, f.resource)}\u0000${file}\u0000${loose}`
}

/** An address at the base as the head names it (Terraform `moved` blocks), for a finding in `file`. */
export type Rename = (file: string, address: string) => string
const same: Rename = (_file, address) => address

/** The base's active findings, paired with `head`'s active findings (see the file comment). */
export function alignBaseWithHead(base: readonly Finding[], head: readonly Finding[], rename: Rename = same): Finding[] {
  const activeHead = head.filter((f) => !f.suppressed)
  const pairedHead = new Set<Finding>()
  /** Base finding → the head finding it stands for. */
  const partner = new Map<Finding, Finding>()
  const open = base.filter((f) => !f.suppressed)
  const notWorse = (b: Finding, h: Finding) => severityRank(h.severity) <= severityRank(b.severity)

  // Passes from the surest pairing to the loosest; each finding is paired at most once.
  // The loose keys of base findings name their resources as the head does.
  const passes: { key: (f: Finding, atBase: boolean) => string }[] = [
    { key: (f) => `${f.fingerprint}\u0000${f.message}` },
    { key: (f, atBase) => `${looseKey(f, atBase ? rename : same)}\u0000${f.message}` },
    { key: (f) => f.fingerprint },
    { key: (f, atBase) => looseKey(f, atBase ? rename : same) },
  ]
  for (const pass of passes) {
    const waiting = new Map<string, Finding[]>()
    for (const h of activeHead) {
      if (pairedHead.has(h)) continue
      const k = pass.key(h, false)
      const list = waiting.get(k)
      if (list) list.push(h)
      else waiting.set(k, [h])
    }
    if (!waiting.size) break
    for (const b of open) {
      if (partner.has(b)) continue
      const k = pass.key(b, true)
      const list = waiting.get(k)
      if (!list) continue
      const i = list.findIndex((h) => !pairedHead.has(h) && notWorse(b, h))
      if (i < 0) continue
      const h = list[i]!
      list.splice(i, 1)
      pairedHead.add(h)
      partner.set(b, h)
    }
  }

  // Head fingerprints no base finding stands for: these are new, so no base finding may keep one.
  const unpairedHead = new Set<string>()
  for (const h of activeHead) if (!pairedHead.has(h)) unpairedHead.add(h.fingerprint)
  const out: Finding[] = []
  for (const b of base) {
    if (b.suppressed) {
      out.push(b)
      continue
    }
    const h = partner.get(b)
    if (h) {
      out.push(h.fingerprint === b.fingerprint ? b : { ...b, fingerprint: h.fingerprint })
      continue
    }
    // Unpaired with the fingerprint of a head finding that is worse than it (or one more copy
    // than the base had): it is not what the head has, and not fixed either.
    if (unpairedHead.has(b.fingerprint)) continue
    out.push(b)
  }
  return out
}
