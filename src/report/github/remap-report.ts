import { gatedFinding, type GatedFinding, type GateReport, type NotAtHead } from '../../baseline/gate.js'
import type { Problem, TextEdit } from '../../engine/finding.js'
import type { SourceLocation } from '../../model/location.js'
import { headLineOf, headRangeOf, lastHeadLineAtOrBefore, nearestHeadLine, type LineMaps } from './line-map.js'

/**
 * The report with every line numbered as at the pull request's head, for the GitHub publishers
 * (review comments, check-run and workflow annotations, summary links): on `pull_request` the
 * scan read GitHub's merge commit, whose lines differ wherever the base branch changed a file
 * since. The verdict, counts and order are untouched. SARIF and the results file keep the
 * scanned lines: code scanning analyses the merge commit itself.
 *
 * A finding on a line the head does not have is kept, at the nearest head line, with
 * `notAtHead` saying why; it gets no line comment. A fix is kept only when every line it
 * replaces (or, for an insertion, the line it follows and the next) reads the same at the head
 * in one piece, so a suggestion never replaces other lines than the scan saw.
 */
export function remapReport(report: GateReport, maps: LineMaps): GateReport {
  if (maps.size === 0) return report
  return {
    ...report,
    findings: report.findings.map((f) => remapFinding(f, maps)),
    suppressed: report.suppressed.map((f) => (maps.has(f.location.file) ? { ...f, location: moveLocation(f.location, maps).location } : f)),
    unknowns: report.unknowns.map((u) => (maps.has(u.location.file) ? { ...u, location: moveLocation(u.location, maps).location } : u)),
    problems: report.problems.map((p) => moveProblem(p, maps)),
  }
}

function remapFinding(f: GatedFinding, maps: LineMaps): GatedFinding {
  if (!maps.has(f.location.file) && !(f.edit && maps.has(f.edit.file))) return f
  const moved = moveLocation(f.location, maps)
  const out = gatedFinding(f, f, { location: moved.location, edit: !moved.notAtHead && f.edit ? moveEdit(f.edit, maps) : undefined })
  if (moved.notAtHead) out.notAtHead = moved.notAtHead
  return out
}

function moveLocation(at: SourceLocation, maps: LineMaps): { location: SourceLocation; notAtHead?: NotAtHead } {
  const map = maps.get(at.file)
  if (!map) return { location: at }
  const line = headLineOf(map, at.line)
  if (line === undefined) {
    const near = nearestHeadLine(map, at.line)
    return {
      location: { ...at, line: near, column: 0, endLine: near, endColumn: 0 },
      notAtHead: { line: at.line, why: map.complete ? 'base-only' : 'unmatched' },
    }
  }
  if (at.endLine <= at.line) return { location: { ...at, line, endLine: line } }
  const end = headLineOf(map, at.endLine)
  // An end the head does not have: the range stops at its last line that it does have.
  if (end === undefined) return { location: { ...at, line, endLine: lastHeadLineAtOrBefore(map, at.endLine) ?? line, endColumn: 0 } }
  return { location: { ...at, line, endLine: end } }
}

function moveEdit(edit: TextEdit, maps: LineMaps): TextEdit | undefined {
  const map = maps.get(edit.file)
  if (!map) return edit
  if (edit.endLine >= edit.startLine) {
    const start = headRangeOf(map, edit.startLine, edit.endLine)
    return start === undefined ? undefined : { ...edit, startLine: start, endLine: start + edit.endLine - edit.startLine }
  }
  if (edit.endLine === edit.startLine - 1) {
    // An insertion after `endLine`: that line and the one after must still be neighbours.
    const after = headRangeOf(map, edit.endLine, edit.startLine)
    return after === undefined ? undefined : { ...edit, startLine: after + 1, endLine: after }
  }
  return undefined
}

function moveProblem(p: Problem, maps: LineMaps): Problem {
  const map = maps.get(p.file)
  if (!map) return p
  const line = headLineOf(map, p.line)
  return line === undefined ? { ...p, line: nearestHeadLine(map, p.line), column: 0 } : { ...p, line }
}
