/**
 * The words of a public-policy finding name what anyone can do after the policy's Denies: an
 * Allow of `s3:List*` whose bucket-level listing a Deny for everyone takes back lets anyone list
 * only the parts of multipart uploads, not the objects, and an Allow of `s3:*` whose object writes
 * are denied lets anyone change the bucket's settings, not write objects.
 */
import { describe, expect, it } from 'vitest'
import { CLASS_WORDS } from '../../src/model/exposure.js'
import { findingsOf, scanFiles } from './helpers.js'

const template = (allowActions: string, denyActions: string, denyResource: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - Sid: Open
            Effect: Allow
            Principal: "*"
            Action: ${allowActions}
            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]
          - Effect: Deny
            Principal: "*"
            Action: ${denyActions}
            Resource: ${denyResource}
`

const messages = async (rule: string, text: string) => {
  const result = await scanFiles({ 'template.yaml': text })
  return [...findingsOf(result, rule), ...findingsOf(result, 'public-exposure')].map((f) => f.message)
}

describe('what a public Allow is said to grant beside a Deny', () => {
  it('does not say "list objects" when the bucket-level list actions are denied', async () => {
    const found = await messages(
      'policy-public-read',
      template('["s3:List*", "s3:GetObject"]', '[s3:ListBucket, s3:ListBucketVersions, s3:ListBucketMultipartUploads]', '!GetAtt Data.Arn'),
    )
    expect(found).toHaveLength(2)
    for (const m of found) {
      expect(m).toContain(CLASS_WORDS.objectRead)
      expect(m).not.toContain(CLASS_WORDS.list)
      expect(m).toContain('multipart')
    }
  })

  it('does not say "write or delete objects" when object writes are denied', async () => {
    const found = await messages(
      'policy-public-write',
      template(
        '"s3:*"',
        '["s3:Put*", "s3:Delete*", "s3:Restore*", "s3:Abort*", "s3:Replicate*", "s3:BypassGovernanceRetention", "s3:ObjectOwnerOverrideToBucketOwner"]',
        '!Sub "${Data.Arn}/*"',
      ),
    )
    const write = found.filter((m) => m.includes('policy lets anyone'))
    expect(write.length).toBeGreaterThan(0)
    for (const m of write) expect(m).not.toContain(CLASS_WORDS.write)
  })

  it('still says "list objects" when listing is not denied', async () => {
    const found = await messages('policy-public-read', template('["s3:List*", "s3:GetObject"]', 's3:PutObject', '!Sub "${Data.Arn}/*"'))
    for (const m of found) expect(m).toContain(CLASS_WORDS.list)
  })
})
