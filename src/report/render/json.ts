import type { Finding } from '../../engine/finding.js'
import type { SourceLocation } from '../../model/location.js'
import type { ScanResult } from '../../scan-result.js'
import { jsonWithoutWorkflowCommands } from './printable.js'

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
  // Each chunk holds whole strings: a `##[` (a legacy workflow command wherever it stands in a
  // line of a CI log) is written `##\u005b` in it, the same text once parsed.
  const safe = jsonWithoutWorkflowCommands
  yield `{\n  "tool": ${indent(safe(JSON.stringify(result.tool, null, 2)), 2)},\n  "findings": [`
  const quoted = quotedOnce()
  const place = placeText(quotedLast())
  const resource = quotedLast()
  for (let i = 0; i < result.findings.length; i++)
    yield `${i ? ',' : ''}\n    ${safe(findingText(result.findings[i]!, quoted, place, resource))}`
  yield result.findings.length ? '\n  ],' : '],'
  // The remaining members, spliced after the findings: `{\n  "unknowns": …\n}` without its `{`.
  yield safe(JSON.stringify(rest(result), null, 2).slice(1))
  yield '\n'
}

function indent(json: string, spaces: number): string {
  return json.replace(/\n/g, '\n' + ' '.repeat(spaces))
}

/** JSON text of the few strings every finding repeats (rule ids, severities, message ids, formats), quoted once per output. */
function quotedOnce(): (s: string) => string {
  const cache = new Map<string, string>()
  return (s) => {
    let q = cache.get(s)
    if (q === undefined) cache.set(s, (q = JSON.stringify(s)))
    return q
  }
}

/**
 * JSON text of a string that sorted findings repeat in runs (files, resources), kept for the next
 * finding only: cached for the whole output, the quoted copies of every file and resource of the
 * 40,000-file Terraform tree stayed live to the end (peak RSS 322–327 → 312–313 MB).
 */
function quotedLast(): (s: string) => string {
  let last: string | undefined
  let text = ''
  return (s) => {
    if (s !== last) {
      last = s
      text = JSON.stringify(s)
    }
    return text
  }
}

const HEX = /^[0-9a-f]*$/

/**
 * The `file` to `endColumn` lines of a finding. Sorted findings come in runs that share one
 * location object (the rules on one bucket), so the last one's text is kept for the next.
 */
function placeText(quoted: (s: string) => string): (at: SourceLocation) => string {
  let last: SourceLocation | undefined
  let text = ''
  return (at) => {
    if (at !== last) {
      last = at
      text =
        `\n      "file": ${quoted(at.file)},\n      "line": ${at.line},` +
        `\n      "column": ${at.column},\n      "endLine": ${at.endLine},\n      "endColumn": ${at.endColumn},`
    }
    return text
  }
}

/**
 * One finding as `JSON.stringify(…, null, 2)` prints it four spaces in, written out field by
 * field (line numbers are whole numbers, so they print as themselves). The generic
 * pretty-printer plus re-indenting every line took about 1 s of the main thread's serial tail
 * on 370,000 findings; this takes about a third less (bench notes in bench/README.md). Nested
 * values (suppression, related places, edit) still go through JSON.stringify.
 */
function findingText(
  f: Finding,
  quoted: (s: string) => string,
  place: (at: SourceLocation) => string,
  resource: (s: string) => string,
): string {
  let text =
    `{\n      "ruleId": ${quoted(f.ruleId)},\n      "severity": ${quoted(f.severity)},\n      "message": ${JSON.stringify(f.message)},` +
    `\n      "messageId": ${quoted(f.messageId)},${place(f.location)}` +
    `\n      "resource": ${resource(f.resource)},\n      "format": ${quoted(f.format)},\n      "fingerprint": ${HEX.test(f.fingerprint) ? `"${f.fingerprint}"` : JSON.stringify(f.fingerprint)},` +
    `\n      "suppressed": ${f.suppressed}`
  if (f.suppression) text += `,\n      "suppression": ${indent(JSON.stringify(f.suppression, null, 2), 6)}`
  if (f.related.length) {
    const related = f.related.map((r) => ({
      message: r.message,
      file: r.at.file,
      line: r.at.line,
      column: r.at.column,
      endLine: r.at.endLine,
      endColumn: r.at.endColumn,
    }))
    text += `,\n      "related": ${indent(JSON.stringify(related, null, 2), 6)}`
  }
  if (f.edit) text += `,\n      "edit": ${indent(JSON.stringify(f.edit, null, 2), 6)}`
  return `${text}\n    }`
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
      // The end too, as for findings: a merge of shards (`s3-gate merge`) reads its places from
      // here, and SARIF regions end there.
      endLine: u.location.endLine,
      endColumn: u.location.endColumn,
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
