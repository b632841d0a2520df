/**
 * Nested stacks: an `AWS::CloudFormation::Stack` resource in a stack template whose template is
 * an asset of the same assembly (`ProdDataAnalytics269EE93A.nested.template.json`). The file is
 * found, in order, from the resource's `aws:asset:path` metadata, the `aws:cdk:templateFile`
 * entry of the nested stack's construct path, or the asset hash in its `TemplateURL`.
 */
import path from 'node:path'
import type { Problem } from '../../engine/finding.js'
import { LineIndex } from '../shared/line-index.js'
import type { SNode } from '../shared/source-tree.js'
import { get } from '../shared/source-tree.js'
import type { LoadContext } from '../types.js'
import { inside, type StackTemplate } from './assembly.js'
import { nestedStackParameters } from '../cloudformation/stack-parameters.js'
import { readJsonFile, scalarString } from './json-file.js'
import { nestedStackPathFromResource, TEMPLATE_FILE, type ConstructMetadata } from './metadata.js'

export interface TemplateResource {
  logicalId: string
  type: string
  keyStart: number
  node: SNode
}

export function templateResources(root: SNode): TemplateResource[] {
  const res = get(root, 'Resources')
  if (res?.kind !== 'map') return []
  return res.entries.map((e) => ({ logicalId: e.key, type: scalarString(get(e.value, 'Type')) ?? '', keyStart: e.keyStart, node: e.value }))
}

export function findNestedStacks(
  parent: StackTemplate,
  root: SNode,
  text: string,
  pathOf: (logicalId: string) => string | undefined,
  metadata: ConstructMetadata,
  ctx: LoadContext,
  report: (p: Problem) => void,
): StackTemplate[] {
  const out: StackTemplate[] = []
  const lines = new LineIndex(text)
  const resources = templateResources(root)
  const buckets = new Set(resources.filter((r) => r.type === 'AWS::S3::Bucket').map((r) => r.logicalId))
  let assetsByHash: Map<string, string> | undefined
  // Whether a hash it does not list is news: only when the stack's asset manifest was read (one
  // that could not be is reported as such, and an assembly without any may be of CDK v1).
  let assetsRead = false
  const assetFiles = () => {
    if (assetsByHash) return assetsByHash
    assetsByHash = new Map()
    if (!parent.assetsManifest) return assetsByHash
    const f = readJsonFile(parent.assetsManifest, ctx, 'CDK_ASSETS', 'asset manifest', report, parent.assetsManifestAt)
    assetsRead = f !== undefined
    const files = get(f?.root, 'files')
    if (files?.kind === 'map') {
      for (const e of files.entries) {
        const p = scalarString(get(get(e.value, 'source'), 'path'))
        if (p) assetsByHash.set(e.key, p)
      }
    }
    return assetsByHash
  }
  for (const r of resources) {
    if (r.type !== 'AWS::CloudFormation::Stack') continue
    const resourcePath = pathOf(r.logicalId)
    const nestedPath = resourcePath ? nestedStackPathFromResource(resourcePath) : undefined
    const assetPath = get(get(r.node, 'Metadata'), 'aws:asset:path')
    let file = scalarString(assetPath) || undefined
    if (!file && nestedPath) {
      const e = metadata.entries(nestedPath).find((x) => x.type === TEMPLATE_FILE && typeof x.data === 'string')
      if (e) file = e.data as string
    }
    let hash: string | undefined
    if (!file) {
      const urlNode = get(get(r.node, 'Properties'), 'TemplateURL')
      const url = urlNode ? text.slice(urlNode.start, urlNode.end) : ''
      hash = /([0-9a-f]{64})\.json/.exec(url)?.[1]
      if (hash) file = assetFiles().get(hash)
    }
    const pos = lines.position(r.keyStart)
    if (!file && assetPath) {
      // CDK writes the asset's file name here; anything else (`5`, `null`, `""`) is a broken or
      // edited assembly, and the stack's buckets would go unchecked without a word.
      report({
        code: 'CDK_ARTIFACT_INVALID',
        file: parent.file,
        line: pos.line,
        column: pos.column,
        message: `nested stack ${r.logicalId} names no template file in its \`aws:asset:path\` metadata (${assetPath.kind === 'scalar' ? JSON.stringify(assetPath.value) : assetPath.kind === 'map' ? 'an object' : 'a list'}); it was not scanned`,
        level: 'error',
      })
      continue
    }
    if (!file && hash && !assetsRead) continue
    if (!file && hash) {
      // A template the assembly deploys as an asset, but no asset manifest says which file it is:
      // its buckets would go unchecked with only a debug line.
      report({
        code: 'CDK_NESTED_TEMPLATE_UNLISTED',
        file: parent.file,
        line: pos.line,
        column: pos.column,
        message: `nested stack ${r.logicalId} deploys the template asset ${hash}, which the stack's asset manifest does not list; it was not scanned, re-run \`cdk synth\``,
        level: 'warning',
      })
      continue
    }
    if (!file) {
      ctx.debug(`${parent.file}: ${r.logicalId} is a nested stack whose template is not in the assembly; skipped`)
      continue
    }
    const abs = path.join(parent.assemblyDir, file)
    if (!inside(parent.assemblyDir, abs)) {
      report({
        code: 'CDK_ARTIFACT_INVALID',
        file: parent.file,
        line: pos.line,
        column: pos.column,
        message: `nested stack ${r.logicalId} points outside the assembly (${file}); it was not scanned`,
        level: 'error',
      })
      continue
    }
    // The last entry naming the file, as a pass over every entry for each nested stack found it.
    const stackPath = nestedPath || (metadata.pathOfTemplate(file, 'last') ?? '')
    const below =
      stackPath && parent.stackPath && stackPath.startsWith(`${parent.stackPath}/`)
        ? stackPath.slice(parent.stackPath.length + 1)
        : r.logicalId
    out.push({
      abs,
      file: ctx.displayPath(abs),
      stackName: `${parent.stackName}/${below}`,
      stackPath,
      declaredAt: {
        file: parent.file,
        line: pos.line,
        column: pos.column,
        endLine: pos.line,
        endColumn: pos.column,
        path: `Resources.${r.logicalId}`,
      },
      assemblyDir: parent.assemblyDir,
      assetsManifest: parent.assetsManifest,
      ...(parent.assetsManifestAt ? { assetsManifestAt: parent.assetsManifestAt } : {}),
      nested: true,
      passed: nestedStackParameters(r.node, (id) => buckets.has(id)),
      resource: r.logicalId,
    })
  }
  return out
}
