/**
 * Red-team round 9 (S3 semantics in the rules): a website Block Public Access keeps from serving
 * anything, lifecycle configurations S3 refuses as a whole (rule IDs used twice), and lifecycle
 * actions whose day count S3 refuses (0).
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const verdict = async (files: Record<string, string>, ruleId: string) => {
  const r = await scanFiles(files)
  return {
    findings: findingsOf(r, ruleId)
      .map((f) => [f.resource, f.messageId, f.severity, f.location.line])
      .sort(),
    unknowns: r.unknowns
      .filter((u) => u.ruleId === ruleId)
      .map((u) => [u.resource, u.location.line])
      .sort(),
  }
}

describe('website-enabled: a website Block Public Access keeps from serving anything', () => {
  it('CloudFormation: the bucket block turns RestrictPublicBuckets and IgnorePublicAcls on: Low, not "serves a website"', async () => {
    const template = `Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      WebsiteConfiguration:
        IndexDocument: index.html
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
  Open:
    Type: AWS::S3::Bucket
    Properties:
      WebsiteConfiguration:
        IndexDocument: index.html
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: false
`
    expect(await verdict({ 'template.yaml': template }, 'website-enabled')).toEqual({
      findings: [
        ['Open', 'website', 'medium', 15],
        ['Site', 'blocked', 'low', 5],
      ],
      unknowns: [],
    })
  })

  it('Terraform: an account block counts, and an unknown bucket flag does not stop it', async () => {
    const tf = `resource "aws_s3_account_public_access_block" "acct" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "site" {
  bucket = "example-site"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket             = aws_s3_bucket.site.id
  ignore_public_acls = var.ignore
}

resource "aws_s3_bucket_website_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  index_document {
    suffix = "index.html"
  }
}
`
    const r = await scanFiles({ 'main.tf': tf })
    const f = findingsOf(r, 'website-enabled')
    expect(f.map((x) => [x.resource, x.messageId, x.severity, x.location.line])).toEqual([['aws_s3_bucket.site', 'blocked', 'low', 17]])
    expect(f[0]!.message).toContain('account block')
  })

  it('Terraform: RestrictPublicBuckets alone leaves public object ACLs able to serve: still Medium', async () => {
    const tf = `resource "aws_s3_bucket" "site" {
  bucket = "example-site"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  restrict_public_buckets = true
}

resource "aws_s3_bucket_website_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  index_document {
    suffix = "index.html"
  }
}
`
    expect(await verdict({ 'main.tf': tf }, 'website-enabled')).toEqual({
      findings: [['aws_s3_bucket.site', 'website', 'medium', 10]],
      unknowns: [],
    })
  })
})

describe('lifecycle configurations S3 refuses', () => {
  it('CloudFormation: two rules with one ID are refused as a whole, and no rule of it is credited', async () => {
    const template = `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
      LifecycleConfiguration:
        Rules:
          - Id: tidy
            Status: Enabled
            NoncurrentVersionExpiration:
              NoncurrentDays: 30
            AbortIncompleteMultipartUpload:
              DaysAfterInitiation: 7
          - Id: tidy
            Status: Enabled
            ExpirationInDays: 365
`
    const files = { 'template.yaml': template }
    const missing = await verdict(files, 'lifecycle-missing')
    expect(missing).toEqual({ findings: [['Data', 'refused', 'medium', 15]], unknowns: [] })
    // The other lifecycle rules leave a refused configuration to lifecycle-missing.
    expect(await verdict(files, 'lifecycle-noncurrent-versions-kept')).toEqual({ findings: [], unknowns: [] })
    expect(await verdict(files, 'lifecycle-abort-incomplete-uploads-missing')).toEqual({ findings: [], unknowns: [] })
    const r = await scanFiles(files)
    expect(findingsOf(r, 'lifecycle-missing')[0]!.message).toContain('"tidy"')
  })

  it('Terraform: the same in aws_s3_bucket_lifecycle_configuration; distinct IDs pass', async () => {
    const tf = (second: string) => `resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    id     = "a"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
  rule {
    id     = "${second}"
    status = "Enabled"
    filter {}
    expiration {
      days = 30
    }
  }
}
`
    expect(await verdict({ 'main.tf': tf('a') }, 'lifecycle-missing')).toEqual({
      findings: [['aws_s3_bucket.data', 'refused', 'low', 15]],
      unknowns: [],
    })
    expect(await verdict({ 'main.tf': tf('b') }, 'lifecycle-missing')).toEqual({ findings: [], unknowns: [] })
  })
})

describe('lifecycle actions with a day count of 0', () => {
  it('CloudFormation: NoncurrentDays 0 and DaysAfterInitiation 0 expire and abort nothing', async () => {
    const template = `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
      LifecycleConfiguration:
        Rules:
          - Id: tidy
            Status: Enabled
            NoncurrentVersionExpiration:
              NoncurrentDays: 0
            AbortIncompleteMultipartUpload:
              DaysAfterInitiation: 0
`
    const files = { 'template.yaml': template }
    expect(await verdict(files, 'lifecycle-noncurrent-versions-kept')).toEqual({
      findings: [['Data', 'noncurrentKept', 'low', 8]],
      unknowns: [],
    })
    expect(await verdict(files, 'lifecycle-abort-incomplete-uploads-missing')).toEqual({
      findings: [['Data', 'noAbort', 'low', 8]],
      unknowns: [],
    })
  })

  it('Terraform: noncurrent_days = 0 and days_after_initiation = 0 likewise; 30 days pass', async () => {
    const tf = (days: string) => `resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    id     = "tidy"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = ${days}
    }
    abort_incomplete_multipart_upload {
      days_after_initiation = ${days}
    }
  }
}
`
    const zero = { 'main.tf': tf('0') }
    expect(await verdict(zero, 'lifecycle-noncurrent-versions-kept')).toEqual({
      findings: [['aws_s3_bucket.data', 'noncurrentKept', 'low', 12]],
      unknowns: [],
    })
    expect(await verdict(zero, 'lifecycle-abort-incomplete-uploads-missing')).toEqual({
      findings: [['aws_s3_bucket.data', 'noAbort', 'low', 12]],
      unknowns: [],
    })
    const thirty = { 'main.tf': tf('30') }
    expect((await verdict(thirty, 'lifecycle-noncurrent-versions-kept')).findings).toEqual([])
    expect((await verdict(thirty, 'lifecycle-abort-incomplete-uploads-missing')).findings).toEqual([])
  })
})
