/**
 * Buckets named by a variable (or template parameter) that has no value: a policy, log, trail or
 * object naming the bucket through the same variable, written the same way, is matched to it; the
 * same text over another variable, through a function or a condition, is not (it stays unknown).
 */
import { describe, expect, it } from 'vitest'
import type { ScanResult } from '../../src/scan-result.js'
import { tlsDenyPolicy } from '../helpers/tls-policy.js'
import { scanFiles } from './helpers.js'

/** What `ruleId` says about `resource`: its findings as `messageId@line`, its unknowns as `unknown@line`, else `pass`. */
function verdict(r: ScanResult, ruleId: string, resource: string): string {
  const out = [
    ...r.findings.filter((f) => f.ruleId === ruleId && f.resource === resource).map((f) => `${f.messageId}@${f.location.line}`),
    ...r.unknowns.filter((u) => u.ruleId === ruleId && u.resource === resource).map((u) => `unknown@${u.location.line}`),
  ]
  return out.length ? out.join(' ') : 'pass'
}

/** A bucket named `name` with a policy on it (by reference) whose TLS Deny names the two ARNs. */
const bucketWithTlsDeny = (name: string, bucketArn: string, objectsArn: string, extra = '') => `variable "bucket_name" {
  type = string
}
variable "other" {
  type = string
}
variable "prefix" {
  type = string
}
variable "names" {
  type = list(string)
}
${extra}
resource "aws_s3_bucket" "b" {
  bucket = ${name}
}

resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = ${tlsDenyPolicy(bucketArn, objectsArn)}
}
`

describe('a bucket named by an unset variable', () => {
  it('is matched by a TLS Deny of a policy document data source whose ARNs name the same variable', async () => {
    const r = await scanFiles({
      'main.tf': `variable "bucket_name" {
  type = string
}
resource "aws_s3_bucket" "b" {
  bucket = var.bucket_name
}
data "aws_iam_policy_document" "tls" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::\${var.bucket_name}", "arn:aws:s3:::\${var.bucket_name}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
resource "aws_s3_bucket_policy" "p" {
  bucket = var.bucket_name
  policy = data.aws_iam_policy_document.tls.json
}
`,
    })
    expect(verdict(r, 'tls-not-enforced', 'aws_s3_bucket.b')).toBe('pass')
    expect(verdict(r, 'tls-min-version', 'aws_s3_bucket.b')).toBe('noTlsDeny@25')
  })

  it('is matched through a local naming the variable, mixed with the bucket reference, in jsonencode()', async () => {
    const r = await scanFiles({
      'main.tf': bucketWithTlsDeny(
        'var.bucket_name',
        'arn:aws:s3:::${local.name}',
        '${aws_s3_bucket.b.arn}/*',
        'locals {\n  name = var.bucket_name\n}\n',
      ),
    })
    expect(verdict(r, 'tls-not-enforced', 'aws_s3_bucket.b')).toBe('pass')
  })

  it('is matched by a template of the same variables and text, and its objects only by the objects ARN', async () => {
    const full = await scanFiles({
      'main.tf': bucketWithTlsDeny('"${var.prefix}-logs"', 'arn:aws:s3:::${var.prefix}-logs', 'arn:aws:s3:::${var.prefix}-logs/*'),
    })
    expect(verdict(full, 'tls-not-enforced', 'aws_s3_bucket.b')).toBe('pass')
    const objectsOnly = await scanFiles({
      'main.tf': bucketWithTlsDeny('"${var.prefix}-logs"', 'arn:aws:s3:::${var.prefix}-data', 'arn:aws:s3:::${var.prefix}-logs/*'),
    })
    // The Deny covers `${var.prefix}-logs/*` for certain, and `${var.prefix}-data` is certainly another bucket.
    expect(verdict(objectsOnly, 'tls-not-enforced', 'aws_s3_bucket.b')).toBe('objectsOnly@22')
  })

  it.each([
    ['another variable', 'arn:aws:s3:::${var.other}', 'arn:aws:s3:::${var.other}/*'],
    ['lower()', 'arn:aws:s3:::${lower(var.bucket_name)}', 'arn:aws:s3:::${lower(var.bucket_name)}/*'],
    ['format()', '${format("%s", "arn:aws:s3:::${var.bucket_name}")}', '${format("%s/*", "arn:aws:s3:::${var.bucket_name}")}'],
    ['coalesce()', '${coalesce("arn:aws:s3:::${var.bucket_name}", "x")}', '${coalesce("arn:aws:s3:::${var.bucket_name}/*", "x")}'],
    ['try()', '${try("arn:aws:s3:::${var.bucket_name}", "x")}', '${try("arn:aws:s3:::${var.bucket_name}/*", "x")}'],
    ['an element of a list variable', 'arn:aws:s3:::${var.names[0]}', 'arn:aws:s3:::${var.names[0]}/*'],
    ['tostring()', 'arn:aws:s3:::${tostring(var.bucket_name)}', 'arn:aws:s3:::${tostring(var.bucket_name)}/*'],
    ['a condition', 'arn:aws:s3:::${var.other == "" ? var.bucket_name : "x"}', 'arn:aws:s3:::${var.bucket_name}/*'],
  ])('is not matched by ARNs built from %s: the Deny stays unknown', async (_what, bucketArn, objectsArn) => {
    const r = await scanFiles({ 'main.tf': bucketWithTlsDeny('var.bucket_name', bucketArn, objectsArn) })
    expect(verdict(r, 'tls-not-enforced', 'aws_s3_bucket.b')).toBe('unknown@20')
  })

  it('is not matched when its own name goes through a function, even over the same variable', async () => {
    const r = await scanFiles({
      'main.tf': bucketWithTlsDeny('lower(var.bucket_name)', 'arn:aws:s3:::${var.bucket_name}', 'arn:aws:s3:::${var.bucket_name}/*'),
    })
    expect(verdict(r, 'tls-not-enforced', 'aws_s3_bucket.b')).toBe('unknown@20')
  })

  it('keeps a variable with a default matched by its value, as before', async () => {
    const r = await scanFiles({
      'main.tf': bucketWithTlsDeny(
        'var.named',
        'arn:aws:s3:::example-data',
        'arn:aws:s3:::${var.named}/*',
        'variable "named" {\n  default = "example-data"\n}\n',
      ),
    })
    expect(verdict(r, 'tls-not-enforced', 'aws_s3_bucket.b')).toBe('pass')
  })

  it('has the Deny of its policy that shuts the public out matched to it, in a heredoc', async () => {
    const tf = (denied: string) => `variable "prefix" {
  type = string
}
resource "aws_s3_bucket" "b" {
  bucket = "\${var.prefix}-site"
}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": "*",
    "Action": "s3:GetObject",
    "Resource": "arn:aws:s3:::\${var.prefix}-site/*"
  }, {
    "Effect": "Deny",
    "Principal": "*",
    "Action": "s3:GetObject",
    "Resource": "${denied}",
    "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1234"}}
  }]
}
EOF
}
`
    const same = await scanFiles({ 'main.tf': tf('arn:aws:s3:::${var.prefix}-site/*') })
    expect(verdict(same, 'policy-public-read', 'aws_s3_bucket_policy.b')).toBe('pass')
    expect(verdict(same, 'policy-public-read', 'aws_s3_bucket.b')).toBe('pass')
    expect(verdict(same, 'public-exposure', 'aws_s3_bucket.b')).toBe('pass')
    // Over a function of the variable, the Deny may or may not cover the bucket.
    const wrapped = await scanFiles({ 'main.tf': tf('arn:aws:s3:::${upper(var.prefix)}-site/*') })
    expect(verdict(wrapped, 'policy-public-read', 'aws_s3_bucket.b')).toBe('unknown@12')
    expect(verdict(wrapped, 'public-exposure', 'aws_s3_bucket.b')).toBe('unknown@12')
  })

  it('is matched inside a module instance, by ARNs written in the same instance or passed the same variable', async () => {
    const module = `variable "name" {
  type = string
}
variable "deny_for" {
  type    = string
  default = null
}
resource "aws_s3_bucket" "b" {
  bucket = var.name
}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = ${tlsDenyPolicy('arn:aws:s3:::${coalesce(var.deny_for, var.name)}', 'arn:aws:s3:::${var.deny_for == null ? var.name : var.deny_for}/*')}
}
`
    const own = `variable "name" {
  type = string
}
resource "aws_s3_bucket" "b" {
  bucket = var.name
}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = ${tlsDenyPolicy('arn:aws:s3:::${var.name}', 'arn:aws:s3:::${var.name}/*')}
}
`
    const r = await scanFiles({
      'main.tf': `variable "data" {
  type = string
}
module "a" {
  source = "./own"
}
module "b" {
  source = "./own"
  name   = var.data
}
module "c" {
  source = "./wrapped"
  name   = var.data
}
`,
      'own/main.tf': own,
      'wrapped/main.tf': module,
    })
    expect(verdict(r, 'tls-not-enforced', 'module.a.aws_s3_bucket.b')).toBe('pass')
    expect(verdict(r, 'tls-not-enforced', 'module.b.aws_s3_bucket.b')).toBe('pass')
    expect(verdict(r, 'tls-not-enforced', 'module.c.aws_s3_bucket.b')).toBe('unknown@13')
  })

  it('receives the access logs of a bucket whose target names the same variable, and only those', async () => {
    const tf = (target: string) => `variable "logs" {
  type = string
}
variable "other" {
  type = string
}
resource "aws_s3_bucket" "logs" {
  bucket = var.logs
}
resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}
resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = ${target}
  target_prefix = "data/"
}
`
    expect(verdict(await scanFiles({ 'main.tf': tf('var.logs') }), 'access-logging-disabled', 'aws_s3_bucket.logs')).toBe('pass')
    expect(verdict(await scanFiles({ 'main.tf': tf('var.other') }), 'access-logging-disabled', 'aws_s3_bucket.logs')).toBe('noLogging@7')
    expect(verdict(await scanFiles({ 'main.tf': tf('lower(var.logs)') }), 'access-logging-disabled', 'aws_s3_bucket.logs')).toBe(
      'noLogging@7',
    )
  })

  it('is the bucket of a trail or an object that names the same variable', async () => {
    const tf = (trailBucket: string) => `variable "audit" {
  type = string
}
variable "other" {
  type = string
}
resource "aws_s3_bucket" "audit" {
  bucket = var.audit
  acl    = "public-read"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "audit" {
  bucket = aws_s3_bucket.audit.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0000aaaa-1111-2222-3333-444455556666"
    }
  }
}
resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = ${trailBucket}
}
resource "aws_s3_object" "o" {
  bucket  = ${trailBucket}
  key     = "a"
  content = "x"
}
`
    const same = await scanFiles({ 'main.tf': tf('var.audit') })
    expect(verdict(same, 'cloudtrail-bucket-public', 'aws_cloudtrail.main')).toBe('public@9')
    expect(verdict(same, 'object-not-encrypted-cmk', 'aws_s3_object.o')).toBe('pass')
    const other = await scanFiles({ 'main.tf': tf('var.other') })
    expect(verdict(other, 'cloudtrail-bucket-public', 'aws_cloudtrail.main')).toBe('pass')
    expect(verdict(other, 'object-not-encrypted-cmk', 'aws_s3_object.o')).toBe('notCmk@24')
  })
})

describe('a bucket named by a CloudFormation parameter without a default', () => {
  const template = (bucketName: string, policyBucket: string, arn: string) => `Parameters:
  Name:
    Type: String
  Names:
    Type: CommaDelimitedList
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: ${bucketName}
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: ${policyBucket}
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: [${arn}]
            Condition:
              Bool:
                aws:SecureTransport: false
`

  it('gets the policy whose Bucket is the same parameter, and its TLS Deny over that parameter', async () => {
    const r = await scanFiles({
      'template.yaml': template('!Ref Name', '!Ref Name', "!Sub 'arn:aws:s3:::${Name}', !Sub 'arn:aws:s3:::${Name}/*'"),
    })
    expect(verdict(r, 'tls-not-enforced', 'Data')).toBe('pass')
    expect(verdict(r, 'bucket-policy-missing', 'Data')).toBe('pass')
    expect(r.notes.filter((n) => n.includes('does not define'))).toEqual([])
  })

  it('is not matched by two different elements of one list parameter', async () => {
    const r = await scanFiles({
      'template.yaml': template(
        '!Select [0, !Ref Names]',
        '!Ref Data',
        "!Sub ['arn:aws:s3:::${N}', {N: !Select [1, !Ref Names]}], !Sub ['arn:aws:s3:::${N}/*', {N: !Select [1, !Ref Names]}]",
      ),
    })
    expect(verdict(r, 'tls-not-enforced', 'Data')).toBe('unknown@15')
  })
})
