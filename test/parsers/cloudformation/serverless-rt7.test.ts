/**
 * Serverless Framework services that write one resource across several items of `resources`:
 * the suggestion that removes a public ACL must leave each item valid YAML CloudFormation, and a
 * value a later item overrides is reported where that item writes it.
 */
import { describe, expect, it } from 'vitest'
import { applyEdit } from '../../helpers/fix-round-trip.js'
import { scanFiles } from '../../rules/helpers.js'
import { parse } from 'yaml'

const HEAD = 'service: two\nprovider:\n  name: aws\nresources:\n'

describe('Serverless resources written across items (red team 7)', () => {
  it('empties the later item’s Properties when the public ACL is its only entry', async () => {
    const service =
      HEAD +
      '  - Resources:\n      Data:\n        Type: AWS::S3::Bucket\n        Properties:\n          BucketName: data-bucket\n' + // 5-9
      '  - Resources:\n      Data:\n        Properties:\n          AccessControl: PublicRead\n' // 10-13
    const r = await scanFiles({ 'serverless.yml': service })
    const acl = r.findings.find((f) => f.ruleId === 'acl-public-read')!
    expect(acl.location.line).toBe(13)
    expect(acl.edit).toMatchObject({ startLine: 12, endLine: 13, replacement: '        Properties: {}' })
    const fixed = applyEdit(service, acl.edit!)
    const item = (parse(fixed) as { resources: { Resources: Record<string, { Properties: unknown }> }[] }).resources[1]!
    expect(item.Resources.Data!.Properties).toEqual({})
    expect((await scanFiles({ 'serverless.yml': fixed })).findings.filter((f) => f.ruleId === 'acl-public-read')).toEqual([])
  })

  it('empties the earlier item’s Properties when a later item adds other properties', async () => {
    const service =
      HEAD +
      '  - Resources:\n      Data:\n        Type: AWS::S3::Bucket\n        Properties:\n          AccessControl: PublicRead\n' + // 5-9
      '  - Resources:\n      Data:\n        Properties:\n          BucketName: data-bucket\n' // 10-13
    const r = await scanFiles({ 'serverless.yml': service })
    const acl = r.findings.find((f) => f.ruleId === 'acl-public-read')!
    expect(acl.edit).toMatchObject({ startLine: 8, endLine: 9, replacement: '        Properties: {}' })
    const fixed = applyEdit(service, acl.edit!)
    expect(fixed).toContain('BucketName: data-bucket')
    expect((await scanFiles({ 'serverless.yml': fixed })).findings.filter((f) => f.ruleId === 'acl-public-read')).toEqual([])
  })

  it('reports a value a later item overrides at that item, and edits it there', async () => {
    const service =
      HEAD +
      '  - Resources:\n      Data:\n        Type: AWS::S3::Bucket\n        Properties:\n          AccessControl: PublicRead\n' + // 5-9
      '          BucketName: data-bucket\n' + // 10
      '  - Resources:\n      Data:\n        Properties:\n          AccessControl: PublicReadWrite\n' // 11-14
    const r = await scanFiles({ 'serverless.yml': service })
    const write = r.findings.find((f) => f.ruleId === 'acl-public-write')!
    expect(write.location.line).toBe(14)
    expect(write.edit).toMatchObject({ startLine: 13, endLine: 14, replacement: '        Properties: {}' })
  })
})

describe('Serverless resources the framework changes or makes (red team 7)', () => {
  const codes = (r: Awaited<ReturnType<typeof scanFiles>>) => r.problems.map((p) => [p.code, p.line, p.level])

  it('applies resources.extensions to the resource it names, Properties key by key', async () => {
    const service =
      HEAD +
      '  Resources:\n    Data:\n      Type: AWS::S3::Bucket\n      Properties:\n        BucketName: data\n        AccessControl: Private\n' + // 5-10
      '  extensions:\n    Data:\n      Properties:\n        AccessControl: PublicRead\n' // 11-14
    const r = await scanFiles({ 'serverless.yml': service })
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => [f.resource, f.location.line])).toEqual([['Data', 14]])
    expect(r.stats.buckets).toBe(1)
    expect(codes(r)).toEqual([])
  })

  it('applies extensions to a list of resources items too', async () => {
    const service =
      HEAD +
      '  - Resources:\n      Data:\n        Type: AWS::S3::Bucket\n' + // 5-7
      '  - extensions:\n      Data:\n        Properties:\n          AccessControl: PublicReadWrite\n' // 8-11
    const r = await scanFiles({ 'serverless.yml': service })
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => [f.resource, f.location.line])).toEqual([['Data', 11]])
  })

  it('says that a resource written without a Type changes one the framework makes, rather than failing the gate', async () => {
    const service =
      HEAD +
      '  Resources:\n    Topic:\n      Type: AWS::SNS::Topic\n' + // 5-7
      '    S3BucketPhotos:\n      Properties:\n        AccessControl: PublicReadWrite\n' // 8-10
    const r = await scanFiles({ 'serverless.yml': service })
    expect(codes(r)).toEqual([['SERVERLESS_RESOURCE_OVERRIDE', 8, 'warning']])
    expect(r.problems[0]!.message).toContain('S3BucketPhotos')
    expect(r.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([])
  })

  it('says so also when such changes are all the service writes, in Resources or in extensions', async () => {
    for (const section of ['Resources', 'extensions']) {
      const service = HEAD + `  ${section}:\n    S3BucketPhotos:\n      Properties:\n        AccessControl: PublicReadWrite\n`
      const r = await scanFiles({ 'serverless.yml': service })
      expect(codes(r)).toEqual([['SERVERLESS_RESOURCE_OVERRIDE', 6, 'warning']])
    }
  })
})
