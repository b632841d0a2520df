/**
 * A template deployed in China or GovCloud writes its own partition into ARNs (`arn:aws-cn:`,
 * `arn:aws-us-gov:`). Bucket ARNs are matched in `aws`, as `${AWS::Partition}` is rendered: a
 * Deny written for the other partitions covered nothing, so a TLS-only policy read as missing and
 * a Deny that shuts the public out read as absent.
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const template = (partition: string, statements: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: example-data
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
${statements.replaceAll('PARTITION', partition)}`

const tlsOnly = `          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: [arn:PARTITION:s3:::example-data, arn:PARTITION:s3:::example-data/*]
            Condition:
              Bool:
                aws:SecureTransport: false
`
const publicButOrgOnly = `          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "arn:\${AWS::Partition}:s3:::\${Data}/*"
          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: [arn:PARTITION:s3:::example-data, arn:PARTITION:s3:::example-data/*]
            Condition:
              StringNotEquals:
                aws:PrincipalOrgID: o-a1b2c3d4e5
`

describe('ARNs written in another partition than aws', () => {
  it.each(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso-b'])('count a TLS-only Deny in %s', async (partition) => {
    const result = await scanFiles({ 'template.yaml': template(partition, tlsOnly) })
    expect(findingsOf(result, 'tls-not-enforced')).toEqual([])
  })

  it.each(['aws-cn', 'aws-us-gov'])('count a Deny that keeps all but one organization out in %s', async (partition) => {
    const result = await scanFiles({ 'template.yaml': template(partition, publicButOrgOnly) })
    expect(findingsOf(result, 'policy-public-read')).toEqual([])
    expect(findingsOf(result, 'public-exposure')).toEqual([])
  })

  it('still grants what an Allow in aws-cn names', async () => {
    const allowOnly = publicButOrgOnly.split('          - Effect: Deny')[0]!.replace(/!Sub .*/, 'arn:PARTITION:s3:::example-data/*')
    const result = await scanFiles({ 'template.yaml': template('aws-cn', allowOnly) })
    expect(findingsOf(result, 'policy-public-read')).toHaveLength(1)
  })

  it('does not take a bucket of another name for this one', async () => {
    const other = tlsOnly.replaceAll('example-data', 'example-other')
    const result = await scanFiles({ 'template.yaml': template('aws-cn', other) })
    expect(findingsOf(result, 'tls-not-enforced')).toHaveLength(1)
  })
})

describe('an IAM policy on every bucket of another partition', () => {
  const iam = (resource: string) => `Resources:
  Admin:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: "s3:*"
            Resource: "${resource}"
`
  it.each(['arn:aws:s3:::*', 'arn:aws-cn:s3:::*', 'arn:aws-us-gov:s3:::*'])(
    'grants every S3 action on every bucket with %s',
    async (resource) => {
      const result = await scanFiles({ 'template.yaml': iam(resource) })
      expect(findingsOf(result, 'iam-policy-s3-wildcard').map((f) => f.messageId)).toEqual(['allS3'])
    },
  )
})
