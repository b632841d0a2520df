/**
 * Syntax tree of an HCL configuration file. Every node carries the offsets of its first character
 * and of the character after its last (UTF-16 code units of the source text); line and column are
 * computed on demand from a `LineIndex`. `.tf.json` files are read into the same tree.
 */

export interface Span {
  start: number
  end: number
}

export interface Body extends Span {
  attributes: Attribute[]
  blocks: Block[]
  /** Attributes and blocks in source order. */
  items: (Attribute | Block)[]
}

export interface Attribute extends Span {
  kind: 'attribute'
  name: string
  /** Where the name ends (it starts where the attribute does). */
  nameEnd: number
  expr: Expr
  /** Set when an override file put this attribute into a block of another file: its file number. */
  file?: number
}

export interface Label extends Span {
  value: string
}

export interface Block extends Span {
  kind: 'block'
  type: string
  labels: Label[]
  body: Body
  /** Offset of `{` and of `}` (`-1` when the block was never closed). */
  open: number
  close: number
  /** Set when an override file put this block into a block of another file: its file number. */
  file?: number
}

export type Expr =
  | LiteralExpr
  | TemplateExpr
  | VariableExpr
  | GetAttrExpr
  | IndexExpr
  | SplatExpr
  | CallExpr
  | TupleExpr
  | ObjectExpr
  | ForExpr
  | UnaryExpr
  | BinaryExpr
  | ConditionalExpr
  | ParenExpr
  | InvalidExpr

export interface LiteralExpr extends Span {
  t: 'literal'
  value: number | boolean | null
}

export type TemplatePart = TemplateLiteral | TemplateInterp | TemplateIf | TemplateFor

export interface TemplateLiteral extends Span {
  t: 'lit'
  /** Text with escapes processed, strip markers and heredoc indentation applied. */
  value: string
}
export interface TemplateInterp extends Span {
  t: 'interp'
  expr: Expr
}
export interface TemplateIf extends Span {
  t: 'if'
  cond: Expr
  then: TemplatePart[]
  else: TemplatePart[]
}
export interface TemplateFor extends Span {
  t: 'for'
  keyVar?: string
  valueVar: string
  coll: Expr
  body: TemplatePart[]
}

export interface TemplateExpr extends Span {
  t: 'template'
  parts: TemplatePart[]
  /** `quoted`: `"..."`; `heredoc`: `<<EOF`; `json`: a string of a `.tf.json` file. */
  form: 'quoted' | 'heredoc' | 'json'
  /** Heredoc: columns removed from each line by `<<-` (0 for `<<`). */
  indentStripped?: number
}

export interface VariableExpr extends Span {
  t: 'var'
  name: string
}
export interface GetAttrExpr extends Span {
  t: 'getattr'
  obj: Expr
  name: string
}
export interface IndexExpr extends Span {
  t: 'index'
  obj: Expr
  key: Expr
  /** Written `.0` (legacy index syntax). */
  legacy?: boolean
}
/** `obj[*].a[0]` (full) or `obj.*.a` (attribute-only). `ops` apply to each element. */
export interface SplatExpr extends Span {
  t: 'splat'
  obj: Expr
  full: boolean
  ops: ({ t: 'getattr'; name: string } | { t: 'index'; key: Expr })[]
}
export interface CallExpr extends Span {
  t: 'call'
  name: string
  nameSpan: Span
  args: Expr[]
  /** The last argument was written with `...`. */
  expandFinal: boolean
}
export interface TupleExpr extends Span {
  t: 'tuple'
  items: Expr[]
}
export interface ObjectItem extends Span {
  key: Expr
  /** The key was a bare identifier (a literal string, never a variable). */
  keyIsIdent: boolean
  value: Expr
}
export interface ObjectExpr extends Span {
  t: 'object'
  items: ObjectItem[]
}
export interface ForExpr extends Span {
  t: 'for'
  keyVar?: string
  valueVar: string
  coll: Expr
  /** Object `for` only. */
  keyExpr?: Expr
  valueExpr: Expr
  cond?: Expr
  /** `{ for ... : k => v... }` */
  grouping: boolean
  object: boolean
}
export interface UnaryExpr extends Span {
  t: 'unary'
  op: '-' | '!'
  operand: Expr
}
export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%'
export interface BinaryExpr extends Span {
  t: 'binary'
  op: BinaryOp
  left: Expr
  right: Expr
}
export interface ConditionalExpr extends Span {
  t: 'cond'
  cond: Expr
  then: Expr
  else: Expr
}
export interface ParenExpr extends Span {
  t: 'paren'
  expr: Expr
}
/** Where the parser could not read an expression; evaluates to unknown. */
export interface InvalidExpr extends Span {
  t: 'invalid'
}

export function attr(body: Body, name: string): Attribute | undefined {
  for (const a of body.attributes) if (a.name === name) return a
  return undefined
}
export function blocksOf(body: Body, type: string): Block[] {
  return body.blocks.filter((b) => b.type === type)
}
