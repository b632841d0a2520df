/**
 * A nested stack found only through the asset hash in its `TemplateURL`, which no asset manifest
 * lists: its buckets go unscanned, and that was said only in a debug line.
 */
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { scanFiles } from '../../helpers/scan-files.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

const HASH = 'cd'.repeat(32)
const NESTED = {
  Type: 'AWS::CloudFormation::Stack',
  Properties: { TemplateURL: { 'Fn::Join': ['', ['https://s3.', { Ref: 'AWS::Region' }, `.amazonaws.com/cdk-assets/${HASH}.json`]] } },
}

function assembly(withAssets: boolean): Record<string, string> {
  return {
    'cdk.out/manifest.json': JSON.stringify({
      version: '36.0.0',
      artifacts: {
        ...(withAssets ? { 'S.assets': { type: 'cdk:asset-manifest', properties: { file: 'S.assets.json' } } } : {}),
        S: {
          type: 'aws:cloudformation:stack',
          properties: { templateFile: 'S.template.json' },
          ...(withAssets ? { dependencies: ['S.assets'] } : {}),
        },
      },
    }),
    ...(withAssets ? { 'cdk.out/S.assets.json': JSON.stringify({ version: '36.0.0', files: {} }) } : {}),
    'cdk.out/S.template.json': JSON.stringify({ Resources: { Data: NESTED, Plain: { Type: 'AWS::SNS::Topic' } } }, null, 1),
  }
}

async function scan(files: Record<string, string>) {
  const r = await scanFiles(files, { workers: 0 })
  dirs.push(r.dir)
  return r
}

describe('a nested stack whose asset hash no asset manifest lists (red team 7)', () => {
  it('is a warning at the stack resource naming the hash', async () => {
    const files = assembly(true)
    const r = await scan(files)
    const template = files['cdk.out/S.template.json']!
    const line = template.slice(0, template.indexOf('"Data":')).split('\n').length
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.level])).toEqual([
      ['CDK_NESTED_TEMPLATE_UNLISTED', 'cdk.out/S.template.json', line, 'warning'],
    ])
    expect(r.problems[0]!.message).toContain(HASH)
    expect(r.problems[0]!.message).toContain('Data')
  })

  it('is no warning when the stack names no asset manifest (CDK v1), or one that could not be read (an error of its own)', async () => {
    expect((await scan(assembly(false))).problems).toEqual([])
    const missing = assembly(true)
    delete missing['cdk.out/S.assets.json']
    expect((await scan(missing)).problems.map((p) => p.code)).toEqual(['CDK_ASSETS_MISSING'])
  })

  it('stays quiet about a nested stack whose template lives outside the assembly', async () => {
    const files = assembly(true)
    files['cdk.out/S.template.json'] = JSON.stringify({
      Resources: { Ext: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'https://example.com/shared/vpc.yaml' } } },
    })
    const r = await scan(files)
    expect(r.problems).toEqual([])
  })
})
