/**
 * Planning reads every root module's config files to find module calls, and keeps those texts for
 * loading only up to a bound: a text not kept is read again, with the same result.
 */
import { describe, expect, it } from 'vitest'
import { planTerraformUnits, type TerraformUnitData } from '../../../src/parsers/terraform/plan-units.js'
import { processUnit, type UnitResult } from '../../../src/process-unit.js'
import { planUnits } from '../../helpers/plan-units.js'
import { writeTree } from '../../helpers/scan-files.js'
import { candidates } from './helpers.js'
// Calls a format's reader directly, without the scan that loads the readers it needs.
import '../../setup/format-readers.js'

const bucket = (name: string) => `resource "aws_s3_bucket" "${name}" {\n  bucket = "${name}-data"\n  acl    = "public-read"\n}\n`

describe('planTerraformUnits', () => {
  const dir = writeTree({
    'a/main.tf': `${bucket('a')}module "m" {\n  source = "../mod"\n}\n`,
    'a/more.tf': bucket('a2'),
    'b/main.tf': bucket('b'),
    'c/main.tf.json': JSON.stringify({ resource: { aws_s3_bucket: { c: { bucket: 'c-data' } } } }),
    'mod/main.tf': bucket('inner'),
  })
  // Planning takes the files it claims out of the list it is given.
  const files = () => candidates(dir, dir)
  const kept = (units: ReturnType<typeof planTerraformUnits>) =>
    units.flatMap((u) => Object.values((u.data as TerraformUnitData).texts ?? {})).reduce((n, t) => n + t.length, 0)
  const withoutDebug = (r: UnitResult) => ({ ...r, debug: [] })

  it('keeps the texts it read for loading, at most as many characters as allowed', () => {
    const all = planTerraformUnits(files(), () => {})
    expect(all.map((u) => u.id)).toEqual(['a', 'b', 'c'])
    const own = files()
      .filter((f) => !f.rel.startsWith('mod/'))
      .reduce((n, f) => n + f.size, 0)
    expect(kept(all)).toBe(own)
    expect(kept(planTerraformUnits(files(), () => {}, 0))).toBe(0)
    const some = planTerraformUnits(files(), () => {}, 150)
    expect(kept(some)).toBeGreaterThan(0)
    expect(kept(some)).toBeLessThanOrEqual(150)
  })

  it('gives the same results whether a unit takes its texts from planning or reads them again', () => {
    const { job } = planUnits(dir)
    const scan = (keep: number) => planTerraformUnits(files(), () => {}, keep).map((u) => withoutDebug(processUnit(u, job)))
    const all = scan(Infinity)
    expect(all.flatMap((r) => r.findings.map((f) => f.resource))).toContain('module.m.aws_s3_bucket.inner')
    expect(scan(0)).toEqual(all)
    expect(scan(150)).toEqual(all)
  })
})
