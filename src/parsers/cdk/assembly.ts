/**
 * Reads a cloud assembly: `manifest.json`, the stack artifacts it lists, the nested cloud
 * assemblies of Stages (`cdk:cloud-assembly` artifacts, read recursively), the construct
 * metadata (inline or in `additionalMetadataFile`) and `tree.json`. Every broken piece becomes a
 * Problem for that artifact; the other artifacts are still read.
 */
import path from 'node:path'
import type { Problem } from '../../engine/finding.js'
import type { SourceLocation } from '../../model/location.js'
import type { SNode } from '../shared/source-tree.js'
import { get } from '../shared/source-tree.js'
import type { LoadContext } from '../types.js'
import { nodeAt, readJsonFile, scalarString, type JsonFile } from './json-file.js'
import { ConstructMetadata, TEMPLATE_FILE } from './metadata.js'
import { readTree, type ConstructTree } from './tree.js'
import { isInside } from '../shared/inside.js'

/** Newest cloud assembly schema major this reader was checked against (aws-cdk-lib 2.276 writes 55.0.0). */
export const KNOWN_SCHEMA_MAJOR = 55
/**
 * Stages inside Stages inside Stages...: deeper than this is not a real app. A deeper assembly is
 * not followed from its parent (the recursion stays bounded) but read as a root of its own.
 */
export const MAX_ASSEMBLY_DEPTH = 16

export interface StackTemplate {
  abs: string
  /** Display path of the template. */
  file: string
  /** CloudFormation stack name; for a nested stack `<parent>/<path below the parent>`. */
  stackName: string
  /** Construct path of the stack (`Prod/Data`); '' when the assembly does not say. */
  stackPath: string
  /** Where the manifest (or the parent template) names this template; problems about it go there. */
  declaredAt: SourceLocation
  assemblyDir: string
  /** The stack's asset manifest (absolute), which lists nested stack templates by hash. */
  assetsManifest?: string
  nested: boolean
  /** Id of the manifest artifact (top-level stacks only). */
  artifactId?: string
}

export interface Assembly {
  stacks: StackTemplate[]
  metadata: ConstructMetadata
  tree?: ConstructTree
  problems: Problem[]
  /** False when the root manifest could not be read as a cloud assembly at all. */
  usable: boolean
  /** Schema version of the root manifest, as written. */
  version?: string
}

/** `seen`: the manifests already read (by this call or earlier ones for the same unit), not read again. */
export function readAssembly(manifestAbs: string, ctx: LoadContext, seen = new Set<string>()): Assembly {
  const out: Assembly = { stacks: [], metadata: new ConstructMetadata(), problems: [], usable: false }
  const report = (p: Problem) => out.problems.push(p)
  const readManifest = (abs: string, depth: number, declaredAt: SourceLocation | undefined): boolean => {
    if (seen.has(abs)) return false
    seen.add(abs)
    const manifest = readJsonFile(abs, ctx, declaredAt ? 'CDK_ASSEMBLY' : 'CDK_MANIFEST', 'cloud assembly manifest', report, declaredAt)
    if (!manifest) return false
    const version = scalarString(get(manifest.root, 'version'))
    if (depth === 0) out.version = version
    const artifacts = get(manifest.root, 'artifacts')
    if (manifest.root.kind !== 'map' || !artifacts || artifacts.kind !== 'map') {
      const at = nodeAt(manifest, (artifacts ?? manifest.root).start)
      report({
        code: 'CDK_MANIFEST_SCHEMA',
        file: manifest.file,
        line: at.line,
        column: at.column,
        message: `manifest.json (schema ${version ?? 'unknown'}) has no \`artifacts\` object; s3-gate reads cloud assembly schemas that list artifacts by id (checked up to ${KNOWN_SCHEMA_MAJOR}.x)`,
        level: 'error',
      })
      return false
    }
    const dir = path.dirname(abs)
    const assetManifests = new Map<string, string>()
    for (const a of artifacts.entries) {
      if (scalarString(get(a.value, 'type')) !== 'cdk:asset-manifest') continue
      const f = scalarString(get(get(a.value, 'properties'), 'file'))
      if (f) assetManifests.set(a.key, path.join(dir, f))
    }
    for (const a of artifacts.entries) {
      const type = scalarString(get(a.value, 'type'))
      const at = nodeAt(manifest, a.keyStart, `artifacts.${a.key}`)
      const invalid = (message: string) =>
        report({ code: 'CDK_ARTIFACT_INVALID', file: at.file, line: at.line, column: at.column, message, level: 'error' })
      switch (type) {
        case 'aws:cloudformation:stack':
          readStack(manifest, dir, a.key, a.value, at, assetManifests, invalid)
          break
        case 'cdk:cloud-assembly': {
          const sub = scalarString(get(get(a.value, 'properties'), 'directoryName'))
          if (!sub) invalid(`nested cloud assembly ${a.key} names no \`properties.directoryName\`; it was not scanned`)
          else if (!inside(dir, path.join(dir, sub)))
            invalid(`nested cloud assembly ${a.key} points outside the assembly (${sub}); it was not scanned`)
          else if (depth >= MAX_ASSEMBLY_DEPTH)
            report({
              code: 'CDK_ASSEMBLY_TOO_DEEP',
              file: at.file,
              line: at.line,
              column: at.column,
              message: `nested cloud assembly ${a.key} lies more than ${MAX_ASSEMBLY_DEPTH} Stages deep; it is read as an assembly of its own, without the construct paths of the Stages above it`,
              level: 'warning',
            })
          else readManifest(path.join(dir, sub, 'manifest.json'), depth + 1, at)
          break
        }
        case 'cdk:tree': {
          const f = scalarString(get(get(a.value, 'properties'), 'file'))
          if (!f || !inside(dir, path.join(dir, f))) {
            invalid(`tree artifact ${a.key} names no file inside the assembly`)
            break
          }
          const tree = readJsonFile(path.join(dir, f), ctx, 'CDK_TREE', 'construct tree', report, at)
          if (tree) {
            const t = readTree(tree.root)
            out.tree = out.tree ? new Map([...out.tree, ...t]) : t
          }
          break
        }
        default:
          if (type === undefined) invalid(`artifact ${a.key} has no \`type\`; it was skipped`)
      }
    }
    return true
  }

  const readStack = (
    manifest: JsonFile,
    dir: string,
    id: string,
    art: SNode,
    at: SourceLocation,
    assetManifests: Map<string, string>,
    invalid: (m: string) => void,
  ) => {
    const props = get(art, 'properties')
    const templateFile = scalarString(get(props, 'templateFile'))
    // Metadata first: even a stack whose template is missing contributes construct paths.
    const inline = get(art, 'metadata')
    if (inline) out.metadata.addMap(inline, manifest)
    const extraName = scalarString(get(art, 'additionalMetadataFile'))
    const own = new ConstructMetadata()
    if (inline) own.addMap(inline, manifest)
    if (extraName) {
      const extraAt = nodeAt(manifest, get(art, 'additionalMetadataFile')!.start)
      const extra = inside(dir, path.join(dir, extraName))
        ? readJsonFile(path.join(dir, extraName), ctx, 'CDK_METADATA', `metadata file of stack ${id}`, report, extraAt)
        : undefined
      if (extra) {
        out.metadata.addMap(extra.root, extra)
        own.addMap(extra.root, extra)
      }
    }
    if (!templateFile) {
      invalid(
        `stack artifact ${id} names no \`properties.templateFile\` (a cloud assembly schema this s3-gate does not know); the stack was not scanned`,
      )
      return
    }
    const abs = path.join(dir, templateFile)
    if (!inside(dir, abs)) {
      invalid(`stack artifact ${id} points outside the assembly (${templateFile}); the stack was not scanned`)
      return
    }
    const templateAt = nodeAt(manifest, get(props, 'templateFile')!.start, `artifacts.${id}.properties.templateFile`)
    let stackPath = ''
    for (const [p, e] of own.ofType(TEMPLATE_FILE)) {
      if (e.data === templateFile) {
        stackPath = p
        break
      }
    }
    // CDK 2.x writes the stack's construct path as its display name.
    if (!stackPath) stackPath = scalarString(get(art, 'displayName')) ?? ''
    let assetsManifest: string | undefined
    const deps = get(art, 'dependencies')
    if (deps?.kind === 'seq') {
      for (const d of deps.items) {
        const f = assetManifests.get(scalarString(d) ?? '')
        if (f) assetsManifest = f
      }
    }
    out.stacks.push({
      abs,
      file: ctx.displayPath(abs),
      stackName: scalarString(get(props, 'stackName')) ?? id,
      stackPath,
      declaredAt: templateAt,
      assemblyDir: dir,
      assetsManifest,
      nested: false,
      artifactId: id,
    })
  }

  out.usable = readManifest(manifestAbs, 0, undefined)
  return out
}

/** Is `p` inside `dir` (or `dir` itself)? Guards against `../` in names the manifest gives. */
export function inside(dir: string, p: string): boolean {
  return isInside(p, dir)
}
