/**
 * Every finding as a line of the job log: the one surface no token, permission or GitHub limit
 * takes away. Used when the check run's annotations do not carry them all (no check run on a
 * fork's read-only token, annotations refused, or more than a check run takes); the job summary
 * stops at 1 MiB, and 10,000 findings do not fit in it.
 */
import type { GateReport } from '../../baseline/gate.js'
import { printable } from './printable.js'
import type { RenderContext } from './summary-markdown.js'

/** Lines past this are counted, not printed: the results file and SARIF hold them. */
export const MAX_LOG_LINES = 100_000

export function findingLogLines(report: GateReport, ctx: RenderContext, max = MAX_LOG_LINES): string[] {
  const lines: string[] = []
  for (const f of report.findings) {
    if (lines.length === max) break
    const verdict = f.blocking ? 'blocking' : f.gating ? 'advisory' : 'not gating'
    lines.push(
      printable(`${f.severity} ${f.ruleId} ${ctx.repoPath(f.location.file)}:${f.location.line} ${f.resource} (${verdict}): ${f.message}`),
    )
  }
  if (report.findings.length > max) lines.push(`…and ${report.findings.length - max} more: see the SARIF file or the results file.`)
  return lines
}
