import { describe, expect, it } from 'vitest'
import { rules } from '../../rules/index.js'
import { activeRuleIds, ruleProfiles } from '../../src/config/profiles.js'
import { EMPTY_CONFIG, type GateConfig } from '../../src/config/types.js'
import { scanFiles } from '../rules/helpers.js'

const cfg = (c: Partial<GateConfig>): GateConfig => ({ ...EMPTY_CONFIG, ...c })
const inProfile = (p: 'baseline' | 'default' | 'strict') => rules.filter((r) => ruleProfiles(r).includes(p)).map((r) => r.id)

describe('profiles', () => {
  it('run every rule under strict', () => {
    expect(activeRuleIds(cfg({ profile: 'strict' }), rules)).toEqual(rules.map((r) => r.id))
  })

  it('run only rules mapped to a Security Hub control under baseline', () => {
    const ids = activeRuleIds(cfg({ profile: 'baseline' }), rules)
    expect(ids).toEqual(inProfile('baseline'))
    expect(ids).toContain('block-public-access-incomplete')
    expect(ids).toContain('tls-not-enforced')
    for (const id of ids) expect(rules.find((r) => r.id === id)!.meta.securityHub, id).toBeDefined()
    expect(ids).not.toContain('website-enabled')
  })

  it('use the default profile when the configuration names none, which leaves out the strict-only hardening rules', () => {
    const ids = activeRuleIds(EMPTY_CONFIG, rules)
    expect(ids).toEqual(inProfile('default'))
    expect(ids).toContain('public-exposure')
    expect(ids).not.toContain('tls-min-version')
    expect(ids).not.toContain('sse-c-not-blocked')
    expect(ids.length).toBeLessThan(rules.length)
  })

  it('let rules: on add a rule the profile leaves out, and a severity do the same', () => {
    expect(activeRuleIds(cfg({ profile: 'baseline', on: ['website-enabled'] }), rules)).toContain('website-enabled')
  })

  it('let disable remove a rule from the profile', () => {
    expect(activeRuleIds(cfg({ profile: 'strict', disable: ['tls-min-version'] }), rules)).not.toContain('tls-min-version')
  })

  it('let enable replace the profile with an explicit list', () => {
    expect(activeRuleIds(cfg({ profile: 'strict', enable: ['tls-not-enforced', 'versioning-disabled'] }), rules)).toEqual([
      'tls-not-enforced',
      'versioning-disabled',
    ])
  })

  it('decide which rules a scan runs', async () => {
    const template = 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n'
    const strict = await scanFiles({ 'template.yaml': template }, { config: { profile: 'strict' } })
    const baseline = await scanFiles({ 'template.yaml': template }, { config: { profile: 'baseline' } })
    const none = await scanFiles({ 'template.yaml': template }, { config: { profile: undefined } })
    const ids = (r: typeof strict) => [...new Set(r.findings.map((f) => f.ruleId))].sort()
    expect(ids(strict)).toContain('tls-min-version')
    expect(ids(none)).not.toContain('tls-min-version')
    expect(ids(none)).toContain('versioning-disabled')
    expect(ids(baseline)).not.toContain('versioning-disabled')
    expect(ids(baseline)).toContain('tls-not-enforced')
    for (const id of ids(baseline)) expect(inProfile('baseline')).toContain(id)
  })

  it('apply severity overrides from the configuration', async () => {
    const r = await scanFiles(
      { 'template.yaml': 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n' },
      { config: { severity: { 'versioning-disabled': 'critical' } } },
    )
    expect(r.findings.find((f) => f.ruleId === 'versioning-disabled')!.severity).toBe('critical')
  })
})
