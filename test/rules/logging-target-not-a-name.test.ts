/**
 * A server access log target given as an ARN or a domain name: S3 takes only a bucket name and
 * refuses it, so nothing is logged. It counted as logging.
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const tf = (target: string) => `resource "aws_s3_bucket" "logs" {
  bucket = "my-logs"
}

resource "aws_s3_bucket" "data" {
  bucket = "my-data"
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = ${target}
  target_prefix = "data/"
}
`

const cfn = (target: string) => `Resources:
  Logs:
    Type: AWS::S3::Bucket
  Data:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: ${target}
`

const logging = async (files: Record<string, string>) =>
  findingsOf(await scanFiles(files), 'access-logging-disabled')
    .filter((f) => f.resource.toLowerCase().includes('data'))
    .map((f) => [f.messageId, f.location.line])

describe('a logging target that is not a bucket name', () => {
  it('Terraform: an ARN or a domain name is reported where it is written; the name is logging', async () => {
    expect(await logging({ 'main.tf': tf('aws_s3_bucket.logs.arn') })).toEqual([['notAName', 11]])
    expect(await logging({ 'main.tf': tf('aws_s3_bucket.logs.bucket_domain_name') })).toEqual([['notAName', 11]])
    expect(await logging({ 'main.tf': tf('"arn:aws:s3:::my-logs"') })).toEqual([['notAName', 11]])
    expect(await logging({ 'main.tf': tf('aws_s3_bucket.logs.id') })).toEqual([])
  })

  it('CloudFormation: !GetAtt Logs.Arn is reported; !Ref Logs is logging', async () => {
    expect(await logging({ 'template.yaml': cfn('!GetAtt Logs.Arn') })).toEqual([['notAName', 8]])
    expect(await logging({ 'template.yaml': cfn('!Ref Logs') })).toEqual([])
  })
})
