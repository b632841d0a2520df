/**
 * IAM matches no wildcard inside a principal: only `"*"` and `{"AWS": "*"}` name everyone. A Deny
 * written for `arn:aws:iam::*:root`, `{"Service": "*"}` or `{"CanonicalUser": "*"}` may deny no
 * one, so the protections it is meant to give (plain HTTP refused, SSE-C refused, the public kept
 * out) cannot be counted on: unknown, never a certain pass. An Allow so written still reads as public.
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const template = (statements: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
${statements}`

const tlsDeny = (principal: string) => `          - Effect: Deny
            Principal: ${principal}
            Action: "s3:*"
            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]
            Condition:
              Bool: {aws:SecureTransport: false}
`

const sseCDeny = (principal: string) => `          - Effect: Deny
            Principal: ${principal}
            Action: s3:PutObject
            Resource: !Sub "\${Data.Arn}/*"
            Condition:
              "Null": {s3:x-amz-server-side-encryption-customer-algorithm: "false"}
`

const publicRead = `          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "\${Data.Arn}/*"
`
const vpceDeny = (principal: string) => `          - Effect: Deny
            Principal: ${principal}
            Action: "s3:*"
            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]
            Condition:
              StringNotEquals: {aws:SourceVpce: vpce-1a2b3c4d}
`

const verdict = async (rule: string, statements: string) => {
  const result = await scanFiles({ 'template.yaml': template(statements) })
  if (findingsOf(result, rule).length > 0) return 'finding'
  return result.unknowns.some((u) => u.ruleId === rule) ? 'unknown' : 'pass'
}

const PARTIAL = ['{AWS: "arn:aws:iam::*:root"}', '{Service: "*"}', '{CanonicalUser: "*"}']

describe('a Deny whose principal holds a wildcard inside it', () => {
  it('does not count as refusing plain HTTP for everyone', async () => {
    for (const p of PARTIAL) expect(await verdict('tls-not-enforced', tlsDeny(p)), p).toBe('unknown')
  })

  it('does not count as refusing SSE-C uploads for everyone', async () => {
    for (const p of PARTIAL) expect(await verdict('sse-c-not-blocked', sseCDeny(p)), p).toBe('unknown')
  })

  it('does not count as keeping the public out of a public Allow', async () => {
    for (const p of PARTIAL) expect(await verdict('policy-public-read', publicRead + vpceDeny(p)), p).not.toBe('pass')
  })

  it('still counts "*" and {AWS: "*"} as everyone', async () => {
    for (const p of ['"*"', '{AWS: "*"}', '{AWS: ["*"]}']) {
      expect(await verdict('tls-not-enforced', tlsDeny(p)), p).toBe('pass')
      expect(await verdict('sse-c-not-blocked', sseCDeny(p)), p).toBe('pass')
      expect(await verdict('policy-public-read', publicRead + vpceDeny(p)), p).toBe('pass')
    }
  })

  it('leaves an Allow to arn:aws:iam::*:root public', async () => {
    const allow = publicRead.replace('Principal: "*"', 'Principal: {AWS: "arn:aws:iam::*:root"}')
    expect(await verdict('policy-public-read', allow)).toBe('finding')
  })
})
