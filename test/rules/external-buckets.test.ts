/**
 * A policy (or another setting) written here for a bucket defined elsewhere: what it writes is
 * judged, and what it writes that is only known at deploy time is listed as unknown where it is
 * written. The settings of the bucket itself, unknown by construction, are not listed.
 */
import { describe, expect, it } from 'vitest'
import type { ScanResult } from '../../src/scan-result.js'
import { scanFiles } from './helpers.js'

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
})
