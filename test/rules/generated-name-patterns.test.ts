/**
 * A bucket whose name is generated (no `BucketName`, no `bucket`) is nobody else's, so a pattern
 * that names another bucket misses it for certain; but a wildcard where the pattern names the
 * bucket (`arn:aws:s3:::mystack-*`) may take the generated name in: neither a pass nor a finding.
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const cfn = (resource: string) =>
  `Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  DataPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: ["${resource}", "${resource}/*"]\n            Condition:\n              Bool:\n                aws:SecureTransport: "false"\n`

const tf = (resource: string) =>
  `resource "aws_s3_bucket" "data" {}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = ["${resource}", "${resource}/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}\n`

const tls = async (files: Record<string, string>) => {
  const r = await scanFiles(files)
  return {
    findings: findingsOf(r, 'tls-not-enforced').length,
    unknowns: r.unknowns.filter((u) => u.ruleId === 'tls-not-enforced').length,
  }
}

describe('TLS Denies on name patterns, for a bucket with a generated name', () => {
  for (const [format, write, file] of [
    ['CloudFormation', cfn, 'template.yaml'],
    ['Terraform', tf, 'main.tf'],
  ] as const) {
    it(`${format}: a wildcard that may take the generated name in is unknown`, async () => {
      expect(await tls({ [file]: write('arn:aws:s3:::mystack-*') })).toEqual({ findings: 0, unknowns: 1 })
      expect(await tls({ [file]: write('arn:aws:s3:::*-data-?????????????') })).toEqual({ findings: 0, unknowns: 1 })
    })

    it(`${format}: another bucket's name misses it for certain, and \`*\` covers it`, async () => {
      expect(await tls({ [file]: write('arn:aws:s3:::some-other-bucket') })).toEqual({ findings: 1, unknowns: 0 })
      expect(await tls({ [file]: write('arn:aws:s3:::*') })).toEqual({ findings: 0, unknowns: 0 })
    })
  }
})
