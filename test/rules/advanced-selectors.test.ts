/**
 * CloudTrail advanced event selectors read with every operator: an `eventName` filter records
 * only some object events, `readOnly NotEquals` picks reads or writes, and a resource type not
 * known statically leaves the trail unknown, in CloudFormation and Terraform alike.
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

type Field = { field: string; op: string; values: string[] }
const S3 = { field: 'resources.type', op: 'Equals', values: ['AWS::S3::Object'] }
const DATA = { field: 'eventCategory', op: 'Equals', values: ['Data'] }

const cfn = (fields: Field[], parameter = '') =>
  `${parameter}Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      AdvancedEventSelectors:\n        - FieldSelectors:\n${fields
    .map(
      (f) =>
        `            - Field: ${f.field}\n              ${f.op}: [${f.values.map((v) => (v.startsWith('!') ? v : JSON.stringify(v))).join(', ')}]\n`,
    )
    .join('')}`

const snake = (op: string) => op.replace(/[A-Z]/g, (c, i: number) => (i ? '_' : '') + c.toLowerCase())
const tf = (fields: Field[]) =>
  `resource "aws_cloudtrail" "trail" {\n  name           = "trail"\n  s3_bucket_name = "audit-logs"\n\n  advanced_event_selector {\n${fields
    .map((f) => `    field_selector {\n      field = "${f.field}"\n      ${snake(f.op)} = ${JSON.stringify(f.values)}\n    }\n`)
    .join('')}  }\n}\n`

const verdict = async (files: Record<string, string>) => {
  const r = await scanFiles(files)
  return {
    findings: findingsOf(r, 'cloudtrail-data-events-missing').map((f) => f.messageId),
    unknowns: r.unknowns.filter((u) => u.ruleId === 'cloudtrail-data-events-missing').length,
  }
}

describe('advanced event selectors', () => {
  for (const [format, write, file] of [
    ['CloudFormation', cfn, 'template.yaml'],
    ['Terraform', tf, 'main.tf'],
  ] as const) {
    it(`${format}: records everything with no filter on event names or readOnly`, async () => {
      expect(await verdict({ [file]: write([DATA, S3]) })).toEqual({ findings: [], unknowns: 0 })
      expect(await verdict({ [file]: write([DATA, S3, { field: 'readOnly', op: 'Equals', values: ['true', 'false'] }]) })).toEqual({
        findings: [],
        unknowns: 0,
      })
    })

    it(`${format}: an eventName filter records only some events`, async () => {
      expect(await verdict({ [file]: write([DATA, S3, { field: 'eventName', op: 'Equals', values: ['GetObject'] }]) })).toEqual({
        findings: ['someEvents'],
        unknowns: 0,
      })
      expect(await verdict({ [file]: write([DATA, S3, { field: 'eventName', op: 'NotEquals', values: ['DeleteObject'] }]) })).toEqual({
        findings: ['someEvents'],
        unknowns: 0,
      })
    })

    it(`${format}: readOnly NotEquals picks reads or writes only`, async () => {
      expect(await verdict({ [file]: write([DATA, S3, { field: 'readOnly', op: 'NotEquals', values: ['false'] }]) })).toEqual({
        findings: ['partial'],
        unknowns: 0,
      })
    })

    it(`${format}: management events only record no data events`, async () => {
      expect(await verdict({ [file]: write([{ field: 'eventCategory', op: 'Equals', values: ['Management'] }]) })).toEqual({
        findings: ['none'],
        unknowns: 0,
      })
    })
  }

  it('CloudFormation: a resource type not known statically is unknown', async () => {
    const parameter = 'Parameters:\n  Type:\n    Type: String\n'
    expect(
      await verdict({ 'template.yaml': cfn([DATA, { field: 'resources.type', op: 'Equals', values: ['!Ref Type'] }], parameter) }),
    ).toEqual({
      findings: [],
      unknowns: 1,
    })
  })
})
