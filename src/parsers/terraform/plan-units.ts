/**
 * Groups Terraform files into root modules: one unit per directory holding `.tf` / `.tf.json`
 * (or OpenTofu's `.tofu` / `.tofu.json`)
 * files, except directories that another scanned directory calls as a local module
 * (`source = "./modules/s3"`): those are read as part of their caller.
 */
import path from 'node:path'
import { appendAll } from '../../append.js'
import { readRegularFile } from '../../read-regular-file.js'
import { decodeText } from '../../text-encoding.js'
import { claimFiles } from '../shared/claim-files.js'
import type { CandidateFile, FormatPlanner, ScanUnit } from '../types.js'
import { DEFAULT_LIMITS } from '../../limits.js'
import { CONFIG_FILE, READ_CONFIG_FILE, TERRAFORM_FILE } from './config-files.js'
import { attr } from './hcl/ast.js'
import { parseJsonConfig } from './hcl/json-config.js'
import { parseHcl } from './hcl/parse.js'
import { literalString } from './module-config.js'

/** `source = "./x"` in HCL or `"source": "./x"` in JSON: a file that may call a local module. */
const LOCAL_SOURCE = /(?:\bsource\s*=\s*|"source"\s*:\s*)"\.{1,2}\//
/** Reading whole files to find module calls is bounded; bigger files are rare and are parsed later anyway. */
const MAX_SNIFF_BYTES = 8 * 1024 * 1024
/**
 * Characters of planned texts kept for loading, over all root modules. Past it a text is read
 * again when its unit is loaded: every text kept from planning stayed alive until its unit was
 * scanned, so a 70 MB tree started its scan with 70 MB of source held (on this machine a second
 * read costs about 6 ms a MB). The 5,000-file benchmark tree (8.5 MB) keeps all of its texts.
 */
export const KEEP_PLANNED_CHARS = 16 * 1024 * 1024

export interface TerraformUnitData {
  /** Absolute directory of the root module. */
  dir: string
  /**
   * Texts of the root module's own config files, by absolute path, as read here to find module
   * calls: loading the unit takes them instead of reading every file a second time. Loading in
   * the main thread takes each text out once used; a unit sent to a worker keeps the main
   * thread's copy until the scan ends. At most `KEEP_PLANNED_CHARS` in all: the others are read
   * again.
   */
  texts?: Record<string, string>
}

/**
 * The local sources (literal strings, as the loader reads them) of the `module` blocks of a `.tf`
 * or (`json`) `.tf.json` file. Taken from a search of the text, a call commented out (`#`, `/* *\/`,
 * a `"//"` key), a heredoc or a `source` in another block made the folder it names a called module,
 * which then no unit read: its buckets passed unseen. Only a file the search finds is parsed.
 */
export function localModuleSources(text: string, json = false): string[] {
  const out: string[] = []
  if (!text.includes('source') || !LOCAL_SOURCE.test(text)) return out
  const options = { maxDepth: DEFAULT_LIMITS.maxDepth }
  const body = json ? parseJsonConfig(text, options).body : parseHcl(text, options).body
  for (const b of body.blocks) {
    const source = b.type === 'module' ? literalString(attr(b.body, 'source')) : undefined
    if (source && /^\.{1,2}\//.test(source)) out.push(source)
  }
  return out
}

/**
 * A file as Terraform lists it: discovery gives a link's real path (`abs`) and shows it under the
 * link's name (`rel`) when only the link is named like a Terraform file (`main.tf -> bucket.hcl`).
 * Terraform reads such a link as `main.tf` of the link's folder; claimed by the real path's name,
 * no reader took it and its buckets passed unseen. Taken under the link's path (`cwd` + `rel`).
 */
function asListed(c: CandidateFile, cwd: string | undefined): CandidateFile | undefined {
  if (TERRAFORM_FILE.test(c.abs)) return c
  if (cwd === undefined || !TERRAFORM_FILE.test(c.rel)) return undefined
  return { ...c, abs: path.resolve(cwd, c.rel) }
}

export function planTerraformUnits(
  files: CandidateFile[],
  debug: (m: string) => void,
  keepChars = KEEP_PLANNED_CHARS,
  cwd?: string,
): ScanUnit[] {
  const byDir = new Map<string, CandidateFile[]>()
  const claimed = claimFiles(files, (c) => asListed(c, cwd) !== undefined).map((c) => asListed(c, cwd)!)
  for (const f of claimed) {
    const dir = path.dirname(f.abs)
    const list = byDir.get(dir)
    if (list) list.push(f)
    else byDir.set(dir, [f])
  }
  const configDirs = [...byDir.entries()].filter(([, fs_]) => fs_.some((f) => CONFIG_FILE.test(f.abs))).map(([d]) => d)
  const dirSet = new Set(configDirs)
  const calls = new Map<string, Set<string>>()
  const called = new Set<string>()
  const textsByDir = new Map<string, Record<string, string>>()
  let room = keepChars
  for (const dir of configDirs) {
    const targets = new Set<string>()
    const texts: Record<string, string> = {}
    textsByDir.set(dir, texts)
    for (const f of byDir.get(dir)!) {
      // A file Terraform does not read (`MAIN.TF`) calls nothing: its module is a root of its own.
      if (!READ_CONFIG_FILE.test(f.abs) || f.size > MAX_SNIFF_BYTES) continue
      let text: string
      try {
        // Listed as a file, but maybe a named pipe by now: opened without blocking.
        const r = readRegularFile(f.abs)
        if (!('bytes' in r)) continue
        text = decodeText(r.bytes)
      } catch {
        continue
      }
      // One with U+FFFD is read again by its unit, whose reader knows whether the bytes were invalid.
      if (text.length <= room && !text.includes('\ufffd')) {
        texts[f.abs] = text
        room -= text.length
      }
      for (const src of localModuleSources(text, /\.json$/i.test(f.abs))) {
        const target = path.resolve(dir, src)
        if (target !== dir && dirSet.has(target)) targets.add(target)
      }
    }
    calls.set(dir, targets)
    for (const t of targets) called.add(t)
  }
  const roots = configDirs.filter((d) => !called.has(d))
  // Directories that call each other in a cycle with no outside caller would be lost: keep them.
  const reached = new Set<string>()
  const reach = (d: string) => {
    if (reached.has(d)) return
    reached.add(d)
    for (const t of calls.get(d) ?? []) reach(t)
  }
  roots.forEach(reach)
  for (const d of configDirs) {
    if (!reached.has(d)) {
      roots.push(d)
      reach(d)
    }
  }
  roots.sort()
  const varFiles = varFilesBelow(byDir, dirSet, new Set(roots))
  const units: ScanUnit[] = []
  for (const dir of roots) {
    const below = varFiles.get(dir)
    // The root's own files first: the unit is named and placed after them.
    const dirFiles = below ? [...byDir.get(dir)!, ...below] : byDir.get(dir)!
    const rel = dirFiles[0]!.rel
    const id = path.posix.dirname(rel) || '.'
    const data: TerraformUnitData = { dir, texts: textsByDir.get(dir) }
    units.push({ plugin: 'terraform', id, files: dirFiles, data })
  }
  const rootSet = new Set(roots)
  for (const dir of configDirs)
    if (called.has(dir) && !rootSet.has(dir)) debug(`${dir}: read as a local module of its callers, not as a root module`)
  return units
}

/**
 * `.tfvars` files in folders without configuration of their own (`envs/prod.tfvars`), by the root
 * module they sit below: what `-var-file=envs/prod.tfvars` passes it. No unit took them, so a
 * variable they make public kept its private default without a word; the root reads them as it
 * reads its own `prod.tfvars`. Below a called module or outside every root, they are left alone.
 */
function varFilesBelow(byDir: Map<string, CandidateFile[]>, configDirs: Set<string>, roots: Set<string>): Map<string, CandidateFile[]> {
  const out = new Map<string, CandidateFile[]>()
  for (const [dir, files] of byDir) {
    if (configDirs.has(dir)) continue
    let up = path.dirname(dir)
    while (!configDirs.has(up) && path.dirname(up) !== up) up = path.dirname(up)
    if (!roots.has(up)) continue
    const list = out.get(up)
    if (list) appendAll(list, files)
    else out.set(up, [...files])
  }
  return out
}

export const terraformPlanner: FormatPlanner = {
  name: 'terraform',
  format: 'terraform',
  plan(files, ctx) {
    return planTerraformUnits(files, ctx.debug, KEEP_PLANNED_CHARS, ctx.cwd)
  },
}
