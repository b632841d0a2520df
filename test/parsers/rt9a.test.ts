/**
 * `terraform show -json` of plans and states, found by round 9a of probing: deposed objects of a
 * state, resources a `removed` block forgets, destroy plans beside their sources.
 */
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { scanFiles } from '../helpers/scan-files.js'
import { expectPositions } from '../hostile/support.js'
import { dropSupersededBySourcesPlan } from '../../src/plan-supersedes.js'
import type { UnitResult } from '../../src/process-unit.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

async function scanTree(files: Record<string, string | Json>) {
  const text = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v, null, 1)]))
  const r = await scanFiles(text)
  dirs.push(r.dir)
  expectPositions(r)
  return r
}

const active = (r: { findings: { ruleId: string; suppressed?: boolean; resource: string; location: { file: string } }[] }) =>
  r.findings.filter((f) => !f.suppressed)
const ruleIds = (r: Parameters<typeof active>[0], resource?: string) =>
  active(r)
    .filter((f) => !resource || f.resource === resource)
    .map((f) => f.ruleId)
    .sort()

const AWS = 'registry.terraform.io/hashicorp/aws'
const stateResource = (address: string, type: string, values: Json, extra: Json = {}): Json => ({
  address,
  mode: 'managed',
  type,
  name: address.split('.').pop()!.replace(/\[.*/, ''),
  provider_name: AWS,
  schema_version: 0,
  values,
  sensitive_values: {},
  ...extra,
})
const PAB = { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true }

describe('a deposed object in a state', () => {
  // `terraform show -json` of a state lists a deposed object (what a create_before_destroy
  // replacement left behind, which the next apply destroys) as a resource of the same address with
  // a `deposed_key`: it was read as a second aws_s3_bucket.b, whose public-read ACL and missing
  // Block Public Access were reported on aws_s3_bucket.b beside the current object's findings.
  const state = (deposedFirst: boolean): Json => {
    const current = stateResource('aws_s3_bucket.b', 'aws_s3_bucket', { bucket: 'rt9a-new', acl: 'private', id: 'rt9a-new' })
    const deposed = stateResource(
      'aws_s3_bucket.b',
      'aws_s3_bucket',
      { bucket: 'rt9a-old', acl: 'public-read', id: 'rt9a-old' },
      { deposed_key: '00000001' },
    )
    const pab = stateResource('aws_s3_bucket_public_access_block.p', 'aws_s3_bucket_public_access_block', { bucket: 'rt9a-new', ...PAB })
    return {
      format_version: '1.0',
      terraform_version: '1.9.5',
      values: { root_module: { resources: deposedFirst ? [deposed, current, pab] : [current, deposed, pab] } },
    }
  }

  it('is not read as a second bucket of the address', async () => {
    for (const first of [false, true]) {
      const r = await scanTree({ 'state.json': state(first) })
      expect(r.stats.buckets).toBe(1)
      const ids = ruleIds(r)
      expect(ids).not.toContain('acl-public-read')
      expect(ids).not.toContain('block-public-access-incomplete')
      expect(ids).not.toContain('public-exposure')
      // One finding per rule: nothing doubled.
      expect(new Set(ids).size).toBe(ids.length)
      expect(r.problems).toEqual([])
    }
  })

  it('the current object is still read', async () => {
    const s = state(false)
    s.values.root_module.resources[0].values.acl = 'public-read-write'
    s.values.root_module.resources.pop()
    const r = await scanTree({ 'state.json': s })
    expect(ruleIds(r)).toContain('acl-public-write')
  })
})

const plan = (resourceChanges: Json[], planned: Json[], configResources: Json[] = [], extra: Json = {}): Json => ({
  format_version: '1.2',
  terraform_version: '1.9.5',
  planned_values: { root_module: planned.length ? { resources: planned } : {} },
  resource_changes: resourceChanges,
  configuration: { provider_config: { aws: { name: 'aws', full_name: AWS } }, root_module: { resources: configResources } },
  timestamp: '2026-12-03T18:22:39Z',
  applyable: true,
  complete: true,
  errored: false,
  ...extra,
})
const change = (address: string, type: string, actions: string[], before: Json | null, after: Json | null, extra: Json = {}): Json => ({
  address,
  mode: 'managed',
  type,
  name: address.split('.').pop()!.replace(/\[.*/, ''),
  provider_name: AWS,
  change: { actions, before, after, after_unknown: {}, before_sensitive: before ? {} : false, after_sensitive: after ? {} : false },
  ...extra,
})

describe('a resource a removed block forgets (Terraform 1.7+)', () => {
  // `removed { lifecycle { destroy = false } }` plans ["forget"]: Terraform lists the resource in
  // planned_values with no values (its planned state is null), and it was a PLAN_JSON_SHAPE
  // warning that the plan had been cut.
  it('is no warning, and not read', async () => {
    const r = await scanTree({
      'plan.json': plan(
        [
          change('aws_s3_bucket.b', 'aws_s3_bucket', ['no-op'], { bucket: 'rt9a-f' }, { bucket: 'rt9a-f' }),
          change('aws_s3_bucket.gone', 'aws_s3_bucket', ['forget'], { bucket: 'rt9a-g', acl: 'public-read' }, null, {
            action_reason: 'delete_because_no_resource_config',
          }),
        ],
        [
          stateResource('aws_s3_bucket.b', 'aws_s3_bucket', { bucket: 'rt9a-f' }),
          { address: 'aws_s3_bucket.gone', mode: 'managed', type: 'aws_s3_bucket', name: 'gone', provider_name: AWS, schema_version: 0 },
        ],
      ),
    })
    expect(r.problems).toEqual([])
    expect(r.stats.buckets).toBe(1)
    expect(active(r).some((f) => f.resource === 'aws_s3_bucket.gone')).toBe(false)
  })

  it('a resource without values that is not forgotten is still said', async () => {
    const r = await scanTree({
      'plan.json': plan(
        [change('aws_s3_bucket.b', 'aws_s3_bucket', ['update'], { bucket: 'rt9a-f' }, { bucket: 'rt9a-f', acl: 'public-read' })],
        [{ address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', provider_name: AWS, schema_version: 0 }],
      ),
    })
    expect(r.problems.map((p) => p.code)).toEqual(['PLAN_JSON_SHAPE'])
  })
})

describe('a destroy plan beside its sources', () => {
  const TF = `variable "acl" {
  default = "public-read"
}

resource "aws_s3_bucket" "b" {
  bucket = "rt9a-d"
}

resource "aws_s3_bucket_acl" "a" {
  bucket = aws_s3_bucket.b.id
  acl    = var.acl
}
`
  const config = [
    {
      address: 'aws_s3_bucket.b',
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'b',
      provider_config_key: 'aws',
      expressions: { bucket: { constant_value: 'rt9a-d' } },
      schema_version: 0,
    },
    {
      address: 'aws_s3_bucket_acl.a',
      mode: 'managed',
      type: 'aws_s3_bucket_acl',
      name: 'a',
      provider_config_key: 'aws',
      expressions: { acl: { references: ['var.acl'] }, bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] } },
      schema_version: 0,
    },
  ]
  const destroyPlan = (reason?: string): Json => {
    const extra = reason ? { action_reason: reason } : {}
    const p = plan(
      [
        change('aws_s3_bucket.b', 'aws_s3_bucket', ['delete'], { bucket: 'rt9a-d', id: 'rt9a-d' }, null, extra),
        change('aws_s3_bucket_acl.a', 'aws_s3_bucket_acl', ['delete'], { bucket: 'rt9a-d', acl: 'private' }, null, extra),
      ],
      [],
      config,
      { variables: { acl: { value: 'private' } } },
    )
    p.configuration.root_module.variables = { acl: { default: 'public-read' } }
    return p
  }

  // `terraform plan -destroy -var acl=private` beside the sources lent its variables to the
  // sources' reading: the public-read ACL the configuration deploys by default was no longer reported.
  it("does not take the sources' findings away", async () => {
    const alone = await scanTree({ 'main.tf': TF })
    expect(ruleIds(alone)).toContain('acl-public-read')
    const r = await scanTree({ 'main.tf': TF, 'plan.json': destroyPlan() })
    expect(ruleIds(r)).toEqual(ruleIds(alone))
    expect(active(r).every((f) => f.location.file === 'main.tf')).toBe(true)
    expect(r.notes.some((n) => /plan\.json: a destroy plan/.test(n))).toBe(true)
    expect(r.problems).toEqual([])
  })

  // A plan that deletes what the configuration no longer declares (each delete says why) is an
  // ordinary plan, whose variables are the run's.
  it('a plan that deletes for a reason still lends its variables', async () => {
    const r = await scanTree({ 'main.tf': TF, 'plan.json': destroyPlan('delete_because_count_index') })
    expect(ruleIds(r)).not.toContain('acl-public-read')
    expect(r.notes.some((n) => /a destroy plan/.test(n))).toBe(false)
  })

  it('alone, it checks nothing and says so', async () => {
    const r = await scanTree({ 'plan.json': destroyPlan() })
    expect(r.findings).toEqual([])
    expect(r.problems).toEqual([])
    expect(r.notes.some((n) => /plan\.json: a destroy plan/.test(n))).toBe(true)
  })
})

describe('a reference to another instance of a bucket', () => {
  // `bucket = aws_s3_bucket.b[count.index + 1].id` lists the references `aws_s3_bucket.b` and
  // `count.index`: it was read as the bucket with the resource's own key, b[0], whose public-read
  // ACL the public access block of b[1] then passed for neutralised, while b[1] lacked one.
  const pabValues = { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true }
  const instance = (address: string, type: string, index: number, values: Json) => ({ ...stateResource(address, type, values), index })
  const configOf = (type: string, name: string, expressions: Json) => ({
    address: `${type}.${name}`,
    mode: 'managed',
    type,
    name,
    provider_config_key: 'aws',
    expressions,
    count_expression: { constant_value: 1 },
    schema_version: 0,
  })
  const p = plan(
    [],
    [
      instance('aws_s3_bucket.b[0]', 'aws_s3_bucket', 0, { bucket: 'rt9a-c-0' }),
      instance('aws_s3_bucket.b[1]', 'aws_s3_bucket', 1, { bucket: 'rt9a-c-1' }),
      instance('aws_s3_bucket_acl.a[0]', 'aws_s3_bucket_acl', 0, { bucket: 'rt9a-c-0', acl: 'public-read' }),
      instance('aws_s3_bucket_public_access_block.p[0]', 'aws_s3_bucket_public_access_block', 0, { bucket: 'rt9a-c-1', ...pabValues }),
    ],
    [
      configOf('aws_s3_bucket', 'b', { bucket: { references: ['count.index'] } }),
      configOf('aws_s3_bucket_acl', 'a', {
        acl: { constant_value: 'public-read' },
        bucket: { references: ['aws_s3_bucket.b', 'count.index'] },
      }),
      configOf('aws_s3_bucket_public_access_block', 'p', {
        bucket: { references: ['aws_s3_bucket.b', 'count.index'] },
        ...Object.fromEntries(Object.keys(pabValues).map((k) => [k, { constant_value: true }])),
      }),
    ],
  )

  it('is the bucket its known planned value names', async () => {
    const r = await scanTree({ 'plan.json': p })
    expect(ruleIds(r, 'aws_s3_bucket.b[0]')).toEqual(
      expect.arrayContaining(['acl-public-read', 'block-public-access-incomplete', 'public-exposure']),
    )
    expect(ruleIds(r, 'aws_s3_bucket.b[0]')).not.toContain('acl-public-neutralised')
    expect(ruleIds(r, 'aws_s3_bucket.b[1]')).not.toContain('block-public-access-incomplete')
  })

  it('an unknown planned value keeps the reading by reference', async () => {
    const q = structuredClone(p)
    delete q.planned_values.root_module.resources[3].values.bucket
    q.resource_changes = [
      change('aws_s3_bucket_public_access_block.p[0]', 'aws_s3_bucket_public_access_block', ['create'], null, pabValues),
    ]
    q.resource_changes[0].index = 0
    q.resource_changes[0].change.after_unknown = { bucket: true, id: true }
    const r = await scanTree({ 'plan.json': q })
    expect(ruleIds(r, 'aws_s3_bucket.b[0]')).toContain('acl-public-neutralised')
    expect(ruleIds(r, 'aws_s3_bucket.b[1]')).toContain('block-public-access-incomplete')
  })
})

describe('a plan made with -target', () => {
  // `terraform plan -target=aws_s3_bucket.b` plans the bucket and what it depends on, not its
  // public access block: the plan reported the bucket without Block Public Access and said
  // nothing of what it had left out. Terraform marks such a plan "complete": false.
  const config = [
    {
      address: 'aws_s3_bucket.b',
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'b',
      expressions: { bucket: { constant_value: 'rt9a-t' } },
    },
    {
      address: 'aws_s3_bucket_public_access_block.p',
      mode: 'managed',
      type: 'aws_s3_bucket_public_access_block',
      name: 'p',
      expressions: { bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] }, block_public_acls: { constant_value: true } },
    },
    { address: 'aws_instance.i', mode: 'managed', type: 'aws_instance', name: 'i', expressions: {} },
  ]
  const targeted = (complete: boolean): Json =>
    plan(
      [change('aws_s3_bucket.b', 'aws_s3_bucket', ['create'], null, { bucket: 'rt9a-t' })],
      [stateResource('aws_s3_bucket.b', 'aws_s3_bucket', { bucket: 'rt9a-t' })],
      config,
      { complete, applyable: true },
    )

  it('is a PLAN_INCOMPLETE warning naming what it left out', async () => {
    const r = await scanTree({ 'plan.json': targeted(false) })
    expect(r.problems.map((p) => [p.code, p.level])).toEqual([['PLAN_INCOMPLETE', 'warning']])
    expect(r.problems[0]!.message).toContain('aws_s3_bucket_public_access_block.p')
    expect(r.problems[0]!.message).not.toContain('aws_instance')
    expect(r.problems[0]!.line).toBe(
      JSON.stringify(targeted(false), null, 1)
        .split('\n')
        .findIndex((l) => l.includes('"complete"')) + 1,
    )
  })

  it('a complete plan, or one whose left-out resources are none of the S3 ones, says nothing', async () => {
    expect((await scanTree({ 'plan.json': targeted(true) })).problems).toEqual([])
    const p = targeted(false)
    p.configuration.root_module.resources.splice(1, 1)
    expect((await scanTree({ 'plan.json': p })).problems).toEqual([])
  })
})

describe('a refresh-only plan', () => {
  // `terraform plan -refresh-only` plans no change: planned_values is empty and the buckets as they
  // are sit in prior_state. It passed with 0 buckets and no word.
  const prior = (resources: Json[]): Json => ({
    format_version: '1.0',
    terraform_version: '1.9.5',
    values: { root_module: { child_modules: [{ address: 'module.m', resources }] } },
  })
  const refreshOnly = (resources: Json[]): Json => {
    const p = plan([], [], [], { prior_state: prior(resources) })
    delete p.resource_changes
    return p
  }

  it('is a PLAN_REFRESH_ONLY warning at its prior_state', async () => {
    const p = refreshOnly([stateResource('module.m.aws_s3_bucket.b', 'aws_s3_bucket', { bucket: 'rt9a-r', acl: 'public-read' })])
    const r = await scanTree({ 'plan.json': p })
    expect(r.problems.map((x) => [x.code, x.level])).toEqual([['PLAN_REFRESH_ONLY', 'warning']])
    expect(r.problems[0]!.line).toBe(
      JSON.stringify(p, null, 1)
        .split('\n')
        .findIndex((l) => l.includes('"prior_state"')) + 1,
    )
  })

  it('a prior state of data sources alone, or an empty one, says nothing', async () => {
    const data = { ...stateResource('data.aws_caller_identity.c', 'aws_caller_identity', {}), mode: 'data' }
    expect((await scanTree({ 'plan.json': refreshOnly([data]) })).problems).toEqual([])
    expect((await scanTree({ 'plan.json': refreshOnly([]) })).problems).toEqual([])
  })
})

describe('the sources read beside a plan, with many resources of unknown instances', () => {
  // Each `x[*]` of the sources was tested against every address of the plan, and each finding of
  // the plan against every `x[*]`: 8,000 of them took tens of seconds.
  const finding = (ruleId: string, resource: string) => ({ ruleId, resource }) as unknown as UnitResult['findings'][number]
  const results = (n: number) => {
    const source = { unit: '.', format: 'terraform', findings: [] as UnitResult['findings'], unknowns: [] } as unknown as UnitResult
    const plan = {
      unit: 'plan.json',
      format: 'terraform-plan',
      findings: [] as UnitResult['findings'],
      unknowns: [],
    } as unknown as UnitResult
    const resources: string[] = []
    for (let i = 0; i < n; i++) {
      source.findings.push(finding('r', `module.m["k"].aws_s3_bucket.b${i}[*]`))
      for (let k = 0; k < 4; k++) {
        resources.push(`module.m["k"].aws_s3_bucket.b${i}[${k}]`)
        plan.findings.push(finding('r', `module.m["k"].aws_s3_bucket.b${i}[${k}]`))
      }
    }
    plan.covers = { unit: '.', resources }
    return [source, plan] as const
  }

  it('are paired with the plan in linear time', () => {
    const [source, plan] = results(8000)
    const t = Date.now()
    dropSupersededBySourcesPlan([source, plan])
    expect(Date.now() - t).toBeLessThan(5000)
    expect(source.findings).toEqual([])
    expect(plan.findings).toHaveLength(32000)
  })

  it('an instance of another module key, or another shape, is not one of them', () => {
    const [source, plan] = results(1)
    source.findings.push(finding('r', 'module.m[*].aws_s3_bucket.c[*]'), finding('r', 'aws_s3_bucket.d[*]'))
    plan.findings.push(finding('r', 'module.m["other"].aws_s3_bucket.b0[0]'), finding('r', 'module.m["a[*]"].aws_s3_bucket.c["x"]'))
    plan.findings.push(finding('r', 'aws_s3_bucket.d'), finding('r', 'aws_s3_bucket.d[0].x[1]'))
    plan.covers!.resources = [...plan.covers!.resources, ...plan.findings.slice(-4).map((f) => f.resource)]
    dropSupersededBySourcesPlan([source, plan])
    // b0[*] is judged by the plan's instances of module.m["k"]; c[*] by module.m["a[*]"]'s; d[*] by none.
    expect(source.findings.map((f) => f.resource)).toEqual(['aws_s3_bucket.d[*]'])
  })
})
