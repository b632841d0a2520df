/**
 * Every rule's documented examples, run through the real scan in every format whose plugin is
 * registered: a "bad" example must produce the rule's finding, a "good" one must not.
 */
import { describe, expect, it } from 'vitest'
import { rules } from '../../rules/index.js'
import { EXAMPLE_FILE, findingsOf, registeredFormats, scanFiles } from './helpers.js'

const formats = registeredFormats()

describe.each(rules.map((r) => [r.id, r] as const))('the examples of %s', (_id, rule) => {
  for (const format of formats) {
    const examples = rule.examples[format as 'cloudformation' | 'terraform']
    if (!examples.bad.length && !examples.good.length) {
      it(`explain why there is no ${format} example`, () => {
        expect(examples.note).toMatch(/\S/)
      })
    }
    examples.bad.forEach((text, i) => {
      it(`report the ${format} bad example ${i + 1}`, async () => {
        const result = await scanFiles({ [EXAMPLE_FILE[format]!]: text })
        expect(result.findings.filter((f) => f.ruleId === 'parse-error' || f.ruleId === 'rule-error')).toEqual([])
        expect(findingsOf(result, rule.id).length).toBeGreaterThan(0)
      })
    })
    examples.good.forEach((text, i) => {
      it(`do not report the ${format} good example ${i + 1}`, async () => {
        const result = await scanFiles({ [EXAMPLE_FILE[format]!]: text })
        expect(result.findings.filter((f) => f.ruleId === 'parse-error' || f.ruleId === 'rule-error')).toEqual([])
        expect(findingsOf(result, rule.id)).toEqual([])
      })
    })
  }
})
