import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { patternContains, wildcardContains, wildcardMatches, type NameSource } from '../../src/model/arn.js'
import {
  accessClasses,
  actionTargetsObjects,
  isWildcardPrincipalValue,
  statementAppliesToActions,
  unlistedActions,
  type PolicyStatement,
} from '../../src/model/policy.js'
import type { Str } from '../../src/model/value.js'
import { readPolicyDocument, type PNode } from '../../src/parsers/shared/policy-document.js'

const at = { file: 'p.json', line: 1, column: 1, endLine: 1, endColumn: 1, path: '' }
function pnode(v: unknown): PNode {
  if (Array.isArray(v)) return { kind: 'list', items: v.map(pnode), at }
  if (v !== null && typeof v === 'object') return { kind: 'map', entries: Object.entries(v).map(([k, x]) => [k, pnode(x)]), at }
  return { kind: 'str', value: v as string, at }
}
const stmt = (s: Record<string, unknown>): PolicyStatement => readPolicyDocument(pnode({ Statement: [s] }), 'p').statements[0]!
const names: NameSource = { bucket: () => undefined }

describe('pattern containment', () => {
  it('takes in a pattern only when every string it matches matches too', () => {
    expect(wildcardContains('arn:aws:s3:::b/reports/*', 'arn:aws:s3:::b/reports/*')).toBe(true)
    expect(wildcardContains('arn:aws:s3:::b/*', 'arn:aws:s3:::b/reports/*')).toBe(true)
    expect(wildcardContains('arn:aws:s3:::b/rep*', 'arn:aws:s3:::b/reports/?')).toBe(true)
    expect(wildcardContains('*', 'arn:aws:s3:::b/reports/*')).toBe(true)
    expect(wildcardContains('arn:aws:s3:::b/reports/2024/*', 'arn:aws:s3:::b/reports/*')).toBe(false)
    expect(wildcardContains('arn:aws:s3:::b/reports/?', 'arn:aws:s3:::b/reports/*')).toBe(false)
    expect(wildcardContains('arn:aws:s3:::b/reports/x', 'arn:aws:s3:::b/reports/?')).toBe(false)
  })

  it('never takes in a pattern it does not cover, whatever the strings', () => {
    const pattern = fc.stringMatching(/^[ab/*?]{0,8}$/)
    // Some string the pattern matches: each `*` becomes a run, each `?` one character.
    const instance = (p: string, fill: string[]) =>
      [...p].map((c, i) => (c === '*' ? (fill[i] ?? '') : c === '?' ? (fill[i] ?? 'a').slice(0, 1) || 'a' : c)).join('')
    fc.assert(
      fc.property(pattern, pattern, fc.array(fc.stringMatching(/^[ab/]{0,3}$/), { maxLength: 8 }), (outer, inner, fill) => {
        if (!wildcardContains(outer, inner)) return true
        return wildcardMatches(outer, instance(inner, fill))
      }),
      { numRuns: 2000 },
    )
  })

  it('does not trust an outer part only known at deploy time, nor a ? against an inner placeholder', () => {
    const unknown: Str = { parts: ['arn:aws:s3:::', { kind: 'unknown', why: 'var.name' }, '/*'] }
    expect(patternContains(unknown, 'arn:aws:s3:::b/reports/*', names)).toBe(false)
    // An unknown part of the inner pattern stands for any text, which only a `*` takes in.
    expect(patternContains('arn:aws:s3:::*', unknown, names)).toBe(true)
    const generated: Str = { parts: [{ kind: 'bucket', id: 'Data', attr: 'arn' }, '/reports/*'] }
    expect(patternContains(generated, generated, names)).toBe(true)
    expect(patternContains('arn:aws:s3:::????????????????????/reports/*', generated, names)).toBe(false)
  })
})

describe('actions the built-in lists lack', () => {
  it('are classed by their verb', () => {
    const s = stmt({
      Effect: 'Allow',
      Action: [
        's3:GetBucketMetadataTableConfiguration',
        's3:DeleteBucketMetadataTableConfiguration',
        's3:ListAllMyBuckets',
        's3:GetObject',
      ],
    })
    expect(unlistedActions(s)).toEqual([
      { action: 's3:GetBucketMetadataTableConfiguration', cls: 'metadataRead' },
      { action: 's3:DeleteBucketMetadataTableConfiguration', cls: 'settingsWrite' },
      { action: 's3:ListAllMyBuckets', cls: 'metadataRead' },
    ])
    expect(accessClasses(s).granted).toEqual(['objectRead', 'metadataRead', 'settingsWrite'])
    expect(unlistedActions(stmt({ Effect: 'Allow', Action: ['s3:PutObjectFoo', 's3:GetObjectFoo'] }))).toEqual([
      { action: 's3:PutObjectFoo', cls: 'write' },
      { action: 's3:GetObjectFoo', cls: 'objectRead' },
    ])
    // S3 API operations that are no IAM action grant nothing.
    expect(unlistedActions(stmt({ Effect: 'Allow', Action: ['s3:ListObject', 's3:ListObjectsV2'] }))).toEqual([])
    // Patterns that match listed actions, and other services, are left to the lists.
    expect(unlistedActions(stmt({ Effect: 'Allow', Action: ['s3:Get*', 'ec2:GetConsoleOutput', 's3:CreateBucket'] }))).toEqual([])
  })

  it('act on objects when their noun is an object', () => {
    expect(actionTargetsObjects('s3:GetObjectFoo')).toBe(true)
    expect(actionTargetsObjects('s3:GetBucketObjectLockConfiguration')).toBe(false)
    expect(actionTargetsObjects('s3:GetBucketMetadataTableConfiguration')).toBe(false)
  })

  it('are covered by a Deny pattern only when it takes the whole Allow pattern in', () => {
    expect(statementAppliesToActions(stmt({ Effect: 'Deny', Action: 's3:Put*' }), 's3:PutBucketMeta*')).toBe(true)
    expect(statementAppliesToActions(stmt({ Effect: 'Deny', Action: 's3:PutBucketMetaX' }), 's3:PutBucketMeta*')).toBe(false)
    // NotAction may spare one of the actions the pattern matches.
    expect(statementAppliesToActions(stmt({ Effect: 'Deny', NotAction: 's3:PutBucketMetaX' }), 's3:PutBucketMeta*')).toBe(false)
    expect(statementAppliesToActions(stmt({ Effect: 'Deny', NotAction: 's3:Get*' }), 's3:PutBucketMetadata')).toBe(true)
  })
})

describe('principal ARNs with a wildcard in the account', () => {
  it('are anyone, as arn:aws:iam::*:root is', () => {
    for (const v of [
      'arn:aws:iam::*:root',
      'arn:aws:sts::*:assumed-role/r/s',
      'arn:aws:iam::12345678901*:root',
      'arn:aws:iam::1?3456789012:root',
    ])
      expect(isWildcardPrincipalValue(v)).toBe(true)
    for (const v of ['arn:aws:iam::123456789012:root', 'arn:aws:sts::123456789012:assumed-role/r/s', '123456789012'])
      expect(isWildcardPrincipalValue(v)).toBe(false)
    const partition: Str = { parts: ['arn:', { kind: 'pseudo', name: 'partition' }, ':iam::12345678901*:root'] }
    expect(isWildcardPrincipalValue(partition)).toBe(true)
  })
})
