/**
 * Suppressions written as comments (`#` in YAML and HCL, also `//` in HCL):
 *   # s3-gate:ignore <rule>[,<rule>] reason="…" until=2027-01-31
 *   #checkov:skip=CKV_AWS_18:reason            (checkov; also #bridgecrew:skip=, its older name)
 *   #tfsec:ignore:aws-s3-enable-bucket-logging:exp:2025-01-01
 *   #trivy:ignore:AVD-AWS-0089
 *   # kics-scan ignore-line / ignore-block
 * They are returned with their line; the parser decides which resource a line belongs to.
 */
import type { Problem } from '../../engine/finding.js'
import type { InlineSuppression } from '../../model/s3.js'

export interface CommentSuppression {
  line: number
  suppression: InlineSuppression
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

export function isValidDate(s: string): boolean {
  if (!DATE.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s)
}

const QUICK = /s3-gate:ignore|checkov:skip|bridgecrew:skip|tfsec:ignore|trivy:ignore|kics-scan/

export function findCommentSuppressions(text: string, file: string): { found: CommentSuppression[]; problems: Problem[] } {
  const found: CommentSuppression[] = []
  const problems: Problem[] = []
  if (!QUICK.test(text)) return { found, problems }
  const lines = text.split('\n')
  lines.forEach((withCr, i) => {
    const line = i + 1
    // The CR of a CRLF line end is not part of the comment: kept, it failed the `$` of the
    // patterns below, so no suppression in a file saved on Windows was applied.
    const raw = withCr.endsWith('\r') ? withCr.slice(0, -1) : withCr
    const hash = raw.search(/(#|\/\/)\s*(s3-gate:ignore|checkov:skip|bridgecrew:skip|tfsec:ignore|trivy:ignore|kics-scan)/)
    if (hash < 0) return
    // Lines end at line feeds (see LineIndex); a carriage return alone within this one makes it
    // several lines for YAML and editors, so which resource the comment sits on is not known.
    if (raw.includes('\r')) {
      problems.push({
        code: 'SUPPRESSION_NOT_PLACED',
        file,
        line,
        column: hash + 1,
        message:
          'This suppression is not applied: its line holds a carriage return without a line feed (old Mac line endings), which GitHub and s3-gate do not count as a line break, so the resource it belongs to is not known. Save the file with LF or CRLF line endings.',
        level: 'warning',
      })
      return
    }
    const comment = raw.slice(hash).replace(/^(#|\/\/)\s*/, '')
    const column = hash + 1
    const at = { file, line, column, endLine: line, endColumn: raw.length + 1, path: `#L${line}` }
    const push = (s: Omit<InlineSuppression, 'at'>) => found.push({ line, suppression: { ...s, at } })
    let m: RegExpExecArray | null
    // `s`: `.` takes every character, so `(.*)$` always matches at once. Without it a line
    // separator (U+2028) after a long rule list made the list give characters back one by one,
    // each time rescanning the rest: quadratic in the line (a 50 KB comment held the scan 3 s).
    if ((m = /^s3-gate:ignore\s+([\w-]+(?:\s*,\s*[\w-]+)*)(.*)$/s.exec(comment))) {
      const rest = m[2] ?? ''
      const reason = /reason\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(rest)
      const until = /until\s*=\s*(\S+)/.exec(rest)
      const reasonText = reason ? (reason[1] ?? reason[2] ?? '').trim() : ''
      if (!reasonText) {
        problems.push({ code: 'BAD_SUPPRESSION', file, line, column, message: 's3-gate:ignore needs a reason="…"', level: 'error' })
        return
      }
      if (until && !isValidDate(until[1]!)) {
        problems.push({
          code: 'BAD_SUPPRESSION',
          file,
          line,
          column,
          message: `until=${until[1]} is not a date (YYYY-MM-DD)`,
          level: 'error',
        })
        return
      }
      for (const rule of m[1]!
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean))
        push({ rule, reason: reasonText, until: until?.[1], syntax: 's3-gate' })
    } else if ((m = /^(?:checkov|bridgecrew):skip=([\w-]+)(?::(.*))?$/s.exec(comment))) {
      push({ rule: m[1]!, reason: m[2]?.trim() || undefined, syntax: 'checkov' })
    } else if ((m = /^tfsec:ignore:([\w-]+)(?::exp:(\d{4}-\d{2}-\d{2}))?/.exec(comment))) {
      push({ rule: m[1]!, until: m[2], syntax: 'tfsec' })
    } else if ((m = /^trivy:ignore:([\w-]+)(?::exp:(\d{4}-\d{2}-\d{2}))?/.exec(comment))) {
      push({ rule: m[1]!, until: m[2], syntax: 'trivy' })
    } else if ((m = /^kics-scan\s+(ignore-line|ignore-block|ignore)\b/.exec(comment))) {
      push({ rule: '*', reason: `kics-scan ${m[1]}`, syntax: 'kics' })
    } else if (/^s3-gate:ignore\s*$/.test(comment)) {
      problems.push({
        code: 'BAD_SUPPRESSION',
        file,
        line,
        column,
        message: 's3-gate:ignore needs a rule id and a reason="…"',
        level: 'error',
      })
    }
  })
  return { found, problems }
}
