/**
 * Red-team round 9f (parsers): lifecycle rules S3 refuses as written, read by the CloudFormation
 * and Terraform readers; and a policy's `Version`, which decides whether IAM substitutes policy
 * variables (`${aws:SourceVpce}` is literal text in a 2008-10-17 policy, or one without Version).
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../helpers/scan-files.js'

type Scan = Awaited<ReturnType<typeof scanFiles>>
const LIFECYCLE = ['lifecycle-missing', 'lifecycle-abort-incomplete-uploads-missing', 'lifecycle-noncurrent-versions-kept']

/** Lifecycle verdicts by resource: `ruleId:messageId@line` (unknowns as `?ruleId@line`). */
function lifecycle(r: Scan): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const f of r.findings)
    if (LIFECYCLE.includes(f.ruleId)) (out[f.resource ?? ''] ??= []).push(`${f.ruleId}:${f.messageId}@${f.location.line}`)
  for (const u of r.unknowns) if (LIFECYCLE.includes(u.ruleId)) (out[u.resource ?? ''] ??= []).push(`?${u.ruleId}@${u.location.line}`)
  return out
}

const cfnBucket = (name: string, rules: string) =>
  `  ${name}:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n${rules}`
/** A rule that satisfies all three lifecycle rules on its own. */
const CFN_GOOD =
  '          - Id: good\n            Status: Enabled\n            ExpirationInDays: 30\n            NoncurrentVersionExpirationInDays: 30\n            AbortIncompleteMultipartUpload: {DaysAfterInitiation: 7}\n'

describe('CloudFormation lifecycle rules S3 refuses (red-team round 9f)', () => {
  it('reports the refusal at the offending key, and the other lifecycle rules stay quiet', async () => {
    const template = [
      'Parameters:\n  Days:\n    Type: Number\nConditions:\n  Prod: !Equals [!Ref AWS::Region, eu-west-1]\nResources:\n',
      // 7..: ExpiredObjectDeleteMarker beside ExpirationInDays (MalformedXML)
      cfnBucket(
        'Marker',
        '          - Id: a\n            Status: Enabled\n            ExpirationInDays: 30\n            ExpiredObjectDeleteMarker: true\n            NoncurrentVersionExpirationInDays: 30\n            AbortIncompleteMultipartUpload: {DaysAfterInitiation: 7}\n',
      ),
      // A rule without any action.
      cfnBucket('NoAction', `          - Id: a\n            Status: Enabled\n            Prefix: logs/\n${CFN_GOOD}`),
      // Abort in a rule filtered by tags.
      cfnBucket(
        'TagAbort',
        '          - Id: a\n            Status: Enabled\n            ExpirationInDays: 30\n            NoncurrentVersionExpirationInDays: 30\n            TagFilters: [{Key: k, Value: v}]\n            AbortIncompleteMultipartUpload: {DaysAfterInitiation: 7}\n',
      ),
      // The delete marker in a rule of its own, and an expiration date in another: fine.
      cfnBucket('Fine', `${CFN_GOOD}          - Id: m\n            Status: Enabled\n            ExpiredObjectDeleteMarker: true\n`),
      // The day count is a parameter without a default: not known, so no refusal.
      cfnBucket(
        'ParamDays',
        `${CFN_GOOD}          - Id: m\n            Status: Enabled\n            ExpirationInDays: !Ref Days\n            ExpiredObjectDeleteMarker: true\n`,
      ),
      // The only action is behind a condition only known at deploy time: not known either.
      cfnBucket(
        'MaybeAction',
        `${CFN_GOOD}          - Id: m\n            Status: Enabled\n            ExpirationInDays: !If [Prod, 30, !Ref AWS::NoValue]\n`,
      ),
      // ExpiredObjectDeleteMarker: false beside the days is not what S3 is documented to refuse.
      cfnBucket(
        'MarkerFalse',
        `${CFN_GOOD}          - Id: m\n            Status: Enabled\n            ExpirationInDays: 30\n            ExpiredObjectDeleteMarker: false\n`,
      ),
    ].join('')
    const r = await scanFiles({ 'template.yaml': template })
    const lines = template.split('\n')
    const lineOf = (after: string, text: string) => lines.findIndex((l, i) => i > lines.indexOf(`  ${after}:`) && l.includes(text)) + 1
    expect(lifecycle(r)).toEqual({
      Marker: [`lifecycle-missing:refused@${lineOf('Marker', 'ExpiredObjectDeleteMarker')}`],
      NoAction: [`lifecycle-missing:refused@${lineOf('NoAction', '- Id: a')}`],
      TagAbort: [`lifecycle-missing:refused@${lineOf('TagAbort', 'AbortIncompleteMultipartUpload')}`],
    })
    const why = (id: string) => r.findings.find((f) => f.resource === id && f.ruleId === 'lifecycle-missing')!.message
    expect(why('Marker')).toContain('ExpiredObjectDeleteMarker beside an expiration in days or on a date')
    expect(why('NoAction')).toContain('no action')
    expect(why('TagAbort')).toContain('filtered by tags aborts incomplete multipart uploads')
  })
})

const tfLifecycle = (name: string, rules: string) =>
  `resource "aws_s3_bucket" "${name}" { bucket = "${name}" }\nresource "aws_s3_bucket_lifecycle_configuration" "${name}" {\n  bucket = aws_s3_bucket.${name}.id\n${rules}}\n`
const TF_GOOD =
  '  rule {\n    id     = "good"\n    status = "Enabled"\n    expiration { days = 30 }\n    noncurrent_version_expiration { noncurrent_days = 30 }\n    abort_incomplete_multipart_upload { days_after_initiation = 7 }\n  }\n'

describe('Terraform lifecycle rules S3 refuses (red-team round 9f)', () => {
  it('aws_s3_bucket_lifecycle_configuration: no action, abort or delete marker with tags; not the marker beside days, which the provider drops', async () => {
    const tf = [
      'variable "on" { type = bool }\n',
      tfLifecycle('noact', `  rule {\n    id     = "a"\n    status = "Enabled"\n    filter { prefix = "x/" }\n  }\n${TF_GOOD}`),
      tfLifecycle(
        'tagabort',
        '  rule {\n    id     = "a"\n    status = "Enabled"\n    filter {\n      and {\n        prefix = "x/"\n        tags   = { k = "v" }\n      }\n    }\n    expiration { days = 30 }\n    noncurrent_version_expiration { noncurrent_days = 30 }\n    abort_incomplete_multipart_upload { days_after_initiation = 7 }\n  }\n',
      ),
      tfLifecycle(
        'tagmarker',
        `  rule {\n    id     = "a"\n    status = "Enabled"\n    filter {\n      tag {\n        key   = "k"\n        value = "v"\n      }\n    }\n    expiration { expired_object_delete_marker = true }\n  }\n${TF_GOOD}`,
      ),
      // Provider 4.x and later send no ExpiredObjectDeleteMarker beside days above 0 or a date.
      tfLifecycle(
        'marker',
        '  rule {\n    id     = "a"\n    status = "Enabled"\n    expiration {\n      days                         = 30\n      expired_object_delete_marker = true\n    }\n    noncurrent_version_expiration { noncurrent_days = 30 }\n    abort_incomplete_multipart_upload { days_after_initiation = 7 }\n  }\n',
      ),
      // `and { tags = {} }` names no tag: the provider sends none.
      tfLifecycle(
        'emptytags',
        `  rule {\n    id     = "a"\n    status = "Enabled"\n    filter {\n      and {\n        object_size_greater_than = 0\n        tags   = {}\n      }\n    }\n    expiration { days = 30 }\n    abort_incomplete_multipart_upload { days_after_initiation = 7 }\n  }\n${TF_GOOD}`,
      ),
      // The only action comes from a dynamic block whose for_each is not known.
      tfLifecycle(
        'dyn',
        `  rule {\n    id     = "a"\n    status = "Enabled"\n    dynamic "expiration" {\n      for_each = var.on ? [1] : []\n      content { days = 30 }\n    }\n  }\n${TF_GOOD}`,
      ),
    ].join('')
    const r = await scanFiles({ 'main.tf': tf })
    const lines = tf.split('\n')
    const lineOf = (name: string, text: string) =>
      lines.findIndex((l, i) => i > lines.indexOf(`resource "aws_s3_bucket_lifecycle_configuration" "${name}" {`) && l.includes(text)) + 1
    expect(lifecycle(r)).toEqual({
      'aws_s3_bucket.noact': [`lifecycle-missing:refused@${lineOf('noact', 'rule {')}`],
      'aws_s3_bucket.tagabort': [`lifecycle-missing:refused@${lineOf('tagabort', 'abort_incomplete_multipart_upload')}`],
      'aws_s3_bucket.tagmarker': [`lifecycle-missing:refused@${lineOf('tagmarker', 'expired_object_delete_marker')}`],
    })
  })

  it('provider 3.x inline lifecycle_rule: abort with tags, and a rule without action', async () => {
    const tf =
      'resource "aws_s3_bucket" "v3" {\n  bucket = "v3"\n  lifecycle_rule {\n    id      = "a"\n    enabled = true\n    tags    = { k = "v" }\n    abort_incomplete_multipart_upload_days = 7\n    expiration { days = 30 }\n    noncurrent_version_expiration { days = 30 }\n  }\n}\n' +
      'resource "aws_s3_bucket" "none" {\n  bucket = "none"\n  lifecycle_rule {\n    id      = "a"\n    enabled = true\n    prefix  = "x/"\n  }\n}\n' +
      // Provider 3.x sends the first of date, days and the marker: nothing is refused here.
      'resource "aws_s3_bucket" "marker" {\n  bucket = "marker"\n  lifecycle_rule {\n    id      = "a"\n    enabled = true\n    abort_incomplete_multipart_upload_days = 7\n    expiration {\n      days = 30\n      expired_object_delete_marker = true\n    }\n    noncurrent_version_expiration { days = 30 }\n  }\n}\n'
    const r = await scanFiles({ 'main.tf': tf })
    expect(lifecycle(r)).toEqual({
      'aws_s3_bucket.v3': ['lifecycle-missing:refused@7'],
      'aws_s3_bucket.none': ['lifecycle-missing:refused@14'],
    })
  })
})

const PUBLIC = ['policy-public-read', 'public-exposure']
/** Public verdicts by file: `ruleId@line` (unknowns as `?ruleId@line`). */
function publicVerdicts(r: Scan): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const f of r.findings) if (PUBLIC.includes(f.ruleId)) (out[f.resource ?? ''] ??= []).push(`${f.ruleId}@${f.location.line}`)
  for (const u of r.unknowns) if (PUBLIC.includes(u.ruleId)) (out[u.resource ?? ''] ??= []).push(`?${u.ruleId}@${u.location.line}`)
  for (const k of Object.keys(out)) out[k]!.sort()
  return out
}

describe("a policy's Version decides whether ${aws:...} is a variable (red-team round 9f)", () => {
  const cfn = (version: string) =>
    `Resources:\n  B:\n    Type: AWS::S3::Bucket\n  P:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref B\n      PolicyDocument:\n${version}        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "\${B.Arn}/*"\n            Condition:\n              StringEquals:\n                aws:SourceVpce: "\${aws:SourceVpce}"\n`

  it('CloudFormation: literal text in a 2008-10-17 policy or one without Version; a variable in a 2012-10-17 one', async () => {
    const r = await scanFiles({
      '2008/t.yaml': cfn('        Version: "2008-10-17"\n'),
      'none/t.yaml': cfn(''),
      '2012/t.yaml': cfn('        Version: "2012-10-17"\n'),
    })
    const byFile = (dir: string) =>
      [...r.findings, ...r.unknowns].filter((f) => PUBLIC.includes(f.ruleId) && f.location.file.startsWith(dir)).map((f) => f.ruleId)
    expect(byFile('2008')).toEqual([])
    expect(byFile('none')).toEqual([])
    // `StringEquals aws:SourceVpce ${aws:SourceVpce}` holds for every caller: public, as before.
    expect(byFile('2012').sort()).toEqual(['policy-public-read', 'public-exposure'])
  })

  it('CloudFormation: a Version only known at deploy time changes nothing; a deployment tool variable stays unknown in a 2008-10-17 policy', async () => {
    const r = await scanFiles({
      'param/t.yaml': `Parameters:\n  V:\n    Type: String\n${cfn('        Version: !Ref V\n')}`,
      'tool/t.yaml': cfn('        Version: "2008-10-17"\n').replace('${aws:SourceVpce}', '${self:custom.vpce}'),
    })
    const byFile = (dir: string) => [
      ...r.findings.filter((f) => f.ruleId === 'policy-public-read' && f.location.file.startsWith(dir)).map(() => 'finding'),
      ...r.unknowns.filter((u) => u.ruleId === 'policy-public-read' && u.location.file.startsWith(dir)).map(() => 'unknown'),
    ]
    expect(byFile('param')).toEqual(['finding'])
    expect(byFile('tool')).toEqual(['unknown'])
  })

  it('Terraform: jsonencode, heredoc and aws_iam_policy_document (which defaults to 2012-10-17 and writes &{...} as ${...})', async () => {
    const stmt =
      'locals {\n  stmt = {\n    Effect    = "Allow"\n    Principal = "*"\n    Action    = "s3:GetObject"\n    Resource  = "arn:aws:s3:::b/*"\n    Condition = { StringEquals = { "aws:SourceVpce" = "$${aws:SourceVpce}" } }\n  }\n}\n'
    const policy = (name: string, value: string) =>
      `resource "aws_s3_bucket" "${name}" { bucket = "${name}" }\nresource "aws_s3_bucket_policy" "${name}" {\n  bucket = aws_s3_bucket.${name}.id\n  policy = ${value}\n}\n`
    const data = (name: string, version: string) =>
      `data "aws_iam_policy_document" "${name}" {\n${version}  statement {\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    actions   = ["s3:GetObject"]\n    resources = ["arn:aws:s3:::${name}/*"]\n    condition {\n      test     = "StringEquals"\n      variable = "aws:SourceVpce"\n      values   = ["&{aws:SourceVpce}"]\n    }\n  }\n}\n`
    const tf = [
      stmt,
      policy('j2008', 'jsonencode({ Version = "2008-10-17", Statement = [local.stmt] })'),
      policy('jnone', 'jsonencode({ Statement = [local.stmt] })'),
      policy('j2012', 'jsonencode({ Version = "2012-10-17", Statement = [local.stmt] })'),
      policy(
        'h2008',
        '<<-JSON\n  {"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",\n   "Resource": "arn:aws:s3:::h2008/*", "Condition": {"StringEquals": {"aws:SourceVpce": "$${aws:SourceVpce}"}}}]}\n  JSON',
      ),
      data('d2008', '  version = "2008-10-17"\n'),
      policy('d2008', 'data.aws_iam_policy_document.d2008.json'),
      data('ddef', ''),
      policy('ddef', 'data.aws_iam_policy_document.ddef.json'),
    ].join('')
    const r = await scanFiles({ 'main.tf': tf })
    const v = publicVerdicts(r)
    expect(Object.keys(v).sort()).toEqual([
      'aws_s3_bucket.ddef',
      'aws_s3_bucket.j2012',
      'aws_s3_bucket_policy.ddef',
      'aws_s3_bucket_policy.j2012',
    ])
  })
})
