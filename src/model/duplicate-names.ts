/**
 * Buckets of one template or configuration given the same literal name. S3 bucket names are unique
 * in a partition, so both resources would be one bucket at most (outside us-east-1 S3 refuses to
 * create the second), and everything that names the bucket (a
 * policy, a setting resource) was linked to each of them: twelve `bucket = "bucket"` repeated each
 * policy finding twelve times without a word why.
 */
import type { Problem } from '../engine/finding.js'
import type { S3Model } from './s3.js'

export function duplicateBucketNames(model: S3Model): Problem[] {
  const first = new Map<string, { id: string; line: number; file: string; deployedBy?: string }>()
  const problems: Problem[] = []
  for (const b of model.buckets) {
    // A bucket that may not be deployed is often the alternative of one that is (`count = var.v2 ? 1 : 0`).
    if (!b.managed || b.origin.maybe || b.name.state !== 'set' || typeof b.name.value !== 'string') continue
    const seen = first.get(b.name.value)
    if (!seen) {
      first.set(b.name.value, { id: b.id, line: b.name.at.line, file: b.name.at.file, deployedBy: b.deployedBy })
      continue
    }
    // Providers that may reach another partition (aws-cn, aws-us-gov) may create both.
    if (seen.deployedBy !== b.deployedBy) continue
    const where = seen.file === b.name.at.file ? `line ${seen.line}` : `${seen.file}:${seen.line}`
    problems.push({
      code: 'DUPLICATE_BUCKET_NAME',
      file: b.name.at.file,
      line: b.name.at.line,
      column: b.name.at.column,
      message: `${b.id} is named ${JSON.stringify(b.name.value)}, as ${seen.id} is (${where}): bucket names are unique, so they would be one bucket at most (S3 refuses the second outside us-east-1), and what names that bucket was linked to both`,
      level: 'warning',
    })
  }
  return problems
}
