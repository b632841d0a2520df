/**
 * BlockPublicPolicy makes S3 reject a public bucket policy when the policy is set, and leaves one
 * already in place alone. In Terraform the bucket's public access block is a resource of its
 * own: unless the policy resource is ordered after it (it refers to the block, or names it in
 * `depends_on`), Terraform may apply the policy first, and then the block does not stop it. An
 * inline `policy` of `aws_s3_bucket`, or a policy the block itself waits for, always comes first.
 */
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
        doc.precedesBlock = 'always'
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
    // Terraform may apply the policy first. Only `depends_on = [module.m]` orders one after the
    // whole module (an output that refers to the block would too, which is not followed here).
    const p = modulePath(policy)
    const b = modulePath(block)
    const call = (inner: string, outer: string) =>
      inner.startsWith(outer) ? /^module\.[\w-]+/.exec(inner.slice(outer.length))?.[0] : undefined
    const blockCall = call(b, p)
    if (blockCall && policy.dependsOn?.(blockCall)) return undefined
    const policyCall = call(p, b)
    if (policyCall && block.dependsOn?.(policyCall)) return 'always'
    return 'maybe'
  }
  const after = policy.mentions?.(localAddress(block))
  const before = block.mentions?.(localAddress(policy))
  // A record without its text (a plan read alone) cannot tell, and neither orders the other.
  if (after === true) return undefined
  return before === true ? 'always' : 'maybe'
}

/** `module.m["a"].aws_s3_bucket_policy.p[0]` → `aws_s3_bucket_policy.p`, as the module's own code names it. */
function localAddress(rec: ResourceRecord): string {
  return rec.address.slice(rec.address.lastIndexOf(`${rec.type}.`)).replace(/\[[^\]]*\]$/, '')
}

const modulePath = (rec: ResourceRecord) => rec.address.slice(0, rec.address.lastIndexOf(`${rec.type}.`))
const sameModule = (a: ResourceRecord, b: ResourceRecord) => modulePath(a) === modulePath(b)
