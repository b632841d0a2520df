/**
 * The few AWS managed policies that grant S3 wildcards on every bucket, as identity policies of
 * the model: attaching one (CloudFormation `ManagedPolicyArns`, SAM `Policies: [AmazonS3FullAccess]`,
 * Terraform policy attachments) grants what its document says, at the attachment. Any other AWS
 * managed policy (AmazonS3ReadOnlyAccess) and any other ARN add nothing: their document is not
 * in the template, and guessing it would only make noise.
 */
import type { SourceLocation } from './location.js'
import type { PolicyDocument, PolicyStatement } from './policy.js'
import type { IamPolicy, ResourceOrigin } from './s3.js'
import type { Str } from './value.js'
import { setValue, strParts } from './value.js'

interface ManagedStatement {
  action?: string[]
  notAction?: string[]
}

/** Their Allow statements on Resource "*" (as AWS publishes them; only what reaches S3). */
const POLICIES: Record<string, ManagedStatement[]> = {
  AmazonS3FullAccess: [{ action: ['s3:*', 's3-object-lambda:*'] }],
  AdministratorAccess: [{ action: ['*'] }],
  // Its second statement (iam:CreateServiceLinkedRole and a few reads) grants nothing on S3.
  PowerUserAccess: [{ notAction: ['iam:*', 'organizations:*', 'account:*'] }],
}

const PARTITIONS = new Set(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'])

/**
 * The name of the table's AWS managed policy that `s` is the ARN of
 * (`arn:aws:iam::aws:policy/AmazonS3FullAccess`, with the partition also a pseudo parameter or a
 * value only known at deploy time: AWS's policy is the same in every partition). With `bareName`
 * (SAM `Policies`), the name alone too. Anything else, or a value not known statically: undefined.
 */
export function awsManagedPolicyName(s: Str, bareName = false): string | undefined {
  if (bareName && typeof s === 'string' && Object.hasOwn(POLICIES, s)) return s
  const parts = strParts(s)
  const first = parts[0]
  if (typeof first !== 'string') return undefined
  let rest: string
  if (parts.length === 1) {
    const m = /^arn:([a-z-]+):(.*)$/s.exec(first)
    if (!m || !PARTITIONS.has(m[1]!)) return undefined
    rest = `:${m[2]!}`
  } else {
    // `arn:` + one placeholder for the partition + the rest as a literal.
    const last = parts[2]
    if (parts.length !== 3 || first !== 'arn:' || typeof last !== 'string') return undefined
    const p = parts[1]!
    if (typeof p === 'string' || !(p.kind === 'unknown' || (p.kind === 'pseudo' && p.name === 'partition'))) return undefined
    rest = last
  }
  const m = /^:iam::aws:policy\/([A-Za-z0-9+=,.@_-]+)$/.exec(rest)
  return m && Object.hasOwn(POLICIES, m[1]!) ? m[1] : undefined
}

/** The policy `name` (from `awsManagedPolicyName`) attached to `id`, located at the attachment. */
export function attachedAwsManagedPolicy(id: string, origin: ResourceOrigin, name: string, at: SourceLocation): IamPolicy {
  const statements = POLICIES[name]!.map((s): PolicyStatement => ({
    at,
    effect: setValue('Allow', at),
    principal: { field: 'none', entries: setValue([], at) },
    action: s.notAction ? { field: 'not', values: setValue(s.notAction, at) } : { field: 'plain', values: setValue(s.action!, at) },
    resource: { field: 'plain', values: setValue(['*'], at) },
    conditions: setValue([], at),
  }))
  const document: PolicyDocument = { owner: id, at, statements }
  return { id, origin: { ...origin, at }, kind: 'managed', awsManaged: name, document, suppressions: [] }
}
