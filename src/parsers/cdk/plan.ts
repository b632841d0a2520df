/**
 * Finds cloud assemblies among the discovered files by content, whatever their folder is called
 * (`cdk.out`, `infra/out`, `packages/app/cdk.out`...), and claims the files an assembly is made of
 * under each one so the CloudFormation plugin does not read their templates a second time as
 * anonymous CloudFormation. Only those: a `manifest.json` that looks like an assembly's at the top
 * of a repository must not take its Terraform and YAML templates out of the scan.
 */
import { claimFiles } from '../shared/claim-files.js'
import { foldersReadFromAbove } from './stage-folders.js'
import type { CandidateFile, FormatPlanner, ScanUnit } from '../types.js'

export interface AssemblyUnitData {
  /** Absolute path of the root `manifest.json`. */
  manifest: string
  /**
   * The other assembly manifests in the unit's folders, parents first. Those the root's manifest
   * does not lead to (a Stage nested too deep, a folder no manifest names) are read as roots too.
   */
  manifests: string[]
  /**
   * File assets of the unit (`asset.<hash>.yaml`) with the absolute paths of the files outside
   * every assembly that have their size: the copy of a repository file that the scan reads on its
   * own (`CloudFormationTemplate.fromAsset('product.yaml')`) when the two are equal.
   */
  assetTwins?: Record<string, string[]>
}

/** Files of one size an asset is compared with, at most (a size many files share says little). */
const MAX_ASSET_TWINS = 16

function dirOf(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'))
  return i < 0 ? '' : p.slice(0, i)
}
function baseOf(p: string): string {
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1)
}

/**
 * A cloud assembly manifest: `manifest.json` that starts with a `version` and lists `artifacts`,
 * or (a schema that lists them otherwise) sits next to files only an assembly has: the `cdk.out`
 * marker, `tree.json`, `*.template.json`, `*.assets.json`.
 */
export function isAssemblyManifest(file: CandidateFile, siblings: ReadonlySet<string>): boolean {
  if (baseOf(file.abs) !== 'manifest.json') return false
  if (!/"version"\s*:/.test(file.head)) return false
  if (/"artifacts"\s*:/.test(file.head)) return true
  for (const name of siblings) {
    if (name === 'cdk.out' || name === 'tree.json' || name.endsWith('.template.json') || name.endsWith('.assets.json')) return true
  }
  return false
}

/** A file asset the assembly in `dir` holds (`asset.<hash>.yaml`), not a file inside a folder asset. */
export function isFileAsset(abs: string, dir: string): boolean {
  return baseOf(abs).startsWith('asset.') && !inAssetFolder(abs, dir)
}

/** Files a cloud assembly is made of (what `cdk synth` writes, file assets included), by name. */
function isAssemblyFile(name: string): boolean {
  return (
    name.startsWith('asset.') ||
    name === 'manifest.json' ||
    name === 'tree.json' ||
    name === 'cdk.out' ||
    name === 'validation-report.json' ||
    name.endsWith('.template.json') ||
    name.endsWith('.assets.json') ||
    name.endsWith('.metadata.json')
  )
}

/** Below an `asset.<hash>` folder of the assembly in `dir`: an asset's content (bundled code, files). */
export function inAssetFolder(abs: string, dir: string): boolean {
  const folders = abs.slice(dir.length + 1).split(/[/\\]/)
  folders.pop()
  return folders.some((f) => f.startsWith('asset.'))
}

/** A Stage's folder inside its parent assembly: CDK names it `assembly-<stage path>`. */
function isStageFolder(dir: string, assemblyDirs: ReadonlySet<string>): boolean {
  return baseOf(dir).startsWith('assembly-') && assemblyDirs.has(dirOf(dir))
}

function hasAssemblyAbove(dir: string, assemblyDirs: ReadonlySet<string>): boolean {
  for (let d = dirOf(dir); d !== ''; d = dirOf(d)) if (assemblyDirs.has(d)) return true
  return false
}

export function planAssemblies(files: CandidateFile[], debug: (m: string) => void = () => {}): ScanUnit[] {
  const namesByDir = new Map<string, Set<string>>()
  for (const f of files) {
    const d = dirOf(f.abs)
    const set = namesByDir.get(d)
    if (set) set.add(baseOf(f.abs))
    else namesByDir.set(d, new Set([baseOf(f.abs)]))
  }
  const manifests = files.filter((f) => isAssemblyManifest(f, namesByDir.get(dirOf(f.abs)) ?? new Set()))
  // A Stage's assembly lives inside its parent's folder and is read through the parent's manifest;
  // any other assembly inside an assembly's folder (a copied `cdk.out`) is a unit of its own.
  // CDK calls a Stage's folder `assembly-*`; one called otherwise is known by the manifest naming it.
  const assemblyDirs = new Set(manifests.map((m) => dirOf(m.abs)))
  const suspects = manifests.map((m) => dirOf(m.abs)).filter((d) => !isStageFolder(d, assemblyDirs) && hasAssemblyAbove(d, assemblyDirs))
  const manifestIn = new Map(manifests.map((m) => [dirOf(m.abs), m.abs]))
  const fromAbove = suspects.length ? foldersReadFromAbove(suspects, manifestIn, dirOf) : new Set<string>()
  const roots = manifests.filter((m) => !isStageFolder(dirOf(m.abs), assemblyDirs) && !fromAbove.has(dirOf(m.abs)))
  if (roots.length === 0) return []
  // A file belongs to the nearest root among its ancestor folders, if any.
  const claimedBy = new Map<string, CandidateFile[]>(roots.map((r) => [dirOf(r.abs), []]))
  const rootDirOf = (file: string): string | undefined => {
    for (let d = dirOf(file); d !== ''; d = dirOf(d)) if (claimedBy.has(d)) return d
    return undefined
  }
  const wanted = (c: CandidateFile) => {
    const dir = rootDirOf(c.abs)
    return dir !== undefined && (isAssemblyFile(baseOf(c.abs)) || inAssetFolder(c.abs, dir))
  }
  const claimedFiles = claimFiles(files, wanted)
  for (const f of claimedFiles) claimedBy.get(rootDirOf(f.abs)!)!.push(f)
  const claimedSet = new Set(claimedFiles)
  const outsideBySize = new Map<number, string[]>()
  for (const f of files) {
    if (claimedSet.has(f) || f.size === 0) continue
    const list = outsideBySize.get(f.size)
    if (!list) outsideBySize.set(f.size, [f.abs])
    else if (list.length < MAX_ASSET_TWINS) list.push(f.abs)
  }
  const isManifest = new Set(manifests)
  const units: ScanUnit[] = []
  for (const root of roots.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
    const claimed = claimedBy.get(dirOf(root.abs))!
    const id = dirOf(root.rel) || '.'
    debug(`cdk: cloud assembly ${id} (${claimed.length} files)`)
    const others = claimed.filter((f) => f !== root && isManifest.has(f) && !inAssetFolder(f.abs, dirOf(root.abs))).map((f) => f.abs)
    const data: AssemblyUnitData = { manifest: root.abs, manifests: others.sort((a, b) => a.length - b.length) }
    for (const f of claimed) {
      const twins = isFileAsset(f.abs, dirOf(root.abs)) ? outsideBySize.get(f.size) : undefined
      if (twins) (data.assetTwins ??= {})[f.abs] = twins
    }
    units.push({ plugin: 'cdk', id, files: claimed, data })
  }
  return units
}

export const cdkPlanner: FormatPlanner = {
  name: 'cdk',
  format: 'cdk',
  plan(files, ctx) {
    return planAssemblies(files, ctx.debug)
  },
}
