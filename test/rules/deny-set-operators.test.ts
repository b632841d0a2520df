/**
 * A Deny with `ForAllValues:` and a negated operator applies to a request without the key, as the
 * plain operator does, so it shuts the public out; `ForAnyValue:` does not apply then, and lets it in.
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const template = (operator: string, key: string, value: string) => `Resources:
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
            Action: s3:GetObject
            Resource: !Sub "\${Data.Arn}/*"
          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]
            Condition:
              ${operator}:
                ${key}: ${value}
`
const publicRead = async (operator: string, key = 'aws:SourceVpce', value = 'vpce-1a2b3c4d') =>
  findingsOf(await scanFiles({ 'template.yaml': template(operator, key, value) }), 'policy-public-read').length > 0

describe('a Deny for callers outside fixed values, with a set operator', () => {
  it('keeps the public out with ForAllValues:', async () => {
    expect(await publicRead('ForAllValues:StringNotEquals')).toBe(false)
    expect(await publicRead('ForAllValues:StringNotLike', 'aws:PrincipalOrgPaths', '"o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*"')).toBe(false)
  })

  it('lets the public in with ForAnyValue:, as without the Deny', async () => {
    expect(await publicRead('ForAnyValue:StringNotEquals')).toBe(true)
  })
})
