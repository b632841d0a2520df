import type { Scope } from '../../baseline/gate.js'
import type { Threshold } from '../../engine/severity.js'
import { ConfigurationError } from '../../errors.js'
import { parseShard, parseThreshold } from '../../options.js'

export type Mode = 'all' | 'scan' | 'publish'

/** The action's inputs (action.yml), validated. Pure: takes `core.getInput` or a plain lookup. */
export interface ActionInputs {
  paths: string[]
  token: string
  failOn: Threshold
  commentOn: Threshold
  scope: Scope
  maxComments: number
  /** Empty: `s3-gate.sarif` in the runner's temp dir. */
  sarifFile: string
  config: string
  mode: Mode
  resultsFile: string
  checkName: string
  /** Base URL of the rule docs (`…/rules`); empty: derived from the action's own repository. */
  ruleDocsUrl: string
  shard?: { index: number; count: number }
}

export function readActionInputs(getInput: (name: string) => string): ActionInputs {
  const get = (name: string) => (getInput(name) ?? '').trim()
  const mode = get('mode') || 'all'
  if (mode !== 'all' && mode !== 'scan' && mode !== 'publish') {
    throw new ConfigurationError(`Expected \`mode\` to be one of all, scan, publish; got "${mode}".`)
  }
  const scope = (get('scope') || 'changed').toLowerCase()
  if (scope !== 'changed' && scope !== 'all') {
    throw new ConfigurationError(`Expected \`scope\` to be one of changed, all; got "${scope}".`)
  }
  const maxRaw = get('max-comments') || '25'
  const maxComments = Number(maxRaw)
  if (!/^\d+$/.test(maxRaw) || !Number.isSafeInteger(maxComments)) {
    throw new ConfigurationError(`Expected \`max-comments\` to be a whole number (0 turns review comments off); got "${maxRaw}".`)
  }
  const shard = get('shard')
  return {
    paths: splitList(get('paths')),
    token: get('github-token'),
    failOn: parseThreshold(get('fail-on') || 'high', 'fail-on'),
    commentOn: parseThreshold(get('comment-on') || 'medium', 'comment-on'),
    scope,
    maxComments,
    sarifFile: get('sarif-file'),
    config: get('config'),
    mode,
    resultsFile: get('results-file'),
    checkName: get('check-name') || 's3-gate',
    ruleDocsUrl: get('rule-docs-url').replace(/\/+$/, ''),
    ...(shard ? { shard: parseShard(shard) } : {}),
  }
}

/** `paths` may be one per line or comma-separated (a path may contain spaces). */
function splitList(value: string): string[] {
  const items = value
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean)
  return items.length ? items : ['.']
}
