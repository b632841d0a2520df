import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { looksLikePlanJson } from '../../../src/parsers/terraform-plan/plan.js'
import { bucket, loadFiles, loadPlans, v } from './helpers.js'

const FIXTURES = path.resolve(__dirname, '../../fixtures/terraform/plan')

describe('terraform show -json plans', () => {
  it('recognises plan JSON by its head and leaves other JSON alone', () => {
    expect(looksLikePlanJson('{"format_version":"1.2","terraform_version":"1.6.6","planned_values":{}}')).toBe(true)
    expect(looksLikePlanJson('{"AWSTemplateFormatVersion": "2010-09-09"}')).toBe(false)
  })

  it('reports findings at the .tf lines when the sources sit next to the plan', () => {
    const r = loadPlans(path.join(FIXTURES, 'with-sources'))
    expect(r.units.map((u) => u.id)).toEqual(['plan.json'])
    const b = bucket(r.model, 'aws_s3_bucket.data')
    expect(r.model.format).toBe('terraform-plan')
    expect(b.origin.at).toMatchObject({ file: 'main.tf', line: 1 })
    expect([v(b.name), v(b.publicAccessBlock.blockPublicPolicy), v(b.publicAccessBlock.restrictPublicBuckets)]).toEqual([
      'set:acme-data@2',
      'set:false@8',
      'set:true@10',
    ])
    expect(b.publicAccessBlock.blockPublicPolicy.at.file).toBe('main.tf')
    expect(v(b.versioning.status)).toBe('set:Enabled@16')
    expect(b.suppressions.map((s) => [s.syntax, s.rule, s.at.line])).toEqual([['checkov', 'CKV_AWS_18', 20]])
  })

  it('links through configuration references where planned values are known only after apply', () => {
    const r = loadPlans(path.join(FIXTURES, 'plan-only'))
    const b = bucket(r.model, 'aws_s3_bucket.data')
    expect(b.logging.targetBucket).toMatchObject({
      state: 'set',
      value: { parts: [{ kind: 'bucket', id: 'aws_s3_bucket.logs', attr: 'name' }] },
    })
    expect(bucket(r.model, 'aws_s3_bucket.logs').name.state).toBe('default')
  })

  it('points at the plan file when the sources are not there', () => {
    const r = loadPlans(path.join(FIXTURES, 'plan-only'))
    const b = bucket(r.model, 'aws_s3_bucket.data')
    expect(b.origin.at).toMatchObject({ file: 'plan.json', line: 8 })
    expect(b.publicAccessBlock.blockPublicPolicy.at).toMatchObject({ file: 'plan.json', line: 67 })
  })

  it('reads modules with for_each, linking through module outputs, and keeps known-after-apply policies unknown', () => {
    const r = loadPlans(path.join(FIXTURES, 'modules'))
    expect(r.model.buckets.map((b) => b.id)).toEqual(['module.data["eu"].aws_s3_bucket.this', 'module.data["us"].aws_s3_bucket.this'])
    const eu = bucket(r.model, 'module.data["eu"].aws_s3_bucket.this')
    expect(eu.versioning.status).toMatchObject({ state: 'set', value: 'Enabled', at: { file: 'main.tf', line: 11 } })
    expect(eu.origin.related).toEqual([
      { message: 'module "data" is called here', at: expect.objectContaining({ file: 'main.tf', line: 1 }) },
    ])
    expect(eu.policies).toHaveLength(1)
    expect(eu.policies[0]!.unknown).toMatchObject({ why: 'known after apply', at: { file: 'modules/bucket/main.tf', line: 11 } })
  })

  it('reports broken plan JSON as a problem with its position', () => {
    const r = loadFiles({ 'plan.json': '{"format_version": "1.2", "terraform_version": "1.6.0", "planned_values": {' })
    const plans = loadPlans(r.dir)
    expect(plans.load.problems.map((p) => [p.code, p.line, p.level])).toEqual([['PLAN_JSON_SYNTAX', 1, 'error']])
  })

  it('warns at the line of a planned resource it cannot read (no address, values that are not an object, a mode Terraform never writes), and reads the rest', () => {
    const plan = {
      format_version: '1.2',
      terraform_version: '1.6.0',
      planned_values: {
        root_module: {
          resources: [
            { mode: 'managed', type: 'aws_s3_bucket', name: 'a', values: { bucket: 'a' } },
            { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', values: [] },
            { address: 'aws_s3_bucket.c', mode: 'managed', type: 'aws_s3_bucket', name: 'c', values: { bucket: 'c' } },
            { address: 'aws_s3_bucket.d', mode: 'Managed', type: 'aws_s3_bucket', name: 'd', values: { acl: 'public-read' } },
          ],
        },
      },
    }
    const text = JSON.stringify(plan, null, 2)
    const r = loadFiles({ 'plan.json': text })
    const plans = loadPlans(r.dir)
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length
    expect(plans.load.problems.map((p) => [p.code, p.line, p.level, p.message])).toEqual([
      // The resource's opening brace, the line before its first key.
      ['PLAN_JSON_SHAPE', lineOf('"mode": "managed"') - 1, 'warning', 'a resource without a string "address" was skipped'],
      ['PLAN_JSON_SHAPE', lineOf('"values": []'), 'warning', 'aws_s3_bucket.b: "values" is not an object, so the resource was skipped'],
      [
        'PLAN_JSON_SHAPE',
        lineOf('"address": "aws_s3_bucket.d"') - 1,
        'warning',
        'aws_s3_bucket.d: "mode" is "Managed", not "managed" or "data", so the resource was skipped',
      ],
    ])
    expect(plans.model.buckets.map((b) => b.id)).toEqual(['aws_s3_bucket.c'])
  })

  it('fails a plan that changes resources but has no planned values, and only warns about an empty state', () => {
    const mangled = { format_version: '1.2', terraform_version: '1.9.0', resource_changes: [{ address: 'aws_s3_bucket.a' }] }
    const bad = loadPlans(loadFiles({ 'plan.json': JSON.stringify(mangled) }).dir)
    expect(bad.load.problems.map((p) => [p.code, p.level])).toEqual([['PLAN_JSON_SHAPE', 'error']])
    expect(bad.load.problems[0]!.message).toMatch(/its resources were not checked/)
    const empty = loadPlans(loadFiles({ 'state.json': JSON.stringify({ format_version: '1.0', terraform_version: '1.9.0' }) }).dir)
    expect(empty.load.problems.map((p) => [p.code, p.level])).toEqual([['PLAN_JSON_SHAPE', 'warning']])
  })

  it('warns where resources or child modules are not lists, or a resource or module is not an object, and reads the rest', () => {
    const plan = {
      format_version: '1.2',
      terraform_version: '1.6.0',
      planned_values: {
        root_module: {
          resources: [7, { address: 'aws_s3_bucket.c', mode: 'managed', type: 'aws_s3_bucket', name: 'c', values: { bucket: 'c' } }],
          child_modules: [
            { address: 'module.x', resources: { a: 1 }, child_modules: 'none' },
            'module.y',
            { address: 'module.z', resources: null, child_modules: null },
          ],
        },
      },
    }
    const text = JSON.stringify(plan, null, 2)
    const plans = loadPlans(loadFiles({ 'plan.json': text }).dir)
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length
    expect(plans.load.problems.map((p) => [p.code, p.line, p.level, p.message])).toEqual([
      ['PLAN_JSON_SHAPE', lineOf('7,'), 'warning', 'a resource that is not an object was skipped'],
      ['PLAN_JSON_SHAPE', lineOf('"resources": {'), 'warning', '"resources" is not a list, so what it holds was not scanned'],
      ['PLAN_JSON_SHAPE', lineOf('"none"'), 'warning', '"child_modules" is not a list, so what it holds was not scanned'],
      ['PLAN_JSON_SHAPE', lineOf('"module.y"'), 'warning', 'a module in the plan is not an object, so it was not scanned'],
    ])
    expect(plans.model.buckets.map((b) => b.id)).toEqual(['aws_s3_bucket.c'])
  })

  it('warns at each change Terraform deferred, since the plan holds no values for it', () => {
    const plan = {
      format_version: '1.2',
      terraform_version: '1.10.0',
      complete: false,
      planned_values: { root_module: { resources: [] } },
      deferred_changes: [
        {
          reason: 'resource_config_unknown',
          resource_change: { address: 'aws_s3_bucket.logs["a"]', mode: 'managed', type: 'aws_s3_bucket', name: 'logs' },
        },
      ],
    }
    const text = JSON.stringify(plan, null, 2)
    const plans = loadPlans(loadFiles({ 'plan.json': text }).dir)
    const line = text.slice(0, text.indexOf('"reason"')).split('\n').length - 1
    expect(plans.load.problems.map((p) => [p.code, p.line, p.level, p.message])).toEqual([
      [
        'PLAN_DEFERRED',
        line,
        'warning',
        'aws_s3_bucket.logs["a"]: Terraform deferred this change (resource_config_unknown), so the plan holds no values for it and it was not scanned',
      ],
    ])
  })

  it('links a setting resource whose for_each is the buckets and whose bucket is each.value.id', () => {
    const res = (address: string, type: string, values: object) => ({
      address,
      mode: 'managed',
      type,
      name: address.split(/[.[]/)[1],
      index: 'a',
      values,
    })
    const plan = {
      format_version: '1.2',
      terraform_version: '1.6.6',
      planned_values: {
        root_module: {
          resources: [
            res('aws_s3_bucket.b["a"]', 'aws_s3_bucket', { bucket: 'acme-a' }),
            res('aws_s3_bucket_versioning.v["a"]', 'aws_s3_bucket_versioning', { versioning_configuration: [{ status: 'Enabled' }] }),
          ],
        },
      },
      resource_changes: [{ address: 'aws_s3_bucket_versioning.v["a"]', change: { after_unknown: { bucket: true } } }],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_s3_bucket.b',
              mode: 'managed',
              type: 'aws_s3_bucket',
              name: 'b',
              expressions: { bucket: { references: ['each.key'] } },
            },
            {
              address: 'aws_s3_bucket_versioning.v',
              mode: 'managed',
              type: 'aws_s3_bucket_versioning',
              name: 'v',
              expressions: {
                bucket: { references: ['each.value.id', 'each.value'] },
                versioning_configuration: [{ status: { constant_value: 'Enabled' } }],
              },
              for_each_expression: { references: ['aws_s3_bucket.b'] },
            },
          ],
        },
      },
    }
    const r = loadFiles({ 'plan.json': JSON.stringify(plan) })
    const m = loadPlans(r.dir).model
    expect(m.buckets.map((b) => [b.id, b.versioning.status.state === 'unknown' ? '?' : b.versioning.status.value])).toEqual([
      ['aws_s3_bucket.b["a"]', 'Enabled'],
    ])
  })

  it('reads a bucket written with an empty body as writing nothing, though its configuration has no expressions', () => {
    // `resource "aws_s3_bucket" "b" {}`: Terraform leaves `expressions` out, and every
    // Optional+Computed attribute of the new bucket is known only after apply.
    const computed = ['bucket', 'acl', 'grant', 'versioning', 'server_side_encryption_configuration', 'logging', 'lifecycle_rule', 'policy']
    const plan = {
      format_version: '1.2',
      terraform_version: '1.11.4',
      planned_values: {
        root_module: {
          resources: [
            {
              address: 'aws_s3_bucket.b',
              mode: 'managed',
              type: 'aws_s3_bucket',
              name: 'b',
              values: { force_destroy: false, tags: null, timeouts: null },
            },
          ],
        },
      },
      resource_changes: [
        {
          address: 'aws_s3_bucket.b',
          change: { actions: ['create'], after_unknown: Object.fromEntries(computed.map((k) => [k, true])) },
        },
      ],
      configuration: { root_module: { resources: [{ address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b' }] } },
    }
    const r = loadFiles({ 'plan.json': JSON.stringify(plan) })
    const b = bucket(loadPlans(r.dir).model, 'aws_s3_bucket.b')
    expect(
      [b.name, b.acl.canned, b.versioning.status, b.encryption.declared, b.logging.targetBucket, b.lifecycle].map((x) => x.state),
    ).toEqual(['default', 'default', 'default', 'default', 'default', 'default'])
    expect(b.policies).toEqual([])
  })

  it('links a setting whose bucket is a module variable to the bucket the caller passes, known only after apply', () => {
    // A child module configuring a bucket it is given: `bucket = var.bucket`, with
    // `bucket = module.data.id` in the call and a name AWS generates (`bucket_prefix`).
    const plan = {
      format_version: '1.2',
      terraform_version: '1.11.4',
      planned_values: {
        root_module: {
          child_modules: [
            {
              address: 'module.data',
              resources: [{ address: 'module.data.aws_s3_bucket.this', mode: 'managed', type: 'aws_s3_bucket', name: 'this', values: {} }],
            },
            {
              address: 'module.versioning',
              resources: [
                {
                  address: 'module.versioning.aws_s3_bucket_versioning.this',
                  mode: 'managed',
                  type: 'aws_s3_bucket_versioning',
                  name: 'this',
                  values: { versioning_configuration: [{ status: 'Enabled' }] },
                },
              ],
            },
          ],
        },
      },
      resource_changes: [
        { address: 'module.data.aws_s3_bucket.this', change: { actions: ['create'], after_unknown: { bucket: true } } },
        { address: 'module.versioning.aws_s3_bucket_versioning.this', change: { actions: ['create'], after_unknown: { bucket: true } } },
      ],
      configuration: {
        root_module: {
          module_calls: {
            data: {
              source: './data',
              module: {
                outputs: { id: { expression: { references: ['aws_s3_bucket.this.id', 'aws_s3_bucket.this'] } } },
                resources: [
                  {
                    address: 'aws_s3_bucket.this',
                    mode: 'managed',
                    type: 'aws_s3_bucket',
                    name: 'this',
                    expressions: { bucket_prefix: { constant_value: 'data-' } },
                  },
                ],
              },
            },
            versioning: {
              source: './versioning',
              expressions: { bucket: { references: ['module.data.id', 'module.data'] } },
              module: {
                resources: [
                  {
                    address: 'aws_s3_bucket_versioning.this',
                    mode: 'managed',
                    type: 'aws_s3_bucket_versioning',
                    name: 'this',
                    expressions: {
                      bucket: { references: ['var.bucket'] },
                      versioning_configuration: [{ status: { constant_value: 'Enabled' } }],
                    },
                  },
                ],
              },
            },
          },
        },
      },
    }
    const r = loadFiles({ 'plan.json': JSON.stringify(plan) })
    const m = loadPlans(r.dir).model
    expect(m.buckets.map((b) => b.id)).toEqual(['module.data.aws_s3_bucket.this'])
    expect(v(bucket(m, 'module.data.aws_s3_bucket.this').versioning.status)).toMatch(/^set:Enabled@/)
  })

  it('names a bucket known only after apply, which a plan without sources has no text for, as such in its note', () => {
    const plan = {
      format_version: '1.2',
      terraform_version: '1.11.4',
      planned_values: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', values: { bucket: 'b' } },
            {
              address: 'aws_s3_bucket_versioning.v',
              mode: 'managed',
              type: 'aws_s3_bucket_versioning',
              name: 'v',
              values: { versioning_configuration: [{ status: 'Enabled' }] },
            },
          ],
        },
      },
      resource_changes: [{ address: 'aws_s3_bucket_versioning.v', change: { actions: ['create'], after_unknown: { bucket: true } } }],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_s3_bucket.b',
              mode: 'managed',
              type: 'aws_s3_bucket',
              name: 'b',
              expressions: { bucket: { constant_value: 'b' } },
            },
            {
              address: 'aws_s3_bucket_versioning.v',
              mode: 'managed',
              type: 'aws_s3_bucket_versioning',
              name: 'v',
              expressions: { bucket: { references: ['data.aws_s3_bucket.x.id', 'data.aws_s3_bucket.x'] } },
            },
          ],
        },
      },
    }
    const r = loadFiles({ 'plan.json': JSON.stringify(plan) })
    const notes = loadPlans(r.dir).load.notes
    expect(notes).toContain(
      'aws_s3_bucket_versioning.v: its bucket, (known after apply), is not known statically; its settings make those of every bucket here unknown',
    )
  })

  it('reads a KMS key id known only after apply as the key resource it references, as the .tf does', () => {
    const res = (address: string, type: string, values: object) => ({ address, mode: 'managed', type, name: address.split('.')[1], values })
    const sse = (name: string) =>
      res(`aws_s3_bucket_server_side_encryption_configuration.${name}`, 'aws_s3_bucket_server_side_encryption_configuration', {
        rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }] }],
      })
    const conf = (name: string, keyRefs: string[]) => ({
      address: `aws_s3_bucket_server_side_encryption_configuration.${name}`,
      mode: 'managed',
      type: 'aws_s3_bucket_server_side_encryption_configuration',
      name,
      expressions: {
        bucket: { references: [`aws_s3_bucket.${name}.id`, `aws_s3_bucket.${name}`] },
        rule: [
          {
            apply_server_side_encryption_by_default: [
              { sse_algorithm: { constant_value: 'aws:kms' }, kms_master_key_id: { references: keyRefs } },
            ],
          },
        ],
      },
    })
    const names = ['plain', 'composite']
    const plan = {
      format_version: '1.2',
      terraform_version: '1.11.4',
      planned_values: {
        root_module: {
          resources: [
            res('aws_kms_key.k', 'aws_kms_key', { enable_key_rotation: true }),
            ...names.flatMap((n) => [res(`aws_s3_bucket.${n}`, 'aws_s3_bucket', { bucket: `acme-${n}` }), sse(n)]),
          ],
        },
      },
      resource_changes: names.map((n) => ({
        address: `aws_s3_bucket_server_side_encryption_configuration.${n}`,
        change: {
          actions: ['create'],
          after_unknown: { bucket: true, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] },
        },
      })),
      configuration: {
        root_module: {
          resources: [
            conf('plain', ['aws_kms_key.k.arn', 'aws_kms_key.k']),
            // `"${var.prefix}${aws_kms_key.k.arn}"`: more than the key, so still unknown.
            conf('composite', ['var.prefix', 'aws_kms_key.k.arn', 'aws_kms_key.k']),
          ],
        },
      },
    }
    const r = loadFiles({ 'plan.json': JSON.stringify(plan) })
    const m = loadPlans(r.dir).model
    expect(bucket(m, 'aws_s3_bucket.plain').encryption.kmsKeyId).toMatchObject({
      state: 'set',
      value: { parts: [{ kind: 'resource', id: 'aws_kms_key.k', type: 'aws_kms_key', attr: 'arn' }] },
    })
    expect(bucket(m, 'aws_s3_bucket.composite').encryption.kmsKeyId.state).toBe('unknown')
  })

  describe('dynamic blocks, which Terraform leaves out of the configuration expressions', () => {
    const planOf = (resources: object[], changes: object[], config: object[]) =>
      JSON.stringify({
        format_version: '1.2',
        terraform_version: '1.6.6',
        planned_values: { root_module: { resources } },
        resource_changes: changes,
        configuration: { root_module: { resources: config } },
      })
    const bucketRes = { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', values: { bucket: 'acme' } }
    const bucketConf = {
      address: 'aws_s3_bucket.b',
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'b',
      expressions: { bucket: { constant_value: 'acme' } },
    }
    const settingOf = (type: string, values: object) => ({
      res: { address: `${type}.b`, mode: 'managed', type, name: 'b', values },
      conf: {
        address: `${type}.b`,
        mode: 'managed',
        type,
        name: 'b',
        expressions: { bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] } },
      },
    })
    const lifecycle = settingOf('aws_s3_bucket_lifecycle_configuration', {
      rule: [
        { id: 'expire', status: 'Enabled', expiration: [{ days: 30 }], abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }] },
      ],
    })
    const sse = settingOf('aws_s3_bucket_server_side_encryption_configuration', {
      rule: [
        {
          bucket_key_enabled: true,
          apply_server_side_encryption_by_default: [
            { sse_algorithm: 'aws:kms', kms_master_key_id: 'arn:aws:kms:us-east-1:111122223333:key/k' },
          ],
        },
      ],
    })
    const plan = planOf([bucketRes, lifecycle.res, sse.res], [], [bucketConf, lifecycle.conf, sse.conf])

    it('reads them from the planned values when the sources are not there', () => {
      const r = loadFiles({ 'plan.json': plan })
      const b = bucket(loadPlans(r.dir).model, 'aws_s3_bucket.b')
      expect(b.lifecycle).toMatchObject({ state: 'set', value: [{ id: 'expire', expirationDays: { value: 30 } }] })
      expect([b.encryption.algorithm, b.encryption.bucketKeyEnabled]).toMatchObject([{ value: 'aws:kms' }, { value: true }])
    })

    it('reads computed blocks of a bucket the plan creates, where only a dynamic block can have known them', () => {
      // A provider v3 era module (sources under .terraform, not scanned) writes versioning and
      // encryption with dynamic blocks inside aws_s3_bucket; both blocks are also computed.
      const v3 = {
        ...bucketRes,
        values: {
          bucket: 'acme',
          versioning: [{ enabled: true, mfa_delete: false }],
          server_side_encryption_configuration: [
            {
              rule: [
                {
                  bucket_key_enabled: false,
                  apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: '' }],
                },
              ],
            },
          ],
        },
      }
      const change = (actions: string[]) => ({ address: 'aws_s3_bucket.b', change: { actions, after_unknown: {} } })
      const read = (actions: string[]) => {
        const r = loadFiles({ 'plan.json': planOf([v3], [change(actions)], [bucketConf]) })
        const b = bucket(loadPlans(r.dir).model, 'aws_s3_bucket.b')
        return [
          b.versioning.status.state,
          b.encryption.algorithm.state === 'set' ? b.encryption.algorithm.value : b.encryption.algorithm.state,
        ]
      }
      expect(read(['create'])).toEqual(['set', 'aws:kms'])
      expect(read(['delete', 'create'])).toEqual(['set', 'aws:kms'])
      // An existing bucket's computed blocks are read back from AWS, written or not.
      expect(read(['no-op'])).toEqual(['default', 'default'])
    })

    it('reads dynamic grants inside a static access_control_policy of an ACL the plan creates', () => {
      const acl = {
        res: {
          address: 'aws_s3_bucket_acl.b',
          mode: 'managed',
          type: 'aws_s3_bucket_acl',
          name: 'b',
          values: {
            bucket: 'acme',
            access_control_policy: [
              {
                owner: [{ id: 'abc', display_name: '' }],
                grant: [{ permission: 'READ', grantee: [{ type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers' }] }],
              },
            ],
          },
        },
        conf: {
          address: 'aws_s3_bucket_acl.b',
          mode: 'managed',
          type: 'aws_s3_bucket_acl',
          name: 'b',
          expressions: {
            bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] },
            access_control_policy: [{ owner: [{ id: { constant_value: 'abc' } }] }],
          },
        },
      }
      const changes = ['aws_s3_bucket.b', 'aws_s3_bucket_acl.b'].map((address) => ({
        address,
        change: { actions: ['create'], after_unknown: {} },
      }))
      const r = loadFiles({ 'plan.json': planOf([bucketRes, acl.res], changes, [bucketConf, acl.conf]) })
      const grants = bucket(loadPlans(r.dir).model, 'aws_s3_bucket.b').acl.grants
      expect(grants).toMatchObject({
        state: 'set',
        value: [{ grantee: { type: 'group', uri: 'AllUsers' }, permission: { value: 'READ' } }],
      })
    })

    it('reads them when the .tf body writes them as dynamic blocks, and not when it writes none', () => {
      const tf = `resource "aws_s3_bucket" "b" {
  bucket = "acme"
}
resource "aws_s3_bucket_lifecycle_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  dynamic "rule" {
    for_each = ["expire"]
    content {
      id     = rule.value
      status = "Enabled"
      expiration {
        days = 30
      }
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
}
`
      const r = loadFiles({ 'plan.json': plan, 'main.tf': tf })
      const b = bucket(loadPlans(r.dir).model, 'aws_s3_bucket.b')
      expect(b.lifecycle).toMatchObject({ state: 'set', value: [{ id: 'expire' }], at: { file: 'main.tf', line: 4 } })
      expect(b.encryption.algorithm.state).toBe('default')
    })
  })
})
