/** SARIF 2.1.0 for code scanning; rule descriptors come from the same metadata as the docs. */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { Rule } from '../../engine/define-rule.js'
import type { Finding, UnknownResult } from '../../engine/finding.js'
import { severityRank, type Severity } from '../../engine/severity.js'
import type { ScanResult } from '../../scan-result.js'
import { textBlocks } from './fix-text.js'
import { jsonWithoutWorkflowCommands } from './printable.js'
import { README_URL, REPOSITORY_URL, ruleDocUrl } from './rule-docs-url.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
}
/** GitHub code scanning reads `security-severity` (0–10) to rank alerts. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' }

const UNKNOWN_RULE = 'could-not-evaluate'

/** A rule descriptor's source: a rule, or a result kind of s3-gate's own with a page elsewhere. */
type Described = Pick<Rule, 'id' | 'meta'> & { doc?: { url: string; label: string } }

// Not rules: they have no rules/<id>.md page (their links led nowhere), so they point at the
// README section that explains them, or at the issue tracker for a bug.
const BUILTIN: Described[] = [
  {
    id: 'parse-error',
    doc: { url: `${README_URL}#cli`, label: 'Parse errors (README)' },
    meta: {
      title: 'Infrastructure file could not be read',
      severity: 'high',
      why: 'A file that does not parse is not checked at all; the gate fails closed rather than pass it silently.',
      concepts: [],
      peers: {},
      fix: { cloudformation: 'Fix the syntax error at the reported line.', terraform: 'Fix the syntax error at the reported line.' },
      references: [],
    },
  },
  {
    id: 'rule-error',
    doc: { url: `${REPOSITORY_URL}/issues`, label: 'Report it' },
    meta: {
      title: 's3-gate rule failed',
      severity: 'high',
      why: 'A rule threw an error on this resource; the other rules still ran. This is a bug in s3-gate.',
      concepts: [],
      peers: {},
      fix: { cloudformation: 'Please report it.', terraform: 'Please report it.' },
      references: [],
    },
  },
  {
    // Unknowns get a rule of their own: code scanning ranks an alert by its rule's
    // `security-severity`, so under the undecided rule's id they would rank as its failures.
    id: UNKNOWN_RULE,
    doc: { url: `${README_URL}#scope-what-a-static-gate-can-and-cannot-see`, label: 'What a static gate cannot know (README)' },
    meta: {
      title: 's3-gate could not evaluate a rule',
      severity: 'info',
      why: 'A value the rule needs is only known at deploy time (an unresolved reference, a variable without default), so the rule neither passed nor failed. The message names the rule and why.',
      concepts: [],
      peers: {},
      fix: {
        cloudformation: 'Give the parameter a default, or check the deployed value by hand.',
        terraform: 'Give the variable a default, or check the planned value by hand.',
      },
      references: [],
    },
  },
]

const FIX_FORMATS = [
  { key: 'cloudformation', name: 'CloudFormation', lang: 'yaml' },
  { key: 'terraform', name: 'Terraform', lang: 'hcl' },
  { key: 'cdk', name: 'CDK', lang: 'ts' },
] as const

/**
 * Code scanning ranks an alert by its rule's `security-severity`, not the result's, so `severity`
 * is the one every finding of the rule has when they agree (`rules:` in `.s3-gate.yml` sets one).
 */
export function sarifRuleDescriptor(rule: Described, severity: Severity = rule.meta.severity) {
  const doc = rule.doc ?? { url: ruleDocUrl(rule.id), label: 'Rule documentation' }
  const fixes = FIX_FORMATS.flatMap((f) => {
    const text = rule.meta.fix[f.key]
    return text ? [{ ...f, text }] : []
  })
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, ch: string) => ch.toUpperCase()),
    shortDescription: { text: rule.meta.title },
    fullDescription: { text: rule.meta.why },
    helpUri: doc.url,
    help: {
      text: [rule.meta.why, ...fixes.map((f) => `${f.name}:\n${f.text}`)].join('\n\n'),
      // Prose stays prose: "Remove the public `acl`..." in a code block read as code.
      markdown: [rule.meta.why, ...fixes.map((f) => `**${f.name}**\n\n${textBlocks(f.text, f.lang)}`), `[${doc.label}](${doc.url})`].join(
        '\n\n',
      ),
    },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      tags: ['security', 's3', ...(rule.meta.securityHub ? [`securityhub/${rule.meta.securityHub}`] : [])],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[severity],
    },
  }
}

/**
 * The severity all findings of a rule share, by rule; a rule whose findings differ (a rule may
 * rate a public bucket higher) is left out and keeps its metadata's.
 */
function sharedSeverities(findings: readonly Finding[]): Map<string, Severity> {
  const seen = new Map<string, Severity | 'mixed'>()
  for (const f of findings) {
    const s = seen.get(f.ruleId)
    if (s === undefined) seen.set(f.ruleId, f.severity)
    else if (s !== f.severity) seen.set(f.ruleId, 'mixed')
  }
  return new Map([...seen].filter((e): e is [string, Severity] => e[1] !== 'mixed'))
}

/**
 * A path as a URI reference, segment by segment: `encodeURI` leaves `#` and `?` alone, so
 * `a#b.yaml` read as the file `a` with a fragment, and code scanning put the alert elsewhere.
 */
function uriPath(p: string): string {
  return p
    .split('/')
    .map((segment) => encodeURIComponent(segment.replace(LONE_SURROGATE, '\ufffd')))
    .join('/')
}

/**
 * Half of a UTF-16 pair without its other half, which `encodeURIComponent` refuses ("URI
 * malformed"): a shard file `s3-gate merge` reads holds any JSON string, and one path written
 * `"x\ud800.yaml"` crashed the SARIF output of the whole merge. As UTF-8 has it, U+FFFD.
 */
const LONE_SURROGATE = /\p{Cs}/gu

/** A folder's `file:` URI, ending in `/` as a base must; `file:///C:/repo/` on Windows. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href
  return href.endsWith('/') ? href : `${href}/`
}

type ArtifactLocation = { uri: string; uriBaseId?: '%SRCROOT%' }
type Locate = (file: string) => ArtifactLocation

/**
 * Code scanning resolves a result's URI against the repository root, not the folder the scan ran
 * in: from `sub/`, `../other/t.yaml` is `other/t.yaml`. A file outside the root gets its absolute
 * `file:` URI, which says where it is without pretending it is in the repository (upload-sarif
 * makes such a URI relative to its `checkout_path`). With no root, the paths stay relative to the
 * working directory, as the other formats print them, and a file outside it is absolute too: a
 * `../b/t.yaml` is a place code scanning cannot find.
 */
function artifactLocator(cwd: string, srcRoot: string | undefined): Locate {
  const root = srcRoot ?? cwd
  return (file) => {
    const abs = path.resolve(cwd, file)
    const rel = path.relative(root, abs)
    if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return { uri: pathToFileURL(abs).href }
    return { uri: uriPath(rel.split(path.sep).join('/')), uriBaseId: '%SRCROOT%' }
  }
}

function location(f: Pick<Finding, 'location'>['location'], locate: Locate) {
  // SARIF lines and columns start at 1, and code scanning rejects the whole upload otherwise: a
  // merged shard file (an artifact) is read as it comes, and may say 0.
  const line = Math.max(1, f.line)
  const column = Math.max(1, f.column)
  const endLine = Math.max(f.endLine, line)
  return {
    physicalLocation: {
      artifactLocation: locate(f.file),
      region: {
        startLine: line,
        startColumn: column,
        endLine,
        // Past the start, or one column wide; at least 1 even on a later line (a shard may say 0).
        endColumn: endLine > line || f.endColumn > column ? Math.max(1, f.endColumn) : column + 1,
      },
    },
  }
}

/**
 * Code scanning rejects a whole upload whose run holds more than 25,000 results ("Analysis SARIF
 * file rejected due to result limits"), so past that only the most important are written.
 */
export const MAX_SARIF_RESULTS = 25_000

/** Active before suppressed, then the most severe first: 0–9. */
const priority = (f: Finding) => (f.suppressed ? 0 : 5) + severityRank(f.severity)

/**
 * The findings a run has room for, in their own order: active before suppressed, then the most
 * severe first; `omitted` says how many were left out.
 */
export function withinResultLimit(findings: readonly Finding[], max = MAX_SARIF_RESULTS): { kept: readonly Finding[]; omitted: number } {
  if (findings.length <= max) return { kept: findings, omitted: 0 }
  const count = new Array<number>(10).fill(0)
  for (const f of findings) count[priority(f)]!++
  // Whole priority levels from the top while they fit, then part of the first that does not.
  const quota = new Array<number>(10).fill(0)
  let room = max
  for (let p = 9; p >= 0 && room > 0; p--) room -= quota[p] = Math.min(count[p]!, room)
  const kept = findings.filter((f) => quota[priority(f)]!-- > 0)
  return { kept, omitted: findings.length - kept.length }
}

export interface SarifOptions {
  /**
   * The repository's work tree (absolute) when the shell knows it: result URIs are relative to it.
   * Unknown, they are relative to `result.cwd`, right only when the scan ran at the root.
   */
  srcRoot?: string
  /** The gzipped size code scanning takes (`MAX_SARIF_GZIP_BYTES`); smaller in tests. */
  maxGzipBytes?: number
}

export function renderSarif(result: ScanResult, rules: readonly Pick<Rule, 'id' | 'meta'>[], options: SarifOptions = {}): string {
  return [...sarifChunks(result, rules, options)].join('')
}

/** Stands in for the results array while the rest of the log is stringified around it. */
const RESULTS_SLOT = '@@s3-gate:results@@'

/**
 * The same text as `renderSarif` (`JSON.stringify(log, null, 2)`, byte for byte), a result at a
 * time: a large scan's log can exceed the longest string V8 can hold (~512 MiB), and holding it
 * whole would double the memory the findings take anyway.
 */
export function* sarifChunks(
  result: ScanResult,
  rules: readonly Pick<Rule, 'id' | 'meta'>[],
  options: SarifOptions = {},
): Generator<string> {
  const locate = artifactLocator(result.cwd, options.srcRoot)
  const base = options.srcRoot ?? result.cwd
  const all: Described[] = [...rules, ...BUILTIN]
  const { kept: findings, omitted } = withinResultLimit(result.findings)
  // Unknowns take only the room the findings leave: they never push a finding out.
  const unknowns = result.unknowns.slice(0, MAX_SARIF_RESULTS - findings.length)
  const unknownsOmitted = result.unknowns.length - unknowns.length
  // A rule that threw, or an input s3-gate failed to read, is a run that did not check everything.
  const ruleErrors = result.findings.filter((f) => f.ruleId === 'rule-error').length
  const failed = ruleErrors > 0 || result.problems.some((p) => p.code === 'INTERNAL_ERROR')
  const severities = sharedSeverities(result.findings)
  const index = new Map(all.map((r, i) => [r.id, i]))
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 's3-gate',
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: 'https://github.com/s3-gate/s3-gate',
            rules: all.map((r) => sarifRuleDescriptor(r, severities.get(r.id))),
          },
        },
        automationDetails: { id: 's3-gate/' },
        // Columns count UTF-16 code units, as JavaScript strings (and GitHub's annotations) do: an
        // emoji before a finding is two columns, a CJK character one, a tab one.
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(base) } },
        results: RESULTS_SLOT,
        invocations: [
          {
            executionSuccessful: !failed,
            toolExecutionNotifications: [
              ...result.problems.map((p) => ({
                level: p.level === 'error' ? 'error' : 'warning',
                message: { text: `${p.code}: ${p.message}` },
                locations: [
                  location({ file: p.file, line: p.line, column: p.column, endLine: p.line, endColumn: p.column, path: '' }, locate),
                ],
              })),
              ...(omitted ? [omittedNotification(omitted, findings.length)] : []),
              ...(unknownsOmitted ? [unknownsOmittedNotification(unknownsOmitted)] : []),
              ...(ruleErrors ? [ruleErrorNotification(ruleErrors)] : []),
            ],
          },
        ],
      },
    ],
  }
  // Results sit at depth 4 (log → runs → run → results → result): 8 spaces, their array's `]` at 6.
  const resultAt = (i: number) =>
    i < findings.length ? sarifResult(findings[i]!, index, locate) : sarifUnknown(unknowns[i - findings.length]!, index, locate)
  // A `##[` in a name is a legacy workflow command wherever it stands in a line a CI log prints:
  // written `##\u005b`, the same text once parsed.
  const textAt = (i: number) =>
    `\n        ${jsonWithoutWorkflowCommands(JSON.stringify(resultAt(i), null, 2)).replace(/\n/g, '\n        ')}`
  const frame = JSON.stringify(log, null, 2)
  const fit = withinUploadSize(findings.length + unknowns.length, textAt, (i) => (i < findings.length ? priority(findings[i]!) : -1), {
    budget: (options.maxGzipBytes ?? MAX_SARIF_GZIP_BYTES) * 0.95 - gzipSync(frame).length - 1024,
  })
  if (fit.keep) log.runs[0]!.invocations[0]!.toolExecutionNotifications.push(sizeOmittedNotification(fit.omitted))
  const text = jsonWithoutWorkflowCommands(fit.keep ? JSON.stringify(log, null, 2) : frame) + '\n'
  const slot = text.indexOf(JSON.stringify(RESULTS_SLOT))
  yield text.slice(0, slot) + '['
  let n = 0
  for (let i = 0; i < findings.length + unknowns.length; i++) if (!fit.keep || fit.keep[i]) yield `${n++ ? ',' : ''}${textAt(i)}`
  yield (n ? '\n      ]' : ']') + text.slice(slot + JSON.stringify(RESULTS_SLOT).length)
}

/**
 * Code scanning rejects a SARIF file larger than 10 MB once gzipped ("SARIF file is too large"),
 * every result of it. Results are short and alike, so 25,000 of them compress far below it; but a
 * resource name can be any length (a Terraform `for_each` key, a construct path), and random ones
 * do not compress: 3,000 findings on buckets named by 5 KB random keys made a file over 10 MB gzipped,
 * which code scanning refuses whole. The most important results that fit are kept, in their order.
 */
export const MAX_SARIF_GZIP_BYTES = 10_000_000

/** Text measured at a time: far larger than deflate's 32 KB window, so the sum is close to the whole's. */
const MEASURED_BATCH = 1 << 20

/**
 * The results that fit `budget` bytes once gzipped, the most important first (`rank`, higher
 * first; equal ranks in their order); `keep` is undefined when all do. Text no longer than the
 * budget fits whatever it holds, so most outputs are only measured, never compressed.
 */
export function withinUploadSize(
  count: number,
  textAt: (i: number) => string,
  rank: (i: number) => number,
  { budget }: { budget: number },
): { keep?: Uint8Array; omitted: number } {
  let raw = 0
  for (let i = 0; i < count && raw <= budget; i++) raw += Buffer.byteLength(textAt(i)) + 1
  if (raw <= budget) return { omitted: 0 }
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => rank(b) - rank(a) || a - b)
  const keep = new Uint8Array(count)
  let used = 0
  let kept = 0
  let batch: number[] = []
  let texts: string[] = []
  let length = 0
  /** Keeps the batch if it fits whole, else one by one (each compressed alone: an overestimate); false once one does not fit. */
  const flush = (): boolean => {
    const whole = gzipSync(texts.join('')).length
    if (used + whole <= budget) {
      for (const i of batch) keep[i] = 1
      kept += batch.length
      used += whole
    } else {
      for (let k = 0; k < batch.length; k++) {
        const size = gzipSync(texts[k]!).length
        if (used + size > budget) return false
        keep[batch[k]!] = 1
        kept++
        used += size
      }
    }
    batch = []
    texts = []
    length = 0
    return true
  }
  for (const i of order) {
    const t = textAt(i)
    batch.push(i)
    texts.push(t)
    length += t.length
    if (length >= MEASURED_BATCH && !flush()) return { keep, omitted: count - kept }
  }
  if (batch.length) flush()
  return kept === count ? { omitted: 0 } : { keep, omitted: count - kept }
}

function sizeOmittedNotification(omitted: number) {
  return {
    level: 'warning',
    message: {
      text: `RESULTS_OMITTED_SIZE: ${omitted} results (what could not be evaluated first, then the least severe findings) are not in this SARIF file: code scanning rejects a file larger than 10 MB gzipped, and the results hold long names. \`s3-gate scan --format json\` lists them all.`,
    },
  }
}

function ruleErrorNotification(count: number) {
  return {
    level: 'error',
    message: {
      text: `RULE_ERROR: a rule failed ${count} time${count === 1 ? '' : 's'} (see the rule-error results); what it would have checked there was not checked. This is a bug in s3-gate; please report it.`,
    },
  }
}

function unknownsOmittedNotification(omitted: number) {
  return {
    level: 'warning',
    message: {
      text: `UNKNOWNS_OMITTED: ${omitted} results that could not be evaluated are not in this SARIF file: code scanning rejects a run with more than ${MAX_SARIF_RESULTS} results, and findings come first. \`s3-gate scan --format json\` lists them all.`,
    },
  }
}

/**
 * A rule that could not decide, for a person to check; its own rule and fingerprint keep it apart
 * from the finding it may become once the value is known. A note, not `kind: review`: SARIF
 * 2.1.0 (§3.27.10) gives a result of any kind but `fail` the level `none`, which code scanning
 * would not show.
 */
function sarifUnknown(u: UnknownResult, index: ReadonlyMap<string, number>, locate: Locate) {
  return {
    ruleId: UNKNOWN_RULE,
    ruleIndex: index.get(UNKNOWN_RULE),
    level: 'note',
    message: { text: `${u.ruleId}: ${u.message}: ${u.why}` },
    locations: [location(u.location, locate)],
    partialFingerprints: { 's3-gate/v1': u.fingerprint },
    properties: { rule: u.ruleId, resource: u.resource },
  }
}

function omittedNotification(omitted: number, kept: number) {
  return {
    level: 'warning',
    message: {
      text: `RESULTS_OMITTED: ${omitted} less severe findings are not in this SARIF file, which holds the ${kept} most severe: code scanning rejects a run with more than ${MAX_SARIF_RESULTS} results. \`s3-gate scan --format json\` lists them all.`,
    },
  }
}

/**
 * Code scanning rejects a whole upload holding a result with more than 1,000 locations ("Analysis
 * SARIF file rejected due to location limit"), and shows 100. A website bucket made public by
 * 1,200 policy statements named each one as a related location: only the first are written, with
 * the result's own location, and the message says how many more there are.
 */
export const MAX_RELATED_LOCATIONS = 99

const relatedOmitted = (n: number) =>
  n > MAX_RELATED_LOCATIONS
    ? ` (${n - MAX_RELATED_LOCATIONS} more related locations are not listed here: \`s3-gate scan --format json\` lists them all.)`
    : ''

function sarifResult(f: Finding, index: ReadonlyMap<string, number>, locate: Locate) {
  return {
    ruleId: f.ruleId,
    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message + relatedOmitted(f.related.length) },
    locations: [location(f.location, locate)],
    ...(f.related.length
      ? {
          relatedLocations: f.related
            .slice(0, MAX_RELATED_LOCATIONS)
            .map((r, i) => ({ id: i + 1, message: { text: r.message }, ...location(r.at, locate) })),
        }
      : {}),
    partialFingerprints: { 's3-gate/v1': f.fingerprint },
    properties: { resource: f.resource, severity: f.severity, 'security-severity': SECURITY_SEVERITY[f.severity] },
    ...(f.suppressed
      ? {
          suppressions: [{ kind: f.suppression?.kind === 'config' ? 'external' : 'inSource', justification: f.suppression?.reason ?? '' }],
        }
      : {}),
  }
}
