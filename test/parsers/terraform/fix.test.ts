import { describe, expect, it } from 'vitest'
import type { Finding, FixIntent, TextEdit } from '../../../src/engine/finding.js'
import type { SourceLocation } from '../../../src/model/location.js'
import { parseHcl } from '../../../src/parsers/terraform/hcl/parse.js'
import { renderTerraformFix } from '../../../src/parsers/terraform/fix.js'
import { bucket, loadFiles, v } from './helpers.js'

function finding(fix: FixIntent, line: number, file = 'main.tf'): Finding {
  const location: SourceLocation = { file, line, column: 1, endLine: line, endColumn: 1, path: '' }
  return {
    ruleId: 'r',
    severity: 'high',
    messageId: 'm',
    message: '',
    location,
    resource: 'x',
    format: 'terraform',
    related: [],
    fix,
    fingerprint: 'f',
    suppressed: false,
  }
}

function apply(text: string, e: TextEdit): string {
  const lines = text.split('\n')
  lines.splice(e.startLine - 1, e.endLine - e.startLine + 1, ...e.replacement.split('\n'))
  return lines.join('\n')
}

/** Renders the fix, applies it, and checks the result still parses. */
function fixed(text: string, fix: FixIntent, line: number): { text: string; edit: TextEdit } {
  const edit = renderTerraformFix(finding(fix, line), new Map([['main.tf', text]]))
  expect(edit).toBeDefined()
  const out = apply(text, edit!)
  expect(parseHcl(out, { maxDepth: 200 }).issues).toEqual([])
  return { text: out, edit: edit! }
}

const BUCKET = 'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n}\n'

describe('Terraform fixes', () => {
  it('turns on the flags of an existing public access block, keeping the alignment', () => {
    const text = `${BUCKET}
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = false
  block_public_policy     = true
}
`
    const r = fixed(text, { kind: 'set', field: 'publicAccessBlock', value: true }, 7)
    expect(r.edit).toMatchObject({ startLine: 7, endLine: 8 })
    expect(r.text).toContain(
      '  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}',
    )
  })

  it('realigns the run of attributes a longer name joins, as terraform fmt does', () => {
    const text = 'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n  tags   = {}\n\n  force_destroy = true\n}\n'
    const r = fixed(text, { kind: 'set', field: 'objectLock.enabled', value: true }, 1)
    expect(r.edit).toMatchObject({ startLine: 5, endLine: 5 })
    expect(r.text).toBe(
      'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n  tags   = {}\n\n  force_destroy       = true\n  object_lock_enabled = true\n}\n',
    )
    const one = fixed(BUCKET, { kind: 'set', field: 'objectLock.enabled', value: true }, 1)
    expect(one.text).toBe('resource "aws_s3_bucket" "data" {\n  bucket              = "data"\n  object_lock_enabled = true\n}\n')
  })

  it('aligns every setting one fix adds to a run to the longest name, the earlier ones included', () => {
    // `ignore_public_acls` is added first, `restrict_public_buckets` (longer) after it: both end up in
    // the longer one's column, as `terraform fmt` leaves them.
    const text = `${BUCKET}
resource "aws_s3_bucket_public_access_block" "data" {
  bucket              = aws_s3_bucket.data.id
  block_public_acls   = false
  block_public_policy = false
}
`
    const r = fixed(text, { kind: 'set', field: 'publicAccessBlock', value: true }, 6)
    expect(r.text).toContain(
      '  bucket                  = aws_s3_bucket.data.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}',
    )
  })

  it('aligns an item added to a module input object with its neighbours', () => {
    const text =
      'module "archive" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n\n  bucket = "a"\n  versioning = {\n    enabled = true\n    mfa     = var.mfa\n  }\n}\n'
    const r = fixed(text, { kind: 'set', field: 'versioning.mfaDelete', value: true }, 5)
    expect(r.text).toContain('  versioning = {\n    enabled    = true\n    mfa        = var.mfa\n    mfa_delete = true\n  }\n')
  })

  it('aligns a setting added right after a heredoc with it: terraform fmt counts the heredoc as one line', () => {
    const text = 'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n\n  policy = <<EOF\n{}\nEOF\n}\n'
    const r = fixed(text, { kind: 'set', field: 'objectLock.enabled', value: true }, 1)
    expect(r.text).toBe(
      'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n\n  policy              = <<EOF\n{}\nEOF\n  object_lock_enabled = true\n}\n',
    )
  })

  it('leaves a value a called module takes from its input to the callers: no literal over `var.acl`', () => {
    const text = 'resource "aws_s3_bucket" "this" {\n  bucket = var.name\n  acl    = var.acl\n}\n'
    const fix: FixIntent = { kind: 'set', field: 'acl.canned', value: 'private' }
    const inModule = { ...finding(fix, 3, 'modules/bucket/main.tf'), resource: 'module.logs.aws_s3_bucket.this' }
    expect(renderTerraformFix(inModule, new Map([['modules/bucket/main.tf', text]]))).toBeUndefined()
    // A root module's own variable: the edit is the root's to make.
    expect(renderTerraformFix(finding(fix, 3), new Map([['main.tf', text]]))).toMatchObject({ replacement: '  acl    = "private"' })
  })

  it('adds a public access block after a bucket that has none, referencing it', () => {
    const r = fixed(BUCKET, { kind: 'set', field: 'publicAccessBlock', value: true }, 1)
    expect(r.edit).toMatchObject({
      startLine: 3,
      endLine: 3,
      description: 'Add an aws_s3_bucket_public_access_block that turns on all four settings',
    })
    const m = loadFiles({ 'main.tf': r.text }).model
    const pab = bucket(m, 'aws_s3_bucket.data').publicAccessBlock
    expect([
      v(pab.declared),
      v(pab.blockPublicAcls),
      v(pab.ignorePublicAcls),
      v(pab.blockPublicPolicy),
      v(pab.restrictPublicBuckets),
    ]).toEqual(['set:true@5', 'set:true@7', 'set:true@9', 'set:true@8', 'set:true@10'])
  })

  it('keeps count and for_each when adding a setting resource for an expanded bucket', () => {
    const text = 'resource "aws_s3_bucket" "logs" {\n  for_each = toset(["eu", "us"])\n  bucket   = "logs-${each.key}"\n}\n'
    const r = fixed(text, { kind: 'set', field: 'versioning.status', value: 'Enabled' }, 1)
    const m = loadFiles({ 'main.tf': r.text }).model
    expect(m.buckets.map((b) => [b.id, v(b.versioning.status)])).toEqual([
      ['aws_s3_bucket.logs["eu"]', 'set:Enabled@10'],
      ['aws_s3_bucket.logs["us"]', 'set:Enabled@10'],
    ])
  })

  it('names a new setting resource so it does not clash with one the module already declares for another bucket', () => {
    const other = 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n'
    const taken = (n: string) =>
      `resource "aws_s3_bucket_versioning" "${n}" {\n  bucket = aws_s3_bucket.logs.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n`
    const text = `${BUCKET}${other}${taken('data')}`
    const r = fixed(text, { kind: 'set', field: 'versioning.status', value: 'Enabled' }, 1)
    expect(r.text).toContain('resource "aws_s3_bucket_versioning" "data_2" {')
    expect(v(bucket(loadFiles({ 'main.tf': r.text }).model, 'aws_s3_bucket.data').versioning.status)).toBe('set:Enabled@8')
    // Declared in another file of the same module.
    const edit = renderTerraformFix(
      finding({ kind: 'set', field: 'versioning.status', value: 'Enabled' }, 1),
      new Map([
        ['main.tf', BUCKET],
        ['versioning.tf', `${taken('data')}${taken('data_2')}`],
      ]),
    )
    expect(edit?.replacement).toContain('resource "aws_s3_bucket_versioning" "data_3" {')
  })

  it('sets versioning where it is written: a split resource, an inline block, a registry module', () => {
    const split = `${BUCKET}resource "aws_s3_bucket_versioning" "v" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Suspended"\n  }\n}\n`
    expect(fixed(split, { kind: 'set', field: 'versioning.status', value: 'Enabled' }, 7).text).toContain('    status = "Enabled"')
    const inline = 'resource "aws_s3_bucket" "b" {\n  versioning {\n    enabled = false\n  }\n}\n'
    expect(fixed(inline, { kind: 'set', field: 'versioning.status', value: 'Enabled' }, 3).text).toContain('    enabled = true')
    const mod = 'module "s3" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n  versioning = {\n    enabled = false\n  }\n}\n'
    expect(fixed(mod, { kind: 'set', field: 'versioning.status', value: 'Enabled' }, 4).text).toContain('    enabled = true')
  })

  it('adds the TLS statement to a jsonencode policy, to a policy document, or as a new policy', () => {
    const jsonencode = `${BUCKET}
resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:root" }
        Action    = "s3:GetObject"
        Resource  = "\${aws_s3_bucket.data.arn}/*"
      },
    ]
  })
}
`
    const a = fixed(jsonencode, { kind: 'add-policy-statement', statement: 'deny-insecure-transport' }, 7)
    const doc = bucket(loadFiles({ 'main.tf': a.text }).model, 'aws_s3_bucket.data').policies[0]!
    expect(doc.statements.map((s) => s.sid)).toEqual([undefined, 'DenyInsecureTransport'])

    const data = `${BUCKET}
data "aws_iam_policy_document" "p" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}
resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.p.json
}
`
    const b = fixed(data, { kind: 'add-policy-statement', statement: 'deny-old-tls' }, 12)
    const doc2 = bucket(loadFiles({ 'main.tf': b.text }).model, 'aws_s3_bucket.data').policies[0]!
    expect(doc2.statements.map((s) => s.sid)).toEqual([undefined, 'DenyOutdatedTLS'])

    const c = fixed(BUCKET, { kind: 'add-policy-statement', statement: 'deny-insecure-transport' }, 1)
    const doc3 = bucket(loadFiles({ 'main.tf': c.text }).model, 'aws_s3_bucket.data').policies[0]!
    expect(doc3.statements.map((s) => [s.sid, s.conditions.state === 'set' && s.conditions.value.map((x) => x.key)])).toEqual([
      ['DenyInsecureTransport', ['aws:SecureTransport']],
    ])
  })

  it('rewrites ACLs, encryption, ownership and trails in place', () => {
    expect(
      fixed(
        'resource "aws_s3_bucket_acl" "a" {\n  bucket = "b"\n  acl    = "public-read"\n}\n',
        { kind: 'set', field: 'acl.canned', value: 'private' },
        3,
      ).text,
    ).toContain('acl    = "private"')
    const sse = `resource "aws_s3_bucket_server_side_encryption_configuration" "e" {\n  bucket = "b"\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n`
    const e = fixed(sse, { kind: 'set', field: 'encryption', value: { algorithm: 'aws:kms', bucketKeyEnabled: true } }, 5).text
    expect(e).toContain('sse_algorithm = "aws:kms"')
    expect(e).toContain('bucket_key_enabled = true')
    expect(fixed(BUCKET, { kind: 'set', field: 'ownership', value: 'BucketOwnerEnforced' }, 1).text).toContain(
      'object_ownership = "BucketOwnerEnforced"',
    )
    expect(
      fixed('resource "aws_cloudtrail" "t" {\n  name = "t"\n}\n', { kind: 'set', field: 'logFileValidation', value: true }, 1).text,
    ).toContain('  enable_log_file_validation = true')
  })

  it('blocks SSE-C in an existing encryption rule, or adds one that changes nothing else', () => {
    const sse = `resource "aws_s3_bucket_server_side_encryption_configuration" "e" {\n  bucket = "b"\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n    }\n  }\n}\n`
    const a = fixed(sse, { kind: 'set', field: 'encryption.blockedEncryptionTypes', value: ['SSE-C'] }, 3).text
    expect(a).toContain('    blocked_encryption_types = ["SSE-C"]')
    const b = fixed(BUCKET, { kind: 'set', field: 'encryption.blockedEncryptionTypes', value: ['SSE-C'] }, 1).text
    const enc = bucket(loadFiles({ 'main.tf': b }).model, 'aws_s3_bucket.data').encryption
    expect([v(enc.algorithm), enc.blockedEncryptionTypes.state !== 'unknown' && enc.blockedEncryptionTypes.value]).toEqual([
      'set:AES256@9',
      ['SSE-C'],
    ])
  })

  it('removes a website configuration', () => {
    const text = `${BUCKET}resource "aws_s3_bucket_website_configuration" "w" {\n  bucket = aws_s3_bucket.data.id\n  index_document {\n    suffix = "index.html"\n  }\n}\n`
    const r = fixed(text, { kind: 'remove', field: 'website' }, 4)
    expect(r.text).toBe(BUCKET)
  })

  it('offers no edit for files that do not parse', () => {
    expect(
      renderTerraformFix(
        finding({ kind: 'set', field: 'versioning.status', value: 'Enabled' }, 1, 'main.tf.json'),
        new Map([['main.tf.json', '{"resource": {"aws_s3_bucket": {"b": {"bucket": "b",}}}}']]),
      ),
    ).toBeUndefined()
    expect(
      renderTerraformFix(
        finding({ kind: 'set', field: 'versioning.status', value: 'Enabled' }, 1),
        new Map([['main.tf', 'resource "aws_s3_bucket" "b" {\n']]),
      ),
    ).toBeUndefined()
  })

  it('sets a public aws_s3_bucket_acl to private rather than removing it, which would leave the ACL in place', () => {
    // The provider does not reset the bucket's ACL when the resource goes away.
    const acl = `${BUCKET}resource "aws_s3_bucket_acl" "a" {\n  bucket = aws_s3_bucket.data.id\n  acl    = "public-read"\n}\n`
    const out = fixed(acl, { kind: 'remove', field: 'acl.canned' }, 6)
    expect(out.text).toBe(acl.replace('"public-read"', '"private"'))
    expect(out.edit.description).toBe('Set the bucket ACL to private')
  })

  it('offers no edit that removes a resource another block or file refers to', () => {
    const website = `${BUCKET}resource "aws_s3_bucket_website_configuration" "w" {\n  bucket = aws_s3_bucket.data.id\n  index_document {\n    suffix = "index.html"\n  }\n}\n`
    const removeWebsite = finding({ kind: 'remove', field: 'website' }, 5)
    expect(renderTerraformFix(removeWebsite, new Map([['main.tf', website]]))).toBeDefined()
    const output = 'output "endpoint" {\n  value = aws_s3_bucket_website_configuration.w.website_endpoint\n}\n'
    expect(
      renderTerraformFix(
        removeWebsite,
        new Map([
          ['main.tf', website],
          ['outputs.tf', output],
        ]),
      ),
    ).toBeUndefined()
    // Another module's file does not count.
    expect(
      renderTerraformFix(
        removeWebsite,
        new Map([
          ['main.tf', website],
          ['other/outputs.tf', output],
        ]),
      ),
    ).toBeDefined()
  })

  it('offers no edit that would put a setting outside a block closed on the same line, or delete a one-line block', () => {
    const text = [
      'resource "aws_s3_bucket" "b" { bucket = "example" }',
      'resource "aws_s3_bucket_versioning" "v" {',
      '  bucket = aws_s3_bucket.b.id',
      '  versioning_configuration { status = "Suspended" } }',
      'resource "aws_s3_bucket_public_access_block" "p" { bucket = aws_s3_bucket.b.id',
      '  block_public_acls = false }',
      'resource "aws_s3_bucket" "c" { acl = "public-read" }',
      '',
    ].join('\n')
    const cases: [FixIntent, number][] = [
      [{ kind: 'set', field: 'objectLock.enabled', value: true }, 1],
      [{ kind: 'set', field: 'versioning.mfaDelete', value: true }, 4],
      [{ kind: 'set', field: 'publicAccessBlock', value: true }, 6],
      [{ kind: 'remove', field: 'acl.canned' }, 7],
    ]
    for (const [fix, line] of cases) {
      const edit = renderTerraformFix(finding(fix, line), new Map([['main.tf', text]]))
      if (!edit) continue
      const out = apply(text, edit)
      // Whatever is offered must parse, keep every block, and set nothing at the top level.
      const parsed = parseHcl(out, { maxDepth: 200 })
      expect({ fix, issues: parsed.issues, topLevel: parsed.body.attributes.map((a) => a.name) }).toEqual({ fix, issues: [], topLevel: [] })
      expect(parsed.body.blocks).toHaveLength(4)
    }
    // In place edits of a value on such a line are still fine.
    expect(fixed(text, { kind: 'set', field: 'versioning.status', value: 'Enabled' }, 4).text).toContain('{ status = "Enabled" } }')
  })
})

describe('Terraform fixes for an access point policy', () => {
  const AP = (name: string, label = 'ap') =>
    `resource "aws_s3_access_point" "${label}" {\n  bucket = "data"\n  name   = "${name}"\n  public_access_block_configuration {\n    block_public_policy     = false\n    restrict_public_buckets = false\n  }\n}\n`
  const POLICY = (arn: string) =>
    `resource "aws_s3control_access_point_policy" "p" {\n  access_point_arn = ${arn}\n  policy = jsonencode({\n    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }]\n  })\n}\n`
  const FIX: FixIntent = { kind: 'set', field: 'publicAccessBlock', value: true }

  it('turns on the flags of the access point it names, whether the policy is inline or a resource of its own', () => {
    const inline = AP('data-ap').replace('  public_access_block', '  policy = "{}"\n  public_access_block')
    expect(fixed(inline, FIX, 4).text).toContain('    restrict_public_buckets = true\n    block_public_acls       = true')
    for (const arn of [
      'aws_s3_access_point.ap.arn',
      'aws_s3_access_point.ap[0].arn',
      '"arn:aws:s3:us-east-1:111122223333:accesspoint/data-ap"',
    ]) {
      const text = `${AP('other', 'other')}\n${AP('data-ap')}\n${POLICY(arn)}`
      const r = fixed(text, FIX, 22)
      expect(r.edit, arn).toMatchObject({ startLine: 14, endLine: 15 })
      expect(r.text.split('resource').slice(1, 2).join(''), arn).not.toContain('= true')
    }
  })

  it('offers none when the access point is not in the file or its name is ambiguous', () => {
    expect(renderTerraformFix(finding(FIX, 4), new Map([['main.tf', POLICY('aws_s3_access_point.ap.arn')]]))).toBeUndefined()
    const twice = `${AP('data-ap')}\n${AP('data-ap', 'again')}\n${POLICY('"arn:aws:s3:us-east-1:111122223333:accesspoint/data-ap"')}`
    expect(renderTerraformFix(finding(FIX, 22), new Map([['main.tf', twice]]))).toBeUndefined()
  })
})
