/** Buckets of one configuration or template given one literal name: a warning at the second name. */
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../rules/helpers.js'

const codes = (problems: { code: string; file: string; line: number; column: number }[]) =>
  problems.filter((p) => p.code === 'DUPLICATE_BUCKET_NAME').map((p) => `${p.file}:${p.line}:${p.column}`)

describe('duplicate bucket names', () => {
  it('warns at the second bucket named alike, in Terraform and CloudFormation', async () => {
    const r = await scanFiles({
      'main.tf':
        'resource "aws_s3_bucket" "a" {\n  bucket = "logs"\n}\n' +
        'resource "aws_s3_bucket" "b" {\n  bucket = "logs"\n}\n' +
        'resource "aws_s3_bucket" "c" {\n  bucket = "other"\n}\n',
      'template.yaml':
        'Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: data\n' +
        '  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: data\n',
    })
    expect(codes(r.problems)).toEqual(['main.tf:5:3', 'template.yaml:9:7'])
    expect(r.problems.find((p) => p.file === 'main.tf')!.message).toBe(
      'aws_s3_bucket.b is named "logs", as aws_s3_bucket.a is (line 2): bucket names are unique, so they would be one bucket at most (S3 refuses the second outside us-east-1), and what names that bucket was linked to both',
    )
    expect(r.problems.every((p) => p.level === 'warning')).toBe(true)
  })

  it('says nothing of alternatives that may not both exist, names not known, or separate configurations', async () => {
    const r = await scanFiles({
      'main.tf':
        'variable "v2" {\n  type = bool\n}\n' +
        'resource "aws_s3_bucket" "old" {\n  count  = var.v2 ? 0 : 1\n  bucket = "logs"\n}\n' +
        'resource "aws_s3_bucket" "new" {\n  count  = var.v2 ? 1 : 0\n  bucket = "logs"\n}\n' +
        'variable "n" {\n  type = string\n}\n' +
        'resource "aws_s3_bucket" "x" {\n  bucket = var.n\n}\nresource "aws_s3_bucket" "y" {\n  bucket = var.n\n}\n',
      'other/main.tf': 'resource "aws_s3_bucket" "a" {\n  bucket = "logs"\n}\n',
    })
    expect(codes(r.problems)).toEqual([])
  })
})
