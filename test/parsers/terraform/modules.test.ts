import { describe, expect, it } from 'vitest'
import { majorsAllowed, registryS3Kind, splitModuleSource, versionsAllowed } from '../../../src/parsers/terraform/registry-s3-module.js'
import { bucket, loadFiles, show, v } from './helpers.js'
import { linkModel } from '../../../src/model/link.js'
import type { Str } from '../../../src/model/value.js'
import { scanFiles } from '../../rules/helpers.js'

const MODULE = `variable "name" {}
variable "versioning" {
  default = true
}
resource "aws_s3_bucket" "this" {
  count  = 1
  bucket = var.name
}
resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this[0].id
  versioning_configuration {
    status = var.versioning ? "Enabled" : "Suspended"
  }
}
output "bucket_id" {
  value = aws_s3_bucket.this[0].id
}
`

describe('local modules', () => {
  it('expands a local module with the caller inputs and names both the module line and the call', () => {
    const r = loadFiles({
      'main.tf': `module "data" {
  source     = "./modules/bucket"
  count      = 1
  name       = "acme-data"
  versioning = false
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket            = module.data[0].bucket_id
  block_public_acls = true
}
`,
      'modules/bucket/main.tf': MODULE,
    })
    expect(r.units.map((u) => u.id)).toEqual(['.'])
    const b = bucket(r.model, 'module.data[0].aws_s3_bucket.this[0]')
    expect(v(b.name)).toBe('set:acme-data@7')
    expect(b.origin.at).toMatchObject({ file: 'modules/bucket/main.tf', line: 5 })
    expect(b.origin.related).toEqual([
      { message: 'module "data" is called here', at: expect.objectContaining({ file: 'main.tf', line: 1, path: 'module.data[0]' }) },
    ])
    expect(b.versioning.status).toMatchObject({ state: 'set', value: 'Suspended', at: { file: 'modules/bucket/main.tf', line: 12 } })
    expect(b.publicAccessBlock.blockPublicAcls).toMatchObject({ state: 'set', value: true, at: { file: 'main.tf', line: 10 } })
  })

  it("lists at most 8 module calls per resource: the 7 nearest and the root module's, with how many were left out", () => {
    const files: Record<string, string> = { 'main.tf': 'module "m0" {\n  source = "./m0"\n}\n' }
    for (let i = 0; i < 10; i++) files[`m${i}/main.tf`] = `module "m${i + 1}" {\n  source = "../m${i + 1}"\n}\n`
    files['m10/main.tf'] = 'resource "aws_s3_bucket" "deep" {\n  bucket = "deep"\n}\n'
    const r = loadFiles(files)
    const address = `${Array.from({ length: 11 }, (_, i) => `module.m${i}`).join('.')}.aws_s3_bucket.deep`
    const sites = bucket(r.model, address).origin.related!
    expect(sites.map((s) => `${s.message} @${s.at.file}:${s.at.line}`)).toEqual([
      'module "m10" is called here @m9/main.tf:1',
      'module "m9" is called here @m8/main.tf:1',
      'module "m8" is called here @m7/main.tf:1',
      'module "m7" is called here @m6/main.tf:1',
      'module "m6" is called here @m5/main.tf:1',
      'module "m5" is called here @m4/main.tf:1',
      'module "m4" is called here @m3/main.tf:1',
      'module "m0" is called here (through 3 more module calls not listed) @main.tf:1',
    ])
  })

  it('nests modules and addresses their resources with every module key', () => {
    const r = loadFiles({
      'main.tf': 'module "outer" {\n  source   = "./outer"\n  for_each = toset(["a", "b"])\n  name     = each.key\n}\n',
      'outer/main.tf': 'variable "name" {}\nmodule "inner" {\n  source = "../modules/bucket"\n  name   = "bucket-${var.name}"\n}\n',
      'modules/bucket/main.tf': MODULE,
    })
    expect(r.model.buckets.map((b) => `${b.id} ${show((b.name as { value: Str }).value)} ${b.origin.related?.length}`)).toEqual([
      'module.outer["a"].module.inner.aws_s3_bucket.this[0] bucket-a 2',
      'module.outer["b"].module.inner.aws_s3_bucket.this[0] bucket-b 2',
    ])
  })

  it('fails the gate on modules nested too deeply to expand, whose buckets it cannot check', async () => {
    // 40 modules, each calling the next; the last declares a public bucket. A warning alone let it pass.
    const files: Record<string, string> = { 'root/main.tf': 'module "first" {\n  source = "../m0"\n}\n' }
    for (let i = 0; i < 40; i++) files[`m${i}/main.tf`] = `module "next" {\n  source = "../m${i + 1}"\n}\n`
    files['m40/main.tf'] = 'resource "aws_s3_bucket" "b" {\n  acl = "public-read"\n}\n'
    const r = await scanFiles(files)
    expect(r.problems.filter((p) => p.code === 'EVAL_LIMIT').map((p) => [p.file, p.line, p.level])).toEqual([['m31/main.tf', 1, 'error']])
    expect(r.findings.filter((f) => f.ruleId === 'parse-error').map((f) => [f.location.file, f.severity])).toEqual([
      ['m31/main.tf', 'high'],
    ])
  })

  it('does not scan a directory called as a module as a separate root', () => {
    const r = loadFiles({
      'main.tf': 'module "m" {\n  source = "./m"\n  name = "x"\n}\n',
      'm/main.tf': MODULE,
      'other/main.tf': 'resource "aws_s3_bucket" "o" {}\n',
    })
    expect(r.units.map((u) => u.id)).toEqual(['.', 'other'])
  })

  it('reports a module that calls itself instead of recursing', () => {
    const r = loadFiles({ 'main.tf': 'module "self" {\n  source = "./"\n}\n' })
    expect(r.load.problems.map((p) => [p.code, p.line])).toEqual([['MODULE_CYCLE', 1]])
  })

  it('notes registry and remote modules that were not scanned', () => {
    const r = loadFiles({
      'main.tf': 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\nmodule "gone" {\n  source = "./missing"\n}\n',
    })
    expect(r.load.notes).toEqual([
      'module.vpc (terraform-aws-modules/vpc/aws) was not scanned: terraform-aws-modules/vpc/aws is not vendored in the scanned files',
      'module.gone (./missing) was not scanned: ./missing has no Terraform files inside the scanned paths',
    ])
  })
})

describe('buckets named by a variable without a value, in module instances', () => {
  const LOGGED = `variable "name" {}
variable "logs" {}
resource "aws_s3_bucket" "logs" {
  bucket = var.logs
}
resource "aws_s3_bucket" "data" {
  bucket = var.name
}
resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = var.logs
}
`

  it('link within one instance, never to the same variable of another instance', () => {
    const r = loadFiles({
      'main.tf': 'module "a" {\n  source = "./m"\n}\nmodule "b" {\n  source = "./m"\n}\n',
      'm/main.tf': LOGGED,
    })
    linkModel(r.model)
    expect(bucket(r.model, 'module.a.aws_s3_bucket.logs').links.logSourceOf).toEqual(['module.a.aws_s3_bucket.data'])
    expect(bucket(r.model, 'module.b.aws_s3_bucket.logs').links.logSourceOf).toEqual(['module.b.aws_s3_bucket.data'])
  })

  it('link across instances when the callers pass the same variable, and only then', () => {
    const r = loadFiles({
      'main.tf': `variable "shared_logs" {}
variable "other_logs" {}
module "a" {
  source = "./d"
  logs   = var.shared_logs
}
module "b" {
  source = "./d"
  logs   = var.other_logs
}
module "c" {
  source = "./d"
}
resource "aws_s3_bucket" "central" {
  bucket = var.shared_logs
}
`,
      'd/main.tf': LOGGED.replace(/resource "aws_s3_bucket" "logs" \{[^}]*\}\n/, ''),
    })
    linkModel(r.model)
    expect(r.model.buckets.map((b) => b.id)).toEqual([
      'aws_s3_bucket.central',
      'module.a.aws_s3_bucket.data',
      'module.b.aws_s3_bucket.data',
      'module.c.aws_s3_bucket.data',
    ])
    expect(bucket(r.model, 'aws_s3_bucket.central').links.logSourceOf).toEqual(['module.a.aws_s3_bucket.data'])
  })
})

describe('the registry module terraform-aws-modules/s3-bucket/aws', () => {
  it('models the bucket from its inputs, on the module block, with the defaults of before v3.9.0', () => {
    const r = loadFiles({
      'main.tf': `module "s3" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "3.7.0"

  bucket = "acme"
  acl    = "public-read"
  versioning = {
    enabled = true
  }
  block_public_policy                   = true
  attach_deny_insecure_transport_policy = true
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm = "aws:kms"
      }
    }
  }
}
`,
    })
    const b = bucket(r.model, 'module.s3')
    expect(b.origin).toMatchObject({ address: 'module.s3', at: { line: 1 } })
    expect([v(b.name), v(b.acl.canned), v(b.versioning.status)]).toEqual(['set:acme@5', 'set:public-read@6', 'set:Enabled@8'])
    const pab = b.publicAccessBlock
    expect([v(pab.declared), v(pab.blockPublicAcls), v(pab.blockPublicPolicy)]).toEqual(['set:true@1', 'default:false@1', 'set:true@10'])
    expect(v(b.ownership)).toBe('default:BucketOwnerEnforced@1')
    expect(v(b.encryption.algorithm)).toBe('set:aws:kms@15')
    expect(b.policies.map((p) => p.statements.map((s) => s.sid))).toEqual([['denyInsecureTransport']])
  })

  it('uses the Block Public Access defaults of v3.9.0 and later, and the latest when no version is pinned', () => {
    for (const version of ['~> 4.1', '3.15.1', undefined]) {
      const pin = version ? `\n  version = "${version}"` : ''
      const r = loadFiles({ 'main.tf': `module "s3" {\n  source  = "terraform-aws-modules/s3-bucket/aws"${pin}\n  bucket  = "acme"\n}\n` })
      const b = bucket(r.model, 'module.s3')
      expect([v(b.publicAccessBlock.blockPublicAcls), v(b.publicAccessBlock.restrictPublicBuckets), v(b.ownership)]).toEqual([
        'default:true@1',
        'default:true@1',
        'default:BucketOwnerEnforced@1',
      ])
    }
  })

  it('leaves a default unknown when the version constraint spans the change', () => {
    expect(versionsAllowed('>= 3.0').length).toBeGreaterThan(3)
    expect(versionsAllowed('~> 3.7').map((x) => x.join('.'))).toEqual(['3.7.0', '3.8.2', '3.9.0', '3.15.2'])
    expect(versionsAllowed('~> 3.7.0').map((x) => x.join('.'))).toEqual(['3.7.0'])
    expect(majorsAllowed('< 4.0.0')).toEqual([1, 2, 3])
    const r = loadFiles({ 'main.tf': 'module "s3" {\n  source  = "terraform-aws-modules/s3-bucket/aws"\n  version = ">= 3.0"\n}\n' })
    expect(bucket(r.model, 'module.s3').publicAccessBlock.blockPublicAcls.state).toBe('unknown')
  })

  it('reads versioning in the module’s order: enabled, then status as tobool or title(lower())', () => {
    const status = (versioning: string, version = '') => {
      const pin = version ? `  version = "${version}"\n` : ''
      const r = loadFiles({
        'main.tf': `module "s3" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n${pin}  versioning = ${versioning}\n}\n`,
      })
      return v(bucket(r.model, 'module.s3').versioning.status)
    }
    expect(status('{ enabled = false, status = "Enabled" }')).toBe('set:Suspended@3')
    expect(status('{ status = "enabled" }')).toBe('set:Enabled@3')
    expect(status('{ status = "SUSPENDED" }')).toBe('set:Suspended@3')
    expect(status('{ status = true }')).toBe('set:Enabled@3')
    expect(status('{ status = "false" }')).toBe('set:Suspended@3')
    // v5 takes a map without either as "Enabled"; an empty map configures nothing.
    expect(status('{ mfa_delete = false }')).toBe('default:Enabled@3')
    expect(status('{}')).toMatch(/^default:Disabled/)
  })

  it('creates no bucket when putin_khuylo = false, and a maybe-bucket when it is not known', () => {
    const off = loadFiles({
      'main.tf': 'module "s3" {\n  source       = "terraform-aws-modules/s3-bucket/aws"\n  putin_khuylo = false\n}\n',
    })
    expect(off.model.buckets).toEqual([])
    const maybe = loadFiles({
      'main.tf':
        'variable "on" {\n  type = bool\n}\nmodule "s3" {\n  source       = "terraform-aws-modules/s3-bucket/aws"\n  putin_khuylo = var.on\n}\n',
    })
    expect(bucket(maybe.model, 'module.s3').origin.maybe).toBeDefined()
  })

  it('counts the policies the other attach_*_policy inputs write as the bucket’s policy', () => {
    for (const input of ['attach_elb_log_delivery_policy', 'attach_lb_log_delivery_policy', 'attach_deny_unencrypted_object_uploads']) {
      const r = loadFiles({ 'main.tf': `module "s3" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n  ${input} = true\n}\n` })
      const policies = bucket(r.model, 'module.s3').policies
      expect(policies.map((p) => [p.at.line, p.unknown])).toEqual([[3, undefined]])
      expect(policies[0]!.statements.length).toBeGreaterThan(0)
    }
    const off = loadFiles({
      'main.tf': 'module "s3" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n  attach_lb_log_delivery_policy = false\n}\n',
    })
    expect(bucket(off.model, 'module.s3').policies).toEqual([])
  })

  it('attaches the policy input only with attach_policy = true, and says so otherwise', () => {
    const policy = 'jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }] })'
    const off = loadFiles({ 'main.tf': `module "s3" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n  policy = ${policy}\n}\n` })
    expect(bucket(off.model, 'module.s3').policies).toEqual([])
    expect(off.load.notes.join('\n')).toMatch(/module.s3 sets "policy" without "attach_policy = true"/)
    const on = loadFiles({
      'main.tf': `module "s3" {\n  source        = "terraform-aws-modules/s3-bucket/aws"\n  attach_policy = true\n  policy        = ${policy}\n}\n`,
    })
    expect(bucket(on.model, 'module.s3').policies.map((p) => [p.owner, p.at.line, p.statements.length])).toEqual([['module.s3', 4, 1]])
  })

  it('links a split resource to the module bucket through its outputs', () => {
    const r = loadFiles({
      'main.tf':
        'module "s3" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n  bucket = "acme"\n}\nresource "aws_s3_bucket_logging" "l" {\n  bucket        = module.s3.s3_bucket_id\n  target_bucket = "logs"\n}\n',
    })
    expect(v(bucket(r.model, 'module.s3').logging.targetBucket)).toBe('set:logs@7')
  })

  it('reads the grant input with one permission per entry (v3 and later) or a permissions list (v2)', () => {
    const r = loadFiles({
      'main.tf': `module "s3" {
  source = "terraform-aws-modules/s3-bucket/aws"
  grant = [{
    type       = "Group"
    permission = "READ"
    uri        = "http://acs.amazonaws.com/groups/global/AllUsers"
  }, {
    type        = "Group"
    permissions = ["READ_ACP", "WRITE"]
    uri         = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
  }]
}
`,
    })
    const grants = bucket(r.model, 'module.s3').acl.grants
    expect(grants.state === 'unknown' ? grants : grants.value.map((g) => [g.grantee, v(g.permission)])).toEqual([
      [{ type: 'group', uri: 'AllUsers' }, 'set:READ@5'],
      [{ type: 'group', uri: 'AuthenticatedUsers' }, 'set:READ_ACP@9'],
      [{ type: 'group', uri: 'AuthenticatedUsers' }, 'set:WRITE@9'],
    ])
  })

  it('reads a lifecycle rule turned on by status, as the module also accepts, not only by enabled', () => {
    const rule = (s: string) =>
      `module "s3" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n  lifecycle_rule = [{\n    id = "tidy"\n    ${s}\n    abort_incomplete_multipart_upload_days = 7\n  }]\n}\n`
    const enabled = (s: string) => {
      const lc = bucket(loadFiles({ 'main.tf': rule(s) }).model, 'module.s3').lifecycle
      return lc.state === 'unknown' ? lc : lc.value.map((x) => v(x.enabled))
    }
    expect(enabled('status = "Enabled"')).toEqual(['set:true@5'])
    expect(enabled('status = "enabled"')).toEqual(['set:true@5'])
    expect(enabled('status = true')).toEqual(['set:true@5'])
    expect(enabled('status = "Disabled"')).toEqual(['set:false@5'])
    expect(enabled('enabled = true')).toEqual(['set:true@5'])
    expect(enabled('x = 1')).toEqual(['default:false@3'])
  })

  it('reads the filter map of a lifecycle rule as limiting it to part of the bucket', () => {
    const filtered = (f: string) => {
      const r = loadFiles({
        'main.tf': `module "s3" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n  lifecycle_rule = [{\n    id      = "r"\n    enabled = true\n    ${f}\n  }]\n}\n`,
      })
      const lc = bucket(r.model, 'module.s3').lifecycle
      return lc.state === 'unknown' ? lc : lc.value.map((x) => x.filtered)
    }
    expect(filtered('filter = { prefix = "logs/" }')).toEqual([true])
    expect(filtered('filter = { tags = { a = "b" } }')).toEqual([true])
    expect(filtered('filter = {}')).toEqual([false])
    expect(filtered('expiration = { days = 1 }')).toEqual([false])
  })

  it('reads replication rule status as the module does: on by default, true/false or a word in any case', () => {
    const statuses = (s: string) => {
      const r = loadFiles({
        'main.tf': `module "s3" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n  replication_configuration = {\n    role  = "arn:aws:iam::111122223333:role/r"\n    rules = [{\n      ${s}\n      destination = { bucket = "arn:aws:s3:::dst" }\n    }]\n  }\n}\n`,
      })
      const rep = bucket(r.model, 'module.s3').replication
      return rep.state === 'unknown' || !rep.value ? rep : rep.value.rules.map((x) => v(x.status))
    }
    expect(statuses('status = true')).toEqual(['set:Enabled@6'])
    expect(statuses('status = "enabled"')).toEqual(['set:Enabled@6'])
    expect(statuses('status = false')).toEqual(['set:Disabled@6'])
    expect(statuses('id = "all"')).toEqual(['default:Enabled@5'])
  })

  it('creates no bucket when create_bucket = false', () => {
    const r = loadFiles({
      'main.tf': 'module "s3" {\n  source        = "terraform-aws-modules/s3-bucket/aws"\n  create_bucket = false\n}\n',
    })
    expect(r.model.buckets).toEqual([])
  })
})

describe('the notification submodule terraform-aws-modules/s3-bucket/aws//modules/notification', () => {
  const NOTIFY = 'terraform-aws-modules/s3-bucket/aws//modules/notification'
  const notifications = (r: ReturnType<typeof loadFiles>, id: string) => {
    const n = bucket(r.model, id).notifications
    return n.state === 'unknown'
      ? `unknown@${n.at.line}`
      : `${n.state}:${n.value.map((t) => `${t.type}@${t.at.line}`).join(',')}@${n.at.line}`
  }

  it('gives the bucket it names by a module output, a resource reference or a literal name its notifications', () => {
    const r = loadFiles({
      'main.tf': `module "s3" {
  source = "terraform-aws-modules/s3-bucket/aws"
  bucket = "acme-uploads"
}
resource "aws_s3_bucket" "raw" {
  bucket = "acme-raw"
}
resource "aws_s3_bucket" "named" {
  bucket = "acme-named"
}
module "uploads" {
  source = "${NOTIFY}"
  bucket = module.s3.s3_bucket_id
  sqs_notifications = {
    scan = {
      queue_arn = "arn:aws:sqs:us-east-1:111122223333:scan"
      events    = ["s3:ObjectCreated:*"]
    }
  }
  sns_notifications = {
    audit = {
      topic_arn = "arn:aws:sns:us-east-1:111122223333:audit"
      events    = ["s3:ObjectRemoved:*"]
    }
  }
}
module "raw" {
  source      = "${NOTIFY}"
  bucket      = aws_s3_bucket.raw.id
  eventbridge = true
}
module "named" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git//modules/notification?ref=v4.1.0"
  bucket = "acme-named"
  lambda_notifications = {
    fn = {
      function_arn  = "arn:aws:lambda:us-east-1:111122223333:function:f"
      function_name = "f"
      events        = ["s3:ObjectCreated:Put"]
    }
  }
}
`,
    })
    expect(notifications(r, 'module.s3')).toBe('set:queue@15,topic@21@11')
    expect(notifications(r, 'aws_s3_bucket.raw')).toBe('set:eventbridge@30@27')
    expect(notifications(r, 'aws_s3_bucket.named')).toBe('set:lambda@36@32')
    const n = bucket(r.model, 'module.s3').notifications
    expect(n.state === 'set' && n.value.map((t) => t.events)).toEqual([['s3:ObjectCreated:*'], ['s3:ObjectRemoved:*']])
    expect(r.load.notes).toEqual([])
  })

  it('gives none with create = false, or when it configures none, and leaves them unknown when create is not known', () => {
    const tf = (inputs: string) =>
      `variable "on" {\n  type = bool\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "acme"\n}\nmodule "n" {\n  source      = "${NOTIFY}"\n  bucket      = aws_s3_bucket.b.id\n${inputs}}\n`
    expect(notifications(loadFiles({ 'main.tf': tf('  eventbridge = true\n  create      = false\n') }), 'aws_s3_bucket.b')).toBe(
      'default:@4',
    )
    expect(notifications(loadFiles({ 'main.tf': tf('  sqs_notifications = {}\n') }), 'aws_s3_bucket.b')).toBe('default:@4')
    expect(notifications(loadFiles({ 'main.tf': tf('  eventbridge = false\n') }), 'aws_s3_bucket.b')).toBe('default:@4')
    const maybe = loadFiles({ 'main.tf': tf('  eventbridge = true\n  create      = var.on\n') })
    expect(notifications(maybe, 'aws_s3_bucket.b')).toBe('unknown@11')
    expect(bucket(maybe.model, 'aws_s3_bucket.b').notifications).toMatchObject({ why: expect.stringContaining('create = var.on is true') })
    // Inputs only known at deploy time configure notifications that are not known either.
    expect(notifications(loadFiles({ 'main.tf': tf('  eventbridge = var.on\n') }), 'aws_s3_bucket.b')).toBe('unknown@10')
    expect(notifications(loadFiles({ 'main.tf': tf('  sqs_notifications = { q = var.on }\n') }), 'aws_s3_bucket.b')).toBe('unknown@10')
  })

  it('counts with the same condition as the bucket module, and may be missing with another one', () => {
    const tf = (notifyCreate: string) =>
      `variable "on" {\n  type = bool\n}\nmodule "s3" {\n  source        = "terraform-aws-modules/s3-bucket/aws"\n  create_bucket = var.on\n}\nmodule "n" {\n  source      = "${NOTIFY}"\n  create      = ${notifyCreate}\n  bucket      = module.s3.s3_bucket_id\n  eventbridge = true\n}\n`
    const same = loadFiles({ 'main.tf': tf('var.on') })
    expect(notifications(same, 'module.s3')).toBe('set:eventbridge@12@8')
    expect(bucket(same.model, 'module.s3').origin.maybe).toMatchObject({
      why: expect.stringContaining('create_bucket = var.on'),
      at: { line: 6 },
    })
    expect(notifications(loadFiles({ 'main.tf': tf('!var.on') }), 'module.s3')).toBe('unknown@10')
  })

  it('counts a setting with count = C ? 1 : 0 as deployed with a module whose create_bucket = C', async () => {
    const tf = (count: string) =>
      `variable "on" {\n  type = bool\n}\nmodule "s3" {\n  source        = "terraform-aws-modules/s3-bucket/aws"\n  create_bucket = var.on\n  bucket        = "data"\n}\n` +
      `resource "aws_s3_bucket_versioning" "v" {\n  count  = ${count}\n  bucket = module.s3.s3_bucket_id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n`
    const verdict = async (count: string) => {
      const r = await scanFiles({ 'main.tf': tf(count) })
      return [
        ...r.findings.filter((f) => f.ruleId === 'versioning-disabled').map((f) => `finding@${f.location.line}`),
        ...r.unknowns.filter((u) => u.ruleId === 'versioning-disabled').map((u) => `unknown@${u.location.line}`),
      ]
    }
    expect(await verdict('var.on ? 1 : 0')).toEqual([])
    expect(await verdict('(var.on ? 1 : 0)')).toEqual([])
    // Another condition, or the opposite one, may leave the bucket without the setting.
    expect(await verdict('var.on ? 0 : 1')).toEqual(['unknown@10'])
    expect(await verdict('length(var.on ? [1] : [])')).toEqual(['unknown@10'])
  })

  it('is modelled from its inputs also when terraform init downloaded it', () => {
    const r = loadFiles({
      'main.tf': `resource "aws_s3_bucket" "b" {\n  bucket = "acme"\n}\nmodule "n" {\n  source      = "${NOTIFY}"\n  bucket      = aws_s3_bucket.b.id\n  eventbridge = true\n}\n`,
      '.terraform/modules/modules.json': JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          { Key: 'n', Source: `registry.terraform.io/${NOTIFY}`, Version: '4.1.0', Dir: '.terraform/modules/n/modules/notification' },
        ],
      }),
      '.terraform/modules/n/modules/notification/main.tf':
        'variable "bucket" {}\nresource "aws_s3_bucket_notification" "this" {\n  bucket = var.bucket\n}\n',
    })
    expect(notifications(r, 'aws_s3_bucket.b')).toBe('set:eventbridge@7@4')
  })
})

describe('module sources', () => {
  it('split the subdirectory after // as Terraform does, not the // of a URL scheme', () => {
    expect(splitModuleSource('terraform-aws-modules/s3-bucket/aws//modules/notification')).toEqual({
      pkg: 'terraform-aws-modules/s3-bucket/aws',
      subdir: 'modules/notification',
    })
    expect(
      splitModuleSource('git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git//modules/notification?ref=v4.1.0'),
    ).toEqual({
      pkg: 'git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git?ref=v4.1.0',
      subdir: 'modules/notification',
    })
    expect(splitModuleSource('git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git?ref=v4.1.0').subdir).toBe('')
    expect(registryS3Kind('git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git?ref=v4.1.0')).toBe('registry-s3')
    expect(registryS3Kind('registry.terraform.io/terraform-aws-modules/s3-bucket/aws//modules/notification/')).toBe(
      'registry-s3-notification',
    )
    expect(registryS3Kind('terraform-aws-modules/s3-bucket/aws//modules/object')).toBeUndefined()
    expect(registryS3Kind('terraform-aws-modules/vpc/aws')).toBeUndefined()
  })

  it('model the registry S3 module named by a git https URL', () => {
    const r = loadFiles({
      'main.tf':
        'module "s3" {\n  source = "git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git?ref=v4.1.0"\n  bucket = "acme"\n}\n',
    })
    expect(r.model.buckets.map((b) => b.id)).toEqual(['module.s3'])
    expect(r.load.notes).toEqual([])
  })
})

describe('remote modules downloaded by terraform init', () => {
  it('scans a remote module found through .terraform/modules/modules.json', () => {
    const r = loadFiles({
      'main.tf': 'module "store" {\n  source  = "example-corp/bucket/aws"\n  version = "1.2.0"\n  name    = "acme-store"\n}\n',
      '.terraform/modules/modules.json': JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          { Key: 'store', Source: 'registry.terraform.io/example-corp/bucket/aws', Version: '1.2.0', Dir: '.terraform/modules/store' },
        ],
      }),
      '.terraform/modules/store/main.tf': MODULE,
    })
    expect(r.model.buckets.map((b) => [b.id, b.origin.at.file])).toEqual([
      ['module.store.aws_s3_bucket.this[0]', '.terraform/modules/store/main.tf'],
    ])
    expect(r.load.notes).toEqual([])
  })
})
