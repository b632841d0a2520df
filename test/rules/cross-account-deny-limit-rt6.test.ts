/**
 * "Allow everyone, Deny unless aws:PrincipalOrgID" is the same grant as "Allow when
 * aws:PrincipalOrgID": the organization's other accounts get what the Allow names. With the
 * condition on the Allow, policy-cross-account-dangerous-actions reported s3:PutBucketPolicy to
 * them; with it on a Deny, neither that rule (which left the Allow to the public rules) nor the
 * public rules (for which the Deny keeps the public out) reported anything.
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const template = (allowPrincipal: string, denyCondition: string, denyAction = '"s3:*"') => `Resources:
  Data:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - Effect: Allow
            ${allowPrincipal}
            Action: "s3:*"
            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]
          - Effect: Deny
            Principal: "*"
            Action: ${denyAction}
            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]
            Condition:
              StringNotEquals:
                ${denyCondition}
`
const crossAccount = async (allowPrincipal: string, denyCondition: string, denyAction?: string) => {
  const result = await scanFiles({ 'template.yaml': template(allowPrincipal, denyCondition, denyAction) })
  return findingsOf(result, 'policy-cross-account-dangerous-actions').map((f) => f.messageId)
}

describe('a wildcard Allow that a Deny limits to pinned-down callers', () => {
  it('reports the dangerous actions granted to the other accounts of an organization', async () => {
    expect(await crossAccount('Principal: "*"', 'aws:PrincipalOrgID: o-a1b2c3d4e5')).toEqual(['crossAccount'])
    expect(await crossAccount('Principal: {AWS: "*"}', 'aws:PrincipalAccount: ["444455556666"]')).toEqual(['crossAccount'])
  })

  it('reports an Allow with NotPrincipal limited the same way', async () => {
    expect(await crossAccount('NotPrincipal: {AWS: "arn:aws:iam::111122223333:root"}', 'aws:PrincipalOrgID: o-a1b2c3d4e5')).toEqual([
      'crossAccount',
    ])
  })

  it("does not report one limited to the owner's own account", async () => {
    expect(await crossAccount('Principal: "*"', 'aws:PrincipalAccount: !Ref AWS::AccountId')).toEqual([])
  })

  it('leaves one that stays public to the public rules', async () => {
    // The Deny spares PutBucketPolicy: anyone may call it, which policy-public-write reports.
    const result = await scanFiles({ 'template.yaml': template('Principal: "*"', 'aws:PrincipalOrgID: o-a1b2c3d4e5', 's3:GetObject') })
    expect(findingsOf(result, 'policy-cross-account-dangerous-actions')).toEqual([])
    expect(findingsOf(result, 'policy-public-write')).toHaveLength(1)
  })
})
