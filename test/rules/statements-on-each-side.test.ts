/**
 * A TLS Deny chosen by `Fn::If` on a condition not known statically: exactly one side is in the
 * policy, so the bucket enforces TLS when every side does, and not when none does; only a mix (or
 * a side that is `AWS::NoValue`) leaves it to the deploy-time condition.
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../helpers/scan-files.js'

const tls = (sid: string, extra = '') => `
              Sid: ${sid}
              Effect: Deny
              Principal: "*"
              Action: "s3:*"
              Resource: [!GetAtt B.Arn, !Sub "\${B.Arn}/*"]
              Condition:
                Bool:
                  aws:SecureTransport: "false"${extra}`

const template = (statements: string) => `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B
      PolicyDocument:
        Statement:${statements}
`

async function tlsVerdict(statements: string): Promise<'finding' | 'unknown' | 'pass'> {
  const r = await scanFiles({ 't.yaml': template(statements) })
  if (hits(r, 'tls-not-enforced').length) return 'finding'
  return r.unknowns.some((u) => u.ruleId === 'tls-not-enforced') ? 'unknown' : 'pass'
}

const ifStatement = (a: string, b: string) => `
          - !If
            - IsProd
            - ${a.trim().replace(/\n {14}/g, '\n              ')}
            - ${b.trim().replace(/\n {14}/g, '\n              ')}`

describe('a TLS Deny on each side of a deploy-time choice', () => {
  it('is enforced when both sides of a statement-level Fn::If deny plain HTTP', async () => {
    expect(await tlsVerdict(ifStatement(tls('ProdTls'), tls('DevTls')))).toBe('pass')
  })

  it('is not enforced when neither side does, and depends on the condition when one side does', async () => {
    const allow = `
              Effect: Allow
              Principal: { AWS: !Sub "arn:aws:iam::\${AWS::AccountId}:root" }
              Action: s3:GetObject
              Resource: !Sub "\${B.Arn}/*"`
    expect(await tlsVerdict(ifStatement(tls('ProdTls'), allow))).toBe('unknown')
    expect(await tlsVerdict(ifStatement(allow, allow))).toBe('finding')
  })

  it('depends on the condition when one side is AWS::NoValue', async () => {
    expect(await tlsVerdict(ifStatement(tls('ProdTls'), '!Ref AWS::NoValue'))).toBe('unknown')
  })

  it('is enforced when each list a Statement-level Fn::If chooses holds the Deny', async () => {
    const list = (sid: string) => `
              - ${tls(sid)
                .trim()
                .replace(/\n {14}/g, '\n                ')}`
    const statements = ` !If
          - IsProd
          -${list('ProdTls').replace(/\n {14}/g, '\n            ')}
          -${list('DevTls').replace(/\n {14}/g, '\n            ')}`
    expect(await tlsVerdict(statements)).toBe('pass')
  })

  it('keeps a policy that may not be deployed from counting', async () => {
    const r = await scanFiles({
      't.yaml': template(ifStatement(tls('ProdTls'), tls('DevTls'))).replace(
        '    Type: AWS::S3::BucketPolicy',
        '    Type: AWS::S3::BucketPolicy\n    Condition: IsProd',
      ),
    })
    expect(hits(r, 'tls-not-enforced')).toEqual([])
    expect(r.unknowns.some((u) => u.ruleId === 'tls-not-enforced')).toBe(true)
  })
})

describe('Terraform: a statement list chosen by a condition not known statically', () => {
  const tf = (statements: string) => `variable "prod" { type = bool }
resource "aws_s3_bucket" "b" { bucket = "x" }
locals {
  tls = {
    Effect    = "Deny"
    Principal = "*"
    Action    = "s3:*"
    Resource  = [aws_s3_bucket.b.arn, "\${aws_s3_bucket.b.arn}/*"]
    Condition = { Bool = { "aws:SecureTransport" = "false" } }
  }
  read = { Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "\${aws_s3_bucket.b.arn}/*" }
}
resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({ Statement = ${statements} })
}
`
  const verdicts = async (statements: string) => {
    const r = await scanFiles({ 'main.tf': tf(statements) })
    const of = (rule: string) => (hits(r, rule).length ? 'finding' : r.unknowns.some((u) => u.ruleId === rule) ? 'unknown' : 'pass')
    return { tls: of('tls-not-enforced'), read: of('policy-public-read'), write: of('policy-public-write') }
  }

  it('reads each side: the Deny on both is enforced, the Allow on one may be deployed', async () => {
    expect(await verdicts('var.prod ? [local.tls, local.read] : [local.tls]')).toEqual({ tls: 'pass', read: 'unknown', write: 'pass' })
  })

  it('reads a statement chosen inside the list the same way', async () => {
    expect(await verdicts('[var.prod ? local.tls : local.read]')).toEqual({ tls: 'unknown', read: 'unknown', write: 'pass' })
    expect(await verdicts('[var.prod ? local.tls : merge(local.tls, { Sid = "Dev" })]')).toEqual({
      tls: 'pass',
      read: 'pass',
      write: 'pass',
    })
  })
})

describe('a public Allow on each side of a deploy-time choice', () => {
  const allow = (sid: string, action: string) => `
              Sid: ${sid}
              Effect: Allow
              Principal: "*"
              Action: ${action}
              Resource: !Sub "\${B.Arn}/*"`
  const verdicts = async (statements: string) => {
    const r = await scanFiles({ 't.yaml': template(statements) })
    const of = (rule: string) => (hits(r, rule).length ? 'finding' : r.unknowns.some((u) => u.ruleId === rule) ? 'unknown' : 'pass')
    return { read: of('policy-public-read'), write: of('policy-public-write'), exposure: of('public-exposure') }
  }

  it('is granted when every side grants it, and only maybe when one side does', async () => {
    expect(await verdicts(ifStatement(allow('Prod', 's3:GetObject'), allow('Dev', '[s3:GetObject, s3:PutObject]')))).toEqual({
      read: 'finding',
      write: 'unknown',
      exposure: 'finding',
    })
  })

  it('stays uncertain when a side holds a Deny, or is AWS::NoValue', async () => {
    const deny = `
              Effect: Deny
              Principal: "*"
              Action: "s3:*"
              Resource: !Sub "\${B.Arn}/*"
              Condition:
                StringNotEquals:
                  aws:SourceVpce: vpce-1a2b3c4d`
    const both = ifStatement(allow('Prod', 's3:GetObject'), allow('Dev', 's3:GetObject'))
    expect((await verdicts(both)).read).toBe('finding')
    // The Deny of another choice may be deployed, and then it shuts the public out of both.
    expect((await verdicts(`${both}${ifStatement(deny, allow('Other', 's3:GetObject'))}`)).read).toBe('unknown')
    expect((await verdicts(ifStatement(deny, allow('Dev', 's3:GetObject')))).read).toBe('unknown')
    expect((await verdicts(ifStatement(allow('Prod', 's3:GetObject'), '!Ref AWS::NoValue'))).read).toBe('unknown')
  })

  it('reads Terraform conditionals the same way', async () => {
    const tf = `variable "prod" { type = bool }
resource "aws_s3_bucket" "b" { bucket = "x" }
resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({ Statement = [var.prod ? {
    Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "\${aws_s3_bucket.b.arn}/*"
  } : {
    Effect = "Allow", Principal = "*", Action = ["s3:GetObject", "s3:ListBucket"], Resource = ["\${aws_s3_bucket.b.arn}/*", aws_s3_bucket.b.arn]
  }] })
}
`
    const r = await scanFiles({ 'main.tf': tf })
    expect(hits(r, 'policy-public-read')).toEqual(['policy-public-read@5'])
    expect(r.unknowns.filter((u) => u.ruleId === 'policy-public-read').length).toBeGreaterThan(0)
  })
})
