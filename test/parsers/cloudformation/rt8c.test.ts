import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../../helpers/scan-files.js'
import { strict } from '../../helpers/fix-round-trip.js'
import type { ScanResult } from '../../../src/scan-result.js'

const unknownAt = (r: ScanResult, ruleId: string) =>
  r.unknowns.filter((u) => u.ruleId === ruleId).map((u) => `${u.location.file}:${u.location.line}`)

const include = (indent: string) =>
  `${indent}Fn::Transform:\n${indent}  Name: AWS::Include\n${indent}  Parameters:\n${indent}    Location: s3://snippets/bucket.yaml\n`

describe('Fn::Transform among the keys of a map (red team 8c)', () => {
  it('makes every property the include may set unknown, SSE-C blocking included', async () => {
    const text = 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: data\n' + include('      ')
    const r = await scanFiles({ 't.yaml': text }, strict)
    expect(hits(r, 'sse-c-not-blocked')).toEqual([])
    expect(hits(r, 'encryption-not-kms')).toEqual([])
    expect(unknownAt(r, 'sse-c-not-blocked')).toEqual(['t.yaml:4'])
  })

  it('makes a property written beside the transform unknown too (the snippet or macro may change it)', async () => {
    const text =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: data\n' +
      '      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n' +
      include('      ')
    const r = await scanFiles({ 't.yaml': text }, strict)
    expect(hits(r, 'encryption-not-kms')).toEqual([])
    expect(hits(r, 'sse-c-not-blocked')).toEqual([])
    // Unknown at the property as written.
    expect(unknownAt(r, 'encryption-not-kms')).toEqual(['t.yaml:6'])
  })

  it('limits a transform inside BucketEncryption to the encryption', async () => {
    const text =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Suspended\n' +
      '      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n' +
      include('        ')
    const r = await scanFiles({ 't.yaml': text }, strict)
    expect(hits(r, 'versioning-disabled')).toEqual(['versioning-disabled@6'])
    expect(hits(r, 'encryption-not-kms')).toEqual([])
    expect(hits(r, 'sse-c-not-blocked')).toEqual([])
    expect(unknownAt(r, 'sse-c-not-blocked')).toEqual(['t.yaml:8'])
  })

  it('makes a map evaluated whole (a public access block) unknown, in JSON too', async () => {
    const json = JSON.stringify(
      {
        Resources: {
          Data: {
            Type: 'AWS::S3::Bucket',
            Properties: {
              PublicAccessBlockConfiguration: {
                BlockPublicAcls: false,
                'Fn::Transform': { Name: 'MyMacro' },
              },
            },
          },
        },
      },
      null,
      2,
    )
    const r = await scanFiles({ 't.json': json }, strict)
    expect(hits(r, 'block-public-access-incomplete')).toEqual([])
    expect(unknownAt(r, 'block-public-access-incomplete').length).toBeGreaterThan(0)
  })

  it('reads a resource with a transform beside its Type as that type, its properties unknown', async () => {
    const text = 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n' + include('    ')
    const r = await scanFiles({ 't.yaml': text }, strict)
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
    expect(hits(r, 'acl-public-read')).toEqual([])
    expect(unknownAt(r, 'acl-public-read')).toEqual(['t.yaml:4'])
  })

  it('keeps SSE-C not blocked when neither side of an unknown Fn::If blocks it, and unknown when a side may', async () => {
    const head =
      'Parameters:\n  Env:\n    Type: String\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n' +
      '      BucketEncryption: !If\n        - IsProd\n        - ServerSideEncryptionConfiguration:\n            - ServerSideEncryptionByDefault:\n                SSEAlgorithm: AES256\n'
    const neither =
      head +
      '        - ServerSideEncryptionConfiguration:\n            - ServerSideEncryptionByDefault:\n                SSEAlgorithm: AES256\n'
    const blocks =
      head.replace(
        'SSEAlgorithm: AES256\n',
        'SSEAlgorithm: AES256\n              BlockedEncryptionTypes:\n                EncryptionType: [SSE-C]\n',
      ) +
      '        - ServerSideEncryptionConfiguration:\n            - ServerSideEncryptionByDefault:\n                SSEAlgorithm: AES256\n              BlockedEncryptionTypes:\n                EncryptionType: [SSE-C]\n'
    const r = await scanFiles({ 'neither.yaml': neither, 'blocks.yaml': blocks }, strict)
    expect(r.findings.filter((f) => f.ruleId === 'sse-c-not-blocked').map((f) => f.location.file)).toEqual(['neither.yaml'])
    expect(unknownAt(r, 'sse-c-not-blocked').map((u) => u.split(':')[0])).toEqual(['blocks.yaml'])
  })

  it('makes the policy of each bucket unknown when an Fn::Transform among the resources may add one', async () => {
    const text =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Suspended\n' +
      include('  ')
    const r = await scanFiles({ 't.yaml': text }, strict)
    for (const rule of ['bucket-policy-missing', 'tls-not-enforced', 'policy-public-read'])
      expect([rule, hits(r, rule), unknownAt(r, rule)]).toEqual([rule, [], ['t.yaml:7']])
    // What the bucket writes itself is still judged.
    expect(hits(r, 'versioning-disabled')).toEqual(['versioning-disabled@6'])
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([['TRANSFORM_NOT_EXPANDED', 7]])
  })
})
