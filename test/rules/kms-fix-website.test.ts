/** The KMS fix is offered where switching to SSE-KMS breaks nothing: not on a website bucket. */
import { describe, expect, it } from 'vitest'
import { scanFiles } from './helpers.js'

const tree = (website: string) => `resource "aws_s3_bucket" "site" {
  bucket = "site"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
${website}`

const notKms = async (website: string) =>
  (await scanFiles({ 'main.tf': tree(website) })).findings
    .filter((f) => f.ruleId === 'encryption-not-kms')
    .map((f) => ({ messageId: f.messageId, fix: f.fix?.kind }))

describe('encryption-not-kms fix', () => {
  it('is offered on a bucket without a website', async () => {
    expect(await notKms('')).toEqual([{ messageId: 'notKms', fix: 'set' }])
  })

  it('is not offered on a website bucket, whose anonymous readers cannot use a KMS key', async () => {
    const website = `
resource "aws_s3_bucket_website_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  index_document {
    suffix = "index.html"
  }
}
`
    expect(await notKms(website)).toEqual([{ messageId: 'notKms', fix: undefined }])
  })
})

describe('encryption-missing fix', () => {
  const missing = async (files: Record<string, string>) =>
    (await scanFiles(files)).findings
      .filter((f) => f.ruleId === 'encryption-missing')
      .map((f) => [f.resource, f.fix?.kind, f.edit?.description])

  it('switches to SSE-KMS, saying the key is the AWS managed one until a key is named', async () => {
    expect(await missing({ 'template.yaml': 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n' })).toEqual([
      ['Data', 'set', 'set BucketEncryption to SSE-KMS with the S3 Bucket Key (the AWS managed key until KMSMasterKeyID names yours)'],
    ])
  })

  it('is not offered on a website bucket, nor on a bucket that receives server access logs (SSE-S3 only)', async () => {
    const template = `Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      WebsiteConfiguration:
        IndexDocument: index.html
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: LogDeliveryWrite
  Data:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !Ref Logs
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: alias/data
`
    expect(await missing({ 'template.yaml': template })).toEqual([
      ['Site', undefined, undefined],
      ['Logs', undefined, undefined],
    ])
  })
})

describe('acl-enabled fix', () => {
  const aclEnabled = async (props: string) =>
    (
      await scanFiles({
        'template.yaml': `Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerPreferred\n${props}`,
      })
    ).findings
      .filter((f) => f.ruleId === 'acl-enabled')
      .map((f) => f.fix?.kind)

  it('turns ACLs off where the bucket keeps no ACL beyond its owner', async () => {
    expect(await aclEnabled('')).toEqual(['set'])
    expect(await aclEnabled('      AccessControl: Private\n')).toEqual(['set'])
  })

  it('is not offered where an ACL grants others (S3 refuses BucketOwnerEnforced then)', async () => {
    expect(await aclEnabled('      AccessControl: LogDeliveryWrite\n')).toEqual([undefined])
  })
})

describe('mfa-delete-disabled fix', () => {
  const mfa = async (enabled: boolean) =>
    (
      await scanFiles({
        'main.tf': `resource "aws_s3_bucket" "b" {\n  bucket = "b"\n  versioning {\n    enabled    = ${enabled}\n    mfa_delete = false\n  }\n}\n`,
      })
    ).findings
      .filter((f) => f.ruleId === 'mfa-delete-disabled')
      .map((f) => [f.messageId, f.fix?.kind])

  it('asks for MFA delete on versioning that is on', async () => {
    expect(await mfa(true)).toEqual([['noMfaDelete', 'set']])
  })

  it('offers nothing while versioning is off: MFA delete alone would be ineffective (versioning-disabled fixes that first)', async () => {
    expect(await mfa(false)).toEqual([['noMfaDelete', undefined]])
  })
})

describe('buckets that other services deliver logs to', () => {
  const verdicts = async (files: Record<string, string>, rule: string) =>
    (await scanFiles(files)).findings.filter((f) => f.ruleId === rule).map((f) => [f.resource, f.messageId, f.severity, f.fix?.kind])

  it('does not ask for KMS on a bucket a load balancer logs to (ELB delivers only to SSE-S3)', async () => {
    const cfn = `Resources:
  Classic:
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      AccessLoggingPolicy:
        Enabled: true
        S3BucketName: !Ref ClassicLogs
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      LoadBalancerAttributes:
        - Key: access_logs.s3.enabled
          Value: "true"
        - Key: access_logs.s3.bucket
          Value: !Ref AlbLogs
  ClassicLogs:
    Type: AWS::S3::Bucket
  AlbLogs:
    Type: AWS::S3::Bucket
  Other:
    Type: AWS::S3::Bucket
`
    expect(await verdicts({ 'template.yaml': cfn }, 'encryption-not-kms')).toEqual([
      ['ClassicLogs', 'elbLogTarget', 'info', undefined],
      ['AlbLogs', 'elbLogTarget', 'info', undefined],
      ['Other', 'notKms', 'medium', 'set'],
    ])
    expect((await verdicts({ 'template.yaml': cfn }, 'encryption-missing')).map((v) => v[3])).toEqual([undefined, undefined, 'set'])
    const tf = (enabled: string) => `resource "aws_s3_bucket" "logs" {
  bucket = "alb-logs"
}
resource "aws_lb" "web" {
  name = "web"
  access_logs {
    bucket = aws_s3_bucket.logs.id
${enabled}  }
}
`
    expect(await verdicts({ 'main.tf': tf('    enabled = true\n') }, 'encryption-not-kms')).toEqual([
      ['aws_s3_bucket.logs', 'elbLogTarget', 'info', undefined],
    ])
    // An ALB logs only when access_logs says enabled = true.
    expect(await verdicts({ 'main.tf': tf('') }, 'encryption-not-kms')).toEqual([['aws_s3_bucket.logs', 'notKms', 'medium', 'set']])
  })

  it('keeps ACLs on a CloudFront standard-log bucket without offering to turn them off', async () => {
    const cfn = `Resources:
  CfLogs:
    Type: AWS::S3::Bucket
    Properties:
      OwnershipControls:
        Rules:
          - ObjectOwnership: BucketOwnerPreferred
  Distribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Logging:
          Bucket: !GetAtt CfLogs.RegionalDomainName
`
    expect(await verdicts({ 'template.yaml': cfn }, 'acl-enabled')).toEqual([['CfLogs', 'cloudFrontLogs', 'info', undefined]])
    const tf = `resource "aws_s3_bucket" "logs" {
  bucket = "cf-logs"
}
resource "aws_s3_bucket_ownership_controls" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}
resource "aws_cloudfront_distribution" "site" {
  enabled = true
  logging_config {
    bucket = "cf-logs.s3.amazonaws.com"
  }
}
`
    expect(await verdicts({ 'main.tf': tf }, 'acl-enabled')).toEqual([['aws_s3_bucket.logs', 'cloudFrontLogs', 'info', undefined]])
  })
})
