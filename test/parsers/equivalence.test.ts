/**
 * The same buckets written in every format must give the same model: each file of an equivalence
 * case is scanned alone, its model is normalised (locations, resource ids and policy owners
 * stripped; bucket placeholders named by bucket name) and compared with `expected.model.json`.
 * This test keeps the formats from drifting apart.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/limits.js'
import { linkModel } from '../../src/model/link.js'
import type { Bucket, S3Model } from '../../src/model/s3.js'
import { pluginByName, plugins } from '../../src/parsers/registry.js'
import type { CandidateFile, LoadContext } from '../../src/parsers/types.js'
import { listFiles, toDisplayPath } from '../../src/discovery.js'
// Calls a format's reader directly, without the scan that loads the readers it needs.
import '../setup/format-readers.js'

const casesDir = path.resolve(__dirname, '../fixtures/equivalence')
const FORMAT_FILES = ['template.yaml', 'template.json', 'main.tf', 'main.tf.json', 'plan.json', 'cdk.out']

/** Loads one file (or a cdk.out directory) through whichever plugin claims it. */
export function modelsOf(abs: string): S3Model[] {
  const root = path.dirname(abs)
  const files: CandidateFile[] = (fs.statSync(abs).isDirectory() ? listFiles(abs, [root], root, () => true) : [abs]).map((f) => ({
    abs: f,
    rel: toDisplayPath(f, root),
    size: fs.statSync(f).size,
    head: fs.readFileSync(f, 'utf8').slice(0, 4096),
  }))
  const ctx: LoadContext = {
    roots: [root],
    cwd: root,
    limits: DEFAULT_LIMITS,
    debug: () => {},
    readFile: (f) => (f.startsWith(root) ? fs.readFileSync(f, 'utf8') : undefined),
    displayPath: (f) => toDisplayPath(f, root),
    listFiles: (dir, filter) => listFiles(dir, [root], root, filter),
  }
  const models: S3Model[] = []
  for (const plugin of plugins) {
    for (const unit of plugin.plan(files, { roots: [root], cwd: root, debug: () => {} })) {
      const load = pluginByName(plugin.name).load(unit, ctx)
      expect(load.problems.filter((p) => p.level === 'error')).toEqual([])
      models.push(...load.models)
    }
  }
  models.forEach(linkModel)
  return models
}

/** The comparable part of a model: every managed bucket, by name, without locations or ids. */
export function normaliseModel(models: S3Model[]): unknown {
  const buckets = models.flatMap((m) => m.buckets).filter((b) => b.managed)
  const nameOf = new Map<string, string>()
  for (const b of buckets)
    nameOf.set(b.id, b.name.state === 'unknown' ? `?${b.id}` : typeof b.name.value === 'string' ? b.name.value : `?${b.id}`)
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip)
    if (v === null || typeof v !== 'object') return v
    const o = v as Record<string, unknown>
    if (o.kind === 'bucket' && typeof o.id === 'string') return { kind: 'bucket', name: nameOf.get(o.id) ?? o.id, attr: o.attr }
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(o)) {
      // `mfaDeleteConfigurable` is a fact about the format (CloudFormation cannot set MFA delete), not the
      // bucket; so is `precedesBlock` (only Terraform applies a policy and a public access block apart).
      if (
        k === 'precedesBlock' ||
        k === 'at' ||
        k === 'originsAt' ||
        k === 'origin' ||
        k === 'suppressions' ||
        k === 'owner' ||
        k === 'id' ||
        k === 'why' ||
        k === 'mfaDeleteConfigurable'
      )
        continue
      if (k === 'logSourceOf' || k === 'replicaOf' || k === 'trailIds' || k === 'accessPointIds') {
        out[k] = (x as string[]).map((id) => nameOf.get(id) ?? id).sort()
        continue
      }
      out[k] = strip(x)
    }
    return out
  }
  const byName = (a: Bucket, b: Bucket) => (nameOf.get(a.id)! < nameOf.get(b.id)! ? -1 : 1)
  return [...buckets].sort(byName).map((b) => ({ name: nameOf.get(b.id), ...(strip(b) as object) }))
}

const cases = fs.existsSync(casesDir) ? fs.readdirSync(casesDir).filter((d) => fs.statSync(path.join(casesDir, d)).isDirectory()) : []

describe.each(cases)('equivalence case %s', (name) => {
  const dir = path.join(casesDir, name)
  const expectedFile = path.join(dir, 'expected.model.json')
  const present = FORMAT_FILES.filter((f) => fs.existsSync(path.join(dir, f)))

  it.each(present)('%s normalises to expected.model.json', (file) => {
    const actual = normaliseModel(modelsOf(path.join(dir, file)))
    if (!fs.existsSync(expectedFile) && file === 'template.yaml' && process.env.S3_GATE_WRITE_EXPECTED) {
      fs.writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n')
    }
    expect(actual).toEqual(JSON.parse(fs.readFileSync(expectedFile, 'utf8')))
  })
})
