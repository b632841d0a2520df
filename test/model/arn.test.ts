import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  patternMayMatchName,
  wildcardMatches,
  wildcardMatchesBitParallel,
  patternReachesPrefix,
  resolveBucketRef,
  type NameSource,
} from '../../src/model/arn.js'
import { newBucket } from '../../src/model/defaults.js'
import { locationAt } from '../../src/model/location.js'
import type { Str } from '../../src/model/value.js'
import { setValue, unknownValue } from '../../src/model/value.js'
import { hits, scanFiles } from '../helpers/scan-files.js'

const bucket = (name: string) => `Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: ${name}\n`
const policy = (resource: string) =>
  `  P:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: ${resource}\n            Condition: {Bool: {"aws:SecureTransport": "false"}}\n`

describe('resource coverage of the TLS deny', () => {
  it('accepts every way of naming the bucket and its objects', async () => {
    for (const resource of [
      '[!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]',
      '[!Sub "arn:${AWS::Partition}:s3:::${Data}", !Sub "arn:${AWS::Partition}:s3:::${Data}/*"]',
      '["arn:aws:s3:::my-data", "arn:aws:s3:::my-data/*"]',
      '"arn:aws:s3:::my-data*"',
      '"*"',
    ]) {
      const r = await scanFiles({ 't.yaml': bucket('my-data') + policy(resource) })
      expect(hits(r, 'tls-not-enforced'), resource).toEqual([])
    }
  })

  it('explains when only the objects are covered', async () => {
    const r = await scanFiles({ 't.yaml': bucket('my-data') + policy('!Sub "${Data.Arn}/*"') })
    expect(r.findings.find((f) => f.ruleId === 'tls-not-enforced')?.messageId).toBe('objectsOnly')
  })

  it("does not let another bucket's ARN count", async () => {
    const r = await scanFiles({ 't.yaml': bucket('my-data') + policy('["arn:aws:s3:::other", "arn:aws:s3:::other/*"]') })
    expect(r.findings.find((f) => f.ruleId === 'tls-not-enforced')?.messageId).toBe('noDeny')
  })

  it('is unknown when the resource depends on an imported value', async () => {
    const r = await scanFiles({ 't.yaml': bucket('my-data') + policy('[!ImportValue shared-arn, !Sub "${Data.Arn}/*"]') })
    expect(hits(r, 'tls-not-enforced')).toEqual([])
    expect(r.unknowns.map((u) => u.ruleId)).toContain('tls-not-enforced')
  })
})

describe('patterns that reach part of a bucket', () => {
  const names = { bucket: () => undefined }
  it('reach some object when any completion of the pattern names one', () => {
    expect(patternReachesPrefix('arn:aws:s3:::b/public/*', 'arn:aws:s3:::b/', names)).toBe(true)
    expect(patternReachesPrefix('arn:aws:s3:::b*', 'arn:aws:s3:::b/', names)).toBe(true)
    expect(patternReachesPrefix('arn:aws:s3:::?/x', 'arn:aws:s3:::b/', names)).toBe(true)
    expect(patternReachesPrefix('*', 'arn:aws:s3:::b/', names)).toBe(true)
    expect(patternReachesPrefix('arn:aws:s3:::b', 'arn:aws:s3:::b/', names)).toBe(false)
    expect(patternReachesPrefix('arn:aws:s3:::bb/*', 'arn:aws:s3:::b/', names)).toBe(false)
    expect(patternReachesPrefix('arn:aws:s3:::other/*', 'arn:aws:s3:::b/', names)).toBe(false)
  })
})

describe('resolving names written from the same unknown value', () => {
  it('finds the one bucket named that way among 20,000 without comparing every pair', () => {
    // One pass over every bucket per reference: 20,000 references took minutes.
    const at = locationAt('t.yaml', 1, 1, 'Resources')
    const named = (i: number): Str => ({ parts: [{ kind: 'unknown', why: 'parameter Name', key: 'p:Name' }, `-${i}`] })
    const buckets = Array.from({ length: 20_000 }, (_, i) => {
      const b = newBucket(`B${i}`, { format: 'cloudformation', type: 'AWS::S3::Bucket', address: `B${i}`, at })
      b.name = setValue(named(i), at)
      return b
    })
    const names: NameSource = { bucket: (id) => buckets.find((b) => b.id === id) }
    const t0 = performance.now()
    for (let i = 0; i < buckets.length; i++) expect(resolveBucketRef(named(i), buckets, names)).toBe(buckets[i])
    expect(resolveBucketRef(named(-1), buckets, names)).toBe('unknown')
    expect(performance.now() - t0).toBeLessThan(5_000)
  })
})

describe('patternMayMatchName', () => {
  const at = locationAt('t.yaml', 1, 1, 'Resources')
  const names: NameSource = { bucket: () => undefined }
  const env = { kind: 'unknown', why: 'parameter Env', key: 'p:Env' } as const
  const opaque = unknownValue('imported', at)
  const envData = setValue<Str>({ parts: [env, '-data'] }, at)

  it('lets a literal ARN match a name known only at deploy time, but never across a slash', () => {
    expect(patternMayMatchName('arn:aws:s3:::acme-site', opaque, '', names)).toBe(true)
    expect(patternMayMatchName('arn:aws:s3:::acme-site/*', opaque, '/\u0002key', names)).toBe(true)
    expect(patternMayMatchName('arn:aws:s3:::acme-site', opaque, '/\u0002key', names)).toBe(false)
    expect(patternMayMatchName('arn:aws:s3:::a/b', opaque, '', names)).toBe(false)
    expect(patternMayMatchName('arn:aws:sqs:us-east-1:1:q', opaque, '', names)).toBe(false)
  })

  it('agrees with trying every short value of the unknown part, and needs no deep recursion', () => {
    const fills = ['']
    for (let len = 1; len <= 4; len++) for (const f of fills.filter((x) => x.length === len - 1)) fills.push(`${f}a`, `${f}b`)
    const piece = fc.array(fc.constantFrom('a', 'b', '/'), { maxLength: 3 }).map((cs) => cs.join(''))
    fc.assert(
      fc.property(piece, piece, fc.array(fc.constantFrom('a', 'b', '/', '*', '?'), { maxLength: 5 }), (before, after, cs) => {
        const pattern = `arn:aws:s3:::${cs.join('')}`
        const name = setValue<Str>({ parts: [before, env, after].filter((p) => p !== '') }, at)
        const brute = fills.some((f) => wildcardMatches(pattern, `arn:aws:s3:::${before}${f}${after}`))
        expect(patternMayMatchName(pattern, name, '', names)).toBe(brute)
      }),
      { seed: 20261130, numRuns: 2000 },
    )
    const long = setValue<Str>({ parts: [env, 'a'.repeat(20_000)] }, at)
    expect(patternMayMatchName('*x', long, '', names)).toBe(false)
  })

  it('keeps the known parts of a name: `${Env}-data` is never `acme-logs`, may be `prod-data` or `*-d?ta`', () => {
    expect(patternMayMatchName('arn:aws:s3:::acme-logs', envData, '', names)).toBe(false)
    expect(patternMayMatchName('arn:aws:s3:::prod-data', envData, '', names)).toBe(true)
    expect(patternMayMatchName('arn:aws:s3:::*-d?ta', envData, '', names)).toBe(true)
    expect(patternMayMatchName('arn:aws:s3:::prod-data-2', envData, '', names)).toBe(false)
  })
})

describe('wildcard matching', () => {
  /** The plain definition: IAM `*` and `?` as a regular expression. */
  const oracle = (pattern: string, subject: string, questionMark: boolean) =>
    new RegExp(
      `^${[...pattern].map((c) => (c === '*' ? '[^]*' : c === '?' && questionMark ? '[^]' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`,
    ).test(subject)
  const pattern = fc.array(fc.constantFrom('a', 'b', '*', '?', '/'), { maxLength: 90 }).map((cs) => cs.join(''))
  const subject = fc.array(fc.constantFrom('a', 'b', '/'), { maxLength: 90 }).map((cs) => cs.join(''))

  it('agrees with its definition, through the fast path and the bounded one, across machine words', () => {
    fc.assert(
      fc.property(pattern, subject, fc.boolean(), (p, s, q) => {
        const want = oracle(p, s, q)
        expect(wildcardMatches(p, s, q)).toBe(want)
        expect(wildcardMatchesBitParallel(p, s, q)).toBe(want)
      }),
      { seed: 20261130, numRuns: 3000 },
    )
  })

  it('matches patterns that end a long literal run after a `*` in bounded steps', () => {
    const long = 'a'.repeat(5000)
    expect(wildcardMatches(`*${long}b`, long)).toBe(false)
    expect(wildcardMatches(`*${long}`, `b${long}`)).toBe(true)
    expect(wildcardMatches(`${'*a'.repeat(40)}*`, 'a'.repeat(39))).toBe(false)
  })
})
