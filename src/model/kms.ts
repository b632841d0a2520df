/** What a KMS key id in an encryption setting stands for. */
import { strParts, type Str } from './value.js'

/** Server-side encryption algorithms that use a KMS key. */
export const KMS_ALGORITHMS: ReadonlySet<string> = new Set(['aws:kms', 'aws:kms:dsse'])

/**
 * `alias/aws/s3` is the AWS managed key, whose key policy you cannot control. An empty key id (a
 * placeholder) names no key, so S3 uses that key as when the id is left out.
 */
export function isAwsManagedKey(key: Str): boolean {
  if (typeof key !== 'string') return strParts(key).some((p) => typeof p === 'string' && /alias\/aws\/s3$/.test(p))
  return key.trim() === '' || /(^|:)alias\/aws\/s3$/.test(key)
}
