/**
 * Does the bucket policy deny requests that do not meet a transport requirement (plain HTTP, or a
 * TLS version below a minimum) for the bucket ARN and for its objects? Both matter: bucket-level
 * calls (ListBucket, GetBucketPolicy, PutBucketAcl...) go to the bucket ARN, object calls to `bucket/*`.
 */
import type { RuleContext } from '../engine/rule-context.js'
import type { PolicyCondition, PolicyDocument, PolicyStatement, Tri } from './policy.js'
import {
  and,
  conditionKey,
  isDeny,
  or,
  parseOperator,
  principalIsEveryone,
  statementAppliesToAction,
  statementAppliesToActions,
} from './policy.js'
import type { Bucket } from './s3.js'

export interface TransportCoverage {
  bucket: Tri
  objects: Tri
  /** The best partial statement, to point at. */
  partial?: PolicyStatement
  /** A Deny on the requirement that other conditions or NotPrincipal narrow to some callers, to point at. */
  narrowed?: PolicyStatement
  /** A Deny on the requirement that reaches only some of the objects (a key prefix), to point at. */
  someObjects?: PolicyStatement
  /** A Deny on the requirement for everyone that names only some actions (`s3:GetObject`), to point at. */
  someActions?: PolicyStatement
  /**
   * Set when the bucket has more than one bucket policy (two policy resources, or an inline policy
   * beside one): a bucket holds one policy, so whichever is applied last replaces the others, and
   * the requirement holds only if each of them enforces it. `lacking` is the first that does not.
   */
  competing?: { owners: string[]; lacking?: PolicyDocument }
}

/**
 * Actions a Deny must take in to stop a transport for the whole bucket: one of each kind S3 has,
 * so that only `s3:*`, `*` or a NotAction sparing none of them passes. Four sample actions let
 * `[s3:Get*, s3:Put*, s3:List*, s3:Delete*]` pass, which leaves RestoreObject and
 * AbortMultipartUpload open, and `[GetObject, PutObject, ListBucket, DeleteObject]` too, which
 * leaves PutBucketPolicy and GetObjectVersion open.
 */
const EVERY_KIND_OF_ACTION = [
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  's3:DeleteObject',
  's3:GetObjectVersion',
  's3:PutObjectAcl',
  's3:GetBucketPolicy',
  's3:PutBucketPolicy',
  's3:PutBucketAcl',
  's3:DeleteBucket',
  's3:ListBucketVersions',
  's3:RestoreObject',
  's3:AbortMultipartUpload',
  's3:BypassGovernanceRetention',
  's3:ReplicateObject',
  's3:CreateSession',
]

/** Whether `s` is a Deny for everyone of every kind of action; `some` when it is one for some actions only. */
function deniesEveryoneEverything(s: PolicyStatement): Tri | 'some' {
  if (isDeny(s) !== true) return isDeny(s) === 'unknown' ? 'unknown' : false
  const who = principalIsEveryone(s)
  if (who !== true) return who
  let all: Tri = true
  let some = false
  for (const a of EVERY_KIND_OF_ACTION) {
    const r = statementAppliesToAction(s, a)
    if (r === false) all = false
    else if (r === true) some = true
    else if (all === true) all = 'unknown'
  }
  return all === false && some ? 'some' : all
}

const valueIs = (c: PolicyCondition, want: string) => c.values.some((v) => typeof v === 'string' && v.toLowerCase() === want)
const valueUnknown = (c: PolicyCondition) => c.values.some((v) => typeof v !== 'string')

/**
 * `Bool aws:SecureTransport false`; `unknown` when the value is only known at deploy time. The key
 * is single-valued and on every request, so `ForAnyValue:` and `ForAllValues:` read it as a set of
 * one and match a plain-HTTP request just as the plain operator does (IAM's validator warns about
 * them, S3 applies them).
 */
export function isInsecureTransportCondition(c: PolicyCondition): Tri {
  const op = parseOperator(c.operator)
  if (conditionKey(c) !== 'aws:securetransport' || op.base !== 'bool') return false
  return valueIs(c, 'false') ? true : valueUnknown(c) ? 'unknown' : false
}

/** TLS versions S3 accepts; a Deny must take in every one below the minimum. */
const TLS_VERSIONS = [1.0, 1.1, 1.2, 1.3]

/**
 * `NumericLessThan s3:TlsVersion 1.2` or an equivalent (`NumericLessThanEquals 1.1`): denies every
 * TLS version below `minimum`. `unknown` when the value is only known at deploy time. The key is
 * single-valued, so `ForAnyValue:` matches an old version as the plain operator does, and
 * `ForAllValues:` does too (and plain HTTP, which carries no TLS version, besides).
 */
export function isOldTlsCondition(c: PolicyCondition, minimum = 1.2): Tri {
  const op = parseOperator(c.operator)
  if (conditionKey(c) !== 's3:tlsversion') return false
  const below =
    op.base === 'numericlessthan'
      ? (v: number, x: number) => v < x
      : op.base === 'numericlessthanequals'
        ? (v: number, x: number) => v <= x
        : undefined
  if (!below) return false
  const old = TLS_VERSIONS.filter((v) => v < minimum)
  const denies = (x: number) => old.every((v) => below(v, x))
  if (c.values.some((v) => typeof v === 'string' && denies(Number(v)))) return true
  return valueUnknown(c) ? 'unknown' : false
}

/**
 * Which of the bucket ARN and its objects a Deny in the bucket's policies covers for every caller
 * that fails `isRequirement`. A Deny counts only when all its conditions are requirements: any
 * other condition must hold as well for the Deny to apply (`aws:PrincipalAccount`, say), so the
 * requests that fail it get through; a NotPrincipal lets the principals it names through.
 */
export function transportCoverage(bucket: Bucket, ctx: RuleContext, isRequirement: (c: PolicyCondition) => Tri): TransportCoverage {
  const byOwner = new Map<string, PolicyDocument[]>()
  for (const doc of bucket.policies) byOwner.set(doc.owner, [...(byOwner.get(doc.owner) ?? []), doc])
  if (byOwner.size <= 1) return documentsCoverage(bucket.policies, bucket, ctx, isRequirement)
  // Documents of one owner are one policy (a module merges them); separate owners replace each other.
  const each = [...byOwner.values()].map((docs) => ({ docs, cov: documentsCoverage(docs, bucket, ctx, isRequirement) }))
  // The policy to point at: one that certainly lacks the Deny, else one that may.
  const lacking =
    each.find(({ cov }) => cov.bucket === false || cov.objects === false) ??
    each.find(({ cov }) => cov.bucket !== true || cov.objects !== true)
  return {
    bucket: each.reduce<Tri>((t, { cov }) => and(t, cov.bucket), true),
    objects: each.reduce<Tri>((t, { cov }) => and(t, cov.objects), true),
    partial: lacking?.cov.partial,
    narrowed: lacking?.cov.narrowed,
    someObjects: lacking?.cov.someObjects,
    competing: { owners: [...byOwner.keys()], lacking: lacking?.docs[0] },
  }
}

function documentsCoverage(
  docs: readonly PolicyDocument[],
  bucket: Bucket,
  ctx: RuleContext,
  isRequirement: (c: PolicyCondition) => Tri,
): TransportCoverage {
  const out: TransportCoverage = { bucket: false, objects: false }
  // Denies that enforce the requirement for everyone, but each for some actions only.
  const forSomeActions: PolicyStatement[] = []
  /** Per choice made at deploy time, what each side's statements cover. */
  const choices = new Map<object, { bucket: Tri; objects: Tri }[]>()
  for (const doc of docs) {
    // A document that cannot be read (`policy = var.policy`) may hold the Deny.
    if (doc.unknown) {
      out.bucket = or(out.bucket, 'unknown')
      out.objects = or(out.objects, 'unknown')
    }
    for (const s of doc.statements) {
      // An Allow never denies anything, whatever its conditions.
      if (isDeny(s) === false) continue
      if (s.choice && s.writtenConditions) {
        const sides =
          choices.get(s.choice.group) ?? Array.from({ length: s.choice.sides }, () => ({ bucket: false as Tri, objects: false as Tri }))
        choices.set(s.choice.group, sides)
        // Judged as if it were in the policy; whether it is depends on the other sides too.
        considerStatement({ ...s, conditions: s.writtenConditions }, sides[s.choice.side]!, undefined, bucket, ctx, isRequirement)
        continue
      }
      if (s.conditions.state === 'unknown') {
        // In the policy only under a deploy-time condition: a Deny that would not enforce the
        // requirement even when there is no matter either way.
        const written = s.writtenConditions
        if (written && written.state !== 'unknown' && written.value.every((c) => isRequirement(c) === false)) continue
        out.bucket = or(out.bucket, 'unknown')
        out.objects = or(out.objects, 'unknown')
        continue
      }
      considerStatement(s, out, forSomeActions, bucket, ctx, isRequirement)
    }
  }
  // One side of each choice is in the policy: the requirement holds if it holds on every side.
  for (const sides of choices.values()) {
    out.bucket = or(out.bucket, onEverySide(sides.map((c) => c.bucket)))
    out.objects = or(out.objects, onEverySide(sides.map((c) => c.objects)))
  }
  // `Deny s3:Get*` beside `Deny NotAction s3:Get*`: split by action, together they name every one.
  const onWholeBucket = forSomeActions.filter((s) => {
    const cov = ctx.statementCovers(s, bucket)
    return cov.bucket === true && cov.objects === true
  })
  if (togetherDenyEveryAction(onWholeBucket)) {
    out.bucket = true
    out.objects = true
  }
  return out
}

/**
 * What one Deny statement, surely in the policy with the conditions it has, adds to `out`.
 * `forSomeActions` collects Denies for everyone that name only some actions; without it they add nothing.
 */
function considerStatement(
  s: PolicyStatement,
  out: Pick<TransportCoverage, 'bucket' | 'objects' | 'partial' | 'narrowed' | 'someObjects' | 'someActions'>,
  forSomeActions: PolicyStatement[] | undefined,
  bucket: Bucket,
  ctx: RuleContext,
  isRequirement: (c: PolicyCondition) => Tri,
): void {
  if (s.conditions.state === 'unknown') {
    out.bucket = or(out.bucket, 'unknown')
    out.objects = or(out.objects, 'unknown')
    return
  }
  const requirement = s.conditions.value.map(isRequirement)
  // A Deny without conditions refuses every request, those that fail the requirement among them.
  const unconditional = requirement.length === 0
  if (!unconditional && requirement.every((r) => r === false)) return
  // NotPrincipal exempts the principals it names, just as another condition exempts the callers that fail it.
  const everyone = deniesEveryoneEverything(s)
  if (unconditional && (s.principal.field !== 'Principal' || (everyone !== true && everyone !== 'some'))) return
  if (requirement.includes(false) || s.principal.field === 'NotPrincipal') {
    if (everyone !== false) out.narrowed ??= s
    return
  }
  // A Deny on the requirement for named principals only (one account, a role): the rest still get
  // through, but the statement is an attempt at it, to point at and to name as such.
  if (!unconditional && principalIsEveryone(s) === false) {
    if (s.principal.field === 'Principal') out.narrowed ??= s
    return
  }
  if (everyone === 'some') {
    // `Deny s3:DeleteBucket` with no condition is no attempt at the requirement: nothing to point at.
    if (!unconditional) out.someActions ??= s
    if (!requirement.includes('unknown')) forSomeActions?.push(s)
    return
  }
  const applies = and(everyone, requirement.includes('unknown') ? 'unknown' : true)
  if (applies === false) return
  const cov = ctx.statementCovers(s, bucket)
  const b = applies === true ? cov.bucket : cov.bucket === false ? false : 'unknown'
  const o = applies === true ? cov.objects : cov.objects === false ? false : 'unknown'
  if ((b === true) !== (o === true) && !out.partial) out.partial = s
  // `bucket/AWSLogs/*`, as load balancer log samples write it: a Deny, but not for the whole bucket.
  if (applies === true && b === false && o === false && ctx.policyScope(bucket).reaches(s).objects === true) out.someObjects ??= s
  out.bucket = or(out.bucket, b)
  out.objects = or(out.objects, o)
}

/** All true: true; all false: false; else it depends on which side is deployed. */
function onEverySide(sides: readonly Tri[]): Tri {
  return sides.every((t) => t === true) ? true : sides.every((t) => t === false) ? false : 'unknown'
}

/**
 * Do the statements together name every action, for certain? Only when one of them is a NotAction
 * whose every exception another one names (as Action): nothing is then left out.
 */
function togetherDenyEveryAction(statements: readonly PolicyStatement[]): boolean {
  return statements.some((s) => {
    if (s.action.field !== 'not' || s.action.values.state === 'unknown') return false
    const others = statements.filter((o) => o !== s)
    return s.action.values.value.every((v) => typeof v === 'string' && others.some((o) => statementAppliesToActions(o, v) === true))
  })
}

/** Message data for a bucket with competing policies: how many, which, and the one lacking the Deny. */
export function competingData(bucket: string, owners: readonly string[], lacking: PolicyDocument): Record<string, string> {
  // A Terraform bucket's inline `policy` belongs to the bucket itself.
  const name = (owner: string) => (owner === bucket ? 'its inline policy' : owner)
  return { bucket, count: String(owners.length), owners: owners.map(name).join(', '), lacking: name(lacking.owner) }
}
