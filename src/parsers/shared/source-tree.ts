/**
 * A format-neutral tree of a YAML or JSON document in which every node knows its source offsets.
 * CloudFormation short tags are already rewritten into their long form (`!Ref X` is a map with
 * one key `Ref`), so evaluators see one shape whatever the file used.
 */

export type SNode = SMap | SSeq | SScalar

interface NodeBase {
  /** Offset of the first character (of the tag, for a tagged node). */
  start: number
  /** Offset just after the last character. */
  end: number
}

export interface SMap extends NodeBase {
  kind: 'map'
  entries: SEntry[]
  /** Set when this map was written as a YAML short tag (`!Ref`), for fixes that keep the style. */
  shortTag?: string
}
export interface SEntry {
  key: string
  keyStart: number
  keyEnd: number
  value: SNode
}
export interface SSeq extends NodeBase {
  kind: 'seq'
  items: SNode[]
}
export interface SScalar extends NodeBase {
  kind: 'scalar'
  value: string | number | boolean | null
  /** The scalar was quoted (or a block scalar): it is a string whatever it looks like. */
  quoted: boolean
}

/**
 * A copy of a list built by `push`, without the spare capacity V8 leaves behind it: the first
 * push reserves 17 slots, and most maps and lists in a template hold two or three nodes. HCL
 * syntax trees are the same (a body's items, a string's one template part): a 10 MB `.tf` file's
 * tree held 413,000 such lists, 60 of its 165 MB.
 */
export function exactSize<T>(list: T[]): T[] {
  return list.length === 0 ? [] : list.slice()
}

export function getEntry(node: SNode | undefined, key: string): SEntry | undefined {
  if (!node || node.kind !== 'map') return undefined
  for (const e of node.entries) if (e.key === key) return e
  return undefined
}
export function get(node: SNode | undefined, key: string): SNode | undefined {
  return getEntry(node, key)?.value
}

/** Plain JS value of a subtree (intrinsics stay as their long-form objects). */
export function toPlain(node: SNode, budget = { left: 1_000_000 }): unknown {
  if (--budget.left < 0) throw new RangeError('document too large to convert')
  switch (node.kind) {
    case 'scalar':
      return node.value
    case 'seq':
      return node.items.map((n) => toPlain(n, budget))
    case 'map': {
      const o: Record<string, unknown> = {}
      // A `__proto__` key is a key like any other, not the object's prototype.
      for (const e of node.entries)
        if (e.key === '__proto__')
          Object.defineProperty(o, e.key, { value: toPlain(e.value, budget), enumerable: true, writable: true, configurable: true })
        else o[e.key] = toPlain(e.value, budget)
      return o
    }
  }
}
