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
  const lists = new Map<string, [T, ...T[]]>()
  const seen = new Set<string>()
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue
    seen.add(f.fingerprint)
    const key = sameCommentKey(f)
    const list = lists.get(key)
    if (list) list.push(f)
    else lists.set(key, [f])
  }
  return [...lists.values()]
}

/** Findings of a scan (no gate yet) have no standing: grouped by the rest. */
function sameCommentKey(f: Finding & Partial<GatedFinding>): string {
  const at = f.location
  const e = f.edit
  const edit = e ? [e.file, e.startLine, e.endLine, e.replacement] : []
  const head = f.notAtHead ? [f.notAtHead.why, f.notAtHead.line] : []
  const standing = [f.origin, f.gating, f.blocking]
  return JSON.stringify([f.ruleId, f.messageId, f.severity, at.file, at.line, at.column, at.endLine, at.endColumn, edit, head, standing])
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
