/**
 * A Multi-Region Access Point's policy is a resource of its own in CloudFormation
 * (`AWS::S3::MultiRegionAccessPointPolicy`, naming the access point by `MrapName`): it was never
 * read, so a public one on a bucket that delegates to access points passed in silence.
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../../helpers/scan-files.js'

const template = (mrapName: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
  DataPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {AWS: "*"}
            Action: "*"
            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]
            Condition: {StringEquals: {"s3:DataAccessPointAccount": !Ref AWS::AccountId}}
  Global:
    Type: AWS::S3::MultiRegionAccessPoint
    Properties:
      Name: global-data
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        IgnorePublicAcls: true
        BlockPublicPolicy: false
        RestrictPublicBuckets: false
      Regions:
        - Bucket: !Ref Data
  GlobalPolicy:
    Type: AWS::S3::MultiRegionAccessPointPolicy
    Properties:
      MrapName: ${mrapName}
      Policy:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub arn:aws:s3::\${AWS::AccountId}:accesspoint/global-data.mrap/object/*
`

describe('a Multi-Region Access Point policy (CloudFormation)', () => {
  it('opens a bucket that delegates to access points, named by !Ref or by its literal name', async () => {
    for (const name of ['!Ref Global', 'global-data']) {
      const r = await scanFiles({ 'stack.yaml': template(name) })
      expect(hits(r, 'public-exposure')).toEqual(['public-exposure@33'])
    }
  })

  it('is noted, not guessed, when it names an access point the template does not declare', async () => {
    const r = await scanFiles({ 'stack.yaml': template('other-mrap') })
    expect(hits(r, 'public-exposure')).toEqual([])
    expect(r.notes.some((n) => n.includes('GlobalPolicy: its Multi-Region Access Point is not declared in this template'))).toBe(true)
  })
})
