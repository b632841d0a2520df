/**
 * `terraform show -json` plans found by an eighth round of probing: values known only after apply
 * inside a list attribute, and a deposed object's change beside the current one.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { scanFiles } from '../../helpers/scan-files.js'
import { expectPositions } from '../../hostile/support.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** A real plan of the parity fixtures, to edit (its `.tf` sources are left out: the plan is read alone). */
function fixturePlan(name: string): Json {
  const file = path.join(import.meta.dirname, '../../fixtures/parity-plans', name, 'v4/plan.json')
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Json
}

async function scanPlan(plan: Json) {
  const r = await scanFiles({ 'plan.json': JSON.stringify(plan, null, 1) })
  dirs.push(r.dir)
  expectPositions(r)
  return r
}

const byType = (list: Json[], type: string): Json => list.find((r) => r.type === type)!

describe('an element of a list attribute known only after apply', () => {
  // `values = ["${aws_s3_bucket.data.arn}/"]` for a bucket the plan creates: Terraform plans the
  // list as `[null]`, with `after_unknown` `[true]`. Read as a null, the trail recorded no S3 data
  // events at all (a false alarm the same .tf sources do not give).
  it('is unknown, not a missing value', async () => {
    const plan = fixturePlan('trail-all-buckets')
    const trail = byType(plan.planned_values.root_module.resources, 'aws_cloudtrail')
    trail.values.event_selector[0].data_resource[0].values = [null]
    const change = byType(plan.resource_changes, 'aws_cloudtrail').change
    change.after.event_selector[0].data_resource[0].values = [null]
    change.after_unknown.event_selector[0].data_resource[0].values = [true]
    byType(plan.configuration.root_module.resources, 'aws_cloudtrail').expressions.event_selector[0].data_resource[0].values = {
      references: ['aws_s3_bucket.data.arn', 'aws_s3_bucket.data'],
    }
    const r = await scanPlan(plan)
    expect(r.findings.filter((f) => f.ruleId === 'cloudtrail-data-events-missing')).toEqual([])
  })

  it('a known element beside it is still read', async () => {
    const plan = fixturePlan('trail-all-buckets')
    const trail = byType(plan.planned_values.root_module.resources, 'aws_cloudtrail')
    // A trail that records only a bucket of another account, and an unknown one: still a trail with
    // S3 data events, and no finding; with only the literal element, the same.
    trail.values.event_selector[0].data_resource[0].values = ['arn:aws:s3:::elsewhere/', null]
    const change = byType(plan.resource_changes, 'aws_cloudtrail').change
    change.after_unknown.event_selector[0].data_resource[0].values = [false, true]
    const r = await scanPlan(plan)
    expect(r.findings.filter((f) => f.ruleId === 'cloudtrail-data-events-missing')).toEqual([])
  })
})

describe("a deposed object's change", () => {
  // A `create_before_destroy` replacement that failed leaves a deposed object, which the next plan
  // destroys: a second change at the same address, with `"deposed"`, `after: null` and
  // `after_unknown: false`. Read after the current object's, it replaced its marks, and a
  // setting known only after apply read as not written (BlockPublicPolicy off, a false alarm).
  for (const order of ['after', 'before'] as const) {
    it(`listed ${order} the current object's leaves its values known only after apply unknown`, async () => {
      const plan = fixturePlan('pab-full')
      const pab = byType(plan.planned_values.root_module.resources, 'aws_s3_bucket_public_access_block')
      delete pab.values.block_public_policy
      const current = byType(plan.resource_changes, 'aws_s3_bucket_public_access_block')
      delete current.change.after.block_public_policy
      current.change.after_unknown.block_public_policy = true
      byType(plan.configuration.root_module.resources, 'aws_s3_bucket_public_access_block').expressions.block_public_policy = {
        references: ['aws_s3_bucket.data.id', 'aws_s3_bucket.data'],
      }
      const deposed = {
        ...current,
        deposed: '00000001',
        change: {
          actions: ['delete'],
          before: { block_public_policy: true },
          after: null,
          after_unknown: false,
          before_sensitive: false,
          after_sensitive: false,
        },
      }
      const i = plan.resource_changes.indexOf(current)
      plan.resource_changes.splice(order === 'after' ? i + 1 : i, 0, deposed)
      const r = await scanPlan(plan)
      expect(r.findings.filter((f) => f.ruleId === 'block-public-access-incomplete')).toEqual([])
      expect(r.unknowns.filter((u) => u.ruleId === 'block-public-access-incomplete').map((u) => u.message)).toEqual([
        expect.stringContaining('BlockPublicPolicy'),
      ])
    })
  }
})

describe('nested blocks matched to the blocks written in the configuration', () => {
  // From `terraform show -json` (Terraform 1.11, AWS provider 5.100) of the sources below: the
  // grants of an ACL are a set, planned in Terraform's order (the AllUsers grant first), and a
  // `dynamic` block's selectors are left out of the configuration's expressions. Item i was given
  // the expressions of the i-th written block: the AllUsers grant lost its `uri` (the configuration
  // of the owner's grant writes none), so a public ACL passed, and the selector the dynamic block
  // makes lost its `data_resource` (a trail "recording no S3 data events").
  const OWNER = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'
  const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers'
  const c = (v: unknown) => ({ constant_value: v })
  const bucketRefs = { references: ['aws_s3_bucket.data.id', 'aws_s3_bucket.data'] }
  const tf = [
    'resource "aws_s3_bucket" "data" {',
    '  bucket = "rt8-acl-data"',
    '}',
    'resource "aws_s3_bucket_acl" "data" {',
    '  bucket = aws_s3_bucket.data.id',
    '  access_control_policy {',
    '    grant {',
    '      grantee {',
    `        id   = "${OWNER}"`,
    '        type = "CanonicalUser"',
    '      }',
    '      permission = "FULL_CONTROL"',
    '    }',
    '    grant {',
    '      grantee {',
    '        type = "Group"',
    `        uri  = "${ALL_USERS}"`,
    '      }',
    '      permission = "READ"',
    '    }',
    '    owner {',
    `      id = "${OWNER}"`,
    '    }',
    '  }',
    '}',
    'variable "selectors" {',
    '  default = ["arn:aws:s3"]',
    '}',
    'resource "aws_cloudtrail" "audit" {',
    '  name           = "rt8-audit"',
    '  s3_bucket_name = aws_s3_bucket.data.id',
    '  dynamic "event_selector" {',
    '    for_each = var.selectors',
    '    content {',
    '      read_write_type = "All"',
    '      data_resource {',
    '        type   = "AWS::S3::Object"',
    '        values = [event_selector.value]',
    '      }',
    '    }',
    '  }',
    '  event_selector {',
    '    read_write_type           = "All"',
    '    include_management_events = true',
    '  }',
    '}',
    '',
  ].join('\n')

  function plan(action: 'create' | 'update'): Json {
    const resource = (type: string, name: string, values: Json) => ({ address: `${type}.${name}`, mode: 'managed', type, name, values })
    const change = (type: string, name: string, afterUnknown: Json) => ({
      address: `${type}.${name}`,
      mode: 'managed',
      type,
      name,
      change: { actions: [action], after_unknown: afterUnknown },
    })
    const selector = (dataResource: Json[]) => ({
      data_resource: dataResource,
      exclude_management_event_sources: null,
      include_management_events: true,
      read_write_type: 'All',
    })
    return {
      format_version: '1.2',
      terraform_version: '1.11.4',
      planned_values: {
        root_module: {
          resources: [
            resource('aws_s3_bucket', 'data', { bucket: 'rt8-acl-data', force_destroy: false }),
            resource('aws_s3_bucket_acl', 'data', {
              access_control_policy: [
                {
                  grant: [
                    { grantee: [{ email_address: '', id: '', type: 'Group', uri: ALL_USERS }], permission: 'READ' },
                    { grantee: [{ email_address: '', id: OWNER, type: 'CanonicalUser', uri: '' }], permission: 'FULL_CONTROL' },
                  ],
                  owner: [{ id: OWNER }],
                },
              ],
              acl: null,
              expected_bucket_owner: null,
            }),
            resource('aws_cloudtrail', 'audit', {
              advanced_event_selector: [],
              enable_log_file_validation: false,
              enable_logging: true,
              event_selector: [selector([{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }]), selector([])],
              include_global_service_events: true,
              is_multi_region_trail: false,
              name: 'rt8-audit',
            }),
          ],
        },
      },
      resource_changes: [
        change('aws_s3_bucket', 'data', { arn: true, id: true }),
        change('aws_s3_bucket_acl', 'data', {
          access_control_policy: [
            { grant: [{ grantee: [{ display_name: true }] }, { grantee: [{ display_name: true }] }], owner: [{ display_name: true }] },
          ],
          bucket: true,
          id: true,
        }),
        change('aws_cloudtrail', 'audit', {
          arn: true,
          event_selector: [{ data_resource: [{ values: [false] }] }, { data_resource: [] }],
          s3_bucket_name: true,
        }),
      ],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_s3_bucket.data',
              mode: 'managed',
              type: 'aws_s3_bucket',
              name: 'data',
              expressions: { bucket: c('rt8-acl-data') },
            },
            {
              address: 'aws_s3_bucket_acl.data',
              mode: 'managed',
              type: 'aws_s3_bucket_acl',
              name: 'data',
              expressions: {
                access_control_policy: [
                  {
                    grant: [
                      { grantee: [{ id: c(OWNER), type: c('CanonicalUser') }], permission: c('FULL_CONTROL') },
                      { grantee: [{ type: c('Group'), uri: c(ALL_USERS) }], permission: c('READ') },
                    ],
                    owner: [{ id: c(OWNER) }],
                  },
                ],
                bucket: bucketRefs,
              },
            },
            {
              address: 'aws_cloudtrail.audit',
              mode: 'managed',
              type: 'aws_cloudtrail',
              name: 'audit',
              expressions: {
                event_selector: [{ include_management_events: c(true), read_write_type: c('All') }],
                name: c('rt8-audit'),
                s3_bucket_name: bucketRefs,
              },
            },
          ],
        },
      },
    }
  }

  async function scanWith(files: Record<string, string>) {
    const r = await scanFiles(files)
    dirs.push(r.dir)
    expectPositions(r)
    return r
  }
  const ruleHits = (r: Awaited<ReturnType<typeof scanWith>>, rule: string) =>
    r.findings.filter((f) => f.ruleId === rule).map((f) => `${f.location.file}:${f.location.line}`)

  it('a public grant of a set planned before the one written first is read (the plan alone)', async () => {
    const r = await scanWith({ 'plan.json': JSON.stringify(plan('create'), null, 1) })
    expect(ruleHits(r, 'acl-public-read')).toHaveLength(1)
    expect(ruleHits(r, 'cloudtrail-data-events-missing')).toEqual([])
  })

  it('with its sources, the grant is reported at its own block, and the dynamic selector keeps its data events', async () => {
    const r = await scanWith({ 'plan.json': JSON.stringify(plan('create'), null, 1), 'main.tf': tf })
    expect(ruleHits(r, 'acl-public-read')).toEqual(['main.tf:14'])
    expect(ruleHits(r, 'cloudtrail-data-events-missing')).toEqual([])
  })

  it('an update (no block known to be written by its values) keeps the dynamic selector whole too', async () => {
    const r = await scanWith({ 'plan.json': JSON.stringify(plan('update'), null, 1) })
    expect(ruleHits(r, 'acl-public-read')).toHaveLength(1)
    expect(ruleHits(r, 'cloudtrail-data-events-missing')).toEqual([])
  })
})
