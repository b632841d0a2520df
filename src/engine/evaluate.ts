import path from 'node:path'
import type { SourceLocation } from '../model/location.js'
import type { InlineSuppression, ResourceOrigin, S3Model } from '../model/s3.js'
import { formatMessage, type ReportDescriptor, type Rule, type RuleTarget, type TargetTypes } from './define-rule.js'
import { NO_RELATED, type Finding, type UnknownResult } from './finding.js'
import { fingerprint } from './fingerprint.js'
import { createRuleContext } from './rule-context.js'
import { boundData, boundText, MAX_WHY_CHARS } from './bounded-text.js'
import type { Severity } from './severity.js'

export interface RuleOutcome {
  findings: Finding[]
  unknowns: UnknownResult[]
  /**
   * Where the rules stopped when the findings and unknowns reached the budget given
   * (`limits.maxFindings`): the subject the next rule would have run on, and that rule.
   */
  stopped?: { at: SourceLocation; resource: string; ruleId: string }
}

interface Subject {
  id: string
  origin: ResourceOrigin
  suppressions: InlineSuppression[]
}

/** Every subject a rule of the given target runs against. */
function subjectsOf<T extends RuleTarget>(model: S3Model, target: T): TargetTypes[T][] {
  const lists: { [K in RuleTarget]: TargetTypes[K][] } = {
    bucket: model.buckets,
    accessPoint: model.accessPoints,
    accountPublicAccessBlock: model.accountPublicAccessBlocks,
    trail: model.trails,
    iamPolicy: model.iamPolicies,
    object: model.objects,
    model: [model],
  }
  return lists[target]
}

/**
 * Fingerprints of one unit's findings. A file that is not the unit's own (a module that several
 * root modules call, the `.tf` sources of a plan, a CDK app's source) can hold the same resource
 * address for each unit that uses it, with a finding per unit that may read differently: the unit
 * is part of those fingerprints, so that each keeps its own identity in baselines, SARIF and review
 * threads. A unit's own files keep the plain fingerprint (see `dropDuplicates`).
 */
function unitFingerprints(unit: string): (ruleId: string, resource: string, at: SourceLocation) => string {
  const shared = new Map<string, boolean>()
  const isShared = (file: string) => {
    let s = shared.get(file)
    if (s === undefined) shared.set(file, (s = file !== unit && path.posix.dirname(file) !== unit))
    return s
  }
  return (ruleId, resource, at) => fingerprint(ruleId, resource, at.file, isShared(at.file) ? `${at.path}\u0000${unit}` : at.path)
}

function subjectInfo(model: S3Model, subject: unknown, target: RuleTarget): Subject {
  if (target === 'model') {
    const at: SourceLocation = { file: model.unit, line: 1, column: 1, endLine: 1, endColumn: 1, path: '' }
    return { id: model.unit, origin: { format: model.format, type: 'unit', address: model.unit, at }, suppressions: [] }
  }
  return subject as Subject
}

/**
 * Runs every rule over the model. A rule that throws yields a `rule-error` finding for that
 * subject and the other rules still run. Once `budget` findings and unknowns are held, the first
 * subject that yields more has them dropped and ends the evaluation (a subject's findings are
 * kept whole or not at all): the outcome says where it stopped. Rule by rule and subject by
 * subject, in model order: the same input always stops at the same place.
 */
export function evaluateRules(
  model: S3Model,
  rules: readonly Rule[],
  severityOverrides: Record<string, Severity> = {},
  budget = Infinity,
): RuleOutcome {
  const ctx = createRuleContext(model)
  const fingerprintOf = unitFingerprints(model.unit)
  const findings: Finding[] = []
  const unknowns: UnknownResult[] = []
  for (const rule of rules) {
    // One report function per rule, pointed at each subject in turn: a closure per rule and
    // subject was a measurable share of a scan's allocations.
    let info: Subject
    let external = false
    const report = Object.assign(
      (d: ReportDescriptor<string>) => {
        const template = rule.messages[d.messageId]
        if (template === undefined) throw new Error(`rule ${rule.id} has no message "${d.messageId}"`)
        const resource = d.resource ?? info.id
        findings.push({
          ruleId: rule.id,
          severity: severityOverrides[rule.id] ?? d.severity ?? rule.meta.severity,
          messageId: d.messageId,
          message: formatMessage(template, boundData(d.data)),
          location: d.at,
          resource,
          format: info.origin.format,
          related: d.related?.length || info.origin.related?.length ? [...(d.related ?? []), ...(info.origin.related ?? [])] : NO_RELATED,
          fix: d.fix,
          // Reported on another resource (the policy that opens a bucket): one such resource can
          // reach several subjects, each a finding of its own.
          fingerprint: fingerprintOf(rule.id, resource === info.id ? resource : `${resource}\u0000${info.id}`, d.at),
          suppressed: false,
        })
      },
      {
        unknown(value: { why: string; at: SourceLocation }, what?: string) {
          if (external && sameSpot(value.at, info.origin.at)) return
          unknowns.push({
            ruleId: rule.id,
            message: `${rule.meta.title}: cannot tell${what ? ` (${what})` : ''}`,
            why: boundText(value.why, MAX_WHY_CHARS),
            location: value.at,
            resource: info.id,
            fingerprint: fingerprintOf(rule.id, info.id, value.at),
          })
        },
      },
    )
    for (const subject of subjectsOf(model, rule.target)) {
      const heldFindings = findings.length
      const heldUnknowns = unknowns.length
      // A bucket defined elsewhere has only the settings written here; the rest is unknown on
      // purpose, at the resource that stands for it, so those unknowns are not worth listing.
      // What is written here and only known at deploy time (a statement's principal) still is.
      external = rule.target === 'bucket' && !(subject as TargetTypes['bucket']).managed
      info = subjectInfo(model, subject, rule.target)
      try {
        rule.check(subject as never, report, ctx)
      } catch (e) {
        const at = info.origin.at
        findings.push({
          ruleId: 'rule-error',
          severity: 'high',
          messageId: 'ruleError',
          message: `Rule ${rule.id} failed on ${info.id}: ${e instanceof Error ? e.message : String(e)}. This is a bug in s3-gate; please report it.`,
          location: at,
          resource: info.id,
          format: info.origin.format,
          related: [],
          fingerprint: fingerprint('rule-error', info.id, at.file, `${rule.id}:${at.path}`),
          suppressed: false,
        })
      }
      // At the budget, a subject still runs: one that yields nothing loses nothing, so the scan
      // says it stopped only where a finding was actually left out, and at that subject.
      if (heldFindings + heldUnknowns >= budget && findings.length + unknowns.length > heldFindings + heldUnknowns) {
        findings.length = heldFindings
        unknowns.length = heldUnknowns
        return { findings, unknowns, stopped: { at: info.origin.at, resource: info.id, ruleId: rule.id } }
      }
    }
  }
  return { findings, unknowns }
}

/** The same place, whatever the logical path (`externalBucket` puts its unknowns at the bucket's origin). */
const sameSpot = (a: SourceLocation, b: SourceLocation) => a.file === b.file && a.line === b.line && a.column === b.column
