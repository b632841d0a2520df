/**
 * Recursive-descent parser for the HCL native syntax (the `.tf` dialect), with exact offsets on
 * every node and error recovery: a broken attribute is skipped to the end of its line, and a block
 * that is never closed ends where the next top-level block starts at column 1, so one typo does
 * not hide the rest of the file.
 *
 * Newlines: HCL ends an attribute at a newline, but ignores newlines inside `()`, `[]`, template
 * sequences and `for` expressions. Inside `{}` object constructors a newline separates elements.
 * The parser keeps a flag for that and `peek()` skips newlines only where they do not matter.
 */
import type {
  Attribute,
  BinaryOp,
  Block,
  Body,
  Expr,
  ForExpr,
  Label,
  ObjectExpr,
  ObjectItem,
  SplatExpr,
  TemplateExpr,
  TemplateLiteral,
  TemplatePart,
  TupleExpr,
} from './ast.js'
import { addIssue, firstIssues } from './issues.js'
import { lex, type Comment, type Tokens } from './lexer.js'
import { STRIP, T, tokenName } from './tokens.js'
import { exactSize } from '../../shared/source-tree.js'

export interface SyntaxIssue {
  offset: number
  message: string
}

export interface ParsedHcl {
  body: Body
  comments: Comment[]
  issues: SyntaxIssue[]
}

export interface ParseOptions {
  /** Deepest nesting of blocks and expressions accepted. */
  maxDepth: number
}

class ParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

/** The element a nested splat's `for` iterates over: not an identifier, so no configuration names it. */
export const NESTED_SPLAT_ITEM = '[*]'

/** Block types that only appear at the top level of a Terraform file. */
const TOP_LEVEL = new Set([
  'resource',
  'data',
  'module',
  'variable',
  'output',
  'locals',
  'provider',
  'terraform',
  'moved',
  'import',
  'check',
  'removed',
])

const BINARY: Partial<Record<T, [number, BinaryOp]>> = {
  [T.OR]: [1, '||'],
  [T.AND]: [2, '&&'],
  [T.EQEQ]: [3, '=='],
  [T.NEQ]: [3, '!='],
  [T.LT]: [4, '<'],
  [T.LE]: [4, '<='],
  [T.GT]: [4, '>'],
  [T.GE]: [4, '>='],
  [T.PLUS]: [5, '+'],
  [T.MINUS]: [5, '-'],
  [T.STAR]: [6, '*'],
  [T.SLASH]: [6, '/'],
  [T.PERCENT]: [6, '%'],
}

interface PendingLiteral extends TemplateLiteral {
  trimStart?: boolean
  trimEnd?: boolean
}

export function parseHcl(src: string, options: ParseOptions): ParsedHcl {
  const toks = lex(src)
  const p = new Parser(src, toks, options.maxDepth)
  const body = p.parseFile()
  const issues = [...toks.issues.map((i) => ({ offset: i.offset, message: i.message })), ...p.issues]
  return { body, comments: toks.comments, issues: firstIssues(issues) }
}

/**
 * Parses the text of a template that is not delimited by quotes (a `.tf.json` string), e.g.
 * `arn:aws:s3:::${aws_s3_bucket.b.id}/*`. Offsets are relative to `text`.
 */
export function parseTemplateText(text: string, options: ParseOptions): { expr: TemplateExpr; issues: SyntaxIssue[] } {
  // Reuse the heredoc machinery: a heredoc with a marker that does not occur in the text (a line
  // of the text reading `S3GATE_EOT` closed the wrapper there, and the rest was lost).
  // One pass: the underscores after each `S3GATE_EOT` of the text (not a loop of `includes`, which
  // a text of many underscores made quadratic).
  const taken = new Set<number>()
  for (let i = text.indexOf('S3GATE_EOT'); i >= 0; i = text.indexOf('S3GATE_EOT', i + 10)) {
    let j = i + 10
    while (text.charCodeAt(j) === 95) j++
    taken.add(j - i - 10)
  }
  let extra = 0
  while (taken.has(extra)) extra++
  const marker = `S3GATE_EOT${'_'.repeat(extra)}`
  const wrapped = `<<${marker}\n${text}\n${marker}\n`
  const shift = marker.length + 3
  const toks = lex(wrapped)
  const p = new Parser(wrapped, toks, options.maxDepth)
  let expr: TemplateExpr
  try {
    expr = p.parseHeredocForJson()
  } catch (e) {
    if (!(e instanceof ParseError)) throw e
    addIssue(p.issues, { offset: e.offset, message: e.message })
    expr = {
      t: 'template',
      form: 'json',
      parts: [{ t: 'lit', value: text, start: shift, end: shift + text.length }],
      start: shift,
      end: shift + text.length,
    }
  }
  // Shift offsets back to `text` coordinates and drop the newline the wrapper added.
  shiftOffsets(expr, -shift)
  const last = expr.parts[expr.parts.length - 1]
  if (last && last.t === 'lit' && last.value.endsWith('\n')) last.value = last.value.slice(0, -1)
  if (last && last.t === 'lit' && last.value === '') expr.parts.pop()
  expr.start = 0
  expr.end = text.length
  expr.form = 'json'
  const issues = firstIssues([...toks.issues, ...p.issues]).map((i) => ({
    offset: Math.max(0, Math.min(text.length, i.offset - shift)),
    message: i.message,
  }))
  return { expr, issues }
}

/** Moves every `start` and `end` in an expression tree by `by` (a template parsed out of its file). */
export function shiftOffsets(node: unknown, by: number): void {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const n of node) shiftOffsets(n, by)
    return
  }
  const o = node as Record<string, unknown>
  if (typeof o.start === 'number') o.start = o.start + by
  if (typeof o.end === 'number') o.end = o.end + by
  for (const k in o) {
    if (k === 'start' || k === 'end') continue
    const v = o[k]
    if (v && typeof v === 'object') shiftOffsets(v, by)
  }
}

class Parser {
  readonly issues: SyntaxIssue[] = []
  private p = 0
  private nlSkip = false
  private depth = 0
  private readonly kinds: Uint8Array
  private readonly starts: Int32Array
  private readonly ends: Int32Array
  private readonly flags: Uint8Array
  /** Start offsets of lines, for the column-1 recovery heuristic. */
  private lineStartCache = new Map<number, boolean>()

  constructor(
    private readonly src: string,
    toks: Tokens,
    private readonly maxDepth: number,
  ) {
    this.kinds = toks.kinds
    this.starts = toks.starts
    this.ends = toks.ends
    this.flags = toks.flags
  }

  // ---------------------------------------------------------------------------------------------
  // Token access

  private peek(): T {
    if (this.nlSkip) while (this.kinds[this.p] === T.NEWLINE) this.p++
    return this.kinds[this.p] as T
  }
  private text(i: number): string {
    return this.src.slice(this.starts[i], this.ends[i])
  }
  private fail(message: string, offset = this.starts[this.p]!): never {
    throw new ParseError(message, offset)
  }
  private expect(kind: T, what: string): number {
    if (this.peek() !== kind) this.fail(`Expected ${what}, found ${this.describe(this.p)}`)
    return this.p++
  }
  private describe(i: number): string {
    const k = this.kinds[i] as T
    if (k === T.IDENT || k === T.NUMBER) return JSON.stringify(this.text(i))
    if (k === T.EOF || k === T.NEWLINE) return tokenName(k)
    return `"${tokenName(k)}"`
  }
  private skipNewlines(): void {
    while (this.kinds[this.p] === T.NEWLINE) this.p++
  }
  private withNewlines<R>(skip: boolean, f: () => R): R {
    const saved = this.nlSkip
    this.nlSkip = skip
    try {
      return f()
    } finally {
      this.nlSkip = saved
    }
  }
  private enter(): void {
    if (++this.depth > this.maxDepth) this.fail(`Nesting deeper than ${this.maxDepth} levels`)
  }
  /**
   * `a + b + c …` and `a.b[0].c …` build trees as deep as the chain is long, which evaluation
   * walks recursively: 200,000 `+ 1` overflowed the stack and abandoned the whole module.
   */
  private checkChain(length: number): void {
    if (this.depth + length > this.maxDepth) this.fail(`Nesting deeper than ${this.maxDepth} levels (a chain of ${length} operations)`)
  }
  private atColumnOne(i: number): boolean {
    const s = this.starts[i]!
    return s === 0 || this.src.charCodeAt(s - 1) === 10
  }
  private columnOf(i: number): number {
    const s = this.starts[i]!
    const nl = this.src.lastIndexOf('\n', s - 1)
    return s - nl
  }

  // ---------------------------------------------------------------------------------------------
  // Bodies

  parseFile(): Body {
    const body = this.parseBody(0)
    if (this.kinds[this.p] !== T.EOF)
      addIssue(this.issues, { offset: this.starts[this.p]!, message: 'Unexpected content after the configuration' })
    return body
  }

  private parseBody(depth: number): Body {
    const start = this.starts[this.p]!
    const body: Body = { start, end: start, attributes: [], blocks: [], items: [] }
    for (;;) {
      this.skipNewlines()
      const k = this.kinds[this.p] as T
      if (k === T.EOF) break
      if (k === T.RBRACE) {
        if (depth > 0) break
        addIssue(this.issues, { offset: this.starts[this.p]!, message: 'Unexpected "}": no block is open here' })
        this.p++
        continue
      }
      if (k !== T.IDENT) {
        addIssue(this.issues, { offset: this.starts[this.p]!, message: `Expected an argument or block, found ${this.describe(this.p)}` })
        this.recover(this.p)
        continue
      }
      if (depth > 0 && this.startsTopLevelBlock(this.p)) break
      const itemStart = this.p
      try {
        const item = this.parseItem(depth)
        body.items.push(item)
        if (item.kind === 'attribute') body.attributes.push(item)
        else body.blocks.push(item)
        body.end = item.end
      } catch (e) {
        // Each level of nesting takes several frames: near `--max-depth 1000` the stack may end first.
        if (e instanceof ParseError) addIssue(this.issues, { offset: e.offset, message: e.message })
        else if (e instanceof RangeError && e.message.includes('call stack'))
          addIssue(this.issues, { offset: this.starts[itemStart]!, message: 'Nesting deeper than the parser’s stack allows' })
        else throw e
        this.recover(itemStart)
      }
    }
    body.attributes = exactSize(body.attributes)
    body.blocks = exactSize(body.blocks)
    body.items = exactSize(body.items)
    if (body.attributes.length > 1) this.reportDuplicates(body.attributes)
    return body
  }

  /**
   * Terraform rejects an argument set twice in one body ("Attribute redefined"). Read on, the
   * second silently replaced the first: `acl = "public-read"` then `acl = "private"` passed.
   */
  private reportDuplicates(attributes: Attribute[]): void {
    const seen = attributes.length > 16 ? new Set<string>() : undefined
    for (let i = 1; i < attributes.length; i++) {
      const name = attributes[i]!.name
      let twice = false
      if (seen) {
        if (i === 1) seen.add(attributes[0]!.name)
        twice = seen.has(name)
        seen.add(name)
      } else for (let j = 0; j < i && !twice; j++) twice = attributes[j]!.name === name
      if (twice)
        addIssue(this.issues, {
          offset: attributes[i]!.start,
          message: `Duplicate argument "${name}": it is already set in this block, and Terraform rejects the file`,
        })
    }
  }

  /** An unclosed block must not swallow `resource "x" "y" {` written at column 1 further down. */
  private startsTopLevelBlock(i: number): boolean {
    if (!this.atColumnOne(i) || !TOP_LEVEL.has(this.text(i))) return false
    const next = this.kinds[i + 1] as T
    return next === T.OQUOTE || next === T.LBRACE || (next === T.IDENT && this.text(i) !== 'locals')
  }

  private parseItem(depth: number): Attribute | Block {
    const nameTok = this.p++
    const name = this.text(nameTok)
    const start = this.starts[nameTok]!
    let k = this.kinds[this.p] as T
    if (k === T.EQUAL) {
      this.p++
      const expr = this.withNewlines(false, () => this.parseExpr())
      const attr: Attribute = { kind: 'attribute', name, nameEnd: this.ends[nameTok]!, expr, start, end: expr.end }
      k = this.kinds[this.p] as T
      if (k !== T.NEWLINE && k !== T.EOF && k !== T.RBRACE) {
        this.fail(`Missing newline after argument "${name}": found ${this.describe(this.p)}`)
      }
      return attr
    }
    const labels: Label[] = []
    for (;;) {
      k = this.kinds[this.p] as T
      if (k === T.IDENT) {
        labels.push({ value: this.text(this.p), start: this.starts[this.p]!, end: this.ends[this.p]! })
        this.p++
      } else if (k === T.OQUOTE) {
        const tmpl = this.parseQuoted()
        const lit = tmpl.parts.length === 0 ? '' : tmpl.parts.length === 1 && tmpl.parts[0]!.t === 'lit' ? tmpl.parts[0]!.value : undefined
        if (lit === undefined) this.fail('Block labels cannot contain template sequences', tmpl.start)
        labels.push({ value: lit, start: tmpl.start, end: tmpl.end })
      } else break
    }
    if (k !== T.LBRACE) {
      if (labels.length === 0) this.fail(`Expected "=" or a block after "${name}", found ${this.describe(this.p)}`)
      this.fail(`Expected "{" to open block "${name}", found ${this.describe(this.p)}`)
    }
    const open = this.starts[this.p++]!
    if (depth + 1 > this.maxDepth) this.fail(`Nesting deeper than ${this.maxDepth} levels`, open)
    const body = this.parseBody(depth + 1)
    const block: Block = {
      kind: 'block',
      type: name,
      labels: exactSize(labels),
      body,
      open,
      close: -1,
      start,
      end: body.end,
    }
    if (this.kinds[this.p] === T.RBRACE) {
      block.close = this.starts[this.p]!
      block.end = this.ends[this.p]!
      this.p++
    } else {
      const where = labels.length ? `${name} ${labels.map((l) => JSON.stringify(l.value)).join(' ')}` : name
      addIssue(this.issues, { offset: open, message: `Unclosed block: ${where} has no closing "}"` })
      if (body.end === body.start) block.end = open + 1
    }
    return block
  }

  /**
   * Skips the rest of a broken item: to the end of its line, unless brackets are open, in which
   * case to where they close, or to the next line that starts a new item at the same indentation.
   */
  private recover(from: number): void {
    const col = this.columnOf(from)
    // Brackets the broken item opened before the error are still open: `tags = { a = "x" b = 1 }`
    // fails at `b`, and the `}` after it closes the object, not the block around it (which then
    // ended early, its next arguments read as top-level ones and an "Unexpected }" reported).
    let nest = this.openBetween(from, this.p)
    if (this.p === from) this.p++
    // The error was noticed at the start of a following item (`d = [1, 2` then `e = 3`): keep it.
    else if (this.kinds[this.p - 1] === T.NEWLINE && this.startsItem(this.p, col)) return
    for (;;) {
      const k = this.kinds[this.p] as T
      if (k === T.EOF) return
      if (k === T.LBRACE || k === T.LBRACK || k === T.LPAREN || k === T.TEMPLATE_INTERP || k === T.TEMPLATE_CONTROL) nest++
      else if (k === T.RBRACK || k === T.RPAREN || k === T.TEMPLATE_SEQ_END) nest = Math.max(0, nest - 1)
      else if (k === T.RBRACE) {
        if (nest === 0) return
        nest--
      } else if (k === T.NEWLINE) {
        if (nest === 0) return
        if (this.startsItem(this.p + 1, col)) {
          this.p++
          return
        }
      }
      this.p++
    }
  }

  /** How many brackets the tokens `[from, to)` leave open. */
  private openBetween(from: number, to: number): number {
    let nest = 0
    for (let i = from; i < to; i++) {
      const k = this.kinds[i] as T
      if (k === T.LBRACE || k === T.LBRACK || k === T.LPAREN || k === T.TEMPLATE_INTERP || k === T.TEMPLATE_CONTROL) nest++
      else if (k === T.RBRACE || k === T.RBRACK || k === T.RPAREN || k === T.TEMPLATE_SEQ_END) nest = Math.max(0, nest - 1)
    }
    return nest
  }

  /** `name =`, `name "label" {` or `name {` at or left of column `col`. */
  private startsItem(i: number, col: number): boolean {
    if (this.kinds[i] !== T.IDENT || this.columnOf(i) > col) return false
    const after = this.kinds[i + 1] as T
    return after === T.EQUAL || after === T.OQUOTE || after === T.LBRACE
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  private parseExpr(): Expr {
    this.enter()
    try {
      const cond = this.parseBinary(0)
      if (this.peek() !== T.QUESTION) return cond
      this.p++
      this.skipNewlines()
      const then = this.parseExpr()
      if (this.peek() !== T.COLON) {
        this.skipNewlinesIfFollowedBy(T.COLON)
        this.expect(T.COLON, '":" in the conditional expression')
      } else this.p++
      this.skipNewlines()
      const els = this.parseExpr()
      return { t: 'cond', cond, then, else: els, start: cond.start, end: els.end }
    } finally {
      this.depth--
    }
  }

  private skipNewlinesIfFollowedBy(kind: T): void {
    let i = this.p
    while (this.kinds[i] === T.NEWLINE) i++
    if (this.kinds[i] === kind) this.p = i
  }

  private parseBinary(minPrec: number): Expr {
    let left = this.parseUnary()
    for (let chain = 1; ; chain++) {
      const op = BINARY[this.peek()]
      if (!op || op[0] < minPrec) return left
      this.checkChain(chain)
      this.p++
      this.skipNewlines()
      const right = this.parseBinary(op[0] + 1)
      left = { t: 'binary', op: op[1], left, right, start: left.start, end: right.end }
    }
  }

  private parseUnary(): Expr {
    const k = this.peek()
    if (k === T.MINUS || k === T.BANG) {
      const start = this.starts[this.p++]!
      this.enter()
      try {
        const operand = this.parseUnary()
        return { t: 'unary', op: k === T.MINUS ? '-' : '!', operand, start, end: operand.end }
      } finally {
        this.depth--
      }
    }
    return this.parsePostfix(this.parsePrimary())
  }

  private parsePostfix(expr: Expr): Expr {
    for (let chain = 1; ; chain++) {
      const k = this.peek()
      if (k === T.DOT || k === T.LBRACK) this.checkChain(chain)
      if (k === T.DOT) {
        const nk = this.kinds[this.p + 1] as T
        if (nk === T.IDENT) {
          this.p += 2
          expr = { t: 'getattr', obj: expr, name: this.text(this.p - 1), start: expr.start, end: this.ends[this.p - 1]! }
        } else if (nk === T.NUMBER) {
          this.p += 2
          const i = this.p - 1
          expr = { t: 'index', obj: expr, key: this.legacyIndex(i), legacy: true, start: expr.start, end: this.ends[i]! }
        } else if (nk === T.STAR) {
          this.p += 2
          expr = this.parseSplat(expr, false)
        } else this.fail(`Expected an attribute name after ".", found ${this.describe(this.p + 1)}`, this.starts[this.p + 1])
      } else if (k === T.LBRACK) {
        this.p++
        if (this.withNewlines(true, () => this.peek()) === T.STAR && this.kindAfterNewlines(this.p + 1) === T.RBRACK) {
          this.withNewlines(true, () => {
            this.p++ // *
            this.peek()
            this.p++ // ]
          })
          expr = this.parseSplat(expr, true)
        } else {
          const key = this.withNewlines(true, () => this.parseExpr())
          const close = this.withNewlines(true, () => this.expect(T.RBRACK, '"]" to close the index'))
          expr = { t: 'index', obj: expr, key, start: expr.start, end: this.ends[close]! }
        }
      } else return expr
    }
  }

  private kindAfterNewlines(i: number): T {
    while (this.kinds[i] === T.NEWLINE) i++
    return this.kinds[i] as T
  }

  /**
   * `x[*].a[0]` / `x.*.a`. A full splat takes every traversal step after it, as Terraform's parser
   * does: a legacy index (`x[*].a.0`, each element's first `a`) and another splat (`x[*].a[*].b`,
   * `x[*].a.*.b`, a splat of each element's `a`) included. A nested splat is read as the `for` it
   * means, `[for e in x[*].a : e[*].b]`, over a name no configuration can write; before, it was an
   * `HCL_SYNTAX` error Terraform does not make, and `.0` indexed the list of all elements.
   */
  private parseSplat(obj: Expr, full: boolean): Expr {
    const splat: SplatExpr = { t: 'splat', obj, full, ops: [], start: obj.start, end: this.ends[this.p - 1]! }
    for (;;) {
      const k = this.peek()
      const next = this.kinds[this.p + 1]
      if (k === T.DOT && next === T.IDENT) {
        this.p += 2
        splat.ops.push({ t: 'getattr', name: this.text(this.p - 1) })
        splat.end = this.ends[this.p - 1]!
      } else if (k === T.DOT && next === T.NUMBER) {
        this.p += 2
        splat.ops.push({ t: 'index', key: this.legacyIndex(this.p - 1) })
        splat.end = this.ends[this.p - 1]!
      } else if (!full && k === T.DOT && next === T.STAR) {
        this.fail(
          'Nested splat expression not allowed: a splat (*) cannot be used inside an attribute-only splat (.*)',
          this.starts[this.p + 1],
        )
      } else if (full && (k === T.DOT ? next === T.STAR : k === T.LBRACK && this.nestedFullSplat())) {
        splat.ops = exactSize(splat.ops)
        return this.parseNestedSplat(splat, k === T.LBRACK)
      } else if (full && k === T.LBRACK) {
        this.p++
        const key = this.withNewlines(true, () => this.parseExpr())
        const close = this.withNewlines(true, () => this.expect(T.RBRACK, '"]"'))
        splat.ops.push({ t: 'index', key })
        splat.end = this.ends[close]!
      } else {
        splat.ops = exactSize(splat.ops)
        return splat
      }
    }
  }

  /** The key of a legacy index `.0` (token `i`); `.0.1`, lexed as one number, Terraform refuses. */
  private legacyIndex(i: number): Expr {
    const text = this.text(i)
    if (!/^[0-9]+$/.test(text))
      this.fail(
        `Invalid legacy index syntax: chaining two indexes together (.${text}) is not permitted; write [${text.replace('.', '][')}]`,
        this.starts[i],
      )
    return { t: 'literal', value: Number(text), start: this.starts[i]!, end: this.ends[i]! }
  }

  /** Whether a `[*]` starts at the current `[`. */
  private nestedFullSplat(): boolean {
    const star = this.skipNewlinesFrom(this.p + 1)
    return this.kinds[star] === T.STAR && this.kindAfterNewlines(star + 1) === T.RBRACK
  }

  private skipNewlinesFrom(i: number): number {
    while (this.kinds[i] === T.NEWLINE) i++
    return i
  }

  /** `[for e in outer : e[*]…]` (or `e.*…`), at the `[` or `.` of the inner splat. */
  private parseNestedSplat(outer: SplatExpr, bracket: boolean): Expr {
    const marker = this.p
    if (bracket) {
      this.p = this.skipNewlinesFrom(this.skipNewlinesFrom(this.p + 1) + 1) + 1 // [ * ]
    } else this.p += 2 // . *
    this.enter()
    try {
      const each: Expr = { t: 'var', name: NESTED_SPLAT_ITEM, start: this.starts[marker]!, end: this.ends[this.p - 1]! }
      // After `.*.a`, a `[0]` indexes the list that splat made, still for each element of the outer.
      const inner = bracket ? this.parseSplat(each, true) : this.parsePostfix(this.parseSplat(each, false))
      return {
        t: 'for',
        valueVar: NESTED_SPLAT_ITEM,
        coll: outer,
        valueExpr: inner,
        grouping: false,
        object: false,
        start: outer.start,
        end: inner.end,
      }
    } finally {
      this.depth--
    }
  }

  private parsePrimary(): Expr {
    const k = this.peek()
    const i = this.p
    const start = this.starts[i]!
    switch (k) {
      case T.NUMBER: {
        this.p++
        const v = Number(this.text(i))
        return { t: 'literal', value: v, start, end: this.ends[i]! }
      }
      case T.IDENT: {
        const name = this.text(i)
        this.p++
        if (name === 'true' || name === 'false') return { t: 'literal', value: name === 'true', start, end: this.ends[i]! }
        if (name === 'null') return { t: 'literal', value: null, start, end: this.ends[i]! }
        if (this.kinds[this.p] === T.LPAREN || this.kinds[this.p] === T.DOUBLECOLON) return this.parseCall(i)
        return { t: 'var', name, start, end: this.ends[i]! }
      }
      case T.OQUOTE:
        return this.parseQuoted()
      case T.HEREDOC_BEGIN:
        return this.parseHeredoc()
      case T.LBRACE:
        return this.parseObject()
      case T.LBRACK:
        return this.parseTuple()
      case T.LPAREN: {
        this.p++
        const expr = this.withNewlines(true, () => this.parseExpr())
        const close = this.withNewlines(true, () => this.expect(T.RPAREN, '")"'))
        return { t: 'paren', expr, start, end: this.ends[close]! }
      }
      default:
        this.fail(`Expected an expression, found ${this.describe(i)}`)
    }
  }

  private parseCall(nameTok: number): Expr {
    let name = this.text(nameTok)
    // Provider-defined functions: `provider::aws::arn_parse(...)`.
    while (this.kinds[this.p] === T.DOUBLECOLON) {
      this.p++
      const part = this.expect(T.IDENT, 'a function name after "::"')
      name += `::${this.text(part)}`
    }
    const nameSpan = { start: this.starts[nameTok]!, end: this.ends[this.p - 1]! }
    this.expect(T.LPAREN, '"(" to call a function')
    return this.withNewlines(true, () => {
      const args: Expr[] = []
      let expandFinal = false
      for (;;) {
        if (this.peek() === T.RPAREN) break
        args.push(this.parseExpr())
        const k = this.peek()
        if (k === T.ELLIPSIS) {
          this.p++
          expandFinal = true
          this.peek()
          break
        }
        if (k === T.COMMA) {
          this.p++
          continue
        }
        break
      }
      const close = this.expect(T.RPAREN, `"," or ")" in the call to ${name}()`)
      return { t: 'call', name, nameSpan, args: exactSize(args), expandFinal, start: nameSpan.start, end: this.ends[close]! }
    })
  }

  private isForIntro(): boolean {
    return this.kinds[this.p] === T.IDENT && this.text(this.p) === 'for' && this.kindAfterNewlines(this.p + 1) === T.IDENT
  }

  private parseTuple(): Expr {
    const start = this.starts[this.p++]!
    return this.withNewlines(true, () => {
      this.peek()
      if (this.isForIntro()) return this.parseFor(start, false)
      const items: Expr[] = []
      for (;;) {
        if (this.peek() === T.RBRACK) break
        items.push(this.parseExpr())
        if (this.peek() === T.COMMA) {
          this.p++
          continue
        }
        break
      }
      const close = this.expect(T.RBRACK, '"," or "]" in the list')
      const tuple: TupleExpr = { t: 'tuple', items: exactSize(items), start, end: this.ends[close]! }
      return tuple
    })
  }

  private parseObject(): Expr {
    const start = this.starts[this.p++]!
    this.skipNewlines()
    if (this.isForIntro()) return this.withNewlines(true, () => this.parseFor(start, true))
    return this.withNewlines(false, () => {
      const items: ObjectItem[] = []
      for (;;) {
        this.skipNewlines()
        const k = this.kinds[this.p] as T
        if (k === T.RBRACE) break
        if (k === T.EOF) this.fail('Expected "}" to close the object')
        const itemStart = this.starts[this.p]!
        let key: Expr
        let keyIsIdent = false
        const next = this.kinds[this.p + 1] as T
        if (k === T.IDENT && (next === T.EQUAL || next === T.COLON)) {
          key = { t: 'var', name: this.text(this.p), start: itemStart, end: this.ends[this.p]! }
          keyIsIdent = true
          this.p++
        } else key = this.withNewlines(true, () => this.parseBinary(0))
        const sep = this.peek()
        if (sep !== T.EQUAL && sep !== T.COLON) this.fail(`Expected "=" or ":" after the object key, found ${this.describe(this.p)}`)
        this.p++
        this.skipNewlines()
        const value = this.parseExpr()
        items.push({ key, keyIsIdent, value, start: itemStart, end: value.end })
        const after = this.kinds[this.p] as T
        if (after === T.COMMA) {
          this.p++
          continue
        }
        if (after === T.NEWLINE || after === T.RBRACE) continue
        this.fail(`Expected "," or a newline between object elements, found ${this.describe(this.p)}`)
      }
      const close = this.p++
      const obj: ObjectExpr = { t: 'object', items: exactSize(items), start, end: this.ends[close]! }
      return obj
    })
  }

  /** `[for k, v in coll : v if cond]` / `{for k, v in coll : k => v... if cond}` (after the bracket). */
  private parseFor(start: number, object: boolean): ForExpr {
    this.p++ // for
    const first = this.text(this.expect(T.IDENT, 'an iterator name after "for"'))
    let keyVar: string | undefined
    let valueVar = first
    if (this.peek() === T.COMMA) {
      this.p++
      keyVar = first
      valueVar = this.text(this.expect(T.IDENT, 'a second iterator name'))
    }
    const inTok = this.expect(T.IDENT, '"in"')
    if (this.text(inTok) !== 'in') this.fail(`Expected "in" in the for expression, found ${this.describe(inTok)}`, this.starts[inTok])
    const coll = this.parseExpr()
    this.expect(T.COLON, '":" after the for collection')
    let keyExpr: Expr | undefined
    let valueExpr = this.parseExpr()
    let grouping = false
    if (object) {
      this.expect(T.FATARROW, '"=>" in the object for expression')
      keyExpr = valueExpr
      valueExpr = this.parseExpr()
      if (this.peek() === T.ELLIPSIS) {
        this.p++
        grouping = true
      }
    }
    let cond: Expr | undefined
    if (this.peek() === T.IDENT && this.text(this.p) === 'if') {
      this.p++
      cond = this.parseExpr()
    }
    const close = this.expect(object ? T.RBRACE : T.RBRACK, object ? '"}" to close the for expression' : '"]" to close the for expression')
    return { t: 'for', keyVar, valueVar, coll, keyExpr, valueExpr, cond, grouping, object, start, end: this.ends[close]! }
  }

  // ---------------------------------------------------------------------------------------------
  // Templates

  private parseQuoted(): TemplateExpr {
    const start = this.starts[this.p++]!
    // Most strings are one literal: no template machinery, no lists to grow and copy.
    const k = this.kinds[this.p] as T
    if (k === T.CQUOTE) return { t: 'template', form: 'quoted', parts: [], start, end: this.ends[this.p++]! }
    if (k === T.QLIT && this.kinds[this.p + 1] === T.CQUOTE) {
      const i = this.p
      this.p += 2
      const value = this.unescape(this.text(i), this.starts[i]!)
      const parts: TemplatePart[] = value === '' ? [] : [{ t: 'lit', value, start: this.starts[i]!, end: this.ends[i]! }]
      return { t: 'template', form: 'quoted', parts, start, end: this.ends[i + 1]! }
    }
    const { parts, end } = this.parseTemplateParts(T.CQUOTE, true)
    finishLiterals(parts)
    return { t: 'template', form: 'quoted', parts, start, end }
  }

  private parseHeredoc(): TemplateExpr {
    const begin = this.p++
    const start = this.starts[begin]!
    const flush = this.src.charCodeAt(start + 2) === 45
    const { parts, end } = this.parseTemplateParts(T.HEREDOC_END, false)
    // HCL's order: strip markers first, then the indentation of what they left.
    trimLiterals(parts, true)
    const indentStripped = flush ? stripIndent(parts) : 0
    dropEmptyLiterals(parts)
    return { t: 'template', form: 'heredoc', parts, start, end, indentStripped }
  }

  /** For `parseTemplateText`: the token stream starts with the wrapper's heredoc. */
  parseHeredocForJson(): TemplateExpr {
    return this.parseHeredoc()
  }

  /** Reads template parts up to `endKind` (consumed); returns the offset after it. */
  private parseTemplateParts(endKind: T, quoted: boolean): { parts: TemplatePart[]; end: number } {
    const saved = this.nlSkip
    this.nlSkip = false
    try {
      const r = this.parseSequence(endKind, quoted, false)
      if (r.directive) this.fail(`Unexpected %{ ${r.directive} } without a matching opening directive`, r.directiveAt)
      return { parts: r.parts, end: r.end }
    } finally {
      this.nlSkip = saved
    }
  }

  private pendingTrimStart = false

  private parseSequence(
    endKind: T,
    quoted: boolean,
    inDirective: boolean,
  ): { parts: TemplatePart[]; end: number; directive?: string; directiveAt?: number } {
    const parts: TemplatePart[] = []
    for (;;) {
      const k = this.kinds[this.p] as T
      const i = this.p
      if (k === endKind) {
        this.p++
        this.pendingTrimStart = false
        return { parts: exactSize(parts), end: this.ends[i]! }
      }
      if (k === T.QLIT || k === T.HLIT) {
        this.p++
        const raw = this.text(i)
        const lit: PendingLiteral = {
          t: 'lit',
          value: k === T.QLIT ? this.unescape(raw, this.starts[i]!) : unescapeHeredoc(raw),
          start: this.starts[i]!,
          end: this.ends[i]!,
        }
        if (this.pendingTrimStart) {
          lit.trimStart = true
          this.pendingTrimStart = false
        }
        parts.push(lit)
        continue
      }
      // A strip marker only strips a literal right after it, never one inside what follows.
      if (k === T.TEMPLATE_INTERP) {
        this.p++
        this.pendingTrimStart = false
        this.markTrimEnd(parts, i)
        const expr = this.withNewlines(true, () => this.parseExpr())
        const close = this.closeSequence()
        parts.push({ t: 'interp', expr, start: this.starts[i]!, end: this.ends[close]! })
        continue
      }
      if (k === T.TEMPLATE_CONTROL) {
        this.p++
        this.pendingTrimStart = false
        this.markTrimEnd(parts, i)
        const kw = this.withNewlines(true, () => this.expect(T.IDENT, 'a template directive (if, for, else, endif, endfor)'))
        const word = this.text(kw)
        if (word === 'if') {
          const cond = this.withNewlines(true, () => this.parseExpr())
          this.closeSequence()
          // A directive's body nests as deep as an expression does, and is evaluated as recursively.
          this.enter()
          let then: ReturnType<Parser['parseSequence']>
          let end: ReturnType<Parser['parseSequence']>
          let els: TemplatePart[] = []
          try {
            then = this.parseSequence(endKind, quoted, true)
            end = then
            if (then.directive === 'else') {
              end = this.parseSequence(endKind, quoted, true)
              els = end.parts
            }
          } finally {
            this.depth--
          }
          if (end.directive !== 'endif') this.fail('Missing %{ endif } for this %{ if }', this.starts[i])
          parts.push({ t: 'if', cond, then: then.parts, else: els, start: this.starts[i]!, end: end.end })
          continue
        }
        if (word === 'for') {
          const r = this.withNewlines(true, () => {
            const a = this.text(this.expect(T.IDENT, 'an iterator name'))
            let keyVar: string | undefined
            let valueVar = a
            if (this.peek() === T.COMMA) {
              this.p++
              keyVar = a
              valueVar = this.text(this.expect(T.IDENT, 'an iterator name'))
            }
            const inTok = this.expect(T.IDENT, '"in"')
            if (this.text(inTok) !== 'in') this.fail('Expected "in"', this.starts[inTok])
            return { keyVar, valueVar, coll: this.parseExpr() }
          })
          this.closeSequence()
          this.enter()
          let body: ReturnType<Parser['parseSequence']>
          try {
            body = this.parseSequence(endKind, quoted, true)
          } finally {
            this.depth--
          }
          if (body.directive !== 'endfor') this.fail('Missing %{ endfor } for this %{ for }', this.starts[i])
          parts.push({ t: 'for', ...r, body: body.parts, start: this.starts[i]!, end: body.end })
          continue
        }
        if (word === 'else' || word === 'endif' || word === 'endfor') {
          const close = this.closeSequence()
          if (!inDirective) this.fail(`Unexpected %{ ${word} }`, this.starts[i])
          return { parts: exactSize(parts), end: this.ends[close]!, directive: word, directiveAt: this.starts[i] }
        }
        this.fail(`Unknown template directive "${word}"`, this.starts[kw])
      }
      if (k === T.EOF) this.fail(quoted ? 'Unterminated string' : 'Unterminated heredoc')
      this.fail(`Unexpected ${this.describe(i)} in template`)
    }
  }

  private markTrimEnd(parts: TemplatePart[], tok: number): void {
    if (!(this.flags[tok]! & STRIP)) return
    const last = parts[parts.length - 1] as PendingLiteral | undefined
    if (last && last.t === 'lit') last.trimEnd = true
  }

  private closeSequence(): number {
    const close = this.withNewlines(true, () => {
      if (this.peek() !== T.TEMPLATE_SEQ_END) this.fail(`Expected "}" to close the template sequence, found ${this.describe(this.p)}`)
      return this.p++
    })
    if (this.flags[close]! & STRIP) this.pendingTrimStart = true
    return close
  }

  private unescape(raw: string, offset: number): string {
    if (raw.indexOf('\\') === -1 && raw.indexOf('{') === -1) return raw
    let out = ''
    for (let j = 0; j < raw.length; j++) {
      const c = raw[j]!
      if (c === '\\') {
        const e = raw[++j]
        switch (e) {
          case 'n':
            out += '\n'
            break
          case 'r':
            out += '\r'
            break
          case 't':
            out += '\t'
            break
          case '"':
            out += '"'
            break
          case '\\':
            out += '\\'
            break
          case 'u':
          case 'U': {
            const len = e === 'u' ? 4 : 8
            const hex = raw.slice(j + 1, j + 1 + len)
            if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === len) {
              const cp = parseInt(hex, 16)
              out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd'
              j += len
            } else addIssue(this.issues, { offset: offset + j - 1, message: `Invalid escape: \\${e} needs ${len} hex digits` })
            break
          }
          default:
            addIssue(this.issues, { offset: offset + j - 1, message: `Invalid escape sequence "\\${e ?? ''}"` })
            out += e ?? ''
        }
        continue
      }
      if ((c === '$' || c === '%') && raw[j + 1] === c && raw[j + 2] === '{') {
        out += `${c}{`
        j += 2
        continue
      }
      out += c
    }
    return out
  }
}

function unescapeHeredoc(raw: string): string {
  if (raw.indexOf('{') === -1) return raw
  return raw.replace(/([$%])\1\{/g, '$1{')
}

/** Applies `~` strip markers to a quoted string's literals, then drops the emptied ones. */
function finishLiterals(parts: TemplatePart[]): void {
  trimLiterals(parts, false)
  dropEmptyLiterals(parts)
}

/**
 * Applies `~` strip markers. HCL's scanner cuts a heredoc's (or template file's) text into one
 * literal per line, and a marker trims only the literal beside it: `%{ if x ~}` takes the rest of
 * its own line and its newline, not the next line's indentation; `%{~ endif }` the part of its
 * line before it. A quoted string's literal is one, escaped newlines and all (`perLine` false).
 */
function trimLiterals(parts: TemplatePart[], perLine: boolean): void {
  for (const part of parts) {
    if (part.t === 'if') {
      trimLiterals(part.then, perLine)
      trimLiterals(part.else, perLine)
    } else if (part.t === 'for') trimLiterals(part.body, perLine)
    else if (part.t === 'lit') {
      const lit = part as PendingLiteral
      if (lit.trimStart) lit.value = perLine ? trimFirstLine(lit.value) : lit.value.trimStart()
      if (lit.trimEnd) lit.value = perLine ? trimLastLine(lit.value) : lit.value.trimEnd()
      delete lit.trimStart
      delete lit.trimEnd
    }
  }
}

/** The leading white space of the first line, with its newline when that is all the line holds. */
function trimFirstLine(v: string): string {
  const nl = v.indexOf('\n')
  const first = nl === -1 ? v : v.slice(0, nl + 1)
  return first.trimStart() + (nl === -1 ? '' : v.slice(nl + 1))
}

/** The trailing white space of the last line (a literal ending in a newline: that line, newline included). */
function trimLastLine(v: string): string {
  const lastStart = v.lastIndexOf('\n', v.length - 2) + 1
  return v.slice(0, lastStart) + v.slice(lastStart).trimEnd()
}

/** Literals emptied by strip markers add nothing. */
function dropEmptyLiterals(parts: TemplatePart[]): void {
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!
    if (part.t === 'if') {
      dropEmptyLiterals(part.then)
      dropEmptyLiterals(part.else)
    } else if (part.t === 'for') dropEmptyLiterals(part.body)
    else if (part.t === 'lit' && part.value === '') parts.splice(i, 1)
  }
}

/** A template's literals in source order, `null` for each interpolation and directive between them. */
function* literalsAndTags(parts: readonly TemplatePart[]): Generator<TemplateLiteral | null> {
  for (const part of parts) {
    if (part.t === 'lit') yield part
    else if (part.t === 'interp') yield null
    else if (part.t === 'if') {
      yield null
      yield* literalsAndTags(part.then)
      if (part.else.length) yield null
      yield* literalsAndTags(part.else)
      yield null
    } else {
      yield null
      yield* literalsAndTags(part.body)
      yield null
    }
  }
}

/**
 * `<<-` heredocs, as HCL flushes them: the least leading white space of the lines' first literals
 * (a line that is only white space does not count; one that starts with an interpolation or
 * directive counts as none) is removed from each of them, in directive bodies too. A literal
 * only counts as a line's first when the one before it ended the line: after `%{ if x ~}` took
 * the newline, the next line's indentation stays.
 */
function stripIndent(parts: TemplatePart[]): number {
  let min = Infinity
  const lines: { part: TemplateLiteral; at: number }[] = []
  let atLineStart = true
  for (const part of literalsAndTags(parts)) {
    if (part === null) {
      if (atLineStart) min = 0
      atLineStart = false
      continue
    }
    const v = part.value
    for (let pos = 0; ;) {
      const nl = v.indexOf('\n', pos)
      if (atLineStart) {
        const line = nl === -1 ? v.slice(pos) : v.slice(pos, nl + 1)
        const indent = /^\s*/.exec(line)![0].length
        if (!(indent === line.length && nl !== -1)) {
          min = Math.min(min, indent)
          lines.push({ part, at: pos })
        }
      }
      atLineStart = nl !== -1
      if (nl === -1 || nl + 1 === v.length) break
      pos = nl + 1
    }
  }
  if (!Number.isFinite(min) || min === 0) return 0
  // Rebuild each literal, removing `min` leading blanks at each recorded line start.
  const byPart = new Map<TemplateLiteral, number[]>()
  for (const l of lines) {
    const arr = byPart.get(l.part) ?? []
    arr.push(l.at)
    byPart.set(l.part, arr)
  }
  for (const [part, starts] of byPart) {
    const v = part.value
    let out = ''
    let prev = 0
    for (const s of starts) {
      out += v.slice(prev, s)
      prev = s + min
    }
    part.value = out + v.slice(prev)
  }
  return min
}
