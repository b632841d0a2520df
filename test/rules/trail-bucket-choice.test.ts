import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const PUBLIC_A =
  '  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n'
const PRIVATE_B =
  '  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n'
const template = (bucketName: string, a = PUBLIC_A) =>
  `Parameters:\n  Pick:\n    Type: Number\nConditions:\n  UseA: !Equals [!Ref AWS::Region, us-east-1]\nResources:\n${a}${PRIVATE_B}  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: ${bucketName}\n`
const trailUnknowns = (r: Awaited<ReturnType<typeof scanFiles>>) =>
  r.unknowns.filter((u) => u.ruleId === 'cloudtrail-bucket-public').map((u) => [u.location.file, u.location.line, u.why])

describe('a trail that writes to one of several buckets, chosen at deploy time', () => {
  it('is unknown when a public bucket is among them (CloudFormation !If and !Select), never a silent pass', async () => {
    const r = await scanFiles({
      'if.yaml': template('!If [UseA, !Ref A, !Ref B]'),
      'select.yaml': template('!Select [!Ref Pick, [!Ref B, !Ref A]]'),
    })
    expect(findingsOf(r, 'cloudtrail-bucket-public')).toEqual([])
    expect(trailUnknowns(r)).toEqual([
      ['if.yaml', 26, expect.stringMatching(/bucket A, which is reachable by anyone .*only when condition UseA holds/)],
      ['select.yaml', 26, expect.stringMatching(/bucket A, which is reachable by anyone .*one of several buckets/)],
    ])
  })

  it('says nothing when none of them is public, and still judges a plain reference', async () => {
    const privateA = PRIVATE_B.replace('  B:', '  A:')
    const r = await scanFiles({ 'private.yaml': template('!If [UseA, !Ref A, !Ref B]', privateA), 'plain.yaml': template('!Ref A') })
    expect(trailUnknowns(r)).toEqual([])
    expect(findingsOf(r, 'cloudtrail-bucket-public').map((f) => [f.location.file, f.resource])).toEqual([['plain.yaml', 'Trail']])
  })

  it('is unknown for a Terraform conditional between a public and a private bucket', async () => {
    const r = await scanFiles({
      'main.tf':
        'variable "use_a" {\n  type = bool\n}\n\nresource "aws_s3_bucket" "a" {\n  bucket = "a-logs"\n  acl    = "public-read"\n}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "b-logs"\n}\n\nresource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = var.use_a ? aws_s3_bucket.a.id : aws_s3_bucket.b.id\n}\n',
    })
    if (!r.stats.byFormat.terraform) return
    expect(findingsOf(r, 'cloudtrail-bucket-public')).toEqual([])
    expect(trailUnknowns(r)).toEqual([
      [
        'main.tf',
        16,
        expect.stringMatching(
          /bucket aws_s3_bucket\.a, which is reachable by anyone .*var\.use_a \? aws_s3_bucket\.a\.id : aws_s3_bucket\.b\.id/,
        ),
      ],
    ])
  })
})
