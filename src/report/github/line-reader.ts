/**
 * The text of a line of a file in the checkout, for review suggestions (`review-plan.ts` compares
 * the scanned lines with the pull request head's and repeats an anchor line in an insertion).
 *
 * In `mode: merge` and `mode: publish` the file names come from artifacts, which a pull request's
 * code could have written, and the checkout is the pull request's code, which can hold symbolic
 * links: a finding on `x.yaml`, linked to `/proc/self/environ` (the token is in the action's
 * environment), `.git/config` (where actions/checkout keeps it) or a 4 GB log, had that read
 * whole. So only regular files inside the repository are read, none under `.git/` or named like a
 * credentials file, and none larger than a scanned file may be.
 */
import fs from 'node:fs'
import path from 'node:path'
import { isInside } from '../../discovery.js'
import { credentialsIn } from '../../parsers/shared/inside.js'
import { readRegularFile } from '../../read-regular-file.js'
import { decodeText } from '../../text-encoding.js'

export type LineReader = (file: string, line: number) => string | undefined

/**
 * Reads `file` (relative to `cwd`) when it resolves inside one of `roots` (the workspace, the
 * working directory); anything else reads as unknown text, which review-plan.ts treats as "no
 * anchor line to repeat" and, for a comparison, as the same text.
 */
export function repositoryLineReader(cwd: string, roots: readonly string[], maxBytes: number): LineReader {
  const realRoots = [...new Set(roots.map(realOrUndefined).filter((r): r is string => r !== undefined))]
  const cache = new Map<string, string[] | undefined>()
  const load = (file: string): string[] | undefined => {
    const real = realOrUndefined(path.resolve(cwd, file))
    if (!real || !isInside(real, realRoots) || credentialsIn(real, realRoots)) return undefined
    // Opened without blocking and checked on the descriptor: a named pipe or a device is not read.
    const r = readRegularFile(real, maxBytes)
    return 'bytes' in r ? decodeText(r.bytes).split(/\r?\n/) : undefined
  }
  return (file, line) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, load(file))
      } catch {
        cache.set(file, undefined)
      }
    }
    return cache.get(file)?.[line - 1]
  }
}

function realOrUndefined(p: string): string | undefined {
  try {
    return fs.realpathSync.native(p)
  } catch {
    return undefined
  }
}
