import { otherCopies } from './copies.js'
import { printable } from './printable.js'
import type { NotAtHead } from '../../baseline/gate.js'
import type { Finding } from '../../engine/finding.js'
import type { Severity } from '../../engine/severity.js'
import { bytes, clipText, escapeInline, type RenderContext, truncateBytes } from './summary-markdown.js'

/**
 * Hidden in every review comment so a re-run can find, update or resolve its own comments. A
 * step with its own `check-name` marks its comments with its scope (`markerScope`), so that two
 * s3-gate steps on one pull request (two folders, two policies) neither edit nor resolve each
 * other's comments as findings that went away.
 */
export function findingMarker(fingerprint: string, scope?: string): string {
  return `<!-- s3-gate:fp=${fingerprint}${scope ? ` check=${scope}` : ''} -->`
}
// At the start, where ours have it: one quoted further down (a logical id in the list of copies,
// another tool's comment under the same bot identity) does not make a comment ours.
const FINGERPRINT_MARKER = /^<!-- s3-gate:fp=([A-Za-z0-9_-]{1,128})(?: check=[0-9a-f]{1,64})? -->/
/** Marks our "fixed in <sha>" replies, so they do not count as a human reply. */
export const FIXED_MARKER = '<!-- s3-gate:fixed -->'

/** The fingerprint in a comment of this scope's (another step's comments have none). */
export function parseFindingMarker(body: string | undefined | null, scope?: string): string | undefined {
  const m = body ? FINGERPRINT_MARKER.exec(body) : undefined
  return m && m[0] === findingMarker(m[1]!, scope) ? m[1] : undefined
}

export function isOwnReply(body: string | undefined | null): boolean {
  return !!body && (body.includes(FIXED_MARKER) || FINGERPRINT_MARKER.test(body))
}

const LABEL: Record<Severity, string> = {
  critical: '🟥 Critical',
  high: '🔴 High',
  medium: '🟠 Medium',
  low: '🟡 Low',
  info: '🔵 Info',
}

/** A finding as the GitHub layer has it: lines at the pull request's head, or why not. */
type CommentedFinding = Finding & { notAtHead?: NotAtHead }

/** Why a finding's line is not where it points at the pull request's head (one sentence). */
export function describeNotAtHead(n: NotAtHead): string {
  return n.why === 'base-only'
    ? `the finding is on line ${n.line} of GitHub's merge commit, which the base branch brought in; this pull request's head has no such line.`
    : `the finding is on line ${n.line} of GitHub's merge commit, which could not be matched to a line of this pull request's head.`
}

/** GitHub's limit is 65,536 characters per comment; keep a margin. */
const MAX_COMMENT_BYTES = 60_000

export type CommentPlacement = (
  | /**
     * On the finding's line(s); `suggestion` replaces exactly the anchored lines. `sameSuggestionAs`:
     * the rule whose comment on these lines already suggests this very change (one to apply, not two
     * that outdate each other). `alsoFixes`: the rules whose edits of these lines `suggestion` makes too.
     */
    { kind: 'line'; suggestion?: string; sameSuggestionAs?: string; alsoFixes?: readonly string[] }
    /** On the file, because the finding's line is not part of the diff. */
  | { kind: 'file' }
) & {
  /**
   * Other resources with the same finding from the same lines (the copies a `count`, `for_each`
   * or `Fn::ForEach` makes): one comment says it for all of them.
   */
  also?: readonly string[]
}

/**
 * A review comment: severity and rule, what is wrong and why (two sentences), the rule's doc, and
 * either a one-click ```suggestion``` (when the fix is a local edit on the anchored lines) or the
 * fix snippet in the file's own dialect.
 */
export function renderReviewComment(finding: CommentedFinding, ctx: RenderContext, placement: CommentPlacement): string {
  const message = escapeInline(sentence(finding.message))
  const body = commentBody(finding, ctx, placement, message)
  if (bytes(body) <= MAX_COMMENT_BYTES) return body
  // Never cut the body blindly: a ```suggestion``` cut open would still apply with one click,
  // putting half a line (and any note after it) into the file. A suggestion too long for a
  // comment (it repeats whole lines, and a minified template is one long line) gives way to the
  // fix snippet; a message too long (a resource name can be any length) is shortened.
  const room = (p: CommentPlacement, suggestionTooLong: boolean) =>
    MAX_COMMENT_BYTES - bytes(commentBody(finding, ctx, p, '', suggestionTooLong))
  const tooLong = placement.kind === 'line' && placement.suggestion !== undefined && room(placement, false) < MIN_MESSAGE_BYTES
  const shown: CommentPlacement = tooLong ? { kind: 'line', ...(placement.also ? { also: placement.also } : {}) } : placement
  const left = room(shown, tooLong)
  const fitted = bytes(message) <= left ? message : `${truncateBytes(message, Math.max(0, left - 3))}…`
  return commentBody(finding, ctx, shown, fitted, tooLong)
}

const linesOf = (f: CommentedFinding) => (f.edit && f.edit.endLine > f.edit.startLine ? 'these lines' : 'this line')

/** Room kept for the message when a suggestion competes with it for the comment's size. */
const MIN_MESSAGE_BYTES = 1000

function commentBody(
  finding: CommentedFinding,
  ctx: RenderContext,
  placement: CommentPlacement,
  message: string,
  suggestionTooLong = false,
): string {
  const info = ctx.rule(finding.ruleId)
  const doc = ctx.ruleDocUrl(finding.ruleId)
  const rule = doc ? `[\`${finding.ruleId}\`](${doc})` : `\`${finding.ruleId}\``
  const title = info ? ` · ${escapeInline(info.title)}` : ''
  const out: string[] = [findingMarker(finding.fingerprint, ctx.markerScope), `**${LABEL[finding.severity]}** · ${rule}${title}`, '']
  const why = info ? firstSentence(info.why) : ''
  out.push(`${message}${why ? ` ${escapeInline(why)}` : ''}`, '')
  if (placement.also?.length) out.push(alsoLine(placement.also), '')
  if (placement.kind === 'file') {
    out.push(
      finding.notAtHead
        ? `<sub>Reported on the file: ${describeNotAtHead(finding.notAtHead)}</sub>`
        : `<sub>Reported on the file because line ${finding.location.line} is not part of this pull request's diff.</sub>`,
      '',
    )
  }
  if (placement.kind === 'line' && placement.suggestion !== undefined) {
    out.push(...fenced('suggestion', placement.suggestion))
    const parts = [
      ...(finding.edit?.description
        ? [escapeInline(finding.edit.description)].map((d) => (placement.alsoFixes?.length ? sentence(d) : d))
        : []),
      ...(placement.alsoFixes?.length
        ? [
            `It also makes the fixes for ${placement.alsoFixes.map((r) => `\`${r}\``).join(', ')} on ${linesOf(finding)}: one commit for all of them.`,
          ]
        : []),
    ]
    if (parts.length) out.push('', `<sub>Suggested fix: ${parts.join(' ')}</sub>`)
  } else if (placement.kind === 'line' && placement.sameSuggestionAs !== undefined) {
    out.push(`<sub>Suggested fix: the change suggested on ${linesOf(finding)} for \`${placement.sameSuggestionAs}\` fixes this too.</sub>`)
  } else {
    if (suggestionTooLong && finding.edit?.description)
      out.push(`<sub>Suggested fix: ${escapeInline(finding.edit.description)} (too long for a one-click suggestion here).</sub>`, '')
    const snippet = fixSnippet(finding, info)
    if (snippet) out.push(`**How to fix**${snippet.label ? ` (${snippet.label})` : ''}:`, '', ...fenced(snippet.lang, snippet.code))
  }
  return `${out.join('\n').trimEnd()}\n`
}

/** Names shown for the other copies; the rest are counted. */
const MAX_ALSO_NAMES = 20
/**
 * Characters shown of each: a `for_each` key can be any length, and twenty long ones made a comment
 * GitHub refuses (over 65,536 characters) however short its message was cut.
 */
const MAX_ALSO_NAME_CHARS = 200

function alsoLine(also: readonly string[]): string {
  // Scanned text in a code span: nothing in it is markup, only a backtick or a line break could end
  // it. Control, bidirectional and invisible characters are shown escaped, as everywhere else on the
  // page: a right-to-left override in a `for_each` key reversed the rest of the line. Clipped
  // before escaping too, so a name megabytes long is not escaped whole.
  const clip = (r: string) => clipText(r, MAX_ALSO_NAME_CHARS)
  const name = (r: string) => `\`${clip(printable(clip(r).replace(/[`\r\n]+/g, "'")))}\``
  return `<sub>The same finding applies to ${otherCopies(also, MAX_ALSO_NAMES, name)}.</sub>`
}

/** The reply left on a thread whose finding disappeared (when it cannot be resolved). */
export function renderFixedReply(sha: string): string {
  return `${FIXED_MARKER}\n✅ Fixed in ${sha}.\n`
}

/** A fence longer than any backtick run in `code`, so the content cannot close it early. */
function fenced(info: string, code: string): string[] {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const body = code.replace(/\r?\n$/, '')
  // An empty suggestion deletes the anchored lines; a blank line inside would replace them with one.
  return body === '' ? [`${fence}${info}`, fence] : [`${fence}${info}`, body, fence]
}

function sentence(text: string): string {
  const t = text.trim()
  return /[.!?]$/.test(t) ? t : `${t}.`
}

/** The first sentence of a rule's "why" (the "why" half of the two-sentence explanation). */
export function firstSentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim()
  const m = /^(.+?[.!?])(\s|$)/.exec(t)
  return m?.[1] ?? t
}

type Dialect = 'cloudformation' | 'terraform' | 'cdk'

function fixSnippet(finding: Finding, info: ReturnType<RenderContext['rule']>): { label: string; lang: string; code: string } | undefined {
  const fix = info?.fix
  if (!fix) return undefined
  const dialect: Dialect =
    finding.format === 'terraform' || finding.format === 'terraform-plan'
      ? 'terraform'
      : finding.format === 'cdk' && fix.cdk
        ? 'cdk'
        : 'cloudformation'
  const code = fix[dialect]
  if (!code) return undefined
  const isJson = /\.json$/i.test(finding.location.file) && !/\.tf\.json$/i.test(finding.location.file)
  const lang = dialect === 'terraform' ? 'hcl' : dialect === 'cdk' ? 'ts' : isJson && code.trimStart().startsWith('{') ? 'json' : 'yaml'
  const label = { cloudformation: 'CloudFormation', terraform: 'Terraform', cdk: 'CDK' }[dialect]
  return { label, lang, code }
}
