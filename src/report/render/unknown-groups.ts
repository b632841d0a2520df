import type { UnknownResult } from '../../engine/finding.js'

/**
 * Unknowns that differ only in which setting could not be decided (the four Block Public Access
 * flags behind one unresolved `!If`, say) read as one line: same rule, resource, place and reason.
 */
export interface UnknownGroup {
  first: UnknownResult
  /** What each member could not decide, e.g. `BlockPublicAcls`; empty when the rule named nothing. */
  aspects: string[]
  count: number
}

/** The engine words an unknown `<rule title>: cannot tell (<aspect>)`. */
const ASPECT = /: cannot tell \(([^()]*)\)$/

export function groupUnknowns(unknowns: readonly UnknownResult[]): UnknownGroup[] {
  const groups = new Map<string, UnknownGroup>()
  for (const u of unknowns) {
    const key = `${u.ruleId}\u0000${u.resource}\u0000${u.location.file}:${u.location.line}:${u.location.column}\u0000${u.why}`
    let g = groups.get(key)
    if (!g) {
      g = { first: u, aspects: [], count: 0 }
      groups.set(key, g)
    }
    g.count++
    const aspect = ASPECT.exec(u.message)?.[1]
    if (aspect && !g.aspects.includes(aspect)) g.aspects.push(aspect)
  }
  return [...groups.values()]
}

/** `(BlockPublicAcls, IgnorePublicAcls) ` or nothing. */
export function aspectsLabel(g: UnknownGroup): string {
  return g.aspects.length ? `(${g.aspects.join(', ')}) ` : ''
}
