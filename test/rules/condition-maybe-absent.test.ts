/**
 * A condition key whose value is `!If [cond, value, !Ref AWS::NoValue]` on a condition not known
 * statically may be left out, and the restriction with it: the policy may be public (unknown), not
 * surely restricted.
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from './helpers.js'

const template = (value: string) => `Parameters:
  Env: {Type: String, Default: dev}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: {BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false}
  DataPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "\${Data.Arn}/*"
            Condition:
              StringEquals:
                aws:SourceVpce: ${value}
                aws:UserAgent: internal-sync
`

describe('a condition key that AWS::NoValue may leave out', () => {
  it('makes the policy unknown instead of restricted', async () => {
    const r = await scanFiles({ 'template.yaml': template('!If [IsProd, vpce-1a2b3c4d, !Ref AWS::NoValue]') })
    expect(r.findings.filter((f) => f.ruleId === 'policy-public-read')).toEqual([])
    const u = r.unknowns.find((x) => x.ruleId === 'policy-public-read')!
    expect(u.why).toBe('an Allow statement allows everyone unless a part only known at deploy time narrows it')
    expect(r.unknowns.find((x) => x.ruleId === 'public-exposure')).toBeDefined()
  })

  it('still reads a value that is always there as restricting', async () => {
    const r = await scanFiles({ 'template.yaml': template('!If [IsProd, vpce-1a2b3c4d, vpce-5e6f7a8b]') })
    expect(r.findings.filter((f) => f.ruleId === 'policy-public-read')).toEqual([])
    expect(r.unknowns.filter((x) => x.ruleId === 'policy-public-read')).toEqual([])
  })
})
