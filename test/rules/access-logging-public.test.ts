/** A bucket without access logging that anyone can reach is High, whichever way it is opened. */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

describe('access logging on a bucket opened by its ACL', () => {
  it('is reported as High, as for a public policy (CloudFormation)', async () => {
    const r = await scanFiles({
      'template.yaml':
        'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n  Closed:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n',
    })
    expect(findingsOf(r, 'access-logging-disabled').map((f) => [f.resource, f.severity])).toEqual([
      ['Site', 'high'],
      ['Closed', 'medium'],
    ])
  })

  it('is reported as High for a Terraform public-read ACL', async () => {
    const r = await scanFiles({
      'main.tf':
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_ownership_controls" "site" {\n  bucket = aws_s3_bucket.site.id\n  rule {\n    object_ownership = "ObjectWriter"\n  }\n}\n\nresource "aws_s3_bucket_acl" "site" {\n  bucket = aws_s3_bucket.site.id\n  acl    = "public-read"\n}\n',
    })
    if (!r.stats.byFormat.terraform) return
    expect(findingsOf(r, 'access-logging-disabled').map((f) => [f.resource, f.severity])).toEqual([['aws_s3_bucket.site', 'high']])
  })
})
