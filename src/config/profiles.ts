/**
 * Profiles pick the rules that run: each rule lists its profiles in its metadata (`meta.profiles`),
 * and the configuration adds (`rules: { id: on }`), removes (`off`) or replaces (`enable`) them.
 */
import { PROFILES, type Profile, type Rule } from '../engine/define-rule.js'
import type { GateConfig } from './types.js'

/** The profile used when the configuration names none. */
export const DEFAULT_PROFILE: Profile = 'default'

/** Profiles of a rule; a rule that names none is in `default` and `strict`. */
export function ruleProfiles(rule: Pick<Rule, 'meta'>): Profile[] {
  const p = rule.meta.profiles ?? ['default', 'strict']
  return PROFILES.filter((x) => p.includes(x))
}

/** Ids of the rules that run under the configuration, in registry order. */
export function activeRuleIds(config: GateConfig, rules: readonly Pick<Rule, 'id' | 'meta'>[]): string[] {
  const off = new Set(config.disable)
  if (config.enable) return rules.filter((r) => config.enable!.includes(r.id) && !off.has(r.id)).map((r) => r.id)
  const profile = config.profile ?? DEFAULT_PROFILE
  const on = new Set(config.on)
  return rules.filter((r) => !off.has(r.id) && (ruleProfiles(r).includes(profile) || on.has(r.id))).map((r) => r.id)
}
