import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../../src/limits.js'
import { strToDisplay, type Str } from '../../../src/model/value.js'
import { bucket, loadFiles, show, v } from './helpers.js'

const BUCKET = 'resource "aws_s3_bucket" "b" {\n  bucket = "data"\n}\n'

/** The model of a single main.tf. */
function model(tf: string, extra: Record<string, string> = {}) {
  const r = loadFiles({ 'main.tf': tf, ...extra })
  return { ...r, model: r.model }
}

describe('v4+ setting resources attach to their bucket', () => {
  it('counts a bucket created with Object Lock as versioned, which S3 does by itself', () => {
    const { model: m } = model(`variable "lock" {
  type = bool
}

resource "aws_s3_bucket" "locked" {
  bucket              = "locked"
  object_lock_enabled = true
}

resource "aws_s3_bucket" "v3" {
  bucket = "v3"
  object_lock_configuration {
    object_lock_enabled = "Enabled"
  }
}

resource "aws_s3_bucket" "maybe" {
  bucket              = "maybe"
  object_lock_enabled = var.lock
}

resource "aws_s3_bucket" "suspended" {
  bucket              = "suspended"
  object_lock_enabled = true
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.suspended.id
  versioning_configuration {
    status = "Suspended"
  }
}
`)
    const status = (address: string) => v(bucket(m, address).versioning.status)
    expect(status('aws_s3_bucket.locked')).toBe('default:Enabled@7')
    expect(status('aws_s3_bucket.v3')).toBe('default:Enabled@13')
    expect(status('aws_s3_bucket.maybe').startsWith('unknown')).toBe(true)
    expect(status('aws_s3_bucket.suspended')).toBe('set:Suspended@30')
  })

  it('links a public access block by reference and points each flag at its own line', () => {
    const { model: m } = model(`${BUCKET}
resource "aws_s3_bucket_public_access_block" "b" {
  bucket                  = aws_s3_bucket.b.id
  block_public_acls       = false
  block_public_policy     = true
  ignore_public_acls      = true
}
`)
    const pab = bucket(m, 'aws_s3_bucket.b').publicAccessBlock
    expect([
      v(pab.declared),
      v(pab.blockPublicAcls),
      v(pab.blockPublicPolicy),
      v(pab.ignorePublicAcls),
      v(pab.restrictPublicBuckets),
    ]).toEqual(['set:true@5', 'set:false@7', 'set:true@8', 'set:true@9', 'default:false@5'])
    expect(pab.blockPublicAcls.at).toMatchObject({
      file: 'main.tf',
      line: 7,
      column: 3,
      path: 'aws_s3_bucket_public_access_block.b.block_public_acls',
    })
  })

  it('links every kind of setting resource, each recording its own location', () => {
    const { model: m } = model(`${BUCKET}
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.k.arn
    }
    bucket_key_enabled = true
  }
}
resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}
resource "aws_s3_bucket_logging" "b" {
  bucket        = aws_s3_bucket.b.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}
resource "aws_s3_bucket_acl" "b" {
  bucket = aws_s3_bucket.b.id
  acl    = "private"
}
resource "aws_s3_bucket_ownership_controls" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}
resource "aws_s3_bucket_lifecycle_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    id     = "expire"
    status = "Enabled"
    expiration {
      days = 90
    }
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}
resource "aws_s3_bucket_object_lock_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    default_retention {
      mode = "COMPLIANCE"
      days = 30
    }
  }
}
resource "aws_s3_bucket_website_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  index_document {
    suffix = "index.html"
  }
}
resource "aws_s3_bucket_cors_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  cors_rule {
    allowed_methods = ["GET"]
    allowed_origins = ["*"]
  }
}
resource "aws_s3_bucket_notification" "b" {
  bucket      = aws_s3_bucket.b.id
  eventbridge = true
  queue {
    queue_arn = aws_sqs_queue.q.arn
    events    = ["s3:ObjectCreated:*"]
  }
}
resource "aws_s3_bucket_replication_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  role   = aws_iam_role.r.arn
  rule {
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.logs.arn
    }
  }
}
resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
resource "aws_kms_key" "k" {}
`)
    const b = bucket(m, 'aws_s3_bucket.b')
    expect([
      v(b.encryption.declared),
      v(b.encryption.algorithm),
      show((b.encryption.kmsKeyId as { value: Str }).value),
      v(b.encryption.bucketKeyEnabled),
    ]).toEqual(['set:true@5', 'set:aws:kms@9', '${aws_kms_key.k.arn}', 'set:true@12'])
    expect([v(b.versioning.status), v(b.versioning.mfaDelete), b.versioning.at.line]).toEqual(['set:Enabled@18', 'set:true@19', 15])
    expect([show((b.logging.targetBucket as { value: Str }).value), b.logging.at.line]).toEqual(['${aws_s3_bucket.logs.name}', 22])
    expect(v(b.acl.canned)).toBe('set:private@29')
    expect(v(b.ownership)).toBe('set:BucketOwnerPreferred@34')
    const lc = b.lifecycle.state === 'set' ? b.lifecycle.value : []
    expect(lc.map((r) => [r.id, v(r.enabled), v(r.expirationDays), v(r.abortIncompleteMultipartUploadDays)])).toEqual([
      ['expire', 'set:true@41', 'set:90@43', 'set:7@46'],
    ])
    expect([v(b.objectLock.enabled), v(b.objectLock.defaultRetention)]).toEqual(['set:true@50', 'set:{"mode":"COMPLIANCE","days":30}@53'])
    expect(b.website.state === 'set' && b.website.value && b.website.value.indexDocument).toBe('index.html')
    expect(b.cors.state === 'set' && b.cors.value.map((c) => c.allowedOrigins)).toEqual([['*']])
    expect(b.notifications.state === 'set' && b.notifications.value.map((n) => [n.type, n.events.join(',')])).toEqual([
      ['queue', 's3:ObjectCreated:*'],
      ['eventbridge', '*'],
    ])
    expect(
      b.replication.state === 'set' &&
        b.replication.value?.rules.map((r) => [v(r.status), show((r.destinationBucket as { value: Str }).value)]),
    ).toEqual([['set:Enabled@84', '${aws_s3_bucket.logs.arn}']])
  })

  it('links by the literal bucket name, through a local, and through the same unset variable', () => {
    const { model: m } = model(`
variable "name" {}
locals {
  logs = "acme-logs"
}
resource "aws_s3_bucket" "literal" {
  bucket = "acme-data"
}
resource "aws_s3_bucket" "local" {
  bucket = local.logs
}
resource "aws_s3_bucket" "var" {
  bucket = var.name
}
resource "aws_s3_bucket_versioning" "literal" {
  bucket = "acme-data"
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_versioning" "local" {
  bucket = "acme-logs"
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_versioning" "var" {
  bucket = var.name
  versioning_configuration { status = "Suspended" }
}
`)
    expect(v(bucket(m, 'aws_s3_bucket.literal').versioning.status)).toBe('set:Enabled@17')
    expect(v(bucket(m, 'aws_s3_bucket.local').versioning.status)).toBe('set:Enabled@21')
    expect(v(bucket(m, 'aws_s3_bucket.var').versioning.status)).toBe('set:Suspended@25')
  })

  it('links a setting chained after the policy, public access block or ownership controls through their id', () => {
    // The provider sets the id of these three to the bucket name; modules chain through it so
    // that AWS applies one bucket setting at a time.
    const { model: m } = model(`${BUCKET}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = "{}"
}
resource "aws_s3_bucket_public_access_block" "b" {
  bucket            = aws_s3_bucket_policy.b.id
  block_public_acls = true
}
resource "aws_s3_bucket_ownership_controls" "b" {
  bucket = aws_s3_bucket_public_access_block.b.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket_ownership_controls.b.id
  versioning_configuration {
    status = "Enabled"
  }
}
`)
    const b = bucket(m, 'aws_s3_bucket.b')
    expect(v(b.publicAccessBlock.blockPublicAcls)).toBe('set:true@11')
    expect(v(b.ownership)).toBe('set:BucketOwnerEnforced@16')
    expect(v(b.versioning.status)).toBe('set:Enabled@22')
    expect(m.buckets).toHaveLength(1)
  })

  it('expands for_each and count with instance addresses and links instance to instance', () => {
    const { model: m } = model(`
locals {
  regions = toset(["eu", "us"])
}
resource "aws_s3_bucket" "logs" {
  for_each = local.regions
  bucket   = "logs-\${each.key}"
}
resource "aws_s3_bucket_versioning" "logs" {
  for_each = aws_s3_bucket.logs
  bucket   = each.value.id
  versioning_configuration { status = each.key == "eu" ? "Enabled" : "Suspended" }
}
resource "aws_s3_bucket" "n" {
  count  = 2
  bucket = "n-\${count.index}"
}
resource "aws_s3_bucket_public_access_block" "n" {
  count             = 2
  bucket            = aws_s3_bucket.n[count.index].id
  block_public_acls = true
}
`)
    expect(m.buckets.map((b) => `${b.id}=${show((b.name as { value: Str }).value)}`)).toEqual([
      'aws_s3_bucket.logs["eu"]=logs-eu',
      'aws_s3_bucket.logs["us"]=logs-us',
      'aws_s3_bucket.n[0]=n-0',
      'aws_s3_bucket.n[1]=n-1',
    ])
    expect(v(bucket(m, 'aws_s3_bucket.logs["eu"]').versioning.status)).toBe('set:Enabled@12')
    expect(v(bucket(m, 'aws_s3_bucket.logs["us"]').versioning.status)).toBe('set:Suspended@12')
    expect(v(bucket(m, 'aws_s3_bucket.n[1]').publicAccessBlock.blockPublicAcls)).toBe('set:true@21')
  })

  it('models unknown for_each keys as one [*] instance, still linked to its settings', () => {
    const { model: m } = model(`
variable "names" { type = set(string) }
resource "aws_s3_bucket" "b" {
  for_each = var.names
  bucket   = each.key
}
resource "aws_s3_bucket_versioning" "b" {
  for_each = var.names
  bucket   = aws_s3_bucket.b[each.key].id
  versioning_configuration { status = "Enabled" }
}
`)
    expect(m.buckets.map((b) => b.id)).toEqual(['aws_s3_bucket.b[*]'])
    const b = bucket(m, 'aws_s3_bucket.b[*]')
    expect(b.name.state).toBe('unknown')
    expect(v(b.versioning.status)).toBe('set:Enabled@10')
  })

  it('caps instances at limits.maxInstances and models the rest as one unknown instance, with a warning at the count', () => {
    const r = loadFiles(
      { 'main.tf': 'resource "aws_s3_bucket" "many" {\n  count  = 5000\n  bucket = "b-${count.index}"\n}\n' },
      { ...DEFAULT_LIMITS, maxInstances: 3 },
    )
    expect(r.model.buckets.map((b) => b.id)).toEqual([
      'aws_s3_bucket.many[0]',
      'aws_s3_bucket.many[1]',
      'aws_s3_bucket.many[2]',
      'aws_s3_bucket.many[*]',
    ])
    const limit = r.load.problems.filter((p) => p.code === 'EVAL_LIMIT')
    expect(limit.map((p) => [p.file, p.line, p.column, p.level])).toEqual([['main.tf', 2, 12, 'warning']])
    expect(limit[0]!.message).toMatch(/aws_s3_bucket.many has count = 5000; only the first 3 instances are modelled/)
  })

  it('warns at a count Terraform refuses (a fraction, below 0, too large for a number) and models one unknown instance', () => {
    for (const [count, shown] of [
      ['1.5', '1.5'],
      ['-1', '-1'],
      ['1e400', 'Infinity'],
    ]) {
      const r = loadFiles({ 'main.tf': `resource "aws_s3_bucket" "odd" {\n  count  = ${count}\n  bucket = "odd-\${count.index}"\n}\n` })
      expect(r.model.buckets.map((b) => b.id)).toEqual(['aws_s3_bucket.odd[*]'])
      const invalid = r.load.problems.filter((p) => p.code === 'TF_INVALID_COUNT')
      expect(invalid.map((p) => [p.line, p.column, p.level])).toEqual([[2, 12, 'warning']])
      expect(invalid[0]!.message).toBe(`aws_s3_bucket.odd has count = ${shown}; Terraform takes only a whole number from 0 up`)
    }
  })

  it('warns at a for_each Terraform refuses (null, a list, beside a count) and models one unknown instance', () => {
    for (const [meta, line, shown] of [
      ['for_each = null', 2, 'for_each = null'],
      ['for_each = ["a", "b"]', 2, 'for_each = a list'],
      ['for_each = []', 2, 'for_each = a list'],
      ['for_each = tolist(["a"])', 2, 'for_each = a list'],
      ['count    = 1\n  for_each = toset(["a"])', 3, 'both count and for_each'],
    ] as const) {
      const r = loadFiles({ 'main.tf': `resource "aws_s3_bucket" "odd" {\n  ${meta}\n  acl    = "public-read"\n}\n` })
      expect(r.model.buckets.map((b) => b.id)).toEqual(['aws_s3_bucket.odd[*]'])
      expect(v(bucket(r.model, 'aws_s3_bucket.odd[*]').acl.canned)).toMatch(/^set:public-read@/)
      const invalid = r.load.problems.filter((p) => p.code === 'TF_INVALID_FOR_EACH')
      expect(invalid.map((p) => [p.line, p.level])).toEqual([[line, 'warning']])
      expect(invalid[0]!.message).toMatch(`aws_s3_bucket.odd has ${shown}`)
    }
  })

  it('takes a set, a map, or an empty list that is the other branch of a set, as for_each without a warning', () => {
    const r = loadFiles({
      'main.tf': `variable "names" {
  type    = set(string)
  default = ["a"]
}
resource "aws_s3_bucket" "set" {
  for_each = toset(["a"])
}
resource "aws_s3_bucket" "typed" {
  for_each = var.names
}
resource "aws_s3_bucket" "map" {
  for_each = { a = 1 }
}
resource "aws_s3_bucket" "off" {
  for_each = false ? toset(["a"]) : []
}
`,
    })
    expect(r.model.buckets.map((b) => b.id).sort()).toEqual([
      'aws_s3_bucket.map["a"]',
      'aws_s3_bucket.set["a"]',
      'aws_s3_bucket.typed["a"]',
    ])
    expect(r.load.problems).toEqual([])
  })

  it('checks settings written for a bucket declared elsewhere, leaving the rest unknown', () => {
    const { model: m, load } = model(`
resource "aws_s3_bucket_public_access_block" "legacy" {
  bucket            = "legacy-bucket"
  block_public_acls = false
}
resource "aws_s3_bucket_policy" "legacy" {
  bucket = "legacy-bucket"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }] })
}
resource "aws_s3_bucket_versioning" "other" {
  bucket = "other-bucket"
  versioning_configuration { status = "Enabled" }
}
`)
    // Named after the bucket it names, not after whichever setting comes first; not managed here.
    const b = bucket(m, 'legacy-bucket')
    expect([b.managed, v(b.name), b.origin.type, b.origin.at.line]).toEqual([
      false,
      'set:legacy-bucket@3',
      'aws_s3_bucket_public_access_block',
      2,
    ])
    expect(v(b.publicAccessBlock.blockPublicAcls)).toBe('set:false@4')
    expect(b.policies.map((p) => p.owner)).toEqual(['aws_s3_bucket_policy.legacy'])
    expect(b.policyDefinedElsewhere).toBeUndefined()
    expect(b.versioning.status.state).toBe('unknown')
    const other = bucket(m, 'other-bucket')
    expect([other.managed, other.policyDefinedElsewhere, v(other.versioning.status)]).toEqual([false, true, 'set:Enabled@12'])
    expect(load.notes.join('\n')).toMatch(
      /aws_s3_bucket_public_access_block.legacy configures bucket legacy-bucket, which is not declared in this root module/,
    )
  })

  it('keeps two policies and two ACLs of one bucket declared elsewhere on that one bucket, with its other settings', () => {
    const { model: m } = model(`
variable "bucket_id" {}
resource "aws_s3_bucket_public_access_block" "ext" {
  bucket                  = var.bucket_id
  restrict_public_buckets = true
}
resource "aws_s3_bucket_policy" "one" {
  bucket = var.bucket_id
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }] })
}
resource "aws_s3_bucket_policy" "two" {
  bucket = var.bucket_id
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:PutObject", Resource = "*" }] })
}
resource "aws_s3_bucket_acl" "one" {
  bucket = var.bucket_id
  acl    = "public-read"
}
resource "aws_s3_bucket_acl" "two" {
  bucket = var.bucket_id
  acl    = "private"
}
`)
    expect(m.buckets.map((b) => b.id)).toEqual(['var.bucket_id'])
    const b = bucket(m, 'var.bucket_id')
    expect(v(b.publicAccessBlock.restrictPublicBuckets)).toBe('set:true@5')
    expect(b.policies.map((p) => p.owner)).toEqual(['aws_s3_bucket_policy.one', 'aws_s3_bucket_policy.two'])
    // Either ACL may be the one in effect: the more public one is judged.
    expect(v(b.acl.canned)).toBe('set:public-read@17')
  })

  it('keeps the grants of two ACL resources of one bucket: either may be in effect', () => {
    const grant = (permission: string) => `access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "${permission}"
    }
    owner {
      id = "abc"
    }
  }`
    const { model: m } = model(`${BUCKET}
resource "aws_s3_bucket_acl" "one" {
  bucket = aws_s3_bucket.b.id
  ${grant('READ_ACP')}
}
resource "aws_s3_bucket_acl" "two" {
  bucket = aws_s3_bucket.b.id
  ${grant('WRITE')}
}
`)
    const grants = bucket(m, 'aws_s3_bucket.b').acl.grants
    expect(grants.state === 'set' && grants.value.map((g) => v(g.permission))).toEqual(['set:READ_ACP@13', 'set:WRITE@28'])
  })

  it('groups settings naming the same undeclared variable or local as one bucket, and checks them', () => {
    // Terraform rejects the undeclared names, but each names the same value wherever it appears.
    const { model: m } = model(`
resource "aws_s3_bucket_public_access_block" "site" {
  bucket              = var.site_bucket
  block_public_policy = false
}
resource "aws_s3_bucket_versioning" "site" {
  bucket = var.site_bucket
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_versioning" "logs" {
  bucket = local.logs_bucket
  versioning_configuration { status = "Suspended" }
}
`)
    expect(m.buckets.map((b) => [b.id, b.managed])).toEqual([
      ['var.site_bucket', false],
      ['local.logs_bucket', false],
    ])
    const site = bucket(m, 'var.site_bucket')
    expect([v(site.publicAccessBlock.blockPublicPolicy), v(site.versioning.status)]).toEqual(['set:false@4', 'set:Enabled@8'])
    expect(v(bucket(m, 'local.logs_bucket').versioning.status)).toBe('set:Suspended@12')
  })
})

describe('v3 inline settings of aws_s3_bucket', () => {
  it('reads every inline block, pointing at the attribute or the block', () => {
    const { model: m } = model(`resource "aws_s3_bucket" "b" {
  bucket = "data"
  acl    = "public-read"
  grant {
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/global/AllUsers"
    permissions = ["READ", "READ_ACP"]
  }
  versioning {
    enabled    = true
    mfa_delete = true
  }
  logging {
    target_bucket = "logs"
  }
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
  lifecycle_rule {
    enabled = true
    noncurrent_version_expiration {
      days = 30
    }
  }
  website {
    index_document = "index.html"
  }
  object_lock_configuration {
    object_lock_enabled = "Enabled"
  }
  replication_configuration {
    role = "arn:aws:iam::123456789012:role/r"
    rules {
      status = "Enabled"
      destination {
        bucket = "arn:aws:s3:::replica"
      }
    }
  }
  cors_rule {
    allowed_methods = ["PUT"]
    allowed_origins = ["https://example.com"]
  }
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = "*" }]
  })
}
`)
    const b = bucket(m, 'aws_s3_bucket.b')
    expect(v(b.acl.canned)).toBe('set:public-read@3')
    expect(b.acl.grants.state === 'set' && b.acl.grants.value.map((g) => [g.grantee, v(g.permission), g.at.line])).toEqual([
      [{ type: 'group', uri: 'AllUsers' }, 'set:READ@7', 4],
      [{ type: 'group', uri: 'AllUsers' }, 'set:READ_ACP@7', 4],
    ])
    expect([v(b.versioning.status), v(b.versioning.mfaDelete)]).toEqual(['set:Enabled@10', 'set:true@11'])
    expect(v(b.logging.targetBucket)).toBe('set:logs@14')
    expect([v(b.encryption.declared), v(b.encryption.algorithm)]).toEqual(['set:true@16', 'set:AES256@19'])
    expect(b.lifecycle.state === 'set' && b.lifecycle.value.map((r) => v(r.noncurrentVersionExpirationDays))).toEqual(['set:30@26'])
    expect(v(b.objectLock.enabled)).toBe('set:true@33')
    expect(b.replication.state === 'set' && b.replication.value?.rules.length).toBe(1)
    expect(b.cors.state === 'set' && b.cors.value.length).toBe(1)
    expect(b.policies.map((p) => [p.owner, p.at.line, p.statements.length])).toEqual([['aws_s3_bucket.b', 48, 1]])
  })

  it('reads an inline policy of "" as no policy, as the provider removes the policy then', () => {
    // Modules of the provider v2/v3 era default their `policy` input to "".
    const { model: m } = model(`variable "policy" {
  default = ""
}
resource "aws_s3_bucket" "b" {
  bucket = "data"
  policy = var.policy
}
`)
    expect(bucket(m, 'aws_s3_bucket.b').policies).toEqual([])
  })

  it('points a setting that is not written at the bucket header', () => {
    const { model: m } = model(BUCKET)
    const b = bucket(m, 'aws_s3_bucket.b')
    expect(b.versioning.status).toMatchObject({ state: 'default', value: 'Disabled', at: { line: 1, column: 1, path: 'aws_s3_bucket.b' } })
    expect(b.origin).toMatchObject({ format: 'terraform', type: 'aws_s3_bucket', address: 'aws_s3_bucket.b', at: { line: 1 } })
  })
})

describe('policies', () => {
  it('reads a heredoc policy with interpolations, each statement on its own line', () => {
    const { model: m } = model(`${BUCKET}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:GetObject",
      "Resource": "\${aws_s3_bucket.b.arn}/*"
    }
  ]
}
POLICY
}
`)
    const doc = bucket(m, 'aws_s3_bucket.b').policies[0]!
    expect([doc.owner, doc.at.line]).toEqual(['aws_s3_bucket_policy.b', 7])
    const s = doc.statements[0]!
    expect(s.at.line).toBe(11)
    expect(s.resource.values.state === 'set' && s.resource.values.value.map(strToDisplay)).toEqual(['${aws_s3_bucket.b.arn}/*'])
    expect(s.action.values.at.line).toBe(14)
  })

  it('places the statements of a policy in one quoted string at their columns, past the escapes before them', () => {
    const policy =
      '"{\\"Statement\\": [{\\"Sid\\": \\"Ok\\", \\"Effect\\": \\"Deny\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"s3:*\\", \\"Resource\\": \\"*\\"}, {\\"Sid\\": \\"Pub\\", \\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"s3:GetObject\\", \\"Resource\\": \\"*\\"}]}"'
    const { model: m } = model(`${BUCKET}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = ${policy}
}
`)
    const line = `  policy = ${policy}`
    const s = bucket(m, 'aws_s3_bucket.b').policies[0]!.statements[1]!
    expect([s.at.line, s.at.column, s.at.endColumn]).toEqual([7, line.indexOf('{\\"Sid\\": \\"Pub') + 1, line.lastIndexOf('}]}') + 2])
  })

  it('reads aws_iam_policy_document with principals, not_* fields, conditions and merged documents', () => {
    const { model: m } = model(`${BUCKET}
data "aws_iam_policy_document" "base" {
  statement {
    sid       = "Shared"
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
  statement {
    sid       = "Replaced"
    actions   = ["s3:PutObject"]
    resources = ["*"]
  }
}
data "aws_iam_policy_document" "b" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    sid         = "Replaced"
    effect      = "Deny"
    not_actions = ["s3:GetObject"]
    resources   = [aws_s3_bucket.b.arn, "\${aws_s3_bucket.b.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
    condition {
      test     = "NumericLessThan"
      variable = "s3:TlsVersion"
      values   = ["1.2"]
    }
  }
  statement {
    sid = "Others"
    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
    actions       = ["s3:*"]
    not_resources = ["arn:aws:s3:::other/*"]
  }
}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = data.aws_iam_policy_document.b.json
}
`)
    const doc = bucket(m, 'aws_s3_bucket.b').policies[0]!
    expect(
      doc.statements.map((s) => [
        s.sid,
        s.at.line,
        s.effect.state !== 'unknown' && s.effect.value,
        s.action.field,
        s.principal.field,
        s.resource.field,
      ]),
    ).toEqual([
      ['Shared', 6, 'Allow', 'plain', 'none', 'plain'],
      ['Replaced', 19, 'Deny', 'not', 'Principal', 'plain'],
      ['Others', 39, 'Allow', 'plain', 'NotPrincipal', 'not'],
    ])
    const replaced = doc.statements[1]!
    expect(
      replaced.conditions.state === 'set' &&
        replaced.conditions.value.map((c) => `${c.operator} ${c.key}=${c.values.join(',')}@${c.at.line}`),
    ).toEqual(['Bool aws:SecureTransport=false@28', 'NumericLessThan s3:TlsVersion=1.2@33'])
    expect(replaced.principal.entries.state === 'set' && replaced.principal.entries.value).toEqual([{ type: '*', value: '*' }])
  })

  it('skips an empty or null source or override document, as the provider does', () => {
    const { model: m } = model(`variable "extra" {
  type    = string
  default = ""
}
${BUCKET}
data "aws_iam_policy_document" "d" {
  source_policy_documents   = [var.extra, null]
  override_policy_documents = [""]
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::data/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = data.aws_iam_policy_document.d.json
}
`)
    const [doc] = bucket(m, 'aws_s3_bucket.b').policies
    expect(doc?.unknown).toBeUndefined()
    expect(doc?.statements.map((s) => v(s.effect))).toEqual(['set:Deny@13'])
  })

  it('keeps a policy that cannot be read as unknown instead of dropping it', () => {
    const { model: m } = model(`${BUCKET}
variable "policy" {}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = var.policy
}
`)
    const doc = bucket(m, 'aws_s3_bucket.b').policies[0]!
    expect(doc.unknown).toMatchObject({ why: 'var.policy has no default and no .tfvars value', at: { line: 8 } })
  })
})

describe('other resources', () => {
  it('reads access points, multi-region access points and the account-level block', () => {
    const { model: m } = model(`${BUCKET}
resource "aws_s3_access_point" "ap" {
  bucket = aws_s3_bucket.b.id
  name   = "ap"
  public_access_block_configuration {
    block_public_acls   = false
    block_public_policy = true
  }
  vpc_configuration {
    vpc_id = "vpc-1"
  }
}
resource "aws_s3control_multi_region_access_point" "mrap" {
  details {
    name = "mrap"
    region {
      bucket = aws_s3_bucket.b.id
    }
  }
}
resource "aws_s3_account_public_access_block" "acct" {
  block_public_acls = true
}
`)
    const ap = m.accessPoints.find((a) => a.id === 'aws_s3_access_point.ap')!
    expect([v(ap.publicAccessBlock.blockPublicAcls), v(ap.publicAccessBlock.ignorePublicAcls), v(ap.networkOrigin)]).toEqual([
      'set:false@9',
      'default:true@8',
      'set:VPC@12',
    ])
    expect(ap.buckets.map((b) => show((b as { value: Str }).value))).toEqual(['${aws_s3_bucket.b.name}'])
    const mrap = m.accessPoints.find((a) => a.id === 'aws_s3control_multi_region_access_point.mrap')!
    expect([mrap.multiRegion, mrap.buckets.length]).toEqual([true, 1])
    const acct = m.accountPublicAccessBlocks[0]!
    expect([v(acct.publicAccessBlock.blockPublicAcls), v(acct.publicAccessBlock.restrictPublicBuckets)]).toEqual([
      'set:true@25',
      'default:false@24',
    ])
  })

  it('reads trails with basic and advanced event selectors', () => {
    const { model: m } = model(`${BUCKET}
resource "aws_cloudtrail" "t" {
  name                       = "t"
  s3_bucket_name             = aws_s3_bucket.b.id
  is_multi_region_trail      = true
  enable_log_file_validation = false
  event_selector {
    read_write_type = "WriteOnly"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["\${aws_s3_bucket.b.arn}/"]
    }
  }
  advanced_event_selector {
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
  }
}
`)
    const t = m.trails[0]!
    expect([show((t.bucketName as { value: Str }).value), v(t.isMultiRegion), v(t.logFileValidation), v(t.isLogging)]).toEqual([
      '${aws_s3_bucket.b.name}',
      'set:true@8',
      'set:false@9',
      'default:true@5',
    ])
    expect(
      t.dataEvents.state === 'set' &&
        t.dataEvents.value.map((s) => [v(s.readWriteType), s.s3Resources.map(strToDisplay), s.advanced, s.at.line]),
    ).toEqual([
      ['set:WriteOnly@11', ['${aws_s3_bucket.b.arn}/'], false, 12],
      ['default:All@17', ['arn:aws:s3'], true, 17],
    ])
  })

  it('reads IAM policies as managed or inline, CloudWatch filters and alarms, and objects', () => {
    const { model: m } = model(`
resource "aws_iam_policy" "managed" {
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }] })
}
resource "aws_iam_role_policy" "inline" {
  role   = "r"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
}
resource "aws_iam_role" "r" {
  name = "r"
  inline_policy {
    name   = "p"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:ListBucket", Resource = "*" }] })
  }
}
resource "aws_cloudwatch_log_metric_filter" "f" {
  name           = "f"
  log_group_name = "trail"
  pattern        = "{ ($.eventSource = s3.amazonaws.com) && ($.eventName = PutBucketPolicy) }"
  metric_transformation {
    name      = "S3PolicyChanges"
    namespace = "CIS"
    value     = "1"
  }
}
resource "aws_cloudwatch_metric_alarm" "a" {
  alarm_name  = "a"
  metric_name = "S3PolicyChanges"
  namespace   = "CIS"
}
resource "aws_s3_object" "o" {
  bucket                 = "data"
  key                    = "k"
  server_side_encryption = "aws:kms"
}
resource "aws_s3_object_copy" "c" {
  bucket = "data"
  key    = "k"
  source = "other/k"
}
`)
    expect(m.iamPolicies.map((p) => [p.id, p.kind, p.document.statements.length])).toEqual([
      ['aws_iam_policy.managed', 'managed', 1],
      ['aws_iam_role_policy.inline', 'inline', 1],
      ['aws_iam_role.r.inline_policy[0]', 'inline', 1],
    ])
    expect(m.metricFilters.map((f) => [f.id, v(f.pattern), show((f.metricName as { value: Str }).value)])).toEqual([
      [
        'aws_cloudwatch_log_metric_filter.f',
        'set:{ ($.eventSource = s3.amazonaws.com) && ($.eventName = PutBucketPolicy) }@19',
        'S3PolicyChanges',
      ],
    ])
    expect(m.alarms.map((a) => [a.id, show((a.metricName as { value: Str }).value)])).toEqual([
      ['aws_cloudwatch_metric_alarm.a', 'S3PolicyChanges'],
    ])
    expect(m.objects.map((o) => [o.id, o.kind, v(o.serverSideEncryption), v(o.kmsKeyId)])).toEqual([
      ['aws_s3_object.o', 'object', 'set:aws:kms@34', 'default:null@31'],
      ['aws_s3_object_copy.c', 'object-copy', 'default:null@36', 'default:null@36'],
    ])
  })
})

describe('override files', () => {
  it('merges override.tf into the blocks of the other files, locating each value in its own file', () => {
    const r = loadFiles({
      'main.tf':
        'variable "v" {\n  default = "Suspended"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "data"\n  acl    = "public-read"\n}\nresource "aws_s3_bucket_versioning" "b" {\n  bucket = aws_s3_bucket.b.id\n  versioning_configuration {\n    status = var.v\n  }\n}\n',
      'override.tf': 'resource "aws_s3_bucket" "b" {\n  acl = "private"\n}\nvariable "v" {\n  default = "Enabled"\n}\n',
    })
    const b = bucket(r.model, 'aws_s3_bucket.b')
    expect(b.acl.canned).toMatchObject({ state: 'set', value: 'private', at: { file: 'override.tf', line: 2 } })
    expect(b.name).toMatchObject({ state: 'set', value: 'data', at: { file: 'main.tf', line: 5 } })
    expect(b.versioning.status).toMatchObject({ state: 'set', value: 'Enabled', at: { file: 'main.tf', line: 11 } })
    expect(r.load.problems).toEqual([])
  })
})

describe('resources whose count or for_each is not known statically', () => {
  const ENABLED = 'variable "enabled" {\n  type = bool\n}\n'

  it('marks an access point policy resource maybe deployed unless it shares the count of its access point', () => {
    const tf = (apCount: string) =>
      model(`${ENABLED}
resource "aws_s3_access_point" "ap" {
  count  = ${apCount}
  bucket = "data"
  name   = "data-ap"
}
resource "aws_s3control_access_point_policy" "ap" {
  count            = var.enabled ? 1 : 0
  access_point_arn = aws_s3_access_point.ap[0].arn
  policy = jsonencode({
    Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = "*" }]
  })
}
`).model.accessPoints[0]!.policies
    const [apart] = tf('1')
    expect(apart).toMatchObject({ owner: 'aws_s3control_access_point_policy.ap[*]', maybe: { at: { line: 11 } } })
    expect(apart!.statements[0]!.conditions.state).toBe('unknown')
    const [together] = tf('var.enabled ? 1 : 0')
    expect(together!.maybe).toBeUndefined()
    expect(together!.statements[0]!.conditions).toMatchObject({ state: 'default', value: [] })
  })

  it('marks trails, metric filters, alarms and the account-level block as maybe deployed, at their count', () => {
    const { model: m } = model(`${ENABLED}
resource "aws_cloudtrail" "t" {
  count          = var.enabled ? 1 : 0
  name           = "t"
  s3_bucket_name = "audit"
}
resource "aws_cloudwatch_log_metric_filter" "f" {
  for_each       = var.enabled ? toset(["s3"]) : toset([])
  name           = each.key
  log_group_name = "trail"
  pattern        = "{ $.eventSource = s3.amazonaws.com }"
  metric_transformation {
    name      = "S3Changes"
    namespace = "Security"
    value     = "1"
  }
}
resource "aws_cloudwatch_metric_alarm" "a" {
  count               = var.enabled ? 1 : 0
  alarm_name          = "s3"
  metric_name         = "S3Changes"
  namespace           = "Security"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
}
resource "aws_s3_account_public_access_block" "acct" {
  count             = var.enabled ? 1 : 0
  block_public_acls = true
}
`)
    const why = expect.stringMatching(
      /^aws_cloudtrail\.t exists only when count = var\.enabled \? 1 : 0 is not 0: .*var\.enabled has no default/,
    )
    expect(m.trails[0]!.origin.maybe).toEqual({
      why,
      at: expect.objectContaining({ line: 6, path: 'aws_cloudtrail.t.count' }),
      conditions: ['var.enabled is true'],
    })
    expect(m.metricFilters[0]!.origin.maybe).toMatchObject({ why: expect.stringContaining('for_each = var.enabled ?'), at: { line: 11 } })
    expect(m.alarms[0]!.origin.maybe).toMatchObject({ at: { line: 22 } })
    expect(m.accountPublicAccessBlocks[0]!.origin.maybe).toMatchObject({ at: { line: 30 } })
  })

  it('treats a known count or a non-empty for_each list as deployed, and a count of 0 as absent', () => {
    const { model: m } = model(`variable "name" {
  type = string
}
resource "aws_cloudtrail" "one" {
  count          = 1
  name           = "one"
  s3_bucket_name = "audit"
}
resource "aws_cloudtrail" "keys" {
  for_each       = toset([var.name])
  name           = each.key
  s3_bucket_name = "audit"
}
resource "aws_cloudtrail" "none" {
  count          = 0
  name           = "none"
  s3_bucket_name = "audit"
}
`)
    expect(m.trails.map((t) => [t.id, t.origin.maybe])).toEqual([
      ['aws_cloudtrail.one[0]', undefined],
      ['aws_cloudtrail.keys[*]', undefined],
    ])
  })

  it('takes the value from .tfvars, so a count set there is known', () => {
    const { model: m } = model(
      `${ENABLED}resource "aws_cloudtrail" "t" {\n  count          = var.enabled ? 1 : 0\n  name           = "t"\n  s3_bucket_name = "audit"\n}\n`,
      { 'terraform.tfvars': 'enabled = true\n' },
    )
    expect(m.trails.map((t) => [t.id, t.origin.maybe])).toEqual([['aws_cloudtrail.t[0]', undefined]])
  })

  it('makes what a maybe-deployed setting resource changes unknown, and keeps what it leaves as it was', () => {
    const { model: m } = model(`${ENABLED}${BUCKET}
resource "aws_s3_bucket_versioning" "b" {
  count  = var.enabled ? 1 : 0
  bucket = aws_s3_bucket.b.id
  versioning_configuration {
    status = "Enabled"
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  count  = var.enabled ? 1 : 0
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
resource "aws_s3_bucket_public_access_block" "b" {
  count                   = var.enabled ? 1 : 0
  bucket                  = aws_s3_bucket.b.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
resource "aws_s3_bucket_logging" "b" {
  count         = var.enabled ? 1 : 0
  bucket        = aws_s3_bucket.b.id
  target_bucket = "logs"
}
`)
    const b = bucket(m, 'aws_s3_bucket.b')
    expect(b.versioning.status).toMatchObject({
      state: 'unknown',
      why: expect.stringContaining('aws_s3_bucket_versioning.b exists only when count = var.enabled ? 1 : 0 is not 0'),
      at: { line: 9, path: 'aws_s3_bucket_versioning.b.count' },
    })
    expect(v(b.encryption.declared)).toBe('unknown:?@16')
    // Written AES256 differs from the default AES256 (rules word them differently): unknown too.
    expect(v(b.encryption.algorithm)).toBe('unknown:?@16')
    // MFA delete is judged only where versioning is configured, which is now not known either.
    expect(v(b.versioning.mfaDelete)).toBe('unknown:?@9')
    // Without the resources this is the same, so what rules find wrong in it is still found.
    expect(v(b.encryption.bucketKeyEnabled)).toBe('default:false@18')
    expect([v(b.publicAccessBlock.declared), v(b.publicAccessBlock.blockPublicAcls)]).toEqual(['unknown:?@25', 'unknown:?@25'])
    expect(v(b.logging.targetBucket)).toBe('unknown:?@33')
  })

  it('counts on a setting resource with the same count as its bucket, in the same module', () => {
    const { model: m } = model(`${ENABLED}
resource "aws_s3_bucket" "b" {
  count  = var.enabled ? 1 : 0
  bucket = "data"
}
resource "aws_s3_bucket_versioning" "same" {
  count  = var.enabled ? 1 : 0
  bucket = aws_s3_bucket.b[0].id
  versioning_configuration {
    status = "Enabled"
  }
}
resource "aws_s3_bucket_public_access_block" "other" {
  count             = var.enabled ? 0 : 1
  bucket            = aws_s3_bucket.b[0].id
  block_public_acls = true
}
`)
    const b = bucket(m, 'aws_s3_bucket.b[*]')
    // The bucket itself is still scanned; it only says why it may not exist.
    expect(b.origin.maybe).toMatchObject({ at: { line: 6 } })
    expect(v(b.versioning.status)).toBe('set:Enabled@13')
    expect(v(b.publicAccessBlock.declared)).toBe('unknown:?@17')
  })

  it('links one(b[*].id) to the one instance of b, so a setting with the same count counts', () => {
    // The idiom of cloudposse modules: at most one instance, referred to without an index.
    const { model: m } = model(`${ENABLED}
resource "aws_s3_bucket" "b" {
  count  = var.enabled ? 1 : 0
  bucket = "data"
}
resource "aws_s3_bucket_versioning" "same" {
  count  = var.enabled ? 1 : 0
  bucket = one(aws_s3_bucket.b[*].id)
  versioning_configuration {
    status = "Enabled"
  }
}
resource "aws_s3_bucket_public_access_block" "other" {
  count             = var.enabled ? 0 : 1
  bucket            = one(aws_s3_bucket.b.*.id)
  block_public_acls = true
}
`)
    const b = bucket(m, 'aws_s3_bucket.b[*]')
    expect(v(b.versioning.status)).toBe('set:Enabled@13')
    expect(v(b.publicAccessBlock.declared)).toBe('unknown:?@17')
    expect(m.buckets).toHaveLength(1)
  })

  it('reads a required policy of one(d[*].json) as the document, since a null one would not apply', () => {
    const { model: m } = model(`${ENABLED}${BUCKET}
data "aws_iam_policy_document" "d" {
  count = var.enabled ? 1 : 0
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::data/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = one(data.aws_iam_policy_document.d[*].json)
}
`)
    const [doc] = bucket(m, 'aws_s3_bucket.b').policies
    expect(doc?.unknown).toBeUndefined()
    expect(doc?.statements.map((s) => v(s.effect))).toEqual(['set:Deny@11'])
  })

  it('reads source_policy_documents = [one(d[*].json)] of a document with the same count as d', () => {
    const { model: m } = model(`${ENABLED}${BUCKET}
data "aws_iam_policy_document" "tls" {
  count = var.enabled ? 1 : 0
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::data/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}
data "aws_iam_policy_document" "combined" {
  count                   = var.enabled ? 1 : 0
  source_policy_documents = [one(data.aws_iam_policy_document.tls[*].json)]
}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = data.aws_iam_policy_document.combined[0].json
}
`)
    const [doc] = bucket(m, 'aws_s3_bucket.b').policies
    expect(doc?.unknown).toBeUndefined()
    expect(doc?.statements.map((s) => v(s.effect))).toEqual(['set:Deny@11'])
  })

  it('keeps a bucket policy that may not be deployed, with its Deny statements under an unknown condition', () => {
    const { model: m } = model(`${ENABLED}${BUCKET}
resource "aws_s3_bucket_policy" "b" {
  count  = var.enabled ? 1 : 0
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Statement = [
      { Effect = "Deny", Principal = "*", Action = "s3:*", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } } },
      { Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" },
    ]
  })
}
`)
    const doc = bucket(m, 'aws_s3_bucket.b').policies[0]!
    expect(doc.maybe).toMatchObject({ why: expect.stringContaining('aws_s3_bucket_policy.b exists only when'), at: { line: 9 } })
    expect(doc.statements.map((s) => s.conditions.state)).toEqual(['unknown', 'default'])
  })

  it('keeps a public ACL or CORS rule that may not be deployed on a bucket without one, so it is still reported', () => {
    const { model: m } = model(`${ENABLED}${BUCKET}
resource "aws_s3_bucket_acl" "b" {
  count  = var.enabled ? 1 : 0
  bucket = aws_s3_bucket.b.id
  acl    = "public-read"
}
resource "aws_s3_bucket_cors_configuration" "b" {
  count  = var.enabled ? 1 : 0
  bucket = aws_s3_bucket.b.id
  cors_rule {
    allowed_origins = ["*"]
    allowed_methods = ["GET"]
  }
}
resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
resource "aws_s3_bucket_acl" "logs" {
  count  = var.enabled ? 1 : 0
  bucket = aws_s3_bucket.logs.id
  acl    = "log-delivery-write"
}
`)
    expect(v(bucket(m, 'aws_s3_bucket.b').acl.canned)).toBe('set:public-read@11')
    expect(bucket(m, 'aws_s3_bucket.b').cors.state).toBe('set')
    // A log-delivery ACL would exempt the bucket from access logging: that may not be counted on.
    expect(v(bucket(m, 'aws_s3_bucket.logs').acl.canned)).toBe('unknown:?@25')
  })

  it('links a setting whose for_each is a bucket resource with unknown keys to those buckets, deployed with them', () => {
    const { model: m, load } = model(`variable "names" {
  type = set(string)
}
resource "aws_s3_bucket" "b" {
  for_each = var.names
  bucket   = each.value
}
resource "aws_s3_bucket_versioning" "b" {
  for_each = aws_s3_bucket.b
  bucket   = each.value.id
  versioning_configuration {
    status = "Enabled"
  }
}
`)
    expect(v(bucket(m, 'aws_s3_bucket.b[*]').versioning.status)).toBe('set:Enabled@12')
    expect(load.notes.join('\n')).not.toMatch(/not checked/)
  })

  it('passes the condition of a module call with an unknown count to everything in it', () => {
    const { model: m } = model(
      `variable "n" {
  type = number
}
${BUCKET}
module "settings" {
  source = "./modules/settings"
  count  = var.n
  bucket = aws_s3_bucket.b.id
}
module "whole" {
  source = "./modules/whole"
  count  = var.n
}
`,
      {
        'modules/settings/main.tf':
          'variable "bucket" {\n  type = string\n}\nresource "aws_s3_bucket_versioning" "v" {\n  bucket = var.bucket\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\nresource "aws_cloudtrail" "t" {\n  name           = "t"\n  s3_bucket_name = "audit"\n}\n',
        'modules/whole/main.tf':
          'resource "aws_s3_bucket" "b" {\n  bucket = "whole"\n}\nresource "aws_s3_bucket_versioning" "v" {\n  bucket = aws_s3_bucket.b.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
      },
    )
    expect(bucket(m, 'aws_s3_bucket.b').versioning.status).toMatchObject({
      state: 'unknown',
      why: expect.stringMatching(/^module\.settings exists only when count = var\.n is not 0: var\.n has no default/),
      at: { file: 'main.tf', line: 10 },
    })
    expect(m.trails[0]!.origin.maybe).toMatchObject({ at: { line: 10 } })
    // Inside one module instance the bucket and its versioning share the call's condition.
    expect(v(bucket(m, 'module.whole[*].aws_s3_bucket.b').versioning.status)).toBe('set:Enabled@7')
  })
})
