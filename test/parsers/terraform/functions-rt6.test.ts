/**
 * Red team, sixth Terraform round: functions that met an element not known statically gave a
 * known answer (or an error `try()` catches), where Terraform gives an unknown one. Wrapped in
 * `try(..., "private")` the bucket then passed as private in silence.
 */
import { describe, expect, it } from 'vitest'
import { plainValue, prepareFiles } from './helpers.js'

function evalExpr(expr: string) {
  const vars = 'variable "s" {\n  type = string\n}\nvariable "n" {\n  type = number\n}\nvariable "b" {\n  type = bool\n}\n'
  return plainValue(prepareFiles({ 'main.tf': `${vars}locals {\n  x = ${expr}\n}\n` }).local('x'))
}

describe('functions over elements not known statically', () => {
  it.each([
    'anytrue([var.b, false])',
    'alltrue(["${var.s}"])',
    'try(sum([1, var.n]), 0)',
    'sum([1, "${var.s}"])',
    'try(index(["x", var.s], "y"), -1)',
    'try(setintersection(["a"], [var.s])[0], "none")',
    'try(setsubtract(["a"], [var.s])[0], "none")',
    'length(setsubtract(["a"], [var.s]))',
  ])('%s is unknown', (expr) => {
    expect(String(evalExpr(expr))).toMatch(/^<unknown: /)
  })

  it.each([
    // What stays known: a true element decides anytrue, a match before the unknown decides index.
    ['anytrue([var.b, true])', true],
    ['anytrue([false, "false"])', false],
    ['sum([1, 2.5])', 3.5],
    ['index(["y", var.s], "y")', 0],
    ['try(sum([1, "x"]), "refused")', 'refused'],
    ['try(index(["x"], "y"), "refused")', 'refused'],
    ['setintersection(["a", "b"], ["b", "c"])', ['b']],
    ['setsubtract(["a", "b"], ["b"])', ['a']],
    ['setintersection([{ a = 1 }], [{ a = 1 }, { a = 2 }])', [{ a: 1 }]],
  ])('%s is %j', (expr, want) => {
    expect(evalExpr(expr)).toEqual(want)
  })
})

describe('format() and formatlist() widths past any string', () => {
  it.each([
    'format("%.999999999f", 1.5)',
    'format("%999999999s", "x")',
    'format("%-999999999d", 1)',
    'formatlist("%999999s", range(10000))',
    'join("", formatlist("%9999s", range(100000)))',
    // Each text is one value to jsonencode's budget: 4 GB and half a minute before the result was refused.
    'jsonencode([for i in range(1000) : format("%6000000s", "x")])',
    'format("%#v", [for i in range(1000) : format("%6000000s", "x")])',
  ])('%s is unknown, and quickly', (expr) => {
    // `%.999999999f` wrote a billion digits one at a time (minutes); formatlist held 10 GB.
    const t0 = performance.now()
    expect(String(evalExpr(expr))).toMatch(/^<unknown: /)
    expect(performance.now() - t0).toBeLessThan(5_000)
  })

  it.each([
    ['format("%.999999999s", "abc")', 'abc'],
    ['format("%5s|%-3d|%.2f", "x", 7, 1.005)', '    x|7  |1.00'],
    ['formatlist("%03d", [1, 2])', ['001', '002']],
    ['format("%999999999t", true)', 'true'],
    ['jsonencode({ b = [1, "x<"], a = null })', '{"a":null,"b":[1,"x\\u003c"]}'],
  ])('%s is %j', (expr, want) => {
    expect(evalExpr(expr)).toEqual(want)
  })
})
