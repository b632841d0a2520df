/**
 * Suppressions written in a resource's `Metadata`: our own (`s3-gate.ignore`) and the ones users
 * already have for cfn_nag, checkov, cdk-nag (v2) and cfn-guard.
 */
import type { Problem } from '../../engine/finding.js'
import type { InlineSuppression } from '../../model/s3.js'
import { isValidDate } from '../shared/comment-suppressions.js'
import { Unknown } from './intrinsics.js'
import type { Cur, TemplateReader } from './reader.js'

export function readMetadataSuppressions(r: TemplateReader, metadata: Cur | undefined, problems: Problem[]): InlineSuppression[] {
  if (!metadata) return []
  const out: InlineSuppression[] = []
  const text = (c: Cur | undefined) => {
    if (!c) return undefined
    const v = r.string(c, null, r.loc(c))
    return v.state === 'set' && v.value !== null ? v.value : undefined
  }
  const each = (list: Cur | undefined, f: (item: Cur) => void) => {
    const items = r.items(list)
    if (!(items instanceof Unknown)) items.forEach(f)
  }
  each(r.child(r.child(metadata, 's3-gate'), 'ignore'), (item) => {
    const at = r.loc(item)
    const rule = text(r.child(item, 'rule'))
    const reason = text(r.child(item, 'reason'))
    const until = text(r.child(item, 'until'))
    const bad = (message: string) =>
      problems.push({ code: 'BAD_SUPPRESSION', file: at.file, line: at.line, column: at.column, message, level: 'error' })
    if (!rule) return bad('an s3-gate ignore entry needs a rule')
    if (!reason) return bad(`the s3-gate ignore entry for ${rule} needs a reason`)
    if (until !== undefined && !isValidDate(until)) return bad(`until: ${until} is not a date (YYYY-MM-DD)`)
    out.push({ rule, reason, until, syntax: 's3-gate', at })
  })
  for (const [ns, syntax] of [
    ['cfn_nag', 'cfn_nag'],
    ['cdk_nag', 'cdk-nag'],
  ] as const) {
    each(r.child(r.child(metadata, ns), 'rules_to_suppress'), (item) => {
      const rule = text(r.child(item, 'id'))
      if (rule) out.push({ rule, reason: text(r.child(item, 'reason')), syntax, at: r.loc(item) })
    })
  }
  each(r.child(r.child(metadata, 'checkov'), 'skip'), (item) => {
    const rule = text(r.child(item, 'id'))
    if (rule) out.push({ rule, reason: text(r.child(item, 'comment')), syntax: 'checkov', at: r.loc(item) })
  })
  each(r.child(r.child(metadata, 'guard'), 'SuppressedRules'), (item) => {
    const rule = text(item)
    if (rule) out.push({ rule, syntax: 'cfn-guard', reason: 'cfn-guard SuppressedRules', at: r.loc(item) })
  })
  return out
}
