import { describe, expect, it } from 'vitest'
import { bucket, loadFiles, v } from './helpers.js'

describe('a setting resource names its bucket only by the bucket name', () => {
  it('does not attach a setting whose bucket is the domain name of a declared bucket', () => {
    const { model } = loadFiles({
      'main.tf': `resource "aws_s3_bucket" "b" {
  bucket = "data"
}

resource "aws_s3_bucket_public_access_block" "b" {
  bucket                  = aws_s3_bucket.b.bucket_domain_name
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.bucket_regional_domain_name
  versioning_configuration {
    status = "Enabled"
  }
}
`,
    })
    const b = bucket(model, 'aws_s3_bucket.b')
    // "data.s3.amazonaws.com" is another bucket's name: Block Public Access there leaves "data" open.
    expect(v(b.publicAccessBlock.declared)).toBe('default:false@1')
    expect(v(b.versioning.status)).toBe('default:Disabled@1')
    expect(model.buckets.map((x) => x.id)).toHaveLength(2)
  })

  it('warns of a bucket that is null or empty, which Terraform rejects, and leaves the other buckets alone', () => {
    const { model, load } = loadFiles({
      'main.tf': `resource "aws_s3_bucket" "made" {
  count  = 0
  bucket = "never"
}

resource "aws_s3_bucket" "b" {
  bucket = "data"
}

resource "aws_s3_bucket_acl" "empty" {
  bucket = try(aws_s3_bucket.made[0].id, "")
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "none" {
  bucket                  = one(aws_s3_bucket.made[*].id)
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`,
    })
    const b = bucket(model, 'aws_s3_bucket.b')
    expect(v(b.acl.canned)).toBe('default:private@6')
    expect(v(b.publicAccessBlock.declared)).toBe('default:false@6')
    expect(load.problems.map((p) => [p.code, p.line, p.level])).toEqual([
      ['TF_BAD_REFERENCE', 11, 'warning'],
      ['TF_BAD_REFERENCE', 16, 'warning'],
    ])
  })
})

describe('override files', () => {
  it('lets an override.tf.json object replace the nested block of the same type', () => {
    const { model } = loadFiles({
      'main.tf': `resource "aws_s3_bucket" "b" {
  bucket = "data"
}

resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration {
    status = "Enabled"
  }
}
`,
      'override.tf.json': `{
  "resource": {
    "aws_s3_bucket_versioning": {
      "b": {
        "versioning_configuration": { "status": "Suspended" }
      }
    }
  }
}
`,
    })
    const status = bucket(model, 'aws_s3_bucket.b').versioning.status
    expect(v(status)).toBe('set:Suspended@5')
    expect(status.at.file).toBe('override.tf.json')
  })

  it('lets an override block replace the object a .tf.json file wrote for it', () => {
    const { model } = loadFiles({
      'main.tf.json': `{
  "resource": {
    "aws_s3_bucket": { "b": { "bucket": "data" } },
    "aws_s3_bucket_versioning": {
      "b": {
        "bucket": "\${aws_s3_bucket.b.id}",
        "versioning_configuration": { "status": "Enabled" }
      }
    }
  }
}
`,
      'x_override.tf': `resource "aws_s3_bucket_versioning" "b" {
  versioning_configuration {
    status = "Suspended"
  }
}
`,
    })
    expect(v(bucket(model, 'aws_s3_bucket.b').versioning.status)).toBe('set:Suspended@3')
  })
})

describe('override files merge a lifecycle block argument by argument', () => {
  it('keeps OpenTofu enabled = false under an override that sets another lifecycle argument', () => {
    const { model } = loadFiles({
      'main.tofu': `resource "aws_s3_bucket" "off" {
  bucket = "off"
  acl    = "public-read"
  lifecycle {
    enabled = false
  }
}

resource "aws_s3_bucket" "on" {
  bucket = "on"
  lifecycle {
    enabled = false
  }
}
`,
      'main_override.tofu': `resource "aws_s3_bucket" "off" {
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_s3_bucket" "on" {
  lifecycle {
    enabled = true
  }
}
`,
    })
    expect(model.buckets.map((b) => b.id)).toEqual(['aws_s3_bucket.on'])
  })
})

describe('.tf.json top-level blocks', () => {
  it('accepts removed and ephemeral blocks, which Terraform reads in JSON as in HCL', () => {
    const { model, load } = loadFiles({
      'main.tf.json': `{
  "removed": [{ "from": "aws_s3_bucket.gone", "lifecycle": { "destroy": false } }],
  "ephemeral": { "random_password": { "p": { "length": 16 } } },
  "resource": { "aws_s3_bucket": { "b": { "bucket": "data", "acl": "public-read" } } }
}
`,
    })
    expect(load.problems).toEqual([])
    expect(v(bucket(model, 'aws_s3_bucket.b').acl.canned)).toBe('set:public-read@4')
  })
})

describe('.tf.json dynamic blocks', () => {
  it('expands a dynamic block nested in another block, with its iterator named by a string', () => {
    const { model } = loadFiles({
      'main.tf.json': `{
  "resource": {
    "aws_s3_bucket": { "b": { "bucket": "data" } },
    "aws_s3_bucket_acl": {
      "b": {
        "bucket": "\${aws_s3_bucket.b.id}",
        "access_control_policy": {
          "dynamic": {
            "grant": {
              "for_each": "\${[\\"READ\\"]}",
              "iterator": "g",
              "content": {
                "permission": "\${g.value}",
                "grantee": { "type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers" }
              }
            }
          },
          "owner": { "id": "abc" }
        }
      }
    },
    "aws_s3_bucket_versioning": {
      "b": {
        "bucket": "\${aws_s3_bucket.b.id}",
        "dynamic": {
          "versioning_configuration": { "for_each": "\${[\\"Suspended\\"]}", "iterator": "v", "content": { "status": "\${v.value}" } }
        }
      }
    }
  }
}
`,
    })
    const b = bucket(model, 'aws_s3_bucket.b')
    const grants = b.acl.grants
    expect(grants.state).toBe('set')
    expect(grants.state === 'set' && grants.value.map((g) => v(g.permission))).toEqual(['set:READ@13'])
    expect(v(b.versioning.status)).toBe('set:Suspended@26')
  })

  it('keeps the static blocks of a type beside a dynamic block of the same type', () => {
    const { model } = loadFiles({
      'main.tf.json': `{
  "resource": {
    "aws_s3_bucket": { "b": { "bucket": "data" } },
    "aws_s3_bucket_policy": { "b": { "bucket": "\${aws_s3_bucket.b.id}", "policy": "\${data.aws_iam_policy_document.p.json}" } }
  },
  "data": {
    "aws_iam_policy_document": {
      "p": {
        "statement": [
          { "sid": "Read", "actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::data/*"], "principals": [{ "type": "*", "identifiers": ["*"] }] }
        ],
        "dynamic": {
          "statement": {
            "for_each": "\${toset([\\"s3:ListBucket\\"])}",
            "content": { "actions": ["\${statement.value}"], "resources": ["arn:aws:s3:::data"], "principals": { "type": "AWS", "identifiers": ["111122223333"] } }
          }
        }
      }
    }
  }
}
`,
    })
    const docs = bucket(model, 'aws_s3_bucket.b').policies
    expect(docs.flatMap((d) => d.statements.map((st) => st.sid ?? '(no sid)'))).toEqual(['Read', '(no sid)'])
  })

  it('leaves an object that merely has a "dynamic" key an object', () => {
    const { model } = loadFiles({
      'main.tf.json': `{
  "resource": { "aws_s3_bucket": { "b": { "bucket": "data", "tags": { "dynamic": "yes" } } } }
}
`,
    })
    expect(bucket(model, 'aws_s3_bucket.b').tags).toHaveProperty('dynamic')
  })
})

describe('.tf.json variable types', () => {
  it('reads the type string as a type expression, with the defaults of its optional attributes', () => {
    const { model, load } = loadFiles({
      'main.tf.json': `{
  "variable": {
    "cfg": { "type": "object({ acl = optional(string, \\"public-read\\") })", "default": {} },
    "n": { "type": "string", "default": 2 }
  },
  "resource": {
    "aws_s3_bucket": { "b": { "bucket": "data-\${var.n}" } },
    "aws_s3_bucket_acl": { "b": { "bucket": "\${aws_s3_bucket.b.id}", "acl": "\${var.cfg.acl}" } }
  }
}
`,
    })
    expect(load.problems).toEqual([])
    const b = bucket(model, 'aws_s3_bucket.b')
    expect(v(b.acl.canned)).toBe('set:public-read@8')
    expect(v(b.name)).toBe('set:data-2@7')
  })
})

describe('count values Terraform refuses', () => {
  it('warns of a count that is null or not a number at all, as of a negative one', () => {
    const { load } = loadFiles({
      'main.tf': `resource "aws_s3_bucket" "none" {
  count = null
}

resource "aws_s3_bucket" "text" {
  count = "two"
}

resource "aws_s3_bucket" "fine" {
  count = "2"
}
`,
    })
    expect(load.problems.map((p) => [p.code, p.line, p.level])).toEqual([
      ['TF_INVALID_COUNT', 2, 'warning'],
      ['TF_INVALID_COUNT', 6, 'warning'],
    ])
  })
})

describe('setting resources chained through the id of another', () => {
  it('follows the id of a versioning or encryption resource, which the provider sets to the bucket name', () => {
    const { model } = loadFiles({
      'main.tf': `resource "aws_s3_bucket" "b" {
  bucket = "data"
}

resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket_versioning.b.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "b" {
  bucket                  = aws_s3_bucket_server_side_encryption_configuration.b.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_logging" "owned" {
  bucket                = aws_s3_bucket.b.id
  expected_bucket_owner = "111122223333"
  target_bucket         = "logs"
  target_prefix         = "data/"
}

resource "aws_s3_bucket_acl" "owned" {
  bucket = aws_s3_bucket_logging.owned.id
  acl    = "public-read"
}
`,
    })
    const b = bucket(model, 'aws_s3_bucket.b')
    expect(v(b.publicAccessBlock.blockPublicAcls)).toBe('set:true@23')
    // With expected_bucket_owner the id is "data,111122223333": not this bucket's name.
    expect(v(b.acl.canned)).toBe('default:private@1')
    expect(model.buckets.map((x) => x.id)).toHaveLength(2)
  })
})

describe('a bucket policy and a public access block in different modules', () => {
  const mod = `resource "aws_s3_bucket" "b" {
  bucket = "data"
}

resource "aws_s3_bucket_public_access_block" "b" {
  bucket                  = aws_s3_bucket.b.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false
}

output "id" {
  value = aws_s3_bucket.b.id
}
`
  const root = (dependsOn: string) => `module "m" {
  source = "./mod"
}

resource "aws_s3_bucket_policy" "p" {
  ${dependsOn}
  bucket = module.m.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::data/*" }]
  })
}
`
  const order = (dependsOn: string) => {
    const { model } = loadFiles({ 'main.tf': root(dependsOn), 'mod/main.tf': mod })
    return bucket(model, 'module.m.aws_s3_bucket.b').policies.map((p) => p.precedesBlock ?? 'after')
  }

  it('may be applied before the block when nothing orders them', () => {
    expect(order('')).toEqual(['maybe'])
  })

  it('comes after the block when it depends on the whole module', () => {
    expect(order('depends_on = [module.m]')).toEqual(['after'])
  })
})
