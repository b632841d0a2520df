import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../../src/limits.js'
import { plainValue, prepareFiles } from './helpers.js'

/** Evaluates `expr` as `local.x` in a module with the given extra declarations. */
function evalExpr(expr: string, extra = '', files: Record<string, string | Buffer> = {}) {
  const p = prepareFiles({ 'main.tf': `locals {\n  x = ${expr}\n}\n${extra}`, ...files })
  return plainValue(p.local('x'))
}

describe('built-in functions', () => {
  it.each([
    ['jsonencode({ b = 1, a = [true, null, "s"] })', '{"a":[true,null,"s"],"b":1}'],
    ['jsondecode("{\\"a\\": [1, \\"x\\"]}")', { a: [1, 'x'] }],
    ['merge({ a = 1, b = 2 }, { b = 3 }, null)', { a: 1, b: 3 }],
    ['concat([1], [], [2, 3])', [1, 2, 3]],
    ['lookup({ a = "x" }, "a", "d")', 'x'],
    ['lookup({ a = "x" }, "z", "d")', 'd'],
    ['try(local.missing, { a = 1 }.b, "fallback")', 'fallback'],
    ['can({ a = 1 }.b)', false],
    ['coalesce("", null, "first")', 'first'],
    ['coalescelist([], ["a"])', ['a']],
    ['format("%s-%03d-%q-%t-%.2f", "a", 7, "q", true, 1.5)', 'a-007-"q"-true-1.50'],
    // %d wants an integer, as in Terraform: 1.5 is an error, not 1.
    ['try(format("%d", 1.5), "refused")', 'refused'],
    ['format("%d|%x", 4.0, 255)', '4|ff'],
    // An explicit argument index picks the argument; the verbs after it go on from the next one.
    ['format("%[2]s-%[1]s-%s|%[1]q|%-[2]6s|", "logs", "acme")', 'acme-logs-acme|"logs"|acme  |'],
    // A string's precision keeps that many characters (grapheme clusters), also before %q quotes it; %.0s keeps all.
    [
      'format("%.4s|%.3q|%.0s|%.2s|%6.2s|%.9v", "bucket-name", "abcdef", "all", "e\u0301te", "ab", "not-cut-by-v")',
      'buck|"abc"|all|e\u0301t|    ab|not-cut-by-v',
    ],
    // Numbers as Go's fmt writes them (cty hands them to big.Int and big.Float): signs, zero padding
    // after the sign, an integer's precision, # prefixes, two-digit exponents, %g and %v switching to
    // an exponent, ties rounded to even. The first row is cty's own test cases.
    [
      'format("%+d|% d|%5d|%-5d|%f|%+f|% f|%e|%E|%g|%G|%g", 10, 10, 10, 10, 10, 10, -10, 1000, 1000, 1000, 1000, "0.00000000000000000000001")',
      '+10| 10|   10|10   |10.000000|+10.000000|-10.000000|1.000000e+03|1.000000E+03|1000|1000|1e-23',
    ],
    ['format("%05d|%+05d|%08.3f|%05.1f|%.3d|%.0d|", -42, 42, -3.5, -0.04, 7, 0)', '-0042|+0042|-003.500|-00.0|007||'],
    ['format("%#x|%#o|%#b|%#X|%x", 255, 8, 5, 255, -255)', '0xff|010|0b101|0XFF|-ff'],
    ['format("%.0f|%.0f|%.1f|%.1f|%.3g|%.10g", 2.5, 3.5, 0.25, "1.06", 3.14159, 2.5)', '2|4|0.2|1.1|3.14|2.5'],
    ['format("%v|%v|%v|%v|%g", 1000000, 123456, 0.0001, 1.5, 0.000012345)', '1e+06|123456|0.0001|1.5|1.2345e-05'],
    // %t is never padded, %#v is JSON, and a string's width counts characters.
    ['format("%5t|%#v|%#v|%v|%-4s|%4s|%-04s", true, "hi", 2, null, "é", "日本", "ab")', 'true|"hi"|2|null|é   |  日本|ab00'],
    ['formatlist("%s:%s", ["a", "b"], "x")', ['a:x', 'b:x']],
    ['tostring(12)', '12'],
    ['tolist(toset(["b", "a", "b"]))', ['a', 'b']],
    ['tomap({ a = 1 })', { a: 1 }],
    ['tonumber("42")', 42],
    ['tobool("true")', true],
    ['join(",", ["a", "b"], ["c"])', 'a,b,c'],
    ['split(",", "a,b")', ['a', 'b']],
    ['upper(lower("MiXed"))', 'MIXED'],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['trimspace("  x  ")', 'x'],
    ['trimprefix(trimsuffix("arn:aws:s3:::b/*", "/*"), "arn:aws:s3:::")', 'b'],
    ['substr("hello", 1, 3)', 'ell'],
    ['length(["a", "b"])', 2],
    ['element(["a", "b"], 3)', 'b'],
    ['keys({ b = 1, a = 2 })', ['a', 'b']],
    ['values({ b = 1, a = 2 })', [2, 1]],
    ['contains(["a"], "a")', true],
    ['distinct([1, 2, 1])', [1, 2]],
    ['flatten([[1, [2]], 3])', [1, 2, 3]],
    ['compact(["a", "", null, "b"])', ['a', 'b']],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['range(3)', [0, 1, 2]],
    ['slice(["a", "b", "c"], 1, 3)', ['b', 'c']],
    ['min(3, 1, 2) + max(1, 5) + abs(-1) + ceil(1.2) + floor(1.8)', 10],
    ['startswith("abc", "ab") && endswith("abc", "bc") && strcontains("abc", "b")', true],
    ['sha256("x")', '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881'],
    ['base64decode(base64encode("s3"))', 's3'],
    ['one(["only"])', 'only'],
    ['sum([1, 2, 3])', 6],
    // Terraform refuses to sum nothing.
    ['try(sum([]), "refused")', 'refused'],
    // Go's url.QueryEscape: a space is +, and only letters, digits and -_.~ are kept.
    ['urlencode("Hello World! (a*b)/c~d_e.f-ü")', 'Hello+World%21+%28a%2Ab%29%2Fc~d_e.f-%C3%BC'],
    ['setunion(["a"], ["b", "a"])', ['a', 'b']],
    [
      'setproduct(["a", "b"], [1, 2])',
      [
        ['a', 1],
        ['a', 2],
        ['b', 1],
        ['b', 2],
      ],
    ],
    ['setproduct(["a"], [])', []],
    ['matchkeys(["i-1", "i-2", "i-3"], ["a", "b", "a"], ["a"])', ['i-1', 'i-3']],
    ['base64sha256("hello world")', 'uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek='],
    ['base64sha512("x")', createHash('sha512').update('x').digest('base64')],
    ['textencodebase64("Hello World", "UTF-16LE")', 'SABlAGwAbABvACAAVwBvAHIAbABkAA=='],
    ['textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")', 'Hello World'],
    ['uuidv5("dns", "www.terraform.io")', 'a5008fae-b28c-5ba5-96cd-82b4c53552d6'],
    ['uuidv5("url", "https://www.terraform.io/")', '9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5'],
    [
      'csvdecode("name,acl\\nlogs,private\\n\\n\\"a,b\\",\\"say \\"\\"hi\\"\\"\\"\\n")',
      [
        { name: 'logs', acl: 'private' },
        { name: 'a,b', acl: 'say "hi"' },
      ],
    ],
    ['cidrsubnet("10.1.2.0/24", 4, 15)', '10.1.2.240/28'],
    ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', 'fd00:fd12:3456:7800:a200::/72'],
    ['cidrhost("10.12.112.0/20", 268)', '10.12.113.12'],
    ['cidrhost("10.0.0.0/8", -1)', '10.255.255.255'],
    ['cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', 'fd00:fd12:3456:7890::22'],
    ['cidrnetmask("172.16.0.0/12")', '255.240.0.0'],
    ['cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)', ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20']],
    [
      'cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)',
      ['fd00:fd12:3456:7800::/72', 'fd00:fd12:3456:7800:100::/72', 'fd00:fd12:3456:7800:200::/72', 'fd00:fd12:3456:7800:300::/88'],
    ],
  ])('%s', (expr, expected) => {
    expect(evalExpr(expr)).toEqual(expected)
  })

  // An operator over a failed expression fails too, so try() moves on to its next argument (the
  // registry S3 module reads `try(var.m["enabled"] ? "Enabled" : "Suspended", ...)` on a map
  // without that key).
  it.each([
    ['try({ a = true }["b"] ? "then" : "else", "next")', 'next'],
    ['try({ a = 1 }.b == 1, "next")', 'next'],
    ['try(1 != { a = 1 }.b, "next")', 'next'],
    ['try({ a = true }.b && true, "next")', 'next'],
    ['can({ a = true }["b"] ? 1 : 2)', false],
    // An element that fails fails the list or object built from it.
    ['try([{ a = 1 }["b"]], "next")', 'next'],
    ['try({ x = [{ a = 1 }.b] }, "next")', 'next'],
    ['can([for x in [1] : { a = 1 }["b"]])', false],
  ])('an error under an operator is caught by try(): %s', (expr, expected) => {
    expect(evalExpr(expr)).toEqual(expected)
  })

  it.each([
    'formatdate("YYYY", "2024-01-01T00:00:00Z")',
    'timeadd("2024-01-01T00:00:00Z", "1h")',
    'templatestring("x", {})',
    'issensitive("x")',
  ])('keeps a Terraform function it does not evaluate unknown, so try() does not skip it: %s', (call) => {
    expect(evalExpr(`try(${call}, "fallback")`)).toMatch(/^<unknown: \w+\(\) is not evaluated statically>$/)
  })

  it('compares numbers and strings as Terraform does, and leaves undecided what float64 cannot hold', () => {
    expect(evalExpr('0.1 + 0.2 == 0.3')).toBe(true)
    expect(evalExpr('0.1 + 0.2 == 0.31')).toBe(false)
    expect(evalExpr('9007199254740993 == 9007199254740992')).toMatch(/^<unknown/)
    expect(evalExpr('1e400 == 1e401')).toMatch(/^<unknown/)
    expect(evalExpr('3 == 3')).toBe(true)
    expect(evalExpr('"e\u0301" == "\u00e9"')).toBe(true)
    expect(evalExpr('length("e\u0301")')).toBe(1)
    expect(evalExpr('length("\\U0001F1EB\\U0001F1F7")')).toBe(1)
    expect(evalExpr('length("abc")')).toBe(3)
    expect(evalExpr('upper("straße")')).toBe('STRAßE')
    expect(evalExpr('lower("ÀB")')).toBe('àb')
  })

  it('reads a resource or module with count = 0 or an empty for_each as an empty collection', () => {
    const none = `
resource "aws_s3_bucket_policy" "counted" {
  count  = 0
  bucket = "b"
  policy = "{}"
}
resource "aws_s3_bucket_policy" "each" {
  for_each = {}
  bucket   = "b"
  policy   = "{}"
}
module "m" {
  source = "./m"
  count  = 0
}
`
    const files = { 'm/main.tf': 'output "id" {\n  value = "x"\n}\n' }
    expect(evalExpr('try(aws_s3_bucket_policy.counted[0].id, "fallback")', none, files)).toBe('fallback')
    expect(evalExpr('try(aws_s3_bucket_policy.each["k"].id, "fallback")', none, files)).toBe('fallback')
    expect(evalExpr('try(module.m[0].id, "fallback")', none, files)).toBe('fallback')
    expect(evalExpr('length(aws_s3_bucket_policy.counted) + length(module.m)', none, files)).toBe(0)
    expect(evalExpr('aws_s3_bucket_policy.counted[*].id', none, files)).toEqual([])
  })

  it('hashes and encodes files by their bytes, inside the scanned root only', () => {
    const files = { 'policy.json': '{"Version": "2012-10-17"}\n', 'latin1.txt': Buffer.from([0x41, 0xe9, 0x0a]) }
    const sha = (alg: string, enc: 'hex' | 'base64') => createHash(alg).update(files['policy.json']).digest(enc)
    expect(evalExpr('filemd5("policy.json")', '', files)).toBe(sha('md5', 'hex'))
    expect(evalExpr('filesha1("policy.json")', '', files)).toBe(sha('sha1', 'hex'))
    expect(evalExpr('filesha256("policy.json")', '', files)).toBe(sha('sha256', 'hex'))
    expect(evalExpr('filesha512("policy.json")', '', files)).toBe(sha('sha512', 'hex'))
    expect(evalExpr('filebase64sha256("policy.json")', '', files)).toBe(sha('sha256', 'base64'))
    expect(evalExpr('filebase64sha512("policy.json")', '', files)).toBe(sha('sha512', 'base64'))
    expect(evalExpr('filebase64("policy.json")', '', files)).toBe(Buffer.from(files['policy.json']).toString('base64'))
    // Bytes that are not UTF-8 cannot be recovered from the text read: unknown, never a wrong hash.
    expect(evalExpr('filemd5("latin1.txt")', '', files)).toMatch(/^<unknown: filemd5\(\) of a file that is not UTF-8 text/)
    expect(evalExpr('filemd5("/etc/passwd")')).toMatch(/^<unknown/)
    expect(evalExpr('filemd5("missing.txt")')).toMatch(/^<unknown/)
  })

  it('reports bad arguments to the newer functions as errors, not values', () => {
    expect(evalExpr('cidrsubnet("10.0.0.0/8", 30, 1)')).toMatch(/^<unknown error: cidrsubnet\(\): may not extend prefix of 8 by 30 bits/)
    expect(evalExpr('cidrsubnet("10.0.0.0/24", 2, 4)')).toMatch(/does not accommodate a subnet numbered 4/)
    expect(evalExpr('cidrhost("10.0.0.0/30", 4)')).toMatch(/does not accommodate a host numbered 4/)
    expect(evalExpr('cidrhost("010.0.0.0/8", 1)')).toMatch(/not a valid CIDR prefix/)
    expect(evalExpr('cidrnetmask("fd00::/8")')).toMatch(/IPv6 prefix has no netmask/)
    expect(evalExpr('cidrsubnets("10.0.0.0/30", 1, 1, 1)')).toMatch(/not enough remaining address space/)
    expect(evalExpr('csvdecode("a,b\\n1\\n")')).toMatch(/line 2 has 1 fields where the header has 2/)
    expect(evalExpr('uuidv5("nope", "x")')).toMatch(/namespace of dns, url, oid, x500 or a UUID/)
    expect(evalExpr('matchkeys(["a"], [], [])')).toMatch(/same length/)
    expect(evalExpr('setproduct(["a"])')).toMatch(/at least two/)
    expect(evalExpr('textencodebase64("x", "Shift_JIS")')).toMatch(/^<unknown: textencodebase64\(\) to Shift_JIS is not evaluated/)
    expect(evalExpr('base64gzip("x")')).toMatch(/^<unknown: base64gzip/)
  })

  it('decodes YAML like Terraform: one document, core schema, anchors and merge keys, standard tags', () => {
    expect(evalExpr('yamldecode("a: [1, x, true, null, 1.5]\\nb: &d {k: v}\\nc:\\n  <<: *d\\n  z: \\"012\\"\\n")')).toEqual({
      a: [1, 'x', true, null, 1.5],
      b: { k: 'v' },
      c: { k: 'v', z: '012' },
    })
    expect(evalExpr('yamldecode("n: !!int \\"7\\"\\ns: !!str 7\\nf: !!bool \\"false\\"\\n")')).toEqual({ n: 7, s: '7', f: false })
    expect(evalExpr('yamldecode("")')).toBeNull()
    expect(evalExpr('yamldecode("a: !Ref x\\n")')).toMatch(/^<unknown: the tag !Ref is not evaluated statically>$/)
    expect(evalExpr('yamldecode("a: 1\\n---\\nb: 2\\n")')).toMatch(/^<unknown error: invalid YAML: more than one YAML document/)
    expect(evalExpr('yamldecode("a: [1\\n")')).toMatch(/^<unknown error: invalid YAML: /)
    expect(evalExpr('yamldecode("a: 1\\na: 2\\n")')).toMatch(/^<unknown error: invalid YAML: duplicate key "a">$/)
    expect(evalExpr('yamldecode(5)')).toMatch(/yamldecode\(\) needs a string, found number/)
  })

  it('reads a bucket policy from a YAML file, and stops a YAML alias bomb in one', () => {
    const policy =
      'Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Principal: "*"\n    Action: s3:GetObject\n    Resource: arn:aws:s3:::b/*\n'
    expect(evalExpr('yamldecode(file("policy.yaml"))', '', { 'policy.yaml': policy })).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }],
    })
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ].join('\n')
    expect(evalExpr('yamldecode(file("bomb.yaml"))', '', { 'bomb.yaml': `${bomb}\n` })).toMatch(
      /^<unknown error: invalid YAML: aliases expand the document by more than/,
    )
  })

  it('compares nested values by their keys, as deep equality does, and unknown ones pairwise', () => {
    // Sets and comparisons are keyed by a value's structure: maps in any key order, "1" apart from 1.
    expect(evalExpr('distinct([{ a = 1, b = [2] }, { b = [2], a = 1 }, { a = "1", b = [2] }, [1, "1"], [1, "1"], null, null])')).toEqual([
      { a: 1, b: [2] },
      { a: '1', b: [2] },
      [1, '1'],
      null,
    ])
    expect(evalExpr('length(toset([[1, 2], [1, 2], [2, 1]]))')).toBe(2)
    expect(evalExpr('setunion([{ a = "x" }], [{ a = "x" }, { a = "y" }])')).toEqual([{ a: 'x' }, { a: 'y' }])
    expect(evalExpr('setintersection([[1], [2], [3]], [[3], [1]])')).toEqual([[1], [3]])
    expect(evalExpr('setsubtract([{ k = 1 }, { k = 2 }], [{ k = 2 }])')).toEqual([{ k: 1 }])
    expect(evalExpr('matchkeys(["i-1", "i-2", "i-3"], [[1], [2], [1]], [[1]])')).toEqual(['i-1', 'i-3'])
    expect(evalExpr('index([[1], [2, 3]], [2, 3])')).toBe(1)
    expect(evalExpr('contains([{ a = [1] }], { a = [1] })')).toBe(true)
    expect(evalExpr('contains([{ a = [1] }], { a = [2] })')).toBe(false)
    // An element only known at apply time cannot be told apart from the others.
    expect(evalExpr('distinct([[var.u], ["x"]])', 'variable "u" {}\n')).toMatch(/^<unknown: the elements cannot be compared statically>$/)
    expect(evalExpr('matchkeys(["a"], [[var.u]], [["x"]])', 'variable "u" {}\n')).toMatch(/^<unknown: a key of matchkeys\(\) is not known/)
    expect(evalExpr('setproduct(["a", "b"], [1], ["x", "y"])')).toEqual([
      ['a', 1, 'x'],
      ['a', 1, 'y'],
      ['b', 1, 'x'],
      ['b', 1, 'y'],
    ])
  })

  it('refuses a chunklist() size that is not a whole number', () => {
    expect(evalExpr('chunklist([1, 2, 3], 2)')).toEqual([[1, 2], [3]])
    expect(evalExpr('chunklist([1, 2, 3], 0)')).toEqual([[1, 2, 3]])
    expect(evalExpr('chunklist([1, 2], 1e-300)')).toMatch(/^<unknown error: chunklist\(\) needs a whole, non-negative size/)
    expect(evalExpr('chunklist([1, 2], -1)')).toMatch(/^<unknown error: chunklist\(\) needs a whole, non-negative size/)
  })

  it('takes min() and max() of a list of any length spread into arguments', () => {
    expect(evalExpr('min(3, 1, 2)')).toBe(1)
    expect(evalExpr('max(3, 1, 2)')).toBe(3)
    // Spread into Math.min, 200,000 arguments (a raised collection limit) overflowed the stack and
    // came out unknown.
    const p = prepareFiles(
      { 'main.tf': 'locals {\n  lo = min(range(200000)...)\n  hi = max(range(200000)...)\n}\n' },
      { ...DEFAULT_LIMITS, maxCollectionSize: 1_000_000 },
    )
    expect([plainValue(p.local('lo')), plainValue(p.local('hi'))]).toEqual([0, 199999])
  })

  it('bounds what setproduct() and csvdecode() build', () => {
    const tooBig = evalExpr('setproduct(range(1000), range(1000))', '')
    expect(tooBig).toMatch(/more than 100000 elements/)
  })

  it('leaves functions that depend on time or randomness unknown', () => {
    expect(evalExpr('timestamp()')).toMatch(/^<unknown: timestamp\(\)/)
    expect(evalExpr('uuid()')).toMatch(/^<unknown/)
  })
})

describe('expressions', () => {
  it('evaluates conditionals, for expressions, splats and templates', () => {
    expect(evalExpr('true ? "a" : "b"')).toBe('a')
    expect(evalExpr('[for k, v in { b = 2, a = 1 } : "${k}=${v}" if v > 0]')).toEqual(['a=1', 'b=2'])
    expect(evalExpr('{ for s in ["a", "bb", "cc"] : length(s) => s... }')).toEqual({ '1': ['a'], '2': ['bb', 'cc'] })
    expect(evalExpr('[{ id = 1 }, { id = 2 }][*].id')).toEqual([1, 2])
    expect(evalExpr('"%{ for i in [1, 2] }${i},%{ endfor }%{ if true }yes%{ else }no%{ endif }"')).toBe('1,2,yes')
  })

  it('reads heredocs with their indentation removed and interpolations evaluated', () => {
    expect(evalExpr('<<-EOT\n    a ${1 + 1}\n      b\n    EOT\n')).toBe('a 2\n  b\n')
  })

  it('keeps a condition on an unset variable unknown unless both branches agree', () => {
    expect(evalExpr('var.flag ? "a" : "b"', 'variable "flag" {}\n')).toMatch(
      /^<unknown: the condition is not known statically \(var.flag has no default/,
    )
    expect(evalExpr('var.flag ? "same" : "same"', 'variable "flag" {}\n')).toBe('same')
    expect(evalExpr('false && var.flag', 'variable "flag" {}\n')).toBe(false)
  })

  it('settles a comparison with the length of a string whose literal text is known, not one it does not settle', () => {
    const v = 'variable "env" {}\n'
    expect(evalExpr('length("${var.env}-logs") > 0', v)).toBe(true)
    expect(evalExpr('length("${var.env}-logs") >= 5', v)).toBe(true)
    expect(evalExpr('0 < length("${var.env}-logs")', v)).toBe(true)
    expect(evalExpr('length("${var.env}-logs") == 0', v)).toBe(false)
    expect(evalExpr('length("${var.env}-logs") > 5', v)).toMatch(/^<unknown: length\(\) of a string only known at apply time/)
    expect(evalExpr('length("${var.env}") > 0', v)).toMatch(/^<unknown/)
    expect(evalExpr('-length("${var.env}-logs") < 0', v)).toMatch(/^<unknown/)
  })

  it('keeps a placeholder for an unset variable inside a string', () => {
    expect(evalExpr('"${var.env}-logs"', 'variable "env" {}\n')).toBe('${?}-logs')
  })

  it('turns references to buckets into placeholders naming the bucket', () => {
    const extra = 'resource "aws_s3_bucket" "b" {\n  bucket = "data"\n}\n'
    expect(evalExpr('"${aws_s3_bucket.b.arn}/*"', extra)).toBe('${aws_s3_bucket.b.arn}/*')
    expect(evalExpr('aws_s3_bucket.b.id', extra)).toBe('${aws_s3_bucket.b.name}')
    expect(evalExpr('data.aws_caller_identity.me.account_id', 'data "aws_caller_identity" "me" {}\n')).toBe('${account}')
  })
})

describe('variables and .tfvars files', () => {
  it('applies defaults, terraform.tfvars, terraform.tfvars.json and *.auto.tfvars in that order', () => {
    const p = prepareFiles({
      'main.tf':
        'variable "a" { default = "default" }\nvariable "b" { default = "default" }\nvariable "c" { default = "default" }\nvariable "d" { default = "default" }\nvariable "e" { default = "default" }\nlocals {\n  all = [var.a, var.b, var.c, var.d, var.e]\n}\n',
      'terraform.tfvars': 'b = "tfvars"\nc = "tfvars"\nd = "tfvars"\ne = "tfvars"\n',
      'terraform.tfvars.json': '{"c": "tfvars.json", "d": "tfvars.json", "e": "tfvars.json"}',
      'a.auto.tfvars': 'd = "a.auto"\ne = "a.auto"\n',
      'b.auto.tfvars.json': '{"e": "b.auto.json"}',
    })
    expect(plainValue(p.local('all'))).toEqual(['default', 'tfvars', 'tfvars.json', 'a.auto', 'b.auto.json'])
  })

  it('treats a variable set differently by a -var-file candidate (prod.tfvars) as unknown', () => {
    const p = prepareFiles({
      'main.tf': 'variable "v" { default = true }\nvariable "same" { default = "x" }\nlocals {\n  v = var.v\n  same = var.same\n}\n',
      'prod.tfvars': 'v = false\nsame = "x"\n',
    })
    expect(plainValue(p.local('v'))).toMatch(
      /^<unknown: var.v depends on which .tfvars file is passed with -var-file \(prod.tfvars set it\)>$/,
    )
    expect(plainValue(p.local('same'))).toBe('x')
  })

  it('reports a variable without default or value as unknown, keyed by its name', () => {
    const p = prepareFiles({ 'main.tf': 'variable "name" {}\nlocals {\n  n = var.name\n}\n' })
    const v = p.local('n')
    expect(v).toMatchObject({ k: 'unknown', key: 'var.name' })
  })
})

describe('the identity of an unset variable (what names and ARNs are matched by)', () => {
  /** `local.<name>` of a root module with unset variables `a`, `b`, `n` (list) and `o` (object): its ident, or the keys of its unknown parts. */
  function identities(locals: Record<string, string>, files: Record<string, string> = {}): Record<string, unknown> {
    const body = Object.entries(locals)
      .map(([k, v]) => `  ${k} = ${v}`)
      .join('\n')
    const p = prepareFiles({
      'main.tf': `variable "a" {}\nvariable "b" {}\nvariable "n" {}\nvariable "o" {}\nlocals {\n${body}\n}\n`,
      ...files,
    })
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(locals)) {
      const v = p.local(k)
      if (v.k === 'unknown') out[k] = v.ident ?? null
      else if (v.k === 'sym') out[k] = v.parts.map((x) => (typeof x === 'string' ? x : x.kind === 'unknown' ? (x.key ?? null) : x.kind))
      else out[k] = plainValue(v)
    }
    return out
  }

  it('is the variable itself, and what passes it on unchanged', () => {
    expect(
      identities({ direct: 'var.a', local: 'local.direct', lone: '"${var.a}"', paren: '(var.a)', tpl: '"${var.a}-logs-${local.direct}"' }),
    ).toEqual({
      direct: 'var.a',
      local: 'var.a',
      lone: 'var.a',
      paren: 'var.a',
      tpl: ['var.a', '-logs-', 'var.a'],
    })
  })

  it('is lost by functions, conditions, operators, indexes and attributes', () => {
    expect(
      identities({
        lower: 'lower(var.a)',
        tostring: 'tostring(var.a)',
        try: 'try(var.a, "x")',
        coalesce: 'coalesce("${var.a}-x", "y")',
        format: 'format("%s-x", "${var.a}")',
        cond: 'var.b == "" ? var.a : "x"',
        not: '!var.a',
        index: 'var.n[0]',
        attr: 'var.o.name',
        two: '"${var.a}${var.b}-x"',
      }),
    ).toEqual({
      lower: null,
      tostring: null,
      try: null,
      coalesce: [null, '-x'],
      format: [null, '-x'],
      cond: null,
      not: null,
      index: null,
      attr: null,
      // Two unknowns side by side are one unknown, which is neither variable, but the two in
      // that order: a name and an ARN built the same way are matched.
      two: ['var.a\u0002var.b', '-x'],
    })
  })

  it('belongs to the module instance, or to the variable its caller passed', () => {
    const child = 'variable "name" {}\noutput "name" {\n  value = var.name\n}\n'
    expect(
      identities(
        { x: 'module.x.name', y: 'module.y.name', z: 'module.z.name', t: 'templatefile("p.tpl", { n = var.a })' },
        {
          'm/main.tf': child,
          'calls.tf':
            'module "x" {\n  source = "./m"\n}\nmodule "y" {\n  source = "./m"\n  name   = var.b\n}\nmodule "z" {\n  source = "./m"\n  name   = lower(var.b)\n}\n',
          'p.tpl': 'arn:aws:s3:::${n}/*',
        },
      ),
    ).toEqual({ x: 'module.x.var.name', y: 'var.b', z: 'module.z.var.name', t: ['arn:aws:s3:::', 'var.a', '/*'] })
  })
})

describe('bounded evaluation', () => {
  it('turns a reference cycle into unknown and reports it with its line', () => {
    const p = prepareFiles({ 'main.tf': 'locals {\n  a = local.b\n  b = "${local.a}-x"\n}\n' })
    expect(plainValue(p.local('a'))).toMatch(/^<unknown/)
    const cycle = p.problems.find((x) => x.code === 'EVAL_CYCLE')
    expect(cycle).toMatchObject({ code: 'EVAL_CYCLE', file: 'main.tf', line: 2, level: 'warning' })
  })

  it('evaluates a 100,000-element for expression, and refuses a bigger one', () => {
    const t = Date.now()
    const ok = prepareFiles({
      'main.tf':
        'locals {\n  big = [for i in range(100000) : i * 2]\n  n = length(local.big)\n  huge = [for i in range(100000000) : i]\n}\n',
    })
    expect(plainValue(ok.local('n'))).toBe(100000)
    expect(plainValue(ok.local('huge'))).toMatch(/^<unknown/)
    expect(ok.problems.find((x) => x.code === 'EVAL_LIMIT')).toMatchObject({ line: 4 })
    expect(Date.now() - t).toBeLessThan(20_000)
  })

  it('stops a combinatorial explosion at the step budget', () => {
    const limits = { ...DEFAULT_LIMITS, maxEvalSteps: 200_000 }
    const t = Date.now()
    const p = prepareFiles({ 'main.tf': 'locals {\n  x = [for a in range(1000) : [for b in range(1000) : a * b]]\n}\n' }, limits)
    expect(plainValue(p.local('x'))).toMatch(/^<unknown.*budget/)
    expect(p.problems.map((x) => x.code)).toContain('EVAL_LIMIT')
    expect(Date.now() - t).toBeLessThan(20_000)
  })

  it('counts the elements functions build against the budget, so many small lists cannot add up unbounded', () => {
    const t = Date.now()
    const p = prepareFiles({
      'main.tf':
        'locals {\n  x = flatten([for i in range(2000) : range(2000)])\n  y = length(flatten([for i in range(100) : range(100)]))\n}\n',
    })
    expect(plainValue(p.local('x'))).toMatch(/^<unknown/)
    expect(plainValue(p.local('y'))).toBe(10000)
    expect(p.problems.find((x) => x.code === 'EVAL_LIMIT')).toMatchObject({ line: 2 })
    expect(Date.now() - t).toBeLessThan(20_000)
  })

  it('compares large sets of strings and numbers in linear time', () => {
    const t = Date.now()
    const p = prepareFiles({
      'main.tf': [
        'locals {',
        '  a = [for i in range(100000) : "k${i}"]',
        '  b = [for i in range(50000, 150000) : "k${i}"]',
        '  both = length(setintersection(local.a, local.b))',
        '  only = length(setsubtract(local.a, local.b))',
        '  uniq = length(distinct(concat(range(50000), range(50000))))',
        '}',
        '',
      ].join('\n'),
    })
    expect([p.local('both'), p.local('only'), p.local('uniq')].map(plainValue)).toEqual([50000, 50000, 50000])
    expect(Date.now() - t).toBeLessThan(20_000)
  })

  it('turns a string doubled through a chain of locals into unknown instead of exhausting memory', () => {
    const chain = Array.from(
      { length: 40 },
      (_, i) => `  s${i + 1} = join("", [local.s${i}, local.s${i}])\n  t${i + 1} = "${'$'}{local.t${i}}${'$'}{local.t${i}}"`,
    ).join('\n')
    const p = prepareFiles({ 'main.tf': `locals {\n  s0 = "xxxxxxxxxxxxxxxx"\n  t0 = "xxxxxxxxxxxxxxxx"\n${chain}\n}\n` })
    expect(String(plainValue(p.local('s40'))).slice(0, 30)).toMatch(/^<unknown/)
    // A template keeps the unknown as one unknown part of a string.
    expect(String(plainValue(p.local('t40'))).slice(0, 30)).toMatch(/^(<unknown|\$\{\?\}$)/)
    expect(p.problems.map((x) => x.code)).toContain('EVAL_LIMIT')
  })

  it('does not overflow the stack on a long chain of locals', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => `  l${i + 1} = local.l${i}`).join('\n')
    const p = prepareFiles({ 'main.tf': `locals {\n  l0 = 1\n${chain}\n}\n` })
    expect(plainValue(p.local('l5000'))).toMatch(/^<unknown/)
    expect(p.problems.map((x) => x.code)).toContain('EVAL_LIMIT')
  })
})

describe('file() and templatefile()', () => {
  it('reads files inside the scanned root, relative to the root module', () => {
    const p = prepareFiles({
      'main.tf':
        'locals {\n  doc = jsondecode(file("${path.module}/policy.json"))\n  t = templatefile("t.tpl", { name = "b", items = ["x", "y"] })\n}\n',
      'policy.json': '{"Version": "2012-10-17"}',
      't.tpl': 'bucket ${name}:%{ for i in items } ${i}%{ endfor }',
    })
    expect(plainValue(p.local('doc'))).toEqual({ Version: '2012-10-17' })
    expect(plainValue(p.local('t'))).toBe('bucket b: x y')
  })

  it('refuses a path outside the scanned root, and a symlink that leads outside', () => {
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 's3gate-outside-')))
    fs.writeFileSync(path.join(outside, 'secret.json'), '{"secret": true}')
    const p = prepareFiles({
      'main.tf': `locals {\n  up = file("../${path.basename(outside)}/secret.json")\n  abs = file("${outside}/secret.json")\n  link = file("link.json")\n}\n`,
    })
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(p.dir, 'link.json'))
    expect(plainValue(p.local('up'))).toMatch(/^<unknown: .* is outside the scanned paths>$/)
    expect(plainValue(p.local('abs'))).toMatch(/^<unknown: .* is outside the scanned paths>$/)
    expect(plainValue(p.local('link'))).toMatch(
      /^<unknown: link.json could not be read: missing, not a file, larger than limits.maxFileBytes, or a link out of the scanned paths, into \.git\/ or to a credentials file>$/,
    )
    expect(p.problems.filter((x) => x.code === 'FILE_OUTSIDE_ROOT').map((x) => x.line)).toEqual([2, 3])
    expect([...p.texts.keys()].some((k) => k.includes('secret'))).toBe(false)
  })
})

describe('variable types', () => {
  it('applies optional() defaults and conversions of the type constraint', () => {
    const p = prepareFiles({
      'main.tf': `variable "buckets" {
  type = map(object({
    versioning = optional(bool, true)
    days       = optional(number)
    tags       = optional(map(string), {})
  }))
  default = {
    logs = {}
    data = { versioning = "false", days = "30" }
  }
}
locals {
  v = { for k, b in var.buckets : k => [b.versioning, b.days, b.tags] }
}
`,
    })
    expect(plainValue(p.local('v'))).toEqual({ data: [false, 30, {}], logs: [true, null, {}] })
  })
})
