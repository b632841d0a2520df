import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { editJson, lineOf, repoRoot, scanDir, tempCopy, removeTemps } from './helpers.js'

afterAll(removeTemps)

const example = path.join(repoRoot, 'examples/cdk')

const codes = (s: ReturnType<typeof scanDir>) => s.problems.map((p) => [p.code, p.file, p.line, p.level])
const ids = (s: ReturnType<typeof scanDir>) => s.buckets.map((b) => b.id).sort()
const ALL = [
  'Prod/Data/Analytics/Results/Resource',
  'Prod/Data/Datasets',
  'StorageStack/AccessLogs/Resource',
  'StorageStack/Archive/Resource',
  'StorageStack/Reports/Bucket/Resource',
  'StorageStack/Uploads/Resource',
]

describe('malformed cloud assemblies', () => {
  it('reports a manifest from a CDK version with another schema, and still scans the templates it holds', () => {
    const dir = tempCopy(example)
    const manifest = path.join(dir, 'cdk.out/manifest.json')
    fs.writeFileSync(
      manifest,
      JSON.stringify({ version: '99.0.0', stacks: [{ name: 'StorageStack', template: 'StorageStack.template.json' }] }, null, 2),
    )
    const s = scanDir(dir)
    expect(codes(s)).toEqual([['CDK_MANIFEST_SCHEMA', 'cdk.out/manifest.json', 1, 'error']])
    expect(s.problems[0]!.message).toContain('99.0.0')
    // The templates still carry `aws:cdk:path`, so buckets keep their construct paths.
    expect(ids(s)).toEqual(ALL)
  })

  it('reports a stack artifact it cannot read at its line, and scans its template as one no manifest names', () => {
    const dir = tempCopy(example)
    const manifest = path.join(dir, 'cdk.out/manifest.json')
    editJson(manifest, (json) => {
      const props = json.artifacts.StorageStack.properties
      props.templateLocation = props.templateFile
      delete props.templateFile
    })
    const s = scanDir(dir)
    expect(codes(s)).toEqual([
      ['CDK_ARTIFACT_INVALID', 'cdk.out/manifest.json', lineOf('cdk.out/manifest.json', '"StorageStack": {', dir), 'error'],
      ['CDK_TEMPLATE_UNLISTED', 'cdk.out/StorageStack.template.json', 1, 'warning'],
    ])
    // The template still carries `aws:cdk:path`, so its buckets keep their construct paths.
    expect(ids(s)).toEqual(ALL)
  })

  it('reports a missing stack template where the manifest names it, and scans the other stacks', () => {
    const dir = tempCopy(example)
    fs.rmSync(path.join(dir, 'cdk.out/StorageStack.template.json'))
    const s = scanDir(dir)
    expect(codes(s)).toEqual([
      [
        'CDK_TEMPLATE_MISSING',
        'cdk.out/manifest.json',
        lineOf('cdk.out/manifest.json', '"templateFile": "StorageStack.template.json"', dir),
        'error',
      ],
    ])
    expect(ids(s)).toEqual(ALL.filter((b) => b.startsWith('Prod/')))
  })

  it('reports a missing nested stack template at its resource in the parent template', () => {
    const dir = tempCopy(example)
    fs.rmSync(path.join(dir, 'cdk.out/assembly-Prod/ProdDataAnalytics269EE93A.nested.template.json'))
    const s = scanDir(dir)
    const parent = 'cdk.out/assembly-Prod/ProdData90A795AA.template.json'
    expect(codes(s)).toEqual([
      ['CDK_TEMPLATE_MISSING', parent, lineOf(parent, '"AnalyticsNestedStackAnalyticsNestedStackResource46B55AE2": {', dir), 'error'],
    ])
    expect(ids(s)).toEqual(ALL.filter((b) => !b.includes('Analytics')))
  })

  it('reports a truncated tree.json at the line where it breaks, and still maps every bucket', () => {
    const dir = tempCopy(example)
    const tree = path.join(dir, 'cdk.out/tree.json')
    const text = fs.readFileSync(tree, 'utf8')
    fs.writeFileSync(tree, text.slice(0, Math.floor(text.length / 2)))
    const s = scanDir(dir)
    expect(codes(s)).toEqual([['CDK_TREE_SYNTAX', 'cdk.out/tree.json', fs.readFileSync(tree, 'utf8').split('\n').length, 'error']])
    expect(ids(s)).toEqual(ALL)
    expect(s.buckets.every((b) => b.origin.cdk?.confidence === 'trace')).toBe(true)
  })

  it('reports a missing Stage assembly at its artifact, and scans the top-level stacks', () => {
    const dir = tempCopy(example)
    fs.rmSync(path.join(dir, 'cdk.out/assembly-Prod'), { recursive: true })
    const s = scanDir(dir)
    expect(codes(s)).toEqual([
      ['CDK_ASSEMBLY_MISSING', 'cdk.out/manifest.json', lineOf('cdk.out/manifest.json', '"assembly-Prod": {', dir), 'error'],
    ])
    expect(ids(s)).toEqual(ALL.filter((b) => b.startsWith('StorageStack/')))
  })

  it('reports a missing metadata file and keeps construct paths from the template', () => {
    const dir = tempCopy(example)
    fs.rmSync(path.join(dir, 'cdk.out/StorageStack.metadata.json'))
    const s = scanDir(dir)
    expect(codes(s)).toEqual([
      [
        'CDK_METADATA_MISSING',
        'cdk.out/manifest.json',
        lineOf('cdk.out/manifest.json', '"additionalMetadataFile": "StorageStack.metadata.json"', dir),
        'error',
      ],
    ])
    expect(ids(s)).toEqual(ALL)
  })

  it('reports a truncated manifest and still scans the templates of the folder', () => {
    const dir = tempCopy(example)
    const manifest = path.join(dir, 'cdk.out/manifest.json')
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').slice(0, 400))
    const s = scanDir(dir)
    expect(codes(s).map((c) => c[0])).toEqual(['CDK_MANIFEST_SYNTAX'])
    expect(ids(s)).toEqual(ALL)
  })

  it('reports a template that is not valid JSON through the CloudFormation loader, and scans the rest', () => {
    const dir = tempCopy(example)
    const t = path.join(dir, 'cdk.out/StorageStack.template.json')
    fs.writeFileSync(t, fs.readFileSync(t, 'utf8').replace('"Resources": {', '"Resources": {,'))
    const s = scanDir(dir)
    expect(codes(s)).toEqual([['JSON_SYNTAX', 'cdk.out/StorageStack.template.json', 3, 'error']])
    expect(ids(s)).toEqual(ALL.filter((b) => b.startsWith('Prod/')))
  })

  it('refuses artifact file names that lead outside the assembly', () => {
    const dir = tempCopy(example)
    editJson(path.join(dir, 'cdk.out/manifest.json'), (json) => {
      json.artifacts.StorageStack.properties.templateFile = '../../etc/passwd'
    })
    const s = scanDir(dir)
    expect(codes(s).map((c) => c[0])).toEqual(['CDK_ARTIFACT_INVALID', 'CDK_TEMPLATE_UNLISTED'])
  })
})
