/** Object actions act on `bucket/*`: a Resource of every object grants them everywhere. */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const managed = (id: string, action: string, resource: string) =>
  `  ${id}:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: ${action}\n            Resource: ${resource}\n`

describe('an IAM policy on every object of every bucket', () => {
  it('is reported for s3:* and for s3:PutObjectAcl (CloudFormation)', async () => {
    const r = await scanFiles({
      'template.yaml':
        'Resources:\n' +
        managed('Everything', '"s3:*"', '"arn:aws:s3:::*/*"') +
        managed('AclOnly', 's3:PutObjectAcl', '"arn:aws:s3:::*/*"') +
        managed('OneBucket', '"s3:*"', '"arn:aws:s3:::example-data/*"') +
        managed('BucketAclOnObjects', 's3:PutBucketAcl', '"arn:aws:s3:::*/*"'),
    })
    expect(findingsOf(r, 'iam-policy-s3-wildcard').map((f) => [f.resource, f.messageId, f.severity])).toEqual([
      ['Everything', 'allS3', 'high'],
      ['AclOnly', 'permissions', 'medium'],
    ])
  })

  it('is reported for Terraform', async () => {
    const r = await scanFiles({
      'main.tf':
        'resource "aws_iam_policy" "app" {\n  name = "app"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = "s3:*"\n      Resource = "arn:aws:s3:::*/*"\n    }]\n  })\n}\n',
    })
    if (!r.stats.byFormat.terraform) return
    expect(findingsOf(r, 'iam-policy-s3-wildcard').map((f) => [f.resource, f.messageId, f.location.line])).toEqual([
      ['aws_iam_policy.app', 'allS3', 5],
    ])
  })
})

describe('an IAM policy whose Deny takes back every bucket but one', () => {
  it('is not reported, unless the Deny has a condition', async () => {
    const policy = (id: string, condition: string) =>
      `  ${id}:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: s3:*\n            Resource: "*"\n          - Effect: Deny\n            Action: s3:*\n            NotResource: ["arn:aws:s3:::app-bucket", "arn:aws:s3:::app-bucket/*"]\n${condition}`
    const r = await scanFiles({
      'template.yaml':
        'Resources:\n' +
        policy('Scoped', '') +
        policy('Conditional', '            Condition:\n              StringEquals:\n                aws:RequestedRegion: us-east-1\n'),
    })
    expect(findingsOf(r, 'iam-policy-s3-wildcard').map((f) => [f.resource, f.messageId])).toEqual([['Conditional', 'allS3']])
  })
})
