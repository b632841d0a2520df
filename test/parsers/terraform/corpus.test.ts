/**
 * The Terraform cases of the shared peer corpus (/work/shared/corpus): every case loads without
 * errors, every resource a peer names is in our model, and a handful of representative fixtures
 * give the model facts we expect.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { S3Model } from '../../../src/model/s3.js'
import { strToDisplay, type Str } from '../../../src/model/value.js'
import { bucket, loadDir, v } from './helpers.js'

const CORPUS = '/work/shared/corpus'
const manifest: {
  id: string
  format: string
  files: string[]
  expect: { resource: string; file: string }[]
  expect_absent_on?: { resource: string; file: string }[]
}[] = fs.existsSync(path.join(CORPUS, 'manifest.json')) ? JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) : []
const cases = manifest.filter((c) => c.format === 'terraform')

/** Every logical path and subject id in a model (a resource is "in the model" if one starts with its address). */
function addresses(models: S3Model[]): Set<string> {
  const out = new Set<string>()
  const seen = new WeakSet<object>()
  const visit = (x: unknown, depth: number) => {
    if (depth > 40 || x === null || typeof x !== 'object' || seen.has(x)) return
    seen.add(x)
    const o = x as Record<string, unknown>
    if (typeof o.path === 'string' && typeof o.file === 'string') out.add(o.path)
    if (typeof o.id === 'string' && 'origin' in o) out.add(o.id)
    if (typeof o.owner === 'string') out.add(o.owner)
    if (typeof o.address === 'string') out.add(o.address)
    for (const v of Object.values(o)) visit(v, depth + 1)
  }
  for (const m of models) visit(m, 0)
  return out
}

function loadCase(c: (typeof cases)[number]) {
  const dir = path.join(CORPUS, path.dirname(c.files[0]!).split('/').slice(0, 2).join('/'))
  return loadDir(dir, undefined, CORPUS)
}

describe.skipIf(!cases.length)('the Terraform cases of the peer corpus', () => {
  it.each(cases.map((c) => [c.id, c]))('%s loads without errors and models every resource the peer names', (_id, c) => {
    const r = loadCase(c)
    const errors = r.units.flatMap((u) => u.load.problems.filter((p) => p.level === 'error'))
    expect(errors).toEqual([])
    const known = addresses(r.units.flatMap((u) => u.load.models))
    const named = [...c.expect, ...(c.expect_absent_on ?? [])].map((e) => e.resource)
    const missing = named.filter((res) => ![...known].some((k) => k === res || k.startsWith(`${res}.`) || k.startsWith(`${res}[`)))
    expect(missing).toEqual([])
  })
})

function model(caseDir: string): S3Model {
  return loadDir(path.join(CORPUS, caseDir), undefined, CORPUS).model
}
const str = (x: { state: string; value?: unknown }) => (x.state === 'unknown' ? '?' : strToDisplay(x.value as Str))

describe.skipIf(!cases.length)('model facts of representative corpus fixtures', () => {
  it('checkov S3BucketVersioning: inline, split, variables, locals, names and for_each', () => {
    const m = model('checkov/checkov-tf-graph-S3BucketVersioning')
    const status = (id: string) => v(bucket(m, id).versioning.status)
    expect(status('aws_s3_bucket.enabled')).toBe('set:Enabled@7')
    expect(status('aws_s3_bucket.enabled_var')).toBe('set:Enabled@15')
    expect(bucket(m, 'aws_s3_bucket.unknown_var').versioning.status.state).toBe('unknown')
    expect(status('aws_s3_bucket.ref_by_name')).toBe('set:Enabled@55')
    expect(status('aws_s3_bucket.ref_by_name_local')).toBe('set:Enabled@73')
    expect(status('aws_s3_bucket.default')).toBe('default:Disabled@79')
    expect(status('aws_s3_bucket.disabled')).toBe('set:Disabled@87')
    expect(status('aws_s3_bucket.disabled_v4')).toBe('set:Suspended@113')
    expect(status('aws_s3_bucket.this["test-bucket1"]')).toBe('set:Enabled@160')
    expect(status('aws_s3_bucket.this["test-bucket2"]')).toBe('set:Enabled@160')
  })

  it('checkov S3ProtectAgainstPolicyLockout: heredoc, jsonencode and invalid policies', () => {
    const m = model('checkov/checkov-tf-S3ProtectAgainstPolicyLockout')
    const owners = m.buckets.flatMap((b) => b.policies.map((p) => `${p.owner}:${p.statements.length}${p.unknown ? '?' : ''}`))
    expect(owners).toEqual(
      expect.arrayContaining([
        'aws_s3_bucket.deprecated:1',
        'aws_s3_bucket_policy.failjsonencode:1',
        'aws_s3_bucket_policy.multi_statement_fail:2',
        'aws_s3_bucket_policy.baddata:0?',
      ]),
    )
  })

  it('kics public ACL overridden by BPA: a module, an ACL resource and a bucket', () => {
    const m = model('kics/kics-tf-s3_bucket_public_acl_overridden_by_public_access_block-positive3-tf')
    const b = m.buckets[0]!
    expect([v(b.acl.canned), v(b.publicAccessBlock.blockPublicAcls)]).toEqual(['set:public-read-write@20', 'set:true@25'])
  })

  it('kics MFA delete: v3 inline, v4 split and registry module shapes', () => {
    expect(v(model('kics/kics-tf-s3_bucket_without_enabled_mfa_delete-positive1-tf').buckets[0]!.versioning.mfaDelete)).toBe(
      'default:false@23',
    )
    expect(v(model('kics/kics-tf-s3_bucket_without_enabled_mfa_delete-positive7-tf').buckets[0]!.versioning.mfaDelete)).toBe('set:false@28')
    const mod = model('kics/kics-tf-s3_bucket_without_enabled_mfa_delete-positive4-tf').buckets[0]!
    expect([mod.id, v(mod.versioning.status), v(mod.versioning.mfaDelete)]).toEqual([
      'module.s3_bucket',
      'set:Enabled@9',
      'default:false@1',
    ])
  })

  it('kics CloudTrail: multi-region and S3 data event selectors', () => {
    const t1 = model('kics/kics-tf-cloudtrail_multi_region_disabled-positive2-tf').trails[0]!
    expect(v(t1.isMultiRegion)).toBe('set:false@4')
    const t2 = model('kics/kics-tf-s3_bucket_object_level_cloudtrail_logging_disabled-positive1-tf').trails[0]!
    // No read_write_type: the provider's default, All (KICS reads the absence as a partial selector).
    expect(t2.dataEvents.state === 'set' && t2.dataEvents.value.map((s) => [v(s.readWriteType), s.s3Resources])).toEqual([
      ['default:All@9', ['arn:aws:s3:::']],
    ])
  })

  it('kics CloudWatch: metric filters and alarms', () => {
    const m = model('kics/kics-tf-cloudwatch_s3_policy_change_alarm_missing-negative1-tf')
    expect(m.metricFilters.length).toBeGreaterThan(0)
    expect(m.alarms.map((a) => str(a.metricName))).toContain(str(m.metricFilters[0]!.metricName))
  })

  it('checkov access points, object lock, lifecycle and object encryption', () => {
    const ap = model('checkov/checkov-tf-S3AccessPointPubliclyAccessible').accessPoints
    expect(
      ap.map((a) => [a.id, a.publicAccessBlock.blockPublicAcls.state === 'unknown' ? '?' : a.publicAccessBlock.blockPublicAcls.value]),
    ).toEqual([
      ['aws_s3_access_point.pass', true],
      ['aws_s3_access_point.pass_missing', true],
      ['aws_s3_access_point.fail', false],
    ])
    const lock = model('checkov/checkov-tf-S3BucketObjectLock')
    expect(lock.buckets.map((b) => [b.id, b.objectLock.enabled.state === 'unknown' ? '?' : b.objectLock.enabled.value])).toEqual([
      ['aws_s3_bucket.enabled_via_object', true],
      ['aws_s3_bucket.enabled_via_block', true],
      ['aws_s3_bucket.disabled_via_object', false],
      ['aws_s3_bucket.disabled_via_block', false],
      ['aws_s3_bucket.default', false],
    ])
    const objects = model('checkov/checkov-tf-S3BucketObjectEncryptedWithCMK').objects
    expect(objects.map((o) => [o.id, o.kmsKeyId.state === 'unknown' ? '?' : o.kmsKeyId.value === null ? null : 'key'])).toEqual([
      ['aws_s3_bucket_object.pass', 'key'],
      ['aws_s3_bucket_object.fail', null],
    ])
  })
})
