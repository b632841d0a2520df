/**
 * Red-team round 8 (rules and policy model): advanced selectors that filter on other fields of
 * the event, multi-Region trails that may not be deployed, `*` under StringEquals, and an SSE
 * algorithm only known at deploy time.
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const verdict = async (files: Record<string, string>, ruleId: string) => {
  const r = await scanFiles(files)
  return {
    findings: findingsOf(r, ruleId).map((f) => [f.resource, f.messageId, f.location.line]),
    unknowns: r.unknowns.filter((u) => u.ruleId === ruleId).map((u) => u.resource),
  }
}

describe('advanced event selectors filtering on another field of the event', () => {
  type Field = { field: string; op: string; values: string[] }
  const S3 = { field: 'resources.type', op: 'Equals', values: ['AWS::S3::Object'] }
  const DATA = { field: 'eventCategory', op: 'Equals', values: ['Data'] }
  const cfn = (fields: Field[]) =>
    `Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      AdvancedEventSelectors:\n        - FieldSelectors:\n${fields
      .map((f) => `            - Field: ${f.field}\n              ${f.op}: [${f.values.map((v) => JSON.stringify(v)).join(', ')}]\n`)
      .join('')}`
  const snake = (op: string) => op.replace(/[A-Z]/g, (c, i: number) => (i ? '_' : '') + c.toLowerCase())
  const tf = (fields: Field[]) =>
    `resource "aws_cloudtrail" "trail" {\n  name           = "trail"\n  s3_bucket_name = "audit-logs"\n\n  advanced_event_selector {\n${fields
      .map((f) => `    field_selector {\n      field = "${f.field}"\n      ${snake(f.op)} = ${JSON.stringify(f.values)}\n    }\n`)
      .join('')}  }\n}\n`
  const messages = async (files: Record<string, string>) =>
    (await verdict(files, 'cloudtrail-data-events-missing')).findings.map((f) => f[1])

  for (const [format, write, file] of [
    ['CloudFormation', cfn, 'template.yaml'],
    ['Terraform', tf, 'main.tf'],
  ] as const) {
    it(`${format}: a userIdentity.arn, eventType or sessionCredentialFromConsole filter records only some events`, async () => {
      const one = { field: 'userIdentity.arn', op: 'StartsWith', values: ['arn:aws:iam::111122223333:role/app'] }
      expect(await messages({ [file]: write([DATA, S3, one]) })).toEqual(['someEvents'])
      expect(await messages({ [file]: write([DATA, S3, { field: 'eventType', op: 'Equals', values: ['AwsServiceEvent'] }]) })).toEqual([
        'someEvents',
      ])
      expect(
        await messages({ [file]: write([DATA, S3, { field: 'sessionCredentialFromConsole', op: 'Equals', values: ['true'] }]) }),
      ).toEqual(['someEvents'])
    })

    it(`${format}: an eventSource filter counts only when it keeps s3.amazonaws.com`, async () => {
      expect(await messages({ [file]: write([DATA, S3, { field: 'eventSource', op: 'Equals', values: ['s3.amazonaws.com'] }]) })).toEqual(
        [],
      )
      expect(
        await messages({ [file]: write([DATA, S3, { field: 'eventSource', op: 'NotEquals', values: ['kms.amazonaws.com'] }]) }),
      ).toEqual([])
      expect(
        await messages({ [file]: write([DATA, S3, { field: 'eventSource', op: 'NotEquals', values: ['s3.amazonaws.com'] }]) }),
      ).toEqual(['someEvents'])
    })
  }

  it('names the field it filters on', async () => {
    const r = await scanFiles({
      'template.yaml': cfn([DATA, S3, { field: 'userIdentity.arn', op: 'NotStartsWith', values: ['arn:aws:sts::1:'] }]),
    })
    expect(findingsOf(r, 'cloudtrail-data-events-missing').map((f) => f.message)).toEqual([
      'Trail Trail records S3 data events only for the events its userIdentity.arn filter picks, so other object reads and deletes are not logged.',
    ])
  })
})

describe('a multi-Region trail that may not be deployed', () => {
  const cfn = (condition: string, singleCondition = '') =>
    `Parameters:\n  Env:\n    Type: String\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n  Single:\n    Type: AWS::CloudTrail::Trail\n${singleCondition}    Properties:\n      IsLogging: true\n      IsMultiRegionTrail: false\n      S3BucketName: audit-logs\n  Multi:\n    Type: AWS::CloudTrail::Trail\n${condition}    Properties:\n      IsLogging: true\n      IsMultiRegionTrail: true\n      S3BucketName: audit-logs\n`
  const tf = (count: string) =>
    `variable "prod" {\n  type = bool\n}\n\nresource "aws_cloudtrail" "single" {\n  name           = "single"\n  s3_bucket_name = "audit-logs"\n}\n\nresource "aws_cloudtrail" "multi" {\n${count}  name                  = "multi"\n  s3_bucket_name        = "audit-logs"\n  is_multi_region_trail = true\n}\n`

  it('CloudFormation: does not cover a trail deployed without it (unknown, not a pass)', async () => {
    expect(await verdict({ 'template.yaml': cfn('    Condition: IsProd\n') }, 'cloudtrail-multi-region-disabled')).toEqual({
      findings: [],
      unknowns: ['Single'],
    })
  })

  it('CloudFormation: covers a trail behind the same condition, and always covers when always deployed', async () => {
    const same = cfn('    Condition: IsProd\n', '    Condition: IsProd\n')
    expect(await verdict({ 'template.yaml': same }, 'cloudtrail-multi-region-disabled')).toEqual({ findings: [], unknowns: [] })
    expect(await verdict({ 'template.yaml': cfn('') }, 'cloudtrail-multi-region-disabled')).toEqual({ findings: [], unknowns: [] })
  })

  it('Terraform: a multi-Region trail with count on a variable is unknown cover', async () => {
    expect(await verdict({ 'main.tf': tf('  count                 = var.prod ? 1 : 0\n') }, 'cloudtrail-multi-region-disabled')).toEqual({
      findings: [],
      unknowns: ['aws_cloudtrail.single'],
    })
    expect(await verdict({ 'main.tf': tf('') }, 'cloudtrail-multi-region-disabled')).toEqual({ findings: [], unknowns: [] })
  })
})

describe('a `*` under StringEquals is one literal value', () => {
  const cfn = (operator: string) =>
    `Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "\${Data.Arn}/*"\n            Condition:\n              ${operator}:\n                aws:SourceVpce: "*"\n`
  const tf = (operator: string) =>
    `resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "\${aws_s3_bucket.data.arn}/*"\n      Condition = { ${operator} = { "aws:SourceVpce" = "*" } }\n    }]\n  })\n}\n`

  for (const [format, write, file] of [
    ['CloudFormation', cfn, 'template.yaml'],
    ['Terraform', tf, 'main.tf'],
  ] as const) {
    it(`${format}: StringEquals "*" pins the caller to an endpoint named "*" (not public); StringLike "*" does not`, async () => {
      expect((await verdict({ [file]: write('StringEquals') }, 'policy-public-read')).findings).toEqual([])
      expect((await verdict({ [file]: write('StringLike') }, 'policy-public-read')).findings.map((f) => f[1])).toEqual(['publicRead'])
    })
  }
})

describe('bucket-key-disabled with an SSE algorithm only known at deploy time', () => {
  const cfn = (bucketKey: string) =>
    `Parameters:\n  Algo:\n    Type: String\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: !Ref Algo\n${bucketKey}`
  const tf = (bucketKey: string) =>
    `variable "algo" {\n  type = string\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = var.algo\n    }\n${bucketKey}  }\n}\n`

  it('CloudFormation: is unknown, unless the Bucket Key is on', async () => {
    expect(await verdict({ 'template.yaml': cfn('') }, 'bucket-key-disabled')).toEqual({ findings: [], unknowns: ['Data'] })
    expect(await verdict({ 'template.yaml': cfn('            BucketKeyEnabled: true\n') }, 'bucket-key-disabled')).toEqual({
      findings: [],
      unknowns: [],
    })
  })

  it('Terraform: is unknown, unless the Bucket Key is on', async () => {
    expect(await verdict({ 'main.tf': tf('') }, 'bucket-key-disabled')).toEqual({ findings: [], unknowns: ['aws_s3_bucket.data'] })
    expect(await verdict({ 'main.tf': tf('    bucket_key_enabled = true\n') }, 'bucket-key-disabled')).toEqual({
      findings: [],
      unknowns: [],
    })
  })
})

describe('cors-wildcard-origin with an origin only known at deploy time', () => {
  const cfn = (origin: string) =>
    `Parameters:\n  Origin:\n    Type: String\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      CorsConfiguration:\n        CorsRules:\n          - AllowedMethods: [GET, PUT]\n            AllowedOrigins: [${origin}]\n`
  const tf = (origins: string) =>
    `variable "origins" {\n  type = list(string)\n}\n\nvariable "origin" {\n  type = string\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_cors_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  cors_rule {\n    allowed_methods = ["GET", "PUT"]\n    allowed_origins = ${origins}\n  }\n}\n`

  it('CloudFormation: a parameter that may be "*" is unknown; a pattern it cannot open is not', async () => {
    expect(await verdict({ 'template.yaml': cfn('!Ref Origin') }, 'cors-wildcard-origin')).toEqual({ findings: [], unknowns: ['Data'] })
    expect(await verdict({ 'template.yaml': cfn('!Sub "https://${Origin}"') }, 'cors-wildcard-origin')).toEqual({
      findings: [],
      unknowns: ['Data'],
    })
    expect(await verdict({ 'template.yaml': cfn('!Sub "https://app.${Origin}.example.com"') }, 'cors-wildcard-origin')).toEqual({
      findings: [],
      unknowns: [],
    })
    expect((await verdict({ 'template.yaml': cfn('"https://*"') }, 'cors-wildcard-origin')).findings.map((f) => f[1])).toEqual([
      'anyOrigin',
    ])
  })

  it('Terraform: a list or an origin from a variable is unknown', async () => {
    expect(await verdict({ 'main.tf': tf('var.origins') }, 'cors-wildcard-origin')).toEqual({
      findings: [],
      unknowns: ['aws_s3_bucket.data'],
    })
    expect(await verdict({ 'main.tf': tf('[var.origin]') }, 'cors-wildcard-origin')).toEqual({
      findings: [],
      unknowns: ['aws_s3_bucket.data'],
    })
    expect(await verdict({ 'main.tf': tf('["https://${var.origin}.example.com"]') }, 'cors-wildcard-origin')).toEqual({
      findings: [],
      unknowns: [],
    })
  })
})

describe('a metric filter pattern naming a property every object has', () => {
  const pattern =
    '{ ($.eventSource = s3.amazonaws.com) && ($.constructor = x || $.eventName = PutBucketPolicy || $.eventName = PutBucketAcl || $.eventName = DeleteBucketPolicy) && ($.toString != y) }'
  const cfn = `Resources:\n  Filter:\n    Type: AWS::Logs::MetricFilter\n    Properties:\n      LogGroupName: trail\n      FilterPattern: '${pattern}'\n      MetricTransformations:\n        - MetricName: M\n          MetricNamespace: N\n          MetricValue: "1"\n`
  const tf = `resource "aws_cloudwatch_log_metric_filter" "filter" {\n  name           = "filter"\n  log_group_name = "trail"\n  pattern        = ${JSON.stringify(pattern)}\n  metric_transformation {\n    name      = "M"\n    namespace = "N"\n    value     = "1"\n  }\n}\n`

  for (const [format, text, file] of [
    ['CloudFormation', cfn, 'template.yaml'],
    ['Terraform', tf, 'main.tf'],
  ] as const) {
    it(`${format}: reads $.constructor as a field the event lacks, without failing the rule`, async () => {
      const r = await scanFiles({ [file]: text })
      expect(r.findings.filter((f) => f.ruleId === 'rule-error')).toEqual([])
      expect(findingsOf(r, 'cloudwatch-s3-policy-change-alarm-missing').map((f) => f.messageId)).toEqual(['noAlarm'])
    })
  }
})

describe('hostile sizes', () => {
  it('CloudFormation and Terraform: a principal of 150,000 `*` after the account colon is scanned in seconds', async () => {
    const principal = `arn:aws:iam::${'*'.repeat(150_000)}`
    const cfn = `Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: {AWS: "${principal}"}\n            Action: s3:GetObject\n            Resource: !Sub "\${Data.Arn}/*"\n`
    const tf = `resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "${principal}" }\n      Action    = "s3:GetObject"\n      Resource  = "\${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n`
    const started = Date.now()
    const r = await scanFiles({ 'template.yaml': cfn, 'main.tf': tf })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(r.findings.filter((f) => f.ruleId === 'rule-error')).toEqual([])
    expect(findingsOf(r, 'policy-public-read')).toEqual([])
  }, 30_000)

  it('CloudFormation: a metric filter pattern of 200,000 `(` is unknown, not a rule failure', async () => {
    const pattern = `{ ${'('.repeat(200_000)}$.eventSource = s3.amazonaws.com }`
    const cfn = `Resources:\n  Filter:\n    Type: AWS::Logs::MetricFilter\n    Properties:\n      LogGroupName: trail\n      FilterPattern: '${pattern}'\n      MetricTransformations:\n        - MetricName: M\n          MetricNamespace: N\n          MetricValue: "1"\n`
    const r = await scanFiles({ 'template.yaml': cfn })
    expect(r.findings.filter((f) => f.ruleId === 'rule-error')).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === 'cloudwatch-s3-policy-change-alarm-missing').map((u) => u.location.line)).toEqual([6])
  })
})
