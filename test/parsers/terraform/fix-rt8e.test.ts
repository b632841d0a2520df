/**
 * Red-team round 8e, Terraform suggested fixes: a setting a bucket generates with a `dynamic`
 * block is no place for a suggestion (its instances are known only at plan time).
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../../helpers/scan-files.js'
import { fixRoundTrip, strict } from '../../helpers/fix-round-trip.js'

const DYNAMIC_HCL = `resource "aws_s3_bucket" "a" {
  bucket = "rt8e-a"

  dynamic "versioning" {
    for_each = var.v
    content {
      enabled = versioning.value
    }
  }
  dynamic "server_side_encryption_configuration" {
    for_each = var.e
    content {
      rule {
        apply_server_side_encryption_by_default {
          sse_algorithm = "AES256"
        }
      }
    }
  }
  dynamic "object_lock_configuration" {
    for_each = var.l
    content {
      object_lock_enabled = "Enabled"
    }
  }
}
variable "v" { default = [] }
variable "e" { default = [] }
variable "l" { default = [] }
`

const DYNAMIC_JSON = JSON.stringify(
  {
    resource: {
      aws_s3_bucket: {
        a: {
          bucket: 'rt8e-a',
          dynamic: {
            versioning: { for_each: '${var.v}', content: { enabled: '${versioning.value}' } },
            server_side_encryption_configuration: {
              for_each: '${var.e}',
              content: { rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } } },
            },
          },
        },
      },
    },
    variable: { v: { default: [] }, e: { default: [] } },
  },
  null,
  2,
)

async function editsOf(files: Record<string, string>) {
  const r = await scanFiles(files, strict)
  return new Map(r.findings.filter((f) => f.resource === 'aws_s3_bucket.a').map((f) => [f.ruleId, f.edit]))
}

describe('Terraform fixes beside dynamic blocks (red-team round 8e)', () => {
  it('offers no versioning, encryption or Object Lock edit for a bucket that generates those blocks dynamically', async () => {
    const edits = await editsOf({ 'main.tf': DYNAMIC_HCL })
    expect(edits.has('versioning-disabled')).toBe(true)
    expect(edits.get('versioning-disabled')).toBeUndefined()
    expect(edits.has('encryption-missing')).toBe(true)
    expect(edits.get('encryption-missing')).toBeUndefined()
    if (edits.has('object-lock-disabled')) expect(edits.get('object-lock-disabled')).toBeUndefined()
    // A setting the dynamic blocks do not touch is still fixed.
    expect(edits.get('block-public-access-incomplete')?.replacement).toContain('aws_s3_bucket_public_access_block')
  })

  it('does the same in a .tf.json file', async () => {
    const edits = await editsOf({ 'main.tf.json': DYNAMIC_JSON })
    expect(edits.has('versioning-disabled')).toBe(true)
    expect(edits.get('versioning-disabled')).toBeUndefined()
    expect(edits.has('encryption-missing')).toBe(true)
    expect(edits.get('encryption-missing')).toBeUndefined()
  })
})

const V3 = `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 3.0"
    }
  }
}

resource "aws_s3_bucket" "k" {
  bucket = "rt8e-k"
  acl    = "private"
}
`

describe('Terraform fixes in a module held to AWS provider 3.x (red-team round 8e)', () => {
  it('turns versioning on with the bucket block of provider 3, not an aws_s3_bucket_versioning it may not have', async () => {
    const { edit } = await fixRoundTrip({ 'main.tf': V3 }, 'main.tf', 'versioning-disabled', { allowNew: ['mfa-delete-disabled'] })
    expect(edit.replacement).toBe('  acl    = "private"\n  versioning {\n    enabled = true\n  }')
  })

  it('enables Object Lock with object_lock_configuration (provider 3 has no object_lock_enabled argument)', async () => {
    const { edit } = await fixRoundTrip({ 'main.tf': V3 }, 'main.tf', 'object-lock-disabled', { allowNew: ['mfa-delete-disabled'] })
    expect(edit.replacement).toBe('  acl    = "private"\n  object_lock_configuration {\n    object_lock_enabled = "Enabled"\n  }')
  })

  it('adds no aws_s3_bucket_server_side_encryption_configuration there', async () => {
    const r = await scanFiles({ 'main.tf': V3 }, strict)
    const f = r.findings.find((x) => x.ruleId === 'encryption-missing' && x.resource === 'aws_s3_bucket.k')
    expect(f).toBeDefined()
    expect(f!.edit).toBeUndefined()
  })

  it('still adds the v4 resources when the constraint lets v4 or later in', async () => {
    const r = await scanFiles({ 'main.tf': V3.replace('~> 3.0', '>= 3.0') }, strict)
    const f = r.findings.find((x) => x.ruleId === 'versioning-disabled' && x.resource === 'aws_s3_bucket.k')
    expect(f?.edit?.replacement).toContain('resource "aws_s3_bucket_versioning" "k"')
  })

  it('reads constraints no release meets (~> 4.67 beside ~> 5.40) as saying nothing of the version, not as 3.x', async () => {
    const versions =
      'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.40"\n    }\n  }\n}\n'
    const r = await scanFiles({ 'main.tf': V3.replace('~> 3.0', '~> 4.67'), 'versions.tf': versions }, strict)
    const f = r.findings.find((x) => x.ruleId === 'versioning-disabled' && x.resource === 'aws_s3_bucket.k')
    expect(f?.edit?.replacement).toContain('resource "aws_s3_bucket_versioning" "k"')
  })
})

const CALLER = `module "one" {
  source = "./mod"
  acl    = "public-read"
}
`
const MOD_HCL = `variable "acl" { type = string }
locals {
  acl = var.acl
}
resource "aws_s3_bucket" "m" {
  bucket = "rt8e-m"
  acl    = local.acl
}
resource "aws_s3_bucket_public_access_block" "m" {
  bucket                  = aws_s3_bucket.m.id
  block_public_acls       = local.acl == "private"
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`
const MOD_JSON = `${JSON.stringify(
  {
    variable: { acl: { type: 'string' } },
    resource: {
      aws_s3_bucket: { m: { bucket: 'rt8e-m', acl: '${var.acl}' } },
      aws_s3_bucket_public_access_block: {
        m: {
          bucket: '${aws_s3_bucket.m.id}',
          block_public_acls: '${var.acl == "private"}',
          block_public_policy: true,
          ignore_public_acls: true,
          restrict_public_buckets: true,
        },
      },
    },
  },
  null,
  2,
)}\n`

describe("Terraform fixes keep a called module's inputs (red-team round 8e)", () => {
  const editsIn = async (files: Record<string, string>) => {
    const r = await scanFiles(files, strict)
    return r.findings.filter((f) => f.resource === 'module.one.aws_s3_bucket.m')
  }

  it('does not remove or overwrite a value a local takes from an input', async () => {
    const found = await editsIn({ 'main.tf': CALLER, 'mod/main.tf': MOD_HCL })
    for (const id of ['acl-public-neutralised', 'block-public-access-incomplete']) {
      const f = found.find((x) => x.ruleId === id)
      expect(f, id).toBeDefined()
      expect(f!.edit, id).toBeUndefined()
    }
  })

  it('does not overwrite an input in a called module written as .tf.json', async () => {
    const found = await editsIn({ 'main.tf': CALLER, 'mod/main.tf.json': MOD_JSON })
    for (const id of ['acl-public-neutralised', 'block-public-access-incomplete']) {
      const f = found.find((x) => x.ruleId === id)
      expect(f, id).toBeDefined()
      expect(f!.edit, id).toBeUndefined()
    }
  })
})
