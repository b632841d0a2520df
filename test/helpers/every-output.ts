import { rules } from '../../rules/index.js'
import { renderJson } from '../../src/report/render/json.js'
import { renderSarif } from '../../src/report/render/sarif.js'
import { renderText } from '../../src/report/render/text.js'
import type { ScanResult } from '../../src/scan-result.js'

/**
 * Every output s3-gate writes, plus the result as a whole (findings, edits, unknowns, problems,
 * notes): what a value that must never be quoted is looked for in. SARIF's rule descriptors are
 * left out: the rules' own documentation names canned ACLs.
 */
export function everyOutput(r: ScanResult): string {
  const sarif = JSON.parse(renderSarif(r, rules)) as { runs: { tool?: unknown }[] }
  for (const run of sarif.runs) delete run.tool
  return [JSON.stringify(r), renderJson(r), JSON.stringify(sarif), renderText(r, { color: false })].join('\n')
}

/**
 * What the gate decided, without the words: rule, place, resource and severity of each finding,
 * and each unknown. `lines: false` leaves lines out, for inputs whose marks take lines of their own.
 */
export function decisions(r: ScanResult, { lines = true }: { lines?: boolean } = {}): string[] {
  const at = (l: { file: string; line: number }) => (lines ? `${l.file}:${l.line}` : l.file)
  return [
    ...r.findings.map((f) => `${f.ruleId} ${at(f.location)} ${f.resource} ${f.severity}`),
    ...r.unknowns.map((u) => `? ${u.ruleId} ${at(u.location)} ${u.resource}`),
  ].sort()
}
