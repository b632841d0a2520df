import type { GatedFinding, GateReport } from '../../baseline/gate.js'
import { copiesOfReport, otherCopies } from './copies.js'
import { printableLines } from './printable.js'
import { describeNotAtHead, firstSentence } from './review-comment.js'
import { clipText, type RenderContext } from './summary-markdown.js'

/** A Checks API annotation (`output.annotations[]`). */
export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  title: string
  message: string
  raw_details?: string
}

/** A workflow-command annotation (`::error file=…::`), for when the check run cannot be written. */
export interface WorkflowAnnotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  properties: { title: string; file: string; startLine: number; endLine: number }
}

/** Keep each text field far below GitHub's 64 KB per-annotation ceiling. */
const MAX_FIELD = 4000
/** GitHub's limit for an annotation's title. */
const MAX_TITLE = 255

/** Blocking → failure, advisory → warning, pre-existing → notice. */
function level(f: GatedFinding): CheckAnnotation['annotation_level'] {
  return f.blocking ? 'failure' : f.gating ? 'warning' : 'notice'
}

export interface CheckAnnotations {
  annotations: CheckAnnotation[]
  /** Active findings that got no annotation: past `max` annotations. */
  unannotated: number
}

/**
 * One annotation per active finding, in rank order (blocking first), up to `max`; copies of one
 * resource (`count`, `for_each`) with the same finding on the same lines share one, which names
 * the others.
 */
export function renderCheckAnnotations(report: GateReport, ctx: RenderContext, max = Infinity): CheckAnnotations {
  const groups = copiesOfReport(report)
  let annotated = 0
  const annotations = groups.slice(0, max).map(([f, ...copies]) => {
    annotated += 1 + copies.length
    const info = ctx.rule(f.ruleId)
    const start = Math.max(1, f.location.line)
    const end = Math.max(start, f.location.endLine || start)
    const a: CheckAnnotation = {
      path: ctx.repoPath(f.location.file),
      start_line: start,
      end_line: end,
      annotation_level: level(f),
      title: clipText(
        `${f.severity}: ${info?.title ?? f.ruleId} (${f.ruleId})${f.origin === 'pre-existing' ? ' [pre-existing]' : ''}`,
        MAX_TITLE,
      ),
      // Plain text on the pull request's page: a right-to-left override in a resource name
      // reversed the rest of the message, so such characters are shown escaped, as in the log.
      message: clipPrintable(`${f.message}${info ? ` ${firstSentence(info.why)}` : ''}${movedNote(f)}${copiesNote(copies)}`),
    }
    // GitHub accepts columns only on single-line annotations.
    if (start === end && f.location.column > 0 && f.location.endColumn >= f.location.column) {
      a.start_column = f.location.column
      a.end_column = f.location.endColumn
    }
    const doc = ctx.ruleDocUrl(f.ruleId)
    if (doc) a.raw_details = clipPrintable(`Resource: ${f.resource}\nRule: ${doc}`)
    return a
  })
  return { annotations, unannotated: report.findings.length - annotated }
}

/** Names shown for the other copies on an annotation; the rest are counted (all are in the SARIF file). */
const MAX_COPY_NAMES = 10
const MAX_COPY_NAME_CHARS = 200

function copiesNote(copies: readonly GatedFinding[]): string {
  if (!copies.length) return ''
  const name = (r: string) => clipText(r.replace(/[\r\n]+/g, ' '), MAX_COPY_NAME_CHARS)
  return ` The same finding applies to ${otherCopies(
    copies.map((c) => c.resource),
    MAX_COPY_NAMES,
    name,
  )}.`
}

/**
 * Workflow-command annotations. GitHub shows at most 10 errors and 10 warnings per step and hides
 * the rest silently, so only the top `perLevel` of each level are kept (copies of one resource
 * sharing one, as in the check run) and the caller is told how many findings were left out.
 */
export function renderWorkflowAnnotations(
  report: GateReport,
  ctx: RenderContext,
  perLevel = 10,
): { annotations: WorkflowAnnotation[]; omitted: number } {
  const byLevel: Record<WorkflowAnnotation['level'], WorkflowAnnotation[]> = { error: [], warning: [], notice: [] }
  let omitted = 0
  for (const [f, ...copies] of copiesOfReport(report)) {
    const lvl = f.blocking ? 'error' : f.gating ? 'warning' : 'notice'
    if (byLevel[lvl].length >= perLevel) {
      omitted += 1 + copies.length
      continue
    }
    const info = ctx.rule(f.ruleId)
    const start = Math.max(1, f.location.line)
    byLevel[lvl].push({
      level: lvl,
      // Shown in the job log, where @actions/core escapes line breaks but not the escape sequences
      // a resource name can hold (one colours the log from there on): those are shown escaped.
      message: clipPrintable(`${f.message} [${f.ruleId}, ${f.severity}]${movedNote(f)}${copiesNote(copies)}`),
      properties: {
        title: clipPrintable(`s3-gate: ${info?.title ?? f.ruleId}`),
        file: ctx.repoPath(f.location.file),
        startLine: start,
        endLine: Math.max(start, f.location.endLine || start),
      },
    })
  }
  return { annotations: [...byLevel.error, ...byLevel.warning, ...byLevel.notice], omitted }
}

/** Said on the annotation itself, which then sits on the nearest line the head does have. */
function movedNote(f: GatedFinding): string {
  if (!f.notAtHead) return ''
  const why = describeNotAtHead(f.notAtHead)
  return ` (Shown here because ${why.replace(/\.$/, '')}.)`
}

function clip(text: string): string {
  return clipText(text, MAX_FIELD)
}

/**
 * Clipped, with escape sequences and invisible characters shown escaped (line breaks kept), and
 * clipped again as escaping lengthens it; first clipped so that a resource name megabytes long
 * is not escaped whole for 4,000 characters of it.
 */
function clipPrintable(text: string): string {
  return clip(printableLines(clip(text)))
}

/** Splits `items` into batches of `size` (GitHub takes 50 annotations per request). */
export function batches<T>(items: readonly T[], size = 50): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
