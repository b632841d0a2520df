/**
 * Root module variable values from the `.tfvars` files of the root directory, with Terraform's
 * precedence: variable default < `terraform.tfvars` < `terraform.tfvars.json` < `*.auto.tfvars`
 * and `*.auto.tfvars.json` in lexical order.
 *
 * Other `.tfvars` files (`prod.tfvars`) apply only when passed with `-var-file`, which the code does
 * not say. A variable they set is therefore known only if every one of them agrees with the value
 * Terraform uses without them; otherwise it is `unknown`, naming the files.
 */
import path from 'node:path'
import type { Body } from './hcl/ast.js'
import type { Evaluator, Namespaces } from './eval/evaluate.js'
import { decodeJson } from './eval/json-value.js'
import { str, unknown, valuesEqual, type TfValue } from './eval/value.js'

export interface TfvarsFile {
  f: number
  /** Base name, e.g. `terraform.tfvars`. */
  name: string
  /** HCL body (`.tfvars`) or JSON text (`.tfvars.json`). */
  body?: Body
  jsonText?: string
  /** Variables whose value Terraform rejects (a call, a reference), with why: read as unknown. */
  unusable?: ReadonlyMap<string, string>
}

export function isAutoTfvars(name: string): boolean {
  // A path (`envs/x.auto.tfvars`) is a file of another folder, which Terraform does not load by itself.
  if (name.includes('/')) return false
  return (
    name === 'terraform.tfvars' || name === 'terraform.tfvars.json' || name.endsWith('.auto.tfvars') || name.endsWith('.auto.tfvars.json')
  )
}

function rank(name: string): number {
  if (name === 'terraform.tfvars') return 0
  if (name === 'terraform.tfvars.json') return 1
  return 2
}

export type RootVariableLookup = (name: string, fromDefault: () => TfValue | undefined) => TfValue | undefined

/**
 * Root variables: from the `.tfvars` files Terraform loads by itself, else (`planned`) the value a
 * plan read beside the module was made with, else, when other `.tfvars` files disagree about it,
 * unknown (which one `-var-file` passes is not known), else the default.
 */
export function rootVariables(
  files: TfvarsFile[],
  ev: Evaluator,
  rootDir: string,
  planned?: ReadonlyMap<string, string | null>,
): RootVariableLookup {
  // tfvars may not reference anything: evaluate with an empty namespace.
  const ns: Namespaces = { root: () => undefined, moduleDir: rootDir, rootDir, prefix: '' }
  const valuesOf = (file: TfvarsFile): Map<string, TfValue> => {
    const out = new Map<string, TfValue>()
    if (file.body) {
      for (const a of file.body.attributes) {
        const why = file.unusable?.get(a.name)
        const at = { f: file.f, s: a.expr.start, e: a.expr.end }
        out.set(a.name, why === undefined ? ev.eval(a.expr, { ns, f: file.f }) : unknown(why, at, `var.${a.name}`))
      }
    } else if (file.jsonText !== undefined) {
      const text = str(file.jsonText, { f: file.f, s: 0, e: file.jsonText.length })
      text.src = { f: file.f, anchors: lineAnchors(file.jsonText) }
      const v = decodeJson(text, ev.files, ev.limits.maxDepth, text.at)
      if (v.k === 'object') for (const [k, x] of v.attrs) out.set(k, x)
    }
    return out
  }
  const auto = files
    .filter((f) => isAutoTfvars(f.name))
    .sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const others = files.filter((f) => !isAutoTfvars(f.name)).sort((a, b) => (a.name < b.name ? -1 : 1))
  const applied = new Map<string, TfValue>()
  for (const f of auto) for (const [k, v] of valuesOf(f)) applied.set(k, v)
  const alternatives = new Map<string, { file: string; value: TfValue }[]>()
  for (const f of others) {
    for (const [k, v] of valuesOf(f)) {
      const list = alternatives.get(k) ?? []
      list.push({ file: f.name, value: v })
      alternatives.set(k, list)
    }
  }
  const fromPlan = (name: string): TfValue | undefined => {
    if (!planned?.has(name) || applied.has(name)) return undefined
    const json = planned.get(name)
    if (json === null || json === undefined)
      return unknown(`var.${name} differs between the plans read beside this module`, undefined, `var.${name}`)
    return decodeJson(str(json), ev.files, ev.limits.maxDepth, undefined)
  }
  return (name, fromDefault) => {
    const plan = fromPlan(name)
    if (plan) return plan
    const alts = alternatives.get(name)
    const base = applied.get(name) ?? (alts ? fromDefault() : undefined)
    if (!alts) return applied.get(name)
    if (base && alts.every((a) => valuesEqual(a.value, base) === true)) return base
    const names = alts.map((a) => a.file).join(', ')
    return unknown(`var.${name} depends on which .tfvars file is passed with -var-file (${names} set it)`, alts[0]!.value.at, `var.${name}`)
  }
}

function lineAnchors(text: string): number[] {
  const a = [0, 1, 1]
  let line = 1
  for (let j = text.indexOf('\n'); j !== -1 && j + 1 < text.length; j = text.indexOf('\n', j + 1)) a.push(j + 1, ++line, 1)
  return a
}

export function tfvarsName(abs: string): string {
  return path.basename(abs)
}
