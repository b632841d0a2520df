import type { Finding } from '../../engine/finding.js'
import type { ScanResult } from '../../scan-result.js'
import { countBySeverity, describeCounts } from './counts.js'
import { copiesTogether, otherCopies } from './copies.js'
import { printable as p } from './printable.js'
import { aspectsLabel, groupUnknowns } from './unknown-groups.js'

export interface TextOptions {
  color: boolean
  /** Show suppressed findings and unknowns in full. */
  verbose?: boolean
}

const COLORS: Record<string, string> = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[2m' }
const RESET = '\x1b[0m'
const DIM = '\x1b[2m'
const BOLD = '\x1b[1m'

const ruleIdOf = (f: Finding) => f.ruleId
const position = (f: Finding) => `${f.location.line}:${f.location.column}`

/**
 * At least `min` wide, and two spaces wider than the longest entry: a 42-character rule id or a
 * position past line 9999 would otherwise run into the next column.
 */
function columnWidth(entries: readonly string[], min: number): number {
  return entries.reduce((w, e) => Math.max(w, e.length + 2), min)
}

/** Copies a `count` or `for_each` made, named up to a few (`--verbose` lists each finding). */
const MAX_COPY_NAMES = 5

function copiesLabel(copies: readonly Finding[]): string {
  const listed = otherCopies(
    copies.map((f) => f.resource),
    MAX_COPY_NAMES,
    p,
  )
  return copies.length > MAX_COPY_NAMES ? `${listed} (--verbose lists them)` : listed
}

export function renderText(result: ScanResult, opts: TextOptions): string {
  return [...textChunks(result, opts)].join('')
}

/**
 * The same text a line at a time, so that output larger than one string may hold (resource names
 * megabytes long, repeated in every finding) is written out instead of crashing the scan.
 */
export function* textChunks(result: ScanResult, opts: TextOptions): Generator<string> {
  const c = (code: string, s: string) => (opts.color ? `${code}${s}${RESET}` : s)
  const line = (s: string) => `${s}\n`
  const active = result.findings.filter((f) => !f.suppressed)
  const byFile = new Map<string, Finding[]>()
  for (const f of active) {
    const list = byFile.get(f.location.file) ?? []
    list.push(f)
    byFile.set(f.location.file, list)
  }
  for (const [file, list] of byFile) {
    // Per file, so one long rule id widens its own block only.
    const posWidth = columnWidth(list.map(position), 8)
    const ruleWidth = columnWidth(list.map(ruleIdOf), 32)
    yield line(c(BOLD, p(file)))
    for (const [f, ...copies] of opts.verbose ? list.map((f): [Finding] => [f]) : copiesTogether(list)) {
      yield line(
        `  ${position(f).padEnd(posWidth)}${c(COLORS[f.severity] ?? '', f.severity.padEnd(9))}${f.ruleId.padEnd(ruleWidth)}${p(f.message)}${c(DIM, `  [${p(f.resource)}]`)}`,
      )
      for (const r of f.related) yield line(c(DIM, `          ↳ ${p(r.message)}: ${p(r.at.file)}:${r.at.line}`))
      if (copies.length) yield line(c(DIM, `          ↳ the same for ${copiesLabel(copies)}`))
    }
    yield line('')
  }
  const suppressed = result.findings.filter((f) => f.suppressed)
  if (suppressed.length) {
    yield line(c(BOLD, `Suppressed (${suppressed.length})`))
    for (const f of suppressed)
      yield line(`  ${p(f.location.file)}:${f.location.line}  ${f.ruleId}  [${p(f.resource)}]  ${c(DIM, p(f.suppression?.reason ?? ''))}`)
    yield line('')
  }
  if (result.unknowns.length) {
    yield line(c(BOLD, `Could not evaluate (${result.unknowns.length})`))
    const groups = groupUnknowns(result.unknowns)
    const shown = opts.verbose ? groups : groups.slice(0, 20)
    for (const g of shown) {
      const u = g.first
      yield line(`  ${p(u.location.file)}:${u.location.line}  ${u.ruleId}  [${p(u.resource)}]  ${c(DIM, p(`${aspectsLabel(g)}${u.why}`))}`)
    }
    const hidden = groups.slice(shown.length).reduce((n, g) => n + g.count, 0)
    if (hidden) yield line(c(DIM, `  … ${hidden} more (--verbose)`))
    yield line('')
  }
  const warnings = result.problems.filter((p) => p.level === 'warning')
  if (warnings.length) {
    yield line(c(BOLD, `Warnings (${warnings.length})`))
    for (const w of warnings) yield line(`  ${p(w.file)}:${w.line}:${w.column}  ${w.code}  ${p(w.message)}`)
    yield line('')
  }
  for (const n of result.notes) yield line(c(DIM, `note: ${p(n)}`))
  const errors = result.problems.filter((p) => p.level === 'error').length
  const counts = countBySeverity(result.findings)
  const summary =
    `${active.length} finding${active.length === 1 ? '' : 's'} (${describeCounts(counts)})` +
    `${suppressed.length ? `, ${suppressed.length} suppressed` : ''}` +
    `${errors ? `, ${errors} input error${errors === 1 ? '' : 's'}` : ''}` +
    `${result.unknowns.length ? `, ${result.unknowns.length} could not be evaluated` : ''}` +
    ` in ${result.stats.files} file${result.stats.files === 1 ? '' : 's'} (${result.stats.buckets} bucket${result.stats.buckets === 1 ? '' : 's'}), ${result.stats.durationMs} ms`
  yield line(
    result.stats.files === 0 ? c(COLORS.high!, `No infrastructure files found under ${p(result.roots.join(', '))}. ${summary}`) : summary,
  )
}
