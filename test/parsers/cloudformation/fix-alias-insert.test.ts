/**
 * Lines a suggestion adds inside a block collection an alias repeats land in every place that
 * repeats it: a TLS statement appended to `Statement: &statements` went into the other policy too,
 * naming this bucket's objects in another bucket's policy (a resource S3 refuses there), and a
 * `BucketKeyEnabled` appended to an aliased encryption rule changed the other bucket. No
 * suggestion then; lines added after such a collection, outside it, are still offered.
 */
import { describe, expect, it } from 'vitest'
import { strict } from '../../helpers/fix-round-trip.js'
import { scanFiles } from '../../helpers/scan-files.js'

const suggested = async (yaml: string, rule: string) => {
  const r = await scanFiles({ 'template.yaml': yaml }, strict)
  return r.findings
    .filter((f) => f.ruleId === rule && f.edit)
    .map((f) => f.resource)
    .sort()
}

const policies = (statements: string) =>
  [
    'Resources:',
    '  A:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      BucketName: a',
    '  APolicy:',
    '    Type: AWS::S3::BucketPolicy',
    '    Properties:',
    '      Bucket: !Ref A',
    '      PolicyDocument:',
    `        Statement: ${statements}`,
    '          - Effect: Allow',
    '            Principal: {AWS: arn:aws:iam::111122223333:root}',
    '            Action: s3:GetObject',
    '            Resource: "*"',
    '  B:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      BucketName: b',
    '  BPolicy:',
    '    Type: AWS::S3::BucketPolicy',
    '    Properties:',
    '      Bucket: !Ref B',
    '      PolicyDocument:',
    '        Statement: *statements',
    '',
  ].join('\n')

describe('suggestions that add lines inside a collection an alias repeats', () => {
  it('appends no TLS statement to a statement list another policy repeats', async () => {
    expect(await suggested(policies('&statements'), 'tls-not-enforced')).toEqual([])
  })

  it('appends none to an aliased encryption rule either, but still edits what only one bucket holds', async () => {
    const yaml = [
      'Resources:',
      '  A:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      BucketEncryption:',
      '        ServerSideEncryptionConfiguration: &sse',
      '          - ServerSideEncryptionByDefault:',
      '              SSEAlgorithm: aws:kms',
      '              KMSMasterKeyID: arn:aws:kms:us-east-1:111122223333:key/abc',
      '  B:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      BucketEncryption:',
      '        ServerSideEncryptionConfiguration: *sse',
      '  C:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      BucketEncryption:',
      '        ServerSideEncryptionConfiguration:',
      '          - ServerSideEncryptionByDefault:',
      '              SSEAlgorithm: aws:kms',
      '              KMSMasterKeyID: arn:aws:kms:us-east-1:111122223333:key/abc',
      '',
    ].join('\n')
    expect(await suggested(yaml, 'bucket-key-disabled')).toEqual(['C'])
  })
})
