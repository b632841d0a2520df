/**
 * What Terraform accepts in a `.tfvars` file. It evaluates each value with no context at all, so
 * constants, lists and objects of them, and operators and `for` expressions over them are fine,
 * while a block ("Blocks are not allowed here"), a function call ("Function calls not allowed") or
 * a reference ("Variables not allowed") makes it reject the file. We would otherwise evaluate
 * `upper("public-read")` where Terraform stops.
 */
import type { Body, Expr, TemplatePart } from './hcl/ast.js'

export interface TfvarsIssue {
  offset: number
  message: string
  /** The variable whose value cannot be used (none for a block). */
  variable?: string
}

/** Every block of a `.tfvars` body, and the first call or reference in each value. */
export function tfvarsIssues(body: Body): TfvarsIssue[] {
  const out: TfvarsIssue[] = []
  for (const item of body.items) {
    if (item.kind === 'block') {
      out.push({ offset: item.start, message: `A .tfvars file takes only values; Terraform rejects this ${item.type} block` })
      continue
    }
    const bad = notLiteral(item.expr, new Set())
    if (bad)
      out.push({
        offset: bad.start,
        message: `A .tfvars value may not ${bad.t === 'call' ? `call functions (${bad.name})` : `refer to anything (${bad.name})`}; Terraform rejects it, so var.${item.name} is unknown`,
        variable: item.name,
      })
  }
  return out
}

type Offender = { t: 'call' | 'var'; name: string; start: number }

/** The first function call, or reference to a name no enclosing `for` binds, in `e`. */
function notLiteral(e: Expr, bound: ReadonlySet<string>): Offender | undefined {
  // An array, not rest arguments: a tfvars list of a million elements overflowed the call stack.
  const firstOf = (xs: readonly (Expr | undefined)[]): Offender | undefined => {
    for (const x of xs) {
      const bad = x && notLiteral(x, bound)
      if (bad) return bad
    }
    return undefined
  }
  const first = (...xs: (Expr | undefined)[]): Offender | undefined => firstOf(xs)
  switch (e.t) {
    case 'literal':
    case 'invalid':
      return undefined
    case 'var':
      return bound.has(e.name) ? undefined : { t: 'var', name: e.name, start: e.start }
    case 'call':
      return { t: 'call', name: e.name, start: e.start }
    case 'template':
      return inParts(e.parts, bound)
    case 'getattr': {
      // Named whole (`var.other`), as the user wrote it.
      const bad = first(e.obj)
      return bad?.t === 'var' && bad.start === e.start ? { ...bad, name: `${bad.name}.${e.name}` } : bad
    }
    case 'paren':
      return first(e.expr)
    case 'index':
      return first(e.obj, e.key)
    case 'splat':
      return firstOf([e.obj, ...e.ops.map((op) => (op.t === 'index' ? op.key : undefined))])
    case 'tuple':
      return firstOf(e.items)
    case 'object':
      return firstOf(e.items.flatMap((i) => [i.keyIsIdent ? undefined : i.key, i.value]))
    case 'unary':
      return first(e.operand)
    case 'binary':
      return first(e.left, e.right)
    case 'cond':
      return first(e.cond, e.then, e.else)
    case 'for': {
      const inner = withNames(bound, e.keyVar, e.valueVar)
      return first(e.coll) ?? [e.keyExpr, e.valueExpr, e.cond].map((x) => x && notLiteral(x, inner)).find((x) => x)
    }
  }
}

function inParts(parts: TemplatePart[], bound: ReadonlySet<string>): Offender | undefined {
  for (const p of parts) {
    let bad: Offender | undefined
    if (p.t === 'interp') bad = notLiteral(p.expr, bound)
    else if (p.t === 'if') bad = notLiteral(p.cond, bound) ?? inParts(p.then, bound) ?? inParts(p.else, bound)
    else if (p.t === 'for') bad = notLiteral(p.coll, bound) ?? inParts(p.body, withNames(bound, p.keyVar, p.valueVar))
    if (bad) return bad
  }
  return undefined
}

function withNames(bound: ReadonlySet<string>, ...names: (string | undefined)[]): ReadonlySet<string> {
  const out = new Set(bound)
  for (const n of names) if (n) out.add(n)
  return out
}
