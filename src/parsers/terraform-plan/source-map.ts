/**
 * Finds, for a resource of a plan, the `.tf` block that declares it, so findings land on the
 * `.tf` line the user wrote rather than inside a generated plan file. The root module is the
 * directory of the plan file (where `terraform show -json` is usually run); child modules are found
 * through the `source` of each `module_calls` entry of the plan's configuration.
 */
import path from 'node:path'
import type { Attribute, Block, Body } from '../terraform/hcl/ast.js'
import { attr } from '../terraform/hcl/ast.js'
import type { ModuleConfig } from '../terraform/module-config.js'

export interface ModuleSource {
  config: ModuleConfig
  /** Child modules by call name. */
  children: Map<string, ModuleSource | undefined>
}

/** A place in a `.tf` file: a block body to look attributes up in. */
export interface TfPlace {
  f: number
  body: Body
  block: Block
}

/** Finds the declaring block of `type.name` in the module reached through `modulePath` (call names). */
export function findBlock(
  root: ModuleSource | undefined,
  modulePath: string[],
  mode: 'managed' | 'data',
  type: string,
  name: string,
): TfPlace | undefined {
  let m = root
  for (const call of modulePath) m = m?.children.get(call)
  if (!m) return undefined
  const rc = (mode === 'managed' ? m.config.resources : m.config.data).get(`${type}.${name}`)
  return rc ? { f: rc.f, body: rc.block.body, block: rc.block } : undefined
}

/** The attribute `name` of a place's body, when written there. */
export function findAttr(place: TfPlace | undefined, name: string): Attribute | undefined {
  return place ? attr(place.body, name) : undefined
}

/** The `index`-th nested block `type` of a place (static blocks only; dynamic ones map to their parent). */
export function findNested(place: TfPlace | undefined, type: string, index: number): TfPlace | undefined {
  if (!place) return undefined
  const blocks = place.body.blocks.filter((b) => b.type === type)
  const b = blocks[index]
  return b ? { f: place.f, body: b.body, block: b } : undefined
}

/** Resolves a module call's source to a directory, for local sources only. */
export function localSourceDir(parentDir: string, source: unknown): string | undefined {
  if (typeof source !== 'string' || !(source.startsWith('./') || source.startsWith('../'))) return undefined
  return path.resolve(parentDir, source)
}
