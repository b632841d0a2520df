import { describe, expect, it } from 'vitest'
import { bucket, loadFiles } from './helpers.js'

describe('inline suppressions in HCL comments', () => {
  it('records every supported syntax on the resource it belongs to, with its line', () => {
    const r = loadFiles({
      'main.tf': `# s3-gate:ignore access-logging-disabled reason="logs go to CloudTrail" until=2027-01-31
resource "aws_s3_bucket" "b" {
  #checkov:skip=CKV_AWS_18:the bucket is the log target
  bucket = "b" # tfsec:ignore:aws-s3-enable-bucket-logging:exp:2025-01-01
  // trivy:ignore:AVD-AWS-0089
  # kics-scan ignore-line
  acl = "private"
}

resource "aws_s3_bucket" "other" {
  bucket = "other"
}
`,
    })
    const b = bucket(r.model, 'aws_s3_bucket.b')
    expect(b.suppressions.map((s) => [s.syntax, s.rule, s.reason, s.until, s.at.line])).toEqual([
      ['s3-gate', 'access-logging-disabled', 'logs go to CloudTrail', '2027-01-31', 1],
      ['checkov', 'CKV_AWS_18', 'the bucket is the log target', undefined, 3],
      ['tfsec', 'aws-s3-enable-bucket-logging', undefined, '2025-01-01', 4],
      ['trivy', 'AVD-AWS-0089', undefined, undefined, 5],
      ['kics', '*', 'kics-scan ignore-line', undefined, 6],
    ])
    expect(bucket(r.model, 'aws_s3_bucket.other').suppressions).toEqual([])
  })

  it('applies a comment in a setting resource, or on a module call, to the bucket', () => {
    const r = loadFiles({
      'main.tf': `resource "aws_s3_bucket" "b" {
  bucket = "b"
}
resource "aws_s3_bucket_public_access_block" "b" {
  bucket = aws_s3_bucket.b.id
  # trivy:ignore:AVD-AWS-0086
  block_public_acls = false
}
module "m" {
  # checkov:skip=CKV_AWS_21:versioning is handled by backups
  source = "./m"
}
`,
      'm/main.tf': 'resource "aws_s3_bucket" "inner" {\n  bucket = "inner"\n}\n',
    })
    expect(bucket(r.model, 'aws_s3_bucket.b').suppressions.map((s) => s.rule)).toEqual(['AVD-AWS-0086'])
    expect(bucket(r.model, 'module.m.aws_s3_bucket.inner').suppressions.map((s) => [s.rule, s.at.file, s.at.line])).toEqual([
      ['CKV_AWS_21', 'main.tf', 10],
    ])
  })

  it('reports a malformed s3-gate suppression as BAD_SUPPRESSION', () => {
    const r = loadFiles({
      'main.tf':
        '# s3-gate:ignore versioning-disabled\nresource "aws_s3_bucket" "a" {}\n# s3-gate:ignore versioning-disabled reason="x" until=2027-13-45\nresource "aws_s3_bucket" "b" {}\n',
    })
    expect(r.load.problems.map((p) => [p.code, p.line, p.level])).toEqual([
      ['BAD_SUPPRESSION', 1, 'error'],
      ['BAD_SUPPRESSION', 3, 'error'],
    ])
  })
})
