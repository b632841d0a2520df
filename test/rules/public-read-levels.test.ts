/**
 * policy-public-read names what the statement's Resource lets anyone do: on `bucket/*` only the
 * object-level actions of a class are granted, so bucket-level words ("list objects") would name
 * access the statement does not give.
 */
import { describe, expect, it } from 'vitest'
import { CLASS_WORDS } from '../../src/model/exposure.js'
import { scanFiles } from '../helpers/scan-files.js'

const template = (statement: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
${statement}
`

async function publicReadMessage(statement: string): Promise<string> {
  const r = await scanFiles({ 't.yaml': template(statement) })
  const found = r.findings.filter((f) => f.ruleId === 'policy-public-read')
  expect(found.map((f) => f.messageId)).toEqual(['publicRead'])
  return found[0]!.message
}

describe('the access policy-public-read names', () => {
  it('is only object-level access when the Resource names only objects', async () => {
    const message = await publicReadMessage(`            NotAction: s3:DeleteObject
            Resource: !Sub '\${Data.Arn}/*'`)
    expect(message).toContain(CLASS_WORDS.objectRead)
    expect(message).not.toContain(CLASS_WORDS.list)
    expect(message).not.toContain(CLASS_WORDS.metadataRead)
  })

  it('is bucket-level access when the Resource names the bucket', async () => {
    const message = await publicReadMessage(`            NotAction: s3:DeleteObject
            Resource: !GetAtt Data.Arn`)
    expect(message).toContain(CLASS_WORDS.list)
    expect(message).toContain(CLASS_WORDS.metadataRead)
    expect(message).not.toContain(CLASS_WORDS.objectRead)
  })

  it('keeps listing objects when the bucket-level list actions are granted too', async () => {
    const message = await publicReadMessage(`            Action: [s3:ListBucket, s3:ListMultipartUploadParts]
            Resource: [!GetAtt Data.Arn, !Sub '\${Data.Arn}/*']`)
    expect(message).toContain(CLASS_WORDS.list)
  })
})
