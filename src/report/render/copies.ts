import type { GatedFinding } from '../../baseline/gate.js'
import type { Finding } from '../../engine/finding.js'

/**
 * The findings, one list per comment or annotation: copies of one resource (`count`, `for_each`, `Fn::ForEach`)
 * share their source lines, so the same rule fires on the same line once per copy, with the same
 * fix. One comment or annotation says it for all: ten identical threads on one line would bury the
 * review, and a `count = 100` bucket's findings took all 1,000 annotations a check run may hold.
 * Order is kept (the first finding of a list leads it); a fingerprint seen twice counts once.
 */
export function copiesTogether<T extends Finding>(findings: readonly T[]): [T, ...T[]][] {
  const out: [T, ...T[]][] = []
  // By rule, place and standing first (a short key), then by fix among the few that share one: a
  // JSON key of everything, fix text included, took seconds at 370,000 findings.
  const atPlace = new Map<string, [T, ...T[]][]>()
  const seen = new Set<string>()
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue
    seen.add(f.fingerprint)
    const key = placeKey(f)
    const lists = atPlace.get(key)
    const list = lists?.find((l) => sameFixAndHead(l[0], f))
    if (list) list.push(f)
    else {
      const fresh: [T, ...T[]] = [f]
      out.push(fresh)
      if (lists) lists.push(fresh)
      else atPlace.set(key, [fresh])
    }
  }
  return out
}

/** Findings of a scan (no gate yet) have no standing: grouped by the rest. */
function placeKey(f: Finding & Partial<GatedFinding>): string {
  const at = f.location
  return `${f.ruleId}\u0000${f.messageId}\u0000${f.severity}\u0000${at.file}\u0000${at.line}:${at.column}:${at.endLine}:${at.endColumn}\u0000${f.origin}:${f.gating}:${f.blocking}`
}

function sameFixAndHead(a: Finding & Partial<GatedFinding>, b: Finding & Partial<GatedFinding>): boolean {
  const x = a.edit
  const y = b.edit
  const sameEdit =
    x === y ||
    (!!x && !!y && x.file === y.file && x.startLine === y.startLine && x.endLine === y.endLine && x.replacement === y.replacement)
  const h = a.notAtHead
  const k = b.notAtHead
  return sameEdit && (h === k || (!!h && !!k && h.why === k.why && h.line === k.line))
}

/**
 * "2 more resources from these lines: `a`, `b`": the other copies a comment, annotation or line
 * of text speaks for, the first `max` named (each through `name`), the rest counted.
 */
export function otherCopies(resources: readonly string[], max: number, name: (resource: string) => string): string {
  const names = resources.slice(0, max).map(name)
  const more = resources.length > max ? ` and ${resources.length - max} more` : ''
  const n = resources.length === 1 ? '1 more resource' : `${resources.length} more resources`
  return `${n} from these lines: ${names.join(', ')}${more}`
}
