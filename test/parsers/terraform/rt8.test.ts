/** Red team, eighth Terraform round: evaluator details checked against `terraform console` (1.11). */
import { describe, expect, it } from 'vitest'
import { plainValue, prepareFiles } from './helpers.js'

const evalExpr = (expr: string) => plainValue(prepareFiles({ 'main.tf': `locals {\n  x = ${expr}\n}\n` }).local('x'))

describe('set functions', () => {
  it.each([
    ['setunion(["b"], ["a"])', ['a', 'b']],
    ['setintersection(["c", "b", "a"], ["a", "b"])', ['a', 'b']],
    ['setsubtract(["b", "a"], [])', ['a', 'b']],
    ['setunion([3, 1], [2])', [1, 2, 3]],
    // Which element a list made of the set starts with: Terraform's is "x".
    ['tolist(setunion(["z"], ["y", "x"]))[0]', 'x'],
  ])('%s iterates in the order Terraform gives a set', (expr, expected) => {
    expect(evalExpr(expr)).toEqual(expected)
  })
})
