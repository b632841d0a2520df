/**
 * A plan next to its `.tf` sources is read twice (as the plan and as the root module); each
 * finding must reach the reviewer once, from the reading that knew more, and a plan older than
 * the sources must never hide what the sources show.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/engine/finding.js'
import { scan } from '../../src/scan.js'
import { makeScanOptions } from '../../src/options.js'
import { recordingLogger } from '../../src/logger.js'
import type { ScanResult } from '../../src/scan-result.js'
import { scanFiles } from '../helpers/scan-files.js'

const PARITY = path.resolve(__dirname, '../fixtures/parity-plans')
const read = (rel: string) => fs.readFileSync(path.join(PARITY, rel), 'utf8')
const fixture = (name: string) => ({ 'infra/main.tf': read(`${name}/main.tf`), 'infra/plan.json': read(`${name}/plan.json`) })

/** Findings that share a rule and resource: the same problem reported more than once. */
function doubles(r: ScanResult): string[] {
  const seen = new Map<string, Finding[]>()
  for (const f of r.findings) {
    const key = `${path.posix.dirname(f.location.file)} ${f.ruleId} ${f.resource}`
    seen.set(key, [...(seen.get(key) ?? []), f])
  }
  return [...seen].filter(([, fs]) => fs.length > 1).map(([k, fs]) => `${k} @${fs.map((f) => f.location.line).join(',')}`)
}

const only = (r: ScanResult, ruleId: string) => r.findings.filter((f) => f.ruleId === ruleId)

describe('a plan scanned with its .tf sources', () => {
  it('keeps the plan’s reading where it knows a variable the sources leave unknown', async () => {
    // `versioning = var.versioning` with no default: the sources cannot tell, the plan can.
    const r = await scanFiles(fixture('param-choice/v4'))
    expect(doubles(r)).toEqual([])
    expect(only(r, 'lifecycle-missing').map((f) => [f.location.file, f.message])).toEqual([
      ['infra/main.tf', expect.stringContaining('although it is versioned')],
    ])
    expect(r.unknowns).toEqual([])
  })

  it('keeps the sources’ reading where the plan has only "known after apply"', async () => {
    // The policy names the bucket's new ARN: the plan cannot read it, the sources can.
    const r = await scanFiles(fixture('policy-not-action/v4'))
    expect(doubles(r)).toEqual([])
    expect(only(r, 'access-logging-disabled').map((f) => f.message)).toEqual([expect.stringContaining('anyone can reach it')])
    expect(only(r, 'policy-allow-not-action')).toHaveLength(1)
    expect(r.unknowns.filter((u) => u.why.includes('known after apply'))).toEqual([])
  })

  it('reports a finding once when the two readings point at different lines', async () => {
    // An inline `policy = jsonencode(...)`: the sources point at the attribute, the plan at the statement.
    const r = await scanFiles(fixture('policy-lockout/v3'))
    expect(doubles(r)).toEqual([])
    expect(only(r, 'policy-lockout')).toHaveLength(1)
  })

  it('reports once a finding made on the policy resource rather than on the bucket', async () => {
    const dir = path.resolve(__dirname, '../fixtures/equivalence/public-split-settings')
    const r = await scanFiles({
      'site/main.tf': fs.readFileSync(path.join(dir, 'main.tf'), 'utf8'),
      'site/plan.json': fs.readFileSync(path.join(dir, 'plan.json'), 'utf8'),
    })
    expect(doubles(r)).toEqual([])
    expect(only(r, 'policy-public-read').map((f) => f.resource)).toEqual(['aws_s3_bucket_policy.site'])
  })

  it('never lets a stale plan hide a bucket or a setting the sources add', async () => {
    const files = fixture('param-choice/v4')
    files['infra/main.tf'] +=
      '\nresource "aws_s3_bucket" "exports" {\n  bucket = "exports"\n}\n\nresource "aws_s3_bucket_acl" "data" {\n  bucket = aws_s3_bucket.data.id\n  acl    = "public-read"\n}\n'
    const r = await scanFiles(files)
    expect(doubles(r)).toEqual([])
    expect(only(r, 'acl-public-read').map((f) => f.resource)).toEqual(['aws_s3_bucket.data'])
    expect(r.findings.filter((f) => f.resource === 'aws_s3_bucket.exports').length).toBeGreaterThan(5)
  })

  it('leaves a plan in a folder of its own, and sources without a plan, as they were', async () => {
    const files: Record<string, string> = { ...fixture('param-choice/v4'), 'other/main.tf': read('param-choice/v4/main.tf') }
    files['plans/plan.json'] = files['infra/plan.json']!
    delete files['infra/plan.json']
    const r = await scanFiles(files)
    expect(
      only(r, 'lifecycle-missing')
        .map((f) => f.location.file)
        .sort(),
    ).toEqual(['infra/main.tf', 'other/main.tf', 'plans/plan.json'])
  })

  it('lets the plan name the instances of a for_each the sources could not evaluate', async () => {
    // `for_each = var.names` without a default: the sources read one `b[*]`, the plan `b["acme-one"]`, `b["acme-two"]`.
    const dir = path.resolve(__dirname, '../fixtures/plan-wildcard')
    for (const [name, instance] of [
      ['root-for-each', /^aws_s3_bucket\.b\["acme-(one|two)"\]$/],
      ['module-for-each', /^module\.store\["(eu|us)"\]\.aws_s3_bucket\.this$/],
    ] as const) {
      const files: Record<string, string> = {}
      for (const rel of fs.readdirSync(path.join(dir, name), { recursive: true, encoding: 'utf8' })) {
        if (fs.statSync(path.join(dir, name, rel)).isFile()) files[rel] = fs.readFileSync(path.join(dir, name, rel), 'utf8')
      }
      const r = await scanFiles(files)
      expect(doubles(r)).toEqual([])
      expect(r.findings.filter((f) => !instance.test(f.resource)).map((f) => f.resource)).toEqual([])
      expect(new Set(r.findings.map((f) => f.resource)).size).toBe(2)
      expect(r.unknowns).toEqual([])
    }
  })

  it('maps a plan onto sources named beside it as file paths, and reads nothing unnamed', async () => {
    const files = { ...fixture('acl-public-read/v4'), 'infra/extra.tf': 'resource "aws_s3_bucket" "unnamed" {}\n' }
    const folder = await scanFiles(files)
    const key = (f: Finding) => `${f.location.file}:${f.location.line} ${f.ruleId} ${f.resource}`
    const named = await scanFiles(files, { paths: ['infra/plan.json', 'infra/main.tf'] })
    expect(doubles(named)).toEqual([])
    expect(named.findings.map(key).sort()).toEqual(
      folder.findings
        .filter((f) => f.resource !== 'aws_s3_bucket.unnamed')
        .map(key)
        .sort(),
    )
    // The plan alone: its folder's sources were not named, so none is read.
    const planOnly = await scanFiles(files, { paths: ['infra/plan.json'] })
    expect(new Set(planOnly.findings.map((f) => f.location.file))).toEqual(new Set(['infra/plan.json']))
  })

  it('gives every shard count the findings of one scan (the plan goes to its sources’ shard)', async () => {
    const files: Record<string, string> = {}
    for (const [i, name] of ['param-choice/v4', 'policy-not-action/v4', 'policy-lockout/v3', 'website/v4', 'tls-deny/v4'].entries()) {
      files[`m${i}/main.tf`] = read(`${name}/main.tf`)
      files[`m${i}/plan.json`] = read(`${name}/plan.json`)
    }
    const whole = await scanFiles(files)
    const key = (f: Finding) => `${f.location.file}:${f.location.line} ${f.ruleId} ${f.resource} ${f.message}`
    for (const count of [2, 3, 4]) {
      const parts: Finding[] = []
      for (let index = 1; index <= count; index++) {
        const r = await scan(
          makeScanOptions({ cwd: whole.dir, paths: ['.'], workers: 0, now: new Date('2026-11-28T00:00:00Z'), shard: { index, count } }),
          recordingLogger(),
        )
        parts.push(...r.findings)
      }
      expect(parts.map(key).sort()).toEqual(whole.findings.map(key).sort())
    }
    expect(doubles(whole)).toEqual([])
  })
})
