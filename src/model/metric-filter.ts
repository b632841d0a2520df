/**
 * CloudWatch Logs metric filters over CloudTrail events: does a filter pattern catch S3
 * bucket-policy and ACL changes (and only changes), and is there an alarm on its metric?
 *
 * Only the JSON pattern syntax is understood (`{ ($.eventSource = "s3.amazonaws.com") && (...) }`);
 * other patterns are reported as not understood rather than guessed.
 */
import { ownEntry } from '../own-entry.js'
import { wildcardMatches } from './arn.js'
import type { MetricAlarm, MetricFilter } from './s3.js'
import type { Str } from './value.js'
import { strParts } from './value.js'

type Expr =
  | { op: 'and' | 'or'; left: Expr; right: Expr }
  | { op: 'cmp'; field: string; negate: boolean; value: string }
  /** A comparison we do not model (numbers, EXISTS, IS NULL...): it may match anything. */
  | { op: 'opaque' }

/** Parses `{ ... }`; `undefined` when the pattern is not a JSON pattern we can read. */
export function parseJsonFilterPattern(pattern: string): Expr | undefined {
  // CloudWatch Logs takes patterns of up to 1,024 characters. A longer one is not deployed, and
  // the parser and `matches` recurse once a parenthesis or an operator: 200,000 `(` overflowed the stack.
  if (pattern.length > MAX_PATTERN_LENGTH) return undefined
  const text = pattern.trim()
  if (!text.startsWith('{') || !text.endsWith('}')) return undefined
  const tokens = tokenize(text.slice(1, -1))
  if (!tokens) return undefined
  let i = 0
  const peek = () => tokens[i]
  const parseOr = (): Expr | undefined => {
    let left = parseAnd()
    while (left && peek() === '||') {
      i++
      const right = parseAnd()
      if (!right) return undefined
      left = { op: 'or', left, right }
    }
    return left
  }
  const parseAnd = (): Expr | undefined => {
    let left = parseAtom()
    while (left && peek() === '&&') {
      i++
      const right = parseAtom()
      if (!right) return undefined
      left = { op: 'and', left, right }
    }
    return left
  }
  const parseAtom = (): Expr | undefined => {
    const t = peek()
    if (t === '(') {
      i++
      const e = parseOr()
      if (peek() !== ')') return undefined
      i++
      return e
    }
    if (t === undefined || !t.startsWith('$.')) return undefined
    i++
    const op = peek()
    if (op === '=' || op === '!=') {
      i++
      const value = peek()
      if (value === undefined || ['(', ')', '&&', '||', '=', '!='].includes(value)) return undefined
      i++
      return { op: 'cmp', field: t.slice(2), negate: op === '!=', value: unquote(value) }
    }
    // `$.x > 5`, `$.x IS NULL`, `$.x NOT EXISTS`: skip to the end of the comparison.
    while (peek() !== undefined && !['&&', '||', ')'].includes(peek()!)) i++
    return { op: 'opaque' }
  }
  const expr = parseOr()
  return expr && i === tokens.length ? expr : undefined
}

const MAX_PATTERN_LENGTH = 1024

function tokenize(s: string): string[] | undefined {
  const out: string[] = []
  let i = 0
  while (i < s.length) {
    const c = s[i]!
    if (/\s/.test(c)) i++
    else if (s.startsWith('&&', i) || s.startsWith('||', i) || s.startsWith('!=', i)) {
      out.push(s.slice(i, i + 2))
      i += 2
    } else if (c === '(' || c === ')' || c === '=' || c === '<' || c === '>') {
      out.push(c)
      i++
    } else if (c === '"') {
      const end = s.indexOf('"', i + 1)
      if (end < 0) return undefined
      out.push(s.slice(i, end + 1))
      i = end + 1
    } else {
      let j = i
      while (j < s.length && !/[\s()=!<>&|"]/.test(s[j]!)) j++
      if (j === i) return undefined
      out.push(s.slice(i, j))
      i = j
    }
  }
  return out
}

const unquote = (v: string) => (v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v)

/** `*` is the only wildcard of a filter pattern's values. */
function valueMatches(pattern: string, actual: string): boolean {
  return wildcardMatches(pattern, actual, false)
}

/** Does the pattern match an event with these fields? Opaque comparisons count as matching. */
function matches(e: Expr, event: Record<string, string>): boolean {
  switch (e.op) {
    case 'and':
      return matches(e.left, event) && matches(e.right, event)
    case 'or':
      return matches(e.left, event) || matches(e.right, event)
    case 'opaque':
      return true
    case 'cmp': {
      // The field comes from the pattern: `$.constructor` names no property of the event, not Object's.
      const actual = ownEntry(event, e.field)
      const eq = actual !== undefined && valueMatches(e.value, actual)
      return e.negate ? !eq : eq
    }
  }
}

/** The CloudTrail events of S3 bucket-policy and ACL changes a filter must catch. */
export const POLICY_CHANGE_EVENTS = ['PutBucketAcl', 'PutBucketPolicy', 'DeleteBucketPolicy'] as const
/** S3 calls that change nothing; a filter that catches them alarms on ordinary reads. */
const UNRELATED_EVENTS = ['GetBucketAcl', 'GetBucketPolicy', 'ListBuckets', 'GetObject', 'PutObject']

export type PolicyChangeVerdict =
  { kind: 'ok' } | { kind: 'missing'; events: string[] } | { kind: 'too-broad'; example: string } | { kind: 'not-understood' }

/** Does the filter pattern catch S3 bucket-policy and ACL changes, and only S3 changes? */
export function judgePolicyChangePattern(pattern: string): PolicyChangeVerdict {
  const expr = parseJsonFilterPattern(pattern)
  if (!expr) return { kind: 'not-understood' }
  const s3 = (eventName: string) => ({ eventSource: 's3.amazonaws.com', eventName })
  const missing = POLICY_CHANGE_EVENTS.filter((n) => !matches(expr, s3(n)))
  if (missing.length) return { kind: 'missing', events: missing }
  const broad = UNRELATED_EVENTS.find((n) => matches(expr, s3(n)))
  if (broad) return { kind: 'too-broad', example: broad }
  return { kind: 'ok' }
}

/** Whether a pattern is about S3 bucket changes at all (so a wrong one is worth reporting). */
export function looksLikeS3ChangeFilter(pattern: string): boolean {
  return /s3\.amazonaws\.com|(Put|Delete)Bucket(Acl|Policy)/i.test(pattern)
}

/** The resource a single-placeholder value refers to, if it is one. */
function placeholderResource(s: Str): string | undefined {
  const parts = strParts(s)
  if (parts.length !== 1) return undefined
  const p = parts[0]!
  return typeof p !== 'string' && (p.kind === 'resource' || p.kind === 'bucket') ? p.id : undefined
}

/**
 * A trail names its log group by the ARN of the group's streams, `<group ARN>:*`: in Terraform
 * usually `"${aws_cloudwatch_log_group.x.arn}:*"`, which is the group `x` as a filter's
 * `log_group_name = aws_cloudwatch_log_group.x.name` is.
 */
function withoutStreamsSuffix(s: Str): Str {
  const parts = strParts(s)
  return parts.length === 2 && parts[1] === ':*' && typeof parts[0] !== 'string' ? { parts: [parts[0]!] } : s
}

/** Alarms watching the filter's metric (by name and namespace, or by a reference to the filter). */
export function alarmsOn(filter: MetricFilter, alarms: readonly MetricAlarm[]): MetricAlarm[] {
  return alarms.filter((a) => {
    if (a.metricName.state === 'unknown') return false
    const ref = placeholderResource(a.metricName.value)
    if (ref !== undefined) return ref === filter.id
    if (filter.metricName.state === 'unknown') return false
    if (typeof a.metricName.value !== 'string' || typeof filter.metricName.value !== 'string') return false
    if (a.metricName.value !== filter.metricName.value) return false
    const an = a.namespace.state === 'unknown' ? undefined : a.namespace.value
    const fn = filter.metricNamespace.state === 'unknown' ? undefined : filter.metricNamespace.value
    return typeof an !== 'string' || typeof fn !== 'string' || an === fn
  })
}

/**
 * Does the trail's CloudWatch Logs group (an ARN or a reference) name the filter's log group (a
 * name or a reference)? `unknown` when either side cannot be compared.
 */
export function sameLogGroup(trailGroup: Str, filterGroup: Str): boolean | 'unknown' {
  const a = placeholderResource(withoutStreamsSuffix(trailGroup))
  const b = placeholderResource(filterGroup)
  if (a !== undefined && b !== undefined) return a === b
  // A group's name, or the name in its ARN when that part is written out (`arn:${Partition}:logs:
  // ${Region}:${Account}:log-group:trail:*` names `trail` whatever the account).
  const name = (s: Str) => {
    const parts = strParts(s)
    let i = parts.length - 1
    let tail = ''
    for (; i >= 0 && typeof parts[i] === 'string'; i--) tail = (parts[i] as string) + tail
    const m = /:log-group:([^:]+)/.exec(tail)
    return m ? m[1] : i < 0 ? tail : undefined
  }
  const na = name(trailGroup)
  const nb = name(filterGroup)
  if (na === undefined || nb === undefined) return 'unknown'
  return na === nb
}
