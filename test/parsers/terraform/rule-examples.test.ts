/**
 * Every rule's Terraform examples, read by the Terraform plugin: a bad example must produce the
 * rule's finding, a good one must not, and neither may have a parse error.
 */
import { describe, expect, it } from 'vitest'
import { evaluateRules } from '../../../src/engine/evaluate.js'
import { linkModel } from '../../../src/model/link.js'
import { rules } from '../../../rules/index.js'
import { loadFiles } from './helpers.js'

const cases = rules.flatMap((rule) =>
  (['bad', 'good'] as const).flatMap((kind) =>
    (rule.examples.terraform?.[kind] ?? []).map((text, i) => ({ name: `${rule.id} ${kind} #${i + 1}`, rule, kind, text })),
  ),
)

describe('rule examples under the Terraform plugin', () => {
  it.each(cases.map((c) => [c.name, c]))('%s', (_name, c) => {
    const r = loadFiles({ 'main.tf': c.text })
    expect(r.load.problems.filter((p) => p.level === 'error')).toEqual([])
    linkModel(r.model)
    const fired = evaluateRules(r.model, [c.rule]).findings.some((f) => f.ruleId === c.rule.id)
    expect(fired).toBe(c.kind === 'bad')
  })
})
