/** S3 delivers no server access logs to a bucket with Object Lock: turning it on there breaks logging. */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

describe('Object Lock on a bucket that receives server access logs', () => {
  it('is not suggested (CloudFormation)', async () => {
    const r = await scanFiles({
      'template.yaml':
        'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n  App:\n    Type: AWS::S3::Bucket\n    Properties:\n      LoggingConfiguration:\n        DestinationBucketName: !Ref Logs\n        LogFilePrefix: app/\n',
    })
    const found = findingsOf(r, 'object-lock-disabled').map((f) => [f.resource, f.messageId, f.severity, f.fix !== undefined])
    expect(found).toEqual([
      ['Logs', 'logTarget', 'info', false],
      ['App', 'disabled', 'low', true],
    ])
  })

  it('is not suggested (Terraform)', async () => {
    const r = await scanFiles({
      'main.tf':
        'resource "aws_s3_bucket" "logs" {\n  bucket = "example-logs"\n}\n\nresource "aws_s3_bucket" "app" {\n  bucket = "example-app"\n}\n\nresource "aws_s3_bucket_logging" "app" {\n  bucket        = aws_s3_bucket.app.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "app/"\n}\n',
    })
    if (!r.stats.byFormat.terraform) return
    const found = findingsOf(r, 'object-lock-disabled').map((f) => [f.resource, f.messageId, f.fix !== undefined])
    expect(found).toEqual([
      ['aws_s3_bucket.logs', 'logTarget', false],
      ['aws_s3_bucket.app', 'disabled', true],
    ])
  })
})

describe('server access logs sent to a bucket with Object Lock', () => {
  it('are reported on the logging target, as no log is delivered (CloudFormation)', async () => {
    const r = await scanFiles({
      'template.yaml':
        'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      ObjectLockEnabled: true\n      VersioningConfiguration:\n        Status: Enabled\n  App:\n    Type: AWS::S3::Bucket\n    Properties:\n      LoggingConfiguration:\n        DestinationBucketName: !Ref Logs\n        LogFilePrefix: app/\n',
    })
    expect(findingsOf(r, 'access-logging-disabled').map((f) => [f.resource, f.messageId, f.location.line])).toEqual([
      ['App', 'lockedTarget', 12],
    ])
  })

  it('are reported for Terraform, and not when the target has no Object Lock', async () => {
    const tf = (lock: string) =>
      `resource "aws_s3_bucket" "logs" {\n  bucket              = "example-logs"\n  object_lock_enabled = ${lock}\n}\n\nresource "aws_s3_bucket" "app" {\n  bucket = "example-app"\n}\n\nresource "aws_s3_bucket_logging" "app" {\n  bucket        = aws_s3_bucket.app.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "app/"\n}\n`
    const r = await scanFiles({ 'main.tf': tf('true') })
    if (!r.stats.byFormat.terraform) return
    expect(findingsOf(r, 'access-logging-disabled').map((f) => [f.resource, f.messageId])).toEqual([['aws_s3_bucket.app', 'lockedTarget']])
    const open = await scanFiles({ 'main.tf': tf('false') })
    expect(findingsOf(open, 'access-logging-disabled')).toEqual([])
  })
})
