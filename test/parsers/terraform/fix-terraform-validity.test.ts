/**
 * Suggestions Terraform would reject, found by applying each one and running `terraform validate`
 * and `terraform plan` (AWS provider 5.100.0): a statement for one bucket written into a policy
 * document another bucket's policy shares or that has no `count`, and a new setting resource that
 * loses its bucket's aliased provider.
 */
import { describe, expect, it } from 'vitest'
import { constraintAllowsMajor } from '../../../src/parsers/terraform/fix.js'
import { scanFiles } from '../../rules/helpers.js'

const document = `data "aws_iam_policy_document" "p" {
  statement {
    sid       = "ReadOnly"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::example-*/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}
`
const tlsEdits = async (tf: string) =>
  (await scanFiles({ 'main.tf': tf })).findings
    .filter((f) => f.ruleId === 'tls-not-enforced')
    .map((f) => [f.resource, f.edit !== undefined])

describe('suggested Terraform edits', () => {
  it('add the TLS statement to a policy document only when it is one bucket policy’s alone', async () => {
    const bucket = (n: string) => `resource "aws_s3_bucket" "${n}" {\n  bucket = "example-${n}"\n}\n`
    const policy = (n: string) =>
      `resource "aws_s3_bucket_policy" "${n}" {\n  bucket = aws_s3_bucket.${n}.id\n  policy = data.aws_iam_policy_document.p.json\n}\n`
    expect(await tlsEdits(bucket('a') + document + policy('a'))).toEqual([['aws_s3_bucket.a', true]])
    expect(await tlsEdits(bucket('a') + bucket('b') + document + policy('a') + policy('b'))).toEqual([
      ['aws_s3_bucket.a', false],
      ['aws_s3_bucket.b', false],
    ])
  })

  it('do not write count.index or each into a policy document without them', async () => {
    const counted = `resource "aws_s3_bucket" "b" {\n  count  = 2\n  bucket = "example-\${count.index}"\n}\n${document}resource "aws_s3_bucket_policy" "p" {\n  count  = 2\n  bucket = aws_s3_bucket.b[count.index].id\n  policy = data.aws_iam_policy_document.p.json\n}\n`
    expect(await tlsEdits(counted)).toEqual([
      ['aws_s3_bucket.b[0]', false],
      ['aws_s3_bucket.b[1]', false],
    ])
  })

  it('give a new setting resource the aliased provider of its bucket', async () => {
    const tf = `provider "aws" {\n  alias  = "west"\n  region = "us-west-2"\n}\n\nresource "aws_s3_bucket" "replica" {\n  provider = aws.west\n  bucket   = "example-replica"\n}\n`
    const r = await scanFiles({ 'main.tf': tf })
    const added = r.findings.filter((f) => f.edit && /\nresource "/.test(f.edit.replacement))
    expect(added.length).toBeGreaterThan(3)
    for (const f of added) expect(f.edit!.replacement).toMatch(/\nresource "[a-z0-9_]+" "replica" \{\n {2}provider +=? aws\.west\n/)
  })

  it('block SSE-C only where the AWS provider may be version 6 (blocked_encryption_types is new there)', async () => {
    const tf = (version?: string) =>
      (version ? `terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "${version}" }\n  }\n}\n` : '') +
      'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'
    const offered = async (version?: string) =>
      (await scanFiles({ 'main.tf': tf(version) })).findings.some((f) => f.ruleId === 'sse-c-not-blocked' && f.edit !== undefined)
    expect([await offered(), await offered('~> 6.0'), await offered('>= 5.0'), await offered('~> 5.0')]).toEqual([true, true, true, false])
    expect(
      ['~> 5.0', '~> 5', '< 6', '>= 4, < 6', '= 5.100.0', '~> 6.0', '>= 5.0', '6.2.1', '>= 6.5, < 7', '~> 6.1.2', 'latest'].map((c) =>
        constraintAllowsMajor(c, 6),
      ),
    ).toEqual([false, false, false, false, false, true, true, true, true, true, true])
  })
})
