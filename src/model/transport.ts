/**
 * Does the bucket policy deny requests that do not meet a transport requirement (plain HTTP, or a
 * TLS version below a minimum) for the bucket ARN and for its objects? Both matter: bucket-level
 * calls (ListBucket, GetBucketPolicy, PutBucketAcl...) go to the bucket ARN, object calls to `bucket/*`.
 */
import type { RuleContext } from '../engine/rule-context.js'
import type { PolicyCondition, PolicyStatement, Tri } from './policy.js'
import { conditionKey, isDeny, or, parseOperator, principalIsEveryone, statementAppliesToAction } from './policy.js'
import type { Bucket } from './s3.js'

export interface TransportCoverage {
  bucket: Tri
  objects: Tri
  /** The best partial statement, to point at. */
  partial?: PolicyStatement
}

const COVERED_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:DeleteObject']

function deniesEveryoneEverything(s: PolicyStatement): Tri {
  if (isDeny(s) !== true) return isDeny(s) === 'unknown' ? 'unknown' : false
  const who = principalIsEveryone(s)
  if (who !== true) return who
  let all: Tri = true
  for (const a of COVERED_ACTIONS) {
    const r = statementAppliesToAction(s, a)
    if (r === false) return false
    if (r === 'unknown') all = 'unknown'
  }
  return all
}

const valueIs = (c: PolicyCondition, want: string) => c.values.some((v) => typeof v === 'string' && v.toLowerCase() === want)

export function isInsecureTransportCondition(c: PolicyCondition): boolean {
  const op = parseOperator(c.operator)
  return conditionKey(c) === 'aws:securetransport' && op.base === 'bool' && op.set === 'none' && valueIs(c, 'false')
}

export function isOldTlsCondition(c: PolicyCondition, minimum = 1.2): boolean {
  const op = parseOperator(c.operator)
  if (conditionKey(c) !== 's3:tlsversion' || op.base !== 'numericlessthan' || op.set !== 'none') return false
  return c.values.some((v) => typeof v === 'string' && Number(v) >= minimum)
}

export function transportCoverage(bucket: Bucket, ctx: RuleContext, isRequirement: (c: PolicyCondition) => boolean): TransportCoverage {
  const out: TransportCoverage = { bucket: false, objects: false }
  for (const doc of bucket.policies) {
    for (const s of doc.statements) {
      if (s.conditions.state === 'unknown') {
        out.bucket = or(out.bucket, 'unknown')
        out.objects = or(out.objects, 'unknown')
        continue
      }
      if (!s.conditions.value.some(isRequirement)) continue
      const applies = deniesEveryoneEverything(s)
      if (applies === false) continue
      const cov = ctx.statementCovers(s, bucket)
      const b = applies === true ? cov.bucket : cov.bucket === false ? false : 'unknown'
      const o = applies === true ? cov.objects : cov.objects === false ? false : 'unknown'
      if ((b === true) !== (o === true) && !out.partial) out.partial = s
      out.bucket = or(out.bucket, b)
      out.objects = or(out.objects, o)
    }
  }
  return out
}
