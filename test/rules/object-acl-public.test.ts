import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles, shape } from './helpers.js'

const object = (name: string, bucket: string, acl: string) =>
  `resource "aws_s3_object" "${name}" {\n  bucket = ${bucket}\n  key    = "${name}"\n  acl    = ${acl}\n}\n\n`
const BUCKET = 'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\n'

describe('object-acl-public', () => {
  it('reports a public canned ACL on an object in a bucket of the same code, at the acl line', async () => {
    const r = await scanFiles({
      'main.tf':
        BUCKET +
        object('by_ref', 'aws_s3_bucket.site.id', '"public-read"') +
        object('by_name', '"example-site"', '"authenticated-read"') +
        object('private', 'aws_s3_bucket.site.id', '"private"') +
        object('owner', 'aws_s3_bucket.site.id', '"bucket-owner-full-control"') +
        'resource "aws_s3_object_copy" "copy" {\n  bucket = aws_s3_bucket.site.id\n  key    = "copy"\n  source = "other/copy"\n  acl    = "public-read-write"\n}\n',
    })
    if (!r.stats.byFormat.terraform) return
    expect(findingsOf(r, 'object-acl-public').map(shape)).toEqual([
      { messageId: 'public', line: 8, column: 3, resource: 'aws_s3_object.by_ref' },
      { messageId: 'public', line: 14, column: 3, resource: 'aws_s3_object.by_name' },
      { messageId: 'public', line: 33, column: 3, resource: 'aws_s3_object_copy.copy' },
    ])
    expect(r.unknowns.filter((u) => u.ruleId === 'object-acl-public')).toEqual([])
  })

  it('does not report an ACL that the bucket or the account neutralises', async () => {
    const ownership = (mode: string) =>
      `resource "aws_s3_bucket_ownership_controls" "site" {\n  bucket = aws_s3_bucket.site.id\n  rule {\n    object_ownership = "${mode}"\n  }\n}\n\n`
    const enforced = await scanFiles({
      'main.tf': BUCKET + ownership('BucketOwnerEnforced') + object('o', 'aws_s3_bucket.site.id', '"public-read"'),
    })
    if (!enforced.stats.byFormat.terraform) return
    expect(findingsOf(enforced, 'object-acl-public')).toEqual([])
    const account = await scanFiles({
      'main.tf':
        BUCKET +
        'resource "aws_s3_account_public_access_block" "all" {\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n\n' +
        object('o', 'aws_s3_bucket.site.id', '"public-read"'),
    })
    expect(findingsOf(account, 'object-acl-public')).toEqual([])
    // ObjectWriter keeps ACLs in force: the object is public.
    const writer = await scanFiles({
      'main.tf': BUCKET + ownership('ObjectWriter') + object('o', 'aws_s3_bucket.site.id', '"public-read"'),
    })
    expect(findingsOf(writer, 'object-acl-public').map((f) => f.resource)).toEqual(['aws_s3_object.o'])
  })

  it('is unknown, never a finding or a pass, when the ACL, the bucket or its settings are not known', async () => {
    const r = await scanFiles({
      'main.tf':
        'variable "acl" {\n  type = string\n}\n\nvariable "ignore" {\n  type = bool\n}\n\n' +
        BUCKET +
        'resource "aws_s3_bucket_public_access_block" "site" {\n  bucket             = aws_s3_bucket.site.id\n  block_public_acls  = var.ignore\n  ignore_public_acls = var.ignore\n}\n\n' +
        object('from_var', 'aws_s3_bucket.site.id', 'var.acl') +
        object('elsewhere', '"someone-elses-bucket"', '"public-read"') +
        object('settings', 'aws_s3_bucket.site.id', '"public-read"') +
        object('typo', 'aws_s3_bucket.site.id', '"public_read"'),
    })
    if (!r.stats.byFormat.terraform) return
    expect(findingsOf(r, 'object-acl-public')).toEqual([])
    const unknowns = r.unknowns.filter((u) => u.ruleId === 'object-acl-public')
    expect(unknowns.map((u) => [u.resource, u.location.line])).toEqual([
      ['aws_s3_object.from_var', 22],
      ['aws_s3_object.elsewhere', 28],
      ['aws_s3_object.settings', 34],
      ['aws_s3_object.typo', 40],
    ])
    expect(unknowns[1]!.why).toMatch(/not defined in the scanned code/)
    expect(unknowns[2]!.why).toMatch(/aws_s3_bucket\.site .*not known statically/)
    expect(unknowns[3]!.why).toMatch(/not a canned ACL/)
  })
})
