/**
 * `tree.json`: the construct tree of the app. s3-gate uses it for the class of each construct
 * (`aws-cdk-lib.aws_s3.Bucket`), which tells an L2 bucket from an L1 `CfnBucket` or a user's own
 * construct, and narrows the construct-id search when an id appears more than once.
 */
import type { SNode } from '../shared/source-tree.js'
import { get } from '../shared/source-tree.js'
import { scalarString } from './json-file.js'
import { normaliseConstructPath } from './metadata.js'

export interface TreeNode {
  id: string
  /** Fully-qualified class name as jsii knows it; `constructs.Construct` for the app's own classes. */
  fqn?: string
}

export type ConstructTree = Map<string, TreeNode>

export function readTree(root: SNode): ConstructTree {
  const out: ConstructTree = new Map()
  const top = get(root, 'tree')
  if (!top) return out
  const stack: { node: SNode; depth: number }[] = [{ node: top, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    if (node.kind !== 'map' || depth > 500) continue
    const path = scalarString(get(node, 'path'))
    const id = scalarString(get(node, 'id')) ?? ''
    if (path !== undefined) out.set(normaliseConstructPath(path), { id, fqn: scalarString(get(get(node, 'constructInfo'), 'fqn')) })
    const children = get(node, 'children')
    if (children?.kind === 'map') for (const c of children.entries) stack.push({ node: c.value, depth: depth + 1 })
  }
  return out
}

/**
 * `into` with the nodes of `more` added, a node of `more` replacing one at the same path. Added in
 * place rather than copied: an assembly may list many tree artifacts.
 */
export function mergeTree(into: ConstructTree | undefined, more: ConstructTree): ConstructTree {
  if (!into) return more
  for (const [p, node] of more) into.set(p, node)
  return into
}

/** `aws-cdk-lib.aws_s3.Bucket` → `Bucket`; `undefined` for the generic `constructs.Construct`. */
export function classOf(fqn: string | undefined): string | undefined {
  if (!fqn || fqn === 'constructs.Construct') return undefined
  const last = fqn.slice(fqn.lastIndexOf('.') + 1)
  return last || undefined
}
