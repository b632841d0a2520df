/**
 * Red team, sixth Terraform round: a plan's module instance keys are any string. One holding `]`
 * (`module.m["x]y"]`) ended the module path early: the module's resources were looked up as the
 * root module's, so its access block lost its bucket, and each bucket was unknown. So did a module
 * or resource name with a letter outside ASCII (`module.模块`), which Terraform allows.
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../../helpers/scan-files.js'

const SETTINGS = { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true }
const constant = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { constant_value: v }]))

function planWithModuleKey(key: string | undefined, call = 'm'): string {
  const mod = key === undefined ? `module.${call}` : `module.${call}[${JSON.stringify(key)}]`
  const bucket = (address: string, name: string) => ({
    address,
    mode: 'managed',
    type: 'aws_s3_bucket',
    name: 'b',
    values: { bucket: name },
    sensitive_values: {},
  })
  const block = {
    address: `${mod}.aws_s3_bucket_public_access_block.p`,
    mode: 'managed',
    type: 'aws_s3_bucket_public_access_block',
    name: 'p',
    values: SETTINGS,
    sensitive_values: {},
  }
  const root = [bucket('aws_s3_bucket.b', 'root-b')]
  const child = [bucket(`${mod}.aws_s3_bucket.b`, 'child-b'), block]
  const change = (r: { address: string; type: string; name: string; values: object }) => ({
    address: r.address,
    mode: 'managed',
    type: r.type,
    name: r.name,
    change: {
      actions: ['create'],
      before: null,
      after: r.values,
      after_unknown: r.type === 'aws_s3_bucket' ? { id: true, arn: true } : { bucket: true, id: true },
      after_sensitive: {},
    },
  })
  return JSON.stringify(
    {
      format_version: '1.2',
      terraform_version: '1.9.0',
      planned_values: { root_module: { resources: root, child_modules: [{ address: mod, resources: child }] } },
      resource_changes: [...root, ...child].map(change),
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', expressions: constant({ bucket: 'root-b' }) },
          ],
          module_calls: {
            [call]: {
              source: './m',
              ...(key === undefined ? {} : { for_each_expression: { references: ['var.keys'] } }),
              module: {
                resources: [
                  {
                    address: 'aws_s3_bucket.b',
                    mode: 'managed',
                    type: 'aws_s3_bucket',
                    name: 'b',
                    expressions: constant({ bucket: 'child-b' }),
                  },
                  {
                    address: 'aws_s3_bucket_public_access_block.p',
                    mode: 'managed',
                    type: 'aws_s3_bucket_public_access_block',
                    name: 'p',
                    expressions: { bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] }, ...constant(SETTINGS) },
                  },
                ],
              },
            },
          },
        },
      },
    },
    null,
    1,
  )
}

describe('plan addresses with unusual instance keys and names', () => {
  it.each(['plain', 'x]y', 'a"].b', 'module.z.'])('links the access block of module.m[%j] to its own bucket', async (key) => {
    const r = await scanFiles({ 'plan.json': planWithModuleKey(key) })
    const block = r.findings.filter((f) => f.ruleId === 'block-public-access-incomplete')
    expect(block.map((f) => f.resource)).toEqual(['aws_s3_bucket.b'])
    expect(hits(r, 'block-public-access-incomplete')).toHaveLength(1)
    expect(r.unknowns.filter((u) => u.ruleId === 'block-public-access-incomplete')).toEqual([])
  })

  it.each(['模块', 'données', 'm_1-x'])('links the access block of module.%s to its own bucket', async (call) => {
    const r = await scanFiles({ 'plan.json': planWithModuleKey(undefined, call) })
    expect(r.findings.filter((f) => f.ruleId === 'block-public-access-incomplete').map((f) => f.resource)).toEqual(['aws_s3_bucket.b'])
    expect(r.unknowns.filter((u) => u.ruleId === 'block-public-access-incomplete')).toEqual([])
  })

  it('links a setting to a bucket whose name is not ASCII', async () => {
    const plan = JSON.parse(planWithModuleKey(undefined)) as {
      planned_values: { root_module: { resources: { address: string; name: string }[] } }
      resource_changes: { address: string; name: string }[]
      configuration: { root_module: { resources: { address: string; name: string }[] } }
    }
    const rename = (x: { address: string; name: string }) => {
      if (x.address !== 'aws_s3_bucket.b') return
      x.address = 'aws_s3_bucket.données'
      x.name = 'données'
    }
    plan.planned_values.root_module.resources.forEach(rename)
    plan.resource_changes.forEach(rename)
    plan.configuration.root_module.resources.forEach(rename)
    // The root's own access block, for the bucket with the accented name.
    const block = {
      address: 'aws_s3_bucket_public_access_block.root',
      mode: 'managed',
      type: 'aws_s3_bucket_public_access_block',
      name: 'root',
      values: SETTINGS,
      sensitive_values: {},
    }
    plan.planned_values.root_module.resources.push(block)
    plan.configuration.root_module.resources.push({
      ...block,
      expressions: { bucket: { references: ['aws_s3_bucket.données.id', 'aws_s3_bucket.données'] }, ...constant(SETTINGS) },
    } as never)
    const r = await scanFiles({ 'plan.json': JSON.stringify(plan) })
    expect(r.findings.filter((f) => f.ruleId === 'block-public-access-incomplete')).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === 'block-public-access-incomplete')).toEqual([])
  })
})
