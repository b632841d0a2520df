/**
 * A plan loses the links between a setting resource and its bucket when the bucket's id is known
 * only after apply; the loader finds them again in the `configuration` references. Under a
 * `for_each` over the buckets, `each.value.id` is the bucket with the instance's own key, whether
 * the `for_each` is on the setting resource or on the module call around it; over two resources,
 * which one an instance gets is not known, and the setting stays unlinked (unknown), never given
 * to the first.
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../../helpers/scan-files.js'
import { bucket, loadFiles, loadPlans, v } from './helpers.js'

type Res = { address: string; mode: string; type: string; name: string; index?: string; values: object }
const res = (address: string, type: string, values: object, index?: string): Res => ({
  address,
  mode: 'managed',
  type,
  name: /([A-Za-z0-9_-]+)(\[[^\]]*\])?$/.exec(address)![1]!,
  ...(index === undefined ? {} : { index }),
  values,
})
const ALL_ON = { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true }
const ALL_ON_EXPRESSIONS = Object.fromEntries(Object.keys(ALL_ON).map((k) => [k, { constant_value: true }]))
const created = (address: string, unknown: object) => ({ address, change: { actions: ['create'], after_unknown: unknown } })
const tlsPolicy = (name: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'TLS',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  })

/**
 * `aws_s3_bucket.x` for each of a and b, and `module "pab"` and `module "pol"` with
 * `for_each = aws_s3_bucket.x` and `bucket = each.value.id`: a public access block and a policy
 * that denies plain HTTP per bucket, whose `bucket` is known only after apply.
 */
function moduleForEachPlan(forEach: object) {
  const keys = ['a', 'b']
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: {
      root_module: {
        resources: keys.map((k) => res(`aws_s3_bucket.x["${k}"]`, 'aws_s3_bucket', { bucket: `acme-${k}` }, k)),
        child_modules: [
          ...keys.map((k) => ({
            address: `module.pab["${k}"]`,
            resources: [res(`module.pab["${k}"].aws_s3_bucket_public_access_block.this`, 'aws_s3_bucket_public_access_block', ALL_ON)],
          })),
          ...keys.map((k) => ({
            address: `module.pol["${k}"]`,
            resources: [res(`module.pol["${k}"].aws_s3_bucket_policy.this`, 'aws_s3_bucket_policy', { policy: tlsPolicy(`acme-${k}`) })],
          })),
        ],
      },
    },
    resource_changes: [
      ...keys.map((k) => created(`aws_s3_bucket.x["${k}"]`, { id: true, arn: true })),
      ...keys.map((k) => created(`module.pab["${k}"].aws_s3_bucket_public_access_block.this`, { bucket: true })),
      ...keys.map((k) => created(`module.pol["${k}"].aws_s3_bucket_policy.this`, { bucket: true })),
    ],
    configuration: {
      root_module: {
        resources: [
          {
            address: 'aws_s3_bucket.x',
            mode: 'managed',
            type: 'aws_s3_bucket',
            name: 'x',
            expressions: { bucket: { references: ['each.key'] } },
            for_each_expression: { constant_value: keys },
          },
        ],
        module_calls: {
          pab: {
            source: './pab',
            expressions: { bucket: { references: ['each.value.id', 'each.value'] } },
            for_each_expression: forEach,
            module: {
              variables: { bucket: {} },
              resources: [
                {
                  address: 'aws_s3_bucket_public_access_block.this',
                  mode: 'managed',
                  type: 'aws_s3_bucket_public_access_block',
                  name: 'this',
                  expressions: { bucket: { references: ['var.bucket'] }, ...ALL_ON_EXPRESSIONS },
                },
              ],
            },
          },
          pol: {
            source: './pol',
            expressions: {
              bucket: { references: ['each.value.id', 'each.value'] },
              name: { references: ['each.value.bucket', 'each.value'] },
            },
            for_each_expression: forEach,
            module: {
              variables: { bucket: {}, name: {} },
              resources: [
                {
                  address: 'aws_s3_bucket_policy.this',
                  mode: 'managed',
                  type: 'aws_s3_bucket_policy',
                  name: 'this',
                  expressions: { bucket: { references: ['var.bucket'] }, policy: { references: ['var.name'] } },
                },
              ],
            },
          },
        },
      },
    },
  }
}

const RULES = ['block-public-access-incomplete', 'bucket-policy-missing', 'tls-not-enforced']
const verdicts = async (plan: object) => {
  const r = await scanFiles({ 'plan.json': JSON.stringify(plan, null, 1) })
  return {
    found: RULES.flatMap((id) => hits(r, id)),
    unknown: r.unknowns.filter((u) => RULES.includes(u.ruleId)).map((u) => `${u.ruleId} ${u.resource}`),
  }
}

describe('settings in a module called with for_each over the buckets', () => {
  it('belong to the bucket with the module instance key', () => {
    const m = loadPlans(loadFiles({ 'plan.json': JSON.stringify(moduleForEachPlan({ references: ['aws_s3_bucket.x'] })) }).dir).model
    for (const k of ['a', 'b']) {
      const b = bucket(m, `aws_s3_bucket.x["${k}"]`)
      expect(v(b.publicAccessBlock.blockPublicPolicy)).toMatch(/^set:true@/)
      expect(b.policies.map((p) => p.owner)).toEqual([`module.pol["${k}"].aws_s3_bucket_policy.this`])
    }
  })

  it('leave the buckets neither failing nor unknown on what they set', async () => {
    expect(await verdicts(moduleForEachPlan({ references: ['aws_s3_bucket.x'] }))).toEqual({ found: [], unknown: [] })
  })

  it('are linked the same when the .tf sources sit next to the plan', async () => {
    const r = await scanFiles({
      'plan.json': JSON.stringify(moduleForEachPlan({ references: ['aws_s3_bucket.x'] }), null, 1),
      'main.tf': `resource "aws_s3_bucket" "x" {
  for_each = toset(["a", "b"])
  bucket   = "acme-\${each.key}"
}
module "pab" {
  for_each = aws_s3_bucket.x
  source   = "./pab"
  bucket   = each.value.id
}
module "pol" {
  for_each = aws_s3_bucket.x
  source   = "./pol"
  bucket   = each.value.id
  name     = each.value.bucket
}
`,
      'pab/main.tf': `variable "bucket" {}
resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = var.bucket
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`,
      'pol/main.tf': `variable "bucket" {}
variable "name" {}
resource "aws_s3_bucket_policy" "this" {
  bucket = var.bucket
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "TLS"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::\${var.name}", "arn:aws:s3:::\${var.name}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
`,
    })
    expect(RULES.flatMap((id) => hits(r, id))).toEqual([])
    expect(r.unknowns.filter((u) => RULES.includes(u.ruleId)).map((u) => `${u.ruleId} ${u.resource} ${u.location.file}`)).toEqual([])
  })

  it('are unknown, not given to the first bucket, when the for_each names two resources', async () => {
    const r = await verdicts(moduleForEachPlan({ references: ['aws_s3_bucket.x["a"]', 'aws_s3_bucket.x["b"]'] }))
    expect(r.found).toEqual([])
    expect(r.unknown).toEqual(
      expect.arrayContaining([
        'block-public-access-incomplete aws_s3_bucket.x["a"]',
        'block-public-access-incomplete aws_s3_bucket.x["b"]',
      ]),
    )
  })
})

describe('a setting resource with for_each over two buckets', () => {
  it('is linked to neither (unknown), since which bucket each instance gets depends on its key', async () => {
    // for_each = { a = aws_s3_bucket.a, b = aws_s3_bucket.b }, bucket = each.value.id: read as the
    // first bucket, a would get both blocks and b none (a false alarm on b).
    const plan = {
      format_version: '1.2',
      terraform_version: '1.11.4',
      planned_values: {
        root_module: {
          resources: [
            res('aws_s3_bucket.a', 'aws_s3_bucket', { bucket: 'acme-a' }),
            res('aws_s3_bucket.b', 'aws_s3_bucket', { bucket: 'acme-b' }),
            ...['a', 'b'].map((k) => res(`aws_s3_bucket_public_access_block.p["${k}"]`, 'aws_s3_bucket_public_access_block', ALL_ON, k)),
          ],
        },
      },
      resource_changes: [
        created('aws_s3_bucket.a', { id: true }),
        created('aws_s3_bucket.b', { id: true }),
        ...['a', 'b'].map((k) => created(`aws_s3_bucket_public_access_block.p["${k}"]`, { bucket: true })),
      ],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_s3_bucket.a',
              mode: 'managed',
              type: 'aws_s3_bucket',
              name: 'a',
              expressions: { bucket: { constant_value: 'acme-a' } },
            },
            {
              address: 'aws_s3_bucket.b',
              mode: 'managed',
              type: 'aws_s3_bucket',
              name: 'b',
              expressions: { bucket: { constant_value: 'acme-b' } },
            },
            {
              address: 'aws_s3_bucket_public_access_block.p',
              mode: 'managed',
              type: 'aws_s3_bucket_public_access_block',
              name: 'p',
              expressions: { bucket: { references: ['each.value.id', 'each.value'] }, ...ALL_ON_EXPRESSIONS },
              for_each_expression: { references: ['aws_s3_bucket.a', 'aws_s3_bucket.b'] },
            },
          ],
        },
      },
    }
    const r = await verdicts(plan)
    expect(r.found.filter((x) => x.startsWith('block-public-access'))).toEqual([])
    expect(r.unknown.filter((x) => x.startsWith('block-public-access'))).toEqual([
      'block-public-access-incomplete aws_s3_bucket.a',
      'block-public-access-incomplete aws_s3_bucket.b',
    ])
  })
})
