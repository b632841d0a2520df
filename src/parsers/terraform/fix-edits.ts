/**
 * The text side of a Terraform fix: splices of one file, collected while a handler runs and
 * turned into one whole-line edit (what a review suggestion replaces), plus what a handler asks
 * of a file whatever its syntax (`.tf` or `.tf.json`).
 */
import { FileEdits } from '../shared/file-edits.js'
import type { Attribute, Block, Expr, ObjectExpr } from './hcl/ast.js'

export { FileEdits }

/** Where settings live: a block, or (a module input, a nested block of `.tf.json`) an object. */
export type Scope = Block | ObjectExpr

export function isBlock(s: Scope): s is Block {
  return (s as Block).kind === 'block'
}

/** A value a fix writes; each syntax renders it its own way. */
export type FixValue =
  | boolean
  | string
  | { list: string[] }
  /** A reference (`aws_s3_bucket.b.id`): bare in HCL, `"${...}"` in JSON. */
  | { ref: string }
  /** An expression copied from the same file (a `count`). */
  | { raw: string }
  /** An object value (`versioning = { enabled = true }`). */
  | { object: Settings }
  /** A nested block (`versioning_configuration { ... }`); an object in JSON. */
  | { block: Settings }
  /** A bucket policy document holding just the TLS statement. */
  | { policy: { kind: TlsStatementKind; arn: Arn } }

export type Settings = [string, FixValue][]

/** A policy statement as JSON, references written `${...}`. */
export type PolicyJson = { [key: string]: string | string[] | PolicyJson | PolicyJson[] }

/** The bucket a policy is about: a reference to its ARN, or its name. */
export type Arn = { ref: string } | { literal: string }

export type TlsStatementKind = 'deny-insecure-transport' | 'deny-old-tls'

/**
 * What a fix handler asks of a file. One implementation per syntax, so each handler says once
 * which setting a fix changes, and `.tf` and `.tf.json` files get the same fixes.
 */
export interface ConfigEditor {
  readonly edits: FileEdits
  /** A nested block, or an attribute holding an object (a module input; any nested block in JSON). */
  child(scope: Scope, name: string): Scope | undefined
  /** The attribute `name` (in JSON also one holding an object). */
  attribute(scope: Scope, name: string): Attribute | undefined
  /** Sets `name`: rewrites its value, or adds it after the other settings. */
  set(scope: Scope, name: string, value: FixValue): void
  /** Adds a nested block `name` holding `settings`. */
  addChild(scope: Scope, name: string, settings: Settings): void
  /** Declares a new resource for `bucket` (its `count`/`for_each`, a free name) near it; false when it cannot. */
  addResource(bucket: Block, type: string, settings: (ref: string) => Settings): boolean
  /** Removes a whole top-level block, or the setting `name` of `scope`. */
  removeBlock(block: Block): void
  removeSetting(scope: Scope, name: string): void
  /** A reference written as the whole value of `expr` (see `referenceIn`). */
  referenceIn(expr: Expr): string | undefined
  /** Adds a TLS statement to the policy document that `policy` holds; false when it cannot. */
  addPolicyStatement(policy: Attribute, kind: TlsStatementKind, arn: Arn): boolean
  /** Adds a TLS statement to an `aws_iam_policy_document` data source. */
  addDocumentStatement(data: Block, kind: TlsStatementKind, arn: Arn): boolean
  /** Called once the handler is done, before the edits are read. */
  finish(): void
}

export function exprSource(text: string, e: Expr): string {
  return text.slice(e.start, e.end)
}

/** The whole value of `expr` when it is one string literal (`"b"`, or an empty string). */
export function literalOf(expr: Expr): string | undefined {
  if (expr.t !== 'template') return undefined
  if (expr.parts.length === 0) return ''
  return expr.parts.length === 1 && expr.parts[0]!.t === 'lit' ? expr.parts[0]!.value : undefined
}

const REFERENCE = new Set<Expr['t']>(['var', 'getattr', 'index', 'splat'])

/**
 * A reference written as the whole value of `expr`: `aws_s3_bucket.b.id` or `"${aws_s3_bucket.b.id}"`
 * in a `.tf` file, `"${aws_s3_bucket.b.id}"` in a `.tf.json` one.
 */
export function referenceIn(text: string, expr: Expr, json: boolean): string | undefined {
  const whole = expr.t === 'template' && expr.parts.length === 1 && expr.parts[0]!.t === 'interp' ? expr.parts[0]! : undefined
  if (!json) {
    if (whole) return referenceIn(text, whole.expr, false)
    return REFERENCE.has(expr.t) ? exprSource(text, expr) : undefined
  }
  if (!whole || text[expr.start] !== '"') return undefined
  // Read from the decoded string: the parts' offsets are exact only when the string has no escapes.
  const value = JSON.parse(exprSource(text, expr)) as string
  return /^\$\{\s*([^{}"]+?)\s*\}$/.exec(value)?.[1]
}
