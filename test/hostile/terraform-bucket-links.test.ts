/**
 * A setting resource whose `bucket` cannot name a bucket, or a module whose evaluation budget ran
 * out, must not turn another resource's public ACL into an unknown: read as "may configure any
 * bucket", one broken line in a second file let `--fail-on critical` pass.
 */
import { describe, expect, it } from 'vitest'
import { isRegistered } from '../fuzz/support.js'
import { scanFiles } from '../helpers/scan-files.js'

const GOOD = `resource "aws_s3_bucket" "b" {
  bucket = "bbb"
}
resource "aws_s3_bucket_acl" "x" {
  bucket = aws_s3_bucket.b.id
  acl    = "public-read-write"
}
`

const acl = (bucket: string) =>
  `variable "x" {}\nresource "aws_s3_bucket_acl" "a" {\n  bucket = ${bucket}\n  acl    = var.x\n}\nresource "aws_s3_bucket" "q" {}\n`

describe.skipIf(!isRegistered('terraform'))('what a setting resource names as its bucket', () => {
  it.each([
    ['aws_s3_bucket.th', 'a whole resource or an undeclared name'],
    ['aws_s3_bucket.b', 'a whole resource or an undeclared name'],
    ['aws_s3_bhis.id', 'a whole resource or an undeclared name'],
    ['aws_', 'a whole resource or an undeclared name'],
    ['aws_s3_bucket.th[0]', 'a whole resource or an undeclared name'],
    ['aws_s3_bucket.q.*.id', 'a list'],
    ['{ name = "bbb" }', 'an object'],
  ])('bucket = %s in a called module: a warning at its line, and the root bucket still fails', async (bucket, what) => {
    const r = await scanFiles({ 'good.tf': GOOD, 'bad.tf': 'module "m" {\n  source = "./m"\n}\n', 'm/main.tf': acl(bucket) })
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
      'good.tf:6',
    ])
    expect(r.unknowns.filter((u) => u.ruleId === 'acl-public-write')).toEqual([])
    expect(r.problems.filter((p) => p.code === 'TF_BAD_REFERENCE').map((p) => [p.file, p.line, p.message])).toEqual([
      [
        'm/main.tf',
        3,
        `module.m.aws_s3_bucket_acl.a: its bucket, ${bucket}, is ${what}, not a bucket name, so Terraform rejects it; its settings are not checked`,
      ],
    ])
  })

  it('still links a setting resource to its bucket by reference once the evaluation budget is spent', async () => {
    const r = await scanFiles({
      'good.tf': GOOD,
      'bad.tf':
        'locals {\n  r = [for x in range(1000) : [for y in range(1000) : [for z in range(1000) : 1]]]\n}\nresource "aws_s3_bucket" "q" {\n  tags = { n = length(local.r) }\n}\n',
    })
    expect(r.problems.filter((p) => p.code === 'EVAL_LIMIT').map((p) => `${p.file}:${p.line}`)).toEqual(['bad.tf:2'])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
      'good.tf:6',
    ])
    expect(r.unknowns.filter((u) => u.ruleId.startsWith('acl-public'))).toEqual([])
  })
})
