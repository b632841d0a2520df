/**
 * Red-team round: cloud assemblies that gave a wrong answer, each with the case that showed it.
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../../rules/helpers.js'

const MANIFEST = JSON.stringify({
  version: '55.0.0',
  artifacts: { S: { type: 'aws:cloudformation:stack', properties: { templateFile: 'S.template.json' }, displayName: 'S' } },
})

const BLOCK_ALL = { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true }

describe('construct paths claimed by more than one resource', () => {
  it('keeps the buckets apart, so a public policy stays with its own bucket', async () => {
    const template = {
      Resources: {
        Open: { Type: 'AWS::S3::Bucket', Metadata: { 'aws:cdk:path': 'S/Data/Resource' } },
        Closed: {
          Type: 'AWS::S3::Bucket',
          Properties: { PublicAccessBlockConfiguration: BLOCK_ALL },
          Metadata: { 'aws:cdk:path': 'S/Data/Resource' },
        },
        Other: { Type: 'AWS::S3::Bucket', Metadata: { 'aws:cdk:path': 'Closed' } },
        OpenPolicy: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: {
            Bucket: { Ref: 'Open' },
            PolicyDocument: {
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: '*',
                  Action: 's3:GetObject',
                  Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Open', 'Arn'] }, '/*']] },
                },
              ],
            },
          },
          Metadata: { 'aws:cdk:path': 'S/Data/Policy/Resource' },
        },
      },
    }
    const r = await scanFiles({
      'cdk.out/manifest.json': MANIFEST,
      'cdk.out/S.template.json': JSON.stringify(template, null, 1),
    })
    const exposed = r.findings.filter((f) => f.ruleId === 'public-exposure').map((f) => f.resource)
    expect(exposed).toEqual(['Open'])
    const missing = r.findings.filter((f) => f.ruleId === 'bucket-policy-missing').map((f) => f.resource)
    expect(missing.sort()).toEqual(['Closed', 'Other'])
  })
})
