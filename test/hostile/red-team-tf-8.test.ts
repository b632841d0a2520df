/**
 * Red team, eighth Terraform round, end to end: what orders a bucket policy after its public
 * access block (references, not text), and heredoc closing lines as HCL reads them.
 */
import { describe, expect, it } from 'vitest'
import { parseTemplateText } from '../../src/parsers/terraform/hcl/parse.js'
import { hits, scanFiles } from '../helpers/scan-files.js'

const bucketAndBlock = `resource "aws_s3_bucket" "a" {
  bucket = "bkt-a"
}
resource "aws_s3_bucket_public_access_block" "a" {
  bucket                  = aws_s3_bucket.a.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false
}
`
const publicPolicy = (extra: string) => `resource "aws_s3_bucket_policy" "a" {
  bucket = aws_s3_bucket.a.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::bkt-a/*" }]
  })
${extra}}
`
const exposure = (r: Awaited<ReturnType<typeof scanFiles>>) => ({
  unknown: r.unknowns.filter((u) => u.ruleId === 'public-exposure').length,
  voided: r.findings.filter((f) => f.ruleId === 'policy-public-read' && f.message.includes('BlockPublicPolicy is on')).length,
})

describe('red team: Terraform, round 8', () => {
  it.each([
    ['a depends_on commented out', '  # depends_on = [aws_s3_bucket_public_access_block.a]\n'],
    ['a block comment naming the block', '  /* applied after aws_s3_bucket_public_access_block.a */\n'],
    [
      'a string naming the block',
      '  lifecycle {\n    ignore_changes = []\n  }\n  provider = aws\n  # see below\n  # aws_s3_bucket_public_access_block.a\n',
    ],
    ['a comment inside depends_on', '  depends_on = [\n    # aws_s3_bucket_public_access_block.a,\n    aws_s3_bucket.a,\n  ]\n'],
  ])('does not order a public policy after its block through %s', async (_, extra) => {
    // The policy block's text was searched for the block's address: a comment (or any text)
    // naming it ordered the policy after the block, so S3 "rejected" a public policy that
    // Terraform may well apply first, and the bucket's exposure passed.
    const r = await scanFiles({ 'main.tf': bucketAndBlock + publicPolicy(extra) })
    expect(exposure(r)).toEqual({ unknown: 1, voided: 0 })
  })

  it('still orders it by a real depends_on or reference', async () => {
    for (const extra of [
      '  depends_on = [aws_s3_bucket_public_access_block.a]\n',
      '  depends_on = [(aws_s3_bucket_public_access_block.a)]\n',
    ]) {
      const r = await scanFiles({ 'main.tf': bucketAndBlock + publicPolicy(extra) })
      expect(exposure(r)).toEqual({ unknown: 0, voided: 1 })
    }
    const viaBucket = publicPolicy('').replace('aws_s3_bucket.a.id', 'aws_s3_bucket_public_access_block.a.bucket')
    expect(exposure(await scanFiles({ 'main.tf': bucketAndBlock + viaBucket }))).toEqual({ unknown: 0, voided: 1 })
    const inTemplate = publicPolicy('').replace('"arn:aws:s3:::bkt-a/*"', '"arn:aws:s3:::${aws_s3_bucket_public_access_block.a.id}/*"')
    expect(exposure(await scanFiles({ 'main.tf': bucketAndBlock + inTemplate }))).toEqual({ unknown: 0, voided: 1 })
  })

  it('orders a policy after its block through a local value or a data source, as Terraform’s graph does', async () => {
    // Only the policy block's own text was searched: `bucket = local.b` (the local naming the
    // block) and a policy document that waits for the block left the bucket's exposure unknown.
    const viaLocal = `locals {\n  a_bucket = aws_s3_bucket_public_access_block.a.bucket\n}\n${publicPolicy('').replace('aws_s3_bucket.a.id', 'local.a_bucket')}`
    expect(exposure(await scanFiles({ 'main.tf': bucketAndBlock + viaLocal }))).toEqual({ unknown: 0, voided: 1 })
    const document = (extra: string) =>
      `data "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["s3:GetObject"]\n    resources = ["\${aws_s3_bucket.a.arn}/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n  }\n${extra}}\nresource "aws_s3_bucket_policy" "a" {\n  bucket = aws_s3_bucket.a.id\n  policy = data.aws_iam_policy_document.d.json\n}\n`
    expect(
      exposure(await scanFiles({ 'main.tf': bucketAndBlock + document('  depends_on = [aws_s3_bucket_public_access_block.a]\n') })),
    ).toEqual({
      unknown: 0,
      voided: 1,
    })
    expect(exposure(await scanFiles({ 'main.tf': bucketAndBlock + document('') }))).toEqual({ unknown: 1, voided: 0 })
    // A local naming the block that the policy does not use orders nothing.
    const unused = `locals {\n  a_bucket = aws_s3_bucket_public_access_block.a.bucket\n  other    = local.other2\n  other2   = local.other\n}\n${publicPolicy('  tags = { x = local.other }\n')}`
    expect(exposure(await scanFiles({ 'main.tf': bucketAndBlock + unused }))).toEqual({ unknown: 1, voided: 0 })
  })

  it('applies a policy first when its block waits for it through a local value', async () => {
    const r = await scanFiles({
      'main.tf':
        bucketAndBlock.replace('bucket                  = aws_s3_bucket.a.id', 'bucket                  = local.after_policy') +
        `locals {\n  after_policy = aws_s3_bucket_policy.a.bucket\n}\n` +
        publicPolicy(''),
    })
    expect(exposure(r)).toEqual({ unknown: 0, voided: 0 })
    expect(hits(r, 'public-exposure')).toHaveLength(1)
  })

  it('reads .tf.json depends_on entries as references and "//" comments as nothing', async () => {
    const json = (policyExtra: object) =>
      JSON.stringify({
        resource: {
          aws_s3_bucket: { a: { bucket: 'bkt-a' } },
          aws_s3_bucket_public_access_block: {
            a: {
              bucket: '${aws_s3_bucket.a.id}',
              block_public_acls: true,
              block_public_policy: true,
              ignore_public_acls: true,
              restrict_public_buckets: false,
            },
          },
          aws_s3_bucket_policy: {
            a: {
              bucket: '${aws_s3_bucket.a.id}',
              policy:
                '${jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::bkt-a/*" }] })}',
              ...policyExtra,
            },
          },
        },
      })
    expect(exposure(await scanFiles({ 'main.tf.json': json({ '//': 'depends on aws_s3_bucket_public_access_block.a' }) }))).toEqual({
      unknown: 1,
      voided: 0,
    })
    expect(exposure(await scanFiles({ 'main.tf.json': json({ depends_on: ['aws_s3_bucket_public_access_block.a'] }) }))).toEqual({
      unknown: 0,
      voided: 1,
    })
  })

  it('links a setting to a bucket of count 0 or 1 through element(concat(b.*.id, [""]), 0), the Terraform 0.11 idiom', async () => {
    // Read as any list not known statically, the setting made every bucket of the module unknown.
    const r = await scanFiles({
      'main.tf': `variable "on" {\n  type = bool\n}\nresource "aws_s3_bucket" "b" {\n  count  = var.on ? 1 : 0\n  bucket = "bkt"\n}\nresource "aws_s3_bucket" "other" {\n  bucket = "other"\n}\nresource "aws_s3_bucket_logging" "b" {\n  count         = var.on ? 1 : 0\n  bucket        = element(concat(aws_s3_bucket.b.*.id, [""]), 0)\n  target_bucket = "logs"\n  target_prefix = "b/"\n}\nresource "aws_s3_bucket_public_access_block" "b" {\n  count                   = var.on ? 1 : 0\n  bucket                  = concat(aws_s3_bucket.b[*].id, [""])[0]\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n`,
    })
    const about = (rule: string) => [
      ...r.unknowns.filter((u) => u.ruleId === rule).map((u) => `?${u.resource}`),
      ...r.findings.filter((f) => f.ruleId === rule).map((f) => f.resource),
    ]
    expect(about('access-logging-disabled')).toEqual(['aws_s3_bucket.other'])
    expect(about('block-public-access-incomplete')).toEqual(['aws_s3_bucket.other'])
  })

  it('closes a heredoc at a marker line with white space around it, as HCL trims it', async () => {
    // HCL compares the line trimmed of white space at both ends (`bytes.TrimSpace`): `  EOT  ` and
    // `EOT\t\r` close the heredoc. Read as text, the policy ran to the end of the file, an
    // HCL_SYNTAX error, and its public statement was never checked.
    for (const close of ['  EOT  \n', 'EOT\t\r\n', '\u00a0EOT\u000b\n']) {
      const r = await scanFiles({
        'main.tf': `resource "aws_s3_bucket" "b" {\n  bucket = "bkt"\n}\nresource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.b.id\n  policy = <<EOT\n{\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Principal": "*",\n      "Action": "s3:GetObject",\n      "Resource": "arn:aws:s3:::bkt/*"\n    }\n  ]\n}\n${close}}\n`,
      })
      expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
      expect(hits(r, 'policy-public-read')).toEqual(['policy-public-read@9'])
    }
  })

  it('does not close a heredoc at a marker on the last line without a line break (HCL reports it unterminated)', async () => {
    const r = await scanFiles({
      'main.tf': `variable "acl" {\n  default = "private"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "bkt"\n}\nresource "aws_s3_bucket_acl" "a" {\n  bucket = aws_s3_bucket.b.id\n  acl    = var.acl\n}\n`,
      'terraform.tfvars': 'acl = <<EOT\npublic-read\nEOT',
    })
    expect(r.problems.map((e) => [e.code, e.file, e.line])).toContainEqual(['HCL_SYNTAX', 'terraform.tfvars', 3])
  })

  it('keeps the whole of a .tf.json string that has a line reading like the parser’s own marker', () => {
    const text = 'a ${"b"}\nS3GATE_EOT\nS3GATE_EOT_\nc'
    const { expr, issues } = parseTemplateText(text, { maxDepth: 200 })
    expect(issues).toEqual([])
    expect(expr.parts.map((p) => (p.t === 'lit' ? p.value : '<interp>')).join('')).toBe('a <interp>\nS3GATE_EOT\nS3GATE_EOT_\nc')
  })
})
