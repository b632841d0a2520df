/**
 * Construct metadata of a cloud assembly, keyed by construct path: `aws:cdk:logicalId`,
 * `aws:cdk:creationStack`, `aws:cdk:templateFile`, `aws:cdk:acknowledged-rules`... It lives in
 * each stack artifact's `metadata` in manifest.json or, in current aws-cdk-lib, in the file the
 * artifact names as `additionalMetadataFile` (e.g. `StorageStack.metadata.json`).
 */
import type { SourceLocation } from '../../model/location.js'
import type { SNode } from '../shared/source-tree.js'
import { get, toPlain } from '../shared/source-tree.js'
import { nodeAt, scalarString, type JsonFile } from './json-file.js'
import { anyStartingWith, startingWith } from '../../sorted-prefix.js'
import { trimLeading, trimTrailing } from '../../trim.js'

export const LOGICAL_ID = 'aws:cdk:logicalId'
export const CREATION_STACK = 'aws:cdk:creationStack'
export const TEMPLATE_FILE = 'aws:cdk:templateFile'
export const ACKNOWLEDGED_RULES = 'aws:cdk:acknowledged-rules'

export interface MetadataEntry {
  type: string
  data: unknown
  /** Older CDK versions (and `--debug`) attach a V8 trace to every entry. */
  trace?: string[]
  /** Where the entry is written (manifest.json or the metadata file). */
  at: SourceLocation
}

/** Construct paths without the leading `/` the assembly writes (`/App/Stack/X` → `App/Stack/X`). */
export function normaliseConstructPath(p: string): string {
  return trimTrailing(trimLeading(p, '/'), '/')
}

export class ConstructMetadata {
  private readonly byPath = new Map<string, MetadataEntry[]>()

  /** Reads a `{ "/path": [ { type, data, trace? } ] }` map (artifact `metadata` or a metadata file). */
  addMap(node: SNode, file: Pick<JsonFile, 'file' | 'lines'>): void {
    if (node.kind !== 'map') return
    for (const e of node.entries) {
      if (e.value.kind !== 'seq') continue
      const path = normaliseConstructPath(e.key)
      for (const item of e.value.items) {
        const type = scalarString(get(item, 'type'))
        if (!type) continue
        const dataNode = get(item, 'data')
        const traceNode = get(item, 'trace')
        const entry: MetadataEntry = {
          type,
          data: dataNode ? plain(dataNode) : undefined,
          at: nodeAt(file, item.start, path),
        }
        if (traceNode?.kind === 'seq') entry.trace = traceNode.items.map((t) => scalarString(t)).filter((t): t is string => t !== undefined)
        this.add(path, entry)
      }
    }
  }

  /** Per type, its entries sorted by path (see `ofTypeUnder`); dropped when an entry is added. */
  private readonly sortedByType = new Map<string, { path: string; entry: MetadataEntry; order: number }[]>()

  /** Per template file, the paths of its first and last `aws:cdk:templateFile` entries; dropped when an entry is added. */
  private templatePaths: Map<unknown, { first: string; last: string }> | undefined

  add(path: string, entry: MetadataEntry): void {
    const list = this.byPath.get(path)
    if (list) list.push(entry)
    else this.byPath.set(path, [entry])
    this.sortedByType.clear()
    this.templatePaths = undefined
  }

  entries(path: string): MetadataEntry[] {
    return this.byPath.get(path) ?? []
  }

  paths(): IterableIterator<string> {
    return this.byPath.keys()
  }

  /** Every `[path, entry]` of a type. */
  *ofType(type: string): Generator<[string, MetadataEntry]> {
    for (const [path, list] of this.byPath) for (const e of list) if (e.type === type) yield [path, e]
  }

  /**
   * The `[path, entry]` pairs of a type whose path is under `prefix` (ending in `/`), in the order
   * `ofType` gives them: found by a binary search in the entries sorted by path, since every stack
   * of an assembly asks for its own (1,200 stacks each going through every entry took 12 s).
   */
  ofTypeUnder(type: string, prefix: string): [string, MetadataEntry][] {
    return startingWith(this.sortedOf(type), prefix, (x) => x.path)
      .sort((a, b) => a.order - b.order)
      .map((x) => [x.path, x.entry])
  }

  /** Is there an entry of a type under `prefix`? A binary search, as for `ofTypeUnder`. */
  hasTypeUnder(type: string, prefix: string): boolean {
    return anyStartingWith(this.sortedOf(type), prefix, (x) => x.path)
  }

  private sortedOf(type: string): { path: string; entry: MetadataEntry; order: number }[] {
    let sorted = this.sortedByType.get(type)
    if (!sorted) {
      sorted = []
      for (const [path, e] of this.ofType(type)) sorted.push({ path, entry: e, order: sorted.length })
      sorted.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.order - b.order))
      this.sortedByType.set(type, sorted)
    }
    return sorted
  }

  /**
   * The path of the first (or last) `aws:cdk:templateFile` entry naming `templateFile`, in the
   * order `ofType` goes through them: indexed once, since every stack sharing a metadata file, and
   * every nested stack, asks it.
   */
  pathOfTemplate(templateFile: string, which: 'first' | 'last' = 'first'): string | undefined {
    if (!this.templatePaths) {
      this.templatePaths = new Map()
      for (const [p, e] of this.ofType(TEMPLATE_FILE)) {
        const known = this.templatePaths.get(e.data)
        if (known) known.last = p
        else this.templatePaths.set(e.data, { first: p, last: p })
      }
    }
    return this.templatePaths.get(templateFile)?.[which]
  }

  /**
   * The creation trace recorded for exactly this path: the `aws:cdk:creationStack` entry, else
   * the `trace` of the `aws:cdk:logicalId` entry (older CDK, `--debug`). Traces of other entries
   * (an acknowledgement, a warning) point at the code that added them, not at the construct.
   */
  traceOf(path: string): { trace: string[]; at: SourceLocation } | undefined {
    const list = this.entries(path)
    for (const e of list) {
      if (e.type === CREATION_STACK && Array.isArray(e.data))
        return { trace: e.data.filter((x): x is string => typeof x === 'string'), at: e.at }
    }
    for (const e of list) if (e.type === LOGICAL_ID && e.trace && e.trace.length > 0) return { trace: e.trace, at: e.at }
    return undefined
  }
}

function plain(node: SNode): unknown {
  try {
    return toPlain(node, { left: 100_000 })
  } catch {
    return undefined
  }
}

/**
 * Paths of nested stacks as construct paths: from `aws:cdk:templateFile` entries (current CDK), and
 * from the `X/Name.NestedStack/Name.NestedStackResource` resource every nested stack leaves in
 * its parent (all versions).
 */
export function nestedStackPathFromResource(path: string): string | undefined {
  const m = /^(.*)\/([^/]+)\.NestedStack\/\2\.NestedStackResource$/.exec(path)
  return m ? `${m[1]}/${m[2]}` : undefined
}
