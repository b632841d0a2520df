/**
 * What both writers check before they declare a new bucket policy for a bucket: a template
 * holds one policy a bucket, and a second would replace the first when deployed.
 */
import { get, type SEntry, type SMap } from '../shared/source-tree.js'

/**
 * Is there a bucket policy that may be this bucket's without a `Ref` to it (the bucket's name
 * written out, a parameter, an intrinsic)? Only a `Ref` to another resource of this template is
 * surely about another bucket. A `Fn::ForEach` loop may make a policy for any bucket.
 */
export function otherPolicyMayCover(
  resources: ReadonlyMap<string, SEntry> | SMap,
  declared: (id: string) => boolean,
  bucket: string,
): boolean {
  // Worked out once per template: asked for each finding, the walk over every resource made a
  // template of 20,000 buckets quadratic.
  let cover = coverOf.get(resources)
  if (!cover) coverOf.set(resources, (cover = policyCover('kind' in resources ? resources.entries : resources.values(), declared)))
  return cover === 'any' || cover.has(bucket)
}

/** The buckets the template's policies name, or `any` when one may name any bucket (a loop, an opaque `Bucket`). */
const coverOf = new WeakMap<object, Set<string> | 'any'>()

function policyCover(resources: Iterable<SEntry>, declared: (id: string) => boolean): Set<string> | 'any' {
  const named = new Set<string>()
  for (const e of resources) {
    if (e.key.startsWith('Fn::ForEach::')) return 'any'
    const type = get(e.value, 'Type')
    if (type?.kind !== 'scalar' || type.value !== 'AWS::S3::BucketPolicy') continue
    const ref = get(get(get(e.value, 'Properties'), 'Bucket'), 'Ref')
    if (ref?.kind !== 'scalar' || !declared(String(ref.value))) return 'any'
    named.add(String(ref.value))
  }
  return named
}

/** `<Bucket>Policy`, or `<Bucket>Policy2`... when that logical id is taken. */
export function freePolicyName(bucket: string, declared: (id: string) => boolean): string {
  let name = `${bucket}Policy`
  for (let i = 2; declared(name); i++) name = `${bucket}Policy${i}`
  return name
}

/**
 * The condition a bucket is created under (`Condition: IsProd`), which a policy added for it must
 * share: without it, a stack deployed with the condition false creates the policy alone, and its
 * `Ref` to the bucket that is not there fails the deployment. Null when it is not a name.
 */
export function bucketCondition(resource: SEntry): string | undefined | null {
  const c = get(resource.value, 'Condition')
  if (c === undefined) return undefined
  return c.kind === 'scalar' && typeof c.value === 'string' && c.value !== '' ? c.value : null
}
