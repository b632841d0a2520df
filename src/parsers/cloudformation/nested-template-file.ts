/**
 * Which local template file a nested stack resource names, as the reader takes it: both the
 * model (parameters passed to the child) and sharding (parent and child in one shard) need the
 * same answer, or a child read apart from its parent loses the values it is passed.
 */
import path from 'node:path'
import type { Limits } from '../../limits.js'
import { ownEntry } from '../../own-entry.js'
import { get, type SNode } from '../shared/source-tree.js'
import { parseTemplateFile } from './parse.js'

/** Where a nested stack's template is: `TemplateURL` or SAM's `Location` naming a local file (before `package`). */
const NESTED_TEMPLATE_PROPERTY: Record<string, string> = {
  'AWS::CloudFormation::Stack': 'TemplateURL',
  'AWS::Serverless::Application': 'Location',
}

/** The display path of a nested stack resource's local template (`TemplateURL: ./child.yaml`), and where it is named. */
export function localTemplateOf(resource: SNode, file: string): { child: string; url: SNode } | undefined {
  const t = get(resource, 'Type')
  const property = t?.kind === 'scalar' && typeof t.value === 'string' ? ownEntry(NESTED_TEMPLATE_PROPERTY, t.value) : undefined
  if (!property) return undefined
  const url = get(get(resource, 'Properties'), property)
  if (url?.kind !== 'scalar' || typeof url.value !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(url.value) || url.value.startsWith('/'))
    return undefined
  return { child: path.posix.normalize(path.posix.join(path.posix.dirname(file), url.value)), url }
}

/** The local templates the template file `file` (its text) names as nested stacks, parsed as it is scanned. */
export function nestedTemplatePaths(text: string, file: string, limits: Limits): string[] {
  const out: string[] = []
  for (const { root } of parseTemplateFile(text, file, limits).templates) {
    const resources = get(root, 'Resources')
    if (resources?.kind !== 'map') continue
    for (const e of resources.entries) {
      const local = localTemplateOf(e.value, file)
      if (local) out.push(local.child)
    }
  }
  return out
}
