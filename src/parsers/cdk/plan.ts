/**
 * Finds cloud assemblies among the discovered files by content, whatever their folder is called
 * (`cdk.out`, `infra/out`, `packages/app/cdk.out`...), and claims every file under each one so the
 * CloudFormation plugin does not read their templates a second time as anonymous CloudFormation.
 */
import { claimFiles } from '../shared/claim-files.js'
import type { CandidateFile, ScanUnit } from '../types.js'

export interface AssemblyUnitData {
  /** Absolute path of the root `manifest.json`. */
  manifest: string
}

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

export function planAssemblies(files: CandidateFile[], debug: (m: string) => void = () => {}): ScanUnit[] {
  const namesByDir = new Map<string, Set<string>>()
  for (const f of files) {
    const d = dirOf(f.abs)
    const set = namesByDir.get(d)
    if (set) set.add(baseOf(f.abs))
    else namesByDir.set(d, new Set([baseOf(f.abs)]))
  }
  const manifests = files.filter((f) => isAssemblyManifest(f, namesByDir.get(dirOf(f.abs)) ?? new Set()))
  // A Stage's assembly lives inside its parent's folder and is read through the parent's manifest.
  manifests.sort((a, b) => a.abs.length - b.abs.length)
  const roots: CandidateFile[] = []
  for (const m of manifests) {
    const dir = dirOf(m.abs)
    if (!roots.some((r) => under(dirOf(r.abs), dir))) roots.push(m)
  }
  if (roots.length === 0) return []
  // Roots do not nest, so a file belongs to the one root among its ancestor folders, if any.
  const claimedBy = new Map<string, CandidateFile[]>(roots.map((r) => [dirOf(r.abs), []]))
  const rootOf = (file: string): CandidateFile[] | undefined => {
    for (let d = dirOf(file); d !== ''; d = dirOf(d)) {
      const claimed = claimedBy.get(d)
      if (claimed) return claimed
    }
    return undefined
  }
  for (const f of claimFiles(files, (c) => rootOf(c.abs) !== undefined)) rootOf(f.abs)!.push(f)
  const units: ScanUnit[] = []
  for (const root of roots.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
    const claimed = claimedBy.get(dirOf(root.abs))!
    const id = dirOf(root.rel) || '.'
    debug(`cdk: cloud assembly ${id} (${claimed.length} files)`)
    const data: AssemblyUnitData = { manifest: root.abs }
    units.push({ plugin: 'cdk', id, files: claimed, data })
  }
  return units
}

function under(dir: string, p: string): boolean {
  return p === dir || p.startsWith(`${dir}/`) || p.startsWith(`${dir}\\`)
}
