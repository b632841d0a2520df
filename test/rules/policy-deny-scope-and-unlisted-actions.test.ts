/**
 * Bucket policies whose verdict depends on how far a Deny reaches (a key prefix, an action split
 * across statements, a blanket Deny), on actions the built-in lists lack, and on principal ARNs
 * with a wildcard in the account. Each case is checked in CloudFormation and in Terraform.
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../helpers/scan-files.js'

const POLICY_RULES = ['policy-public-read', 'policy-public-write', 'public-exposure', 'tls-not-enforced', 'policy-lockout']

/** The policy findings of one file, as `ruleId@line`, sorted. */
async function policyHits(file: string, text: string): Promise<string[]> {
  const r = await scanFiles({ [file]: text })
  return hits(r)
    .filter((h) => POLICY_RULES.includes(h.slice(0, h.indexOf('@'))))
    .sort()
}

const cfn = (statements: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Data:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
${statements}`

const tf = (statements: string) => `resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}
resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
${statements}
    ]
  })
}
`

const CFN_TLS = `          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]
            Condition: { Bool: { aws:SecureTransport: false } }
`
const TF_TLS = `      {
        Effect = "Deny", Principal = "*", Action = "s3:*"
        Resource  = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },`

describe('a Deny on the same key prefix as a public Allow', () => {
  const cfnAllow = `          - Sid: ReadReports
            Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "\${Data.Arn}/reports/*"
`
  const cfnDeny = (resource: string, condition: string) => `          - Sid: OnlyViaVpce
            Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: ${resource}
${condition}`
  const CFN_VPCE = `            Condition:
              StringNotEquals:
                aws:SourceVpce: vpce-1a2b3c4d
`
  const tfAllow = `      {
        Sid = "ReadReports", Effect = "Allow", Principal = "*"
        Action = "s3:GetObject", Resource = "\${aws_s3_bucket.data.arn}/reports/*"
      },`
  const tfDeny = (resource: string, condition: string) => `      {
        Sid = "OnlyViaVpce", Effect = "Deny", Principal = "*"
        Action = "s3:*", Resource = ${resource}
        ${condition}
      },`
  const TF_VPCE = 'Condition = { StringNotEquals = { "aws:SourceVpce" = "vpce-1a2b3c4d" } }'

  it('takes the public read back when the Deny lets in only one endpoint (CloudFormation)', async () => {
    expect(await policyHits('t.yaml', cfn(cfnAllow + cfnDeny('!Sub "${Data.Arn}/reports/*"', CFN_VPCE) + CFN_TLS))).toEqual([])
  })

  it('takes the public read back when the Deny lets in only one endpoint (Terraform)', async () => {
    expect(await policyHits('main.tf', tf(tfAllow + tfDeny('"${aws_s3_bucket.data.arn}/reports/*"', TF_VPCE) + TF_TLS))).toEqual([])
  })

  it('takes the public read back when the Deny has no condition at all', async () => {
    expect(await policyHits('t.yaml', cfn(cfnAllow + cfnDeny('!Sub "${Data.Arn}/reports/*"', '') + CFN_TLS))).toEqual([])
    expect(await policyHits('main.tf', tf(tfAllow + tfDeny('"${aws_s3_bucket.data.arn}/reports/*"', '') + TF_TLS))).toEqual([])
  })

  it('takes the public read back when the Deny names a wider prefix that takes the Allow’s in', async () => {
    expect(await policyHits('t.yaml', cfn(cfnAllow + cfnDeny('!Sub "${Data.Arn}/rep*"', CFN_VPCE) + CFN_TLS))).toEqual([])
    expect(await policyHits('main.tf', tf(tfAllow + tfDeny('"${aws_s3_bucket.data.arn}/rep*"', TF_VPCE) + TF_TLS))).toEqual([])
  })

  it('leaves the Allow public when the Deny covers only part of its prefix', async () => {
    const deny = cfnDeny('!Sub "${Data.Arn}/reports/2024/*"', CFN_VPCE)
    expect(await policyHits('t.yaml', cfn(cfnAllow + deny + CFN_TLS))).toEqual(['policy-public-read@11', 'public-exposure@11'])
    const tfd = tfDeny('"${aws_s3_bucket.data.arn}/reports/2024/*"', TF_VPCE)
    expect(await policyHits('main.tf', tf(tfAllow + tfd + TF_TLS))).toEqual(['policy-public-read@9', 'public-exposure@9'])
  })

  it('leaves the Allow public when the Deny matches its prefix only through a ? that a longer key escapes', async () => {
    const deny = cfnDeny('!Sub "${Data.Arn}/reports/?"', CFN_VPCE)
    expect(await policyHits('t.yaml', cfn(cfnAllow + deny + CFN_TLS))).toEqual(['policy-public-read@11', 'public-exposure@11'])
  })

  it('leaves the Allow public when the Deny lets in callers that are not pinned down', async () => {
    const condition = `            Condition:
              StringNotEquals:
                aws:VpcSourceIp: 10.0.0.1
`
    const deny = cfnDeny('!Sub "${Data.Arn}/reports/*"', condition)
    expect(await policyHits('t.yaml', cfn(cfnAllow + deny + CFN_TLS))).toEqual(['policy-public-read@11', 'public-exposure@11'])
    const tfd = tfDeny('"${aws_s3_bucket.data.arn}/reports/*"', 'Condition = { StringNotEquals = { "aws:VpcSourceIp" = "10.0.0.1" } }')
    expect(await policyHits('main.tf', tf(tfAllow + tfd + TF_TLS))).toEqual(['policy-public-read@9', 'public-exposure@9'])
  })

  it('leaves the actions the Deny does not name public', async () => {
    const allow = cfnAllow.replace('Action: s3:GetObject', 'Action: [s3:GetObject, s3:PutObject]')
    const deny = cfnDeny('!Sub "${Data.Arn}/reports/*"', CFN_VPCE).replace('Action: "s3:*"', 'Action: "s3:Get*"')
    expect(await policyHits('t.yaml', cfn(allow + deny + CFN_TLS))).toEqual(['policy-public-write@11', 'public-exposure@11'])
    const tfa = tfAllow.replace('Action = "s3:GetObject"', 'Action = ["s3:GetObject", "s3:PutObject"]')
    const tfd = tfDeny('"${aws_s3_bucket.data.arn}/reports/*"', TF_VPCE).replace('Action = "s3:*"', 'Action = "s3:Get*"')
    expect(await policyHits('main.tf', tf(tfa + tfd + TF_TLS))).toEqual(['policy-public-write@9', 'public-exposure@9'])
  })
})

describe('a public Allow of S3 actions the built-in lists lack', () => {
  const cfnAllow = (actions: string) => `          - Effect: Allow
            Principal: "*"
            Action: ${actions}
            Resource: !GetAtt Data.Arn
`
  const tfAllow = (actions: string) => `      {
        Effect = "Allow", Principal = "*", Resource = aws_s3_bucket.data.arn
        Action = ${actions}
      },`

  it('is public read and write by the verb of each action (CloudFormation)', async () => {
    const actions = '[s3:GetBucketMetadataTableConfiguration, s3:DeleteBucketMetadataTableConfiguration]'
    const r = await scanFiles({ 't.yaml': cfn(cfnAllow(actions) + CFN_TLS) })
    expect(
      hits(r)
        .filter((h) => POLICY_RULES.some((p) => h.startsWith(`${p}@`)))
        .sort(),
    ).toEqual(['policy-public-read@11', 'policy-public-write@11', 'public-exposure@11'])
    expect(r.findings.find((f) => f.ruleId === 'policy-public-read')?.messageId).toBe('publicRead')
    expect(r.findings.find((f) => f.ruleId === 'policy-public-write')?.messageId).toBe('publicWrite')
  })

  it('is public read and write by the verb of each action (Terraform)', async () => {
    const actions = '["s3:GetBucketMetadataTableConfiguration", "s3:DeleteBucketMetadataTableConfiguration"]'
    expect(await policyHits('main.tf', tf(tfAllow(actions) + TF_TLS))).toEqual([
      'policy-public-read@9',
      'policy-public-write@9',
      'public-exposure@9',
    ])
  })

  it('counts a pattern whose verb is written out, and a Deny of that verb takes it back', async () => {
    expect(await policyHits('t.yaml', cfn(cfnAllow('"s3:PutBucketMetadata*"') + CFN_TLS))).toEqual([
      'policy-public-write@11',
      'public-exposure@11',
    ])
    const deny = `          - Effect: Deny
            Principal: "*"
            Action: "s3:Put*"
            Resource: !GetAtt Data.Arn
            Condition: { StringNotEquals: { aws:SourceVpce: vpce-1a2b3c4d } }
`
    expect(await policyHits('t.yaml', cfn(cfnAllow('"s3:PutBucketMetadata*"') + deny + CFN_TLS))).toEqual([])
  })

  it('is not public when a Deny of every action lets in only one endpoint', async () => {
    const actions = '["s3:GetBucketMetadataTableConfiguration", "s3:DeleteBucketMetadataTableConfiguration"]'
    const deny = `      {
        Effect = "Deny", Principal = "*", Action = "s3:*", Resource = aws_s3_bucket.data.arn
        Condition = { StringNotEquals = { "aws:SourceVpce" = "vpce-1a2b3c4d" } }
      },`
    expect(await policyHits('main.tf', tf(tfAllow(actions) + deny + TF_TLS))).toEqual([])
  })

  it('grants an object action only where the Resource reaches objects', async () => {
    // s3:GetObjectFoo acts on objects: on the bucket ARN it grants nothing.
    expect(await policyHits('t.yaml', cfn(cfnAllow('s3:GetObjectFoo') + CFN_TLS))).toEqual([])
    const onObjects = cfnAllow('s3:GetObjectFoo').replace('!GetAtt Data.Arn', '!Sub "${Data.Arn}/*"')
    expect(await policyHits('t.yaml', cfn(onObjects + CFN_TLS))).toEqual(['policy-public-read@11', 'public-exposure@11'])
  })
})

describe('plain HTTP denied by statements split by action', () => {
  const cfnSplit = (second: string) => `          - Effect: Deny
            Principal: "*"
            Action: s3:Get*
            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]
            Condition: { Bool: { aws:SecureTransport: false } }
          - Effect: Deny
            Principal: "*"
            ${second}
            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]
            Condition: { Bool: { aws:SecureTransport: false } }
`
  const tfSplit = (second: string) => `      {
        Effect = "Deny", Principal = "*", Action = "s3:Get*"
        Resource  = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      }, {
        Effect = "Deny", Principal = "*", ${second}
        Resource  = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },`

  it('is enforced when one names s3:Get* and the other everything but s3:Get*', async () => {
    expect(await policyHits('t.yaml', cfn(cfnSplit('NotAction: s3:Get*')))).toEqual([])
    expect(await policyHits('main.tf', tf(tfSplit('NotAction = "s3:Get*"')))).toEqual([])
  })

  it('is not enforced when the NotAction spares more than the other statement names', async () => {
    const r = await scanFiles({ 't.yaml': cfn(cfnSplit('NotAction: [s3:Get*, s3:PutObject]')) })
    expect(hits(r, 'tls-not-enforced')).toEqual(['tls-not-enforced@11'])
    expect(r.findings.find((f) => f.ruleId === 'tls-not-enforced')?.messageId).toBe('someActions')
    expect(await policyHits('main.tf', tf(tfSplit('NotAction = ["s3:Get*", "s3:PutObject"]')))).toEqual(['tls-not-enforced@9'])
  })
})

describe('a Deny of everything to everyone, without condition', () => {
  const cfnDeny = (resource: string) => `          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: ${resource}
`
  const tfDeny = (resource: string) => `      {
        Effect = "Deny", Principal = "*", Action = "s3:*", Resource = ${resource}
      },`

  it('locks the policy but denies plain HTTP too', async () => {
    expect(await policyHits('t.yaml', cfn(cfnDeny('[!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]')))).toEqual(['policy-lockout@11'])
    expect(await policyHits('main.tf', tf(tfDeny('[aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]')))).toEqual(['policy-lockout@9'])
  })

  it('denies plain HTTP only where its Resource reaches', async () => {
    const r = await scanFiles({ 't.yaml': cfn(cfnDeny('!GetAtt Data.Arn')) })
    expect(
      hits(r)
        .filter((h) => POLICY_RULES.some((p) => h.startsWith(`${p}@`)))
        .sort(),
    ).toEqual(['policy-lockout@11', 'tls-not-enforced@11'])
    expect(r.findings.find((f) => f.ruleId === 'tls-not-enforced')?.messageId).toBe('bucketOnly')
  })

  it('does not stand for a TLS Deny when it names only some actions', async () => {
    const r = await scanFiles({ 't.yaml': cfn(cfnDeny('[!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]').replace('"s3:*"', 's3:DeleteBucket')) })
    expect(hits(r, 'tls-not-enforced')).toEqual(['tls-not-enforced@9'])
    expect(r.findings.find((f) => f.ruleId === 'tls-not-enforced')?.messageId).toBe('noDeny')
  })
})

describe('a principal ARN with a wildcard in its account', () => {
  const cfnAllow = (principal: string) => `          - Effect: Allow
            Principal:
              AWS: ${principal}
            Action: s3:GetObject
            Resource: !Sub "\${Data.Arn}/*"
`
  const tfAllow = (principal: string) => `      {
        Effect = "Allow", Principal = { AWS = "${principal}" }
        Action = "s3:GetObject", Resource = "\${aws_s3_bucket.data.arn}/*"
      },`

  it.each(['arn:aws:sts::*:assumed-role/r/s', 'arn:aws:iam::12345678901*:root', 'arn:aws:iam::1234567890?1:root', 'arn:aws:iam::*:root'])(
    'is anyone: %s',
    async (principal) => {
      expect(await policyHits('t.yaml', cfn(cfnAllow(principal) + CFN_TLS))).toEqual(['policy-public-read@11', 'public-exposure@11'])
      expect(await policyHits('main.tf', tf(tfAllow(principal) + TF_TLS))).toEqual(['policy-public-read@9', 'public-exposure@9'])
    },
  )

  it.each(['arn:aws:iam::123456789012:root', 'arn:aws:sts::123456789012:assumed-role/r/s'])('is one account: %s', async (principal) => {
    expect(await policyHits('t.yaml', cfn(cfnAllow(principal) + CFN_TLS))).toEqual([])
    expect(await policyHits('main.tf', tf(tfAllow(principal) + TF_TLS))).toEqual([])
  })
})
