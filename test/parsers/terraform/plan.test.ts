import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { looksLikePlanJson } from '../../../src/parsers/terraform-plan/index.js'
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
})
