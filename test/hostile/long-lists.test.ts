/**
 * Lists long enough that spreading them into a call's arguments overflows the call stack: a
 * CloudFormation property of 300,000 items, a `.tfvars` list of 1.2 million. Each made the whole
 * template or Terraform unit an INTERNAL_ERROR, none of its buckets checked.
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../helpers/scan-files.js'

const codes = (r: Awaited<ReturnType<typeof scanFiles>>) => r.problems.map((p) => p.code)

describe('a list of hundreds of thousands of items', () => {
  it('in a CloudFormation bucket property and under Resources: the template is still checked', async () => {
    const items = `[${Array.from({ length: 300_000 }, (_, i) => i).join(',')}]`
    const r = await scanFiles({
      'template.yaml': `Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n      Tags: ${items}\n  Other:\n    Type: AWS::SNS::Topic\n    Properties:\n      Filler: ${items}\n`,
    })
    expect(codes(r)).not.toContain('INTERNAL_ERROR')
    expect(hits(r, 'acl-public-write')).toEqual(['acl-public-write@5'])
  }, 60_000)

  it('in a .tfvars file: the Terraform unit is still checked', async () => {
    const r = await scanFiles({
      'main.tf':
        'variable "names" {\n  type = list(string)\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n  acl    = "public-read-write"\n}\n',
      'terraform.tfvars': `names = [${Array.from({ length: 1_200_000 }, () => '"x"').join(',')}]\n`,
    })
    expect(codes(r)).not.toContain('INTERNAL_ERROR')
    expect(hits(r, 'acl-public-write')).toEqual(['acl-public-write@6'])
  }, 60_000)
})
