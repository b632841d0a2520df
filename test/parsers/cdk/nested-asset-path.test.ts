/**
 * A nested stack's template is the file its `aws:asset:path` metadata names. A value that names
 * no file (`5`, `null`, `{}`, `""`) left the nested stack unscanned without a word.
 */
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { scanFiles } from '../../helpers/scan-files.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

const HASH = 'ab'.repeat(32)
const PUBLIC = { Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicReadWrite' } }
const nested = (assetPath: unknown) => ({
  Type: 'AWS::CloudFormation::Stack',
  Properties: { TemplateURL: `https://cdk-assets.s3.amazonaws.com/${HASH}.json` },
  Metadata: { 'aws:asset:path': assetPath, 'aws:asset:property': 'TemplateURL' },
})

/** Stack `S` with the given resources; its asset manifest lists `N.nested.template.json` under HASH when `listed`. */
function assembly(resources: Record<string, object>, listed: boolean): Record<string, string> {
  return {
    'cdk.out/manifest.json': JSON.stringify({
      version: '36.0.0',
      artifacts: {
        'S.assets': { type: 'cdk:asset-manifest', properties: { file: 'S.assets.json' } },
        S: { type: 'aws:cloudformation:stack', properties: { templateFile: 'S.template.json' }, dependencies: ['S.assets'] },
      },
    }),
    'cdk.out/S.assets.json': JSON.stringify({
      version: '36.0.0',
      files: listed ? { [HASH]: { source: { path: 'N.nested.template.json' } } } : {},
    }),
    'cdk.out/S.template.json': JSON.stringify({ Resources: resources }, null, 1),
    'cdk.out/N.nested.template.json': JSON.stringify({ Resources: { Inner: PUBLIC } }, null, 1),
  }
}

async function scan(files: Record<string, string>) {
  const r = await scanFiles(files, { workers: 0 })
  dirs.push(r.dir)
  return r
}

/** 1-based line and column of `"<key>":` in `text`. */
function keyAt(text: string, key: string): [number, number] {
  const before = text.slice(0, text.indexOf(`"${key}":`))
  return [before.split('\n').length, before.length - before.lastIndexOf('\n')]
}

describe('the aws:asset:path of a nested stack', () => {
  it('is an error at the nested stack when it names no file and nothing else leads to the template', async () => {
    const files = assembly({ N1: nested(5), N2: nested(null), N3: nested({ a: 1 }), N4: nested('') }, false)
    const r = await scan(files)
    const template = files['cdk.out/S.template.json']!
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.column, p.level])).toEqual([
      // Nothing leads to the nested template: it is scanned as one no manifest names.
      ['CDK_TEMPLATE_UNLISTED', 'cdk.out/N.nested.template.json', 1, 1, 'warning'],
      ...['N1', 'N2', 'N3', 'N4'].map((id) => ['CDK_ARTIFACT_INVALID', 'cdk.out/S.template.json', ...keyAt(template, id), 'error']),
    ])
    // Errors fail the gate as findings.
    expect(r.findings.filter((f) => f.ruleId === 'parse-error').map((f) => `${f.location.file}:${f.location.line}`)).toEqual(
      ['N1', 'N2', 'N3', 'N4'].map((id) => `cdk.out/S.template.json:${keyAt(template, id)[0]}`),
    )
  })

  it('is no error when the asset hash in TemplateURL still finds the template', async () => {
    const r = await scan(assembly({ N: nested(5) }, true))
    expect(r.problems).toEqual([])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
      'cdk.out/N.nested.template.json:6',
    ])
  })
})
