/**
 * Whether the CLI's command needs the launched child at all. Its settings (a small young
 * generation, one malloc arena) bound the memory of large scans; a scan of a few files never comes
 * near them, and the child's own `node` start-up doubled the time `s3-gate scan template.yaml`
 * takes on Node 24 (0.30–0.32 s against ≈ 0.2 s in one process, on a slow day of this machine).
 * So the launcher looks at the paths first: at most `MAX_ENTRIES` folder entries, stopping as soon
 * as the files seen pass `MAX_FILES` or `MAX_BYTES`. Anything it cannot tell for sure (a symbolic
 * link, an unreadable folder, a path that is not there) counts as large: the child is the safe side.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from '../cli-args.js'
import { SKIPPED_FOLDERS } from '../skipped-folders.js'

const MAX_FILES = 64
const MAX_BYTES = 4 * 1024 * 1024
const MAX_ENTRIES = 512

/**
 * True when the CLI's arguments ask for little enough to run in the launcher's own process: a
 * `scan` of a few small files, or a command that scans nothing (`rules`, `--help`, a mistake the
 * CLI will report). `merge` reads shard results of any size, so it gets the child.
 */
export function runsInProcess(argv: readonly string[], cwd: string): boolean {
  let args
  try {
    args = parseArgs(argv)
  } catch {
    return true
  }
  if (args.command === 'merge') return false
  if (args.command !== 'scan') return true
  const pending = (args.positional.length ? args.positional : ['.']).map((p) => path.resolve(cwd, p))
  let files = 0
  let bytes = 0
  let entries = 0
  try {
    while (pending.length) {
      const p = pending.pop()!
      const st = fs.lstatSync(p)
      if (st.isFile()) {
        files++
        bytes += st.size
        if (files > MAX_FILES || bytes > MAX_BYTES) return false
      } else if (st.isDirectory()) {
        for (const e of fs.readdirSync(p, { withFileTypes: true })) {
          if (++entries > MAX_ENTRIES) return false
          if (e.isDirectory() && SKIPPED_FOLDERS.has(e.name)) continue
          pending.push(path.join(p, e.name))
        }
      } else return false
    }
  } catch {
    return false
  }
  return true
}
