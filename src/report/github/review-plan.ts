import type { GatedFinding, GateReport } from '../../baseline/gate.js'
import { meetsThreshold, type Threshold } from '../../engine/severity.js'
import { copiesTogether } from '../render/copies.js'
import { renderReviewComment } from '../render/review-comment.js'
import type { RenderContext } from '../render/summary-markdown.js'
import { acceptsFileComment, isCommentable, isRangeInOneHunk, type FileDiff, type PullRequestDiff } from './diff.js'

/** A comment that passed anchor validation against the pull request's diff. */
export interface PlannedComment {
  fingerprint: string
  finding: GatedFinding
  /** Repository-relative path. */
  path: string
  kind: 'line' | 'file'
  /** Last (or only) line, RIGHT side; absent for file comments. */
  line?: number
  /** First line of a multi-line comment (always < `line`). */
  startLine?: number
  body: string
  /**
   * The other findings this comment speaks for: the same rule on the same lines for other copies
   * of one resource (`count`, `for_each`, `Fn::ForEach`). A re-run finds its comment by any of them.
   */
  also: GatedFinding[]
}

export interface ReviewPlan {
  comments: PlannedComment[]
  /** Eligible, but over `max-comments` (ranked by severity; listed in the summary). */
  overflow: GatedFinding[]
  /** Eligible, but in a file the pull request does not touch (listed in the summary). */
  outsideDiff: GatedFinding[]
}

export interface PlanOptions {
  commentOn: Threshold
  maxComments: number
  /** Text of a line of a scanned file (scan-relative path, 1-based), for insertions that repeat the anchor line. */
  lineText?(file: string, line: number): string | undefined
}

/**
 * Decides where each finding's comment goes, validating every anchor against the diff so that
 * GitHub never rejects the review: on the edited lines with a suggestion when the fix is a local
 * edit inside one hunk, else on the finding's line, else on the file, else only in the summary.
 */
export function planReview(report: GateReport, diff: PullRequestDiff, ctx: RenderContext, options: PlanOptions): ReviewPlan {
  const eligible = report.findings.filter((f) => f.gating && meetsThreshold(f.severity, options.commentOn))
  const plan: ReviewPlan = { comments: [], overflow: [], outsideDiff: [] }
  /** The rule of the first comment suggesting each change, by path, lines and text. */
  const suggested = new Map<string, string>()
  for (const [finding, ...others] of copiesTogether(eligible)) {
    const also = others.length ? { also: others.map((f) => f.resource) } : {}
    const path = ctx.repoPath(finding.location.file)
    const file = diff.get(path)
    const anchor = chooseAnchor(finding, file, options)
    if (!anchor) {
      if (acceptsFileComment(file)) {
        pushCapped(plan, options, {
          fingerprint: finding.fingerprint,
          finding: finding,
          path,
          kind: 'file',
          body: renderReviewComment(finding, ctx, { kind: 'file', ...also }),
          also: others,
        })
      } else plan.outsideDiff.push(finding, ...others)
      continue
    }
    // `encryption-missing` and `encryption-not-kms` may suggest one edit: applying one outdates the other.
    let suggestion: { suggestion: string } | { sameSuggestionAs: string } | undefined
    if (anchor.suggestion !== undefined) {
      const key = `${path}\u0000${anchor.startLine ?? anchor.line}\u0000${anchor.line}\u0000${anchor.suggestion}`
      const first = suggested.get(key)
      if (first === undefined) suggested.set(key, finding.ruleId)
      suggestion = first === undefined || first === finding.ruleId ? { suggestion: anchor.suggestion } : { sameSuggestionAs: first }
    }
    pushCapped(plan, options, {
      fingerprint: finding.fingerprint,
      finding: finding,
      path,
      kind: 'line',
      line: anchor.line,
      ...(anchor.startLine !== undefined ? { startLine: anchor.startLine } : {}),
      body: renderReviewComment(finding, ctx, { kind: 'line', ...suggestion, ...also }),
      also: others,
    })
  }
  return plan
}

function pushCapped(plan: ReviewPlan, options: PlanOptions, comment: PlannedComment): void {
  if (plan.comments.length < options.maxComments) plan.comments.push(comment)
  else plan.overflow.push(comment.finding, ...comment.also)
}

interface Anchor {
  line: number
  startLine?: number
  suggestion?: string
}

function chooseAnchor(f: GatedFinding, file: FileDiff | undefined, options: PlanOptions): Anchor | undefined {
  // Its line is only in GitHub's merge commit: any line of the head would be the wrong one.
  if (f.notAtHead) return undefined
  const edit = f.edit
  const same = (start: number, end: number) => sameText(file, f.location.file, start, end, options)
  if (edit && edit.file === f.location.file) {
    if (edit.endLine >= edit.startLine && isRangeInOneHunk(file, edit.startLine, edit.endLine) && same(edit.startLine, edit.endLine)) {
      return {
        line: edit.endLine,
        ...(edit.startLine < edit.endLine ? { startLine: edit.startLine } : {}),
        suggestion: edit.replacement,
      }
    }
    // A pure insertion after line `endLine`: GitHub can only replace lines, so the suggestion
    // repeats the anchor line and adds the new lines below it.
    if (edit.endLine === edit.startLine - 1 && edit.endLine >= 1 && isCommentable(file, edit.endLine)) {
      const anchorText = options.lineText?.(f.location.file, edit.endLine)
      if (anchorText !== undefined && same(edit.endLine, edit.endLine)) {
        return { line: edit.endLine, suggestion: `${anchorText}\n${edit.replacement.replace(/\r?\n$/, '')}` }
      }
    }
  }
  if (isCommentable(file, f.location.line) && same(f.location.line, f.location.line)) return { line: f.location.line }
  return undefined
}

/**
 * Do lines `start..end` of the scanned file read the same at the pull request's head? On
 * `pull_request` the checkout is GitHub's merge commit: when the base branch changed the file
 * since, its line numbers are not the head's, and a suggestion anchored by number would replace
 * other lines. Unknown text (no checkout of the scanned files) is taken as the same.
 */
function sameText(file: FileDiff | undefined, scanned: string, start: number, end: number, options: PlanOptions): boolean {
  if (!file || !options.lineText) return true
  for (let line = start; line <= end; line++) {
    const ours = options.lineText(scanned, line)
    const head = file.text.get(line)
    if (ours !== undefined && head !== undefined && ours.replace(/\r$/, '') !== head) return false
  }
  return true
}
