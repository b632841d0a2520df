/**
 * A plan read beside its sources was made with variables the sources do not hold (`-var`,
 * `-var-file` in another folder, `TF_VAR_`): the sources are read with them, so that a finding
 * the plan's values rule out does not stay beside the plan's reading. The fixtures are real
 * `terraform plan` output (Terraform 1.11.4, AWS provider 5.100.0).
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../rules/helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixture = (name: string) => {
  const dir = path.join(here, '..', 'fixtures', 'plan-variables', name)
  return Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]))
}
const gating = async (files: Record<string, string>) =>
  (await scanFiles(files)).findings
    .filter((f) => /^(acl-public-read|public-exposure|block-public-access-incomplete|versioning-disabled)$/.test(f.ruleId))
    .map((f) => `${f.ruleId} ${f.resource}`)
    .sort()

describe('a plan beside its sources', () => {
  it('lends the sources the variables it was made with: -var public=false -var versioning_status=Enabled', async () => {
    const files = fixture('var-cli')
    expect(await gating(files)).toEqual([])
    // The sources alone take the defaults: public, versioning suspended.
    expect(await gating({ 'main.tf': files['main.tf']! })).toEqual([
      'acl-public-read aws_s3_bucket.data',
      'block-public-access-incomplete aws_s3_bucket.data',
      'public-exposure aws_s3_bucket.data',
      'versioning-disabled aws_s3_bucket.data',
    ])
  })

  it('does not report a bucket the plan does not create (count = 0 from -var)', async () => {
    const files = fixture('count-off')
    expect((await gating(files)).filter((f) => f.includes('aws_s3_bucket.site'))).toEqual([])
    expect((await gating({ 'main.tf': files['main.tf']! })).filter((f) => f.includes('aws_s3_bucket.site')).length).toBeGreaterThan(0)
  })

  it('keeps the sources’ default where the plan took its own copy’s default (the pull request changed it since)', async () => {
    const files = fixture('var-cli')
    const plan = JSON.parse(files['plan.json']!) as { configuration: { root_module: { variables: Record<string, { default?: unknown }> } } }
    // As if the plan had been made from a configuration whose defaults were the values it used.
    plan.configuration.root_module.variables.public!.default = 'false'
    plan.configuration.root_module.variables.versioning_status!.default = 'Enabled'
    expect(await gating({ ...files, 'plan.json': JSON.stringify(plan) })).toEqual([
      'acl-public-read aws_s3_bucket.data',
      'block-public-access-incomplete aws_s3_bucket.data',
      'public-exposure aws_s3_bucket.data',
      'versioning-disabled aws_s3_bucket.data',
    ])
  })

  it('reads a variable two plans beside one module set differently as unknown, and lets terraform.tfvars win', async () => {
    const files = fixture('var-cli')
    const other = JSON.parse(files['plan.json']!) as { variables: Record<string, { value: unknown }> }
    other.variables.public!.value = 'true'
    // The sources do not fall back to the defaults (public, suspended): \`public\` is unknown there,
    // versioning Enabled as both plans say, and the plans' readings (both private) speak.
    expect(await gating({ ...files, 'plan-staging.json': JSON.stringify(other) })).toEqual([])
    // terraform.tfvars is read by Terraform itself: the sources keep what it says now.
    expect(await gating({ ...files, 'terraform.tfvars': 'public = true\n' })).toContain('acl-public-read aws_s3_bucket.data')
  })
})
