/**
 * A logging target named by a parameter or variable is a bucket only known at deploy time, but
 * logging is on whatever it turns out to be. Only a logging setting that may not exist at all
 * leaves `access-logging-disabled` unknown.
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from './helpers.js'

const verdict = (r: Awaited<ReturnType<typeof scanFiles>>) => ({
  findings: r.findings.filter((f) => f.ruleId === 'access-logging-disabled').map((f) => f.resource),
  unknowns: r.unknowns.filter((u) => u.ruleId === 'access-logging-disabled').map((u) => u.resource),
})

describe('access logging to a bucket only known at deploy time', () => {
  it('CloudFormation: a parameter without default is a target; a configuration behind Fn::If is unknown', async () => {
    const template = `Parameters:
  LogBucket:
    Type: String
Conditions:
  Prod: !Equals [!Ref AWS::AccountId, "111122223333"]
Resources:
  ByParameter:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !Ref LogBucket
  ByCondition:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration: !If [Prod, { DestinationBucketName: !Ref LogBucket }, !Ref AWS::NoValue]
  WithoutLogging:
    Type: AWS::S3::Bucket
`
    expect(verdict(await scanFiles({ 'template.yaml': template }))).toEqual({ findings: ['WithoutLogging'], unknowns: ['ByCondition'] })
  })

  it('Terraform: a variable target is logging on; a logging resource that may not exist is unknown', async () => {
    const tf = `variable "log_bucket" { type = string }
variable "logging_on" { type = bool }
resource "aws_s3_bucket" "by_variable" { bucket = "a" }
resource "aws_s3_bucket_logging" "by_variable" {
  bucket        = aws_s3_bucket.by_variable.id
  target_bucket = var.log_bucket
  target_prefix = "a/"
}
resource "aws_s3_bucket" "inline" {
  bucket = "b"
  logging {
    target_bucket = var.log_bucket
  }
}
resource "aws_s3_bucket" "maybe" { bucket = "c" }
resource "aws_s3_bucket_logging" "maybe" {
  count         = var.logging_on ? 1 : 0
  bucket        = aws_s3_bucket.maybe.id
  target_bucket = "logs"
}
`
    expect(verdict(await scanFiles({ 'main.tf': tf }))).toEqual({ findings: [], unknowns: ['aws_s3_bucket.maybe'] })
  })
})
