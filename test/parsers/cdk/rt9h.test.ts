/**
 * Red team 9h: CDK fixes and the cloud assembly.
 */
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../../src/limits.js'
import { cdkPlugin } from '../../../src/parsers/cdk/index.js'
import { processUnit, type UnitJob } from '../../../src/process-unit.js'
import fs from 'node:fs'
import { bucketAt, candidates, removeTemps, repoRoot, scanDir, tempCopy, writeFiles } from './helpers.js'
// Calls a format's reader directly, without the scan that loads the readers it needs.
import '../../setup/format-readers.js'

afterAll(removeTemps)

/** Runs a copy of `from` (a folder holding an app and its cdk.out) through the unit pipeline. */
function runDir(from: string, edit: (dir: string) => void = () => {}) {
  const dir = tempCopy(from)
  edit(dir)
  const roots = [dir]
  const [unit] = cdkPlugin.plan(candidates(roots, dir), { roots, cwd: dir, debug: () => {} })
  const job: UnitJob = {
    roots,
    cwd: dir,
    limits: DEFAULT_LIMITS,
    severity: {},
    disabled: [],
    allowInline: true,
    now: '2026-01-01T00:00:00.000Z',
  }
  return processUnit(unit!, job)
}

/** The example app, with `extra` sources written into it, through the whole unit pipeline. */
function runExample(extra: Record<string, string>) {
  const dir = tempCopy(path.join(repoRoot, 'examples/cdk'))
  writeFiles(dir, extra)
  const roots = [dir]
  const [unit] = cdkPlugin.plan(candidates(roots, dir), { roots, cwd: dir, debug: () => {} })
  const job: UnitJob = {
    roots,
    cwd: dir,
    limits: DEFAULT_LIMITS,
    severity: {},
    disabled: [],
    allowInline: true,
    now: '2026-01-01T00:00:00.000Z',
  }
  return processUnit(unit!, job)
}

const edits = (r: ReturnType<typeof runExample>, resource: string) =>
  Object.fromEntries(r.findings.filter((f) => f.resource === resource).map((f) => [f.ruleId, f.edit?.replacement !== undefined]))

describe('CDK fixes beside escape hatches in other sources (red team 9h)', () => {
  const UPLOADS = 'StorageStack/Uploads/Resource'

  it('offers the props edits when no source overrides them (the baseline)', () => {
    const e = edits(runExample({}), UPLOADS)
    expect(e).toMatchObject({ 'versioning-disabled': true, 'public-exposure': true, 'tls-not-enforced': true })
  })

  it('offers no edit for a property an Aspect in another file writes; the findings stay', () => {
    const aspect = `import { IAspect } from 'aws-cdk-lib'
import * as s3 from 'aws-cdk-lib/aws-s3'
import { IConstruct } from 'constructs'

export class Loosen implements IAspect {
  visit(node: IConstruct): void {
    if (node instanceof s3.CfnBucket) {
      node.addPropertyOverride('PublicAccessBlockConfiguration.BlockPublicPolicy', false)
      node.versioningConfiguration = { status: 'Suspended' }
    }
  }
}
`
    const e = edits(runExample({ 'lib/loosen.ts': aspect }), UPLOADS)
    expect(e['versioning-disabled']).toBe(false)
    expect(e['public-exposure']).toBe(false)
    expect(e['block-public-access-incomplete']).toBe(false)
    // What the Aspect leaves alone is still fixed in the props.
    expect(e['tls-not-enforced']).toBe(true)
  })

  it('offers no edit at all when another source overrides a path it computes', () => {
    const helper = `import { CfnResource } from 'aws-cdk-lib'
export function applyOverrides(res: CfnResource, o: Record<string, unknown>) {
  for (const [k, v] of Object.entries(o)) res.addOverride(\`Properties.\${k}\`, v)
}
`
    const r = runExample({ 'lib/util/overrides.ts': helper })
    expect(r.findings.some((f) => f.resource === UPLOADS && f.ruleId === 'versioning-disabled')).toBe(true)
    expect(r.findings.filter((f) => f.edit).map((f) => f.ruleId)).toEqual([])
  })

  it('reads Python escape hatches in another module, and ignores commented-out ones', () => {
    const py = 'def loosen(bucket):\n    bucket.node.default_child.add_property_override("VersioningConfiguration.Status", "Suspended")\n'
    expect(edits(runExample({ 'lib/loosen.py': py }), UPLOADS)['versioning-disabled']).toBe(false)
    const commented = "// cfn.addPropertyOverride('VersioningConfiguration.Status', 'Suspended')\nexport const x = 1\n"
    expect(edits(runExample({ 'lib/notes.ts': commented }), UPLOADS)['versioning-disabled']).toBe(true)
  })
})

/**
 * An app synthesised with creation traces (aws-cdk-lib 2.276): buckets `Logs` (line 7), `Data`
 * (line 8) and `a/b` (line 9, path id `a--b`) in stack `Main` of bin/app.ts.
 */
const TRACE_APP = path.join(repoRoot, 'test/fixtures/rt9h/trace-app')

function editApp(change: (lines: string[]) => void) {
  return (dir: string) => {
    const file = path.join(dir, 'bin/app.ts')
    const lines = fs.readFileSync(file, 'utf8').split('\n')
    change(lines)
    fs.writeFileSync(file, lines.join('\n'))
  }
}

function versioningOf(r: ReturnType<typeof runDir>, resource: string) {
  const f = r.findings.find((x) => x.resource === resource && x.ruleId === 'versioning-disabled')
  return { line: f?.location.line, file: f?.location.file, edit: f?.edit?.description }
}

describe('creation traces the sources no longer hold (red team 9h)', () => {
  it('maps a fresh synth by its traces', () => {
    const dir = tempCopy(TRACE_APP)
    const s = scanDir(dir)
    expect(bucketAt(s, 'Main/Data/Resource').origin).toMatchObject({ at: { file: 'bin/app.ts', line: 8 }, cdk: { confidence: 'trace' } })
    expect(bucketAt(s, 'Main/a--b/Resource').origin).toMatchObject({ at: { file: 'bin/app.ts', line: 9 }, cdk: { confidence: 'trace' } })
  })

  it('does not put a finding, or its fix, on the line of another construct the trace line now holds', () => {
    // A line removed above the buckets: Data's trace (line 8) now points at `new s3.Bucket(stack, 'a/b'`.
    const r = runDir(
      TRACE_APP,
      editApp((l) => void l.splice(2, 1)),
    )
    expect(versioningOf(r, 'Main/Data/Resource')).toEqual({
      file: 'bin/app.ts',
      line: 7,
      edit: "Set `versioned: true` on s3.Bucket 'Data'",
    })
  })

  it('finds an id with a slash (`a--b` in the construct path) in the sources when the trace line moved', () => {
    // A line added at the top: a/b's trace (line 9) now points at Data's call, and the id lookup
    // has to know that the library wrote `a/b` as `a--b`.
    const r = runDir(
      TRACE_APP,
      editApp((l) => void l.unshift('// a new first line')),
    )
    const s = scanDir(tempCopy(TRACE_APP))
    expect(bucketAt(s, 'Main/a--b/Resource').origin.at.line).toBe(9)
    expect(versioningOf(r, 'Main/Data/Resource')).toMatchObject({ line: 9, edit: "Set `versioned: true` on s3.Bucket 'Data'" })
    const ab = r.findings.find((x) => x.resource === 'Main/a--b/Resource')
    expect([ab?.location.file, ab?.location.line]).toEqual(['bin/app.ts', 10])
  })
})

/**
 * An app whose stack has a file asset `product/template.yaml` (an `s3_assets.Asset`, as
 * `CloudFormationTemplate.fromAsset` makes): synth copies it to `cdk.out/asset.<hash>.yaml`.
 */
const ASSET_APP = path.join(repoRoot, 'test/fixtures/rt9h/asset-app')

describe('file assets that are copies of repository templates (red team 9h)', () => {
  it('leaves a copy of a template the scan reads on its own to that file (no finding twice)', () => {
    const s = scanDir(tempCopy(ASSET_APP))
    expect(s.buckets.map((b) => b.origin.at.file)).toEqual([])
    // The repository's template is left for the CloudFormation plugin.
    expect(s.rest.some((f) => f.rel === 'product/template.yaml')).toBe(true)
  })

  it('still scans the asset when the repository file differs from it, or is not in the scan', () => {
    const changed = tempCopy(ASSET_APP)
    fs.appendFileSync(path.join(changed, 'product/template.yaml'), '# edited after synth\n')
    const files = scanDir(changed).buckets.map((b) => b.origin.at.file)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^cdk\.out\/asset\.[0-9a-f]+\.yaml$/)
    const alone = scanDir(path.join(tempCopy(ASSET_APP), 'cdk.out'))
    expect(alone.buckets).toHaveLength(1)
  })
})
