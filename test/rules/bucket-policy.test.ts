/**
 * How the bucket policy rules read a whole policy: where each statement reaches (bucket ARN,
 * objects, another bucket) and which Deny statements shut the public out again. Every case is
 * written as CloudFormation and as Terraform and must give the same answer in both.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles, shape } from './helpers.js'

/** One statement list as a CloudFormation template and as Terraform; `BUCKET` stands for the bucket's ARN. */
function sources(statements: object[], bucketProps = '') {
  const json = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)
  const cfnDoc = JSON.stringify(
    { Version: '2012-10-17', Statement: statements },
    (_k, v: unknown) => (typeof v === 'string' && v.includes('BUCKET') ? { 'Fn::Sub': v.replace('BUCKET', '${Data.Arn}') } : v),
    2,
  )
  return {
    cloudformation: {
      'template.json': `{"Resources": {"Data": {"Type": "AWS::S3::Bucket"${bucketProps}},\n"Policy": {"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": {"Ref": "Data"},\n"PolicyDocument": ${cfnDoc}}}}}\n`,
    },
    terraform: {
      'main.tf': `resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = <<POLICY\n${json.replaceAll('BUCKET', '${aws_s3_bucket.data.arn}')}\nPOLICY\n}\n`,
    },
  }
}

const RULES = ['policy-public-read', 'policy-public-write', 'public-exposure']

/** `ruleId messageId` of the public-access findings, per format. */
async function verdicts(statements: object[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  for (const [format, files] of Object.entries(sources(statements))) {
    const r = await scanFiles(files)
    out[format] = r.findings.filter((f) => RULES.includes(f.ruleId)).map((f) => `${f.ruleId} ${f.messageId}`)
  }
  return out
}
const both = (v: string[]) => ({ cloudformation: v, terraform: v })

const publicGet = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'BUCKET/*' }

describe('bucket policy statements are judged where their Resource reaches', () => {
  it('judge a statement that names only another bucket as written: S3 would reject the policy, and its author meant it public', async () => {
    expect(await verdicts([{ ...publicGet, Resource: 'arn:aws:s3:::some-other-bucket/*' }])).toEqual(
      both(['policy-public-read publicRead', 'public-exposure public']),
    )
  })

  it('grant no object reads on the bucket ARN, and no listing on the object ARN', async () => {
    expect(await verdicts([{ ...publicGet, Resource: 'BUCKET' }])).toEqual(both([]))
    expect(await verdicts([{ ...publicGet, Action: 's3:ListBucket', Resource: 'BUCKET/*' }])).toEqual(both([]))
    expect(await verdicts([{ ...publicGet, Action: 's3:ListBucket', Resource: 'BUCKET' }])).toEqual(
      both(['policy-public-read publicRead', 'public-exposure public']),
    )
  })

  it('count a statement on part of the keys as public', async () => {
    expect(await verdicts([{ ...publicGet, Resource: 'BUCKET/public/*' }])).toEqual(
      both(['policy-public-read publicRead', 'public-exposure public']),
    )
  })

  it('read NotResource as everything but the patterns it names', async () => {
    const { Resource: _r, ...rest } = publicGet
    expect(await verdicts([{ ...rest, NotResource: 'BUCKET/private/*' }])).toEqual(
      both(['policy-public-read publicRead', 'public-exposure public']),
    )
    expect(await verdicts([{ ...rest, NotResource: 'BUCKET/*' }])).toEqual(both([]))
  })

  it('report s3:* on the object ARN as public read and write', async () => {
    expect(await verdicts([{ ...publicGet, Action: 's3:*' }])).toEqual(
      both(['policy-public-read publicRead', 'policy-public-write publicWrite', 'public-exposure public']),
    )
  })

  it('count every Get, List, Put and Delete action, as AWS does, not only the common ones', async () => {
    // Each is public on its own; the bucket-level ones on the bucket ARN, the object-level ones on the objects.
    const read = ['s3:GetBucketTagging', 's3:GetBucketCORS', 's3:GetObjectRetention', 's3:GetObjectVersionForReplication']
    const write = ['s3:PutBucketTagging', 's3:DeleteObjectTagging', 's3:PutObjectVersionTagging', 's3:BypassGovernanceRetention']
    const bucketLevel = new Set(['s3:GetBucketTagging', 's3:GetBucketCORS', 's3:PutBucketTagging'])
    const on = (a: string) => ({ ...publicGet, Action: a, Resource: bucketLevel.has(a) ? 'BUCKET' : 'BUCKET/*' })
    for (const a of read) expect(await verdicts([on(a)]), a).toEqual(both(['policy-public-read publicRead', 'public-exposure public']))
    for (const a of write) expect(await verdicts([on(a)]), a).toEqual(both(['policy-public-write publicWrite', 'public-exposure public']))
    // ...and only where they act: object tagging granted on the bucket ARN grants nothing.
    expect(await verdicts([{ ...publicGet, Action: 's3:DeleteObjectTagging', Resource: 'BUCKET' }])).toEqual(both([]))
  })
})

describe('a Deny that shuts everyone else out', () => {
  const denyUnless = (condition: object, resource: unknown = ['BUCKET', 'BUCKET/*']) => ({
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: resource,
    Condition: condition,
  })

  it('makes a public Allow non-public when only a VPC endpoint, an organization or fixed IPs get through', async () => {
    for (const c of [
      { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
      { StringNotEqualsIfExists: { 'aws:sourcevpce': ['vpce-1a2b3c4d', 'vpce-5e6f7a8b'] } },
      { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
      { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    ])
      expect(await verdicts([publicGet, denyUnless(c)])).toEqual(both([]))
  })

  it('makes a public Allow non-public with no condition at all, or with NotPrincipal naming fixed principals', async () => {
    expect(await verdicts([publicGet, { Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: 'BUCKET/*' }])).toEqual(
      both([]),
    )
    const exceptRole = {
      Effect: 'Deny',
      NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/Reader' },
      Action: 's3:*',
      Resource: 'BUCKET/*',
    }
    expect(await verdicts([publicGet, exceptRole])).toEqual(both([]))
  })

  it('does not close the keys its NotResource spares', async () => {
    const { Resource: _r, ...rest } = denyUnless({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } })
    expect(await verdicts([publicGet, { ...rest, NotResource: 'BUCKET/public/*' }])).toEqual(
      both(['policy-public-read publicRead', 'public-exposure public']),
    )
  })

  it('does not help when its condition leaves anyone in, or when it misses the granted actions or ARNs', async () => {
    const stillPublic = both(['policy-public-read publicRead', 'public-exposure public'])
    // Spoofable keys, wildcards and "any address" shut no one out.
    expect(await verdicts([publicGet, denyUnless({ StringNotLike: { 'aws:Referer': 'https://example.com/*' } })])).toEqual(stillPublic)
    expect(await verdicts([publicGet, denyUnless({ StringNotLike: { 'aws:SourceVpce': 'vpce-*' } })])).toEqual(stillPublic)
    expect(await verdicts([publicGet, denyUnless({ NotIpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })])).toEqual(stillPublic)
    // The TLS Deny only turns away plain HTTP.
    expect(await verdicts([publicGet, denyUnless({ Bool: { 'aws:SecureTransport': 'false' } })])).toEqual(stillPublic)
    // A Deny for one principal, on other actions, or on the bucket ARN only.
    expect(
      await verdicts([
        publicGet,
        { ...denyUnless({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } }), Principal: { AWS: '111122223333' } },
      ]),
    ).toEqual(stillPublic)
    expect(
      await verdicts([publicGet, { ...denyUnless({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } }), Action: 's3:PutObject' }]),
    ).toEqual(stillPublic)
    expect(await verdicts([publicGet, denyUnless({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } }, 'BUCKET')])).toEqual(stillPublic)
  })
})

describe('a public statement on the bucket', () => {
  it('is reported on the statement in the policy resource, ignoring aws:Referer, and Low when RestrictPublicBuckets neutralises it', async () => {
    const template = (restrict: boolean) =>
      `Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        RestrictPublicBuckets: ${restrict}\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: ["*"]\n            Action: s3:GetObject\n            Resource: !Sub "\${Data.Arn}/*"\n            Condition:\n              StringLike:\n                aws:Referer: ["http://www.example.com/*"]\n`
    const open = findingsOf(await scanFiles({ 'template.yaml': template(false) }), 'policy-public-read')
    expect(open.map((f) => [shape(f), f.severity])).toEqual([
      [{ messageId: 'publicRead', line: 13, column: 13, resource: 'Policy' }, 'critical'],
    ])
    const neutralised = findingsOf(await scanFiles({ 'template.yaml': template(true) }), 'policy-public-read')
    expect(neutralised.map((f) => [shape(f), f.severity])).toEqual([
      [{ messageId: 'publicRead', line: 13, column: 13, resource: 'Policy' }, 'low'],
    ])
  })
})

describe('the transport Denies', () => {
  const deny = (condition: object) => ({
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: ['BUCKET', 'BUCKET/*'],
    Condition: condition,
  })
  async function tls(statements: object[]): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {}
    for (const [format, files] of Object.entries(sources(statements))) {
      const r = await scanFiles(files)
      out[format] = r.findings.filter((f) => f.ruleId.startsWith('tls-')).map((f) => `${f.ruleId} ${f.messageId}`)
    }
    return out
  }

  it('do not count a Deny that further conditions or NotPrincipal narrow to some callers', async () => {
    const narrowed = deny({ Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:PrincipalAccount': '111122223333' } })
    expect(await tls([narrowed])).toEqual(both(['tls-min-version noTlsDeny', 'tls-not-enforced narrowed']))
    // Plain-HTTP requests carry no s3:TlsVersion, so this Deny never applies to them either.
    const both2 = deny({ Bool: { 'aws:SecureTransport': 'false' }, NumericLessThan: { 's3:TlsVersion': '1.2' } })
    expect(await tls([both2])).toEqual(both(['tls-min-version noTlsDeny', 'tls-not-enforced narrowed']))
    const { Principal: _everyone, ...rest } = deny({ Bool: { 'aws:SecureTransport': 'false' } })
    const exempt = { ...rest, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/Legacy' } }
    expect(await tls([exempt])).toEqual(both(['tls-min-version noTlsDeny', 'tls-not-enforced narrowed']))
  })

  it('do not count a Deny whose NotResource spares some keys as covering the objects', async () => {
    const { Resource: _r, ...rest } = deny({ Bool: { 'aws:SecureTransport': 'false' } })
    expect(await tls([{ ...rest, NotResource: 'BUCKET/public/*' }])).toEqual(
      both(['tls-min-version noTlsDeny', 'tls-not-enforced bucketOnly']),
    )
    expect(await tls([{ ...rest, NotResource: 'arn:aws:s3:::some-other-bucket/*' }])).toEqual(both(['tls-min-version noTlsDeny']))
  })

  it('say so when a Deny reaches only some objects, as load balancer log policies scope it to their prefix', async () => {
    const prefix = { ...deny({ Bool: { 'aws:SecureTransport': 'false' } }), Resource: ['BUCKET/Logs/*'] }
    expect(await tls([prefix])).toEqual(both(['tls-min-version noTlsDeny', 'tls-not-enforced someObjectsOnly']))
    // A Deny for another bucket's keys is no Deny for this one.
    const elsewhere = { ...prefix, Resource: ['arn:aws:s3:::some-other-bucket/Logs/*'] }
    expect(await tls([elsewhere])).toEqual(both(['tls-min-version noTlsDeny', 'tls-not-enforced noDeny']))
  })

  it('accept NumericLessThanEquals 1.1 as denying every TLS version below 1.2', async () => {
    expect(
      await tls([deny({ Bool: { 'aws:SecureTransport': false } }), deny({ NumericLessThanEquals: { 's3:TlsVersion': '1.1' } })]),
    ).toEqual(both([]))
    expect(await tls([deny({ Bool: { 'aws:SecureTransport': false } }), deny({ NumericLessThan: { 's3:TlsVersion': '1.1' } })])).toEqual(
      both(['tls-min-version noTlsDeny']),
    )
  })

  it('are unknown when the whole policy is a variable', async () => {
    const r = await scanFiles({
      'main.tf':
        'variable "policy" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = var.policy\n}\n',
    })
    expect(r.findings.filter((f) => f.ruleId.startsWith('tls-'))).toEqual([])
    expect(r.unknowns.map((u) => u.ruleId)).toEqual(expect.arrayContaining(['tls-not-enforced', 'tls-min-version']))
  })

  it('leave every statement rule unknown, never silent, when the whole policy is a variable', async () => {
    const r = await scanFiles({
      'main.tf':
        'variable "policy" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = var.policy\n}\n',
    })
    const statementRules = [
      'policy-allow-not-action',
      'policy-allow-not-principal',
      'policy-cross-account-dangerous-actions',
      'policy-lockout',
      'policy-public-read',
      'policy-public-write',
      'policy-wildcard-action',
    ]
    expect(r.findings.filter((f) => statementRules.includes(f.ruleId))).toEqual([])
    expect(r.unknowns.filter((u) => statementRules.includes(u.ruleId)).map((u) => `${u.ruleId}@${u.location.line}`)).toEqual(
      statementRules.map((id) => `${id}@9`),
    )
  })

  it('are unknown when the aws:SecureTransport value is a parameter', async () => {
    const template = sources([deny({ Bool: { 'aws:SecureTransport': 'false' } })]).cloudformation['template.json'].replace(
      '"aws:SecureTransport": "false"',
      '"aws:SecureTransport": {"Ref": "Flag"}',
    )
    const r = await scanFiles({
      'template.json': template.replace('{"Resources"', '{"Parameters": {"Flag": {"Type": "String"}}, "Resources"'),
    })
    expect(findingsOf(r, 'tls-not-enforced')).toEqual([])
    expect(r.unknowns.map((u) => u.ruleId)).toContain('tls-not-enforced')
  })
})

describe('a public statement pinned by a deploy-time value', () => {
  it('is unknown, not a finding, when the value is a CIDR, and passes when it is an endpoint id', async () => {
    const tf = (test: string, variable: string) =>
      `variable "v" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\ndata "aws_iam_policy_document" "p" {\n  statement {\n    actions   = ["s3:GetObject"]\n    resources = ["\${aws_s3_bucket.data.arn}/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "${test}"\n      variable = "${variable}"\n      values   = [var.v]\n    }\n  }\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = data.aws_iam_policy_document.p.json\n}\n`
    const cidr = await scanFiles({ 'main.tf': tf('IpAddress', 'aws:SourceIp') })
    expect(findingsOf(cidr, 'policy-public-read')).toEqual([])
    expect(findingsOf(cidr, 'public-exposure')).toEqual([])
    expect(cidr.unknowns.filter((u) => u.location.line === 8).map((u) => u.ruleId)).toEqual(
      expect.arrayContaining(['policy-public-read', 'public-exposure']),
    )
    const vpce = await scanFiles({ 'main.tf': tf('StringEquals', 'aws:SourceVpce') })
    expect(findingsOf(vpce, 'policy-public-read')).toEqual([])
  })
})

describe('the statement rules', () => {
  const pinned = {
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: ['BUCKET', 'BUCKET/*'],
    Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } },
  }
  async function severities(ruleId: string, statements: object[]): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {}
    for (const [format, files] of Object.entries(sources(statements)))
      out[format] = findingsOf(await scanFiles(files), ruleId).map((f) => f.severity)
    return out
  }

  it('rate s3:* and NotAction for "*" Critical only when no Deny pins the callers down', async () => {
    const wildcard = { Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: ['BUCKET', 'BUCKET/*'] }
    expect(await severities('policy-wildcard-action', [wildcard])).toEqual(both(['critical']))
    expect(await severities('policy-wildcard-action', [wildcard, pinned])).toEqual(both(['high']))
    const notAction = { Effect: 'Allow', Principal: '*', NotAction: 's3:Delete*', Resource: ['BUCKET', 'BUCKET/*'] }
    expect(await severities('policy-allow-not-action', [notAction])).toEqual(both(['critical']))
    expect(await severities('policy-allow-not-action', [notAction, pinned])).toEqual(both(['medium']))
  })

  it('do not count s3:PutBucketPolicy granted on the object ARN, where it grants nothing', async () => {
    const grant = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999988887777:root' }, Action: 's3:PutBucketPolicy' }
    expect(await severities('policy-cross-account-dangerous-actions', [{ ...grant, Resource: 'BUCKET/*' }])).toEqual(both([]))
    expect(await severities('policy-cross-account-dangerous-actions', [{ ...grant, Resource: 'BUCKET' }])).toEqual(both(['high']))
  })
})

/** AWS's "delegate access control to access points" bucket policy: without it (or a public Allow) no access point opens the bucket. */
const DELEGATION =
  '\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "*" }\n      Action    = "*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n      Condition = { StringEquals = { "s3:DataAccessPointAccount" = "111122223333" } }\n    }]\n  })\n}\n'

describe('an access point policy', () => {
  it('leaves the exposure unknown, not clean, when its public statement names a principal only known at deploy time', async () => {
    const r = await scanFiles({
      'main.tf':
        'variable "who" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_access_point" "ap" {\n  bucket = aws_s3_bucket.data.id\n  name   = "ap"\n  public_access_block_configuration {\n    block_public_acls       = true\n    block_public_policy     = false\n    ignore_public_acls      = true\n    restrict_public_buckets = false\n  }\n}\n\nresource "aws_s3control_access_point_policy" "ap" {\n  access_point_arn = aws_s3_access_point.ap.arn\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = var.who }\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_access_point.ap.arn}/object/*"\n    }]\n  })\n}\n' +
        DELEGATION,
    })
    expect(findingsOf(r, 'public-exposure')).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === 'public-exposure').map((u) => u.location.line)).toEqual([21])
  })

  describe('written as aws_s3control_access_point_policy', () => {
    const tf = (arn: string, policyExtra = '') =>
      `variable "on" {\n  type = bool\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_access_point" "ap" {\n  bucket = aws_s3_bucket.data.id\n  name   = "data-ap"\n  public_access_block_configuration {\n    block_public_acls       = true\n    block_public_policy     = false\n    ignore_public_acls      = true\n    restrict_public_buckets = false\n  }\n}\n\nresource "aws_s3control_access_point_policy" "ap" {\n${policyExtra}  access_point_arn = ${arn}\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "arn:aws:s3:us-east-1:111122223333:accesspoint/data-ap/object/*"\n    }]\n  })\n}\n${DELEGATION}`
    const restricted =
      '    block_public_acls       = true\n    block_public_policy     = true\n    ignore_public_acls      = true\n    restrict_public_buckets = true'

    it('opens the bucket of the access point it names by reference or by ARN, reported on its statement with the fix on the access point', async () => {
      for (const arn of [
        'aws_s3_access_point.ap.arn',
        '"arn:aws:s3:us-east-1:111122223333:accesspoint/data-ap"',
        '"arn:aws:s3:us-east-1:${var.on ? "a" : "b"}:accesspoint/data-ap"',
      ]) {
        const r = await scanFiles({ 'main.tf': tf(arn) })
        const [f, ...rest] = findingsOf(r, 'public-exposure')
        expect(rest, arn).toEqual([])
        expect(f && shape(f), arn).toMatchObject({ messageId: 'public', line: 23, resource: 'aws_s3_bucket.data' })
        expect(f!.edit, arn).toMatchObject({ file: 'main.tf', startLine: 13, endLine: 16 })
        expect(f!.edit!.replacement, arn).toBe(restricted)
        expect(
          r.notes.filter((n) => n.includes('aws_s3control_access_point_policy')),
          arn,
        ).toEqual([])
      }
    })

    it('says so when it names an access point this code does not declare', async () => {
      const r = await scanFiles({ 'main.tf': tf('"arn:aws:s3:us-east-1:111122223333:accesspoint/elsewhere"') })
      expect(findingsOf(r, 'public-exposure')).toEqual([])
      expect(r.notes).toContainEqual(expect.stringContaining('aws_s3control_access_point_policy.ap: its access point is not declared'))
    })

    it('lets a comment in it suppress findings on its access point, as one beside an inline policy does', async () => {
      const r = await scanFiles({
        'main.tf': tf('aws_s3_access_point.ap.arn', '  # s3-gate:ignore access-point-bpa-incomplete reason="public on purpose"\n'),
      })
      expect(findingsOf(r, 'access-point-bpa-incomplete').map((f) => f.suppressed)).toEqual([true])
    })
  })
})

describe('a statement on a bucket whose name is only known at deploy time', () => {
  const policy = (bucketRef: string, resource: string) =>
    `resource "aws_s3_bucket_policy" "data" {\n  bucket = ${bucketRef}\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${resource}"\n    }]\n  })\n}\n`

  it('is not taken for a statement on another bucket', async () => {
    // A bucket declared elsewhere, named through its undeclared address.
    const external = await scanFiles({ 'main.tf': policy('aws_s3_bucket.shared.id', '${aws_s3_bucket.shared.arn}/*') })
    expect(findingsOf(external, 'policy-public-read').map((f) => f.messageId)).toEqual(['publicRead'])
    // A bucket named by a variable, and a statement naming a literal bucket: it may be the same one.
    const named = await scanFiles({
      'main.tf': `variable "name" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = var.name\n}\n\n${policy('aws_s3_bucket.data.id', 'arn:aws:s3:::example-data/*')}`,
    })
    expect(findingsOf(named, 'policy-public-read').map((f) => f.messageId)).toEqual(['publicRead'])
  })
})

describe('a CloudFormation statement chosen by Fn::If on a condition not known statically', () => {
  /** A policy whose statement list holds `!If [Replicate, <statement>, !Ref AWS::NoValue]`, and `extra` statements after it. */
  const template = (statement: string, extra = '') =>
    [
      'Parameters:',
      '  Replicate:',
      '    Type: String',
      'Conditions:',
      '  DoReplicate: !Equals [!Ref Replicate, "yes"]',
      'Resources:',
      '  Data:',
      '    Type: AWS::S3::Bucket',
      '  Policy:',
      '    Type: AWS::S3::BucketPolicy',
      '    Properties:',
      '      Bucket: !Ref Data',
      '      PolicyDocument:',
      '        Statement:',
      '          - !If',
      '            - DoReplicate',
      statement,
      '            - !Ref AWS::NoValue',
      extra,
    ].join('\n')
  const grantTo = (principal: string) =>
    [
      '            - Effect: Allow',
      `              Principal: ${principal}`,
      '              Action: ["s3:ReplicateObject", "s3:GetObject"]',
      '              Resource: !Sub "${Data.Arn}/*"',
    ].join('\n')
  const denyHttp = (indent: string) =>
    [
      `${indent}- Effect: Deny`,
      `${indent}  Principal: "*"`,
      `${indent}  Action: "s3:*"`,
      `${indent}  Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]`,
      `${indent}  Condition: {Bool: {"aws:SecureTransport": false}}`,
    ].join('\n')
  const publicFindings = (r: Awaited<ReturnType<typeof scanFiles>>) =>
    r.findings.filter((f) => RULES.includes(f.ruleId)).map((f) => `${f.ruleId} ${f.messageId} ${f.location.line}`)

  it('is judged on each statement it may hold: a grant to one account is not public, whichever side is deployed', async () => {
    const r = await scanFiles({ 'template.yaml': template(grantTo('{AWS: "arn:aws:iam::111122223333:root"}')) })
    expect(publicFindings(r)).toEqual([])
  })

  it('still lists a grant to everyone on that statement, as unknown', async () => {
    const r = await scanFiles({ 'template.yaml': template(grantTo('"*"')) })
    expect(publicFindings(r)).toEqual([])
    expect(r.unknowns.filter((u) => RULES.includes(u.ruleId)).map((u) => `${u.ruleId} ${u.location.line}`)).toEqual(
      expect.arrayContaining(['policy-public-read 17', 'policy-public-write 17']),
    )
  })

  it('does not count a Deny behind it as enforcing TLS, and an Allow behind it never hides a missing Deny', async () => {
    const conditionalDeny = await scanFiles({ 'template.yaml': template(denyHttp('            ')) })
    expect(findingsOf(conditionalDeny, 'tls-not-enforced')).toEqual([])
    expect(conditionalDeny.unknowns.map((u) => u.ruleId)).toContain('tls-not-enforced')
    const conditionalAllow = await scanFiles({ 'template.yaml': template(grantTo('{AWS: "arn:aws:iam::111122223333:root"}')) })
    expect(findingsOf(conditionalAllow, 'tls-not-enforced').map((f) => f.messageId)).toEqual(['noDeny'])
    const alsoDenied = await scanFiles({
      'template.yaml': template(grantTo('{AWS: "arn:aws:iam::111122223333:root"}'), denyHttp('          ')),
    })
    expect(findingsOf(alsoDenied, 'tls-not-enforced')).toEqual([])
    expect(alsoDenied.unknowns.map((u) => u.ruleId)).not.toContain('tls-not-enforced')
  })
})

describe('a principal ARN whose account is only known at deploy time', () => {
  const cloudformation = (principal: string) =>
    [
      'Parameters:',
      '  Partner:',
      '    Type: String',
      'Resources:',
      '  Data:',
      '    Type: AWS::S3::Bucket',
      '  Policy:',
      '    Type: AWS::S3::BucketPolicy',
      '    Properties:',
      '      Bucket: !Ref Data',
      '      PolicyDocument:',
      '        Statement:',
      '          - Effect: Allow',
      `            Principal: {AWS: ${principal}}`,
      '            Action: s3:GetObject',
      '            Resource: !Sub "${Data.Arn}/*"',
      '',
    ].join('\n')
  const terraform = (principal: string) =>
    `variable "partner" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = ${principal} }\n      Action    = "s3:GetObject"\n      Resource  = "\${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n`
  const publicIds = (r: Awaited<ReturnType<typeof scanFiles>>) => [
    ...r.findings.filter((f) => RULES.includes(f.ruleId)).map((f) => `${f.ruleId} ${f.messageId}`),
    ...r.unknowns.filter((u) => u.ruleId === 'policy-public-read').map((u) => `${u.ruleId} unknown`),
  ]

  it('names one account, not everyone', async () => {
    expect(publicIds(await scanFiles({ 'template.yaml': cloudformation('!Sub "arn:aws:iam::${Partner}:root"') }))).toEqual([])
    expect(
      publicIds(
        await scanFiles({ 'template.yaml': cloudformation('!Sub "arn:${AWS::Partition}:sts::${Partner}:assumed-role/Reader/app"') }),
      ),
    ).toEqual([])
    expect(publicIds(await scanFiles({ 'main.tf': terraform('"arn:aws:iam::${var.partner}:root"') }))).toEqual([])
  })

  it('is still possibly everyone when the whole principal, or more than the account, is the deploy-time value', async () => {
    const maybe = ['policy-public-read unknown']
    expect(publicIds(await scanFiles({ 'template.yaml': cloudformation('!Ref Partner') }))).toEqual(maybe)
    expect(publicIds(await scanFiles({ 'template.yaml': cloudformation('!Sub "arn:aws:iam::${Partner}"') }))).toEqual(maybe)
    expect(publicIds(await scanFiles({ 'main.tf': terraform('var.partner') }))).toEqual(maybe)
  })
})

describe('variables in condition values', () => {
  const cfn = (value: string) =>
    JSON.stringify({
      Resources: {
        Data: { Type: 'AWS::S3::Bucket' },
        Policy: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: {
            Bucket: { Ref: 'Data' },
            PolicyDocument: {
              // Policy variables are read only from this version on (without one, IAM reads 2008-10-17).
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: '*',
                  Action: 's3:GetObject',
                  Resource: { 'Fn::Sub': '${Data.Arn}/*' },
                  Condition: { StringEquals: { 'aws:SourceVpce': value } },
                },
              ],
            },
          },
        },
      },
    })
  const verdict = async (files: Record<string, string>) => {
    const r = await scanFiles(files)
    return [
      ...findingsOf(r, 'policy-public-read').map((f) => f.messageId),
      ...r.unknowns.filter((u) => u.ruleId === 'policy-public-read').map(() => 'unknown'),
    ]
  }

  it('count an IAM policy variable as pinning nobody: S3 treats the statement as public', async () => {
    expect(await verdict({ 'template.json': cfn('${aws:username}') })).toEqual(['publicRead'])
    const tf =
      'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n' +
      '  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "${aws_s3_bucket.data.arn}/*",\n' +
      '    Condition = { StringEquals = { "aws:SourceVpce" = "$${aws:PrincipalTag/vpce}" } } }] })\n}\n'
    expect(await verdict({ 'main.tf': tf })).toEqual(['publicRead'])
    expect(await verdict({ 'template.json': cfn('vpce-1a2b3c') })).toEqual([])
  })

  it('count a deployment tool variable as a value only known at deploy time (unknown)', async () => {
    expect(await verdict({ 'template.json': cfn('${self:custom.vpce}') })).toEqual(['unknown'])
    expect(await verdict({ 'template.json': cfn('${aws:accountId}') })).toEqual(['unknown'])
  })
})

describe('a principal looked up in a mapping by Region', () => {
  // The load balancer account of each Region may write access logs: none of them is everyone.
  const template = (ids: string) => `Mappings:
  ElbAccount:
${ids}
Resources:
  Logs:
    Type: AWS::S3::Bucket
  LogsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Logs
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              AWS: !FindInMap [ElbAccount, !Ref AWS::Region, AccountId]
            Action: s3:PutObject
            Resource: !Sub arn:\${AWS::Partition}:s3:::\${Logs}/AWSLogs/*
`
  const publicFindings = async (ids: string) =>
    (await scanFiles({ 'template.yaml': template(ids) })).findings
      .filter((f) => RULES.includes(f.ruleId))
      .map((f) => `${f.ruleId} ${f.messageId}`)

  it('is not public when every entry names an account', async () => {
    expect(await publicFindings('    us-east-1: { AccountId: "127311923021" }\n    eu-west-1: { AccountId: "156460612806" }')).toEqual([])
  })

  it('is public when every entry is a wildcard, and unknown when some are', async () => {
    expect(await publicFindings('    us-east-1: { AccountId: "*" }\n    eu-west-1: { AccountId: "*" }')).toEqual([
      'policy-public-write publicWrite',
      'public-exposure public',
    ])
    const some = await scanFiles({
      'template.yaml': template('    us-east-1: { AccountId: "*" }\n    eu-west-1: { AccountId: "156460612806" }'),
    })
    expect(some.findings.filter((f) => RULES.includes(f.ruleId))).toEqual([])
    expect(some.unknowns.map((u) => u.ruleId)).toEqual(expect.arrayContaining(['policy-public-write', 'public-exposure']))
  })
})

describe('two bucket policies on one bucket', () => {
  // A bucket holds one policy: whichever is applied last replaces the other. Their statements used
  // to be pooled, so a TLS Deny in either passed the bucket.
  const deny =
    '{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = ["arn:aws:s3:::b", "arn:aws:s3:::b/*"], Condition = { Bool = { "aws:SecureTransport" = "false" } } }'
  const grant =
    '{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "s3:GetObject", Resource = "arn:aws:s3:::b/*" }'
  const terraform = (inline: string, attached: string) =>
    `resource "aws_s3_bucket" "b" {\n  bucket = "b"\n  policy = jsonencode({ Statement = [${inline}] })\n}\n\n` +
    `resource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.b.id\n  policy = jsonencode({ Statement = [${attached}] })\n}\n`
  const cfnDeny =
    '{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": [{"Fn::GetAtt": ["Data", "Arn"]}, {"Fn::Sub": "${Data.Arn}/*"}], "Condition": {"Bool": {"aws:SecureTransport": "false"}}}'
  const cfnGrant =
    '{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject", "Resource": {"Fn::Sub": "${Data.Arn}/*"}}'
  const policyResource = (name: string, statement: string) =>
    `"${name}": {"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": {"Ref": "Data"},\n"PolicyDocument": {"Statement": [${statement}]}}}`
  const cloudformation = (a: string, b: string) =>
    `{"Resources": {"Data": {"Type": "AWS::S3::Bucket"},\n${policyResource('PolicyA', a)},\n${policyResource('PolicyB', b)}}}\n`
  const tlsRows = (r: Awaited<ReturnType<typeof scanFiles>>) =>
    findingsOf(r, 'tls-not-enforced').map((f) => `${f.messageId} ${f.location.line} ${f.edit ? 'edit' : 'no edit'}`)

  it('needs the TLS Deny in each, and points at the one without it, with no one-policy fix', async () => {
    const tf = await scanFiles({ 'main.tf': terraform(grant, deny) })
    expect(tlsRows(tf)).toEqual(['competing 3 no edit'])
    expect(findingsOf(tf, 'tls-not-enforced')[0]!.message).toContain('(its inline policy, aws_s3_bucket_policy.p)')
    const cfn = await scanFiles({ 'template.json': cloudformation(cfnDeny, cfnGrant) })
    expect(tlsRows(cfn)).toEqual(['competing 5 no edit'])
    expect(findingsOf(cfn, 'tls-not-enforced')[0]!.message).toContain('and PolicyB does not deny plain HTTP')
  })

  it('passes when every one of them denies plain HTTP', async () => {
    expect(tlsRows(await scanFiles({ 'main.tf': terraform(deny, deny) }))).toEqual([])
    expect(tlsRows(await scanFiles({ 'template.json': cloudformation(cfnDeny, cfnDeny) }))).toEqual([])
  })

  it('reports the plain missing Deny when neither has it', async () => {
    expect(tlsRows(await scanFiles({ 'template.json': cloudformation(cfnGrant, cfnGrant) }))).toEqual(['competing 3 no edit'])
  })
})

describe('a Terraform policy and a separate public access block with only BlockPublicPolicy', () => {
  // BlockPublicPolicy rejects a public policy when it is set and leaves one already there alone.
  const tf = (policyExtra: string, blockExtra = '', bucketExtra = '') => `resource "aws_s3_bucket" "race" {
  bucket = "acme-race"${bucketExtra}
}

resource "aws_s3_bucket_public_access_block" "race" {
  bucket                  = aws_s3_bucket.race.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = false${blockExtra}
}
${
  policyExtra === 'inline'
    ? ''
    : `
resource "aws_s3_bucket_policy" "race" {
  bucket = ${policyExtra === 'via-block' ? 'aws_s3_bucket_public_access_block.race.bucket' : 'aws_s3_bucket.race.id'}${policyExtra === 'depends' ? '\n  depends_on = [aws_s3_bucket_public_access_block.race]' : ''}
  policy = local.everyone
}
`
}
locals {
  everyone = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-race/*" }] })
}
`
  const verdicts = (r: Awaited<ReturnType<typeof scanFiles>>) => [
    ...r.findings
      .filter((f) => f.ruleId === 'policy-public-read' || f.ruleId === 'public-exposure')
      .map((f) => `${f.ruleId} ${f.severity}`),
    ...r.unknowns.filter((u) => u.ruleId === 'public-exposure').map((u) => `${u.ruleId} unknown: ${u.why.slice(0, 40)}`),
  ]

  it('is voided when the policy is ordered after the block, by depends_on or a reference', async () => {
    for (const how of ['depends', 'via-block'])
      expect(verdicts(await scanFiles({ 'main.tf': tf(how) }))).toEqual(['policy-public-read low'])
  })

  it('is unknown when nothing orders them: Terraform may apply the policy first', async () => {
    expect(verdicts(await scanFiles({ 'main.tf': tf('') }))).toEqual([
      'policy-public-read critical',
      'public-exposure unknown: nothing orders the bucket policy after t',
    ])
  })

  it('is read from a plan the same way, from its configuration’s depends_on and references', async () => {
    const plan = (ordered: boolean) => {
      const p = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../fixtures/parity-plans/pab-public-policy/v4/plan.json'), 'utf8'))
      for (const r of p.planned_values.root_module.resources)
        if (r.type === 'aws_s3_bucket_public_access_block') r.values.restrict_public_buckets = false
      // Values a plan knows for a bucket that already exists (for a new one the ARN is known only after apply).
      const everyone = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::parity-pab-public-policy-data/*' }
      const values = { bucket: 'parity-pab-public-policy-data', policy: JSON.stringify({ Statement: [everyone] }) }
      for (const r of p.planned_values.root_module.resources) if (r.type === 'aws_s3_bucket_policy') r.values = values
      for (const r of p.resource_changes)
        if (r.type === 'aws_s3_bucket_policy') Object.assign(r.change, { after: values, after_unknown: {} })
      const policy = p.configuration.root_module.resources.find((r: { type: string }) => r.type === 'aws_s3_bucket_policy')
      if (ordered) policy.depends_on = ['aws_s3_bucket_public_access_block.data']
      return JSON.stringify(p)
    }
    expect(verdicts(await scanFiles({ 'plan.json': plan(true) }))).toEqual(['policy-public-read low'])
    expect(verdicts(await scanFiles({ 'plan.json': plan(false) }))).toEqual([
      'policy-public-read critical',
      'public-exposure unknown: nothing orders the bucket policy after t',
    ])
  })

  it('is public when the policy always comes first: inline in the bucket, or waited for by the block', async () => {
    const inline = tf('inline', '', '\n  policy = local.everyone')
    expect(verdicts(await scanFiles({ 'main.tf': inline }))).toEqual(['policy-public-read critical', 'public-exposure critical'])
    const waited = tf('', '\n  depends_on              = [aws_s3_bucket_policy.race]')
    expect(verdicts(await scanFiles({ 'main.tf': waited }))).toEqual(['policy-public-read critical', 'public-exposure critical'])
  })
})

describe('an aws_iam_policy_document with an override document not known statically', () => {
  it('may lose any statement with a sid to it: the TLS Deny is then unknown, one without a sid still counts', async () => {
    const doc = (sid: string) => `variable "override" {
  type = string
}
resource "aws_s3_bucket" "b" {
  bucket = "ovr-bucket"
}
data "aws_iam_policy_document" "p" {
  override_policy_documents = [var.override]
  statement {
${sid}    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::ovr-bucket", "arn:aws:s3:::ovr-bucket/*"]
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
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = data.aws_iam_policy_document.p.json
}
`
    const tls = async (sid: string) => {
      const r = await scanFiles({ 'main.tf': doc(sid) })
      return [
        ...findingsOf(r, 'tls-not-enforced').map((f) => f.messageId),
        ...r.unknowns.filter((u) => u.ruleId === 'tls-not-enforced').map(() => 'unknown'),
      ]
    }
    expect(await tls('    sid       = "DenyHTTP"\n')).toEqual(['unknown'])
    expect(await tls('')).toEqual([])
  })
})
