import { describe, expect, it } from 'vitest'
import type { Expr, TemplateExpr } from '../../../src/parsers/terraform/hcl/ast.js'
import { parseHcl, parseTemplateText } from '../../../src/parsers/terraform/hcl/parse.js'
import { LineIndex } from '../../../src/parsers/shared/line-index.js'

const opts = { maxDepth: 200 }

function parse(src: string) {
  const r = parseHcl(src, opts)
  const li = new LineIndex(src)
  const pos = (o: number) => {
    const p = li.position(o)
    return `${p.line}:${p.column}`
  }
  return { ...r, pos }
}

function expr(src: string): Expr {
  const r = parseHcl(`x = ${src}\n`, opts)
  expect(r.issues).toEqual([])
  return r.body.attributes[0]!.expr
}

/** A compact rendering of an expression tree, for precedence and shape assertions. */
function sx(e: Expr): string {
  switch (e.t) {
    case 'literal':
      return JSON.stringify(e.value)
    case 'var':
      return e.name
    case 'getattr':
      return `${sx(e.obj)}.${e.name}`
    case 'index':
      return `${sx(e.obj)}[${sx(e.key)}]`
    case 'splat':
      return `${sx(e.obj)}${e.full ? '[*]' : '.*'}${e.ops.map((o) => (o.t === 'getattr' ? `.${o.name}` : `[${sx(o.key)}]`)).join('')}`
    case 'binary':
      return `(${sx(e.left)} ${e.op} ${sx(e.right)})`
    case 'unary':
      return `(${e.op}${sx(e.operand)})`
    case 'cond':
      return `(${sx(e.cond)} ? ${sx(e.then)} : ${sx(e.else)})`
    case 'paren':
      return sx(e.expr)
    case 'call':
      return `${e.name}(${e.args.map(sx).join(', ')}${e.expandFinal ? '...' : ''})`
    case 'tuple':
      return `[${e.items.map(sx).join(', ')}]`
    case 'object':
      return `{${e.items.map((i) => `${sx(i.key)}=${sx(i.value)}`).join(', ')}}`
    case 'for':
      return `for(${e.keyVar ? `${e.keyVar},` : ''}${e.valueVar} in ${sx(e.coll)}: ${e.keyExpr ? `${sx(e.keyExpr)} => ` : ''}${sx(e.valueExpr)}${e.grouping ? '...' : ''}${e.cond ? ` if ${sx(e.cond)}` : ''})${e.object ? '{}' : '[]'}`
    case 'template':
      return `"${e.parts.map((p) => (p.t === 'lit' ? p.value : p.t === 'interp' ? `\${${sx(p.expr)}}` : `%{${p.t}}`)).join('')}"`
    case 'invalid':
      return '<invalid>'
  }
}

describe('HCL structure and positions', () => {
  it('records blocks, labels and attributes with 1-based positions of their first and last characters', () => {
    const src = 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n  versioning {\n    enabled = true\n  }\n}\n'
    const r = parse(src)
    expect(r.issues).toEqual([])
    const b = r.body.blocks[0]!
    expect(b.type).toBe('resource')
    expect(b.labels.map((l) => l.value)).toEqual(['aws_s3_bucket', 'logs'])
    expect(r.pos(b.start)).toBe('1:1')
    expect(r.pos(b.open)).toBe('1:33')
    expect(r.pos(b.close)).toBe('6:1')
    expect(r.pos(b.labels[1]!.start)).toBe('1:26')
    const a = b.body.attributes[0]!
    expect([a.name, r.pos(a.start), r.pos(a.end)]).toEqual(['bucket', '2:3', '2:18'])
    const nested = b.body.blocks[0]!
    expect([nested.type, r.pos(nested.start), r.pos(nested.body.attributes[0]!.start)]).toEqual(['versioning', '3:3', '4:5'])
  })

  it('accepts identifier labels, one-line blocks and empty blocks', () => {
    const r = parse('locals { a = 1 }\nthing foo bar {}\nempty {\n}\n')
    expect(r.issues).toEqual([])
    expect(r.body.blocks.map((b) => [b.type, b.labels.map((l) => l.value).join(','), b.body.items.length])).toEqual([
      ['locals', '', 1],
      ['thing', 'foo,bar', 0],
      ['empty', '', 0],
    ])
  })

  it('keeps comments of all three kinds with their text', () => {
    const r = parse('# hash\n// slashes\n/* block\n comment */ a = 1 # trailing\n')
    expect(r.comments.map((c) => c.text)).toEqual([' hash', ' slashes', ' block\n comment ', ' trailing'])
    expect(r.body.attributes[0]!.name).toBe('a')
  })

  it('handles CRLF line endings and a byte order mark', () => {
    const r = parse('\ufeffa = "x"\r\nb = 2\r\n')
    expect(r.issues).toEqual([])
    expect(r.body.attributes.map((a) => a.name)).toEqual(['a', 'b'])
  })
})

describe('HCL expressions', () => {
  it('applies operator precedence and associativity', () => {
    expect(sx(expr('1 + 2 * 3 - 4'))).toBe('((1 + (2 * 3)) - 4)')
    expect(sx(expr('a || b && c == d'))).toBe('(a || (b && (c == d)))')
    expect(sx(expr('!a && -b < 3 % 2'))).toBe('((!a) && ((-b) < (3 % 2)))')
    expect(sx(expr('a ? b : c ? d : e'))).toBe('(a ? b : (c ? d : e))')
    expect(sx(expr('(1 + 2) * 3'))).toBe('((1 + 2) * 3)')
  })

  it('reads traversals, legacy indexes and both splat forms', () => {
    expect(sx(expr('aws_s3_bucket.b["k"].arn'))).toBe('aws_s3_bucket.b["k"].arn')
    expect(sx(expr('var.list.0.name'))).toBe('var.list[0].name')
    expect(sx(expr('aws_s3_bucket.b[*].id[0]'))).toBe('aws_s3_bucket.b[*].id[0]')
    expect(sx(expr('var.x.*.id[0]'))).toBe('var.x.*.id[0]')
  })

  it('reads function calls, expansion and provider-namespaced functions', () => {
    expect(sx(expr('merge(local.a, {b = 1}, var.c...)'))).toBe('merge(local.a, {b=1}, var.c...)')
    expect(sx(expr('provider::aws::arn_parse(x)'))).toBe('provider::aws::arn_parse(x)')
    expect(sx(expr('concat(\n  [1],\n  [2],\n)'))).toBe('concat([1], [2])')
  })

  it('reads objects with = and :, separated by commas or newlines, and computed keys', () => {
    expect(sx(expr('{ a = 1, "b" : 2\n  (var.k) = 3\n}'))).toBe('{a=1, "b"=2, var.k=3}')
  })

  it('reads for expressions over lists and maps, with grouping and conditions', () => {
    expect(sx(expr('[for s in var.list : upper(s) if s != ""]'))).toBe('for(s in var.list: upper(s) if (s != ""))[]')
    expect(sx(expr('{ for k, v in var.map : v => k... }'))).toBe('for(k,v in var.map: v => k...){}')
    expect(sx(expr('{\n  for k, v in var.map :\n  k => v\n}'))).toBe('for(k,v in var.map: k => v){}')
  })

  it('reads templates with interpolations, directives and escapes', () => {
    const t = expr('"a${b}c%{if d}e%{else}f%{endif}\\n\\"$${x}"') as TemplateExpr
    expect(t.parts.map((p) => p.t)).toEqual(['lit', 'interp', 'lit', 'if', 'lit'])
    expect((t.parts[4] as { value: string }).value).toBe('\n"${x}')
    const f = expr('"%{ for k, v in m }${k}=${v},%{ endfor }"') as TemplateExpr
    expect(f.parts[0]!.t).toBe('for')
  })

  it('applies strip markers to neighbouring literals', () => {
    const t = expr('"a  ${~ b ~}  c"') as TemplateExpr
    expect(t.parts.map((p) => (p.t === 'lit' ? p.value : '*'))).toEqual(['a', '*', 'c'])
  })

  it('strips only the literal right after a strip marker, never one inside the next interpolation or after it', () => {
    const t = expr('"${x ~}${"  b"}  c%{ if d ~}  e%{ endif }"') as TemplateExpr
    const inner = (t.parts[1] as { expr: TemplateExpr }).expr
    expect(inner.parts).toMatchObject([{ t: 'lit', value: '  b' }])
    expect(t.parts.map((p) => (p.t === 'lit' ? p.value : p.t))).toEqual(['interp', 'interp', '  c', 'if'])
    expect((t.parts[3] as { then: { value: string }[] }).then).toMatchObject([{ value: 'e' }])
  })

  it('reads a plain string as one literal, with escapes, and an empty one as no parts', () => {
    expect((expr('"a\\tb\\u00e9"') as TemplateExpr).parts).toEqual([{ t: 'lit', value: 'a\tb\u00e9', start: 5, end: 15 }])
    expect(expr('""')).toEqual({ t: 'template', form: 'quoted', parts: [], start: 4, end: 6 })
  })

  it('reads heredocs, removing the common indentation of <<- heredocs', () => {
    const src = 'a = <<EOT\n  keep\nEOT\nb = <<-EOT\n    x\n      y ${z}\n    EOT\n'
    const r = parse(src)
    expect(r.issues).toEqual([])
    const [a, b] = r.body.attributes
    expect((a!.expr as TemplateExpr).parts[0]).toMatchObject({ value: '  keep\n' })
    const bt = b!.expr as TemplateExpr
    expect(bt.indentStripped).toBe(4)
    expect(bt.parts.map((p) => (p.t === 'lit' ? p.value : '*'))).toEqual(['x\n  y ', '*', '\n'])
  })

  it('parses a .tf.json string as a template with offsets into the string', () => {
    const r = parseTemplateText('arn:aws:s3:::${aws_s3_bucket.b.id}/*', opts)
    expect(r.issues).toEqual([])
    expect(sx(r.expr)).toBe('"arn:aws:s3:::${aws_s3_bucket.b.id}/*"')
    const interp = r.expr.parts[1]!
    expect([interp.start, interp.end]).toEqual([13, 34])
  })
})

describe('HCL error recovery', () => {
  it('reports an unclosed block at its opening brace and still parses the blocks after it', () => {
    const src = 'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'
    const r = parse(src)
    expect(r.issues.map((i) => [r.pos(i.offset), i.message.startsWith('Unclosed block')])).toEqual([['1:30', true]])
    expect(r.body.blocks.map((b) => b.labels[1]!.value)).toEqual(['a', 'b'])
    expect(r.body.blocks[0]!.body.attributes[0]!.name).toBe('bucket')
    expect(r.body.blocks[0]!.close).toBe(-1)
  })

  it('skips a broken attribute to the end of its line and keeps the next ones', () => {
    const r = parse('a = 1 +\nb = = 2\nc = "ok"\nd = [1, 2\ne = 3\n')
    expect(r.issues.length).toBeGreaterThan(0)
    // A trailing operator continues on the next line (as in tree-sitter), so the error is the second "=".
    expect(r.pos(r.issues[0]!.offset)).toBe('2:3')
    const names = r.body.attributes.map((a) => a.name)
    expect(names).toContain('c')
    expect(names).toContain('e')
  })

  it('reports unterminated strings, heredocs and comments with their positions', () => {
    const s = parse('a = "abc\nb = 1\n')
    expect(s.issues.map((i) => r2(s, i))).toContainEqual(['1:9', 'Unterminated string: quoted strings cannot span lines (use a heredoc)'])
    expect(s.body.attributes.map((a) => a.name)).toEqual(['a', 'b'])
    const h = parse('a = <<EOT\nnever closed\n')
    expect(h.issues[0]!.message).toMatch(/Unterminated heredoc/)
    const c = parse('a = 1 /* open')
    expect(c.issues[0]!.message).toMatch(/Unterminated comment/)
  })

  it('reports characters that are not HCL', () => {
    const r = parse('a = 1\n@@@\nb = 2\n')
    expect(r.pos(r.issues[0]!.offset)).toBe('2:1')
    expect(r.body.attributes.map((a) => a.name)).toEqual(['a', 'b'])
  })

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    const deep = `a = ${'['.repeat(100_000)}${']'.repeat(100_000)}\nb = 1\n`
    const r = parseHcl(deep, opts)
    expect(r.issues[0]!.message).toMatch(/Nesting deeper than 200/)
    expect(r.body.attributes.map((a) => a.name)).toEqual(['b'])
    const blocks = parseHcl(`${'a {\n'.repeat(5000)}${'}\n'.repeat(5000)}`, opts)
    expect(blocks.issues.some((i) => /Nesting deeper/.test(i.message))).toBe(true)
  })

  it('counts template directives as nesting: 3,000 nested %{ if } overflowed the evaluation and abandoned the module', () => {
    for (const [open, close] of [
      ['%{ if true }', '%{ endif }'],
      ['%{ for x in [1] }', '%{ endfor }'],
    ]) {
      const deep = parseHcl(`b = 1\na = "${open!.repeat(3000)}y${close!.repeat(3000)}"\nc = 1\n`, opts)
      expect(deep.issues.map((i) => i.message)).toEqual(['Nesting deeper than 200 levels'])
      expect(deep.body.attributes.map((a) => a.name)).toEqual(['b', 'c'])
      expect(parseHcl(`a = "${open!.repeat(150)}y${close!.repeat(150)}"\n`, opts).issues).toEqual([])
    }
  })

  it('counts a chain of operators or traversals as nesting: its tree is as deep as the chain is long', () => {
    for (const chain of [' + 1', '.a', '[0]', ' && true']) {
      const long = parseHcl(`a = x${chain.repeat(300)}\nb = 1\n`, opts)
      expect(long.issues.map((i) => i.message)).toEqual(['Nesting deeper than 200 levels (a chain of 200 operations)'])
      expect(long.body.attributes.map((a) => a.name)).toEqual(['b'])
      expect(parseHcl(`a = x${chain.repeat(150)}\n`, opts).issues).toEqual([])
    }
  })
})

function r2(r: ReturnType<typeof parse>, i: { offset: number; message: string }): [string, string] {
  return [r.pos(i.offset), i.message]
}
