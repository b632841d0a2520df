import type { Finding, Problem } from '../../engine/finding.js'
import { SEVERITIES, type Severity } from '../../engine/severity.js'
import type { GatedFinding, GateReport } from '../../baseline/gate.js'
import { copiesOfReport, copiesTogether } from './copies.js'
import { printable } from './printable.js'
import { aspectsLabel, groupUnknowns } from './unknown-groups.js'

/** What a renderer needs to know about a rule (from its metadata in `rules/`). */
export interface RuleInfo {
  title: string
  why: string
  fix?: { cloudformation?: string; terraform?: string; cdk?: string }
}

/** Everything the pull-request renderers need beyond the report. Pure data and functions. */
export interface RenderContext {
  rule(id: string): RuleInfo | undefined
  /** URL of a rule's documentation page. */
  ruleDocUrl(id: string): string | undefined
  /** URL of a scanned file at the scanned commit (`file` is scan-relative, as in findings). */
  sourceUrl(file: string, line?: number): string | undefined
  /** Scan-relative path → repository-relative path (what GitHub's APIs take). */
  repoPath(file: string): string
  /** Set for a step with its own `check-name`: its markers name it (see `findingMarker`). */
  markerScope?: string
}

export const SUMMARY_MARKER = '<!-- s3-gate:summary -->'

/** The hidden first line of the summary comment of `scope`'s step (the default step's: `SUMMARY_MARKER`). */
export function summaryMarker(scope?: string): string {
  return scope ? `<!-- s3-gate:summary check=${scope} -->` : SUMMARY_MARKER
}

export type SummarySurface = 'check' | 'comment' | 'job'

export interface SummaryOptions {
  surface: SummarySurface
  /** Hard ceiling in UTF-8 bytes (GitHub counts characters; bytes are never fewer). */
  maxBytes: number
  /** Lines about publishing (comments posted, capped, what could not be posted). */
  notes?: string[]
  /** Whether to start with the sticky-comment marker. */
  marker?: boolean
  /** Where the rows left out are to be found (after "see"): the check run's annotations by default. */
  elsewhere?: string
}

/** GitHub caps: check-run output 65,535 characters; comments 65,536; job summary 1 MiB. */
export const LIMITS = { check: 65_535, comment: 65_536, job: 1024 * 1024 } as const

const ICON: Record<GateReport['conclusion'], string> = { failure: '❌', neutral: '⚠️', success: '✅' }
const SEVERITY_ICON: Record<Severity, string> = { critical: '🟥', high: '🔴', medium: '🟠', low: '🟡', info: '🔵' }

/**
 * The one summary shown in the check run, the sticky comment and the job summary. It always
 * fits `maxBytes`: tables are shortened (largest row count that fits) with an "N more" note.
 */
export function renderSummaryMarkdown(report: GateReport, ctx: RenderContext, options: SummaryOptions): string {
  const budget = options.maxBytes - 200 // room for the final safety note
  const rows = new RowTexts(report, options.elsewhere ?? 'the check-run annotations or the SARIF file')
  const most = Math.max(
    report.findings.length,
    report.fixed.length,
    report.suppressed.length,
    report.problems.length,
    report.unknowns.length,
    report.notes.length,
  )
  // The row count doubles until the summary no longer fits, then a binary search between the
  // last two: rows are rendered up to about twice as many as fit, not every row of a scan with
  // hundreds of thousands of findings.
  let lo = 0
  let hi = Math.min(most, FIRST_ROWS)
  // Sizes are summed from each line's bytes, counted once: joining and measuring the whole text at
  // every step took most of the summary's time (≈ 0.3 s a summary at 44,600 findings).
  const size = (maxRows: number) => rows.size(renderLines(report, ctx, options, maxRows, rows))
  for (;;) {
    if (size(hi) > budget) {
      hi--
      break
    }
    if (hi === most) return render(report, ctx, options, hi, rows)
    lo = hi
    hi = Math.min(most, hi * 2)
  }
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (size(mid) <= budget) lo = mid
    else hi = mid - 1
  }
  const text = render(report, ctx, options, lo, rows)
  if (bytes(text) <= budget) return text
  return `${truncateBytes(text, budget)}\n\n_…summary truncated to fit GitHub's size limit; every finding is in the check-run annotations and the SARIF file._\n`
}

/** Rows a table shows at the first try: all of them, in all but the largest reports. */
const FIRST_ROWS = 256

/**
 * Each item's row text, rendered once per summary however many row counts the size search tries
 * (rendering every row again at each step took about 0.2 ms a finding, 75 s on 376,000 findings).
 */
class RowTexts {
  private readonly tables = new Map<string, WeakMap<object, string>>()
  private readonly lineBytes = new Map<string, number>()
  /** The findings by table, the unknowns grouped and the counts: also the same at every step. */
  readonly blocking: Copies<GatedFinding>
  readonly advisory: Copies<GatedFinding>
  readonly other: Copies<GatedFinding>
  readonly fixed: Copies<Finding>
  readonly unknownGroups: ReturnType<typeof groupUnknowns>
  readonly counts: readonly string[]

  constructor(
    report: GateReport,
    readonly elsewhere: string,
  ) {
    const groups = copiesOfReport(report)
    this.blocking = groups.filter(([f]) => f.blocking)
    this.advisory = groups.filter(([f]) => f.gating && !f.blocking)
    this.other = groups.filter(([f]) => !f.gating)
    this.fixed = copiesTogether(report.fixed)
    this.unknownGroups = groupUnknowns(report.unknowns)
    this.counts = countsTable(report)
  }

  /** The UTF-8 bytes of `lines` joined by line breaks, with a final one: `bytes(render(…))`. */
  size(lines: readonly string[]): number {
    let n = lines.length
    for (const line of lines) {
      let b = this.lineBytes.get(line)
      if (b === undefined) this.lineBytes.set(line, (b = bytes(line)))
      n += b
    }
    return n
  }

  of<T extends object>(table: string, item: T, row: (item: T) => string): string {
    let texts = this.tables.get(table)
    if (!texts) this.tables.set(table, (texts = new WeakMap()))
    let text = texts.get(item)
    if (text === undefined) texts.set(item, (text = row(item)))
    return text
  }
}

function render(report: GateReport, ctx: RenderContext, options: SummaryOptions, maxRows: number, rows: RowTexts): string {
  return `${renderLines(report, ctx, options, maxRows, rows).join('\n')}\n`
}

function renderLines(report: GateReport, ctx: RenderContext, options: SummaryOptions, maxRows: number, rows: RowTexts): string[] {
  const out: string[] = []
  if (options.marker) out.push(summaryMarker(ctx.markerScope))
  const c = report.counts
  out.push(`### ${ICON[report.conclusion]} s3-gate: ${escapeInline(report.headline)}`, '')
  out.push(...rows.counts, '')
  out.push(
    [
      `**Blocking**: ${c.blocking}`,
      `**Advisory**: ${c.advisory}`,
      report.baseline.state === 'compared' ? `**Pre-existing**: ${c.preExisting}` : undefined,
      report.baseline.state === 'compared' ? `**Fixed**: ${c.fixed}` : undefined,
      `**Suppressed**: ${c.suppressed}`,
      `**Parse errors**: ${c.parseErrors}`,
      `**Unknown**: ${c.unknowns}`,
    ]
      .filter(Boolean)
      .join(' · '),
    '',
  )
  out.push(policyLine(report), '')
  out.push(...baselineLines(report), '')
  if (report.noFiles) {
    out.push(
      `> [!WARNING]\n> No infrastructure files were found under ${report.policy.paths.map((p) => `\`${escapeCode(p)}\``).join(', ')}. Check the \`paths\` input: a gate that scans nothing proves nothing.`,
      '',
    )
  }
  for (const note of options.notes ?? []) out.push(`> ${note}`, '')

  const { blocking, advisory, other, fixed } = rows
  const introduced = report.effectiveScope === 'changed' ? ' introduced by this PR' : ''
  if (blocking.length) out.push(`#### Blocking${introduced} (${counted(blocking)})`, '', ...findingTable(blocking, ctx, maxRows, rows), '')
  if (advisory.length) out.push(`#### Advisory${introduced} (${counted(advisory)})`, '', ...findingTable(advisory, ctx, maxRows, rows), '')
  if (other.length)
    out.push(...details(`Pre-existing (${counted(other)}): not introduced by this PR, not gating`, findingTable(other, ctx, maxRows, rows)))
  if (fixed.length) out.push(...details(`Fixed by this PR (${counted(fixed)})`, findingTable(fixed, ctx, maxRows, rows, false)))
  if (report.problems.length)
    out.push(...details(`Parse errors and warnings (${report.problems.length})`, problemTable(report.problems, ctx, maxRows, rows), true))
  if (report.unknowns.length)
    out.push(...details(`Could not decide (${report.unknowns.length}): values not known statically`, unknownTable(ctx, maxRows, rows)))
  if (report.suppressed.length)
    out.push(...details(`Suppressed (${report.suppressed.length})`, suppressedTable(report.suppressed, ctx, maxRows, rows)))
  for (const note of report.notes.slice(0, maxRows)) out.push(`- ${escapeInline(note)}`)
  if (report.notes.length) out.push('')
  const s = report.stats
  out.push(
    `<sub>${report.tool.name} ${report.tool.version} · ${s.files} file${s.files === 1 ? '' : 's'} · ${s.buckets} bucket${s.buckets === 1 ? '' : 's'} · ${(s.durationMs / 1000).toFixed(1)} s</sub>`,
  )
  return out
}

function countsTable(report: GateReport): string[] {
  const head = `| | ${SEVERITIES.join(' | ')} | total |`
  const sep = `|---|${SEVERITIES.map(() => '--:').join('|')}|--:|`
  const row = (label: string, list: readonly Finding[]) => {
    const n = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
    for (const f of list) n[f.severity]++
    return `| ${label} | ${SEVERITIES.map((s) => n[s]).join(' | ')} | ${list.length} |`
  }
  if (report.baseline.state !== 'compared') return [head, sep, row('findings', report.findings)]
  return [
    head,
    sep,
    row(
      'new',
      report.findings.filter((f) => f.origin === 'new'),
    ),
    row(
      'pre-existing',
      report.findings.filter((f) => f.origin === 'pre-existing'),
    ),
    row('fixed', report.fixed),
  ]
}

function policyLine(report: GateReport): string {
  const p = report.policy
  const scope = p.scope === report.effectiveScope ? `\`${p.scope}\`` : `\`${report.effectiveScope}\` (asked: \`${p.scope}\`)`
  return [
    `**Policy**: fail-on \`${p.failOn}\``,
    `comment-on \`${p.commentOn}\``,
    `scope ${scope}`,
    `config ${p.config ? `\`${escapeCode(p.config)}\`` : 'none'}`,
    `paths ${p.paths.map((x) => `\`${escapeCode(x)}\``).join(', ')}`,
  ].join(' · ')
}

function baselineLines(report: GateReport): string[] {
  const b = report.baseline
  if (b.state === 'compared') return [`Compared with ${escapeInline(b.description)}.`]
  if (b.state === 'unavailable') {
    return [
      `> [!WARNING]\n> **The merge base was unavailable**: ${escapeInline(b.reason)}. Every finding was gated as if \`scope: all\`; new and pre-existing findings are not told apart.`,
    ]
  }
  return [`Not compared with a base: ${escapeInline(b.reason)}.`]
}

function details(summary: string, body: string[], open = false): string[] {
  return [`<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>`, '', ...body, '', '</details>', '']
}

function limitRows<T>(
  items: readonly T[],
  maxRows: number,
  row: (item: T) => string,
  elsewhere: string,
  weight: (item: T) => number = () => 1,
): string[] {
  const rows = items.slice(0, maxRows).map(row)
  if (items.length > maxRows) rows.push(`\n_…and ${items.slice(maxRows).reduce((n, i) => n + weight(i), 0)} more: see ${elsewhere}._`)
  return rows
}

/** Findings, the copies of one resource with the same finding on the same lines together (one row). */
type Copies<T extends Finding> = readonly (readonly [T, ...T[]])[]

const counted = (groups: Copies<Finding>) => groups.reduce((n, g) => n + g.length, 0)

/** Copies past the first are counted in the resource cell, and named in the annotations and SARIF. */
function resourceCell([f, ...copies]: readonly [Finding, ...Finding[]]): string {
  const more = copies.length ? ` and ${copies.length} more from these lines` : ''
  return `\`${escapeCode(clipText(f.resource, MAX_CELL_NAME))}\`${more}`
}

function findingTable<T extends Finding | GatedFinding>(
  groups: Copies<T>,
  ctx: RenderContext,
  maxRows: number,
  rows: RowTexts,
  linkLocation = true,
): string[] {
  const row = (g: readonly [T, ...T[]]) =>
    `| ${SEVERITY_ICON[g[0].severity]} ${g[0].severity} | ${ruleCell(g[0].ruleId, ctx)} | ${resourceCell(g)} | ${findingLocationCell(g[0], ctx, linkLocation)} | ${textCell(g[0].message)} |`
  const table = linkLocation ? 'finding' : 'finding-unlinked'
  return [
    '| Severity | Rule | Resource | Location | Finding |',
    '|---|---|---|---|---|',
    ...limitRows(
      groups,
      maxRows,
      (g) => rows.of(table, g, row),
      rows.elsewhere,
      (g) => g.length,
    ),
  ]
}

function suppressedTable(findings: readonly Finding[], ctx: RenderContext, maxRows: number, rows: RowTexts): string[] {
  const reason = (f: Finding) =>
    f.suppression ? `${f.suppression.reason}${f.suppression.until ? ` (until ${f.suppression.until})` : ''}` : ''
  const row = (f: Finding) =>
    `| ${ruleCell(f.ruleId, ctx)} | \`${escapeCode(clipText(f.resource, MAX_CELL_NAME))}\` | ${locationCell(f.location.file, f.location.line, ctx, true)} | ${textCell(reason(f))} |`
  return [
    '| Rule | Resource | Location | Reason |',
    '|---|---|---|---|',
    ...limitRows(findings, maxRows, (f) => rows.of('suppressed', f, row), rows.elsewhere),
  ]
}

function problemTable(problems: readonly Problem[], ctx: RenderContext, maxRows: number, rows: RowTexts): string[] {
  const row = (p: Problem) =>
    `| ${p.level} | \`${escapeCode(p.code)}\` | ${locationCell(p.file, p.line, ctx, true)} | ${textCell(p.message)} |`
  return [
    '| Level | Code | Location | Message |',
    '|---|---|---|---|',
    ...limitRows(problems, maxRows, (p) => rows.of('problem', p, row), rows.elsewhere),
  ]
}

function unknownTable(ctx: RenderContext, maxRows: number, rows: RowTexts): string[] {
  const row = (g: ReturnType<typeof groupUnknowns>[number]) =>
    `| ${ruleCell(g.first.ruleId, ctx)} | \`${escapeCode(clipText(g.first.resource, MAX_CELL_NAME))}\` | ${locationCell(g.first.location.file, g.first.location.line, ctx, true)} | ${textCell(aspectsLabel(g) + g.first.why)} |`
  return [
    '| Rule | Resource | Location | Why |',
    '|---|---|---|---|',
    ...limitRows(rows.unknownGroups, maxRows, (g) => rows.of('unknown', g, row), rows.elsewhere),
  ]
}

function ruleCell(ruleId: string, ctx: RenderContext): string {
  const url = ctx.ruleDocUrl(ruleId)
  return url ? `[\`${escapeCode(ruleId)}\`](${url})` : `\`${escapeCode(ruleId)}\``
}

/** A line the pull request's head does not have is named as the merge commit numbers it, unlinked. */
function findingLocationCell(f: Finding | GatedFinding, ctx: RenderContext, link: boolean): string {
  const moved = 'notAtHead' in f ? f.notAtHead : undefined
  if (moved) return `\`${escapeCode(`${clipText(ctx.repoPath(f.location.file), MAX_CELL_NAME)}:${moved.line}`)}\` (merge commit)`
  return locationCell(f.location.file, f.location.line, ctx, link)
}

function locationCell(file: string, line: number, ctx: RenderContext, link: boolean): string {
  const label = `${clipText(ctx.repoPath(file), MAX_CELL_NAME)}:${line}`
  const url = link ? ctx.sourceUrl(file, line) : undefined
  return url ? `[${escapeLinkText(label)}](${url})` : `\`${escapeCode(label)}\``
}

/**
 * Characters of a name (resource, file) and of a text (message, reason) a table cell shows. A
 * `for_each` key can be any length: one 70,000 characters long made its row larger than the
 * comment, so the table showed no row at all, the other findings' included ("…and 2 more").
 */
const MAX_CELL_NAME = 300
const MAX_CELL_TEXT = 1000

/** Table cell text: one line, no column breaks, no HTML, no @-mentions that would notify people. */
export function escapeCell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|')
}

/** `escapeCell` of scanned text, shortened first (see `MAX_CELL_TEXT`). */
const textCell = (text: string) => escapeCell(clipText(text, MAX_CELL_TEXT))

/**
 * Text from the scanned code (messages carry resource names, Terraform `for_each` keys, CDK
 * construct ids, suppression reasons) on one line, as text: no HTML, no @-mentions that would
 * notify people, no issue references that would cross-link, and no links or images (`[…](…)`, `![…](…)`) that would speak with s3-gate's voice.
 */
export function escapeInline(text: string): string {
  return mapOutsideCodeSpans(visible(text), escapeProse)
}

/**
 * Outside code spans. Emphasis marks too: a `for_each` key `**x**` in a message showed bold, and
 * `~~x~~` struck through. Inside a code span all of this is literal already, and escaping it there
 * showed the escapes (`a\[0\]`, `&lt;`).
 */
function escapeProse(text: string): string {
  return (
    escapeHtml(escapeBackslashes(text))
      .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
      // `#123`, `org/repo#123`, `GH-123`: links that would show up, and be noted, on that issue.
      .replace(/#(?=\d)/g, '#\u200b')
      .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u200b-`)
      .replace(/[[\]*~]/g, '\\$&')
      // Between two letters or digits `_` never opens or closes emphasis: `aws_s3_bucket` stays as it reads.
      .replace(/_(?![A-Za-z0-9])|(?<![A-Za-z0-9])_/g, '\\_')
      // A bare `https://…` or `www.…` becomes a link GitHub draws in s3-gate's voice.
      .replace(/\b(https?|ftp)(?=:\/\/)|\bwww(?=\.)/gi, (m) => `${m}\u200b`)
  )
}

/**
 * `text` with `prose` applied to what lies outside code spans, as CommonMark reads them: a run of
 * n backticks opens a span that the next run of exactly n backticks closes; a run never closed is
 * literal text. Linear: runs are paired through the next run of each length, not by searching on.
 */
export function mapOutsideCodeSpans(text: string, prose: (part: string) => string): string {
  if (!text.includes('`')) return prose(text)
  const runs: { at: number; length: number }[] = []
  for (let i = 0; i < text.length;) {
    if (text[i] !== '`') {
      i++
      continue
    }
    let j = i
    while (text[j] === '`') j++
    runs.push({ at: i, length: j - i })
    i = j
  }
  /** For each run, the index of the next run of the same length, or -1. */
  const next = new Array<number>(runs.length).fill(-1)
  const lastOfLength = new Map<number, number>()
  for (let k = runs.length - 1; k >= 0; k--) {
    next[k] = lastOfLength.get(runs[k]!.length) ?? -1
    lastOfLength.set(runs[k]!.length, k)
  }
  let out = ''
  let from = 0
  for (let k = 0; k < runs.length; k++) {
    const close = next[k]!
    if (close === -1) continue
    const end = runs[close]!.at + runs[close]!.length
    out += prose(text.slice(from, runs[k]!.at)) + text.slice(runs[k]!.at, end)
    from = end
    // Runs inside the span are code: go on after the one that closes it.
    k = close
  }
  return out + prose(text.slice(from))
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeCode(text: string): string {
  return visible(text).replace(/`/g, "'").replace(/\|/g, '\\|')
}

/**
 * A file name is scanned data too: it may hold `<`, `|` or a line break, and emphasis or code
 * marks (`*x*.yaml`, `` a`b`.yaml ``) that would show another name than the file's.
 */
function escapeLinkText(text: string): string {
  return escapeHtml(visible(text)).replace(/[\\[\]|*_~`]/g, (m) => `\\${m}`)
}

/**
 * On one line, with control, bidirectional and invisible characters shown escaped, as on a
 * terminal: a right-to-left override in a file or resource name reversed the rest of its table
 * cell or comment paragraph (`\u202eevil.yaml` read `lmay.live`), and an escape sequence reached
 * the page as it was.
 */
function visible(text: string): string {
  return printable(oneLine(text))
}

/**
 * A backslash before punctuation escapes it, and is doubled to stay one: left alone, the `\` of
 * `a\](https://…)` turned the `\]` the escaping adds into `\\]`, a literal backslash and a real
 * bracket, which closed the link text early and made the rest of the name a link of its own.
 * Before anything else (`C:\dir`), it is literal already, and kept as it is.
 */
function escapeBackslashes(text: string): string {
  return text.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
}

/**
 * Markdown ends a line at CR as well as LF (a logical id or a for_each key can hold either), and
 * a line break inside a table row ends the row.
 */
/**
 * Line breaks, with the white space around them, as one space. Not one regular expression (white
 * space, a break, white space): on a long run of spaces without a line break it retried from every
 * space (80,000 of them in a suppression's reason: 17 s, and the summary renders each reason
 * several times).
 */
function oneLine(text: string): string {
  if (!/[\r\n]/.test(text)) return text
  return text
    .split(/\r\n|[\r\n]/)
    .map((line, i, all) => (i === 0 ? line.trimEnd() : i === all.length - 1 ? line.trimStart() : line.trim()))
    .filter((line, i, all) => line !== '' || i === 0 || i === all.length - 1)
    .join(' ')
}

export function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** Cuts `text` to at most `max` UTF-8 bytes without splitting a character. */
export function truncateBytes(text: string, max: number): string {
  if (bytes(text) <= max) return text
  let cut = Buffer.from(text, 'utf8').subarray(0, max).toString('utf8')
  // A split multi-byte character decodes to U+FFFD; drop it.
  if (cut.endsWith('\uFFFD')) cut = cut.slice(0, -1)
  return cut
}

/** Cuts `text` to at most `max` UTF-16 units, ending in "…", without splitting a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  // A high surrogate left without its low half (half an emoji) is not valid Unicode.
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return `${text.slice(0, end)}…`
}
