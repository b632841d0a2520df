/**
 * `PolicyDocument: !If [C, {...}, {...}]` on a condition not known statically: exactly one of the
 * documents is the policy, so its statements are weighed side by side as a statement-level `Fn::If`
 * is, rather than the whole document being unknown.
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../helpers/scan-files.js'

const tls = (sid: string) => `
            - Sid: ${sid}
              Effect: Deny
              Principal: "*"
              Action: "s3:*"
              Resource: [!GetAtt B.Arn, !Sub "\${B.Arn}/*"]
              Condition:
                Bool:
                  aws:SecureTransport: "false"`

const publicRead = (sid: string) => `
            - Sid: ${sid}
              Effect: Allow
              Principal: "*"
              Action: s3:GetObject
              Resource: !Sub "\${B.Arn}/*"`

const accountRead = `
            - Effect: Allow
              Principal: { AWS: !Sub "arn:aws:iam::\${AWS::AccountId}:root" }
              Action: s3:GetObject
              Resource: !Sub "\${B.Arn}/*"`

const side = (statements: string) => (statements.startsWith('!') ? statements : `Statement:${statements}`)

const template = (prod: string, dev: string) => `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  B:
    Type: AWS::S3::Bucket
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B
      PolicyDocument: !If
        - IsProd
        - ${side(prod)}
        - ${side(dev)}
`

type Verdict = 'finding' | 'unknown' | 'pass'

async function verdicts(files: Record<string, string>): Promise<{ tls: Verdict; read: Verdict }> {
  const r = await scanFiles(files)
  const of = (rule: string): Verdict => (hits(r, rule).length ? 'finding' : r.unknowns.some((u) => u.ruleId === rule) ? 'unknown' : 'pass')
  return { tls: of('tls-not-enforced'), read: of('policy-public-read') }
}

describe('a policy document chosen by Fn::If on a deploy-time condition', () => {
  it('enforces TLS when the document on each side denies plain HTTP', async () => {
    expect((await verdicts({ 't.yaml': template(tls('ProdTls'), tls('DevTls')) })).tls).toBe('pass')
  })

  it('does not enforce TLS when no side does, and leaves it to the condition when one side does', async () => {
    expect((await verdicts({ 't.yaml': template(accountRead, accountRead) })).tls).toBe('finding')
    expect((await verdicts({ 't.yaml': template(tls('ProdTls'), accountRead) })).tls).toBe('unknown')
  })

  it('grants public read when the document on each side does, and only maybe when one side does', async () => {
    expect((await verdicts({ 't.yaml': template(publicRead('Prod'), publicRead('Dev')) })).read).toBe('finding')
    expect((await verdicts({ 't.yaml': template(publicRead('Prod'), accountRead) })).read).toBe('unknown')
  })

  it('reads an AWS::NoValue side as no policy document', async () => {
    expect(await verdicts({ 't.yaml': template(tls('ProdTls'), '!Ref AWS::NoValue') })).toEqual({ tls: 'unknown', read: 'pass' })
    expect((await verdicts({ 't.yaml': template(publicRead('Prod'), '!Ref AWS::NoValue') })).read).toBe('unknown')
  })

  it('reads each side of a JSON template, and sides written as JSON text', async () => {
    const statement = (sid: string) => ({
      Sid: sid,
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [{ 'Fn::GetAtt': ['B', 'Arn'] }, { 'Fn::Sub': '${B.Arn}/*' }],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    })
    const json = {
      Parameters: { Env: { Type: 'String' } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Resources: {
        B: { Type: 'AWS::S3::Bucket' },
        P: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: {
            Bucket: { Ref: 'B' },
            PolicyDocument: { 'Fn::If': ['IsProd', { Statement: [statement('Prod')] }, { Statement: [statement('Dev')] }] },
          },
        },
      },
    }
    expect((await verdicts({ 't.json': JSON.stringify(json, null, 2) })).tls).toBe('pass')
    // Text sides name the bucket's ARN literally: JSON text holds no `!GetAtt`.
    const text = (sid: string) =>
      `'{"Statement": [{"Sid": "${sid}", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}'`
    const named = template('', '')
      .replace('Type: AWS::S3::Bucket\n', 'Type: AWS::S3::Bucket\n    Properties:\n      BucketName: b\n')
      .replace(/- Statement:\n {8}- Statement:\n/, `- ${text('Prod')}\n        - ${text('Dev')}\n`)
    expect((await verdicts({ 't.yaml': named })).read).toBe('finding')
  })
})
