import type { Finding } from '../../engine/finding.js'
import type { ScanResult } from '../../scan-result.js'

/**
 * The CLI's JSON output. `file` is relative to the working directory with `/`; `resource` is the
 * CloudFormation logical id, the Terraform address with instance key, or the CDK construct path.
 */
export function renderJson(result: ScanResult): string {
  return [...jsonChunks(result)].join('')
}

/**
 * The same text as `renderJson` (pretty-printed, byte for byte), a piece at a time, so that a scan
 * with hundreds of thousands of findings is written out without ever holding the whole text, or a
 * second copy of every finding, in memory.
 */
export function* jsonChunks(result: ScanResult): Generator<string> {
  yield `{\n  "tool": ${indent(JSON.stringify(result.tool, null, 2), 2)},\n  "findings": [`
  for (let i = 0; i < result.findings.length; i++)
    yield `${i ? ',' : ''}\n    ${indent(JSON.stringify(findingJson(result.findings[i]!), null, 2), 4)}`
  yield result.findings.length ? '\n  ],' : '],'
  // The remaining members, spliced after the findings: `{\n  "unknowns": …\n}` without its `{`.
  yield JSON.stringify(rest(result), null, 2).slice(1)
  yield '\n'
}

function indent(json: string, spaces: number): string {
  return json.replace(/\n/g, '\n' + ' '.repeat(spaces))
}

function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    messageId: f.messageId,
    file: f.location.file,
    line: f.location.line,
    column: f.location.column,
    endLine: f.location.endLine,
    endColumn: f.location.endColumn,
    resource: f.resource,
    format: f.format,
    fingerprint: f.fingerprint,
    suppressed: f.suppressed,
    ...(f.suppression ? { suppression: f.suppression } : {}),
    ...(f.related.length
      ? {
          related: f.related.map((r) => ({
            message: r.message,
            file: r.at.file,
            line: r.at.line,
            column: r.at.column,
            endLine: r.at.endLine,
            endColumn: r.at.endColumn,
          })),
        }
      : {}),
    ...(f.edit ? { edit: f.edit } : {}),
  }
}

function rest(result: ScanResult) {
  return {
    unknowns: result.unknowns.map((u) => ({
      ruleId: u.ruleId,
      message: u.message,
      why: u.why,
      file: u.location.file,
      line: u.location.line,
      column: u.location.column,
      resource: u.resource,
      fingerprint: u.fingerprint,
    })),
    errors: result.problems
      .filter((p) => p.level === 'error')
      .map((p) => ({ file: p.file, line: p.line, column: p.column, code: p.code, message: p.message })),
    warnings: result.problems
      .filter((p) => p.level === 'warning')
      .map((p) => ({ file: p.file, line: p.line, column: p.column, code: p.code, message: p.message })),
    notes: result.notes,
    stats: result.stats,
    // `s3-gate merge` needs to know which shard this is, and that none is missing.
    ...(result.shard ? { shard: result.shard } : {}),
  }
}
