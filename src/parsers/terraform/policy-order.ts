/**
 * BlockPublicPolicy makes S3 reject a public bucket policy when the policy is set, and leaves one
 * already in place alone. In Terraform the bucket's public access block is a resource of its
 * own: unless the policy resource is ordered after it (it refers to the block, or names it in
 * `depends_on`), Terraform may apply the policy first, and then the block does not stop it. An
 * inline `policy` of `aws_s3_bucket`, or a policy the block itself waits for, always comes first.
 */
import { INSTANCE_KEY, MODULE_PREFIX, NAME } from './address-pattern.js'
import type { Bucket } from '../../model/s3.js'
import type { ResourceRecord } from './to-model.js'

export function orderPoliciesAgainstBlocks(
  blockOf: ReadonlyMap<Bucket, ResourceRecord>,
  /** The `aws_s3_bucket_policy` records, by address. */
  policies: ReadonlyMap<string, ResourceRecord>,
): void {
  for (const [bucket, block] of blockOf) {
    for (const doc of bucket.policies) {
      if (doc.owner === bucket.id) {
        if (!block.ownPolicyAfter) doc.precedesBlock = 'always'
        continue
      }
      const policy = policies.get(doc.owner)
      const order = policy && orderOf(policy, block)
      if (order) doc.precedesBlock = order
    }
  }
}

/**
 * The same race with an `aws_s3_account_public_access_block` in the configuration: its
 * BlockPublicPolicy rejects only the policies set after it. One applied beforehand (elsewhere)
 * is not in the configuration, and counts as in place.
 */
export function orderPoliciesAgainstAccountBlocks(
  buckets: readonly Bucket[],
  accountBlocks: readonly ResourceRecord[],
  policies: ReadonlyMap<string, ResourceRecord>,
): void {
  if (!accountBlocks.length) return
  for (const bucket of buckets) {
    for (const doc of bucket.policies) {
      const policy = policies.get(doc.owner)
      if (!policy) continue
      for (const block of accountBlocks) {
        const order = orderOf(policy, block)
        if (order && doc.precedesAccountBlock !== 'always') doc.precedesAccountBlock = order
      }
    }
  }
}

/** Whether `policy` may be (`maybe`) or is (`always`) applied before `block`; `undefined` when after it or not known to race. */
function orderOf(policy: ResourceRecord, block: ResourceRecord): 'maybe' | 'always' | undefined {
  if (!sameModule(policy, block)) {
    // A module's resources wait for nothing of their caller's but what they refer to. Read as
    // ordered, a wrapper module's block voided a public policy its caller set on the bucket, though
    // Terraform may apply the policy first. Only `depends_on` orders them: on the resource (`[module.m]`:
    // after everything in that module), or on the module call that leads to it from the module both
    // are in (`module "p" { depends_on = [aws_s3_bucket_public_access_block.b] }`, which was read as
    // racing). An output or input that refers to the block would too, which is not followed here.
    const p = modulePath(policy)
    const b = modulePath(block)
    const common = commonModulePath(p, b)
    const blockTarget = b === common ? localAddress(block) : MODULE_CALL.exec(b.slice(common.length))?.[1]
    const policyTarget = p === common ? localAddress(policy) : MODULE_CALL.exec(p.slice(common.length))?.[1]
    const waits = (rec: ResourceRecord, own: boolean, target: string | undefined) =>
      target !== undefined && (own ? rec.dependsOn?.(target) : rec.callDependsOn?.(common, target)) === true
    if (waits(policy, p === common, blockTarget)) return undefined
    if (waits(block, b === common, policyTarget)) return 'always'
    return 'maybe'
  }
  const after = policy.mentions?.(localAddress(block))
  const before = block.mentions?.(localAddress(policy))
  // A record without its text (a plan read alone) cannot tell, and neither orders the other.
  if (after === true) return undefined
  return before === true ? 'always' : 'maybe'
}

/** The module path (`module.a["x"].`) both paths are in. */
function commonModulePath(a: string, b: string): string {
  let end = 0
  for (const step of a.match(MODULE_STEPS) ?? []) {
    if (!b.startsWith(step, end) || !a.startsWith(step, end)) break
    end += step.length
  }
  return a.slice(0, end)
}

const MODULE_CALL = new RegExp(String.raw`^(module\.${NAME})(?:${INSTANCE_KEY})?\.`)
const MODULE_STEPS = new RegExp(String.raw`module\.${NAME}(?:${INSTANCE_KEY})?\.`, 'gy')
const RESOURCE = new RegExp(String.raw`^(?:data\.)?${NAME}\.${NAME}`)

/** `module.m["a"].aws_s3_bucket_policy.p[0]` → `aws_s3_bucket_policy.p`, as the module's own code names it. */
function localAddress(rec: ResourceRecord): string {
  const rest = rec.address.slice(modulePath(rec).length)
  return RESOURCE.exec(rest)?.[0] ?? rest
}

/** `module.m["a"].module.n[0].` of `module.m["a"].module.n[0].aws_s3_bucket_policy.p`. */
const modulePath = (rec: ResourceRecord) => MODULE_PREFIX.exec(rec.address)?.[0] ?? ''
const sameModule = (a: ResourceRecord, b: ResourceRecord) => modulePath(a) === modulePath(b)
