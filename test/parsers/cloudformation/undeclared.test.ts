/**
 * `Ref`, `Fn::GetAtt` and `Fn::Sub` variables that name nothing the template declares: CloudFormation
 * rejects the template, so the scan says so once per name, at its first use, and not where
 * something else declares names (transforms, the Serverless Framework).
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../../rules/helpers.js'

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env:
    Type: String
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Buckt
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: !Sub |
              arn:\${AWS::Partition}:s3:::\${Bucket}/*
              \${Missing.Arn} \${!Literal} \${Env} \${AWS::Region}
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: !GetAtt [Nope, Arn]
      DisplayName: !Sub ['\${X}-\${Y}-\${Bucket.Arn}', { X: a }]
      KmsMasterKeyId: !Ref AWS::NoValue
Outputs:
  O:
    Value: !Ref Buckt
`

const placed = (problems: { code: string; file: string; line: number; column: number; level: string }[]) =>
  problems.filter((p) => p.code === 'CFN_UNDECLARED').map((p) => `${p.file}:${p.line}:${p.column} ${p.level}`)

describe('undeclared references in CloudFormation', () => {
  it('warns once per name at its first use, with the line of a Fn::Sub variable', async () => {
    const r = await scanFiles({ 'template.yaml': TEMPLATE })
    expect(placed(r.problems)).toEqual([
      'template.yaml:11:15 warning',
      'template.yaml:19:15 warning',
      'template.yaml:23:18 warning',
      'template.yaml:24:32 warning',
    ])
    const buckt = r.problems.find((p) => p.line === 11)!
    expect(buckt.message).toBe(
      'Reference to Buckt, which is neither a parameter nor a resource of this template (used 2 times): CloudFormation rejects the template, and what refers to it was not linked',
    )
    expect(r.problems.filter((p) => p.code === 'CFN_UNDECLARED').map((p) => p.message.split(',')[0])).toEqual([
      'Reference to Buckt',
      'Reference to Missing',
      'Reference to Nope',
      'Reference to Y',
    ])
  })

  it('reads JSON templates alike', async () => {
    const json = JSON.stringify(
      { Resources: { B: { Type: 'AWS::S3::Bucket' }, P: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: 'Bb' } } } } },
      null,
      2,
    )
    const r = await scanFiles({ 'template.json': json })
    expect(placed(r.problems)).toEqual(['template.json:9:19 warning'])
  })

  it('says nothing where a transform or the Serverless Framework declares names', async () => {
    const sam = `Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags:\n        - Key: role\n          Value: !Ref FnRole\n`
    const include = `Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Included\n  Fn::Transform:\n    Name: AWS::Include\n    Parameters:\n      Location: s3://x/y.yaml\n`
    const serverless = `service: s\nprovider:\n  name: aws\nresources:\n  Resources:\n    B:\n      Type: AWS::S3::Bucket\n      Properties:\n        Tags:\n          - Key: d\n            Value: !Ref ServerlessDeploymentBucket\n`
    const r = await scanFiles({ 'sam.yaml': sam, 'include.yaml': include, 'serverless.yml': serverless })
    expect(placed(r.problems)).toEqual([])
    expect(r.stats.buckets).toBe(3)
  })
})
