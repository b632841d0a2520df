import type { Body, Expr, TemplatePart } from './hcl/ast.js'

/**
 * Whether `text` names `address` (`aws_s3_bucket_acl.site`) as a whole reference (`address.id`,
 * `[address]`, a `depends_on` entry), not as part of a longer name (`x.address`, `address_2`).
 * A substring search first: most addresses are written nowhere but in their own declaration.
 */
export function namesAddress(text: string, address: string): boolean {
  return timesNamed(text, address, 1) > 0
}

/** How many times `text` names `address` as `namesAddress` reads it, counting up to `most`. */
export function timesNamed(text: string, address: string, most = Infinity): number {
  let n = 0
  for (let i = text.indexOf(address); i !== -1 && n < most; i = text.indexOf(address, i + 1)) {
    const before = charBefore(text, i)
    const after = text.codePointAt(i + address.length)
    if ((before === undefined || !NAME_OR_DOT.test(before)) && (after === undefined || !NAME_CHAR.test(String.fromCodePoint(after)))) n++
  }
  return n
}

/**
 * What continues a name: Terraform's identifiers take any Unicode letter. With ASCII `\w`,
 * `depends_on = [aws_s3_bucket_public_access_block.bé]` named the block `...block.b` too, and ordered
 * a public policy after a block it never waited for.
 */
const NAME_CHAR = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}_-]/u
const NAME_OR_DOT = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}_.-]/u

/** The character (a whole code point) that ends just before `i`. */
function charBefore(text: string, i: number): string | undefined {
  if (i === 0) return undefined
  const c = text.charCodeAt(i - 1)
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? String.fromCodePoint(text.codePointAt(i - 2)!) : text[i - 1]
}

/**
 * What a reference leads on to in the same module, as Terraform's graph follows it: a local
 * value's expression, a data source's block (read after what it refers to). Undefined for
 * anything else.
 */
export type FollowReference = (lead: readonly string[]) => Body | Expr | undefined

interface Walk {
  names: readonly string[]
  follow?: FollowReference
  /** The locals and data sources already walked (each once: they may refer to each other). */
  seen: Set<string>
  /**
   * Nodes left to visit, shared by the walks of one unit: a bound on what a hostile module of many
   * chained locals costs, walked again for each of thousands of policies. Past it, nothing more is
   * found, so the policy and the block are read as racing (unknown), never as ordered.
   */
  budget: { left: number }
}

/**
 * Whether a block body (or an expression) refers to `address` (`aws_s3_bucket_public_access_block.b`,
 * `data.aws_iam_policy_document.d`, `module.m`): a reference in an expression, a `depends_on`
 * entry, by its syntax tree, and through the local values and data sources `follow` leads to
 * (`bucket = local.b` where `b = aws_s3_bucket_public_access_block.b.bucket`), as Terraform orders
 * them. Comments and string text are not references: with the text searched,
 * `# depends_on = [aws_s3_bucket_public_access_block.b]` (a `depends_on` commented out) ordered a
 * public policy after the block that Terraform may well apply after it, and the policy passed.
 * In `.tf.json`, a `depends_on` entry is the text of a reference, and is read as one.
 */
export function bodyReferences(body: Body, address: string, follow?: FollowReference, budget = { left: WALK_BUDGET }): boolean {
  return walkBody(body, { names: address.split('.'), follow, seen: new Set(), budget }, 0)
}

/** As `bodyReferences`, for one expression (a `depends_on` list). */
export function exprReferences(expr: Expr, address: string, dependsOn = false): boolean {
  return walkExpr(expr, { names: address.split('.'), seen: new Set(), budget: { left: WALK_BUDGET } }, dependsOn, 0)
}

/** Past this depth the tree is not walked further (the parser bounds nesting already). */
const MAX_WALK_DEPTH = 1000
/** Nodes one walk may visit (`bodyReferences` of a unit share `WALK_BUDGET * 10`). */
export const WALK_BUDGET = 200_000

function walkBody(body: Body, w: Walk, depth: number): boolean {
  if (depth > MAX_WALK_DEPTH || --w.budget.left < 0) return false
  for (const a of body.attributes) if (walkExpr(a.expr, w, a.name === 'depends_on', depth + 1)) return true
  for (const b of body.blocks) if (walkBody(b.body, w, depth + 1)) return true
  return false
}

/** The names a traversal starts with (`aws_x.y[0].z` → `aws_x`, `y`), up to its first index or splat. */
function leadingNames(e: Expr): string[] | undefined {
  const names: string[] = []
  let x: Expr = e
  while (x.t === 'getattr' || x.t === 'index' || x.t === 'splat' || x.t === 'paren') {
    if (x.t === 'paren') return undefined
    if (x.t === 'getattr') names.push(x.name)
    else names.length = 0
    x = x.obj
  }
  if (x.t !== 'var') return undefined
  names.push(x.name)
  return names.reverse()
}

/** Whether the traversal `e` names the address, or leads (through a local or data source) to what does. */
function traversalReaches(e: Expr, w: Walk, depth: number): boolean {
  const lead = leadingNames(e)
  if (!lead) return false
  if (lead.length >= w.names.length && w.names.every((n, i) => lead[i] === n)) return true
  if (!w.follow) return false
  const key = lead[0] === 'local' ? lead.slice(0, 2).join('.') : lead[0] === 'data' ? lead.slice(0, 3).join('.') : undefined
  if (key === undefined || w.seen.has(key)) return false
  w.seen.add(key)
  const next = w.follow(lead)
  if (!next) return false
  return 'attributes' in next ? walkBody(next, w, depth + 1) : walkExpr(next, w, false, depth + 1)
}

function walkParts(parts: readonly TemplatePart[], w: Walk, depth: number): boolean {
  for (const p of parts) {
    if (p.t === 'interp' && walkExpr(p.expr, w, false, depth + 1)) return true
    if (p.t === 'if' && (walkExpr(p.cond, w, false, depth + 1) || walkParts(p.then, w, depth + 1) || walkParts(p.else, w, depth + 1)))
      return true
    if (p.t === 'for' && (walkExpr(p.coll, w, false, depth + 1) || walkParts(p.body, w, depth + 1))) return true
  }
  return false
}

function walkExpr(e: Expr, w: Walk, dependsOn: boolean, depth: number): boolean {
  if (depth > MAX_WALK_DEPTH || --w.budget.left < 0) return false
  switch (e.t) {
    case 'var':
    case 'getattr':
    case 'index':
    case 'splat':
      if (traversalReaches(e, w, depth)) return true
      if (e.t === 'getattr') return walkExpr(e.obj, w, false, depth + 1)
      if (e.t === 'index') return walkExpr(e.obj, w, false, depth + 1) || walkExpr(e.key, w, false, depth + 1)
      if (e.t === 'splat')
        return walkExpr(e.obj, w, false, depth + 1) || e.ops.some((o) => o.t === 'index' && walkExpr(o.key, w, false, depth + 1))
      return false
    case 'template':
      // `.tf.json`: `"depends_on": ["aws_s3_bucket_public_access_block.b"]`, a reference as text.
      if (dependsOn && e.form === 'json') {
        const address = w.names.join('.')
        return e.parts.some((p) => {
          const v = p.t === 'lit' ? p.value.trim() : ''
          return v === address || v.startsWith(`${address}.`) || v.startsWith(`${address}[`)
        })
      }
      return walkParts(e.parts, w, depth)
    case 'call':
      return e.args.some((a) => walkExpr(a, w, false, depth + 1))
    case 'tuple':
      return e.items.some((i) => walkExpr(i, w, dependsOn, depth + 1))
    case 'object':
      return e.items.some((i) => walkExpr(i.key, w, false, depth + 1) || walkExpr(i.value, w, false, depth + 1))
    case 'for':
      return [e.coll, e.keyExpr, e.valueExpr, e.cond].some((x) => x !== undefined && walkExpr(x, w, false, depth + 1))
    case 'unary':
      return walkExpr(e.operand, w, false, depth + 1)
    case 'binary':
      return walkExpr(e.left, w, false, depth + 1) || walkExpr(e.right, w, false, depth + 1)
    case 'cond':
      return walkExpr(e.cond, w, false, depth + 1) || walkExpr(e.then, w, false, depth + 1) || walkExpr(e.else, w, false, depth + 1)
    case 'paren':
      return walkExpr(e.expr, w, dependsOn, depth + 1)
    case 'literal':
    case 'invalid':
      return false
  }
}
