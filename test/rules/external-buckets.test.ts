/**
 * A policy (or another setting) written here for a bucket defined elsewhere: what it writes is
 * judged, and what it writes that is only known at deploy time is listed as unknown where it is
 * written. The settings of the bucket itself, unknown by construction, are not listed.
 */
import { describe, expect, it } from 'vitest'
import type { ScanResult } from '../../src/scan-result.js'
import { scanFiles } from './helpers.js'
import { DENY_HTTP_ON_ACME_SITE } from '../helpers/tls-policy.js'

const unknownsOf = (r: ScanResult) => r.unknowns.map((u) => `${u.ruleId}@${u.location.line}`).sort()
const findingsOf = (r: ScanResult) => r.findings.map((f) => `${f.ruleId} ${f.messageId}@${f.location.line}`).sort()

describe('a bucket policy for a bucket defined elsewhere', () => {
  it('lists the parts of its statements only known at deploy time as unknown, on their lines (Terraform)', async () => {
    const r = await scanFiles({
      'main.tf': `variable "principal" {
  type = string
}
variable "actions" {
  type = list(string)
}
resource "aws_s3_bucket_policy" "p" {
  bucket = "some-existing-bucket"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = var.principal }
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::some-existing-bucket/*"
      },
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = var.actions
        Resource  = "arn:aws:s3:::some-existing-bucket/*"
      },
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::some-existing-bucket/public/*"
      }
    ]
  })
}
`,
    })
    expect(unknownsOf(r)).toEqual([
      'policy-cross-account-dangerous-actions@18',
      'policy-public-read@12',
      'policy-public-read@18',
      'policy-public-write@18',
      'public-exposure@12',
      'public-exposure@18',
    ])
    // The findings are those of before: only what the policy itself says.
    expect(findingsOf(r)).toEqual(['policy-public-read publicRead@24', 'tls-min-version noTlsDeny@9', 'tls-not-enforced noDeny@9'])
  })

  it('lists the parts of its statements only known at deploy time as unknown, on their lines (CloudFormation)', async () => {
    const r = await scanFiles({
      'template.yaml': `Parameters:
  Who:
    Type: String
Resources:
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: existing-bucket
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              AWS: !Ref Who
            Action: s3:GetObject
            Resource: arn:aws:s3:::existing-bucket/*
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: [arn:aws:s3:::existing-bucket, arn:aws:s3:::existing-bucket/*]
            Condition:
              Bool:
                aws:SecureTransport: !Ref Who
`,
    })
    expect(unknownsOf(r)).toEqual(['policy-public-read@11', 'public-exposure@11', 'tls-not-enforced@9'])
    expect(findingsOf(r)).toEqual(['tls-min-version noTlsDeny@9'])
  })

  it('lists a setting written for it that is only known at deploy time, and nothing about what it does not write', async () => {
    const r = await scanFiles({
      'main.tf': `variable "status" {
  type = string
}
resource "aws_s3_bucket_versioning" "v" {
  bucket = "some-existing-bucket"
  versioning_configuration {
    status = var.status
  }
}
`,
    })
    expect(unknownsOf(r)).toEqual(['versioning-disabled@7'])
    expect(findingsOf(r)).toEqual([])
  })

  it('does not say a Deny on a literal ARN misses a bucket whose name is only known at deploy time', async () => {
    // The policy attaches to a bucket named by an import or by remote state: `acme-site` may well
    // be its name, so whether the Deny covers it is unknown, not "no statement denies plain HTTP".
    const deny = (arn: string) => ({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [arn, `${arn}/*`] })
    const cfn = await scanFiles({
      'p.json': JSON.stringify({
        Resources: {
          P: {
            Type: 'AWS::S3::BucketPolicy',
            Properties: {
              Bucket: { 'Fn::ImportValue': 'site-bucket' },
              PolicyDocument: {
                Statement: [{ ...deny('arn:aws:s3:::acme-site'), Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
              },
            },
          },
        },
      }),
    })
    expect(findingsOf(cfn).filter((f) => f.startsWith('tls-not-enforced'))).toEqual([])
    expect(unknownsOf(cfn)).toContain('tls-not-enforced@1')
    const tf = await scanFiles({
      'main.tf': `data "terraform_remote_state" "storage" {
  backend = "s3"
  config = {
    bucket = "tfstate"
    key    = "storage.tfstate"
  }
}
resource "aws_s3_bucket_policy" "oac" {
  bucket = data.terraform_remote_state.storage.outputs.bucket_id
${DENY_HTTP_ON_ACME_SITE}
}
`,
    })
    expect(findingsOf(tf).filter((f) => f.startsWith('tls-not-enforced'))).toEqual([])
    expect(unknownsOf(tf)).toContain('tls-not-enforced@10')
    // A bucket whose name is written here is still judged: the literal ARN of another name misses it.
    const named = await scanFiles({
      'main.tf': `resource "aws_s3_bucket" "b" {
  bucket = "acme-data"
}
resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
${DENY_HTTP_ON_ACME_SITE}
}
`,
    })
    expect(findingsOf(named).filter((f) => f.startsWith('tls-not-enforced'))).toEqual(['tls-not-enforced noDeny@6'])
  })

  it('still reports a bucket whose objects no Deny can cover, though the bucket ARN may be covered', async () => {
    // `arn:aws:s3:::acme-site` may be the imported bucket's ARN, but it names none of its objects.
    const r = await scanFiles({
      'p.yaml': `Resources:
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !ImportValue site-bucket
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: arn:aws:s3:::acme-site
            Condition: {Bool: {aws:SecureTransport: false}}
`,
    })
    expect(findingsOf(r).filter((f) => f.startsWith('tls-not-enforced'))).toEqual(['tls-not-enforced noDeny@6'])
  })
})
