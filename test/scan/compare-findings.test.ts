import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/engine/finding.js'
import { compareFindings } from '../../src/scan.js'

const at = (line: number) => ({ file: 'main.tf', line, column: 1, endLine: line, endColumn: 2, path: 'resource' })
const finding = (resource: string, line = 8, fingerprint = resource): Finding => ({
  ruleId: 'versioning-disabled',
  severity: 'medium',
  messageId: 'm',
  message: 'm',
  location: at(line),
  resource,
  format: 'terraform',
  related: [],
  fingerprint,
  suppressed: false,
})

describe('the order of findings', () => {
  it('lists the instances of one count/for_each resource in index order, then by fingerprint', () => {
    const list = [
      finding('aws_s3_bucket.b[10]', 8, 'a'),
      finding('aws_s3_bucket.b[2]', 8, 'z'),
      finding('aws_s3_bucket.b["logs"]'),
      finding('aws_s3_bucket.b[2]', 8, 'b'),
      finding('aws_s3_bucket.a', 9),
    ]
    expect(list.sort(compareFindings).map((f) => `${f.resource}:${f.fingerprint}`)).toEqual([
      'aws_s3_bucket.b["logs"]:aws_s3_bucket.b["logs"]',
      'aws_s3_bucket.b[2]:b',
      'aws_s3_bucket.b[2]:z',
      'aws_s3_bucket.b[10]:a',
      'aws_s3_bucket.a:aws_s3_bucket.a',
    ])
  })
})
