/** An access point policy's Deny that shuts out all but pinned-down callers closes its Allow, as in a bucket policy. */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const AP_ARN = 'arn:aws:s3:${AWS::Region}:${AWS::AccountId}:accesspoint/point'
const template = (deny: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        IgnorePublicAcls: true
        BlockPublicPolicy: false
        RestrictPublicBuckets: false
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "\${Data.Arn}/*"
            Condition:
              StringEquals:
                s3:DataAccessPointAccount: !Ref AWS::AccountId
  Point:
    Type: AWS::S3::AccessPoint
    Properties:
      Bucket: !Ref Data
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        IgnorePublicAcls: true
        BlockPublicPolicy: false
        RestrictPublicBuckets: false
      Policy:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "${AP_ARN}/object/*"
${deny}`
const denyUnlessEndpoint = (resource: string) => `          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: ${resource}
            Condition:
              StringNotEquals:
                aws:SourceVpce: vpce-1a2b3c4d
`

const exposure = async (deny: string) => {
  const r = await scanFiles({ 'template.yaml': template(deny) })
  return findingsOf(r, 'public-exposure').map((f) => f.resource)
}

describe('an access point policy with a Deny for callers outside an endpoint', () => {
  it('is not public when the Deny takes in what the Allow names, or everything', async () => {
    expect(await exposure(denyUnlessEndpoint(`[!Sub "${AP_ARN}", !Sub "${AP_ARN}/object/*"]`))).toEqual([])
    expect(await exposure(denyUnlessEndpoint('"*"'))).toEqual([])
  })

  it('stays public without the Deny, or with one on other keys only', async () => {
    expect(await exposure('')).toEqual(['Data'])
    expect(await exposure(denyUnlessEndpoint(`!Sub "${AP_ARN}/object/private/*"`))).toEqual(['Data'])
  })
})

describe('a Terraform access point policy with a Deny for callers outside an endpoint', () => {
  it('is not public', async () => {
    const tf = (deny: string) =>
      `data "aws_caller_identity" "me" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_public_access_block" "data" {\n  bucket                  = aws_s3_bucket.data.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = false\n  restrict_public_buckets = false\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "\${aws_s3_bucket.data.arn}/*"\n      Condition = { StringEquals = { "s3:DataAccessPointAccount" = data.aws_caller_identity.me.account_id } }\n    }]\n  })\n}\n\nresource "aws_s3_access_point" "point" {\n  bucket = aws_s3_bucket.data.id\n  name   = "point"\n  public_access_block_configuration {\n    block_public_acls       = true\n    ignore_public_acls      = true\n    block_public_policy     = false\n    restrict_public_buckets = false\n  }\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "arn:aws:s3:us-east-1:111122223333:accesspoint/point/object/*"\n    }${deny}]\n  })\n}\n`
    const deny =
      ', {\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = "*"\n      Condition = { StringNotEquals = { "aws:SourceVpce" = "vpce-1a2b3c4d" } }\n    }'
    const open = await scanFiles({ 'main.tf': tf('') })
    if (!open.stats.byFormat.terraform) return
    expect(findingsOf(open, 'public-exposure').map((f) => f.resource)).toEqual(['aws_s3_bucket.data'])
    const closed = await scanFiles({ 'main.tf': tf(deny) })
    expect(findingsOf(closed, 'public-exposure')).toEqual([])
  })
})
