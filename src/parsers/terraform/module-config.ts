/**
 * The declarations of one module directory (all its `.tf` and `.tf.json` files together), indexed
 * by address: what Terraform calls the module's configuration, before any evaluation.
 */
import type { Attribute, Block, Body } from './hcl/ast.js'
import { attr } from './hcl/ast.js'
import type { Comment } from './hcl/lexer.js'
import type { TemplateExpr } from './hcl/ast.js'
import { ownEntry } from '../../own-entry.js'

export interface ParsedFile {
  /** Number in the unit's `SourceFiles`. */
  f: number
  body: Body
  comments: Comment[]
  json: boolean
  /** `override.tf` / `*_override.tf`: merged into the blocks of the other files. */
  override?: boolean
}

/**
 * Merges an override block into the original, as Terraform does: its attributes replace those
 * with the same name, and its nested blocks replace every nested block of the same type. Items
 * that come from the override file remember it, so they are evaluated and located there.
 */
function mergeBlock(original: Block, override: Block, f: number): Block {
  const tag = <T extends Attribute | Block>(x: T): T => ({ ...x, file: x.file ?? f })
  const names = new Set(override.body.attributes.map((a) => a.name))
  const types = new Set(override.body.blocks.map((b) => b.type))
  // A `.tf.json` file writes a nested block as an object attribute (without a schema the parser
  // cannot tell them apart), so a name replaces attributes and blocks alike: an override.tf.json
  // setting `versioning_configuration` left the original block in place, and it was read instead.
  const items = [
    ...original.body.items.filter((i) => {
      const name = i.kind === 'attribute' ? i.name : i.type
      // A `lifecycle` block is merged argument by argument, so both are kept (readers take the
      // last `enabled` set): replaced whole, an override setting only `prevent_destroy` dropped
      // OpenTofu's `enabled = false`, and a bucket that is not deployed was checked.
      if (i.kind === 'block' && name === 'lifecycle') return true
      return !names.has(name) && !types.has(name)
    }),
    ...override.body.items.map((i) => tag(i)),
  ]
  const body: Body = {
    ...original.body,
    items,
    attributes: items.filter((i): i is Attribute => i.kind === 'attribute'),
    blocks: items.filter((i): i is Block => i.kind === 'block'),
  }
  return { ...original, body }
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
  /** The `type` constraint, applied to whatever value the variable gets. */
  type?: Attribute
  nullable: boolean
  /** `sensitive = true`: Terraform hides the value, so it is never read (see `ModuleInstance.variable`). */
  sensitive: boolean
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
  /** `sensitive = true`: the caller sees the value hidden (see `childValue`). */
  sensitive: boolean
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
  /**
   * Blocks Terraform rejects that the module is read without (or, for `locals`, with): the wrong
   * number of labels, or an override of nothing. `offset` is where Terraform points.
   */
  rejected: RejectedBlock[]
}

export interface RejectedBlock {
  f: number
  offset: number
  message: string
}

/**
 * How many labels each top-level block takes: `resource "type" "name"`, `module "name"`, `locals`.
 * Terraform rejects a block with more or fewer; read, an extra label was dropped in silence.
 */
const LABELS: Record<string, readonly string[]> = {
  resource: ['type', 'name'],
  data: ['type', 'name'],
  ephemeral: ['type', 'name'],
  module: ['name'],
  variable: ['name'],
  output: ['name'],
  provider: ['name'],
  check: ['name'],
  locals: [],
  terraform: [],
  moved: [],
  import: [],
  removed: [],
}

/** The literal text of a string expression, or `undefined` if it is not a plain literal. */
export function literalString(a: Attribute | undefined): string | undefined {
  if (!a || a.expr.t !== 'template') return undefined
  const t: TemplateExpr = a.expr
  if (t.parts.length === 0) return ''
  if (t.parts.length === 1 && t.parts[0]!.t === 'lit') return t.parts[0]!.value
  return undefined
}

/**
 * `sensitive = true` on a variable or output. Terraform wants a literal there; `"true"` is taken
 * too (it converts), as reading a hidden value as a plain one would quote it in findings.
 */
export function isSensitiveFlag(a: Attribute | undefined): boolean {
  if (!a) return false
  if (a.expr.t === 'literal') return a.expr.value === true
  return literalString(a) === 'true'
}

export function buildModuleConfig(dir: string, files: ParsedFile[]): ModuleConfig {
  const m = collect(
    dir,
    files.filter((x) => !x.override),
  )
  for (const file of files) checkLabels(m, file)
  for (const file of files.filter((x) => x.override)) applyOverride(m, file)
  m.files = files
  return m
}

function checkLabels(m: ModuleConfig, file: ParsedFile): void {
  for (const b of file.body.blocks) {
    const want = ownEntry(LABELS, b.type)
    if (!want || b.labels.length === want.length) continue
    const names = want.length ? ` (${want.join(' and ')})` : ''
    const takes = `${want.length === 0 ? 'no' : want.length} label${want.length === 1 ? '' : 's'}${names}`
    m.rejected.push({
      f: file.f,
      // Terraform points at the first label too many, or at the block when one is missing.
      offset: b.labels[want.length]?.start ?? b.start,
      message: `A ${b.type} block takes ${takes}, not ${b.labels.length}; Terraform rejects it${want.length ? ', and it was not read' : ''}`,
    })
  }
}

/** Terraform's "Missing base ... for override": an override block must replace one of another file. */
function noBase(m: ModuleConfig, file: ParsedFile, b: Block | Attribute, what: string, read = false): void {
  m.rejected.push({
    f: file.f,
    offset: b.start,
    message: `${what} overrides nothing: no other file of the module declares it (Terraform rejects it)${read ? '' : ', so it was not read'}`,
  })
}

function applyOverride(m: ModuleConfig, file: ParsedFile): void {
  for (const b of file.body.blocks) {
    const l = b.labels.map((x) => x.value)
    if ((b.type === 'resource' || b.type === 'data') && l.length === 2) {
      const map = b.type === 'resource' ? m.resources : m.data
      const rc = map.get(`${l[0]}.${l[1]}`)
      if (!rc) {
        noBase(m, file, b, `${b.type === 'data' ? 'data.' : ''}${l[0]}.${l[1]}`)
        continue
      }
      rc.block = mergeBlock(rc.block, b, file.f)
      const byType = (b.type === 'resource' ? m.resourcesByType : m.dataByType).get(rc.type)
      if (byType) byType[byType.indexOf(rc)] = rc
    } else if (b.type === 'module' && l.length === 1) {
      const mc = m.modules.get(l[0]!)
      if (!mc) {
        noBase(m, file, b, `module.${l[0]}`)
        continue
      }
      mc.block = mergeBlock(mc.block, b, file.f)
      mc.source = literalString(attr(mc.block.body, 'source')) ?? mc.source
      mc.version = literalString(attr(mc.block.body, 'version')) ?? mc.version
    } else if (b.type === 'variable' && l.length === 1) {
      const vc = m.variables.get(l[0]!)
      if (!vc) {
        noBase(m, file, b, `var.${l[0]}`)
        continue
      }
      vc.block = mergeBlock(vc.block, b, file.f)
      const d = attr(b.body, 'default')
      if (d) vc.default = { ...d, file: file.f }
      const t = attr(b.body, 'type')
      if (t) vc.type = { ...t, file: file.f }
      if (attr(b.body, 'sensitive')) vc.sensitive = isSensitiveFlag(attr(b.body, 'sensitive'))
    } else if (b.type === 'output' && l.length === 1) {
      const oc = m.outputs.get(l[0]!)
      if (!oc) noBase(m, file, b, `output.${l[0]}`)
      const value = attr(b.body, 'value')
      if (oc && value) oc.value = { ...value, file: file.f }
      if (oc && attr(b.body, 'sensitive')) oc.sensitive = isSensitiveFlag(attr(b.body, 'sensitive'))
    } else if (b.type === 'locals') {
      for (const a of b.body.attributes) {
        // Still read: dropped, each reference to it would be a second report of the same mistake.
        if (!m.locals.has(a.name)) noBase(m, file, a, `local.${a.name}`, true)
        m.locals.set(a.name, { name: a.name, attr: a, f: file.f })
      }
    }
  }
}

function collect(dir: string, files: ParsedFile[]): ModuleConfig {
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
    rejected: [],
  }
  for (const file of files) {
    for (const b of file.body.blocks) {
      // Labels read in place: this runs for every block of every module of every unit.
      const l = b.labels
      switch (b.type) {
        case 'resource':
        case 'data': {
          if (l.length !== 2) continue
          const mode = b.type === 'resource' ? 'managed' : 'data'
          const key = `${l[0]!.value}.${l[1]!.value}`
          const map = mode === 'managed' ? m.resources : m.data
          if (map.has(key)) {
            m.duplicates.push({ kind: b.type, name: key, f: file.f, block: b })
            continue
          }
          const rc: ResourceConfig = { mode, type: l[0]!.value, name: l[1]!.value, block: b, f: file.f }
          map.set(key, rc)
          const byType = mode === 'managed' ? m.resourcesByType : m.dataByType
          const list = byType.get(rc.type) ?? []
          list.push(rc)
          byType.set(rc.type, list)
          break
        }
        case 'module': {
          if (l.length !== 1) continue
          if (m.modules.has(l[0]!.value)) {
            m.duplicates.push({ kind: 'module', name: l[0]!.value, f: file.f, block: b })
            continue
          }
          m.modules.set(l[0]!.value, {
            name: l[0]!.value,
            block: b,
            f: file.f,
            source: literalString(attr(b.body, 'source')),
            version: literalString(attr(b.body, 'version')),
          })
          break
        }
        case 'variable': {
          if (l.length !== 1) continue
          if (m.variables.has(l[0]!.value)) {
            m.duplicates.push({ kind: 'variable', name: l[0]!.value, f: file.f, block: b })
            continue
          }
          const nullable = attr(b.body, 'nullable')
          m.variables.set(l[0]!.value, {
            name: l[0]!.value,
            block: b,
            f: file.f,
            default: attr(b.body, 'default'),
            type: attr(b.body, 'type'),
            nullable: !(nullable && nullable.expr.t === 'literal' && nullable.expr.value === false),
            sensitive: isSensitiveFlag(attr(b.body, 'sensitive')),
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
          // Said like the others: a bucket reading `module.m.acl` got the first of two values in silence.
          if (m.outputs.has(l[0]!.value)) {
            m.duplicates.push({ kind: 'output', name: l[0]!.value, f: file.f, block: b })
            continue
          }
          m.outputs.set(l[0]!.value, {
            name: l[0]!.value,
            block: b,
            f: file.f,
            value: attr(b.body, 'value'),
            sensitive: isSensitiveFlag(attr(b.body, 'sensitive')),
          })
          break
      }
    }
  }
  return m
}
