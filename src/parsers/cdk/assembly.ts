/**
 * Reads a cloud assembly: `manifest.json`, the stack artifacts it lists, the nested cloud
 * assemblies of Stages (`cdk:cloud-assembly` artifacts, read recursively), the construct
 * metadata (inline or in `additionalMetadataFile`) and `tree.json`. Every broken piece becomes a
 * Problem for that artifact; the other artifacts are still read.
 */
import type { PassedParameters } from '../cloudformation/stack-parameters.js'
import path from 'node:path'
import type { Problem } from '../../engine/finding.js'
import type { SourceLocation } from '../../model/location.js'
import type { SNode } from '../shared/source-tree.js'
import { get } from '../shared/source-tree.js'
import type { LoadContext } from '../types.js'
import { nodeAt, readJsonFile, scalarString, type JsonFile } from './json-file.js'
import { ConstructMetadata } from './metadata.js'
import { mergeTree, readTree, type ConstructTree } from './tree.js'
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
  /** Where the manifest names the asset manifest: problems reading it go there. */
  assetsManifestAt?: SourceLocation
  nested: boolean
  /** Nested stacks: what the parent's stack resource passes to the template's parameters. */
  passed?: PassedParameters
  /** Nested stacks: the logical id of the parent's stack resource. */
  resource?: string
  /** Id of the manifest artifact (top-level stacks only). */
  artifactId?: string
  /**
   * The artifact's own metadata (top-level stacks only): inline, then its metadata file, which
   * other artifacts naming the same file share.
   */
  ownMetadata?: ConstructMetadata[]
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
  // A file many artifacts name is read and added once: a manifest naming one file thousands of
  // times made the reading, and the metadata searched for every stack, grow with their product.
  const treesRead = new Set<string>()
  const metadataFiles = new Map<string, ConstructMetadata | undefined>()
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
    const assetManifests = new Map<string, { abs: string; at: SourceLocation }>()
    for (const a of artifacts.entries) {
      if (scalarString(get(a.value, 'type')) !== 'cdk:asset-manifest') continue
      const fileNode = get(get(a.value, 'properties'), 'file')
      const f = scalarString(fileNode)
      if (!f) continue
      const at = nodeAt(manifest, fileNode!.start, `artifacts.${a.key}.properties.file`)
      // Read like the stack templates it leads to, only inside the assembly: `../../etc/x.json` was
      // reported as an asset manifest missing at line 1 of a file outside the repository.
      if (!inside(dir, path.join(dir, f)))
        report({
          code: 'CDK_ARTIFACT_INVALID',
          file: at.file,
          line: at.line,
          column: at.column,
          message: `asset manifest ${a.key} points outside the assembly (${f}); the nested stacks it lists were not looked up`,
          level: 'error',
        })
      else assetManifests.set(a.key, { abs: path.join(dir, f), at })
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
          const abs = path.join(dir, f)
          if (treesRead.has(abs)) break
          treesRead.add(abs)
          const tree = readJsonFile(abs, ctx, 'CDK_TREE', 'construct tree', report, at)
          if (tree) out.tree = mergeTree(out.tree, readTree(tree.root))
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
    assetManifests: Map<string, { abs: string; at: SourceLocation }>,
    invalid: (m: string) => void,
  ) => {
    const props = get(art, 'properties')
    const templateFile = scalarString(get(props, 'templateFile'))
    // Metadata first: even a stack whose template is missing contributes construct paths.
    const own: ConstructMetadata[] = []
    const inline = get(art, 'metadata')
    if (inline) {
      out.metadata.addMap(inline, manifest)
      const m = new ConstructMetadata()
      m.addMap(inline, manifest)
      own.push(m)
    }
    const extraName = scalarString(get(art, 'additionalMetadataFile'))
    if (extraName && !inside(dir, path.join(dir, extraName))) {
      // Not read, as nothing outside the assembly is; said, so that construct paths and
      // acknowledgements missing for the stack have a reason.
      const extraAt = nodeAt(manifest, get(art, 'additionalMetadataFile')!.start, `artifacts.${id}.additionalMetadataFile`)
      report({
        code: 'CDK_ARTIFACT_INVALID',
        file: extraAt.file,
        line: extraAt.line,
        column: extraAt.column,
        message: `the metadata file of stack ${id} points outside the assembly (${extraName}); it was not read`,
        level: 'error',
      })
    } else if (extraName) {
      const extraAt = nodeAt(manifest, get(art, 'additionalMetadataFile')!.start)
      const extra = readMetadataFile(path.join(dir, extraName), `metadata file of stack ${id}`, extraAt)
      if (extra) own.push(extra)
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
    // CDK 2.x writes the stack's construct path as its display name.
    const stackPath = templatePathIn(own, templateFile) || (scalarString(get(art, 'displayName')) ?? '')
    let assetsManifest: { abs: string; at: SourceLocation } | undefined
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
      ...(assetsManifest ? { assetsManifest: assetsManifest.abs, assetsManifestAt: assetsManifest.at } : {}),
      nested: false,
      artifactId: id,
      ownMetadata: own,
    })
  }

  /** A metadata file's entries, added to the assembly's the first time a stack names the file. */
  const readMetadataFile = (abs: string, what: string, at: SourceLocation): ConstructMetadata | undefined => {
    if (metadataFiles.has(abs)) return metadataFiles.get(abs)
    const file = readJsonFile(abs, ctx, 'CDK_METADATA', what, report, at)
    let m: ConstructMetadata | undefined
    if (file) {
      out.metadata.addMap(file.root, file)
      m = new ConstructMetadata()
      m.addMap(file.root, file)
    }
    metadataFiles.set(abs, m)
    return m
  }

  out.usable = readManifest(manifestAbs, 0, undefined)
  return out
}

/** The construct path the first of `sources` that names `templateFile` gives it. */
function templatePathIn(sources: ConstructMetadata[], templateFile: string): string | undefined {
  for (const m of sources) {
    const p = m.pathOfTemplate(templateFile)
    if (p !== undefined) return p
  }
  return undefined
}

/** Is `p` inside `dir` (or `dir` itself)? Guards against `../` in names the manifest gives. */
export function inside(dir: string, p: string): boolean {
  return isInside(p, dir)
}
