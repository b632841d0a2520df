/**
 * Hostile cloud assemblies that hide a bucket from the scan rather than crash it: a manifest that
 * looks like an assembly's at the top of the repository (which took every file under it out of
 * the other plugins), Stages nested deeper than the reader follows, a template no manifest names,
 * an assembly copied into another one. Each public bucket must still be found, at its line.
 * And manifests that make the reading grow with a product of two sizes (every stack going
 * through every metadata entry, one file named by hundreds of artifacts): each must scan in
 * seconds at sizes where that product took minutes.
 */
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { isRegistered } from '../fuzz/support.js'
import { scanFiles } from '../helpers/scan-files.js'
import { expectPositions } from './support.js'

const PUBLIC_TEMPLATE = JSON.stringify(
  { Resources: { Pub: { Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicReadWrite' } } } },
  null,
  1,
)
const PUBLIC_YAML = 'Resources:\n  Pub:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n'
const PUBLIC_TF = 'resource "aws_s3_bucket" "pub" {\n  bucket = "pub"\n  acl    = "public-read-write"\n}\n'
const stack = (templateFile: string) => ({ type: 'aws:cloudformation:stack', properties: { templateFile } })
const manifest = (artifacts: object) => JSON.stringify({ version: '36.0.0', artifacts }, null, 1)

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

async function scan(files: Record<string, string>) {
  const r = await scanFiles(files, { workers: 0 })
  dirs.push(r.dir)
  expectPositions(r)
  return r
}

/**
 * A bound against gross regressions, not a benchmark: each scan below takes under two seconds here
 * and took 12–19 s before the fixes; generous so that a slow or busy runner does not fail it.
 */
const BOUND_MS = 15_000

async function scanTimed(files: Record<string, string>) {
  const t0 = performance.now()
  const r = await scan(files)
  return { r, ms: performance.now() - t0 }
}

/** `n` stack artifacts `S<i>`, each with its own template holding one bucket. */
function stacks(n: number, artifact: (i: number) => object): Record<string, string> {
  const files: Record<string, string> = {}
  const artifacts: Record<string, object> = {}
  for (let i = 0; i < n; i++) {
    artifacts[`S${i}`] = { type: 'aws:cloudformation:stack', properties: { templateFile: `S${i}.template.json` }, ...artifact(i) }
    files[`cdk.out/S${i}.template.json`] = PUBLIC_TEMPLATE
  }
  files['cdk.out/manifest.json'] = manifest(artifacts)
  return files
}

/** A metadata file of `n` logical-id entries under `App/C<i>`. */
function logicalIds(under: string, n: number): string {
  const meta: Record<string, object[]> = {}
  for (let i = 0; i < n; i++) meta[`/${under}/C${i}/Resource`] = [{ type: 'aws:cdk:logicalId', data: `C${i}` }]
  return JSON.stringify(meta)
}

/** The files holding an `acl-public-write` finding, sorted. */
const publicFiles = (r: Awaited<ReturnType<typeof scan>>) =>
  r.findings
    .filter((f) => f.ruleId === 'acl-public-write')
    .map((f) => `${f.location.file}:${f.location.line}`)
    .sort()

describe.skipIf(!isRegistered('cdk'))('hostile cloud assemblies (cdk plugin registered)', () => {
  it('does not let a manifest.json at the top take the Terraform and CloudFormation beside it out of the scan', async () => {
    const r = await scan({
      'manifest.json': manifest({}),
      'infra/main.tf': PUBLIC_TF,
      'infra/template.yaml': PUBLIC_YAML,
      // A real assembly below the decoy is an assembly of its own, not a part of the decoy.
      'app/out/manifest.json': manifest({ App: stack('App.template.json') }),
      'app/out/App.template.json': PUBLIC_TEMPLATE,
      // A file asset staged beside the templates stays the assembly's, which reads the template it is once
      // (one whose text is a template the scan reads anyway is left to that file: not this one).
      'app/out/asset.0123abcd.yaml': PUBLIC_YAML + '# staged\n',
    })
    expect(publicFiles(r)).toEqual([
      'app/out/App.template.json:6',
      'app/out/asset.0123abcd.yaml:5',
      'infra/main.tf:3',
      'infra/template.yaml:5',
    ])
  })

  it('reads Stages nested deeper than it follows as assemblies of their own, with a warning', async () => {
    const files: Record<string, string> = {}
    let dir = 'cdk.out'
    for (let i = 0; i < 20; i++) {
      files[`${dir}/manifest.json`] = manifest({
        [`assembly-S${i}`]: { type: 'cdk:cloud-assembly', properties: { directoryName: `assembly-S${i}` } },
      })
      dir = `${dir}/assembly-S${i}`
    }
    files[`${dir}/manifest.json`] = manifest({ Bottom: stack('Bottom.template.json') })
    files[`${dir}/Bottom.template.json`] = PUBLIC_TEMPLATE
    const r = await scan(files)
    expect(publicFiles(r)).toEqual([`${dir}/Bottom.template.json:6`])
    expect(r.problems.filter((p) => p.code === 'CDK_ASSEMBLY_TOO_DEEP').map((p) => [p.level, p.line])).toEqual([['warning', 4]])
  })

  it('scans a template that no manifest names, with a warning at it', async () => {
    const r = await scan({
      'cdk.out/manifest.json': manifest({ Listed: stack('Listed.template.json') }),
      'cdk.out/Listed.template.json': '{ "Resources": {} }',
      'cdk.out/Stale.template.json': PUBLIC_TEMPLATE,
    })
    expect(publicFiles(r)).toEqual(['cdk.out/Stale.template.json:6'])
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.level])).toEqual([
      ['CDK_TEMPLATE_UNLISTED', 'cdk.out/Stale.template.json', 1, 'warning'],
    ])
  })

  it('settles the paths of many stacks without going through every logical-id entry for each', async () => {
    // No display name and no entry under an artifact id: no stack's path can be settled.
    const files = stacks(300, (i) => (i === 0 ? { additionalMetadataFile: 'meta.metadata.json' } : {}))
    files['cdk.out/meta.metadata.json'] = logicalIds('Other', 20_000)
    const { r, ms } = await scanTimed(files)
    expect(ms).toBeLessThan(BOUND_MS)
    expect(publicFiles(r)).toHaveLength(300)
  })

  it('reads a tree.json that many tree artifacts name once', async () => {
    const files = stacks(1, () => ({ displayName: 'S0' }))
    const artifacts = JSON.parse(files['cdk.out/manifest.json']!).artifacts
    for (let i = 0; i < 300; i++) artifacts[`Tree${i}`] = { type: 'cdk:tree', properties: { file: 'tree.json' } }
    files['cdk.out/manifest.json'] = manifest(artifacts)
    const children: Record<string, object> = {}
    for (let i = 0; i < 5_000; i++)
      children[`C${i}`] = { id: `C${i}`, path: `S0/C${i}`, constructInfo: { fqn: 'aws-cdk-lib.aws_s3.Bucket' } }
    files['cdk.out/tree.json'] = JSON.stringify({
      version: 'tree-0.1',
      tree: { id: 'App', path: '', children: { S0: { id: 'S0', path: 'S0', children } } },
    })
    const { r, ms } = await scanTimed(files)
    expect(ms).toBeLessThan(BOUND_MS)
    expect(publicFiles(r)).toEqual(['cdk.out/S0.template.json:6'])
  })

  it('reads and adds a metadata file that many stacks name once', async () => {
    const files = stacks(120, (i) => ({ displayName: `S${i}`, additionalMetadataFile: 'meta.metadata.json' }))
    files['cdk.out/meta.metadata.json'] = logicalIds('S0', 5_000)
    const { r, ms } = await scanTimed(files)
    expect(ms).toBeLessThan(BOUND_MS)
    expect(publicFiles(r)).toHaveLength(120)
  })
})
