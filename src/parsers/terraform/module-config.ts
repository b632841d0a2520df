/**
 * The declarations of one module directory (all its `.tf` and `.tf.json` files together), indexed
 * by address: what Terraform calls the module's configuration, before any evaluation.
 */
import type { Attribute, Block, Body } from './hcl/ast.js'
import { attr } from './hcl/ast.js'
import type { Comment } from './hcl/lexer.js'
import type { TemplateExpr } from './hcl/ast.js'

export interface ParsedFile {
  /** Number in the unit's `SourceFiles`. */
  f: number
  body: Body
  comments: Comment[]
  json: boolean
}

export interface ResourceConfig {
  mode: 'managed' | 'data'
  type: string
  name: string
  block: Block
  f: number
}

export interface ModuleCallConfig {
  name: string
  block: Block
  f: number
  /** The literal `source`, when it is one. */
  source?: string
  version?: string
}

export interface VariableConfig {
  name: string
  block: Block
  f: number
  default?: Attribute
  nullable: boolean
}

export interface LocalConfig {
  name: string
  attr: Attribute
  f: number
}

export interface OutputConfig {
  name: string
  block: Block
  f: number
  value?: Attribute
}

export interface ModuleConfig {
  /** Absolute directory. */
  dir: string
  files: ParsedFile[]
  resources: Map<string, ResourceConfig>
  resourcesByType: Map<string, ResourceConfig[]>
  data: Map<string, ResourceConfig>
  dataByType: Map<string, ResourceConfig[]>
  modules: Map<string, ModuleCallConfig>
  variables: Map<string, VariableConfig>
  locals: Map<string, LocalConfig>
  outputs: Map<string, OutputConfig>
  /** Declarations seen twice (Terraform rejects them; the first one is kept). */
  duplicates: { kind: string; name: string; f: number; block: Block | Attribute }[]
}

/** The literal text of a string expression, or `undefined` if it is not a plain literal. */
export function literalString(a: Attribute | undefined): string | undefined {
  if (!a || a.expr.t !== 'template') return undefined
  const t: TemplateExpr = a.expr
  if (t.parts.length === 0) return ''
  if (t.parts.length === 1 && t.parts[0]!.t === 'lit') return t.parts[0]!.value
  return undefined
}

export function buildModuleConfig(dir: string, files: ParsedFile[]): ModuleConfig {
  const m: ModuleConfig = {
    dir,
    files,
    resources: new Map(),
    resourcesByType: new Map(),
    data: new Map(),
    dataByType: new Map(),
    modules: new Map(),
    variables: new Map(),
    locals: new Map(),
    outputs: new Map(),
    duplicates: [],
  }
  for (const file of files) {
    for (const b of file.body.blocks) {
      const l = b.labels.map((x) => x.value)
      switch (b.type) {
        case 'resource':
        case 'data': {
          if (l.length !== 2) continue
          const mode = b.type === 'resource' ? 'managed' : 'data'
          const key = `${l[0]}.${l[1]}`
          const map = mode === 'managed' ? m.resources : m.data
          if (map.has(key)) {
            m.duplicates.push({ kind: b.type, name: key, f: file.f, block: b })
            continue
          }
          const rc: ResourceConfig = { mode, type: l[0]!, name: l[1]!, block: b, f: file.f }
          map.set(key, rc)
          const byType = mode === 'managed' ? m.resourcesByType : m.dataByType
          const list = byType.get(rc.type) ?? []
          list.push(rc)
          byType.set(rc.type, list)
          break
        }
        case 'module': {
          if (l.length !== 1) continue
          if (m.modules.has(l[0]!)) {
            m.duplicates.push({ kind: 'module', name: l[0]!, f: file.f, block: b })
            continue
          }
          m.modules.set(l[0]!, { name: l[0]!, block: b, f: file.f, source: literalString(attr(b.body, 'source')), version: literalString(attr(b.body, 'version')) })
          break
        }
        case 'variable': {
          if (l.length !== 1) continue
          if (m.variables.has(l[0]!)) {
            m.duplicates.push({ kind: 'variable', name: l[0]!, f: file.f, block: b })
            continue
          }
          const nullable = attr(b.body, 'nullable')
          m.variables.set(l[0]!, {
            name: l[0]!,
            block: b,
            f: file.f,
            default: attr(b.body, 'default'),
            nullable: !(nullable && nullable.expr.t === 'literal' && nullable.expr.value === false),
          })
          break
        }
        case 'locals':
          for (const a of b.body.attributes) {
            if (m.locals.has(a.name)) {
              m.duplicates.push({ kind: 'local', name: a.name, f: file.f, block: a })
              continue
            }
            m.locals.set(a.name, { name: a.name, attr: a, f: file.f })
          }
          break
        case 'output':
          if (l.length !== 1) continue
          if (!m.outputs.has(l[0]!)) m.outputs.set(l[0]!, { name: l[0]!, block: b, f: file.f, value: attr(b.body, 'value') })
          break
      }
    }
  }
  return m
}
