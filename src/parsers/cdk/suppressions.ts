/**
 * cdk-nag acknowledgements CDK users already write, recorded as inline suppressions (the engine
 * maps peer ids such as `AwsSolutions-S1` to s3-gate rules):
 * - cdk-nag v3 / CDK `Validations.of(construct).acknowledge({ id, reason })`: an
 *   `aws:cdk:acknowledged-rules` entry `{ "<Plugin>::<id>": reason }` on the construct's path in
 *   the assembly metadata; it covers the construct and everything below it;
 * - cdk-nag v2 `NagSuppressions.addStackSuppressions`: `Metadata.cdk_nag.rules_to_suppress` at the
 *   top of a stack template (resource-level `Metadata.cdk_nag` is read by the CloudFormation loader).
 */
import type { SourceLocation } from '../../model/location.js'
import type { InlineSuppression } from '../../model/s3.js'
import type { SNode } from '../shared/source-tree.js'
import { get } from '../shared/source-tree.js'
import { nodeAt, scalarString, type JsonFile } from './json-file.js'
import { ACKNOWLEDGED_RULES, type ConstructMetadata } from './metadata.js'

export interface Acknowledgement {
  /** Construct path the acknowledgement was made on. */
  scope: string
  suppression: InlineSuppression
}

/**
 * `Annotation::AwsSolutions-S1` → `AwsSolutions-S1`; `AwsSolutions-IAM5[Action::s3:*]` stays whole
 * (the `::` inside the brackets is part of the finding id).
 */
export function ruleFromAcknowledgedId(key: string): string {
  const m = /^[\w.-]+::(.+)$/.exec(key)
  return m ? m[1]! : key
}

export function readAcknowledgements(
  metadata: ConstructMetadata,
  locate: (trace: string[] | undefined) => SourceLocation | undefined,
): Acknowledgement[] {
  const out: Acknowledgement[] = []
  for (const [scope, entry] of metadata.ofType(ACKNOWLEDGED_RULES)) {
    if (entry.data === null || typeof entry.data !== 'object' || Array.isArray(entry.data)) continue
    const at = locate(entry.trace) ?? entry.at
    for (const [key, reason] of Object.entries(entry.data as Record<string, unknown>)) {
      out.push({
        scope,
        suppression: {
          rule: ruleFromAcknowledgedId(key),
          reason: typeof reason === 'string' && reason !== '' ? reason : undefined,
          syntax: 'cdk-nag',
          at,
        },
      })
    }
  }
  return out
}

/** Does an acknowledgement made on `scope` cover the construct at `path`? */
export function covers(scope: string, path: string): boolean {
  return scope === '' || path === scope || path.startsWith(`${scope}/`)
}

/** v2 stack-wide suppressions: `Metadata.cdk_nag.rules_to_suppress` at the root of the template. */
export function readStackSuppressions(template: SNode, file: Pick<JsonFile, 'file' | 'lines'>): InlineSuppression[] {
  const list = get(get(get(template, 'Metadata'), 'cdk_nag'), 'rules_to_suppress')
  if (list?.kind !== 'seq') return []
  const out: InlineSuppression[] = []
  list.items.forEach((item, i) => {
    const rule = scalarString(get(item, 'id'))
    if (!rule) return
    const reason = scalarString(get(item, 'reason'))
    out.push({ rule, reason, syntax: 'cdk-nag', at: nodeAt(file, item.start, `Metadata.cdk_nag.rules_to_suppress[${i}]`) })
  })
  return out
}

/** Adds `add` to `list` unless the same rule is already suppressed there with the same syntax. */
export function addSuppression(list: InlineSuppression[], add: InlineSuppression): void {
  if (!list.some((s) => s.syntax === add.syntax && s.rule === add.rule)) list.push(add)
}
