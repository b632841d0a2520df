/**
 * Red-team round 9 (resources linked around a bucket): CloudTrail Lake event data stores that
 * record S3 data events cover the trails that do not.
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../helpers/scan-files.js'

const RULE = 'cloudtrail-data-events-missing'

const tfTrail = `resource "aws_cloudtrail" "t" {
  name                       = "t"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
`
const tfStore = (extra: string, selectors: string) => `resource "aws_cloudtrail_event_data_store" "eds" {
  name = "eds"
${extra}${selectors}}
`
const s3Selector = `  advanced_event_selector {
    name = "s3"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
  }
`

describe('event data stores and cloudtrail-data-events-missing (Terraform)', () => {
  it('a store recording every S3 object event covers a management-only trail', async () => {
    const r = await scanFiles({ 'main.tf': tfTrail + tfStore('', s3Selector) })
    expect(hits(r, RULE)).toEqual([])
  })

  it('a store with no selectors (management events only) covers nothing', async () => {
    const r = await scanFiles({ 'main.tf': tfTrail + tfStore('', '') })
    expect(hits(r, RULE)).toEqual([`${RULE}@1`])
  })

  it('a suspended store records nothing', async () => {
    const r = await scanFiles({ 'main.tf': tfTrail + tfStore('  suspend = true\n', s3Selector) })
    expect(hits(r, RULE)).toEqual([`${RULE}@1`])
  })

  it('a store recording reads only does not cover the trail', async () => {
    const readOnly = s3Selector.replace('  }\n', '  }\n    field_selector {\n      field  = "readOnly"\n      equals = ["true"]\n    }\n')
    const r = await scanFiles({ 'main.tf': tfTrail + tfStore('', readOnly) })
    expect(hits(r, RULE)).toEqual([`${RULE}@1`])
  })

  it('a store whose suspension is only known at deploy time makes the verdict unknown', async () => {
    const r = await scanFiles({
      'main.tf': `variable "off" {\n  type = bool\n}\n${tfTrail}${tfStore('  suspend = var.off\n', s3Selector)}`,
    })
    expect(hits(r, RULE)).toEqual([])
    expect(r.unknowns.some((u) => u.ruleId === RULE)).toBe(true)
  })
})

const cfn = (store: string) => `Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: audit-logs
      IsMultiRegionTrail: true
      EnableLogFileValidation: true
  Store:
    Type: AWS::CloudTrail::EventDataStore
    Properties:
${store}`
const cfnSelectors = `      AdvancedEventSelectors:
        - FieldSelectors:
            - Field: eventCategory
              Equals: [Data]
            - Field: resources.type
              Equals: [AWS::S3::Object]
`

describe('event data stores and cloudtrail-data-events-missing (CloudFormation)', () => {
  it('a store recording every S3 object event covers the trail', async () => {
    const r = await scanFiles({ 't.yaml': cfn(cfnSelectors) })
    expect(hits(r, RULE)).toEqual([])
  })

  it('a store that does not ingest records nothing', async () => {
    const r = await scanFiles({ 't.yaml': cfn(`      IngestionEnabled: false\n${cfnSelectors}`) })
    expect(hits(r, RULE)).toEqual([`${RULE}@2`])
  })

  it('a store with only management selectors covers nothing', async () => {
    const r = await scanFiles({
      't.yaml': cfn(cfnSelectors.replace('[Data]', '[Management]').replace(/ *- Field: resources.type\n.*\n/, '')),
    })
    expect(hits(r, RULE)).toEqual([`${RULE}@2`])
  })
})

describe('a trail whose logging is only known at deploy time', () => {
  it('may record the data events another trail misses: that trail is unknown, not a finding', async () => {
    const r = await scanFiles({
      't.yaml': `Parameters:
  On:
    Type: String
Resources:
  Plain:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: audit-logs
  Full:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: !Ref On
      S3BucketName: audit-logs
      EventSelectors:
        - ReadWriteType: All
          DataResources:
            - Type: AWS::S3::Object
              Values: [arn:aws:s3]
`,
    })
    expect(hits(r, RULE)).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === RULE).map((u) => u.location.line)).toEqual([13, 13])
  })
})

const publicBucket = `resource "aws_s3_bucket" "x" {
  bucket = "x-rt9m"
}
resource "aws_s3_bucket_policy" "x" {
  bucket     = aws_s3_bucket.x.id
  depends_on = [module.account_bpa]
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::x-rt9m/*" }]
  })
}
`
const accountModule = (extra: string) => `module "account_bpa" {
  source                  = "terraform-aws-modules/s3-bucket/aws//modules/account-public-access"
  version                 = "4.6.0"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
${extra}}
`

describe('the registry module account-public-access submodule', () => {
  it('is the account-level block it writes: a public policy it blocks is not a critical exposure', async () => {
    const r = await scanFiles({ 'main.tf': accountModule('  restrict_public_buckets = true\n') + publicBucket })
    expect(hits(r, 'public-exposure')).toEqual([])
    expect(r.findings.find((f) => f.ruleId === 'policy-public-read')?.severity).toBe('low')
    expect(hits(r, 'account-public-access-block-incomplete')).toEqual([])
    expect(r.notes.join('\n')).not.toMatch(/account_bpa.*not scanned/)
  })

  it('its inputs are checked as the resource is (flags default to false)', async () => {
    const r = await scanFiles({ 'main.tf': accountModule('') + publicBucket })
    expect(hits(r, 'account-public-access-block-incomplete')).toEqual(['account-public-access-block-incomplete@1'])
  })

  it('create = false writes no block', async () => {
    const r = await scanFiles({ 'main.tf': accountModule('  restrict_public_buckets = true\n  create = false\n') + publicBucket })
    expect(hits(r, 'public-exposure')).toEqual(['public-exposure@18'])
  })
})
