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

  it('applies a comment in a setting resource only to a bucket it certainly configures, not to those it may', () => {
    const r = loadFiles({
      'main.tf': `variable "which" {}
variable "on" {}
variable "existing" {}
resource "aws_s3_bucket" "a" {
  bucket = "a"
}
resource "aws_s3_bucket" "c" {
  bucket = "c"
}
resource "aws_s3_bucket" "made" {
  count  = var.on ? 1 : 0
  bucket = "made"
}
resource "aws_s3_bucket_versioning" "either" {
  bucket = var.which == "a" ? aws_s3_bucket.a.id : aws_s3_bucket.c.id
  # s3-gate:ignore acl-public-read reason="one of two"
  versioning_configuration {
    status = "Enabled"
  }
}
# s3-gate:ignore access-logging-disabled reason="any of them"
resource "aws_s3_bucket_logging" "any" {
  bucket        = uuid()
  target_bucket = "logs"
}
resource "aws_s3_bucket_versioning" "made" {
  bucket = var.on ? aws_s3_bucket.made[0].id : var.existing
  # s3-gate:ignore versioning-disabled reason="the one it names whenever it exists"
  versioning_configuration {
    status = "Enabled"
  }
}
`,
    })
    const rules = (address: string) => bucket(r.model, address).suppressions.map((s) => s.rule)
    expect(rules('aws_s3_bucket.a')).toEqual([])
    expect(rules('aws_s3_bucket.c')).toEqual([])
    expect(rules('aws_s3_bucket.made[*]')).toEqual(['versioning-disabled'])
    expect(r.load.problems.map((p) => [p.code, p.line, p.level])).toEqual([
      ['SUPPRESSION_NOT_APPLIED', 16, 'warning'],
      ['SUPPRESSION_NOT_APPLIED', 21, 'warning'],
    ])
    expect(r.load.problems[0]!.message).toMatch(/aws_s3_bucket_versioning\.either only may configure/)
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

  it('applies a trivy ignore with [attribute=value] only to the instances whose attributes have those values', () => {
    const r = loadFiles({
      'main.tf': `# trivy:ignore:AVD-AWS-0089[bucket=example-logs]
resource "aws_s3_bucket" "this" {
  for_each = toset(["example-logs", "example-data"])
  bucket   = each.key
}
#trivy:ignore:AVD-AWS-0090[versioning.enabled=true,force_destroy=false]
resource "aws_s3_bucket" "nested" {
  bucket = "nested"
  versioning {
    enabled = true
  }
}
#trivy:ignore:AVD-AWS-0090[bucket=not-this-one]
resource "aws_s3_bucket" "other" {
  bucket = "other"
}
#trivy:ignore:AVD-AWS-0090[bucket=x]
resource "aws_s3_bucket" "unset" {
  bucket = var.name
}
variable "name" {}
`,
    })
    const rules = (address: string) => bucket(r.model, address).suppressions.map((s) => s.rule)
    expect(rules('aws_s3_bucket.this["example-logs"]')).toEqual(['AVD-AWS-0089'])
    expect(rules('aws_s3_bucket.this["example-data"]')).toEqual([])
    // force_destroy is not written: as in trivy, an attribute that is not there does not match.
    expect(rules('aws_s3_bucket.nested')).toEqual([])
    expect(rules('aws_s3_bucket.other')).toEqual([])
    expect(rules('aws_s3_bucket.unset')).toEqual([])
    expect(r.load.problems.map((p) => [p.code, p.line])).toEqual([['SUPPRESSION_NOT_APPLIED', 17]])
  })

  it('checks a nested attribute of a trivy ignore, and numbers and bools as trivy prints them', () => {
    const r = loadFiles({
      'main.tf': `#trivy:ignore:AVD-AWS-0090[versioning.enabled=true]
resource "aws_s3_bucket" "a" {
  bucket = "a"
  versioning {
    enabled = true
  }
}
#trivy:ignore:AVD-AWS-0089[object_lock_enabled=false,count=1]
resource "aws_s3_bucket" "b" {
  count               = 1
  bucket              = "b"
  object_lock_enabled = false
}
`,
    })
    expect(bucket(r.model, 'aws_s3_bucket.a').suppressions.map((s) => s.rule)).toEqual(['AVD-AWS-0090'])
    expect(bucket(r.model, 'aws_s3_bucket.b[0]').suppressions.map((s) => s.rule)).toEqual(['AVD-AWS-0089'])
  })

  it('drops a trivy ignore whose date cannot be read or whose workspace is not the default, saying so', () => {
    const r = loadFiles({
      'main.tf': `#trivy:ignore:AVD-AWS-0089:exp:2020-1-02
resource "aws_s3_bucket" "a" {}
#tfsec:ignore:aws-s3-enable-bucket-logging:exp:2221-13-02
resource "aws_s3_bucket" "b" {}
#trivy:ignore:AVD-AWS-0089:exp:2221-01-02:ws:staging
resource "aws_s3_bucket" "c" {}
#trivy:ignore:AVD-AWS-0089:ws:def*
resource "aws_s3_bucket" "d" {}
`,
    })
    for (const name of ['a', 'b', 'c']) expect(bucket(r.model, `aws_s3_bucket.${name}`).suppressions).toEqual([])
    expect(bucket(r.model, 'aws_s3_bucket.d').suppressions.map((s) => s.rule)).toEqual(['AVD-AWS-0089'])
    expect(r.load.problems.map((p) => [p.code, p.line])).toEqual([
      ['SUPPRESSION_NOT_APPLIED', 1],
      ['SUPPRESSION_NOT_APPLIED', 3],
      ['SUPPRESSION_NOT_APPLIED', 5],
    ])
  })

  it('reads every ignore of a line, `*`, and comments stacked above a block; warns about an s3-gate:ignore that belongs to nothing', () => {
    const r = loadFiles({
      'main.tf': `# s3-gate:ignore access-logging-disabled reason="log target"
# trivy:ignore:AVD-AWS-0090 trivy:ignore:AVD-AWS-0088 checked by hand
#tfsec:ignore:aws-s3-enable-versioning
resource "aws_s3_bucket" "a" {}

// trivy:ignore:*
resource "aws_s3_bucket" "b" {}

# s3-gate:ignore versioning-disabled reason="a blank line ends the stack"

resource "aws_s3_bucket" "c" {}
`,
    })
    expect(bucket(r.model, 'aws_s3_bucket.a').suppressions.map((s) => [s.rule, s.at.line])).toEqual([
      ['access-logging-disabled', 1],
      ['AVD-AWS-0090', 2],
      ['AVD-AWS-0088', 2],
      ['aws-s3-enable-versioning', 3],
    ])
    expect(bucket(r.model, 'aws_s3_bucket.b').suppressions.map((s) => s.rule)).toEqual(['*'])
    expect(bucket(r.model, 'aws_s3_bucket.c').suppressions).toEqual([])
    expect(r.load.problems.map((p) => [p.code, p.line])).toEqual([['ORPHAN_SUPPRESSION', 9]])
  })
})
