import type { SourceLocation } from '../model/location.js'
import type { AccessPoint, AccountPublicAccessBlock, Bucket, IamPolicy, S3Model, S3Object, Trail } from '../model/s3.js'
import type { UnknownValue } from '../model/value.js'
import type { FixIntent } from './finding.js'
import type { Severity } from './severity.js'
import type { RuleContext } from './rule-context.js'

export type Peer = 'checkov' | 'kics' | 'trivy' | 'cfn_nag' | 'cfn-guard' | 'cdk-nag'

/**
 * Rule sets a configuration can pick: `baseline` = rules mapped to Security Hub FSBP controls;
 * `default` = what the peers and Security Hub check (used when no profile is chosen);
 * `strict` = everything, including s3-gate's own low/info hardening rules.
 */
export const PROFILES = ['baseline', 'default', 'strict'] as const
export type Profile = (typeof PROFILES)[number]

export interface RuleMeta {
  title: string
  severity: Severity
  /** Why it matters, two or three sentences. */
  why: string
  /** Concept keys from the shared corpus' concepts.md (or `other:<name>`). */
  concepts: string[]
  /** AWS Security Hub control id (`S3.8`), when one exists. */
  securityHub?: string
  /** Why the default severity differs from Security Hub's, when it does. */
  severityNote?: string
  peers: Partial<Record<Peer, string[]>>
  fix: { cloudformation: string; terraform: string; cdk?: string }
  references: string[]
  /** Profiles that include the rule (see `PROFILES`); every rule is in `strict`. */
  profiles?: Profile[]
}

export interface FormatExamples {
  bad: string[]
  good: string[]
  /** Why a list is empty (e.g. the format cannot express the resource); shown in the docs. */
  note?: string
}
export interface RuleExamples {
  cloudformation: FormatExamples
  terraform: FormatExamples
  cdk?: FormatExamples
}

export interface TargetTypes {
  bucket: Bucket
  accessPoint: AccessPoint
  accountPublicAccessBlock: AccountPublicAccessBlock
  trail: Trail
  iamPolicy: IamPolicy
  object: S3Object
  /** The whole unit, for rules about what is missing (e.g. no trail records data events). */
  model: S3Model
}
export type RuleTarget = keyof TargetTypes

export interface ReportDescriptor<M extends string> {
  messageId: M
  at: SourceLocation
  data?: Record<string, string | number>
  fix?: FixIntent
  /** Context-aware severity (e.g. logging missing on a public bucket). Defaults to `meta.severity`. */
  severity?: Severity
  related?: { message: string; at: SourceLocation }[]
  /**
   * For `model` rules: the resource the finding is about (defaults to the unit). Also lets a bucket
   * rule report on another resource (e.g. the policy that grants access).
   */
  resource?: string
}

export interface Report<M extends string> {
  (descriptor: ReportDescriptor<M>): void
  /** The rule could not decide because `value` is not statically known. */
  unknown(value: Pick<UnknownValue, 'why' | 'at'>, what?: string): void
}

export interface Rule<T extends RuleTarget = RuleTarget, M extends string = string> {
  id: string
  target: T
  meta: RuleMeta
  messages: Record<M, string>
  examples: RuleExamples
  check(subject: TargetTypes[T], report: Report<M>, ctx: RuleContext): void
}

export interface RuleDefinition<T extends RuleTarget, M extends string> {
  id: string
  /** What the rule is checked against; defaults to `bucket`. */
  target?: T
  meta: RuleMeta
  messages: Record<M, string>
  examples: RuleExamples
  check(subject: TargetTypes[T], report: Report<M>, ctx: RuleContext): void
}

export function defineRule<M extends string, T extends RuleTarget = 'bucket'>(def: RuleDefinition<T, M>): Rule<T, M> {
  return { ...def, target: (def.target ?? 'bucket') as T }
}

/** A message template split once: `texts` around each placeholder, `keys` and their `raw` text between. */
interface SplitTemplate {
  texts: string[]
  keys: string[]
  raw: string[]
}

// Rules have a few dozen templates and report tens of thousands of findings: split each once.
const splitTemplates = new Map<string, SplitTemplate>()

function splitTemplate(template: string): SplitTemplate {
  let t = splitTemplates.get(template)
  if (t) return t
  t = { texts: [], keys: [], raw: [] }
  const re = /\{\{\s*(\w+)\s*\}\}/g
  let last = 0
  for (let m = re.exec(template); m; m = re.exec(template)) {
    t.texts.push(template.slice(last, m.index))
    t.keys.push(m[1]!)
    t.raw.push(m[0])
    last = m.index + m[0].length
  }
  t.texts.push(template.slice(last))
  if (splitTemplates.size > 1000) splitTemplates.clear()
  splitTemplates.set(template, t)
  return t
}

/** `{{name}}` placeholders filled from `data`; a missing key stays visible rather than vanishing. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  const t = splitTemplate(template)
  let out = t.texts[0]!
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i]!
    out += (k in data ? String(data[k]) : t.raw[i]!) + t.texts[i + 1]!
  }
  return out
}
