/**
 * S3 bucket names are 3 to 63 characters. A name known to be longer cannot be deployed, so it is
 * read as unknown: kept, a name built from a 2 MB list was compared and held with every bucket
 * of every template until the scan ended (gigabytes over ten small templates).
 */
import { strParts, unknownValue, type Str, type Value } from './value.js'

export const MAX_BUCKET_NAME_CHARS = 63

/** `name`, or unknown when its written characters alone are more than S3 allows. */
export function boundedBucketName(name: Value<Str>): Value<Str> {
  if (name.state === 'unknown') return name
  const v = name.value
  const written = typeof v === 'string' ? v.length : strParts(v).reduce((n, p) => n + (typeof p === 'string' ? p.length : 0), 0)
  if (written <= MAX_BUCKET_NAME_CHARS) return name
  return unknownValue(
    `the bucket name is at least ${written} characters long, more than the ${MAX_BUCKET_NAME_CHARS} S3 allows, so it cannot be deployed`,
    name.at,
  )
}
