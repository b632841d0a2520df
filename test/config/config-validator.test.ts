import fs from 'node:fs'
import Ajv from 'ajv'
import ajvLengthModule from 'ajv/dist/runtime/ucs2length.js'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script, without types
import { generateConfigValidator, SCHEMA_FILE, VALIDATOR_FILE } from '../../scripts/config-validator.mjs'
import type { ValidateFunction } from 'ajv'
import generated from '../../src/config/config-validator.generated.js'

const validateConfig = generated as ValidateFunction

describe('the precompiled configuration validator', () => {
  it('is what scripts/config-validator.mjs generates from the schema on disk (run `npm run docs`)', () => {
    expect(fs.readFileSync(VALIDATOR_FILE, 'utf8')).toBe(generateConfigValidator())
  })

  it('accepts and rejects as ajv compiling the schema at run time does, with the same errors', () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'))
    const runtime = new Ajv({ allErrors: true, strict: true, verbose: true }).compile(schema)
    const configs: unknown[] = [
      {},
      { profile: 'strict' },
      { profile: 'loose' },
      { rules: { 'tls-not-enforced': { severity: 'low' } } },
      { rules: { 'tls-not-enforced': { severity: 'urgent' } } },
      { disable: ['versioning-disabled'], paths: ['infra/'] },
      { exceptions: [{ rule: 'versioning-disabled', resource: 'Logs', reason: '', expires: '2027-01-01' }] },
      { exceptions: [{ rule: 'versioning-disabled', resource: 'Logs', reason: '😀', expires: 'soon' }] },
      { unknownKey: true, profile: 3 },
      [],
      'profile: strict',
    ]
    for (const config of configs) {
      const ok = validateConfig(config)
      expect(ok, JSON.stringify(config)).toBe(runtime(config))
      expect(validateConfig.errors ?? null, JSON.stringify(config)).toEqual(runtime.errors ?? null)
    }
  })

  it('counts string lengths in code points, as ajv does (its helper, inlined)', () => {
    const text = fs.readFileSync(VALIDATOR_FILE, 'utf8')
    const helper = /function ucs2length[\s\S]*?\n}\n/.exec(text)?.[0]
    expect(helper, 'the schema has length limits, so the generated code counts lengths').toBeDefined()
    const ucs2length = new Function(`${helper!}; return ucs2length`)() as (s: string) => number
    const lengths = ['', 'a', '😀', 'a😀b', '\ud800', '\udc00\ud800', '\ud800\ud800\udc00', 'x'.repeat(5)]
    // CommonJS with `exports.default`: the default import is the function or the exports object.
    const m = ajvLengthModule as unknown as ((s: string) => number) | { default: (s: string) => number }
    const ajvLength = typeof m === 'function' ? m : m.default
    for (const s of lengths) expect(ucs2length(s), JSON.stringify(s)).toBe(ajvLength(s))
  })
})
