/** A trail whose logging is turned off records nothing, however its data event selectors read. */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles, shape } from './helpers.js'

const ALL_S3 =
  '      EventSelectors:\n        - ReadWriteType: All\n          DataResources:\n            - Type: AWS::S3::Object\n              Values: ["arn:aws:s3"]\n'
const cfnTrail = (id: string, isLogging: string) =>
  `  ${id}:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: ${isLogging}\n      IsMultiRegionTrail: true\n      S3BucketName: audit-logs\n${ALL_S3}`

describe('a stopped trail and S3 data events', () => {
  it('is reported, and covers no other trail (CloudFormation)', async () => {
    const r = await scanFiles({ 'template.yaml': `Resources:\n${cfnTrail('Stopped', 'false')}` })
    expect(findingsOf(r, 'cloudtrail-data-events-missing').map(shape)).toEqual([
      { messageId: 'stopped', line: 5, column: 7, resource: 'Stopped' },
    ])
    const pair = await scanFiles({
      'template.yaml': `Resources:\n${cfnTrail('Stopped', 'false')}  Plain:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n`,
    })
    expect(findingsOf(pair, 'cloudtrail-data-events-missing').map((f) => [f.resource, f.messageId])).toEqual([
      ['Stopped', 'stopped'],
      ['Plain', 'none'],
    ])
  })

  it('is unknown when logging is only known at deploy time, unless a running trail records everything', async () => {
    const maybe = `Parameters:\n  On:\n    Type: String\nResources:\n${cfnTrail('Maybe', '!Ref On')}`
    const r = await scanFiles({ 'template.yaml': maybe })
    expect(findingsOf(r, 'cloudtrail-data-events-missing')).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === 'cloudtrail-data-events-missing').map((u) => u.resource)).toEqual(['Maybe'])
    const covered = await scanFiles({ 'template.yaml': maybe + cfnTrail('Running', 'true') })
    expect(findingsOf(covered, 'cloudtrail-data-events-missing')).toEqual([])
    expect(covered.unknowns.filter((u) => u.ruleId === 'cloudtrail-data-events-missing')).toEqual([])
  })

  it('is reported for Terraform enable_logging = false', async () => {
    const r = await scanFiles({
      'main.tf':
        'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n  enable_logging = false\n\n  event_selector {\n    read_write_type = "All"\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}\n',
    })
    if (!r.stats.byFormat.terraform) return
    expect(findingsOf(r, 'cloudtrail-data-events-missing').map(shape)).toEqual([
      { messageId: 'stopped', line: 4, column: 3, resource: 'aws_cloudtrail.main' },
    ])
  })
})

describe('a stopped multi-Region trail', () => {
  it('does not cover a single-Region trail of the same code', async () => {
    const local = '  Local:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n'
    const r = await scanFiles({ 'template.yaml': `Resources:\n${cfnTrail('Stopped', 'false')}${local}` })
    expect(findingsOf(r, 'cloudtrail-multi-region-disabled').map((f) => [f.resource, f.messageId])).toEqual([['Local', 'singleRegion']])
    const running = await scanFiles({ 'template.yaml': `Resources:\n${cfnTrail('Running', 'true')}${local}` })
    expect(findingsOf(running, 'cloudtrail-multi-region-disabled')).toEqual([])
  })
})

describe('a multi-Region trail whose logging is only known at deploy time', () => {
  it('leaves a single-Region trail of the same code unknown', async () => {
    const local = '  Local:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n'
    const r = await scanFiles({
      'template.yaml': `Parameters:\n  On:\n    Type: String\nResources:\n${cfnTrail('Maybe', '!Ref On')}${local}`,
    })
    expect(findingsOf(r, 'cloudtrail-multi-region-disabled')).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === 'cloudtrail-multi-region-disabled').map((u) => u.resource)).toEqual(['Local'])
  })
})
