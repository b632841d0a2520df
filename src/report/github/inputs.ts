import type { Scope } from '../../baseline/gate.js'
import type { Threshold } from '../../engine/severity.js'
import { ConfigurationError } from '../../errors.js'
import { parseLimitList, type Limits } from '../../limits.js'
import { parseShard, parseThreshold } from '../../options.js'

export type Mode = 'all' | 'scan' | 'publish' | 'merge'
const MODES: Mode[] = ['all', 'scan', 'publish', 'merge']

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
  /** `i/n` with `mode: scan`: scan only shard i of n (a matrix job); `mode: merge` combines them. */
  shard?: { index: number; count: number }
  /** `mode: merge`: the folder the shard results were downloaded to. */
  resultsDir: string
  /** Overrides of the default limits (`limits` input: `max-file-size=64, max-depth=300`). */
  limits: Partial<Limits>
}

export function readActionInputs(getInput: (name: string) => string): ActionInputs {
  const get = (name: string) => (getInput(name) ?? '').trim()
  const mode = (get('mode') || 'all') as Mode
  if (!MODES.includes(mode)) {
    throw new ConfigurationError(`Expected \`mode\` to be one of ${MODES.join(', ')}; got "${mode}".`)
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
  // A shard posting its part as "the" check run would show a partial verdict (and the last shard
  // to finish would win); shards only scan, and one merge job publishes.
  if (shard && mode !== 'scan') {
    throw new ConfigurationError(
      `\`shard\` needs \`mode: scan\` (each matrix job scans its shard and uploads \`results-file\`), then one job with \`mode: merge\` publishes; got \`mode: ${mode}\`. See examples/workflows/s3-gate-sharded.yml.`,
    )
  }
  const resultsDir = get('results-dir')
  if (mode === 'merge' && !resultsDir) {
    throw new ConfigurationError("`mode: merge` needs `results-dir`: the folder the shard jobs' results were downloaded to.")
  }
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
    resultsDir,
    limits: parseLimitList(getInput('limits') ?? ''),
  }
}

/**
 * Inputs that steer a scan, set on a step that scans nothing (`mode: publish` and `mode: merge`
 * take findings from results files): the scan jobs' settings decided them, so setting them here
 * changes nothing, which the step says rather than leaving the user to think it applied.
 */
export function ignoredScanInputs(inputs: ActionInputs): string[] {
  if (inputs.mode !== 'publish' && inputs.mode !== 'merge') return []
  const ignored: string[] = []
  if (inputs.paths.length && !(inputs.paths.length === 1 && inputs.paths[0] === '.')) ignored.push('paths')
  if (inputs.config) ignored.push('config')
  if (Object.keys(inputs.limits).length) ignored.push('limits')
  return ignored
}

/** `paths` may be one per line or comma-separated (a path may contain spaces). */
function splitList(value: string): string[] {
  const items = value
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean)
  return items.length ? items : ['.']
}
