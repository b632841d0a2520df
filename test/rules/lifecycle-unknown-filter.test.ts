/**
 * A lifecycle rule whose filter is only known at deploy time may or may not cover the whole bucket:
 * the rules that count only rules for the whole bucket cannot tell. An empty prefix, and a filter
 * that is `AWS::NoValue` or null, cover every object.
 */
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scanFiles } from './helpers.js'

const ABORT = 'lifecycle-abort-incomplete-uploads-missing'
const NONCURRENT = 'lifecycle-noncurrent-versions-kept'

type Result = Awaited<ReturnType<typeof scanFiles>>
/** Per bucket: finding message ids, and unknowns as `rule@line`. */
const verdict = (r: Result, resource: string) => ({
  findings: r.findings.filter((f) => f.resource === resource && (f.ruleId === ABORT || f.ruleId === NONCURRENT)).map((f) => f.messageId),
  unknowns: r.unknowns
    .filter((u) => u.resource === resource && (u.ruleId === ABORT || u.ruleId === NONCURRENT))
    .map((u) => `${u.ruleId}@${u.location.line}`),
})

const cfnBucket = (name: string, filter: string) =>
  `  ${name}:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Id: tidy\n            Status: Enabled\n${filter}            AbortIncompleteMultipartUpload:\n              DaysAfterInitiation: 7\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 30\n`

describe('a CloudFormation lifecycle rule whose filter is only known at deploy time', () => {
  const template =
    'Parameters:\n  LogPrefix:\n    Type: String\n  AllPrefix:\n    Type: String\n    Default: ""\nResources:\n' +
    cfnBucket('ByParameter', '            Prefix: !Ref LogPrefix\n') +
    cfnBucket('EmptyDefault', '            Prefix: !Ref AllPrefix\n') +
    cfnBucket('Empty', '            Prefix: ""\n            TagFilters: !Ref AWS::NoValue\n') +
    cfnBucket('NoValue', '            Prefix: !Ref AWS::NoValue\n') +
    cfnBucket('SubWithText', '            Prefix: !Sub "${LogPrefix}/logs"\n')

  it('leaves both rules unknown, at the prefix, and says why', async () => {
    const r = await scanFiles({ 'template.yaml': template })
    expect(verdict(r, 'ByParameter')).toEqual({ findings: [], unknowns: [`${ABORT}@17`, `${NONCURRENT}@17`] })
    expect(r.unknowns.find((u) => u.resource === 'ByParameter' && u.ruleId === ABORT)?.why).toMatch(/LogPrefix/)
  })

  it('counts an empty prefix or an AWS::NoValue filter as the whole bucket', async () => {
    const r = await scanFiles({ 'template.yaml': template })
    for (const name of ['EmptyDefault', 'Empty', 'NoValue'])
      expect([name, verdict(r, name)]).toEqual([name, { findings: [], unknowns: [] }])
  })

  it('still counts a prefix with text beside the parameter as limiting the rule', async () => {
    const r = await scanFiles({ 'template.yaml': template })
    expect(verdict(r, 'SubWithText')).toEqual({ findings: ['noAbort', 'onlySomeObjects'], unknowns: [] })
  })

  it('passes when another rule covers the whole bucket for certain', async () => {
    const both =
      'Parameters:\n  LogPrefix:\n    Type: String\nResources:\n' +
      cfnBucket('Data', '            Prefix: !Ref LogPrefix\n') +
      '          - Id: all\n            Status: Enabled\n            AbortIncompleteMultipartUpload:\n              DaysAfterInitiation: 7\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 90\n'
    expect(verdict(await scanFiles({ 'template.yaml': both }), 'Data')).toEqual({ findings: [], unknowns: [] })
  })
})

const TF_HEAD = 'variable "prefix" {\n  type = string\n}\n\n'
const tfV4 = (name: string, filter: string) =>
  `resource "aws_s3_bucket" "${name}" {\n  bucket = "example-${name}"\n}\n\nresource "aws_s3_bucket_versioning" "${name}" {\n  bucket = aws_s3_bucket.${name}.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "${name}" {\n  bucket = aws_s3_bucket.${name}.id\n  rule {\n    id     = "tidy"\n    status = "Enabled"\n${filter}    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n    noncurrent_version_expiration {\n      noncurrent_days = 30\n    }\n  }\n}\n\n`
const tfV3 = (name: string, filter: string) =>
  `resource "aws_s3_bucket" "${name}" {\n  bucket = "example-${name}"\n  versioning {\n    enabled = true\n  }\n  lifecycle_rule {\n    id      = "tidy"\n    enabled = true\n${filter}    abort_incomplete_multipart_upload_days = 7\n    noncurrent_version_expiration {\n      days = 30\n    }\n  }\n}\n\n`
const tfModule = (name: string, filter: string) =>
  `module "${name}" {\n  source     = "terraform-aws-modules/s3-bucket/aws"\n  bucket     = "example-${name}"\n  versioning = { enabled = true }\n  lifecycle_rule = [{\n    id      = "tidy"\n    enabled = true\n${filter}    abort_incomplete_multipart_upload_days = 7\n    noncurrent_version_expiration = { days = 30 }\n  }]\n}\n\n`

describe('a Terraform lifecycle rule whose filter is only known at deploy time', () => {
  it('leaves both rules unknown for a filter prefix, an inline v3 prefix and a module filter from a variable', async () => {
    const r = await scanFiles({
      'main.tf':
        TF_HEAD +
        tfV4('split', '    filter {\n      prefix = var.prefix\n    }\n') +
        tfV3('inline', '    prefix  = var.prefix\n') +
        tfModule('mod', '    filter  = { prefix = var.prefix }\n'),
    })
    if (!r.stats.byFormat.terraform) return
    expect(verdict(r, 'aws_s3_bucket.split')).toEqual({ findings: [], unknowns: [`${ABORT}@22`, `${NONCURRENT}@22`] })
    expect(verdict(r, 'aws_s3_bucket.inline')).toEqual({ findings: [], unknowns: [`${ABORT}@41`, `${NONCURRENT}@41`] })
    expect(verdict(r, 'module.mod')).toEqual({ findings: [], unknowns: [`${ABORT}@56`, `${NONCURRENT}@56`] })
    expect(r.unknowns.find((u) => u.resource === 'aws_s3_bucket.split' && u.ruleId === ABORT)?.why).toMatch(/var\.prefix/)
  })

  it('leaves both rules unknown for tags from a variable, inline or as a dynamic tag block', async () => {
    const r = await scanFiles({
      'main.tf':
        'variable "tags" {\n  type = map(string)\n}\n\n' +
        tfV4(
          'split',
          '    filter {\n      dynamic "tag" {\n        for_each = var.tags\n        content {\n          key   = tag.key\n          value = tag.value\n        }\n      }\n    }\n',
        ) +
        tfV3('inline', '    tags    = var.tags\n'),
    })
    if (!r.stats.byFormat.terraform) return
    expect(verdict(r, 'aws_s3_bucket.split')).toEqual({ findings: [], unknowns: [`${ABORT}@22`, `${NONCURRENT}@22`] })
    expect(verdict(r, 'aws_s3_bucket.inline')).toEqual({ findings: [], unknowns: [`${ABORT}@47`, `${NONCURRENT}@47`] })
  })

  it('counts an empty prefix, empty tags or a null filter as the whole bucket', async () => {
    const r = await scanFiles({
      'main.tf':
        TF_HEAD +
        tfV4('split', '    filter {\n      prefix = ""\n    }\n') +
        tfV3('inline', '    prefix  = ""\n    tags    = {}\n') +
        tfModule('mod', '    filter  = null\n'),
    })
    if (!r.stats.byFormat.terraform) return
    for (const name of ['aws_s3_bucket.split', 'aws_s3_bucket.inline', 'module.mod'])
      expect([name, verdict(r, name)]).toEqual([name, { findings: [], unknowns: [] }])
  })

  it('leaves both rules unknown for a plan whose prefix is known after apply', async () => {
    const plan = JSON.parse(fs.readFileSync('test/fixtures/equivalence/hardened-bucket/plan.json', 'utf8')) as PlanJson
    const LC = 'aws_s3_bucket_lifecycle_configuration'
    const unknownPrefix = (values: PlanValues) => values.rule.forEach((rule) => rule.filter.forEach((f) => (f.prefix = null)))
    for (const res of plan.planned_values.root_module.resources) if (res.type === LC) unknownPrefix(res.values)
    for (const rc of plan.resource_changes) {
      if (rc.type !== LC) continue
      unknownPrefix(rc.change.after)
      rc.change.after_unknown = { rule: rc.change.after.rule.map((x) => ({ filter: x.filter.map(() => ({ prefix: true })) })) }
    }
    // Only what the configuration writes is read from the plan.
    for (const res of plan.configuration.root_module.resources)
      if (res.type === LC) res.expressions.rule[0]!.filter = [{ prefix: { references: ['random_id.prefix.hex', 'random_id.prefix'] } }]
    const r = await scanFiles({ 'plan.json': JSON.stringify(plan, null, 1) })
    if (!r.stats.byFormat['terraform-plan']) return
    expect(verdict(r, 'aws_s3_bucket.data')).toEqual({ findings: [], unknowns: [`${ABORT}@248`, `${NONCURRENT}@248`] })
  })
})

interface PlanValues {
  rule: { filter: { prefix: string | null }[] }[]
}
interface PlanJson {
  planned_values: { root_module: { resources: { type: string; values: PlanValues }[] } }
  resource_changes: { type: string; change: { after: PlanValues; after_unknown: object } }[]
  configuration: { root_module: { resources: { type: string; expressions: { rule: { filter: object[] }[] } }[] } }
}
