/**
 * Red-team round 8 (policy model): a principal whose account field is a long run of `*` is read in
 * linear time, and a metric filter pattern longer than CloudWatch Logs takes is not parsed.
 */
import { describe, expect, it } from 'vitest'
import { judgePolicyChangePattern } from '../../src/model/metric-filter.js'
import { isWildcardPrincipalValue } from '../../src/model/policy.js'

describe('principal ARNs with a wildcard account', () => {
  it('still reads a wildcard in the account field, and only there', () => {
    expect(isWildcardPrincipalValue('arn:aws:iam::*:root')).toBe(true)
    expect(isWildcardPrincipalValue('arn:aws:sts::12345678901?:assumed-role/r/s')).toBe(true)
    expect(isWildcardPrincipalValue('arn:aws:iam::123456789012:role/*')).toBe(false)
    expect(isWildcardPrincipalValue('arn:aws:iam::123456789012:root')).toBe(false)
    expect(isWildcardPrincipalValue('arn:aws:iam::*')).toBe(false)
    expect(isWildcardPrincipalValue('arn:aws:iam:*:')).toBe(false)
  })

  it('takes linear time over an account field of 400,000 `*` with no colon after it', () => {
    const started = Date.now()
    expect(isWildcardPrincipalValue(`arn:aws:iam::${'*'.repeat(400_000)}`)).toBe(false)
    expect(isWildcardPrincipalValue(`arn:aws:iam::${'*'.repeat(400_000)}:root`)).toBe(true)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})

describe('metric filter patterns past the CloudWatch Logs limit', () => {
  it('are not understood, rather than overflowing the stack', () => {
    expect(judgePolicyChangePattern(`{ ${'('.repeat(200_000)}$.eventSource = s3.amazonaws.com }`)).toEqual({ kind: 'not-understood' })
    expect(judgePolicyChangePattern(`{ $.eventSource = s3.amazonaws.com${' && $.a = b'.repeat(100_000)} }`)).toEqual({
      kind: 'not-understood',
    })
  })

  it('are read up to 1,024 characters', () => {
    const events = '($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)'
    const pattern = `{ ($.eventSource = s3.amazonaws.com) && (${events}) }`
    expect(judgePolicyChangePattern(pattern.padEnd(1024))).toEqual({ kind: 'ok' })
    expect(judgePolicyChangePattern(pattern.padEnd(1025))).toEqual({ kind: 'not-understood' })
  })
})
