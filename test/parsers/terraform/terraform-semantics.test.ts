/**
 * Values where JavaScript's or YAML 1.2's answer is not Terraform's, each checked with
 * `terraform console` (v1.11.4), and what they decide about a bucket.
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../../rules/helpers.js'
import { plainValue, prepareFiles } from './helpers.js'

function evalExpr(expr: string, extra = '', files: Record<string, string> = {}) {
  const p = prepareFiles({ 'main.tf': `locals {\n  x = ${expr}\n}\n${extra}`, ...files })
  return plainValue(p.local('x'))
}

describe('Terraform conversions', () => {
  it.each([
    ['tobool("1")', true],
    ['tobool("0")', false],
    ['"0" ? "a" : "b"', 'b'],
    ['!"1"', false],
    ['tonumber("+1")', 1],
    ['tonumber(".5")', 0.5],
    ['can(tonumber(" 1"))', false],
    ['can(tonumber("1 "))', false],
    // Go's JSON encoder, as jsonencode and %q use it, escapes <, > and &.
    ['jsonencode({ "<k>" = "a<b>&c" })', '{"\\u003ck\\u003e":"a\\u003cb\\u003e\\u0026c"}'],
    ['format("%q", "<x>")', '"\\u003cx\\u003e"'],
    ['replace("abc", "", "-")', '-a-b-c-'],
    ['replace("", "", "-")', '-'],
    ['tolist(toset([3, 1, 2, 10]))', [1, 2, 3, 10]],
  ])('%s is %j', (expr, want) => {
    expect(evalExpr(expr)).toEqual(want)
  })

  it('evaluates both sides of && and ||, so try() and can() see a failed one', () => {
    expect(evalExpr('try({}.a && false, "fallback")')).toBe('fallback')
    expect(evalExpr('try({}.a || true, "fallback")')).toBe('fallback')
    expect(evalExpr('can(false && {}.a)')).toBe(false)
    expect(evalExpr('true && false || true')).toBe(true)
  })

  it('reads yamldecode plain scalars as YAML 1.1 does, and quoted ones as strings', () => {
    const yaml = "a: yes\\nb: off\\nc: y\\nd: 1e3\\ne: .5\\nf: +1\\ng: 0x10\\nh: 0o17\\ni: 012\\nj: 'yes'\\nk: hello\\nl: [x, n]"
    expect(evalExpr(`yamldecode("${yaml}")`)).toEqual({
      a: true,
      b: false,
      c: true,
      d: 1000,
      e: 0.5,
      f: 1,
      g: 16,
      h: 15,
      i: 12,
      j: 'yes',
      k: 'hello',
      l: ['x', false],
    })
    // JSON has no such forms.
    expect(evalExpr('jsondecode("{\\"a\\": \\"yes\\"}")')).toEqual({ a: 'yes' })
  })

  it('never finds a list equal to a tuple, or a map to an object, as Terraform compares types first', () => {
    const declared =
      'variable "l" {\n  type    = list(string)\n  default = []\n}\nvariable "m" {\n  type    = map(string)\n  default = {}\n}\nvariable "u" {\n  default = []\n}\n'
    expect(evalExpr('[var.l == [], var.l != [], var.m == {}, tolist([]) == [], tomap({}) == {}, toset([]) == []]', declared)).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
    ])
    // Same kinds compare their elements; an untyped default is a tuple.
    expect(evalExpr('[var.l == tolist([]), var.u == [], [] == [], length(var.l) == 0, var.m == tomap({})]', declared)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ])
  })

  it.each([
    [
      'a strip marker takes its own line, not the next line’s indentation',
      '    a: 1\n    %{ if true ~}\n    b: 2\n    %{ endif ~}\n',
      'a: 1\n    b: 2\n',
    ],
    [
      'a for loop’s body keeps its indentation',
      '    items:\n    %{ for p in ["a", "b"] ~}\n      - ${p}\n    %{ endfor ~}\n',
      'items:\n      - a\n      - b\n',
    ],
    [
      'markers on the left leave a line without indentation, so none is removed',
      '    items:\n    %{~ for p in ["a", "b"] }\n      - ${p}\n    %{~ endfor }\n',
      '    items:\n\n      - a\n\n      - b\n\n',
    ],
    ['a line of white space only neither counts nor changes', '    a\n  \n    b\n', 'a\n  \nb\n'],
    ['an interpolation at a line start counts as no indentation', '  a\n${"x"}\n', '  a\nx\n'],
    ['directives without markers count as lines of their own', '      x\n    %{ if true }\n      y\n    %{ endif }\n', '  x\n\n  y\n\n'],
  ])('flushes a <<- heredoc as Terraform 1.11 does (terraform console): %s', (_, body, want) => {
    expect(evalExpr(`<<-EOT\n${body}    EOT`)).toBe(want)
  })

  it('gives a root variable with nullable = false its default when .tfvars sets it to null', () => {
    const declared =
      'variable "v" {\n  type     = string\n  default  = "d"\n  nullable = false\n}\nvariable "n" {\n  type    = string\n  default = "d"\n}\n'
    const files = { 'terraform.tfvars': 'v = null\nn = null\n' }
    expect(evalExpr('var.v', declared, files)).toBe('d')
    expect(evalExpr('var.n == null', declared, files)).toBe(true)
  })
})

describe('what those values decide', () => {
  const findingsOf = async (files: Record<string, string>) =>
    (await scanFiles(files)).findings
      .filter((f) => /^(acl-public-read|public-exposure|block-public-access-incomplete|versioning-disabled)$/.test(f.ruleId))
      .map((f) => `${f.ruleId} ${f.resource}`)
      .sort()

  it('a bool variable set to "1" in .tfvars makes the bucket public', async () => {
    const main = `variable "public" {\n  type = bool\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\nresource "aws_s3_bucket_ownership_controls" "b" {\n  bucket = aws_s3_bucket.b.id\n  rule {\n    object_ownership = "ObjectWriter"\n  }\n}\nresource "aws_s3_bucket_public_access_block" "b" {\n  bucket                  = aws_s3_bucket.b.id\n  block_public_acls       = "0"\n  ignore_public_acls      = "0"\n  block_public_policy     = "1"\n  restrict_public_buckets = "1"\n}\nresource "aws_s3_bucket_acl" "b" {\n  bucket = aws_s3_bucket.b.id\n  acl    = var.public ? "public-read" : "private"\n}\n`
    expect(await findingsOf({ 'main.tf': main, 'terraform.tfvars': 'public = "1"\n' })).toEqual([
      'acl-public-read aws_s3_bucket.b',
      'block-public-access-incomplete aws_s3_bucket.b',
      'public-exposure aws_s3_bucket.b',
      'versioning-disabled aws_s3_bucket.b',
    ])
  })

  it('an empty list(string) compared with [] is not equal: the bucket is public', async () => {
    const main = `variable "public_readers" {\n  type    = list(string)\n  default = []\n}\nlocals {\n  lock_down = var.public_readers == []\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\nresource "aws_s3_bucket_ownership_controls" "b" {\n  bucket = aws_s3_bucket.b.id\n  rule {\n    object_ownership = "ObjectWriter"\n  }\n}\nresource "aws_s3_bucket_public_access_block" "b" {\n  bucket                  = aws_s3_bucket.b.id\n  block_public_acls       = local.lock_down\n  ignore_public_acls      = local.lock_down\n  block_public_policy     = local.lock_down\n  restrict_public_buckets = local.lock_down\n}\nresource "aws_s3_bucket_acl" "b" {\n  bucket = aws_s3_bucket.b.id\n  acl    = local.lock_down ? "private" : "public-read"\n}\n`
    expect(await findingsOf({ 'main.tf': main })).toEqual([
      'acl-public-read aws_s3_bucket.b',
      'block-public-access-incomplete aws_s3_bucket.b',
      'public-exposure aws_s3_bucket.b',
      'versioning-disabled aws_s3_bucket.b',
    ])
  })

  it('a try() around a failed && falls back to the safe value', async () => {
    const main = `locals {\n  settings = { strict_acls = false }\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\nresource "aws_s3_bucket_public_access_block" "b" {\n  bucket                  = aws_s3_bucket.b.id\n  block_public_acls       = try(local.settings.block_acls && local.settings.strict_acls, true)\n  ignore_public_acls      = try(local.settings.block_acls && local.settings.strict_acls, true)\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n`
    expect(await findingsOf({ 'main.tf': main })).toEqual(['versioning-disabled aws_s3_bucket.b'])
  })

  it('a null .tfvars value for a nullable = false ACL variable keeps its public default', async () => {
    const main = `variable "acl" {\n  type     = string\n  default  = "public-read"\n  nullable = false\n}\nresource "aws_s3_bucket" "site" {\n  bucket = "site"\n}\nresource "aws_s3_bucket_acl" "site" {\n  bucket = aws_s3_bucket.site.id\n  acl    = var.acl\n}\n`
    expect(await findingsOf({ 'main.tf': main, 'terraform.tfvars': 'acl = null\n' })).toContain('acl-public-read aws_s3_bucket.site')
  })

  it('yes and on in a yamldecoded settings file turn public reading and versioning on', async () => {
    const main = `locals {\n  buckets = yamldecode(file("\${path.module}/buckets.yaml"))\n}\nresource "aws_s3_bucket" "b" {\n  for_each = local.buckets\n  bucket   = each.key\n}\nresource "aws_s3_bucket_ownership_controls" "b" {\n  for_each = local.buckets\n  bucket   = aws_s3_bucket.b[each.key].id\n  rule {\n    object_ownership = "ObjectWriter"\n  }\n}\nresource "aws_s3_bucket_public_access_block" "b" {\n  for_each                = local.buckets\n  bucket                  = aws_s3_bucket.b[each.key].id\n  block_public_acls       = !each.value.public_read\n  ignore_public_acls      = !each.value.public_read\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\nresource "aws_s3_bucket_acl" "b" {\n  for_each = local.buckets\n  bucket   = aws_s3_bucket.b[each.key].id\n  acl      = each.value.public_read == true ? "public-read" : "private"\n}\nresource "aws_s3_bucket_versioning" "b" {\n  for_each = local.buckets\n  bucket   = aws_s3_bucket.b[each.key].id\n  versioning_configuration {\n    status = each.value.versioning ? "Enabled" : "Suspended"\n  }\n}\n`
    expect(await findingsOf({ 'main.tf': main, 'buckets.yaml': 'site:\n  public_read: yes\n  versioning: on\n' })).toEqual([
      'acl-public-read aws_s3_bucket.b["site"]',
      'block-public-access-incomplete aws_s3_bucket.b["site"]',
      'public-exposure aws_s3_bucket.b["site"]',
    ])
  })
})
