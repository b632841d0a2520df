import { describe, expect, it } from 'vitest'
import { fixRoundTrip, strict } from '../../helpers/fix-round-trip.js'
import { scanFiles } from '../../helpers/scan-files.js'

const BUCKET = 'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n}\n'

/** A bucket policy resource whose `policy` is `value` (written from the `policy =` on). */
const policyResource = (value: string) => `${BUCKET}
resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = ${value}
}
`

/**
 * The JSON a heredoc in `text` holds once Terraform has read it: `<<-` indentation stripped,
 * each `${...}` standing for some string. It must parse.
 */
function heredocJson(text: string): { Statement: { Sid?: string }[] } {
  const m = /<<(-?)([A-Z]+)\n([\s\S]*?)\n[ \t]*\2\n/.exec(text)
  expect(m, 'a heredoc').not.toBeNull()
  let body = m![3]!
  if (m![1]) {
    const lines = body.split('\n')
    const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length))
    body = lines.map((l) => l.slice(indent)).join('\n')
  }
  return JSON.parse(body.replace(/\$\{[^}]*\}/g, 'X')) as { Statement: { Sid?: string }[] }
}

describe('TLS fixes in policies written as JSON text', () => {
  it('adds the statement to an indented <<- heredoc, in its layout ([{ … }, { … }])', async () => {
    const text = policyResource(`<<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
        "Action": "s3:GetObject",
        "Resource": "\${aws_s3_bucket.data.arn}/*"
      }]
    }
  POLICY`)
    const { fixed, edit } = await fixRoundTrip({ 'main.tf': text }, 'main.tf', 'tls-not-enforced')
    expect(edit).toMatchObject({ startLine: 15, endLine: 15, description: 'Deny requests that do not use TLS' })
    expect(edit.replacement).toBe(
      [
        '      }, {',
        '        "Sid": "DenyInsecureTransport",',
        '        "Effect": "Deny",',
        '        "Principal": "*",',
        '        "Action": "s3:*",',
        '        "Resource": ["${aws_s3_bucket.data.arn}", "${aws_s3_bucket.data.arn}/*"],',
        '        "Condition": {',
        '          "Bool": {',
        '            "aws:SecureTransport": "false"',
        '          }',
        '        }',
        '      }]',
      ].join('\n'),
    )
    expect(heredocJson(fixed).Statement.map((s) => s.Sid)).toEqual([undefined, 'DenyInsecureTransport'])
  })

  it('adds the statement to a flush <<EOF heredoc with one statement per line block, and keeps tabs', async () => {
    const text = policyResource(
      '<<EOF\n{\n\t"Version": "2012-10-17",\n\t"Statement": [\n\t\t{\n\t\t\t"Sid": "Read",\n\t\t\t"Effect": "Allow",\n\t\t\t"Principal": {"AWS": "${var.reader}"},\n\t\t\t"Action": "s3:GetObject",\n\t\t\t"Resource": "arn:aws:s3:::data/*"\n\t\t}\n\t]\n}\nEOF',
    )
    const files = { 'main.tf': text, 'variables.tf': 'variable "reader" {\n  default = "arn:aws:iam::123456789012:root"\n}\n' }
    const { fixed, edit } = await fixRoundTrip(files, 'main.tf', 'tls-min-version')
    expect(edit.replacement).toContain('\t\t},\n\t\t{\n\t\t\t"Sid": "DenyOutdatedTLS",\n')
    expect(edit.replacement).toContain('\t\t\t"Condition": {\n\t\t\t\t"NumericLessThan": {\n\t\t\t\t\t"s3:TlsVersion": "1.2"\n')
    expect(heredocJson(fixed).Statement).toHaveLength(2)
  })

  it('keeps a compact heredoc compact', async () => {
    const text = policyResource(
      '<<EOF\n{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"s3:GetObject","Resource":"${aws_s3_bucket.data.arn}/*"}]}\nEOF',
    )
    const { fixed, edit } = await fixRoundTrip({ 'main.tf': text }, 'main.tf', 'tls-not-enforced')
    expect(edit.startLine).toBe(edit.endLine)
    expect(edit.replacement).toContain(
      '},{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["${aws_s3_bucket.data.arn}","${aws_s3_bucket.data.arn}/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}',
    )
    expect(heredocJson(fixed).Statement).toHaveLength(2)
  })

  it('escapes the statement into a quoted JSON string', async () => {
    const text = policyResource(
      '"{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": {\\"AWS\\": \\"arn:aws:iam::123456789012:root\\"}, \\"Action\\": \\"s3:GetObject\\", \\"Resource\\": \\"${aws_s3_bucket.data.arn}/*\\"}]}"',
    )
    const { edit } = await fixRoundTrip({ 'main.tf': text }, 'main.tf', 'tls-not-enforced')
    expect(edit.replacement).toContain(
      '}, {\\"Sid\\": \\"DenyInsecureTransport\\", \\"Effect\\": \\"Deny\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"s3:*\\", \\"Resource\\": [\\"${aws_s3_bucket.data.arn}\\", \\"${aws_s3_bucket.data.arn}/*\\"]',
    )
  })

  it('names the bucket by its ARN literal when the policy resource names it by its literal name', async () => {
    const text = policyResource(
      '<<EOF\n{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Principal": {"AWS": "arn:aws:iam::123456789012:root"},\n      "Action": "s3:GetObject",\n      "Resource": "arn:aws:s3:::data/*"\n    }\n  ]\n}\nEOF',
    ).replace('bucket = aws_s3_bucket.data.id', 'bucket = "data"')
    const { edit } = await fixRoundTrip({ 'main.tf': text }, 'main.tf', 'tls-not-enforced')
    expect(edit.replacement).toContain('"Resource": ["arn:aws:s3:::data", "arn:aws:s3:::data/*"],')
  })

  it('adds a statement next to a narrower one without repeating its Sid', async () => {
    // The existing deny covers the objects only; S3 rejects a policy whose Sids repeat.
    const text = policyResource(
      '<<EOF\n{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "DenyInsecureTransport",\n      "Effect": "Deny",\n      "Principal": "*",\n      "Action": "s3:*",\n      "Resource": "${aws_s3_bucket.data.arn}/*",\n      "Condition": {"Bool": {"aws:SecureTransport": "false"}}\n    }\n  ]\n}\nEOF',
    )
    const { fixed } = await fixRoundTrip({ 'main.tf': text }, 'main.tf', 'tls-not-enforced')
    expect(heredocJson(fixed).Statement.map((s) => s.Sid)).toEqual(['DenyInsecureTransport', 'DenyInsecureTransport2'])
  })

  it('does the same for a jsonencode policy', async () => {
    const text = policyResource(`jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = "\${aws_s3_bucket.data.arn}/*"
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })`)
    const { fixed } = await fixRoundTrip({ 'main.tf': text }, 'main.tf', 'tls-not-enforced')
    expect(fixed).toContain('Sid       = "DenyInsecureTransport2"')
  })

  it('adds a statement block to the policy document an interpolation-only string names', async () => {
    const data =
      'data "aws_iam_policy_document" "p" {\n  statement {\n    actions   = ["s3:GetObject"]\n    resources = ["${aws_s3_bucket.data.arn}/*"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::123456789012:root"]\n    }\n  }\n}\n'
    const text = policyResource('"${data.aws_iam_policy_document.p.json}"') + data
    const { fixed } = await fixRoundTrip({ 'main.tf': text }, 'main.tf', 'tls-not-enforced')
    expect(fixed).toContain('  statement {\n    sid       = "DenyInsecureTransport"\n')
  })

  it('offers no edit when the JSON cannot be edited safely', async () => {
    const stmt = '{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "s3:GetObject", "Resource": "*"}'
    const cases = {
      // An interpolation standing for JSON structure, not string content.
      structure: `<<EOF\n{"Version": "2012-10-17", "Statement": \${jsonencode(local.statements)}}\nEOF`,
      // A template directive: the statements depend on it.
      directive: `<<EOF\n{"Version": "2012-10-17", "Statement": [%{ for s in local.s }${stmt},%{ endfor }${stmt}]}\nEOF`,
      // A strip marker removes text around the interpolation.
      strip: `<<EOF\n{"Version": "2012-10-17", "Statement": [${stmt.replace('"*"', '"${~ aws_s3_bucket.data.arn ~}"')}]}\nEOF`,
      // One statement written as an object, not a list.
      single: `<<EOF\n{"Version": "2012-10-17", "Statement": ${stmt}}\nEOF`,
    }
    const locals = 'locals {\n  statements = []\n  s = []\n}\n'
    for (const [name, value] of Object.entries(cases)) {
      const r = await scanFiles({ 'main.tf': policyResource(value) + locals }, strict)
      const tls = r.findings.filter((f) => f.ruleId === 'tls-not-enforced')
      expect({ name, lines: tls.map((f) => f.location.line), edits: tls.map((f) => f.edit) }).toEqual({
        name,
        lines: [7],
        edits: [undefined],
      })
    }
  })

  it('adds to a bucket’s own inline policy by the bucket’s literal ARN, never by a reference to itself', async () => {
    const inline = (bucket: string) => `resource "aws_s3_bucket" "data" {
  bucket = ${bucket}
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:root" }
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::data/*"
      },
    ]
  })
}
`
    const { edit } = await fixRoundTrip({ 'main.tf': inline('"data"') }, 'main.tf', 'tls-not-enforced')
    expect(edit.replacement).toContain('Resource  = ["arn:aws:s3:::data", "arn:aws:s3:::data/*"]')
    expect(edit.replacement).not.toContain('aws_s3_bucket.data')
    // Terraform rejects `aws_s3_bucket.data.arn` inside aws_s3_bucket.data: without a literal name, no edit.
    const r = await scanFiles({ 'main.tf': inline('var.name'), 'variables.tf': 'variable "name" {\n  default = "data"\n}\n' }, strict)
    const tls = r.findings.find((f) => f.ruleId === 'tls-not-enforced')
    expect(tls).toBeDefined()
    expect(tls!.edit).toBeUndefined()
  })
})
