/** A lifecycle rule limited to some objects leaves the noncurrent versions of the others in place. */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles, shape } from './helpers.js'

const cfn = (rules: string) =>
  `Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n${rules}`
const LOGS_ONLY =
  '          - Id: logs\n            Status: Enabled\n            Prefix: logs/\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 30\n'
const WHOLE_BUCKET =
  '          - Id: all\n            Status: Enabled\n            Prefix: ""\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 90\n'

describe('noncurrent versions expired only under a prefix', () => {
  it('are reported for a CloudFormation rule with a prefix, and pass beside a rule for the whole bucket', async () => {
    const r = await scanFiles({ 'template.yaml': cfn(LOGS_ONLY) })
    expect(findingsOf(r, 'lifecycle-noncurrent-versions-kept').map(shape)).toEqual([
      { messageId: 'onlySomeObjects', line: 8, column: 9, resource: 'Data' },
    ])
    const whole = await scanFiles({ 'template.yaml': cfn(LOGS_ONLY + WHOLE_BUCKET) })
    expect(findingsOf(whole, 'lifecycle-noncurrent-versions-kept')).toEqual([])
  })

  it('are reported for a Terraform rule with a tag filter', async () => {
    const r = await scanFiles({
      'main.tf':
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "tmp"\n    status = "Enabled"\n    filter {\n      tag {\n        key   = "class"\n        value = "tmp"\n      }\n    }\n    noncurrent_version_expiration {\n      noncurrent_days = 30\n    }\n  }\n}\n',
    })
    if (!r.stats.byFormat.terraform) return
    expect(findingsOf(r, 'lifecycle-noncurrent-versions-kept').map((f) => [f.messageId, f.resource])).toEqual([
      ['onlySomeObjects', 'aws_s3_bucket.data'],
    ])
  })
})
