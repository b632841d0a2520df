/**
 * Validates `.s3-gate.yml` against the JSON schema shipped in `schema/s3-gate.schema.json` and
 * turns the first violation into a message a person can act on, with the position of the
 * offending key or value.
 */
import type { ErrorObject, ValidateFunction } from 'ajv'
import schema from '../../schema/s3-gate.schema.json'
import type { SNode } from '../parsers/shared/source-tree.js'
import validateConfig from './config-validator.generated.js'

export const CONFIG_SCHEMA = schema

// Compiled ahead of time (scripts/config-validator.mjs): neither ajv nor the schema compiler
// loads at run time.
const validate = validateConfig as ValidateFunction

export interface SchemaViolation {
  message: string
  /** Offset of the offending node (key or value) in the file. */
  offset: number
}

/** Rule ids the schema knows (its `ruleId` enum). */
export function schemaRuleIds(): string[] {
  return (schema.definitions.ruleId as { enum: string[] }).enum
}

/** The first violation of the schema, if any, pointing at the node that causes it. */
export function checkAgainstSchema(value: unknown, root: SNode, knownRules: ReadonlySet<string>): SchemaViolation | undefined {
  if (validate(value)) return undefined
  const errors = validate.errors ?? []
  // Prefer the most specific error: the deepest path, and not the summary of an anyOf.
  const ranked = [...errors].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b))
  const e = ranked[0]!
  return { message: describe(e, errors, knownRules), offset: locate(root, e) }
}

const depth = (e: ErrorObject) =>
  e.instancePath.split('/').length + (e.propertyName !== undefined || e.keyword === 'additionalProperties' ? 1 : 0)
const rank = (e: ErrorObject) => (e.keyword === 'anyOf' ? 2 : e.keyword === 'type' ? 1 : 0)

function pathWords(instancePath: string): string {
  const parts = instancePath.split('/').slice(1).map(unescape)
  if (!parts.length) return 'the configuration'
  return parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}
const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~')

function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestD = Infinity
  for (const c of candidates) {
    const d = editDistance(word, c)
    if (d < bestD) {
      bestD = d
      best = c
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!
    dp[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return dp[b.length]!
}

const TOP_LEVEL = Object.keys(schema.properties)
const EXCEPTION_FIELDS = Object.keys(schema.definitions.exception.properties)

function unknownRule(id: unknown, knownRules: ReadonlySet<string>): string {
  const text = String(id)
  const hint = closest(text, knownRules)
  return `unknown rule ${quoted(text)}${hint ? ` (did you mean "${hint}"?)` : ''}; \`s3-gate rules\` lists them.`
}

function describe(e: ErrorObject, all: ErrorObject[], knownRules: ReadonlySet<string>): string {
  const where = pathWords(e.instancePath)
  const isRuleId = (x: ErrorObject) => x.schemaPath.includes('ruleId')
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty)
      const known = e.instancePath === '' ? TOP_LEVEL : EXCEPTION_FIELDS
      // Inline suppressions say `until=`; exceptions say `expires:`.
      const hint = key === 'until' && known.includes('expires') ? 'expires' : closest(key, known)
      return `unknown setting ${quoted(key)}${e.instancePath ? ` in ${where}` : ''}${hint ? ` (did you mean "${hint}"?)` : ''}. Expected one of: ${known.join(', ')}.`
    }
    case 'required':
      return `${where} needs \`${(e.params as { missingProperty: string }).missingProperty}\`${(e.params as { missingProperty: string }).missingProperty === 'reason' ? ': every exception must say why it is accepted' : ''}.`
    case 'enum': {
      if (e.propertyName !== undefined) return unknownRule(e.propertyName, knownRules)
      // A list or mapping is no misspelt rule: `rule: [a]` read as "unknown rule "a" (did you mean "a"?)".
      if (isRuleId(e) && isStructure(e.data)) return `Expected \`${where}\` to be a rule id; got ${describeValue(e.data)}.`
      if (isRuleId(e)) return unknownRule(e.data, knownRules)
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.filter((x) => typeof x === 'string')
      // `{ severity: high }` printed as "[object Object]".
      return `Expected \`${where}\` to be one of ${allowed.join(', ')}; got ${isStructure(e.data) ? describeValue(e.data) : quoted(e.data)}.`
    }
    case 'propertyNames':
      return unknownRule((e.params as { propertyName: string }).propertyName, knownRules)
    case 'pattern':
      if (e.instancePath.endsWith('/expires')) return `\`${where}\`: ${quoted(e.data)} is not a date (YYYY-MM-DD).`
      if (e.instancePath.endsWith('/reason')) return `\`${where}\` is empty: every exception must say why it is accepted.`
      return `\`${where}\`: ${quoted(e.data)} does not match ${(e.params as { pattern: string }).pattern}.`
    case 'minLength':
      return `\`${where}\` must not be empty.`
    case 'type':
      return `Expected \`${where}\` to be ${article((e.params as { type: string }).type)}; got ${describeValue(e.data)}.`
    case 'anyOf': {
      // ruleIds / globs: a string or a list of them.
      const inner = all.find((x) => x.instancePath.startsWith(e.instancePath) && isRuleId(x) && x.keyword === 'enum')
      if (inner) return unknownRule(inner.data, knownRules)
      return `Expected \`${where}\` to be a string or a list of strings; got ${describeValue(e.data)}.`
    }
    default:
      return `\`${where}\` ${e.message ?? 'is invalid'}.`
  }
}

/**
 * A value from the file, quoted and cut short: error messages land in public CI logs, and the
 * file may not be what it claims (a `.s3-gate.yml` linked to another file would otherwise have
 * that file printed whole).
 */
export function quoted(v: unknown): string {
  const text = typeof v === 'string' ? JSON.stringify(v) : String(v)
  if (text.length <= QUOTED_MAX) return text
  return typeof v === 'string' ? `${text.slice(0, QUOTED_MAX - 2)}…"` : `${text.slice(0, QUOTED_MAX - 1)}…`
}
const QUOTED_MAX = 60

const isStructure = (v: unknown) => v === null || typeof v === 'object'

const article = (t: string) => (t === 'object' ? 'a mapping' : t === 'array' ? 'a list' : /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`)
function describeValue(v: unknown): string {
  if (v === null) return 'nothing (null)'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  return `${typeof v} ${quoted(v)}`
}

/** Offset of the node an error is about: the offending key for key errors, else the value. */
function locate(root: SNode, e: ErrorObject): number {
  let node: SNode = root
  let keyStart: number | undefined
  for (const seg of e.instancePath.split('/').slice(1).map(unescape)) {
    if (node.kind === 'map') {
      const entry = node.entries.find((x) => x.key === seg)
      if (!entry) break
      keyStart = entry.keyStart
      node = entry.value
    } else if (node.kind === 'seq') {
      const item = node.items[Number(seg)]
      if (!item) break
      keyStart = undefined
      node = item
    } else break
  }
  const key =
    e.keyword === 'additionalProperties'
      ? (e.params as { additionalProperty: string }).additionalProperty
      : (e.propertyName ?? (e.keyword === 'propertyNames' ? (e.params as { propertyName: string }).propertyName : undefined))
  if (key !== undefined && node.kind === 'map') {
    const entry = node.entries.find((x) => x.key === key)
    if (entry) return entry.keyStart
  }
  return e.keyword === 'required' && keyStart !== undefined && node.kind !== 'map' ? keyStart : node.start
}
