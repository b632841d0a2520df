/**
 * Stages nested in Stages in folders not called `assembly-*`: each assembly around a Stage was
 * also planned as a unit of its own, so the deepest templates were read once per level. Their
 * findings then counted that many times against `--max-scan-findings`, which cut the findings of
 * the other templates (a public bucket went unreported), and the scan's time grew with the depth.
 */
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/limits.js'
import { isRegistered } from '../fuzz/support.js'
import { scanFiles } from '../helpers/scan-files.js'
import { expectPositions } from './support.js'

const manifest = (artifacts: object) => JSON.stringify({ version: '36.0.0', artifacts })
const stack = (id: string) => ({ [id]: { type: 'aws:cloudformation:stack', properties: { templateFile: `${id}.template.json` } } })
const stage = { St: { type: 'cdk:cloud-assembly', properties: { directoryName: 'a' } } }
const PUBLIC_YAML = 'Resources:\n  Pub:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n'

/** `depth` assemblies, each the Stage of the one above in folder `a`; the deepest holds `buckets` public-read buckets. */
function stages(depth: number, buckets: number): Record<string, string> {
  const files: Record<string, string> = { 'good.yaml': PUBLIC_YAML }
  const resources: Record<string, object> = {}
  for (let i = 0; i < buckets; i++) resources[`B${i}`] = { Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicRead' } }
  let dir = 'cdk.out'
  for (let i = 0; i < depth; i++) {
    const last = i === depth - 1
    files[`${dir}/manifest.json`] = manifest({ ...stack(`S${i}`), ...(last ? {} : stage) })
    files[`${dir}/S${i}.template.json`] = JSON.stringify({ Resources: last ? resources : {} }, null, 1)
    dir = `${dir}/a`
  }
  return files
}

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

async function scan(files: Record<string, string>, maxScanFindings = DEFAULT_LIMITS.maxScanFindings) {
  const r = await scanFiles(files, { workers: 0, limits: { ...DEFAULT_LIMITS, maxScanFindings } })
  dirs.push(r.dir)
  expectPositions(r)
  return r
}

const places = (r: Awaited<ReturnType<typeof scan>>, ruleId: string) =>
  r.findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => `${f.location.file}:${f.location.line} ${f.resource}`)
    .sort()

describe.skipIf(!isRegistered('cdk'))('Stages in folders not called assembly-* (cdk plugin registered)', () => {
  it('reads the deepest Stage once: its findings do not push the other templates past the findings limit', async () => {
    const r = await scan(stages(3, 10), 300)
    const flat = await scan(stages(1, 10))
    expect(r.problems.map((p) => p.code)).toEqual([])
    expect(places(r, 'acl-public-write')).toEqual(['good.yaml:5 Pub'])
    const deepest = 'cdk.out/a/a/S2.template.json'
    // The same bucket at the same line and with the same name as in an assembly without Stages.
    expect(places(r, 'acl-public-read')).toEqual(places(flat, 'acl-public-read').map((p) => p.replace('cdk.out/S0.template.json', deepest)))
    expect(places(r, 'acl-public-read')).toHaveLength(10)
    expect(r.findings.filter((f) => f.location.file === deepest)).toHaveLength(
      flat.findings.filter((f) => f.location.file === 'cdk.out/S0.template.json').length,
    )
    expect([r.stats.units, r.stats.buckets]).toEqual([2, 11])
  })

  it('counts each bucket once however deep the Stages go, past the depth it follows too', async () => {
    const files = stages(20, 3)
    const r = await scan(files)
    expect(places(r, 'acl-public-read')).toHaveLength(3)
    // Read 16 Stages deep from the top; the rest as an assembly of its own, in the same unit.
    const cut = `cdk.out${'/a'.repeat(16)}/manifest.json`
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.column, p.level])).toEqual([
      ['CDK_ASSEMBLY_TOO_DEEP', cut, 1, files[cut]!.indexOf('"St"') + 1, 'warning'],
    ])
    expect([r.stats.units, r.stats.buckets]).toEqual([2, 4])
  })
})
