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
export type PassedValue = CallValue | { orDefault: string }

/**
 * What one nested stack resource passes to a parameter: a literal, null when not a literal, or
 * `arnOf` when it passes a bucket's ARN (`!GetAtt Data.Arn`) and passes the same bucket's name
 * (`!Ref Data`) to the parameter `arnOf`. The child then reads the ARN as that name's, so a policy
 * `Resource: !Sub '${BucketArn}/*'` is known to be about the bucket of `Bucket: !Ref BucketName`.
 */
export type CallValue = string | null | { arnOf: string }

/** Whether two parents pass a parameter the same value. */
export function sameCallValue(a: CallValue, b: CallValue): boolean {
  if (a === null || b === null || typeof a === 'string' || typeof b === 'string') return a === b
  return a.arnOf === b.arnOf
}

/** A bucket's name (`!Ref Data`) or ARN (`!GetAtt Data.Arn`) as a nested stack's parameter, as written. */
export interface BucketRef {
  id: string
  attr: 'name' | 'arn'
}

/** The resource whose name or ARN `node` is, when it is `!Ref X` or `!GetAtt X.Arn` (any resource). */
export function bucketRefOf(node: SNode): BucketRef | undefined {
  if (node.kind !== 'map' || node.entries.length !== 1) return undefined
  const { key, value } = node.entries[0]!
  if (key === 'Ref') return value.kind === 'scalar' && typeof value.value === 'string' ? { id: value.value, attr: 'name' } : undefined
  if (key !== 'Fn::GetAtt') return undefined
  let parts: unknown[] | undefined
  if (value.kind === 'seq') parts = value.items.map((i) => (i.kind === 'scalar' ? i.value : undefined))
  else if (value.kind === 'scalar' && typeof value.value === 'string') {
    const dot = value.value.indexOf('.')
    if (dot > 0) parts = [value.value.slice(0, dot), value.value.slice(dot + 1)]
  }
  return parts?.length === 2 && typeof parts[0] === 'string' && parts[1] === 'Arn' ? { id: parts[0], attr: 'arn' } : undefined
}

/**
 * The values of a `Parameters` map. `isBucket` tells which logical ids of the parent are buckets,
 * for the ARNs passed beside their names (`arnOf`).
 */
export function passedParameters(
  parameters: SNode | undefined,
  isBucket: (id: string) => boolean = () => false,
  /** What a value that is not a literal comes to, when it is one string statically (`!Ref Acl`, passed on). */
  evaluate?: (node: SNode, key: string) => string | undefined,
): ReadonlyMap<string, CallValue> {
  const out = new Map<string, CallValue>()
  if (parameters?.kind !== 'map') return out
  // `Parameters: !If [...]`, `!FindInMap`...: which values it passes, to which parameters, is only
  // known at deploy time. Read as parameters named `Fn::If`, the child kept its defaults.
  if (parameters.entries.length === 1 && isFunctionKey(parameters.entries[0]!.key)) return new Map([[ANY_PARAMETER, null]])
  const nameParameter = new Map<string, string>()
  for (const e of parameters.entries) {
    const ref = bucketRefOf(e.value)
    if (ref?.attr === 'name' && isBucket(ref.id) && !nameParameter.has(ref.id)) nameParameter.set(ref.id, e.key)
  }
  for (const e of parameters.entries) {
    const v = e.value
    const ref = bucketRefOf(v)
    const arnOf = ref?.attr === 'arn' ? nameParameter.get(ref.id) : undefined
    out.set(
      e.key,
      v.kind === 'scalar' && v.value !== null ? String(v.value) : arnOf !== undefined ? { arnOf } : (evaluate?.(v, e.key) ?? null),
    )
  }
  return out
}

/**
 * Stands for every parameter of the child in what a parent passes, when which ones it passes is
 * not known: the child takes each that is not named otherwise as this one's value. No parameter
 * can be called so (CloudFormation takes letters and digits).
 */
export const ANY_PARAMETER = '*'

const isFunctionKey = (key: string) => key === 'Ref' || key.startsWith('Fn::')

/** The `Parameters` a nested stack resource passes (`AWS::CloudFormation::Stack`, `AWS::Serverless::Application`). */
export function nestedStackParameters(
  resource: SNode,
  isBucket?: (id: string) => boolean,
  evaluate?: (node: SNode, key: string) => string | undefined,
): ReadonlyMap<string, CallValue> {
  return passedParameters(get(get(resource, 'Properties'), 'Parameters'), isBucket, evaluate)
}
