import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { bucketAt, editJson, lineOf, repoRoot, scanDir, tempCopy, writeFiles, type Json, removeTemps } from './helpers.js'

afterAll(removeTemps)

const app = 'examples/cdk'
const storage = `${app}/lib/storage-stack.ts`
const secure = `${app}/lib/secure-bucket.ts`
const stage = `${app}/lib/analytics-stage.ts`

describe('the example app (examples/cdk)', () => {
  const scanned = scanDir(path.join(repoRoot, app), repoRoot)

  it('reads every stack of the assembly, Stage and nested stack included, without problems', () => {
    expect(scanned.problems).toEqual([])
    expect(scanned.models.map((m) => m.unit).sort()).toEqual([
      `${app}/cdk.out/StorageStack.template.json`,
      `${app}/cdk.out/assembly-Prod/ProdData90A795AA.template.json`,
      `${app}/cdk.out/assembly-Prod/ProdDataAnalytics269EE93A.nested.template.json`,
    ])
    expect(scanned.models.every((m) => m.format === 'cdk')).toBe(true)
  })

  it('addresses each bucket by its construct path and names its stack', () => {
    const got = scanned.buckets.map((b) => [b.id, b.origin.address, b.origin.cdk?.stack]).sort()
    expect(got).toEqual([
      ['Prod/Data/Analytics/Results/Resource', 'Prod/Data/Analytics/Results/Resource', 'Prod-Data/Analytics'],
      ['Prod/Data/Datasets', 'Prod/Data/Datasets', 'Prod-Data'],
      ['StorageStack/AccessLogs/Resource', 'StorageStack/AccessLogs/Resource', 'StorageStack'],
      ['StorageStack/Archive/Resource', 'StorageStack/Archive/Resource', 'StorageStack'],
      ['StorageStack/Reports/Bucket/Resource', 'StorageStack/Reports/Bucket/Resource', 'StorageStack'],
      ['StorageStack/Uploads/Resource', 'StorageStack/Uploads/Resource', 'StorageStack'],
    ])
  })

  it('puts each bucket on the TypeScript line that created it, from the creation traces', () => {
    const at = (p: string) => {
      const b = bucketAt(scanned, p)
      return [b.origin.at.file, b.origin.at.line, b.origin.cdk?.confidence]
    }
    expect(at('StorageStack/Uploads/Resource')).toEqual([storage, lineOf(storage, "new s3.Bucket(this, 'Uploads'"), 'trace'])
    expect(at('StorageStack/AccessLogs/Resource')).toEqual([storage, lineOf(storage, "new s3.Bucket(this, 'AccessLogs'"), 'trace'])
    expect(at('StorageStack/Archive/Resource')).toEqual([storage, lineOf(storage, "new s3.Bucket(this, 'Archive'"), 'trace'])
    expect(at('Prod/Data/Datasets')).toEqual([stage, lineOf(stage, "new s3.CfnBucket(this, 'Datasets'"), 'trace'])
    expect(at('Prod/Data/Analytics/Results/Resource')).toEqual([stage, lineOf(stage, "new s3.Bucket(this, 'Results'"), 'trace'])
  })

  it('maps a bucket made inside the app’s own L3 construct to the nearest user line, and shows where the L3 was made', () => {
    const b = bucketAt(scanned, 'StorageStack/Reports/Bucket/Resource')
    expect([b.origin.at.file, b.origin.at.line]).toEqual([secure, lineOf(secure, "new s3.Bucket(this, 'Bucket'")])
    const via = b.origin.related?.find((r) => r.at.file === storage)
    expect(via?.at.line).toBe(lineOf(storage, "new SecureBucket(this, 'Reports'"))
  })

  it('keeps the synthesised template line as a related location', () => {
    const b = bucketAt(scanned, 'StorageStack/Uploads/Resource')
    const t = b.origin.related?.find((r) => r.at.file.endsWith('StorageStack.template.json'))
    expect(t?.at.line).toBe(lineOf(`${app}/cdk.out/StorageStack.template.json`, '"Uploads4F6EB0FD": {'))
    expect(t?.at.path).toBe('Resources.Uploads4F6EB0FD')
  })

  it('moves default and explicitly set values to the construct line, keeping their logical paths', () => {
    const uploads = bucketAt(scanned, 'StorageStack/Uploads/Resource')
    const line = lineOf(storage, "new s3.Bucket(this, 'Uploads'")
    expect(uploads.versioning.status).toMatchObject({ state: 'default', at: { file: storage, line, path: 'Resources.Uploads4F6EB0FD' } })
    expect(uploads.publicAccessBlock.blockPublicPolicy).toMatchObject({
      state: 'set',
      value: false,
      at: { file: storage, line, path: 'Resources.Uploads4F6EB0FD.Properties.PublicAccessBlockConfiguration.BlockPublicPolicy' },
    })
    // The public-read policy CDK generated for `publicReadAccess: true` lands on the bucket's line too.
    const stmt = uploads.policies[0]!.statements[0]!
    expect([stmt.at.file, stmt.at.line]).toEqual([storage, line])
  })

  it('hands the source files it mapped to the fix renderer', () => {
    const texts = scanned.loads[0]!.texts
    expect([...texts.keys()].filter((k) => k.endsWith('.ts')).sort()).toEqual([stage, secure, storage])
  })
})

describe('construct paths from both metadata styles', () => {
  it('reads construct paths from the assembly metadata when templates carry no aws:cdk:path', () => {
    const dir = tempCopy(path.join(repoRoot, app))
    for (const t of [
      'cdk.out/StorageStack.template.json',
      'cdk.out/assembly-Prod/ProdData90A795AA.template.json',
      'cdk.out/assembly-Prod/ProdDataAnalytics269EE93A.nested.template.json',
    ]) {
      editJson(path.join(dir, t), (json) => {
        for (const r of Object.values<Json>(json.Resources)) if (r.Metadata) delete r.Metadata['aws:cdk:path']
      })
    }
    const s = scanDir(dir)
    expect(s.problems).toEqual([])
    expect(s.buckets.map((b) => b.id).sort()).toEqual([
      'Prod/Data/Analytics/Results/Resource',
      'Prod/Data/Datasets',
      'StorageStack/AccessLogs/Resource',
      'StorageStack/Archive/Resource',
      'StorageStack/Reports/Bucket/Resource',
      'StorageStack/Uploads/Resource',
    ])
    expect(bucketAt(s, 'Prod/Data/Analytics/Results/Resource').origin.at.line).toBe(
      lineOf('lib/analytics-stage.ts', "new s3.Bucket(this, 'Results'", dir),
    )
  })

  it('reads construct paths from inline manifest metadata with V8 traces (CDK v1 schema)', () => {
    const s = scanDir(path.join(repoRoot, 'test/fixtures/cdk/legacy-v1'))
    expect(s.problems).toEqual([])
    expect(s.buckets.map((b) => [b.id, b.origin.cdk?.confidence]).sort()).toEqual([
      ['LegacyStack/Logs/Resource', 'trace'],
      ['LegacyStack/Site/SiteBucket/Resource', 'trace'],
    ])
  })

  it('reads construct paths from template metadata alone when the assembly has no logical-id entries', () => {
    const dir = tempCopy(path.join(repoRoot, 'test/fixtures/cdk/legacy-v1'))
    editJson(path.join(dir, 'cdk.out/manifest.json'), (json) => delete json.artifacts.LegacyStack.metadata)
    const s = scanDir(dir)
    expect(s.problems).toEqual([])
    expect(s.buckets.map((b) => [b.id, b.origin.cdk?.stack]).sort()).toEqual([
      ['LegacyStack/Logs/Resource', 'LegacyStack'],
      ['LegacyStack/Site/SiteBucket/Resource', 'LegacyStack'],
    ])
  })

  it('gives a stack whose construct path is unknown the logical ids of its own metadata, not another stack’s', () => {
    const dir = tempCopy()
    const template = JSON.stringify({ Resources: { Logs1234: { Type: 'AWS::S3::Bucket' } } })
    // No display name, and artifact ids that are not the construct paths: neither path can be settled.
    const stack = (app: string) => ({
      type: 'aws:cloudformation:stack',
      properties: { templateFile: `${app}.template.json` },
      metadata: { [`/${app}/Logs/Resource`]: [{ type: 'aws:cdk:logicalId', data: 'Logs1234' }] },
    })
    writeFiles(dir, {
      'cdk.out/manifest.json': JSON.stringify({ version: '36.0.0', artifacts: { X: stack('AppX'), Y: stack('AppY') } }),
      'cdk.out/AppX.template.json': template,
      'cdk.out/AppY.template.json': template,
    })
    const s = scanDir(dir)
    expect(s.problems).toEqual([])
    expect(s.buckets.map((b) => [b.origin.cdk?.stack, b.id]).sort()).toEqual([
      ['X', 'AppX/Logs/Resource'],
      ['Y', 'AppY/Logs/Resource'],
    ])
  })

  it('keeps a nested stack’s logical ids apart from its parent’s even when they are equal', () => {
    const dir = tempCopy(path.join(repoRoot, app))
    const nested = path.join(dir, 'cdk.out/assembly-Prod/ProdDataAnalytics269EE93A.nested.template.json')
    // Give the nested bucket the parent's bucket logical id; paths come from the metadata file only.
    fs.writeFileSync(nested, fs.readFileSync(nested, 'utf8').replaceAll('Results25575328', 'Datasets'))
    editJson(path.join(dir, 'cdk.out/assembly-Prod/ProdData90A795AA.metadata.json'), (json) => {
      for (const entry of json['/Prod/Data/Analytics/Results/Resource']) if (entry.type === 'aws:cdk:logicalId') entry.data = 'Datasets'
    })
    for (const t of [
      'cdk.out/assembly-Prod/ProdData90A795AA.template.json',
      'cdk.out/assembly-Prod/ProdDataAnalytics269EE93A.nested.template.json',
    ]) {
      editJson(path.join(dir, t), (json) => {
        for (const r of Object.values<Json>(json.Resources)) if (r.Metadata) delete r.Metadata['aws:cdk:path']
      })
    }
    const s = scanDir(dir)
    expect(
      s.buckets
        .filter((b) => b.origin.cdk?.stack.startsWith('Prod'))
        .map((b) => [b.origin.cdk?.stack, b.id])
        .sort(),
    ).toEqual([
      ['Prod-Data', 'Prod/Data/Datasets'],
      ['Prod-Data/Analytics', 'Prod/Data/Analytics/Results/Resource'],
    ])
  })
})
