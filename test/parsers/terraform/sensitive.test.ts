import { describe, expect, it } from 'vitest'
import type { ScanResult } from '../../../src/scan-result.js'
import { everyOutput } from '../../helpers/every-output.js'
import { findingsOf, scanFiles } from '../../rules/helpers.js'
import { plainValue, prepareFiles } from './helpers.js'

function evalExpr(expr: string): unknown {
  return plainValue(prepareFiles({ 'main.tf': `locals {\n  x = ${expr}\n}\n` }).local('x'))
}

function unknownsOf(r: ScanResult, ruleId: string): { why: string; line: number; resource: string }[] {
  return r.unknowns.filter((u) => u.ruleId === ruleId).map((u) => ({ why: u.why, line: u.location.line, resource: u.resource }))
}

const SECRETS = ['737373737373', 'zz-hidden-bucket-name', '198.51.100.77', '616161616161', '505050505050', 'public-read-write']

/** A sensitive value feeding an ACL, a principal, a condition and a bucket name, beside a plain bucket. */
const TF = (sensitive: boolean) => ({
  'main.tf': `
variable "acct" {
  type = string
  ${sensitive ? 'sensitive = true' : ''}
}

variable "acl" {
  default = "public-read-write"
  ${sensitive ? 'sensitive = true' : ''}
}

variable "name" {
  default = "zz-hidden-bucket-name"
  ${sensitive ? 'sensitive = true' : ''}
}

variable "cidr" {
  default = "198.51.100.77/32"
  ${sensitive ? 'sensitive = true' : ''}
}

module "m" {
  source = "./modules/m"
  acct   = "505050505050"
}

resource "aws_s3_bucket" "b" {
  bucket = var.name
}

resource "aws_s3_bucket_acl" "b" {
  bucket = aws_s3_bucket.b.id
  acl    = var.acl
}

resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::\${var.acct}:root" }
      Action    = "s3:PutObjectAcl"
      Resource  = "\${aws_s3_bucket.b.arn}/*"
    }, {
      Effect    = "Allow"
      Principal = { AWS = ${sensitive ? 'sensitive("arn:aws:iam::616161616161:root")' : '"arn:aws:iam::616161616161:root"'} }
      Action    = "s3:PutBucketPolicy"
      Resource  = aws_s3_bucket.b.arn
    }, {
      Effect    = "Allow"
      Principal = { AWS = module.m.admin }
      Action    = "s3:PutBucketAcl"
      Resource  = aws_s3_bucket.b.arn
    }, {
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "\${aws_s3_bucket.b.arn}/*"
      Condition = { IpAddress = { "aws:SourceIp" = var.cidr } }
    }]
  })
}

resource "aws_s3_bucket" "plain" {
  bucket = "plain-bucket"
}

resource "aws_s3_bucket_acl" "plain" {
  bucket = aws_s3_bucket.plain.id
  acl    = "public-read"
}
`,
  'terraform.tfvars': 'acct = "737373737373"\n',
  'modules/m/main.tf': `
variable "acct" {
  ${sensitive ? 'sensitive = true' : ''}
}
output "admin" {
  value = "arn:aws:iam::\${var.acct}:root"
  ${sensitive ? 'sensitive = true' : ''}
}
`,
})

describe('values Terraform marks sensitive', () => {
  it('are quoted in findings when not marked, so the fixture below would leak them', async () => {
    const r = await scanFiles(TF(false))
    const out = everyOutput(r)
    for (const s of ['737373737373', '616161616161', '505050505050', 'public-read-write']) expect(out).toContain(s)
  })

  it('appear in no output when marked: sensitive variables (default, .tfvars, module input), sensitive() and sensitive module outputs', async () => {
    const r = await scanFiles(TF(true))
    const out = everyOutput(r)
    for (const s of SECRETS) expect(out).not.toContain(s)
  })

  it('make the checks that need them unknown, naming the variable, and no finding depends on them', async () => {
    const r = await scanFiles(TF(true))
    const hidden = 'is marked sensitive; s3-gate does not read values Terraform hides'
    expect(unknownsOf(r, 'acl-public-write')).toEqual([{ why: `var.acl ${hidden}`, line: 33, resource: 'aws_s3_bucket.b' }])
    expect(findingsOf(r, 'acl-public-write')).toEqual([])
    // Each statement whose principal is hidden is a "cannot tell", never a pass or a finding.
    expect(findingsOf(r, 'policy-cross-account-dangerous-actions')).toEqual([])
    expect(unknownsOf(r, 'policy-cross-account-dangerous-actions').map((u) => u.line)).toEqual([40, 45, 50])
    // `IpAddress` over a hidden CIDR: public unless it narrows it, so not known.
    expect(findingsOf(r, 'policy-public-read')).toEqual([])
    expect(unknownsOf(r, 'policy-public-read').map((u) => u.line)).toEqual([55])
  })

  it('leave their non-sensitive neighbours evaluated as before', async () => {
    const r = await scanFiles(TF(true))
    expect(findingsOf(r, 'acl-public-read').map((f) => f.resource)).toEqual(['aws_s3_bucket.plain'])
    expect(r.unknowns.filter((u) => u.resource === 'aws_s3_bucket.plain')).toEqual([])
    const plain = await scanFiles({
      'main.tf': TF(true)
        ['main.tf'].replace(/sensitive = true/g, '')
        .replace(/sensitive\(("[^"]*")\)/, '$1'),
    })
    expect(plain.unknowns.filter((u) => /sensitive/.test(u.why))).toEqual([])
  })

  it('keep linking a bucket named by a sensitive variable to the settings naming it the same way', async () => {
    const r = await scanFiles({
      'main.tf': `
variable "name" {
  default   = "zz-hidden-bucket-name"
  sensitive = true
}
resource "aws_s3_bucket" "b" {
  bucket = var.name
}
resource "aws_s3_bucket_versioning" "b" {
  bucket = var.name
  versioning_configuration {
    status = "Enabled"
  }
}
`,
    })
    expect(findingsOf(r, 'versioning-disabled')).toEqual([])
    expect(everyOutput(r)).not.toContain('zz-hidden-bucket-name')
  })

  it('nonsensitive() passes a value through, as Terraform shows it; a value already hidden stays hidden', async () => {
    const r = await scanFiles({
      'main.tf': `
variable "acl" {
  default   = "public-read-write"
  sensitive = true
}
resource "aws_s3_bucket" "a" {
  bucket = "a"
}
resource "aws_s3_bucket_acl" "a" {
  bucket = aws_s3_bucket.a.id
  acl    = nonsensitive("public-read")
}
resource "aws_s3_bucket" "b" {
  bucket = "b"
}
resource "aws_s3_bucket_acl" "b" {
  bucket = aws_s3_bucket.b.id
  acl    = nonsensitive(var.acl)
}
resource "aws_s3_bucket" "c" {
  bucket = "c"
}
resource "aws_s3_bucket_acl" "c" {
  bucket = aws_s3_bucket.c.id
  acl    = nonsensitive(sensitive("public-read-write"))
}
`,
    })
    expect(findingsOf(r, 'acl-public-read').map((f) => f.resource)).toEqual(['aws_s3_bucket.a'])
    expect(findingsOf(r, 'acl-public-write')).toEqual([])
    expect(unknownsOf(r, 'acl-public-write').map((u) => u.resource)).toEqual(['aws_s3_bucket.b', 'aws_s3_bucket.c'])
    expect(everyOutput(r)).not.toContain('public-read-write')
  })

  it('sensitive() hides a known value and keeps an unknown one as it is', () => {
    expect(evalExpr('sensitive("x")')).toBe(
      '<unknown: the value passed to sensitive() is marked sensitive; s3-gate does not read values Terraform hides>',
    )
    expect(evalExpr('try(sensitive(timestamp()), "fallback")')).toMatch(/^<unknown: timestamp\(\)/)
    expect(evalExpr('nonsensitive("x")')).toBe('x')
  })

  it('are hidden in .tf.json configurations and override files too', async () => {
    const r = await scanFiles({
      'main.tf.json': JSON.stringify({
        variable: { acl: { default: 'public-read-write', sensitive: true }, grant: { default: 'public-read' } },
        resource: {
          aws_s3_bucket: { b: { bucket: 'b' } },
          aws_s3_bucket_acl: { b: { bucket: '${aws_s3_bucket.b.id}', acl: '${var.acl}' } },
        },
      }),
      'extra.tf': `
variable "late" {
  default = "public-read-write"
}
resource "aws_s3_bucket" "c" {
  bucket = "c"
}
resource "aws_s3_bucket_acl" "c" {
  bucket = aws_s3_bucket.c.id
  acl    = var.late
}
`,
      'extra_override.tf': 'variable "late" {\n  sensitive = true\n}\n',
    })
    expect(
      unknownsOf(r, 'acl-public-write')
        .map((u) => u.resource)
        .sort(),
    ).toEqual(['aws_s3_bucket.b', 'aws_s3_bucket.c'])
    expect(everyOutput(r)).not.toContain('public-read-write')
  })
})

interface PlanResource {
  type: string
  name: string
  values: Record<string, unknown>
  /** `sensitive_values` of the planned values. */
  planned?: Record<string, unknown>
  /** `after_sensitive` of the change. */
  after?: Record<string, unknown>
  expressions?: Record<string, unknown>
}

/** `terraform show -json` output for root-module resources, with their sensitivity marks. */
function planJson(resources: PlanResource[], variables: Record<string, { value: unknown; sensitive?: boolean }> = {}): string {
  const address = (r: PlanResource) => `${r.type}.${r.name}`
  return JSON.stringify(
    {
      format_version: '1.2',
      terraform_version: '1.9.0',
      variables: Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, { value: v.value }])),
      planned_values: {
        root_module: {
          resources: resources.map((r) => ({
            address: address(r),
            mode: 'managed',
            type: r.type,
            name: r.name,
            values: r.values,
            sensitive_values: r.planned ?? {},
          })),
        },
      },
      resource_changes: resources.map((r) => ({
        address: address(r),
        mode: 'managed',
        type: r.type,
        name: r.name,
        change: {
          actions: ['create'],
          before: null,
          after: r.values,
          after_unknown: {},
          before_sensitive: false,
          after_sensitive: r.after ?? {},
        },
      })),
      configuration: {
        root_module: {
          variables: Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, v.sensitive ? { sensitive: true } : {}])),
          resources: resources.map((r) => ({
            address: address(r),
            mode: 'managed',
            type: r.type,
            name: r.name,
            expressions: r.expressions ?? {},
          })),
        },
      },
    },
    null,
    1,
  )
}

const ofBucket = (b: string) => ({ bucket: { references: [`aws_s3_bucket.${b}.id`, `aws_s3_bucket.${b}`] } })

describe('values a plan marks sensitive', () => {
  const policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::929292929292:root' }, Action: 's3:PutObjectAcl', Resource: '*' }],
  })
  const PLAN = planJson([
    {
      type: 'aws_s3_bucket',
      name: 'b',
      values: { bucket: 'zz-hidden-bucket-name' },
      planned: { bucket: true },
      expressions: { bucket: {} },
    },
    // Marked in `sensitive_values` only, in `after_sensitive` only, and over a whole nested block.
    {
      type: 'aws_s3_bucket_acl',
      name: 'b',
      values: { acl: 'public-read-write' },
      planned: { acl: true },
      expressions: { ...ofBucket('b'), acl: {} },
    },
    { type: 'aws_s3_bucket_policy', name: 'b', values: { policy }, after: { policy: true }, expressions: { ...ofBucket('b'), policy: {} } },
    {
      type: 'aws_s3_bucket_server_side_encryption_configuration',
      name: 'b',
      values: {
        rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: 'zz-hidden-key-id' }] }],
      },
      after: { rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] },
      expressions: {
        ...ofBucket('b'),
        rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: {}, kms_master_key_id: {} }] }],
      },
    },
    {
      type: 'aws_s3_bucket_versioning',
      name: 'b',
      values: { versioning_configuration: [{ status: 'Suspended' }] },
      planned: { versioning_configuration: true },
      expressions: { ...ofBucket('b'), versioning_configuration: [{ status: {} }] },
    },
    { type: 'aws_s3_bucket', name: 'plain', values: { bucket: 'plain-bucket' }, expressions: { bucket: {} } },
    { type: 'aws_s3_bucket_acl', name: 'plain', values: { acl: 'public-read' }, expressions: { ...ofBucket('plain'), acl: {} } },
  ])

  it('appear in no output: sensitive_values and after_sensitive, at a leaf or over a whole block', async () => {
    const r = await scanFiles({ 'plan.json': PLAN })
    const out = everyOutput(r)
    for (const s of ['zz-hidden-bucket-name', 'public-read-write', '929292929292', 'zz-hidden-key-id']) expect(out).not.toContain(s)
  })

  it('make the checks that need them unknown, naming the path in the plan, and leave the rest as it was', async () => {
    const r = await scanFiles({ 'plan.json': PLAN })
    const hidden = 'in the plan is marked sensitive; s3-gate does not read values Terraform hides'
    expect(findingsOf(r, 'acl-public-write')).toEqual([])
    expect(unknownsOf(r, 'acl-public-write').map((u) => u.why)).toEqual([`aws_s3_bucket_acl.b.acl ${hidden}`])
    expect(findingsOf(r, 'policy-cross-account-dangerous-actions')).toEqual([])
    expect(unknownsOf(r, 'policy-cross-account-dangerous-actions').map((u) => u.why)).toEqual([`aws_s3_bucket_policy.b.policy ${hidden}`])
    expect(findingsOf(r, 'versioning-disabled').map((f) => f.resource)).toEqual(['aws_s3_bucket.plain'])
    expect(unknownsOf(r, 'versioning-disabled').map((u) => u.why)).toEqual([
      `aws_s3_bucket_versioning.b.versioning_configuration[0].status ${hidden}`,
    ])
    // The algorithm beside the hidden key is still read: the bucket is encrypted with SSE-KMS.
    expect(findingsOf(r, 'encryption-missing').map((f) => f.resource)).toEqual(['aws_s3_bucket.plain'])
    expect(findingsOf(r, 'acl-public-read').map((f) => f.resource)).toEqual(['aws_s3_bucket.plain'])
    expect(r.unknowns.filter((u) => u.resource === 'aws_s3_bucket.plain')).toEqual([])
  })

  it('do not reach the sources beside the plan through the variables it was made with', async () => {
    const r = await scanFiles({
      'main.tf': `
variable "acl" {
  default   = "private"
  sensitive = true
}
variable "versioning" {
  default = "Enabled"
}
resource "aws_s3_bucket" "b" {
  bucket = "b"
}
resource "aws_s3_bucket_acl" "b" {
  bucket = aws_s3_bucket.b.id
  acl    = var.acl
}
resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration {
    status = var.versioning
  }
}
`,
      'plan.json': planJson(
        [
          { type: 'aws_s3_bucket', name: 'b', values: { bucket: 'b' }, expressions: { bucket: {} } },
          {
            type: 'aws_s3_bucket_acl',
            name: 'b',
            values: { acl: 'public-read-write' },
            after: { acl: true },
            expressions: { ...ofBucket('b'), acl: {} },
          },
          {
            type: 'aws_s3_bucket_versioning',
            name: 'b',
            values: { versioning_configuration: [{ status: 'Suspended' }] },
            expressions: { ...ofBucket('b'), versioning_configuration: [{ status: {} }] },
          },
        ],
        { acl: { value: 'public-read-write', sensitive: true }, versioning: { value: 'Suspended' } },
      ),
    })
    expect(everyOutput(r)).not.toContain('public-read-write')
    expect(findingsOf(r, 'acl-public-write')).toEqual([])
    expect(unknownsOf(r, 'acl-public-write')).not.toEqual([])
    // A variable that is not sensitive is still read from the plan.
    expect(findingsOf(r, 'versioning-disabled').map((f) => f.resource)).toEqual(['aws_s3_bucket.b'])
  })
})
