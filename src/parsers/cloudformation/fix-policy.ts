/**
 * What both writers check before they declare a new bucket policy for a bucket: a template
 * holds one policy a bucket, and a second would replace the first when deployed.
 */
import { get, type SEntry } from '../shared/source-tree.js'

/**
 * Is there a bucket policy that may be this bucket's without a `Ref` to it (the bucket's name
 * written out, a parameter, an intrinsic)? Only a `Ref` to another resource of this template is
 * surely about another bucket. A `Fn::ForEach` loop may make a policy for any bucket.
 */
export function otherPolicyMayCover(resources: Iterable<SEntry>, declared: (id: string) => boolean, bucket: string): boolean {
  for (const e of resources) {
    if (e.key.startsWith('Fn::ForEach::')) return true
    const type = get(e.value, 'Type')
    if (type?.kind !== 'scalar' || type.value !== 'AWS::S3::BucketPolicy') continue
    const ref = get(get(get(e.value, 'Properties'), 'Bucket'), 'Ref')
    if (ref?.kind !== 'scalar' || ref.value === bucket || !declared(String(ref.value))) return true
  }
  return false
}

/** `<Bucket>Policy`, or `<Bucket>Policy2`... when that logical id is taken. */
export function freePolicyName(bucket: string, declared: (id: string) => boolean): string {
  let name = `${bucket}Policy`
  for (let i = 2; declared(name); i++) name = `${bucket}Policy${i}`
  return name
}
