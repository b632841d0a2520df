/**
 * A v4+ setting resource whose `bucket` is one of several buckets, which one known only at deploy
 * time (`aws_s3_bucket.b[var.i].id`, `var.names[var.i]`): it may configure each of them, so what
 * it sets is unknown on each, never missing (a false alarm) and never certain (a silent pass).
 */
import { describe, expect, it } from 'vitest'
import type { ScanResult } from '../../src/scan-result.js'
import { scanFiles } from './helpers.js'

const PAB = `  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`
const of = (r: ScanResult, rule: string) => ({
  findings: r.findings.filter((f) => f.ruleId === rule).map((f) => `${f.resource}@${f.location.line}`),
  unknowns: r.unknowns.filter((u) => u.ruleId === rule).map((u) => `${u.resource}@${u.location.line}`),
})

describe('a setting resource naming one of several buckets', () => {
  it('may configure any instance of a count, indexed by a variable', async () => {
    const r = await scanFiles({
      'main.tf': `variable "i" { type = number }
resource "aws_s3_bucket" "b" {
  count  = 2
  bucket = "data-\${count.index}"
}
resource "aws_s3_bucket" "other" {
  bucket = "other"
}
resource "aws_s3_bucket_public_access_block" "p" {
  bucket                  = aws_s3_bucket.b[var.i].id
${PAB}`,
    })
    expect(of(r, 'block-public-access-incomplete')).toEqual({
      findings: ['aws_s3_bucket.other@6'],
      unknowns: ['aws_s3_bucket.b[0]@9', 'aws_s3_bucket.b[1]@9'],
    })
    const why = r.unknowns.find((u) => u.ruleId === 'block-public-access-incomplete')!.why
    expect(why).toContain('aws_s3_bucket_public_access_block.p may configure this bucket: it names aws_s3_bucket.b[var.i].id')
  })

  it('may configure any instance of a for_each, and versioning it may add leaves MFA delete unknown too', async () => {
    const r = await scanFiles({
      'main.tf': `variable "k" { type = string }
resource "aws_s3_bucket" "m" {
  for_each = toset(["x", "y"])
  bucket   = "m-\${each.key}"
}
resource "aws_s3_bucket_versioning" "v" {
  bucket = aws_s3_bucket.m[var.k].id
  versioning_configuration {
    status = "Enabled"
  }
}
`,
    })
    expect(of(r, 'versioning-disabled')).toEqual({ findings: [], unknowns: ['aws_s3_bucket.m["x"]@6', 'aws_s3_bucket.m["y"]@6'] })
    expect(of(r, 'mfa-delete-disabled')).toEqual({ findings: [], unknowns: ['aws_s3_bucket.m["x"]@6', 'aws_s3_bucket.m["y"]@6'] })
  })

  it('may configure a bucket named by the same list at another index', async () => {
    const r = await scanFiles({
      'main.tf': `variable "names" { type = list(string) }
variable "i" { type = number }
resource "aws_s3_bucket" "a" {
  bucket = var.names[0]
}
resource "aws_s3_bucket" "b" {
  bucket = var.names[1]
}
resource "aws_s3_bucket" "c" {
  bucket = var.other
}
variable "other" { type = string }
resource "aws_s3_bucket_public_access_block" "p" {
  bucket                  = var.names[var.i]
${PAB}`,
    })
    expect(of(r, 'block-public-access-incomplete')).toEqual({
      findings: ['aws_s3_bucket.c@9'],
      unknowns: ['aws_s3_bucket.a@13', 'aws_s3_bucket.b@13'],
    })
  })

  it('does not take the index for the bucket: two lists indexed by one variable are different buckets', async () => {
    const r = await scanFiles({
      'main.tf': `variable "i" { type = number }
resource "aws_s3_bucket" "a" {
  count  = 2
  bucket = "a-\${count.index}"
}
resource "aws_s3_bucket" "b" {
  count  = 2
  bucket = "b-\${count.index}"
}
resource "aws_s3_bucket_public_access_block" "p" {
  bucket                  = aws_s3_bucket.a[var.i].id
${PAB}`,
    })
    expect(of(r, 'block-public-access-incomplete')).toEqual({
      findings: ['aws_s3_bucket.b[0]@6', 'aws_s3_bucket.b[1]@6'],
      unknowns: ['aws_s3_bucket.a[0]@10', 'aws_s3_bucket.a[1]@10'],
    })
  })

  it('may configure either branch of a conditional, any element of element(), any set argument of coalesce()', async () => {
    const r = await scanFiles({
      'main.tf': `variable "i" { type = number }
variable "create" { type = bool }
variable "existing" { type = string }
resource "aws_s3_bucket" "b" {
  count  = 2
  bucket = "data-\${count.index}"
}
resource "aws_s3_bucket_public_access_block" "p" {
  bucket                  = element(aws_s3_bucket.b[*].id, var.i)
${PAB}resource "aws_s3_bucket" "c" {
  bucket = "c"
}
resource "aws_s3_bucket" "d" {
  bucket = "d"
}
resource "aws_s3_bucket_versioning" "v" {
  bucket = var.create ? aws_s3_bucket.c.id : aws_s3_bucket.d.id
  versioning_configuration {
    status = "Enabled"
  }
}
resource "aws_s3_bucket" "e" {
  bucket = "e"
}
resource "aws_s3_bucket_ownership_controls" "o" {
  bucket = coalesce(var.existing, aws_s3_bucket.e.id)
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
`,
    })
    expect(of(r, 'block-public-access-incomplete')).toEqual({
      findings: ['aws_s3_bucket.c@15', 'aws_s3_bucket.d@18', 'aws_s3_bucket.e@27'],
      unknowns: ['aws_s3_bucket.b[0]@8', 'aws_s3_bucket.b[1]@8'],
    })
    expect(of(r, 'versioning-disabled')).toEqual({
      findings: ['aws_s3_bucket.b[0]@4', 'aws_s3_bucket.b[1]@4', 'aws_s3_bucket.e@27'],
      unknowns: ['aws_s3_bucket.c@21', 'aws_s3_bucket.d@21'],
    })
    expect(of(r, 'acl-enabled').unknowns).toEqual(['aws_s3_bucket.e@30'])
    expect(of(r, 'acl-enabled').findings).not.toContain('aws_s3_bucket.e@27')
  })

  it('configures a bucket created under the very condition that chooses it (create or use an existing bucket)', async () => {
    const module = (count: string) => `variable "create" { type = bool }
variable "existing" { type = string }
resource "aws_s3_bucket" "this" {
  count  = ${count}
  bucket = "data"
}
locals {
  bucket_id = var.create ? aws_s3_bucket.this[0].id : var.existing
}
resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = local.bucket_id
${PAB}`
    const same = await scanFiles({ 'main.tf': module('var.create ? 1 : 0') })
    expect(of(same, 'block-public-access-incomplete')).toEqual({ findings: [], unknowns: [] })
    // Under another condition the bucket may exist while the other branch is chosen.
    const other = await scanFiles({ 'main.tf': module('var.other ? 1 : 0') + 'variable "other" { type = bool }\n' })
    expect(of(other, 'block-public-access-incomplete')).toEqual({ findings: [], unknowns: ['aws_s3_bucket.this[*]@10'] })
  })

  it('may configure any bucket of the module when nothing tells which bucket it names', async () => {
    const r = await scanFiles({
      'main.tf': `resource "aws_s3_bucket" "a" {
  bucket = "a"
}
resource "aws_s3_bucket" "c" {
  bucket_prefix = "c"
}
resource "aws_s3_bucket_public_access_block" "p" {
  bucket                  = replace(aws_s3_bucket.c.id, "c", "a")
${PAB}`,
    })
    expect(of(r, 'block-public-access-incomplete')).toEqual({ findings: [], unknowns: ['aws_s3_bucket.a@7', 'aws_s3_bucket.c@7'] })
    expect(r.notes.join('\n')).toContain('its bucket, replace(aws_s3_bucket.c.id, "c", "a"), is not known statically')
  })

  it('links a bucket and its settings named by each.value of the same for_each not known statically', async () => {
    const r = await scanFiles({
      'main.tf': `variable "names" { type = set(string) }
resource "aws_s3_bucket" "b" {
  for_each = var.names
  bucket   = each.value
}
resource "aws_s3_bucket_public_access_block" "b" {
  for_each                = var.names
  bucket                  = each.value
${PAB}resource "aws_s3_bucket" "other" {
  for_each = var.other
  bucket   = each.value
}
variable "other" { type = set(string) }
`,
    })
    expect(of(r, 'block-public-access-incomplete')).toEqual({ findings: ['aws_s3_bucket.other[*]@14'], unknowns: [] })
  })

  it('warns at the line of a bucket reference Terraform rejects, and configures nothing with it', async () => {
    const r = await scanFiles({
      'main.tf': `resource "aws_s3_bucket" "m" {
  for_each = toset(["x", "y"])
  bucket   = "m-\${each.key}"
}
resource "aws_s3_bucket_versioning" "v" {
  bucket = aws_s3_bucket.m.id
  versioning_configuration {
    status = "Enabled"
  }
}
`,
    })
    expect(r.problems.map((p) => `${p.code}@${p.line}:${p.column} ${p.level}`)).toEqual(['TF_BAD_REFERENCE@6:3 warning'])
    expect(of(r, 'versioning-disabled').findings).toEqual(['aws_s3_bucket.m["x"]@1', 'aws_s3_bucket.m["y"]@1'])
  })

  it('still configures exactly the bucket a literal index names', async () => {
    const r = await scanFiles({
      'main.tf': `resource "aws_s3_bucket" "b" {
  count  = 2
  bucket = "data-\${count.index}"
}
resource "aws_s3_bucket_public_access_block" "p" {
  bucket                  = aws_s3_bucket.b[1].id
${PAB}`,
    })
    expect(of(r, 'block-public-access-incomplete')).toEqual({ findings: ['aws_s3_bucket.b[0]@1'], unknowns: [] })
  })
})

describe('a setting resource whose for_each keys are not known statically', () => {
  const BUCKETS = `variable "names" { type = set(string) }
resource "aws_s3_bucket" "m" {
  for_each = var.names
  bucket   = "acme-\${each.key}"
}
`
  const pab = (forEach: string, bucket: string) => `resource "aws_s3_bucket_public_access_block" "p" {
  for_each                = ${forEach}
  bucket                  = ${bucket}
${PAB}`

  it('may not exist, so what it sets on the bucket it names is unknown', async () => {
    const r = await scanFiles({
      'main.tf': `variable "zones" { type = set(string) }
resource "aws_s3_bucket" "b" {
  bucket = "acme"
}
${pab('var.zones', 'aws_s3_bucket.b.id')}`,
    })
    expect(of(r, 'block-public-access-incomplete')).toEqual({ findings: [], unknowns: ['aws_s3_bucket.b@6'] })
    expect(r.unknowns.find((u) => u.ruleId === 'block-public-access-incomplete')!.why).toContain(
      'exists only when for_each = var.zones is not empty',
    )
  })

  it('exists once for a one-element set whatever its element, and counts', async () => {
    const r = await scanFiles({
      'main.tf': `resource "random_id" "r" {
  byte_length = 4
}
resource "aws_s3_bucket" "b" {
  bucket = "acme"
}
${pab('toset([random_id.r.hex])', 'aws_s3_bucket.b.id')}`,
    })
    expect(of(r, 'block-public-access-incomplete')).toEqual({ findings: [], unknowns: [] })
  })

  it('counts for the bucket with its key when it goes over the buckets or the same collection', async () => {
    for (const [forEach, bucket] of [
      ['aws_s3_bucket.m', 'each.value.id'],
      ['var.names', 'aws_s3_bucket.m[each.key].id'],
    ]) {
      const r = await scanFiles({ 'main.tf': BUCKETS + pab(forEach!, bucket!) })
      expect(of(r, 'block-public-access-incomplete')).toEqual({ findings: [], unknowns: [] })
    }
  })

  it('may configure any instance when it goes over another collection', async () => {
    const r = await scanFiles({
      'main.tf': `${BUCKETS}variable "other" { type = set(string) }\n${pab('var.other', 'aws_s3_bucket.m[each.key].id')}`,
    })
    expect(of(r, 'block-public-access-incomplete')).toEqual({ findings: [], unknowns: ['aws_s3_bucket.m[*]@8'] })
  })

  it('may configure any bucket when it goes over a for expression on the buckets, which no other expression names', async () => {
    // Each element is one of m's buckets: read as a bucket of its own, m was reported without a block.
    const r = await scanFiles({
      'main.tf': `${BUCKETS}resource "aws_s3_bucket" "other" {
  bucket = "other"
}
${pab('{ for k, b in aws_s3_bucket.m : k => b if k != "tmp" }', 'each.value.id')}`,
    })
    expect(of(r, 'block-public-access-incomplete')).toEqual({ findings: [], unknowns: ['aws_s3_bucket.m[*]@9', 'aws_s3_bucket.other@9'] })
  })

  it('in a module called with such a for_each, may not exist either', async () => {
    const r = await scanFiles({
      'main.tf': `variable "zones" { type = set(string) }
resource "aws_s3_bucket" "b" {
  bucket = "acme"
}
module "s" {
  source   = "./s"
  for_each = var.zones
  bucket   = aws_s3_bucket.b.id
}
`,
      's/main.tf': `variable "bucket" {}
${pab('toset(["one"])', 'var.bucket')}`,
    })
    expect(of(r, 'block-public-access-incomplete')).toEqual({ findings: [], unknowns: ['aws_s3_bucket.b@7'] })
  })
})

const TLS_DENY = `      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: "*"
            Condition:
              Bool:
                aws:SecureTransport: "false"
`

describe('a CloudFormation bucket policy naming one of several buckets', () => {
  it('is the policy of a bucket created under the same condition it is chosen by (create or use an existing bucket)', async () => {
    const r = await scanFiles({
      't.yaml': `Parameters:
  ExistingBucket:
    Type: String
Conditions:
  CreateBucket: !Equals [!Ref ExistingBucket, ""]
Resources:
  NewBucket:
    Type: AWS::S3::Bucket
    Condition: CreateBucket
  Pol:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !If [CreateBucket, !Ref NewBucket, !Ref ExistingBucket]
${TLS_DENY}`,
    })
    expect(of(r, 'tls-not-enforced')).toEqual({ findings: [], unknowns: [] })
    expect(of(r, 'bucket-policy-missing')).toEqual({ findings: [], unknowns: [] })
  })

  it('applies only maybe to either branch of an Fn::If on a condition not known statically', async () => {
    const r = await scanFiles({
      't.yaml': `Parameters:
  Env:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  A:
    Type: AWS::S3::Bucket
  B:
    Type: AWS::S3::Bucket
  Pol:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !If [IsProd, !Ref A, !Ref B]
${TLS_DENY}`,
    })
    expect(of(r, 'tls-not-enforced')).toEqual({ findings: [], unknowns: ['A@15', 'B@15'] })
    expect(of(r, 'bucket-policy-missing')).toEqual({ findings: [], unknowns: ['A@14', 'B@14'] })
    expect(r.unknowns.find((u) => u.ruleId === 'bucket-policy-missing' && u.resource === 'B')!.why).toBe(
      'Pol applies to this bucket only when condition IsProd does not hold, which is not known statically',
    )
    expect(r.notes.join('\n')).not.toContain('a bucket this template does not define')
  })

  it('applies only maybe to every bucket an Fn::Select with an unknown index may pick, and still reports what it opens', async () => {
    const r = await scanFiles({
      't.yaml': `Parameters:
  Idx:
    Type: Number
Resources:
  C:
    Type: AWS::S3::Bucket
  D:
    Type: AWS::S3::Bucket
  Pol:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Select [!Ref Idx, [!Ref C, !Ref D]]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: "s3:GetObject"
            Resource: "*"
`,
    })
    expect(of(r, 'tls-not-enforced').findings).toEqual(['C@13', 'D@13'])
    expect(of(r, 'policy-public-read').findings.sort()).toEqual(['Pol@15', 'Pol@15'])
    expect(of(r, 'bucket-policy-missing')).toEqual({ findings: [], unknowns: ['C@12', 'D@12'] })
  })

  it('is unknown on each bucket when a large policy may apply to more than a few dozen, and checked on each below that', async () => {
    const template = (buckets: number, statements: number) => {
      const ids = Array.from({ length: buckets }, (_, i) => `B${i}`)
      const others = Array.from(
        { length: statements - 1 },
        (_, i) =>
          `          - {Effect: Allow, Principal: {AWS: "arn:aws:iam::${100_000_000_000 + i}:root"}, Action: "s3:GetObject", Resource: "*"}\n`,
      )
      return `Parameters:
  Idx:
    Type: Number
Resources:
${ids.map((id) => `  ${id}: {Type: AWS::S3::Bucket}\n`).join('')}  Pol:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Select [!Ref Idx, [${ids.map((id) => `!Ref ${id}`).join(', ')}]]
      PolicyDocument:
        Statement:
          - {Effect: Allow, Principal: "*", Action: "s3:GetObject", Resource: "*"}
${others.join('')}`
    }
    const r = await scanFiles({ 'few.yaml': template(32, 200), 'many.yaml': template(33, 200) })
    const read = (file: string) => ({
      findings: r.findings.filter((f) => f.ruleId === 'policy-public-read' && f.location.file === file).length,
      unknowns: r.unknowns.filter((u) => u.ruleId === 'policy-public-read' && u.location.file === file).length,
    })
    expect(read('few.yaml')).toEqual({ findings: 32, unknowns: 0 })
    // Neither an alarm nor a pass: what the policy opens is not known on any of them.
    expect(read('many.yaml')).toEqual({ findings: 0, unknowns: 33 })
    expect(r.unknowns.find((u) => u.location.file === 'many.yaml' && u.ruleId === 'policy-public-read')).toMatchObject({
      why: 'Pol may apply to any of 33 buckets and holds 200 statements; what it allows or denies on each was not checked',
      location: { line: 41 },
    })
    expect(r.notes.filter((n) => n.includes('may apply to any of'))).toHaveLength(1)
    // The policy may be the bucket's, or not: not a missing policy either.
    expect(r.findings.filter((f) => f.ruleId === 'bucket-policy-missing')).toEqual([])
  })
})
