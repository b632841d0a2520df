import { describe, expect, it } from 'vitest'
import { wildcardMatches } from '../../src/model/arn.js'
import { publicStatements } from '../../src/model/exposure.js'
import { MAX_POLICY_ENTRIES, readPolicyDocument, unknownStatement, type PNode } from '../../src/parsers/shared/policy-document.js'
import {
  accessClasses,
  actionPatternMatches,
  conditionRestrictsPrincipal,
  isPublicAllow,
  principalIsEveryone,
  statementAppliesToAction,
  type PolicyStatement,
  type Tri,
} from '../../src/model/policy.js'

const at = { file: 'p.json', line: 1, column: 1, endLine: 1, endColumn: 1, path: '' }
/** Plain JSON → the neutral policy view. */
function pnode(v: unknown): PNode {
  if (Array.isArray(v)) return { kind: 'list', items: v.map(pnode), at }
  if (v !== null && typeof v === 'object') return { kind: 'map', entries: Object.entries(v).map(([k, x]) => [k, pnode(x)]), at }
  return { kind: 'str', value: v as string, at }
}
const stmt = (s: Record<string, unknown>): PolicyStatement => readPolicyDocument(pnode({ Statement: [s] }), 'p').statements[0]!

describe('policy semantics', () => {
  it('matches IAM action wildcards case-insensitively', () => {
    expect(actionPatternMatches('s3:Get*', 's3:GetObject')).toBe(true)
    expect(actionPatternMatches('S3:getobject', 's3:GetObject')).toBe(true)
    expect(actionPatternMatches('s3:?etObject', 's3:GetObject')).toBe(true)
    expect(actionPatternMatches('s3:Put*', 's3:GetObject')).toBe(false)
    expect(actionPatternMatches('*', 's3:GetObject')).toBe(true)
    // As a RegExp this pattern backtracked for seconds against each action name it was tested on.
    const hostile = `s3:${'?*'.repeat(40)}X`
    expect(actionPatternMatches(hostile, 's3:PutBucketPublicAccessBlock')).toBe(false)
    expect(actionPatternMatches(hostile, `s3:${'a'.repeat(40)}X`)).toBe(true)
  })

  it('understands NotAction', () => {
    const s = stmt({ Effect: 'Allow', Principal: '*', NotAction: 's3:Delete*', Resource: '*' })
    expect(statementAppliesToAction(s, 's3:GetObject')).toBe(true)
    expect(statementAppliesToAction(s, 's3:DeleteObject')).toBe(false)
  })

  it('recognises every shape of a wildcard principal', () => {
    for (const p of ['*', { AWS: '*' }, { AWS: ['arn:aws:iam::111122223333:root', '*'] }, { AWS: 'arn:aws:iam::*:root' }]) {
      expect(principalIsEveryone(stmt({ Effect: 'Allow', Principal: p, Action: 's3:GetObject' }))).toBe(true)
    }
    expect(
      principalIsEveryone(stmt({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject' })),
    ).toBe(false)
    expect(principalIsEveryone(stmt({ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject' }))).toBe(
      false,
    )
    expect(
      principalIsEveryone(stmt({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject' })),
    ).toBe(true)
  })

  it('treats conditions that pin the caller to fixed values as restricting, per AWS', () => {
    const restricting = [
      { StringEquals: { 'aws:SourceVpce': 'vpce-1' } },
      { StringEquals: { 'AWS:sourcevpce': ['vpce-1', 'vpce-2'] } },
      { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } },
      { ArnEquals: { 'aws:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/E1' } },
      { StringEquals: { 'aws:SourceAccount': '111122223333' } },
      { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.0.2.7', '2001:db8::/32'] } },
      { 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgPaths': 'o-abc/r-1/ou-1/' } },
      // Patterns that still pin one organization or account (AWS's own example for org paths).
      { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*'] } },
      { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' } },
      { ArnLike: { 'aws:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/*' } },
      { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:user/${aws:username}' } },
    ]
    for (const c of restricting)
      expect(isPublicAllow(stmt({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*', Condition: c }))).toBe(false)
  })

  it('does not count spoofable, negated, optional or wildcard conditions as restricting', () => {
    const open = [
      { StringLike: { 'aws:Referer': 'https://example.com/*' } },
      { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } },
      { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } },
      { 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-abc' } },
      { StringLike: { 'aws:SourceArn': 'arn:aws:cloudfront::*' } },
      { StringLike: { 'aws:SourceArn': 'arn:aws:s3:::logs-*' } },
      { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::1111*:role/x' } },
      { StringLike: { 'aws:PrincipalArn': 'arn:*:iam::111122223333:*' } },
      { StringLike: { 'aws:PrincipalOrgPaths': 'o-*/r-ab12/*' } },
      { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': '*' } },
      { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } },
      // S3 calls ranges broader than /8 (IPv4) or /32 (IPv6) public.
      { IpAddress: { 'aws:SourceIp': '0.0.0.0/1' } },
      { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '64.0.0.0/7'] } },
      { IpAddress: { 'aws:SourceIp': '2000::/3' } },
      { Bool: { 'aws:SecureTransport': 'true' } },
    ]
    for (const c of open)
      expect(isPublicAllow(stmt({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*', Condition: c }))).toBe(true)
  })

  it('never calls a Deny public', () => {
    expect(isPublicAllow(stmt({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }))).toBe(false)
  })

  it('is unknown, not public or private, when the effect is unknown', () => {
    const s = stmt({ Principal: '*', Action: 's3:GetObject' })
    expect(isPublicAllow(s)).toBe('unknown')
  })

  it('splits granted actions into access classes', () => {
    expect(accessClasses(stmt({ Effect: 'Allow', Action: ['s3:GetObject'] })).granted).toEqual(['objectRead'])
    expect(accessClasses(stmt({ Effect: 'Allow', Action: 's3:*' })).granted).toEqual([
      'objectRead',
      'list',
      'metadataRead',
      'write',
      'permissions',
    ])
    expect(accessClasses(stmt({ Effect: 'Allow', Action: 's3:RestoreObject' })).granted).toEqual(['write'])
    expect(accessClasses(stmt({ Effect: 'Allow', Action: 's3:PutBucketPolicy' })).granted).toEqual(['permissions'])
  })

  it('keeps an unparseable condition value as a restriction only when it is a fixed placeholder', () => {
    const c = { operator: 'StringEquals', key: 'aws:SourceVpce', values: [{ parts: [{ kind: 'unknown' as const, why: 'param' }] }], at }
    expect(conditionRestrictsPrincipal(c)).toBe(true)
    expect(
      conditionRestrictsPrincipal({
        ...c,
        operator: 'StringLike',
        values: [{ parts: ['vpce-', { kind: 'unknown' as const, why: 'x' }, '*'] }],
      }),
    ).toBe(false)
  })

  it('leaves a CIDR or a wildcard pattern from a deploy-time value undecided, since it may be 0.0.0.0/0 or "*"', () => {
    const param = [{ parts: [{ kind: 'unknown' as const, why: 'var.cidr' }] }]
    const cidr = { operator: 'IpAddress', key: 'aws:SourceIp', values: param, at }
    expect(conditionRestrictsPrincipal(cidr)).toBe('unknown')
    expect(conditionRestrictsPrincipal({ ...cidr, operator: 'ArnLike', key: 'aws:SourceArn' })).toBe('unknown')
    expect(conditionRestrictsPrincipal({ ...cidr, values: [...param, '0.0.0.0/0'] })).toBe(false)
    const s = stmt({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' })
    s.conditions = { state: 'set', value: [cidr], at }
    expect(isPublicAllow(s)).toBe('unknown')
    s.conditions = { state: 'set', value: [cidr, { ...cidr, operator: 'StringEquals', key: 'aws:SourceVpce' }], at }
    expect(isPublicAllow(s)).toBe(false)
  })
})

describe('public statements of a bucket policy', () => {
  // The bucket is `arn:aws:s3:::b`; a literal pattern covers what it matches.
  const covers = (s: PolicyStatement): { bucket: Tri; objects: Tri } => {
    if (s.resource.values.state === 'unknown') return { bucket: 'unknown', objects: 'unknown' }
    const values = s.resource.values.value
    const hits = (arn: string) => values.some((v) => typeof v === 'string' && wildcardMatches(v, arn))
    return { bucket: hits('arn:aws:s3:::b'), objects: hits('arn:aws:s3:::b/key') }
  }
  const coverage = { reaches: covers, covers }
  const classesOf = (...statements: Record<string, unknown>[]) =>
    publicStatements(readPolicyDocument(pnode({ Statement: statements }), 'p').statements, coverage).map((p) => p.classes)

  it('counts object actions on the object ARN and bucket actions on the bucket ARN only', () => {
    expect(classesOf({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b' })).toEqual([
      ['list', 'metadataRead', 'write', 'permissions'],
    ])
    expect(classesOf({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' })).toEqual([
      ['objectRead', 'list', 'metadataRead', 'write', 'permissions'],
    ])
    expect(classesOf({ Effect: 'Allow', Principal: '*', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b/*' })).toEqual([])
  })

  it('drops what a Deny on "not from this endpoint" covers, and keeps the rest', () => {
    const allow = {
      Effect: 'Allow',
      Principal: '*',
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
    }
    const deny = { Effect: 'Deny', Principal: '*', Action: 's3:*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } } }
    expect(classesOf(allow, { ...deny, Resource: 'arn:aws:s3:::b/*' })).toEqual([['list']])
    expect(classesOf(allow, { ...deny, Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'] })).toEqual([])
  })

  it('turns a public statement uncertain when a Deny that could close it is only known at deploy time', () => {
    const doc = readPolicyDocument(
      pnode({
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
          { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' },
        ],
      }),
      'p',
    )
    doc.statements[1]!.conditions = { state: 'unknown', why: 'a parameter', at }
    expect(publicStatements(doc.statements, coverage)).toMatchObject([{ classes: ['objectRead'], certain: false }])
  })

  it('does not let a statement that cannot be read at all cast doubt on a public Allow', () => {
    const doc = readPolicyDocument(
      pnode({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] }),
      'p',
    )
    const unreadable = unknownStatement('depends on condition IsPublic', at)
    doc.statements.push(unreadable)
    // It may be another public grant itself (an unknown), but it is no Deny that could close this one.
    expect(publicStatements(doc.statements, coverage)).toMatchObject([
      { classes: ['objectRead'], certain: true },
      { statement: unreadable, certain: false },
    ])
  })
})

describe('policy documents larger than AWS accepts', () => {
  it('are unknown rather than read entry by entry', () => {
    const actions = Array.from({ length: MAX_POLICY_ENTRIES }, (_, i) => `s3:Action${i}`)
    const doc = readPolicyDocument(pnode({ Statement: [{ Effect: 'Allow', Principal: '*', Action: actions, Resource: '*' }] }), 'p')
    expect(doc.statements).toEqual([])
    expect(doc.unknown?.why).toMatch(/more than any policy AWS accepts/)
    const fits = readPolicyDocument(
      pnode({ Statement: [{ Effect: 'Allow', Principal: '*', Action: actions.slice(0, 1000), Resource: '*' }] }),
      'p',
    )
    expect(fits.unknown).toBeUndefined()
    expect(fits.statements).toHaveLength(1)
  })
})
