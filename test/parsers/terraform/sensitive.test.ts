import { describe, expect, it } from 'vitest'
import { decisions, everyOutput } from '../../helpers/every-output.js'
import { findingsOf, scanFiles } from '../../rules/helpers.js'
import { plainValue, prepareFiles } from './helpers.js'

function evalExpr(expr: string): unknown {
  return plainValue(prepareFiles({ 'main.tf': `locals {\n  x = ${expr}\n}\n` }).local('x'))
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

  it('are evaluated all the same: the gate decides as if they were not marked, and masks them in the words', async () => {
    // Terraform knows a sensitive value at plan time; read as unknown, `sensitive = true` on a
    // public ACL let it through the gate ("could not evaluate").
    const marked = await scanFiles(TF(true))
    expect(decisions(marked)).toEqual(decisions(await scanFiles(TF(false))))
    expect(findingsOf(marked, 'acl-public-write').map((f) => [f.location.line, f.resource])).toEqual([[33, 'aws_s3_bucket.b']])
    expect(findingsOf(marked, 'acl-public-write')[0]!.message).toContain('(sensitive value)')
    // Each statement granting a hidden account dangerous actions is found, at its line.
    expect(findingsOf(marked, 'policy-cross-account-dangerous-actions').map((f) => f.location.line)).toEqual([40, 45, 50])
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

  it('finds a public policy kept in a sensitive variable, its principal account and bucket masked', async () => {
    const r = await scanFiles({
      'main.tf': `
variable "policy" {
  sensitive = true
  default   = <<EOT
{"Version":"2012-10-17","Statement":[
 {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::zz-secret-bucket/*"},
 {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::848484848484:root"},"Action":"s3:PutBucketPolicy","Resource":"arn:aws:s3:::zz-secret-bucket"}
]}
EOT
}
resource "aws_s3_bucket" "b" {
  bucket = "zz-secret-bucket"
}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = var.policy
}
`,
    })
    expect(findingsOf(r, 'policy-public-read').map((f) => f.resource)).toEqual(['aws_s3_bucket_policy.b'])
    expect(findingsOf(r, 'policy-cross-account-dangerous-actions').map((f) => f.resource)).toEqual(['aws_s3_bucket_policy.b'])
    const out = everyOutput(r)
    for (const s of ['848484848484', 'zz-secret-bucket']) expect(out).not.toContain(s)
  })

  it('reads a sensitive value with more texts than can be masked as unknown, and quotes none of them', async () => {
    const names = Array.from({ length: 300 }, (_, i) => `"zz-name-${1000 + i}"`)
    const r = await scanFiles({
      'main.tf': `
variable "names" {
  sensitive = true
  default   = [${names.join(', ')}]
}
variable "acl" {
  sensitive = true
  default   = "public-read-write"
}
resource "aws_s3_bucket" "b" {
  bucket = var.names[0]
}
resource "aws_s3_bucket_acl" "b" {
  bucket = aws_s3_bucket.b.id
  acl    = var.acl
}
`,
    })
    expect(everyOutput(r)).not.toMatch(/zz-name-\d|public-read-write/)
    // The ACL, marked first or not, is still decided or reported as unknown: never a silent pass.
    const acl = [...findingsOf(r, 'acl-public-write'), ...r.unknowns.filter((u) => u.ruleId === 'acl-public-write')]
    expect(acl).toHaveLength(1)
  })

  it('nonsensitive() passes a value through, as Terraform shows it; a text once marked stays masked', async () => {
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
    expect(findingsOf(r, 'acl-public-write').map((f) => f.resource)).toEqual(['aws_s3_bucket.b', 'aws_s3_bucket.c'])
    expect(everyOutput(r)).not.toContain('public-read-write')
  })

  it('hide what functions make of them (split, substr, lower, replace, format), as Terraform marks it', async () => {
    const tf = (marked: boolean) => ({
      'main.tf': `
variable "names" {
  default = "zz-first-secret,zz-second-secret"
  ${marked ? 'sensitive = true' : ''}
}
variable "name" {
  default = "ZZ-Hidden-Bucket-2024"
  ${marked ? 'sensitive = true' : ''}
}
locals {
  visible = concat(["zz-plain-visible"], [var.name])
}
resource "aws_s3_bucket_acl" "split" {
  bucket = split(",", var.names)[1]
  acl    = "public-read"
}
resource "aws_s3_bucket_acl" "substr" {
  bucket = lower(substr(var.name, 0, 18))
  acl    = "public-read"
}
resource "aws_s3_bucket_acl" "replace" {
  bucket = replace(lower(var.name), "-", ".")
  acl    = "public-read"
}
resource "aws_s3_bucket_acl" "format" {
  bucket = format("%.12s-logs", lower(var.name))
  acl    = "public-read"
}
resource "aws_s3_bucket_acl" "plain" {
  bucket = local.visible[0]
  acl    = "public-read"
}
`,
    })
    const derived = ['zz-second-secret', 'zz-hidden-bucket', 'zz.hidden.bucket.2024', 'zz-hidden-bu-logs']
    const plain = everyOutput(await scanFiles(tf(false)))
    for (const s of derived) expect(plain).toContain(s)
    const r = await scanFiles(tf(true))
    const out = everyOutput(r)
    for (const s of derived) expect(out).not.toContain(s)
    // A value only passed along beside a sensitive one (`concat()`) is not hidden with it.
    expect(out).toContain('zz-plain-visible')
    expect(decisions(r).map((d) => d.split(' ').slice(0, 2).join(' '))).toEqual(
      decisions(await scanFiles(tf(false))).map((d) => d.split(' ').slice(0, 2).join(' ')),
    )
    expect(findingsOf(r, 'acl-public-read')).toHaveLength(5)
  })

  it('hide the keys of a sensitive map once keys() makes texts of them', async () => {
    const tf = (marked: boolean) => ({
      'main.tf': `
variable "buckets" {
  default = { "zz-secret-key-name" = "zz-value-x" }
  ${marked ? 'sensitive = true' : ''}
}
resource "aws_s3_bucket_acl" "k" {
  bucket = keys(var.buckets)[0]
  acl    = "public-read"
}
`,
    })
    expect(everyOutput(await scanFiles(tf(false)))).toContain('zz-secret-key-name')
    const r = await scanFiles(tf(true))
    expect(everyOutput(r)).not.toContain('zz-secret-key-name')
    expect(findingsOf(r, 'acl-public-read')).toHaveLength(1)
  })

  it('sensitive() gives its value on, and keeps an unknown one as it is', () => {
    expect(evalExpr('sensitive("x")')).toBe('x')
    expect(evalExpr('try(sensitive(timestamp()), "fallback")')).toMatch(/^<unknown: timestamp\(\)/)
    expect(evalExpr('nonsensitive("x")')).toBe('x')
  })

  it('are masked in .tf.json configurations and override files too', async () => {
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
      findingsOf(r, 'acl-public-write')
        .map((f) => f.resource)
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
  const RESOURCES: PlanResource[] = [
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
  ]
  const PLAN = planJson(RESOURCES)
  const UNMARKED = planJson(RESOURCES.map(({ planned: _planned, after: _after, ...r }) => r))

  it('appear in no output: sensitive_values and after_sensitive, at a leaf or over a whole block', async () => {
    const r = await scanFiles({ 'plan.json': PLAN })
    const out = everyOutput(r)
    for (const s of ['zz-hidden-bucket-name', 'public-read-write', '929292929292', 'zz-hidden-key-id']) expect(out).not.toContain(s)
  })

  it('are evaluated all the same: the gate decides as on the same plan unmarked', async () => {
    const r = await scanFiles({ 'plan.json': PLAN })
    // Lines aside: the marks take lines of the plan's text.
    expect(decisions(r, { lines: false })).toEqual(decisions(await scanFiles({ 'plan.json': UNMARKED }), { lines: false }))
    expect(findingsOf(r, 'acl-public-write').map((f) => f.resource)).toEqual(['aws_s3_bucket.b'])
    expect(findingsOf(r, 'policy-cross-account-dangerous-actions').map((f) => f.resource)).toEqual(['aws_s3_bucket_policy.b'])
    expect(findingsOf(r, 'versioning-disabled').map((f) => f.resource)).toEqual(['aws_s3_bucket.b', 'aws_s3_bucket.plain'])
    // The bucket encrypted with SSE-KMS under a sensitive key id is not "unencrypted".
    expect(findingsOf(r, 'encryption-missing').map((f) => f.resource)).toEqual(['aws_s3_bucket.plain'])
  })

  it('reach the sources beside the plan through the variables it was made with, masked there too', async () => {
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
    expect(findingsOf(r, 'acl-public-write').map((f) => f.resource)).toEqual(['aws_s3_bucket.b'])
    // A variable that is not sensitive is read from the plan as before.
    expect(findingsOf(r, 'versioning-disabled').map((f) => f.resource)).toEqual(['aws_s3_bucket.b'])
  })
})
