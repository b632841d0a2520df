import type { GatedFinding, GateReport } from '../../baseline/gate.js'
import { meetsThreshold, type Threshold } from '../../engine/severity.js'
import { copiesTogether } from '../render/copies.js'
import { renderReviewComment } from '../render/review-comment.js'
import type { RenderContext } from '../render/summary-markdown.js'
import { combineSuggestions } from './combine-suggestions.js'
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
  const placed = copiesTogether(eligible).map(([finding, ...others]) => {
    const path = ctx.repoPath(finding.location.file)
    return { finding, others, path, file: diff.get(path), anchor: chooseAnchor(finding, diff.get(path), options) }
  })
  const suggestions = planSuggestions(placed, options)
  for (const { finding, others, path, file, anchor } of placed) {
    const also = others.length ? { also: others.map((f) => f.resource) } : {}
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
    pushCapped(plan, options, {
      fingerprint: finding.fingerprint,
      finding: finding,
      path,
      kind: 'line',
      line: anchor.line,
      ...(anchor.startLine !== undefined ? { startLine: anchor.startLine } : {}),
      body: renderReviewComment(finding, ctx, { kind: 'line', ...suggestions.get(finding), ...also }),
      also: others,
    })
  }
  return plan
}

interface Placed {
  finding: GatedFinding
  path: string
  anchor: Anchor | undefined
}

type SuggestionPlacement = { suggestion: string; alsoFixes?: string[] } | { sameSuggestionAs: string }

/**
 * What each comment with a suggestion shows. Comments on the same lines share one: the first
 * suggests every edit together when they compose (GitHub applies one suggestion per line in a
 * batch, and applying one outdates the rest), and the others point at it. Edits that do not
 * compose keep a suggestion each, except that one change is suggested once (`encryption-missing`
 * and `encryption-not-kms` may propose the same edit).
 */
function planSuggestions(placed: readonly Placed[], options: PlanOptions): Map<GatedFinding, SuggestionPlacement> {
  const byLines = new Map<string, Placed[]>()
  for (const p of placed) {
    if (p.anchor?.suggestion === undefined) continue
    const key = `${p.path}\u0000${p.anchor.startLine ?? p.anchor.line}\u0000${p.anchor.line}`
    const group = byLines.get(key)
    if (group) group.push(p)
    else byLines.set(key, [p])
  }
  const out = new Map<GatedFinding, SuggestionPlacement>()
  for (const group of byLines.values()) {
    const [first] = group as [Placed & { anchor: Anchor & { suggestion: string } }]
    const combined = group.length > 1 ? combineOnLines(group, options) : undefined
    if (combined !== undefined) {
      const others = [
        ...new Set(
          group
            .slice(1)
            .map((p) => p.finding.ruleId)
            .filter((r) => r !== first.finding.ruleId),
        ),
      ]
      out.set(first.finding, { suggestion: combined, ...(others.length ? { alsoFixes: others } : {}) })
      for (const p of group.slice(1)) out.set(p.finding, { sameSuggestionAs: first.finding.ruleId })
      continue
    }
    const suggestedBy = new Map<string, string>()
    for (const p of group) {
      const text = p.anchor!.suggestion!
      const by = suggestedBy.get(text)
      if (by === undefined) suggestedBy.set(text, p.finding.ruleId)
      out.set(p.finding, by === undefined || by === p.finding.ruleId ? { suggestion: text } : { sameSuggestionAs: by })
    }
  }
  return out
}

function combineOnLines(group: readonly Placed[], options: PlanOptions): string | undefined {
  const { finding, anchor } = group[0]!
  if (!options.lineText || !anchor) return undefined
  const original: string[] = []
  for (let line = anchor.startLine ?? anchor.line; line <= anchor.line; line++) {
    const text = options.lineText(finding.location.file, line)
    if (text === undefined) return undefined
    original.push(text)
  }
  return combineSuggestions(
    original,
    group.map((p) => p.anchor!.suggestion!),
  )
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
