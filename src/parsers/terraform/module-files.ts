/**
 * The configuration files of one module directory. Only the directory itself is listed (Terraform
 * does not read subdirectories), so a module sourced from `../` does not walk the whole
 * repository; the files are then read through `ctx.readFile`, which refuses anything outside the
 * scan roots (symlinks resolved).
 */
import fs from 'node:fs'
import path from 'node:path'
import { credentialsIn, isInsideAny } from '../shared/inside.js'
import { CONFIG_FILE, withoutShadowed } from './config-files.js'

/**
 * `moduleConfigFiles`, but only for a directory inside the scan roots (symlinks resolved): a
 * module `source = "../../.."` or a symlinked folder must not even be listed.
 */
export function moduleConfigFilesInside(dir: string, roots: readonly string[]): string[] {
  // A directory outside the roots as written is not even looked at (not a stat): nothing outside
  // the scanned paths is touched. The roots are real paths, and so are the files' folders a
  // `source` is resolved from.
  if (!isInsideAny(path.resolve(dir), roots)) return namedConfigFilesIn(path.resolve(dir), roots)
  let real: string
  try {
    real = fs.realpathSync(dir)
  } catch {
    return []
  }
  // Nor a folder a link leads into `.git/` (`source = "./m"`, `m -> ../.git/modules/m`).
  return isInsideAny(real, roots) && credentialsIn(real, roots) !== 'git' ? moduleConfigFiles(dir) : []
}

export function moduleConfigFiles(dir: string): string[] {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
  return withoutShadowed(
    entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && CONFIG_FILE.test(e.name))
      .map((e) => path.join(dir, e.name))
      .sort(),
  )
}

/**
 * The configuration files of `dir` that were themselves named as scan roots (`s3-gate scan
 * plan.json main.tf`): the folder is not listed, but what the user named is as readable as it is
 * to the unit that scans those files, so a plan finds the sources it was made from.
 */
function namedConfigFilesIn(dir: string, roots: readonly string[]): string[] {
  return withoutShadowed(roots.filter((r) => path.dirname(r) === dir && CONFIG_FILE.test(r)).sort())
}
