import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/engine/finding.js'
import { fingerprint } from '../../src/engine/fingerprint.js'
import { compareFindings, dropDuplicates } from '../../src/scan.js'

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
  it('keeps one of findings with the same rule, resource, place and message, whatever their order', () => {
    const a = finding({ fingerprint: 'b-from-plan' })
    const b = finding({ fingerprint: 'a-from-plan' })
    expect(dropDuplicates([a, b])).toEqual([b])
    expect(dropDuplicates([b, a])).toEqual([b])
    // The one found by the unit that owns the file, whose fingerprint is the plain one, wins.
    const plain = finding({ fingerprint: fingerprint('versioning-disabled', 'aws_s3_bucket.logs', 'main.tf', 'aws_s3_bucket.logs') })
    expect(dropDuplicates([a, plain, b])).toEqual([plain])
    expect(dropDuplicates([plain, b])).toEqual([plain])
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
    expect(dropDuplicates([...all, ...all.map((f) => ({ ...f, fingerprint: 'z-copy' }))])).toEqual([...all].sort(compareFindings))
  })

  it('finds the duplicates of resources that sort as one, whichever comes between them', () => {
    // Numeric collation puts b["01"] and b["1"] together, ordered by fingerprint in between.
    const one = finding({ resource: 'aws_s3_bucket.b["1"]', fingerprint: 'a' })
    const other = finding({ resource: 'aws_s3_bucket.b["01"]', fingerprint: 'b' })
    const oneAgain = finding({ resource: 'aws_s3_bucket.b["1"]', fingerprint: 'c' })
    const kept = dropDuplicates([oneAgain, other, one])
    expect(kept).toHaveLength(2)
    expect(kept).toContain(one)
    expect(kept).toContain(other)
  })

  it('keeps one of each message among thousands at one place', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => finding({ message: `statement ${i}`, fingerprint: `f${i}` }))
    const copies = many.map((f) => ({ ...f, fingerprint: `z${f.fingerprint}` }))
    const kept = dropDuplicates([...copies, ...many])
    expect(kept).toHaveLength(20_000)
    expect(new Set(kept)).toEqual(new Set(many))
  })
})
