/**
 * What two readings of one piece of code find is reported once: two root modules calling one
 * module, a plan beside its sources. Findings were merged already; unknowns and warnings too now.
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../rules/helpers.js'

const ROOT = `variable "logging_bucket" {
  type = string
}

module "bucket" {
  source         = "../mod"
  logging_bucket = var.logging_bucket
}
`

describe('repeated unknowns and warnings', () => {
  it('are reported once when two root modules call one module', async () => {
    const r = await scanFiles({
      'mod/main.tf': `variable "logging_bucket" {
  type    = string
  default = ""
}

# tfsec:ignore:aws-s3-enable-versioning
resource "aws_s3_bucket" "this" {
  bucket = "example-two-roots"
}

resource "aws_s3_bucket_logging" "this" {
  count         = var.logging_bucket != "" ? 1 : 0
  bucket        = aws_s3_bucket.this.id
  target_bucket = var.logging_bucket
  target_prefix = "s3/"
}
`,
      'root-a/main.tf': ROOT,
      'root-b/main.tf': ROOT,
    })
    const logging = r.unknowns.filter((u) => u.ruleId === 'access-logging-disabled')
    expect(logging.map((u) => [u.location.file, u.location.line])).toEqual([['mod/main.tf', 12]])
    expect(r.problems.filter((p) => p.code === 'SUPPRESSION_WITHOUT_REASON').map((p) => [p.file, p.line])).toEqual([['mod/main.tf', 6]])
  })
})
