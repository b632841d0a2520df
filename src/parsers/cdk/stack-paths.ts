/**
 * Which construct path each stack has and which logical ids belong to it. Logical ids are unique
 * only within one template, and a parent's metadata also lists its nested stacks' resources, so
 * every `aws:cdk:logicalId` entry is given to the deepest stack whose path contains it.
 */
import type { SNode } from '../shared/source-tree.js'
import { get } from '../shared/source-tree.js'
import type { StackTemplate } from './assembly.js'
import { scalarString } from './json-file.js'
import { LOGICAL_ID, nestedStackPathFromResource, TEMPLATE_FILE, type ConstructMetadata } from './metadata.js'
import { templateResources } from './nested-stacks.js'
import { startingWith } from '../../sorted-prefix.js'

/** Construct paths of every stack and nested stack the metadata knows of. */
export function knownStackPaths(metadata: ConstructMetadata, stacks: StackTemplate[]): Set<string> {
  const out = new Set<string>()
  for (const s of stacks) if (s.stackPath) out.add(s.stackPath)
  for (const [p] of metadata.ofType(TEMPLATE_FILE)) out.add(p)
  for (const [p] of metadata.ofType(LOGICAL_ID)) {
    const nested = nestedStackPathFromResource(p)
    if (nested) out.add(nested)
  }
  return out
}

/**
 * The `aws:cdk:logicalId` entries of one stack: those whose path is under `stackPath` and under
 * no deeper (nested) stack. Logical ids are unique only within a template, so a nested stack's
 * ids must not leak into its parent's.
 */
export function logicalIdsOf(metadata: ConstructMetadata, stackPath: string, stackPaths: Set<string>): Map<string, string> {
  const deeper = under(sortedPaths(stackPaths), stackPath)
  const out = new Map<string, string>()
  const entries = stackPath === '' ? metadata.ofType(LOGICAL_ID) : metadata.ofTypeUnder(LOGICAL_ID, `${stackPath}/`)
  for (const [p, e] of entries) {
    if (typeof e.data !== 'string' || out.has(e.data)) continue
    if (deeper.some((d) => p.startsWith(`${d}/`))) continue
    out.set(e.data, p)
  }
  return out
}

/** Stack paths sorted, once per set: every stack of an assembly looks for those under it. */
const sortedSets = new WeakMap<Set<string>, { size: number; sorted: string[] }>()
function sortedPaths(paths: Set<string>): string[] {
  const cached = sortedSets.get(paths)
  if (cached?.size === paths.size) return cached.sorted
  const sorted = [...paths].sort()
  sortedSets.set(paths, { size: paths.size, sorted })
  return sorted
}

/** The paths of `sorted` under `stackPath` (all others, for the root path ''). */
function under(sorted: readonly string[], stackPath: string): string[] {
  if (stackPath === '') return sorted.filter((s) => s !== '')
  return startingWith(sorted, `${stackPath}/`, (s) => s)
}

/**
 * The stack's construct path. Current manifests say it (`aws:cdk:templateFile`, display name);
 * for older ones it is the artifact id (top-level stacks of CDK v1) or the first segment all the
 * template's `aws:cdk:path` values share.
 */
export function settleStackPath(st: StackTemplate, fromTemplate: Map<string, string>, metadata: ConstructMetadata): string {
  if (st.stackPath) return st.stackPath
  const paths = [...fromTemplate.values()]
  if (st.artifactId) {
    const prefix = `${st.artifactId}/`
    if (paths.some((p) => p.startsWith(prefix)) || metadata.hasTypeUnder(LOGICAL_ID, prefix)) return st.artifactId
  }
  const first = paths[0]?.split('/')[0]
  return first && paths.every((p) => p.startsWith(`${first}/`)) ? first : ''
}

/**
 * The stack's construct path and the construct path of each of its resources: from the
 * template's `aws:cdk:path` metadata (path metadata on), else from the assembly metadata.
 */
export function constructPathsOf(
  st: StackTemplate,
  root: SNode | null,
  metadata: ConstructMetadata,
  stackPaths: Set<string>,
): { stackPath: string; pathByLogicalId: Map<string, string> } {
  const pathByLogicalId = new Map<string, string>()
  const resources = root ? templateResources(root) : []
  for (const r of resources) {
    const p = scalarString(get(get(r.node, 'Metadata'), 'aws:cdk:path'))
    if (p) pathByLogicalId.set(r.logicalId, p)
  }
  const stackPath = settleStackPath(st, pathByLogicalId, metadata)
  if (stackPath === '') {
    for (const r of resources) {
      const p = pathByLogicalId.has(r.logicalId) ? undefined : unsettledPathOf(st, r.logicalId, stackPaths)
      if (p !== undefined) pathByLogicalId.set(r.logicalId, p)
    }
  } else {
    for (const [lid, p] of logicalIdsOf(metadata, stackPath, stackPaths)) if (!pathByLogicalId.has(lid)) pathByLogicalId.set(lid, p)
  }
  return { stackPath, pathByLogicalId }
}

/**
 * The construct path of a resource of a stack whose own path is unknown: from the entries of the
 * stack artifact's own metadata that lie under no known stack. Not from the whole assembly's:
 * logical ids repeat across stacks (the same construct in two stacks), so another stack's entry
 * would move the resource to the wrong construct. A stack without an artifact (nested, or a
 * template no manifest names) has no metadata of its own and gets none.
 */
function unsettledPathOf(st: StackTemplate, logicalId: string, stackPaths: Set<string>): string | undefined {
  for (const m of st.ownMetadata ?? []) {
    const p = unclaimedLogicalIds(m, stackPaths).get(logicalId)
    if (p !== undefined) return p
  }
  return undefined
}

/** Per metadata source, once: artifacts sharing one metadata file share its answer. */
const unclaimedCache = new WeakMap<ConstructMetadata, { paths: Set<string>; size: number; ids: Map<string, string> }>()
function unclaimedLogicalIds(metadata: ConstructMetadata, stackPaths: Set<string>): Map<string, string> {
  const cached = unclaimedCache.get(metadata)
  if (cached?.paths === stackPaths && cached.size === stackPaths.size) return cached.ids
  const ids = logicalIdsOf(metadata, '', stackPaths)
  unclaimedCache.set(metadata, { paths: stackPaths, size: stackPaths.size, ids })
  return ids
}
