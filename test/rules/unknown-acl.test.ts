/**
 * An ACL not known statically (a parameter or variable without a value) may be any canned ACL,
 * public-read-write included; unless Block Public Access or disabled ACLs neutralise every ACL,
 * whatever it is, each ACL rule says it could not tell.
 */
import { describe, expect, it } from 'vitest'
import type { ScanResult } from '../../src/scan-result.js'
import { scanFiles } from './helpers.js'

const ACL_RULES = ['acl-public-read', 'acl-public-write', 'public-exposure']

function aclVerdicts(r: ScanResult): string[] {
  return [
    ...r.findings.filter((f) => ACL_RULES.includes(f.ruleId)).map((f) => `${f.ruleId}@${f.location.line}`),
    ...r.unknowns.filter((u) => ACL_RULES.includes(u.ruleId)).map((u) => `${u.ruleId}:unknown@${u.location.line}`),
  ].sort()
}

const template = (block: string) => `Parameters:
  Acl:
    Type: String
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !Ref Acl
      OwnershipControls:
        Rules:
          - ObjectOwnership: BucketOwnerPreferred
${block}`

const terraform = (extra: string) => `variable "acl" {
  type = string
}

resource "aws_s3_bucket" "b" {
  bucket = "data"
}

resource "aws_s3_bucket_acl" "b" {
  bucket = aws_s3_bucket.b.id
  acl    = var.acl
}
${extra}`

describe('an ACL whose value is not known statically', () => {
  it('is unknown to every ACL rule, public-read-write included', async () => {
    expect(aclVerdicts(await scanFiles({ 'template.yaml': template('') }))).toEqual([
      'acl-public-read:unknown@8',
      'acl-public-write:unknown@8',
      'public-exposure:unknown@8',
    ])
    expect(aclVerdicts(await scanFiles({ 'main.tf': terraform('') }))).toEqual([
      'acl-public-read:unknown@11',
      'acl-public-write:unknown@11',
      'public-exposure:unknown@11',
    ])
  })

  it('leaves nothing unknown when IgnorePublicAcls or BucketOwnerEnforced neutralise any ACL', async () => {
    const ignored = '      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n'
    expect(aclVerdicts(await scanFiles({ 'template.yaml': template(ignored) }))).toEqual([])
    const enforced = `
resource "aws_s3_bucket_ownership_controls" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
`
    expect(aclVerdicts(await scanFiles({ 'main.tf': terraform(enforced) }))).toEqual([])
  })
})
