/**
 * Suppressions written as comments (`#` in YAML and HCL, also `//` in HCL):
 *   # s3-gate:ignore <rule>[,<rule>] reason="…" until=2027-01-31
 *   #checkov:skip=CKV_AWS_18:reason            (checkov; also #bridgecrew:skip=, its older name)
 *   #tfsec:ignore:aws-s3-enable-bucket-logging:exp:2025-01-01
 *   #trivy:ignore:AVD-AWS-0089[bucket=logs]:ws:default   (several on one line; `*` for every rule)
 *   # kics-scan ignore-line / ignore-block
 * They are returned with their line; the parser decides which resource a line belongs to.
 */
import { showsNothing } from '../../report/render/printable.js'
import type { Problem } from '../../engine/finding.js'
import { wildcardMatches } from '../../model/arn.js'
import type { InlineSuppression } from '../../model/s3.js'

export interface CommentSuppression {
  line: number
  /** Nothing but the comment on its line: such lines stack above a resource (see `stackedLines`). */
  ownLine: boolean
  suppression: InlineSuppression
  /**
   * trivy/tfsec `[attribute=value,...]`: the ignore applies only to instances of the block whose
   * attributes (`a.b` for an attribute of a nested block) have these values.
   */
  params?: { key: string; value: string }[]
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
    const ownLine = raw.slice(0, hash).trim() === ''
    const push = (s: Omit<InlineSuppression, 'at'>, params?: CommentSuppression['params']) =>
      found.push({ line, ownLine, suppression: { ...s, at }, ...(params?.length ? { params } : {}) })
    let m: RegExpExecArray | null
    // `s`: `.` takes every character, so `(.*)$` always matches at once. Without it a line
    // separator (U+2028) after a long rule list made the list give characters back one by one,
    // each time rescanning the rest: quadratic in the line (a 50 KB comment held the scan 3 s).
    if ((m = /^s3-gate:ignore\s+([\w-]+(?:\s*,\s*[\w-]+)*)(.*)$/s.exec(comment))) {
      const rest = m[2] ?? ''
      const reason = /reason\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(rest)
      const until = /until\s*=\s*(\S+)/.exec(rest)
      const reasonText = reason ? (reason[1] ?? reason[2] ?? '').trim() : ''
      // A reason of zero-width or other invisible characters says nothing either.
      if (showsNothing(reasonText)) {
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
    } else if (/^(tfsec|trivy):ignore:/.test(comment)) {
      for (const ignore of trivyIgnores(comment)) {
        const problem = (message: string) =>
          problems.push({ code: 'SUPPRESSION_NOT_APPLIED', file, line, column, message, level: 'warning' })
        if (ignore.until !== undefined && !isValidDate(ignore.until)) {
          problem(
            `${ignore.syntax}:ignore:${ignore.rule} is not applied: exp:${ignore.until} is not a date (YYYY-MM-DD), and ${ignore.syntax} drops an ignore whose date it cannot read`,
          )
          continue
        }
        if (ignore.workspace !== undefined && !wildcardMatches(ignore.workspace, 'default', false)) {
          problem(
            `${ignore.syntax}:ignore:${ignore.rule} is not applied: it is for the Terraform workspace "${ignore.workspace}", and s3-gate reads the configuration as the default workspace`,
          )
          continue
        }
        push({ rule: ignore.rule, until: ignore.until, syntax: ignore.syntax }, ignore.params)
      }
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

interface TrivyIgnore {
  syntax: 'trivy' | 'tfsec'
  rule: string
  until?: string
  workspace?: string
  params: { key: string; value: string }[]
}

/**
 * Every `trivy:ignore:` / `tfsec:ignore:` of a comment, as trivy reads them: words separated by
 * spaces, each `<id>[<key>=<value>,...]` then `:exp:<date>` and `:ws:<workspace>` in any order
 * (other sections are skipped); any other word is not an ignore (tfsec's old `#tfsec:ignore:X why`).
 */
function trivyIgnores(comment: string): TrivyIgnore[] {
  const out: TrivyIgnore[] = []
  for (const word of comment.split(/\s+/)) {
    const m = /^[#/*]*(tfsec|trivy):ignore:(.+)$/s.exec(word)
    if (!m) continue
    let rest = m[2]!
    const id = /^[^:[]+/.exec(rest)?.[0] ?? ''
    rest = rest.slice(id.length)
    const params: TrivyIgnore['params'] = []
    if (rest.startsWith('[')) {
      const close = rest.indexOf(']')
      const inside = close < 0 ? rest.slice(1) : rest.slice(1, close)
      rest = close < 0 ? '' : rest.slice(close + 1)
      for (const pair of inside.split(',')) {
        const kv = pair.split('=')
        if (kv.length === 2 && kv[0]!.trim()) params.push({ key: kv[0]!.trim(), value: kv[1]!.trim() })
      }
    }
    if (!id) continue
    const ignore: TrivyIgnore = { syntax: m[1] as TrivyIgnore['syntax'], rule: id, params }
    const sections = rest.split(':').slice(1)
    for (let i = 0; i + 1 < sections.length; i += 2) {
      if (sections[i] === 'exp') ignore.until = sections[i + 1]
      else if (sections[i] === 'ws') ignore.workspace = sections[i + 1]
    }
    out.push(ignore)
  }
  return out
}

/** A trivy/tfsec ignore whose `[attribute=value]` qualifiers cannot be checked where it sits: not applied, and said so. */
export function paramsNotChecked(c: CommentSuppression, where = 'in a CloudFormation template'): Problem {
  const { at, syntax, rule } = c.suppression
  return {
    code: 'SUPPRESSION_NOT_APPLIED',
    file: at.file,
    line: at.line,
    column: at.column,
    message: `${syntax}:ignore:${rule} is not applied: its [${c.params!.map((p) => `${p.key}=${p.value}`).join(',')}] qualifier cannot be checked ${where}, so it would apply to more than it names`,
    level: 'warning',
  }
}

/** An `s3-gate:ignore` neither inside a resource nor above one (peer syntaxes may mean a tool's other checks). */
export function orphanSuppression(c: CommentSuppression): Problem {
  return {
    code: 'ORPHAN_SUPPRESSION',
    file: c.suppression.at.file,
    line: c.line,
    column: c.suppression.at.column,
    message: 'this s3-gate:ignore is not inside a resource or on the line above one, so it applies to nothing',
    level: 'warning',
  }
}
