/**
 * `terraform show -json` plans found by round 8e of probing: a plan Terraform saved although
 * planning failed, and a format_version from a future major version.
 */
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { scanFiles } from '../../helpers/scan-files.js'
import { expectPositions } from '../../hostile/support.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * What Terraform 1.11.4 (AWS provider 5.x) saved with `terraform plan -out p` when the provider's
 * `allowed_account_ids` refused the account: a bucket and a public-read ACL in the configuration,
 * nothing planned (credentials left out).
 */
const ERRORED_PLAN = String.raw`{"format_version": "1.2", "terraform_version": "1.11.4", "planned_values": {"root_module": {}}, "configuration": {"provider_config": {"aws": {"name": "aws", "full_name": "registry.terraform.io/hashicorp/aws", "expressions": {"allowed_account_ids": {"constant_value": ["111111111111"]}, "region": {"constant_value": "us-east-1"}, "skip_credentials_validation": {"constant_value": true}, "skip_metadata_api_check": {"constant_value": true}, "skip_requesting_account_id": {"constant_value": true}}}}, "root_module": {"resources": [{"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "rt8e-b"}}, "schema_version": 0}, {"address": "aws_s3_bucket_acl.a", "mode": "managed", "type": "aws_s3_bucket_acl", "name": "a", "provider_config_key": "aws", "expressions": {"acl": {"constant_value": "public-read"}, "bucket": {"references": ["aws_s3_bucket.b.id", "aws_s3_bucket.b"]}}, "schema_version": 0}]}}, "timestamp": "2026-12-03T18:22:39Z", "applyable": false, "complete": false, "errored": true}`

async function scanPlan(plan: Json | string, files: Record<string, string> = {}) {
  const text = typeof plan === 'string' ? plan : JSON.stringify(plan, null, 1)
  const r = await scanFiles({ 'plan.json': text, ...files })
  dirs.push(r.dir)
  expectPositions(r)
  return r
}

const codes = (r: { problems: { code: string; file: string; line: number; level: string }[] }) =>
  r.problems.map((p) => [p.code, p.file, p.line, p.level])

describe('a plan saved although planning failed ("errored": true)', () => {
  // Terraform 1.6+ writes the plan file of a failed `terraform plan -out`: planned_values is
  // `{"root_module": {}}`, and scanned it passed the gate with 0 findings and no word.
  it('is a PLAN_ERRORED error at its "errored" key', async () => {
    const r = await scanPlan(ERRORED_PLAN)
    expect(codes(r)).toEqual([['PLAN_ERRORED', 'plan.json', 1, 'error']])
    expect(r.problems[0]!.column).toBe(ERRORED_PLAN.indexOf('"errored"') + 1)
    expect(r.problems[0]!.message).toMatch(/not checked/)
  })

  it('what it did plan is still read', async () => {
    const plan = JSON.parse(ERRORED_PLAN) as Json
    plan.planned_values.root_module = {
      resources: [
        { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', values: { bucket: 'rt8e-b' } },
        { address: 'aws_s3_bucket_acl.a', mode: 'managed', type: 'aws_s3_bucket_acl', name: 'a', values: { acl: 'public-read' } },
      ],
    }
    const r = await scanPlan(plan)
    expect(codes(r)).toEqual([['PLAN_ERRORED', 'plan.json', expect.any(Number), 'error']])
    expect(r.findings.some((f) => f.ruleId === 'acl-public-read' && !f.suppressed)).toBe(true)
  })

  it('"errored": false and a plan without the key say nothing', async () => {
    const plan = JSON.parse(ERRORED_PLAN) as Json
    plan.errored = false
    expect(codes(await scanPlan(plan))).toEqual([])
    delete plan.errored
    expect(codes(await scanPlan(plan))).toEqual([])
  })
})

describe('format_version', () => {
  const plan = (version: unknown): Json => ({ ...(JSON.parse(ERRORED_PLAN) as Json), errored: false, format_version: version })

  // Terraform changes the major version only when the output can no longer be read as before, and
  // asks consumers to refuse a major version they do not know; it was read as 1.x without a word.
  it('a future major version is a PLAN_FORMAT_VERSION warning at its line', async () => {
    const r = await scanPlan(plan('2.0'))
    expect(codes(r)).toEqual([['PLAN_FORMAT_VERSION', 'plan.json', 2, 'warning']])
    expect(r.problems[0]!.message).toContain('"2.0"')
  })

  it('so is one that is not a version', async () => {
    expect(codes(await scanPlan(plan(12)))).toEqual([['PLAN_FORMAT_VERSION', 'plan.json', 2, 'warning']])
    expect(codes(await scanPlan(plan('v1')))).toEqual([['PLAN_FORMAT_VERSION', 'plan.json', 2, 'warning']])
  })

  it('the versions Terraform has written (0.1 of 0.12 to 1.2) say nothing', async () => {
    for (const v of ['0.1', '0.2', '1.0', '1.1', '1.2', '1.10']) expect(codes(await scanPlan(plan(v)))).toEqual([])
  })
})

describe('a plan that keeps only its prior_state', () => {
  // Without planned_values (cut out by a tool), the buckets of the state it started from were left
  // unchecked behind a PLAN_JSON_SHAPE warning, which does not fail the gate.
  it('is a PLAN_JSON_SHAPE error', async () => {
    const bucket = {
      address: 'aws_s3_bucket.b',
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'b',
      values: { bucket: 'b', acl: 'public-read' },
    }
    const r = await scanPlan({
      format_version: '1.2',
      terraform_version: '1.11.4',
      prior_state: { format_version: '1.0', terraform_version: '1.11.4', values: { root_module: { resources: [bucket] } } },
    })
    expect(codes(r)).toEqual([['PLAN_JSON_SHAPE', 'plan.json', 1, 'error']])
    expect(r.problems[0]!.message).toMatch(/not checked/)
  })

  it('an empty state is still a warning', async () => {
    const r = await scanPlan({ format_version: '1.0', terraform_version: '1.11.4' })
    expect(codes(r)).toEqual([['PLAN_JSON_SHAPE', 'plan.json', 1, 'warning']])
  })
})
