import { describe, expect, it } from 'vitest'
import { plainValue, prepareFiles } from './helpers.js'

function evalExpr(expr: string) {
  return plainValue(prepareFiles({ 'main.tf': `locals {\n  x = ${expr}\n}\n` }).local('x'))
}

describe('functions refuse what Terraform refuses', () => {
  it.each([
    // Go's big.Int reads the whole string: no prefix, no underscore, no trailing text.
    ['parseint("ff", 16)', 255],
    ['parseint("-101", 2)', -5],
    ['parseint("zZ", 62)', 2231],
    ['try(parseint("12abc", 10), "refused")', 'refused'],
    ['try(parseint("1_0", 10), "refused")', 'refused'],
    ['try(parseint("0x1f", 16), "refused")', 'refused'],
    ['try(parseint("9", 8), "refused")', 'refused'],
    ['try(parseint("", 10), "refused")', 'refused'],
    ['try(parseint("1", 63), "refused")', 'refused'],
    // An index past the end wraps; a negative or fractional one is an error.
    ['element(["a", "b"], 3)', 'b'],
    ['try(element(["a", "b"], -1), "refused")', 'refused'],
    ['try(element(["a", "b"], 1.5), "refused")', 'refused'],
    // Strict base64, and text that is UTF-8.
    ['base64decode("aGk=")', 'hi'],
    ['try(base64decode("!!"), "refused")', 'refused'],
    ['try(base64decode("aGk"), "refused")', 'refused'],
    ['try(base64decode("/w=="), "refused")', 'refused'],
  ])('%s is %j', (expr, want) => {
    expect(evalExpr(expr)).toEqual(want)
  })

  it('leaves an integer past 2^53 unknown rather than rounded', () => {
    expect(String(evalExpr('parseint("9007199254740993", 10)'))).toMatch(/^<unknown: /)
  })
})
