/**
 * Which assembly folders inside another assembly's folder are read through a manifest above them
 * (a Stage's `cdk:cloud-assembly` artifact names them), and so must not be units of their own:
 * read both ways, a Stage's templates were scanned once per assembly around it, their findings
 * counted against `--max-scan-findings` as many times and the scan's time grew with the depth.
 * CDK names a Stage's folder `assembly-<path>`, but the loader follows whatever `directoryName`
 * the manifest gives, so this reads the manifests as it does.
 */
import fs from 'node:fs'
import path from 'node:path'
import { DEFAULT_LIMITS } from '../../limits.js'
import { readRegularFile } from '../../read-regular-file.js'
import { decodeText } from '../../text-encoding.js'
import { parseJson } from '../shared/json-tree.js'
import { get } from '../shared/source-tree.js'
import { inside } from './assembly.js'
import { scalarString } from './json-file.js'

/**
 * The folders (real paths) inside its own that the `cdk:cloud-assembly` artifacts of the manifest
 * at `abs` name; none when it cannot be read or parsed (the loader reports that).
 */
export function namedAssemblyFolders(abs: string): string[] {
  let text: string
  try {
    // Listed as a file, but maybe a named pipe by now: opened without blocking.
    const r = readRegularFile(abs)
    if (!('bytes' in r)) return []
    text = decodeText(r.bytes)
  } catch {
    return []
  }
  const artifacts = get(parseJson(text, { maxDepth: DEFAULT_LIMITS.maxDepth, reportDuplicates: false }).root ?? undefined, 'artifacts')
  if (artifacts?.kind !== 'map') return []
  const dir = path.dirname(abs)
  const out = new Set<string>()
  for (const a of artifacts.entries) {
    if (scalarString(get(a.value, 'type')) !== 'cdk:cloud-assembly') continue
    const sub = scalarString(get(get(a.value, 'properties'), 'directoryName'))
    const named = sub ? path.join(dir, sub) : undefined
    if (named === undefined || !inside(dir, named)) continue
    const real = realPath(named)
    // A link out of the folder leads to an assembly that is a unit of its own, or to none.
    if (real !== dir && inside(dir, real)) out.add(real)
  }
  return [...out]
}

/** Discovery lists files by their real paths; the loader follows the name through any link. */
function realPath(p: string): string {
  try {
    return fs.realpathSync.native(p)
  } catch {
    return p
  }
}

/**
 * Of `suspects` (assembly folders below another assembly folder), those that a manifest in a
 * folder above them names, or that hold a folder so named: the loader of that manifest reads
 * what it names, and an assembly around it must be in the same unit for nothing to be read twice.
 * `manifestIn`: the manifest of each assembly folder; `dirOf`: a folder's parent ('' above the top).
 */
export function foldersReadFromAbove(
  suspects: readonly string[],
  manifestIn: ReadonlyMap<string, string>,
  dirOf: (p: string) => string,
): Set<string> {
  // Only the manifests above a suspect can name it. The usual assembly, whose Stages are in
  // `assembly-*` folders, has no suspect: planning it reads no manifest.
  const above = new Set<string>()
  for (const s of suspects) for (let d = dirOf(s); d !== ''; d = dirOf(d)) if (manifestIn.has(d)) above.add(d)
  const out = new Set<string>()
  for (const dir of above) {
    for (const named of namedAssemblyFolders(manifestIn.get(dir)!)) {
      if (!manifestIn.has(named)) continue
      for (let d = named; d !== dir && d !== ''; d = dirOf(d)) if (manifestIn.has(d)) out.add(d)
    }
  }
  return out
}
