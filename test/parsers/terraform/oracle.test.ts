/**
 * Our HCL parser and evaluator checked against two independent implementations:
 * - tree-sitter-hcl: the same block/attribute structure, the same positions, errors on the same inputs;
 * - hcl2-parser (hcl2json): the same values wherever it evaluates them (literals, plain templates).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../../src/limits.js'
import { Evaluator, type Namespaces } from '../../../src/parsers/terraform/eval/evaluate.js'
import { SourceFiles } from '../../../src/parsers/terraform/eval/source-files.js'
import type { TfValue } from '../../../src/parsers/terraform/eval/value.js'
import type { Body } from '../../../src/parsers/terraform/hcl/ast.js'
import { parseHcl } from '../../../src/parsers/terraform/hcl/parse.js'
import { generateFile } from '../../../bench/terraform-gen.mjs'
import { ourOutline, treeSitterOutline } from './tree-sitter-oracle.js'

const require = createRequire(import.meta.url)
const CORPUS = '/work/shared/corpus'

function corpusTfFiles(): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (p.endsWith('.tf')) out.push(p)
    }
  }
  if (fs.existsSync(CORPUS)) walk(CORPUS)
  return out.sort()
}

const files = corpusTfFiles()

/** Hand-written files that exercise the syntax the corpus does not. */
const SYNTAX_SAMPLES = [
  'a = <<-EOT\n    indented ${var.x}\n      more\n    EOT\nb = [for k, v in var.m : "${k}=${v}" if v != null]\n',
  'locals {\n  m = { for s in var.l : s => upper(s)... }\n  t = "%{ for x in var.l ~}${x},%{ endfor ~}"\n  c = var.a ? var.b : var.c\n}\n',
  'resource "x" "y" {\n  dynamic "rule" {\n    for_each = var.rules\n    content {\n      id = rule.value.id\n    }\n  }\n  splat = aws_s3_bucket.b[*].arn\n  legacy = var.l.0\n}\n',
  'a = provider::aws::arn_parse("arn:aws:s3:::b")\nb = -1 * (2 + 3) % 4\nc = !true || false && 1 >= 2\n',
  'block "one" two {\n  nested { inner = { a = 1, "b" : [1, 2,] } }\n}\n# comment\n// comment\n/* multi\nline */\n',
]

/** Broken files: tree-sitter and we must both report a syntax error. */
const BROKEN = [
  'resource "a" "b" {\n  x = 1\n',
  'a = "unterminated\nb = 1\n',
  'a = [1, 2\n',
  'a = {\n  b = 1\n',
  'resource "a" {\n  = 1\n}\n',
  'a = 1 2\n',
  'a = <<EOT\nnever\n',
  'a = "${"\n',
  'a = foo(1,\n',
  '}\n',
]

describe('parser vs tree-sitter-hcl', () => {
  it.each(files.map((f) => [path.relative(CORPUS, f), f]))('agrees on the structure and positions of %s', async (_name, file) => {
    const src = fs.readFileSync(file, 'utf8')
    const ours = parseHcl(src, { maxDepth: 200 })
    const ts = await treeSitterOutline(src)
    expect(ourOutline(src, ours.body)).toEqual(ts.items)
    expect(ours.issues.length > 0).toBe(ts.hasError)
  })

  it.each(SYNTAX_SAMPLES.map((s, i) => [i, s]))('agrees on hand-written syntax sample %i', async (_i, src) => {
    const ours = parseHcl(src, { maxDepth: 200 })
    const ts = await treeSitterOutline(src)
    expect(ours.issues).toEqual([])
    expect(ts.hasError).toBe(false)
    expect(ourOutline(src, ours.body)).toEqual(ts.items)
  })

  it('agrees on a generated 1 MB file', async () => {
    const src = generateFile(7, 1024 * 1024)
    const ours = parseHcl(src, { maxDepth: 200 })
    const ts = await treeSitterOutline(src)
    expect(ours.issues).toEqual([])
    expect(ts.hasError).toBe(false)
    expect(ourOutline(src, ours.body)).toEqual(ts.items)
  })

  it('agrees on every file of a generated 200-file Terraform tree (bench/generate.mjs)', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 's3gate-oracle-'))
    execFileSync(
      process.execPath,
      [path.resolve(__dirname, '../../../bench/generate.mjs'), '--files', '200', '--terraform-only', '--out', out],
      { stdio: 'ignore' },
    )
    const tf: string[] = []
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name)
        if (e.isDirectory()) walk(p)
        else if (/\.(tf|tfvars)$/.test(p)) tf.push(p)
      }
    }
    walk(out)
    expect(tf.length).toBeGreaterThan(150)
    const differ: string[] = []
    for (const file of tf) {
      const src = fs.readFileSync(file, 'utf8')
      const ours = parseHcl(src, { maxDepth: 200 })
      const ts = await treeSitterOutline(src)
      if (ours.issues.length || ts.hasError || JSON.stringify(ourOutline(src, ours.body)) !== JSON.stringify(ts.items))
        differ.push(path.relative(out, file))
    }
    fs.rmSync(out, { recursive: true, force: true })
    expect(differ).toEqual([])
  }, 120_000)

  it('finds an error in every corrupted corpus file where tree-sitter does, and hardly ever elsewhere', async () => {
    // Deterministic corruption: delete 1-3 characters at a pseudo-random place.
    let seed = 7
    const rnd = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0
      return seed / 2 ** 32
    }
    let stricter = 0
    const missed: string[] = []
    for (let k = 0; k < 300; k++) {
      const src = fs.readFileSync(files[Math.floor(rnd() * files.length)]!, 'utf8')
      const i = Math.floor(rnd() * src.length)
      const cut = src.slice(0, i) + src.slice(i + 1 + Math.floor(rnd() * 3))
      const ours = parseHcl(cut, { maxDepth: 200 }).issues.length > 0
      const ts = (await treeSitterOutline(cut)).hasError
      if (ts && !ours) missed.push(JSON.stringify(cut.slice(Math.max(0, i - 40), i + 40)))
      // HCL (and we) need a newline between items; tree-sitter's grammar does not.
      if (ours && !ts) stricter++
    }
    expect(missed).toEqual([])
    expect(stricter).toBeLessThan(10)
  }, 120_000)

  it.each(BROKEN.map((s) => [JSON.stringify(s), s]))('reports a syntax error where tree-sitter does: %s', async (_n, src) => {
    const ours = parseHcl(src, { maxDepth: 200 })
    const ts = await treeSitterOutline(src)
    expect(ts.hasError).toBe(true)
    expect(ours.issues.length).toBeGreaterThan(0)
  })
})

// -------------------------------------------------------------------------------------------------

/** Plain JSON of a fully known value; undefined when any part is unknown or symbolic. */
function plain(v: TfValue): unknown {
  switch (v.k) {
    case 'string':
    case 'number':
    case 'bool':
      return v.v
    case 'null':
      return null
    case 'list': {
      const items = v.items.map(plain)
      return items.some((i) => i === undefined) ? undefined : items
    }
    case 'object': {
      const o: Record<string, unknown> = {}
      for (const [k, x] of v.attrs) {
        const p = plain(x)
        if (p === undefined) return undefined
        o[k] = p
      }
      return o
    }
    default:
      return undefined
  }
}

const hasInterpolation = (x: unknown): boolean =>
  typeof x === 'string'
    ? x.includes('${') || x.includes('%{')
    : Array.isArray(x)
      ? x.some(hasInterpolation)
      : x !== null && typeof x === 'object'
        ? Object.values(x).some(hasInterpolation)
        : false

/** JSON with object keys sorted: Terraform objects have no key order. */
function canonical(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`
  if (x !== null && typeof x === 'object') {
    const o = x as Record<string, unknown>
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(x)
}

interface Compared {
  compared: number
  mismatches: string[]
}

function compareBody(ev: Evaluator, f: number, body: Body, theirs: Record<string, unknown>, where: string, out: Compared): void {
  const ns: Namespaces = { root: () => undefined, moduleDir: '/', rootDir: '/', prefix: '' }
  for (const a of body.attributes) {
    const t = theirs[a.name]
    if (t === undefined || hasInterpolation(t)) continue
    const mine = plain(ev.eval(a.expr, { ns, f }))
    if (mine === undefined) continue
    out.compared++
    if (canonical(mine) !== canonical(t))
      out.mismatches.push(`${where}.${a.name}: ours ${JSON.stringify(mine)} theirs ${JSON.stringify(t)}`)
  }
  for (const b of body.blocks) {
    let t: unknown = theirs[b.type]
    for (const l of b.labels) t = t && typeof t === 'object' && !Array.isArray(t) ? (t as Record<string, unknown>)[l.value] : undefined
    if (!Array.isArray(t)) continue
    // Several blocks of one type are one array in hcl2json; match them in order.
    const same = body.blocks.filter(
      (x) => x.type === b.type && x.labels.map((l) => l.value).join('.') === b.labels.map((l) => l.value).join('.'),
    )
    const i = same.indexOf(b)
    const item = t[i]
    if (item && typeof item === 'object') compareBody(ev, f, b.body, item as Record<string, unknown>, `${where}.${b.type}`, out)
  }
}

describe('evaluator vs hcl2-parser', () => {
  it('evaluates every literal attribute of the corpus fixtures to the value hcl2json gives', () => {
    const hcl2 = require('hcl2-parser') as { parseToObject(s: string): [Record<string, unknown> | null, unknown] }
    const out: Compared = { compared: 0, mismatches: [] }
    for (const file of files) {
      const src = fs.readFileSync(file, 'utf8')
      const [theirs] = hcl2.parseToObject(src)
      if (!theirs) continue
      const sf = new SourceFiles()
      const f = sf.add(file, file, src)
      const ev = new Evaluator(sf, DEFAULT_LIMITS, () => undefined, {
        files: sf,
        loadFile: () => 'no files',
        markSensitive: (v) => v,
        markDerived: (_args, v) => v,
        parseTemplate: () => ({ t: 'template', form: 'json', parts: [], start: 0, end: 0 }),
      })
      compareBody(ev, f, parseHcl(src, { maxDepth: 200 }).body, theirs, path.basename(path.dirname(file)), out)
    }
    expect(out.mismatches).toEqual([])
    expect(out.compared).toBeGreaterThan(500)
  }, 120_000)
})
