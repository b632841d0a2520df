/**
 * A file asset of a cloud assembly that is a CloudFormation template (a Service Catalog product's
 * `CloudFormationTemplate.fromAsset('product.yaml')` stages `asset.<hash>.yaml`) is deployed, but
 * no manifest names it as a stack: the CDK planner claimed it and nothing read it.
 */
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { scanFiles } from '../../helpers/scan-files.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

const HASH = 'cd'.repeat(32)

function assembly(assets: Record<string, string>): Record<string, string> {
  const files: Record<string, string> = {
    'cdk.out/manifest.json': JSON.stringify({
      version: '36.0.0',
      artifacts: { S: { type: 'aws:cloudformation:stack', properties: { templateFile: 'S.template.json' } } },
    }),
    'cdk.out/S.template.json': JSON.stringify({ Resources: { Topic: { Type: 'AWS::SNS::Topic' } } }, null, 1),
  }
  for (const [name, text] of Object.entries(assets)) files[`cdk.out/${name}`] = text
  return files
}

async function scan(files: Record<string, string>) {
  const r = await scanFiles(files, { workers: 0 })
  dirs.push(r.dir)
  return r
}

const where = (r: Awaited<ReturnType<typeof scan>>, rule: string) =>
  r.findings.filter((f) => f.ruleId === rule).map((f) => `${f.location.file}:${f.location.line}`)

describe('a file asset of a cloud assembly', () => {
  it('is scanned as a CloudFormation template when it is one, in YAML or JSON', async () => {
    const yaml = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  ProductBucket:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
`
    const json = JSON.stringify(
      { Resources: { JsonBucket: { Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicReadWrite' } } } },
      null,
      1,
    )
    const r = await scan(assembly({ [`asset.${HASH}.yaml`]: yaml, [`asset.${'ef'.repeat(32)}.json`]: json }))
    expect(r.problems).toEqual([])
    expect(where(r, 'acl-public-read')).toEqual([`cdk.out/asset.${HASH}.yaml:6`])
    expect(where(r, 'acl-public-write')).toEqual([`cdk.out/asset.${'ef'.repeat(32)}.json:6`])
  })

  it('is left alone when it is no template, and the files of a folder asset are not read as one', async () => {
    const bucket = JSON.stringify({ Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicRead' } } } })
    const r = await scan(
      assembly({
        [`asset.${HASH}.json`]: JSON.stringify({ some: 'data' }),
        // Bundled with a function's code: uploaded as a zip, never deployed as a stack.
        [`asset.${'ef'.repeat(32)}/fixtures/template.json`]: bucket,
      }),
    )
    expect(r.problems).toEqual([])
    expect(where(r, 'acl-public-read')).toEqual([])
  })
})
