/**
 * Bucket policies that look restricted or protected and are not: condition values that pin no
 * caller, a Deny of plain HTTP for a few actions, a NotPrincipal that excludes everyone, and an
 * account-level BlockPublicPolicy that Terraform may apply after the policy.
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from './helpers.js'

const withStatements = (statements: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
${statements}`

const publicRead = (condition: string) => `          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "\${Data.Arn}/*"
            Condition: ${condition}
`

async function verdict(template: string, rule = 'policy-public-read'): Promise<string> {
  const r = await scanFiles({ 'template.yaml': template })
  const finding = r.findings.find((f) => f.ruleId === rule)
  if (finding) return `${finding.severity} ${finding.messageId}`
  return r.unknowns.some((u) => u.ruleId === rule) ? 'unknown' : 'none'
}

describe('conditions that pin no caller', () => {
  it.each([
    ['aws:VpcSourceIp, an address any account’s VPC may use', '{ IpAddress: { aws:VpcSourceIp: 10.0.0.0/16 } }'],
    ['aws:userid with a wildcard role id', '{ StringLike: { aws:userid: "AROA*:*" } }'],
    ['aws:userid with a ? in the role id', '{ StringLike: { aws:userid: "A?OAEXAMPLE:*" } }'],
    ['aws:SourceIp matched as a string against *', '{ StringLike: { aws:SourceIp: "*" } }'],
  ])('leave a statement public: %s', async (_, condition) => {
    expect(await verdict(withStatements(publicRead(condition)))).toMatch(/^critical /)
  })

  it.each([
    ['one role’s sessions', '{ StringLike: { aws:userid: "AROAEXAMPLEID:*" } }'],
    ['one user id', '{ StringEquals: { aws:userid: "AIDAEXAMPLEID" } }'],
    [
      'aws:VpcSourceIp beside aws:SourceVpce',
      '{ IpAddress: { aws:VpcSourceIp: 10.0.0.0/16 }, StringEquals: { aws:SourceVpce: vpce-1a2b3c4d } }',
    ],
    ['a source address range', '{ IpAddress: { aws:SourceIp: 203.0.113.0/24 } }'],
  ])('still restrict a statement: %s', async (_, condition) => {
    expect(await verdict(withStatements(publicRead(condition)))).toBe('none')
  })

  it('do not make a Deny shut the public out', async () => {
    const deny = `          - Effect: Deny
            Principal: "*"
            Action: s3:*
            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]
            Condition: { StringNotEquals: { aws:VpcSourceIp: 10.0.0.1 } }
`
    const allow = publicRead('{}').replace('            Condition: {}\n', '')
    expect(await verdict(withStatements(allow + deny))).toMatch(/^critical /)
    // The same Deny on the endpoint does.
    expect(await verdict(withStatements(allow + deny.replace('aws:VpcSourceIp: 10.0.0.1', 'aws:SourceVpce: vpce-1a2b3c4d')))).toBe('none')
  })
})

describe('a Deny that excludes everyone with NotPrincipal', () => {
  it('denies no one, so the public Allow stands', async () => {
    const allow = publicRead('{}').replace('            Condition: {}\n', '')
    const deny = (notPrincipal: string) => `          - Effect: Deny
            NotPrincipal: ${notPrincipal}
            Action: s3:*
            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]
`
    expect(await verdict(withStatements(allow + deny('{ AWS: "*" }')))).toMatch(/^critical /)
    // Excluding one role denies everyone else, the public included.
    expect(await verdict(withStatements(allow + deny('{ AWS: "arn:aws:iam::111122223333:role/reader" }')))).toBe('none')
  })
})

describe('a Deny of plain HTTP', () => {
  const denyHttp = (actions: string) => `          - Effect: Deny
            Principal: "*"
            Action: ${actions}
            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]
            Condition: { Bool: { aws:SecureTransport: false } }
`
  it.each([
    ['four common actions', '[s3:GetObject, s3:PutObject, s3:ListBucket, s3:DeleteObject]'],
    ['the Get, Put, List and Delete verbs', '["s3:Get*", "s3:Put*", "s3:List*", "s3:Delete*"]'],
    ['one action', 's3:GetObject'],
  ])('for %s leaves the other actions open, and says so', async (_, actions) => {
    expect(await verdict(withStatements(denyHttp(actions)), 'tls-not-enforced')).toBe('medium someActions')
  })

  it.each([
    ['s3:*', '"s3:*"'],
    ['*', '"*"'],
  ])('for %s covers the bucket', async (_, actions) => {
    expect(await verdict(withStatements(denyHttp(actions)), 'tls-not-enforced')).toBe('none')
  })

  it('with NotAction sparing a harmless action still covers the bucket', async () => {
    const notAction = denyHttp('x').replace('Action: x', 'NotAction: s3:GetAccelerateConfiguration')
    expect(await verdict(withStatements(notAction), 'tls-not-enforced')).toBe('none')
  })
})

describe('an account BlockPublicPolicy in the same Terraform configuration', () => {
  const tf = (policyExtra: string) => `resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "\${aws_s3_bucket.data.arn}/*" }]
  })${policyExtra}
}

resource "aws_s3_account_public_access_block" "account" {
  block_public_policy = true
}
`
  const exposure = async (text: string) => {
    const r = await scanFiles({ 'main.tf': text })
    return {
      finding: r.findings.filter((f) => f.ruleId === 'public-exposure').map((f) => f.severity),
      unknown: r.unknowns.filter((u) => u.ruleId === 'public-exposure').map((u) => u.why),
    }
  }

  it('may come after the policy, which it then leaves in place: unknown', async () => {
    expect(await exposure(tf(''))).toEqual({ finding: [], unknown: [expect.stringMatching(/nothing orders the bucket policy after/)] })
  })

  it('rejects a policy that waits for it', async () => {
    expect(await exposure(tf('\n  depends_on = [aws_s3_account_public_access_block.account]'))).toEqual({ finding: [], unknown: [] })
  })

  it('does not reject a policy it waits for', async () => {
    const text = tf('').replace(
      '  block_public_policy = true\n',
      '  block_public_policy = true\n  depends_on          = [aws_s3_bucket_policy.data]\n',
    )
    expect((await exposure(text)).finding).toEqual(['critical'])
  })
})
