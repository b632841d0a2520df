import type { GatedFinding, GateReport } from '../../baseline/gate.js'
import type { Finding } from '../../engine/finding.js'

/**
 * The findings, one list per comment or annotation: copies of one resource (`count`, `for_each`,
 * `Fn::ForEach`) share their source lines, so the same rule fires on the same line once per copy,
 * with the same fix. One comment or annotation says it for all: ten identical threads on one line
 * would bury the review, and a `count = 100` bucket's findings took all 1,000 annotations a check
 * run may hold. Order is kept (the first finding of a list leads it).
 *
 * Copies are neighbours in every order findings are shown in (a scan's: file, line, column, rule,
 * resource; the gate's ranking sorts stably by standing, severity, file, line and rule on top of
 * it), so each is compared with the one before it only: grouping by a key of every field, fix text
 * included, made each summary surface of 44,600 findings take ten times as long. Out of that order,
 * copies are merely grouped less. A fingerprint repeated right after itself counts once.
 */
export function copiesTogether<T extends Finding>(findings: readonly T[]): [T, ...T[]][] {
  const out: [T, ...T[]][] = []
  let list: [T, ...T[]] | undefined
  for (const f of findings) {
    if (list && sameCopy(list[0], f)) {
      if (list[list.length - 1]!.fingerprint !== f.fingerprint) list.push(f)
    } else out.push((list = [f]))
  }
  return out
}

const reportCopies = new WeakMap<readonly GatedFinding[], [GatedFinding, ...GatedFinding[]][]>()

/** `copiesTogether(report.findings)`, once per report however many surfaces show it (each copy of a list shares its standing). */
export function copiesOfReport(report: GateReport): readonly [GatedFinding, ...GatedFinding[]][] {
  let groups = reportCopies.get(report.findings)
  if (!groups) reportCopies.set(report.findings, (groups = copiesTogether(report.findings)))
  return groups
}

/** The same finding of another copy: rule, message, place, fix and standing (a scan's findings have none). */
function sameCopy(a: Finding & Partial<GatedFinding>, b: Finding & Partial<GatedFinding>): boolean {
  const p = a.location
  const q = b.location
  return (
    a.ruleId === b.ruleId &&
    a.messageId === b.messageId &&
    a.severity === b.severity &&
    p.file === q.file &&
    p.line === q.line &&
    p.column === q.column &&
    p.endLine === q.endLine &&
    p.endColumn === q.endColumn &&
    a.origin === b.origin &&
    a.gating === b.gating &&
    a.blocking === b.blocking &&
    sameEdit(a.edit, b.edit) &&
    (a.notAtHead === b.notAtHead ||
      (!!a.notAtHead && !!b.notAtHead && a.notAtHead.why === b.notAtHead.why && a.notAtHead.line === b.notAtHead.line))
  )
}

function sameEdit(x: Finding['edit'], y: Finding['edit']): boolean {
  return (
    x === y ||
    (!!x && !!y && x.file === y.file && x.startLine === y.startLine && x.endLine === y.endLine && x.replacement === y.replacement)
  )
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
