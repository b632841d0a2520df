/** Red team, ninth Terraform round (g): function and variable semantics checked against Terraform's (cty's) own. */
import { describe, expect, it } from 'vitest'
import { bucket, loadFiles, plainValue, prepareFiles, v } from './helpers.js'

const evalExpr = (expr: string) => plainValue(prepareFiles({ 'main.tf': `locals {\n  x = ${expr}\n}\n` }).local('x'))
const evalFiles = (files: Record<string, string>) => plainValue(prepareFiles(files).local('x'))

describe('min() and max()', () => {
  it.each([
    ['min([1, 2])', /min\(\) needs a number, found list/],
    ['max(1, "a")', /max\(\) needs a number, found string/],
    ['min({})', /min\(\) needs a number/],
  ])('%s is an error, as in Terraform (was NaN, read as null)', (expr, why) => {
    const v = evalExpr(expr)
    expect(v).toMatch(/^<unknown error: /)
    expect(v).toMatch(why)
  })

  it.each([
    ['min([1, 2]...)', 1],
    ['max("5", 3)', 5],
    ['min(2, -1, 3)', -1],
    ['max(1)', 1],
    // What try() falls back to when the argument is a mistake.
    ['try(min([30, 90]), 7)', 7],
  ])('%s is %s', (expr, expected) => {
    expect(evalExpr(expr)).toEqual(expected)
  })

  it('an argument not known statically leaves the result unknown, not an error', () => {
    const v = evalFiles({ 'main.tf': 'variable "d" {}\nlocals {\n  x = max(var.d, 30)\n}\n' })
    expect(v).toMatch(/^<unknown: var\.d has no default/)
  })
})

describe('format() and formatlist() arguments', () => {
  it.each([
    ['format("%s", "a", "b")', /too many arguments; only 1 used by format string/],
    ['format("logs", "a")', /too many arguments; no verbs in format string/],
    ['format("%[1]s-%[1]s", "a", "b")', /only 1 used/],
    ['format("100%%", "a")', /no verbs/],
    ['formatlist("%s", ["a"], ["b"])', /only 1 used/],
    ['formatlist("%s-%s", ["a"], ["b", "c"])', /formatlist\(\): a list of 2 elements beside one of 1/],
  ])('%s is an error, as cty rejects it', (expr, why) => {
    const v = evalExpr(expr)
    expect(v).toMatch(/^<unknown error: /)
    expect(v).toMatch(why)
  })

  it.each([
    // try() takes its fallback where Terraform's format() fails.
    ['try(format("%s-logs", "acme", "extra"), "acme-private")', 'acme-private'],
    ['format("%[2]s", "a", "b")', 'b'],
    ['format("%s-%s", "a", "b")', 'a-b'],
    ['formatlist("%s-%s", ["a", "b"], ["c", "d"])', ['a-c', 'b-d']],
    ['formatlist("%s-%s", ["a", "b"], "x")', ['a-x', 'b-x']],
    ['formatlist("%s", "a")', ['a']],
  ])('%s is %j', (expr, expected) => {
    expect(evalExpr(expr)).toEqual(expected)
  })
})

describe('set(...) variables iterate in Terraform order', () => {
  const names = (typeExpr: string, tfvars: string) =>
    evalFiles({
      'main.tf': `variable "names" { type = ${typeExpr} }\nlocals {\n  x = [tolist(var.names)[0], tolist(var.names)]\n}\n`,
      'terraform.tfvars': tfvars,
    })

  it('strings lexically, duplicates dropped (tolist(var.names)[0] was the first written)', () => {
    expect(names('set(string)', 'names = ["logs", "data", "logs"]\n')).toEqual(['data', ['data', 'logs']])
  })

  it('numbers by value', () => {
    expect(names('set(number)', 'names = [10, 9, "2"]\n')).toEqual([2, [2, 9, 10]])
  })

  it('a set(string) default and a .tf.json variable the same', () => {
    const v = evalFiles({
      'main.tf.json': JSON.stringify({
        variable: { s: { type: 'set(string)', default: ['b', 'a'] } },
        locals: { x: '${tolist(var.s)[0]}' },
      }),
    })
    expect(v).toBe('a')
  })

  it('a list(string) keeps the order written', () => {
    expect(names('list(string)', 'names = ["logs", "data"]\n')).toEqual(['logs', ['logs', 'data']])
  })
})

describe('zipmap()', () => {
  it('keys and values of different lengths are an error, as in Terraform (was cut to the shorter)', () => {
    expect(evalExpr('zipmap(["a", "b"], [1, 2, 3])')).toMatch(
      /^<unknown error: zipmap\(\): number of keys \(2\) does not match number of values \(3\)/,
    )
    expect(evalExpr('try(zipmap(["logs"], ["private", "public-read"]), {})')).toEqual({})
  })

  it('of the same length pairs them', () => {
    expect(evalExpr('zipmap(["a", "b"], [1, 2])')).toEqual({ a: 1, b: 2 })
    expect(evalExpr('zipmap([], [])')).toEqual({})
  })
})

describe('title() is Go strings.Title', () => {
  it.each([
    ['title("élan vital")', 'Élan Vital'],
    ['title("hello world-x")', 'Hello World-X'],
    ['title("it\'s a_b c1d")', "It'S A_b C1d"],
    ['title(lower("ENABLED"))', 'Enabled'],
    ['title("ßa")', 'ßa'],
    ['title("a\\u00a0b")', 'A\u00a0B'],
    ['title("a—b")', 'A—b'],
  ])('%s is %j', (expr, expected) => {
    expect(evalExpr(expr)).toBe(expected)
  })
})

describe('for_each over a set of numbers or bools', () => {
  it.each([
    ['for_each = toset([1, 2])', 'a set of numbers'],
    ['for_each = toset([true])', 'a set of bools'],
    ['for_each = var.ports', 'a set of numbers'],
  ])('%s is a TF_INVALID_FOR_EACH warning (Terraform takes sets of strings only) and one unknown instance', (meta, shown) => {
    const r = loadFiles({
      'main.tf': `variable "ports" {\n  type    = set(number)\n  default = [443, 80]\n}\nresource "aws_s3_bucket" "odd" {\n  ${meta}\n  acl    = "public-read"\n}\n`,
    })
    // Before: instances ["1"] and ["2"] (["443"], ["80"]), as though Terraform planned them.
    expect(r.model.buckets.map((b) => b.id)).toEqual(['aws_s3_bucket.odd[*]'])
    expect(v(bucket(r.model, 'aws_s3_bucket.odd[*]').acl.canned)).toMatch(/^set:public-read@/)
    const invalid = r.load.problems.filter((p) => p.code === 'TF_INVALID_FOR_EACH')
    expect(invalid.map((p) => [p.line, p.level])).toEqual([[6, 'warning']])
    expect(invalid[0]!.message).toBe(`aws_s3_bucket.odd has for_each = ${shown}; Terraform takes only a map or a set of strings`)
  })

  it('a set with a string among its numbers is a set of strings, taken without a warning', () => {
    const r = loadFiles({
      'main.tf':
        'resource "aws_s3_bucket" "ok" {\n  for_each = toset(["a", 1])\n}\nresource "aws_s3_bucket" "s" {\n  for_each = toset([for n in [1, 2] : tostring(n)])\n}\n',
    })
    expect(r.model.buckets.map((b) => b.id).sort()).toEqual([
      'aws_s3_bucket.ok["1"]',
      'aws_s3_bucket.ok["a"]',
      'aws_s3_bucket.s["1"]',
      'aws_s3_bucket.s["2"]',
    ])
    expect(r.load.problems).toEqual([])
  })
})
