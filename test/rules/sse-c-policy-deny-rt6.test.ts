/**
 * AWS's own way to refuse SSE-C uploads before BlockedEncryptionTypes existed (and its resource
 * control policy example) is a bucket policy Deny of s3:PutObject when the customer-algorithm key
 * is present. A "require SSE-KMS" Deny (`StringNotEquals s3:x-amz-server-side-encryption aws:kms`)
 * refuses them too: an SSE-C upload carries no `x-amz-server-side-encryption` header.
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const template = (statement: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
${statement}`

const deny = (condition: string, extra = '') => `          - Effect: Deny
            Principal: "*"
            Action: s3:PutObject
            Resource: !Sub "\${Data.Arn}/*"
            Condition:
${condition}
${extra}`

const flagged = async (statement: string) => {
  const result = await scanFiles({ 'template.yaml': template(statement) })
  if (findingsOf(result, 'sse-c-not-blocked').length > 0) return true
  // Counted, and for certain: not left unknown either.
  expect(result.unknowns.filter((u) => u.ruleId === 'sse-c-not-blocked')).toEqual([])
  return false
}

describe('a bucket policy that refuses SSE-C uploads', () => {
  it("counts AWS's Null customer-algorithm false", async () => {
    expect(await flagged(deny('              "Null":\n                s3:x-amz-server-side-encryption-customer-algorithm: "false"'))).toBe(
      false,
    )
  })

  it('counts a Deny unless SSE-KMS, and a Deny without the SSE header', async () => {
    expect(await flagged(deny('              StringNotEquals:\n                s3:x-amz-server-side-encryption: aws:kms'))).toBe(false)
    expect(await flagged(deny('              "Null":\n                s3:x-amz-server-side-encryption: "true"'))).toBe(false)
  })

  it('does not count a Deny that lets SSE-C through', async () => {
    // Null true: denies only uploads without the customer key.
    expect(await flagged(deny('              "Null":\n                s3:x-amz-server-side-encryption-customer-algorithm: "true"'))).toBe(
      true,
    )
    // Only under a further condition that an SSE-C upload may not meet.
    expect(
      await flagged(
        deny(
          '              "Null":\n                s3:x-amz-server-side-encryption-customer-algorithm: "false"\n              StringNotEquals:\n                aws:SourceVpce: vpce-1a2b3c4d',
        ),
      ),
    ).toBe(true)
    // ForAnyValue: does not hold when the key is absent.
    expect(
      await flagged(deny('              ForAnyValue:StringNotEquals:\n                s3:x-amz-server-side-encryption: aws:kms')),
    ).toBe(true)
  })

  it('does not count a Deny on some objects, for some principals, or of other actions', async () => {
    const cond = '              "Null":\n                s3:x-amz-server-side-encryption-customer-algorithm: "false"'
    expect(await flagged(deny(cond).replace('${Data.Arn}/*', '${Data.Arn}/uploads/*'))).toBe(true)
    expect(await flagged(deny(cond).replace('Principal: "*"', 'Principal: {AWS: "111122223333"}'))).toBe(true)
    expect(await flagged(deny(cond).replace('Principal: "*"', 'NotPrincipal: {AWS: "arn:aws:iam::111122223333:root"}'))).toBe(true)
    expect(await flagged(deny(cond).replace('Action: s3:PutObject', 'Action: s3:GetObject'))).toBe(true)
  })

  it('still reports a bucket without policy', async () => {
    const result = await scanFiles({ 'template.yaml': 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n' })
    expect(findingsOf(result, 'sse-c-not-blocked')).toHaveLength(1)
  })
})
