import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/engine/finding.js'
import { dropDuplicates } from '../../src/scan.js'

const finding = (over: Partial<Finding> & { line?: number; column?: number; file?: string } = {}): Finding => {
  const { line = 3, column = 5, file = 'main.tf', ...rest } = over
  return {
    ruleId: 'versioning-disabled',
    severity: 'medium',
    messageId: 'disabled',
    message: 'Bucket logs has versioning Suspended.',
    location: { file, line, column, endLine: line, endColumn: column, path: 'aws_s3_bucket.logs' },
    resource: 'aws_s3_bucket.logs',
    format: 'terraform',
    related: [],
    fingerprint: 'f1',
    suppressed: false,
    ...rest,
  }
}

describe('dropDuplicates', () => {
  it('keeps the first of findings with the same rule, resource, place and message', () => {
    const first = finding({ fingerprint: 'from-plan' })
    const again = finding({ fingerprint: 'from-tf', format: 'terraform-plan' as Finding['format'] })
    expect(dropDuplicates([first, again])).toEqual([first])
  })

  it('keeps findings that differ in any of rule, resource, file, line, column or message', () => {
    const all = [
      finding(),
      finding({ ruleId: 'other-rule' }),
      finding({ resource: 'aws_s3_bucket.data' }),
      finding({ file: 'other.tf' }),
      finding({ line: 4 }),
      finding({ column: 6 }),
      finding({ line: 3 + 65536 }),
      finding({ message: 'Bucket logs has versioning Disabled.' }),
    ]
    expect(dropDuplicates([...all, ...all.map((f) => ({ ...f, fingerprint: 'copy' }))])).toEqual(all)
  })
})
