/**
 * AWS semantics that a red-team pass over the rules found misread (stop 38):
 * - a request through an access point needs the bucket policy's consent too, so an access point
 *   policy alone does not open a bucket whose policy lets no one in;
 * - a bucket policy limited to access points (s3:DataAccessPointAccount) cannot change the
 *   bucket's policy, ACL or encryption: S3 serves no such call through an access point;
 * - a Deny that is in the policy only under a deploy-time condition keeps the conditions it was
 *   written with: one that pins callers never locks anyone out, and one that does not require TLS
 *   leaves plain HTTP allowed whether it is deployed or not.
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../helpers/scan-files.js'
import type { ScanResult } from '../../src/scan-result.js'

const unknownsOf = (r: ScanResult, ruleId: string) => r.unknowns.filter((u) => u.ruleId === ruleId).map((u) => u.location.line)

const accessPoint = (bucketPolicy: string) => `resource "aws_s3_bucket" "b" {
  bucket = "ap-data"
}
resource "aws_s3_access_point" "ap" {
  bucket = aws_s3_bucket.b.id
  name   = "ap-public"
  public_access_block_configuration {
    block_public_acls       = true
    ignore_public_acls      = true
    block_public_policy     = false
    restrict_public_buckets = false
  }
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:eu-west-1:111122223333:accesspoint/ap-public/object/*"
    }]
  })
}
${bucketPolicy}`

const bucketPolicy = (statement: string) => `resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Statement = [${statement}]
  })
}
`

const DELEGATE = `{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "*"
      Resource  = [aws_s3_bucket.b.arn, "\${aws_s3_bucket.b.arn}/*"]
      Condition = { StringEquals = { "s3:DataAccessPointAccount" = "111122223333" } }
    }`

describe('an access point policy open to everyone', () => {
  it('does not open a bucket without a bucket policy (Terraform)', async () => {
    const r = await scanFiles({ 'main.tf': accessPoint('') })
    expect(hits(r, 'public-exposure')).toEqual([])
    expect(unknownsOf(r, 'public-exposure')).toEqual([])
    // The access point's own settings are still reported.
    expect(hits(r, 'access-point-bpa-incomplete')).toEqual(['access-point-bpa-incomplete@10'])
  })

  it('does not open a bucket whose policy grants only named accounts', async () => {
    const named = `{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "s3:GetObject"
      Resource  = "\${aws_s3_bucket.b.arn}/*"
    }`
    const r = await scanFiles({ 'main.tf': accessPoint(bucketPolicy(named)) })
    expect(hits(r, 'public-exposure')).toEqual([])
  })

  it('opens a bucket that delegates access control to access points', async () => {
    const r = await scanFiles({ 'main.tf': accessPoint(bucketPolicy(DELEGATE)) })
    expect(hits(r, 'public-exposure')).toEqual(['public-exposure@14'])
  })

  it('is unknown on a bucket whose policy is only known at deploy time', async () => {
    const r = await scanFiles({
      'main.tf': `variable "policy" {}\n${accessPoint(`resource "aws_s3_bucket_policy" "b" {\n  bucket = aws_s3_bucket.b.id\n  policy = var.policy\n}\n`)}`,
    })
    expect(hits(r, 'public-exposure')).toEqual([])
    expect(unknownsOf(r, 'public-exposure')).toContain(15)
  })

  it('does not open a bucket without a bucket policy (CloudFormation)', async () => {
    const r = await scanFiles({
      't.yaml': `Resources:
  Data:
    Type: AWS::S3::Bucket
  AP:
    Type: AWS::S3::AccessPoint
    Properties:
      Bucket: !Ref Data
      PublicAccessBlockConfiguration:
        BlockPublicPolicy: false
        RestrictPublicBuckets: false
      Policy:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "arn:aws:s3:\${AWS::Region}:\${AWS::AccountId}:accesspoint/ap/object/*"
`,
    })
    expect(hits(r, 'public-exposure')).toEqual([])
    expect(hits(r, 'access-point-bpa-incomplete')).toHaveLength(1)
  })
})

describe('a bucket policy that delegates to access points', () => {
  it('is judged on s3:PutObjectAcl alone, the one dangerous action an access point carries', async () => {
    const r = await scanFiles({ 'main.tf': `resource "aws_s3_bucket" "b" {\n  bucket = "ap-data"\n}\n${bucketPolicy(DELEGATE)}` })
    const f = r.findings.filter((x) => x.ruleId === 'policy-cross-account-dangerous-actions')
    expect(f.map((x) => x.message)).toEqual([
      'Bucket aws_s3_bucket.b policy lets "*" limited by s3:DataAccessPointAccount s3:PutObjectAcl (an Allow statement), which lets another account control access to or encryption of the bucket.',
    ])
  })

  it('is not reported when it grants only bucket-level actions', async () => {
    const bucketOnly = DELEGATE.replace('Action    = "*"', 'Action    = ["s3:PutBucketPolicy", "s3:PutBucketAcl"]')
    const r = await scanFiles({ 'main.tf': `resource "aws_s3_bucket" "b" {\n  bucket = "ap-data"\n}\n${bucketPolicy(bucketOnly)}` })
    expect(hits(r, 'policy-cross-account-dangerous-actions')).toEqual([])
  })
})

describe('a Deny in the policy only under a deploy-time condition', () => {
  const cfn = (deny: string) => `Parameters:
  Env:
    Type: String
    Default: prod
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Data:
    Type: AWS::S3::Bucket
  Pol:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - !If
            - IsProd
            - Effect: Deny
              Principal: "*"
              Action: "s3:*"
              Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]
${deny}
            - !Ref AWS::NoValue
`
  const VPCE = '              Condition:\n                StringNotEquals:\n                  aws:SourceVpce: vpce-1a2b3c4d'
  const TLS = '              Condition:\n                Bool:\n                  aws:SecureTransport: false'

  it('that pins callers down is never a lockout, and leaves plain HTTP allowed', async () => {
    const r = await scanFiles({ 't.yaml': cfn(VPCE) })
    expect(unknownsOf(r, 'policy-lockout')).toEqual([])
    expect(hits(r, 'tls-not-enforced')).toEqual(['tls-not-enforced@14'])
    expect(unknownsOf(r, 'tls-not-enforced')).toEqual([])
  })

  it('that requires TLS leaves TLS unknown, not a finding', async () => {
    const r = await scanFiles({ 't.yaml': cfn(TLS) })
    expect(hits(r, 'tls-not-enforced')).toEqual([])
    expect(unknownsOf(r, 'tls-not-enforced')).toHaveLength(1)
    expect(unknownsOf(r, 'policy-lockout')).toEqual([])
  })

  it('without conditions may still lock everyone out', async () => {
    const r = await scanFiles({ 't.yaml': cfn('') })
    expect(unknownsOf(r, 'policy-lockout')).toEqual([18])
  })

  it('in a policy resource that may not be deployed (Terraform count) keeps its TLS condition', async () => {
    const r = await scanFiles({
      'main.tf': `variable "enforce_tls" {
  type = bool
}
resource "aws_s3_bucket" "b" {
  bucket = "maybe-tls"
}
resource "aws_s3_bucket_policy" "p" {
  count  = var.enforce_tls ? 1 : 0
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.b.arn, "\${aws_s3_bucket.b.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
`,
    })
    expect(unknownsOf(r, 'policy-lockout')).toEqual([])
    expect(hits(r, 'tls-not-enforced')).toEqual([])
    expect(unknownsOf(r, 'tls-not-enforced')).toHaveLength(1)
  })
})
