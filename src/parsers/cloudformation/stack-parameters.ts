/**
 * What a parent stack passes to a nested stack (`AWS::CloudFormation::Stack` `Parameters`, SAM's
 * `AWS::Serverless::Application`): CloudFormation deploys the nested template with those values,
 * whatever its `Default` says. A literal is the value; anything else (a `Ref`, a `Sub`) is only
 * known at deploy time. Taken at its default instead, `Acl: PublicReadWrite` passed to a child
 * whose `Acl` defaults to `Private` read as private: a silent pass.
 */
import { get, type SNode } from '../shared/source-tree.js'

/**
 * Parameter name → the literal the parent passes, or null when it is not a literal. Of a child
 * that several parents deploy: `orDefault` when some pass that literal and the others leave the
 * parameter at the child's default.
 */
export type PassedParameters = ReadonlyMap<string, PassedValue>
export type PassedValue = string | null | { orDefault: string }

export function passedParameters(parameters: SNode | undefined): ReadonlyMap<string, string | null> {
  const out = new Map<string, string | null>()
  if (parameters?.kind !== 'map') return out
  for (const e of parameters.entries) {
    const v = e.value
    out.set(e.key, v.kind === 'scalar' && v.value !== null ? String(v.value) : null)
  }
  return out
}

/** The `Parameters` a nested stack resource passes (`AWS::CloudFormation::Stack`, `AWS::Serverless::Application`). */
export function nestedStackParameters(resource: SNode): ReadonlyMap<string, string | null> {
  return passedParameters(get(get(resource, 'Properties'), 'Parameters'))
}
