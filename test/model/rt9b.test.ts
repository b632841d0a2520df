/**
 * Red-team round 9 (S3 semantics in the model): Object Lock turned on after the bucket exists,
 * which S3 takes only on a versioned bucket and which turns no versioning on; lifecycle
 * configurations S3 refuses as a whole; actions whose day count S3 refuses.
 */
import { describe, expect, it } from 'vitest'
import { rulesById } from '../../rules/index.js'
import { evaluateRules } from '../../src/engine/evaluate.js'
import { newBucket, versioningFromObjectLock } from '../../src/model/defaults.js'
import { lifecycleActionRuns, lifecycleRefusal } from '../../src/model/lifecycle.js'
import { linkModel } from '../../src/model/link.js'
import type { SourceLocation } from '../../src/model/location.js'
import { emptyModel, type Bucket, type LifecycleRule } from '../../src/model/s3.js'
import { defaultValue, setValue, unknownValue } from '../../src/model/value.js'

const at = (line: number): SourceLocation => ({ file: 'main.tf', line, column: 1, endLine: line, endColumn: 2, path: `x${line}` })

function lockedBucket(versioning: Bucket['versioning']['status'] | undefined, afterCreation: boolean | undefined): Bucket {
  const b = newBucket('aws_s3_bucket.a', { format: 'terraform', type: 'aws_s3_bucket', address: 'aws_s3_bucket.a', at: at(1) })
  b.objectLock.enabled = setValue(true, at(9))
  b.objectLock.at = at(9)
  if (afterCreation !== undefined) b.objectLock.afterCreation = afterCreation
  if (versioning) b.versioning.status = versioning
  versioningFromObjectLock(b)
  return b
}

function run(b: Bucket, ruleIds: string[]) {
  const model = emptyModel('main.tf', 'terraform')
  model.buckets.push(b)
  linkModel(model)
  const out = evaluateRules(
    model,
    ruleIds.map((id) => rulesById.get(id)!),
  )
  return {
    findings: out.findings.map((f) => [f.ruleId, f.messageId, f.location.line]).sort(),
    unknowns: out.unknowns.map((u) => [u.ruleId, u.location.line]).sort(),
  }
}

describe('Object Lock turned on after the bucket is created', () => {
  it('on a bucket created with it, S3 turns versioning on (as before)', () => {
    const b = lockedBucket(undefined, undefined)
    expect(b.versioning.status).toMatchObject({ state: 'default', value: 'Enabled' })
    expect(b.objectLock.refused).toBeUndefined()
    expect(run(b, ['object-lock-disabled', 'versioning-disabled'])).toEqual({ findings: [], unknowns: [] })
  })

  it('on an unversioned bucket, S3 refuses it: no lock, no versioning, both reported', () => {
    const b = lockedBucket(undefined, true)
    expect(b.versioning.status).toMatchObject({ state: 'default', value: 'Disabled' })
    expect(b.objectLock.enabled).toMatchObject({ state: 'set', value: false })
    expect(b.objectLock.refused?.why).toContain('not configured')
    expect(run(b, ['object-lock-disabled', 'versioning-disabled'])).toEqual({
      findings: [
        ['object-lock-disabled', 'refused', 9],
        ['versioning-disabled', 'disabled', 1],
      ],
      unknowns: [],
    })
  })

  it("Terraform's Disabled and a Suspended status are refused too, and stay as written", () => {
    for (const value of ['Disabled', 'Suspended'] as const) {
      const b = lockedBucket(setValue(value, at(5)), true)
      expect(b.versioning.status).toMatchObject({ state: 'set', value })
      expect(b.objectLock.refused?.why).toContain(value.toLowerCase())
      expect(run(b, ['object-lock-disabled', 'versioning-disabled']).findings).toEqual([
        ['object-lock-disabled', 'refused', 9],
        ['versioning-disabled', 'disabled', 5],
      ])
    }
  })

  it('on a versioned bucket it holds', () => {
    const b = lockedBucket(setValue('Enabled', at(5)), true)
    expect(b.objectLock.enabled).toMatchObject({ state: 'set', value: true })
    expect(run(b, ['object-lock-disabled', 'versioning-disabled'])).toEqual({ findings: [], unknowns: [] })
  })

  it('versioning only known at deploy time leaves the lock unknown, at the lock', () => {
    const b = lockedBucket(unknownValue('var.status is only known at deploy time', at(5)), true)
    expect(b.objectLock.enabled.state).toBe('unknown')
    expect(run(b, ['object-lock-disabled'])).toEqual({ findings: [], unknowns: [['object-lock-disabled', 9]] })
  })
})

function rule(line: number, extra: Partial<LifecycleRule> = {}): LifecycleRule {
  return {
    enabled: setValue(true, at(line)),
    expirationDays: defaultValue(null, at(line)),
    hasTransitions: false,
    noncurrentVersionExpirationDays: defaultValue(null, at(line)),
    abortIncompleteMultipartUploadDays: setValue(7, at(line)),
    filtered: false,
    at: at(line),
    ...extra,
  }
}

describe('lifecycleRefusal', () => {
  it('two rules with one ID: refused at the second', () => {
    expect(lifecycleRefusal([rule(3, { id: 'a' }), rule(8, { id: 'b' }), rule(12, { id: 'a' })])?.at.line).toBe(12)
    // Empty or absent IDs are S3's to make up.
    expect(lifecycleRefusal([rule(3, { id: '' }), rule(8, { id: '' }), rule(12)])).toBeUndefined()
  })

  it('more than 1,000 rules: refused', () => {
    const many = Array.from({ length: 1001 }, (_, i) => rule(i + 1, { id: `r${i}` }))
    expect(lifecycleRefusal(many)?.why).toContain('1001 rules')
    expect(lifecycleRefusal(many.slice(0, 1000))).toBeUndefined()
  })

  it('a rule a parser marks as refused refuses the configuration, and lifecycle-missing says so', () => {
    const refused = { why: 'an expiration may not hold both days and ExpiredObjectDeleteMarker', at: at(14) }
    expect(lifecycleRefusal([rule(3), rule(8, { refused })])).toBe(refused)
    const b = newBucket('aws_s3_bucket.a', { format: 'terraform', type: 'aws_s3_bucket', address: 'aws_s3_bucket.a', at: at(1) })
    b.lifecycle = setValue([rule(3), rule(8, { refused })], at(2))
    expect(run(b, ['lifecycle-missing', 'lifecycle-abort-incomplete-uploads-missing'])).toEqual({
      findings: [['lifecycle-missing', 'refused', 14]],
      unknowns: [],
    })
  })
})

describe('lifecycleActionRuns', () => {
  it('only a positive whole number of days runs; deploy-time days are unknown', () => {
    expect(lifecycleActionRuns(setValue(7, at(1)))).toBe(true)
    expect(lifecycleActionRuns(setValue(0, at(1)))).toBe(false)
    expect(lifecycleActionRuns(setValue(-3, at(1)))).toBe(false)
    expect(lifecycleActionRuns(setValue(1.5, at(1)))).toBe(false)
    expect(lifecycleActionRuns(defaultValue(null, at(1)))).toBe(false)
    expect(lifecycleActionRuns(unknownValue('var.days', at(1)))).toBe('unknown')
  })
})
