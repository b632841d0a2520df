/**
 * The configuration files of one module directory. Only the directory itself is listed (Terraform
 * does not read subdirectories), so a module sourced from `../` does not walk the whole
 * repository; the files are then read through `ctx.readFile`, which refuses anything outside the
 * scan roots (symlinks resolved).
 */
import fs from 'node:fs'
import path from 'node:path'

const CONFIG = /\.(tf|tf\.json)$/i

export function moduleConfigFiles(dir: string): string[] {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && CONFIG.test(e.name))
    .map((e) => path.join(dir, e.name))
    .sort()
}
