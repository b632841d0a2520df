import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import AjvModule from 'ajv'
import { describe, expect, it } from 'vitest'
import { load } from 'js-yaml'
import { rules } from '../../rules/index.js'
import { parseConfig } from '../../src/config/load.js'
import { silentLogger } from '../../src/logger.js'
import { makeScanOptions } from '../../src/options.js'
import { scan } from '../../src/scan.js'

const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as typeof AjvModule
const root = path.resolve(import.meta.dirname, '../..')
const schema = JSON.parse(fs.readFileSync(path.join(root, 'schema/s3-gate.schema.json'), 'utf8'))
const example = fs.readFileSync(path.join(root, 'examples/.s3-gate.yml'), 'utf8')

describe('the shipped configuration schema', () => {
  it('is a valid JSON schema under strict checking', () => {
    expect(() => new Ajv({ strict: true }).compile(schema)).not.toThrow()
  })

  it('lists every rule id, so editors can complete them', () => {
    expect(schema.definitions.ruleId.enum).toEqual(rules.map((r) => r.id).sort())
  })

  it('accepts the documented example configuration', () => {
    const validate = new Ajv({ strict: true }).compile(schema)
    expect(validate(load(example)), JSON.stringify(validate.errors)).toBe(true)
    const c = parseConfig(example, 'examples/.s3-gate.yml', new Set(rules.map((r) => r.id)))
    expect(c.profile).toBe('default')
    expect(c.exceptions.map((e) => e.rule)).toEqual(['access-logging-disabled', 'website-enabled', 'replication-missing'])
    expect(c.exceptions[1]!.expires).toBe('2027-03-31')
  })

  it("keeps the findings of a CDK app at the root, which the example's include describes", async () => {
    // It included cdk.out/** only: every finding of the app, reported at its lib/*.ts lines, was dropped.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-example-config-'))
    try {
      fs.cpSync(path.join(root, 'examples/cdk'), dir, { recursive: true })
      const config = parseConfig(example, '.s3-gate.yml', new Set(rules.map((r) => r.id)))
      const result = await scan(
        makeScanOptions({ cwd: dir, paths: ['.'], config, workers: 0, now: new Date('2026-06-01T00:00:00Z') }),
        silentLogger,
      )
      const files = new Set(result.findings.map((f) => f.location.file))
      expect([...files].filter((f) => f.startsWith('lib/'))).not.toEqual([])
      // infra/** is for another layout; the app's own globs all match.
      expect(result.problems.filter((p) => p.code === 'INCLUDE_UNMATCHED').map((p) => /"([^"]+)"/.exec(p.message)![1])).toEqual([
        'infra/**',
      ])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('rejects an exception without a reason, as the loader does', () => {
    const validate = new Ajv({ strict: true }).compile(schema)
    expect(validate({ exceptions: [{ rule: 'tls-not-enforced' }] })).toBe(false)
    expect(validate.errors![0]!.keyword).toBe('required')
  })
})
