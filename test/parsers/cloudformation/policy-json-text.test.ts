/**
 * A bucket policy written as JSON text: CloudFormation takes a JSON string wherever a policy
 * document goes, often built with `!Sub |` to put the bucket's ARN in. Its statements are judged
 * like a YAML document's, and reported where they are written.
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../../rules/helpers.js'

const template = (document: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument: ${document}
`

const places = (r: Awaited<ReturnType<typeof scanFiles>>, rule: string) => [
  ...r.findings.filter((f) => f.ruleId === rule).map((f) => `finding ${f.location.line}:${f.location.column}`),
  ...r.unknowns.filter((u) => u.ruleId === rule).map((u) => `unknown ${u.location.line}: ${u.why}`),
]

describe('a policy document written as JSON text', () => {
  it('is read through !Sub, the substituted ARN kept as the bucket', async () => {
    const r = await scanFiles({
      't.yaml': template(`!Sub |
        {
          "Statement": [
            {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "\${Data.Arn}/*"}
          ]
        }`),
    })
    // Line 11: the statement, inside the block scalar; the substitution leaves the column at the line's text.
    expect(places(r, 'policy-public-read')).toEqual(['finding 11:13'])
  })

  it('places the statements of a plain block scalar on their own lines and columns', async () => {
    const r = await scanFiles({
      't.yaml': template(`|
        {
          "Statement": [
            {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*",
             "Condition": {"Bool": {"aws:SecureTransport": "false"}}},

            {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}
          ]
        }`),
    })
    expect(places(r, 'policy-public-read')).toEqual(['finding 14:13'])
    expect(places(r, 'tls-not-enforced')).toEqual([])
  })

  it('is unknown when a substitution stands outside a JSON string, and says so', async () => {
    const r = await scanFiles({
      't.yaml': `Parameters:\n  Principal:\n    Type: String\n${template(`!Sub |
        {"Statement": [{"Effect": "Allow", "Principal": \${Principal}, "Action": "s3:GetObject", "Resource": "*"}]}`)}`,
    })
    expect(places(r, 'policy-public-read')).toEqual([
      'unknown 11: the policy document is JSON text with values only known at deploy time outside its strings',
    ])
  })

  it('keeps a quoted JSON string at the string', async () => {
    const r = await scanFiles({
      't.yaml': template(`'{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}]}'`),
    })
    expect(places(r, 'policy-public-read')).toEqual(['finding 8:7'])
  })
})
