import type { SourceLocation } from '../../model/location.js'
import type { PublicAccessBlock } from '../../model/s3.js'
import { setValue } from '../../model/value.js'
import type { Cur, TemplateReader } from './reader.js'

/**
 * `PublicAccessBlockConfiguration`: a flag missing from a declared block is false (CloudFormation
 * and the S3 API agree); an absent block keeps the caller's defaults.
 */
export function readPublicAccessBlock(
  r: TemplateReader,
  cur: Cur | undefined,
  absent: PublicAccessBlock,
  fallback: SourceLocation,
): PublicAccessBlock {
  if (!cur) return absent
  const at = r.loc(cur)
  if (cur.unknown) {
    const u = { state: 'unknown' as const, why: cur.unknown, at }
    return { declared: u, blockPublicAcls: u, ignorePublicAcls: u, blockPublicPolicy: u, restrictPublicBuckets: u, at }
  }
  const flag = (k: string) => r.bool(r.child(cur, k), false, { ...at, path: `${cur.path}.${k}` })
  return {
    declared: setValue(true, at),
    blockPublicAcls: flag('BlockPublicAcls'),
    ignorePublicAcls: flag('IgnorePublicAcls'),
    blockPublicPolicy: flag('BlockPublicPolicy'),
    restrictPublicBuckets: flag('RestrictPublicBuckets'),
    at: at ?? fallback,
  }
}
