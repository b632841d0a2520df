import { createHash } from 'node:crypto'
import path from 'node:path'
import { rules } from '../../../rules/index.js'
import { DOCS_BASE } from '../render/rule-docs-url.js'
import type { RenderContext, RuleInfo } from '../render/summary-markdown.js'
import type { RunContext } from './event.js'

export interface RenderContextInput {
  run: RunContext
  /** The commit whose files the findings point at. */
  headSha: string
  /** The scan directory relative to the repository root. */
  pathPrefix: string
  /** `rule-docs-url` input; empty: the rules folder of the action's own repository. */
  ruleDocsUrl: string
  cwd?: string
  /** The `check-name` input: a step with a name of its own keeps its comments apart from other steps'. */
  checkName?: string
}

/**
 * A path segment for a markdown link: `encodeURIComponent` leaves `(` and `)`, and an unbalanced
 * one in a file name would end the link early.
 */
function urlSegment(segment: string): string {
  // Half a surrogate pair (a name read from a results file) made encodeURIComponent throw.
  return encodeURIComponent(segment.replace(/\p{Cs}/gu, '\ufffd')).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))
}

/** The check name s3-gate's markers carry no scope for (what every earlier version wrote). */
const DEFAULT_CHECK_NAME = 's3-gate'

/** A short digest of a `check-name` other than the default: any text, made safe for an HTML comment. */
export function markerScopeOf(checkName: string | undefined): string | undefined {
  if (!checkName || checkName === DEFAULT_CHECK_NAME) return undefined
  return createHash('sha256').update(checkName).digest('hex').slice(0, 12)
}

const byId = new Map<string, RuleInfo>(rules.map((r) => [r.id, { title: r.meta.title, why: r.meta.why, fix: r.meta.fix }]))

/**
 * Links and rule metadata for the renderers. Rule docs default to `rules/<id>.md` in the
 * action's own repository at the ref the workflow uses (`GITHUB_ACTION_REPOSITORY`/`_REF`, so
 * the doc matches the rule version that ran), else the project's main docs.
 */
export function createRenderContext(input: RenderContextInput): RenderContext {
  const { run } = input
  const docsBase = input.ruleDocsUrl || (run.action ? `${run.serverUrl}/${run.action.repository}/blob/${run.action.ref}/rules` : DOCS_BASE)
  const scope = markerScopeOf(input.checkName)
  const repoPath = (file: string) => (input.pathPrefix ? path.posix.join(input.pathPrefix, file) : file)
  return {
    rule: (id) => byId.get(id),
    ruleDocUrl: (id) => (docsBase && byId.has(id) ? `${docsBase}/${encodeURIComponent(id)}.md` : undefined),
    sourceUrl: (file, line) =>
      run.owner && run.repo && input.headSha
        ? `${run.serverUrl}/${run.owner}/${run.repo}/blob/${input.headSha}/${repoPath(file).split('/').map(urlSegment).join('/')}${line ? `#L${line}` : ''}`
        : undefined,
    repoPath,
    ...(scope ? { markerScope: scope } : {}),
  }
}
