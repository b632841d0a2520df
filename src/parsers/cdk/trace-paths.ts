/** Absolute paths from the machine that ran synth → files of the repository being scanned. */
import type { SourceIndex } from './source-index.js'
import { toSlash } from './source-index.js'
import { trimTrailing } from '../../trim.js'

/**
 * The repository file a trace path names: the same file when it is inside the scan roots, else
 * the file sharing the longest path suffix (`/home/runner/work/app/app/lib/storage.ts` →
 * `lib/storage.ts`). Ties go to files inside the app folder; a remaining tie is no answer.
 */
export function mapTracePath(traceFile: string, sources: SourceIndex, appDir: string): string | undefined {
  const file = toSlash(traceFile)
  const base = file.slice(file.lastIndexOf('/') + 1)
  const candidates = sources.byBase.get(base)
  if (!candidates || candidates.length === 0) return undefined
  if (candidates.includes(file)) return file
  const want = file.split('/').filter((s) => s !== '')
  const app = trimTrailing(toSlash(appDir), '/')
  // A trace from Windows names files in any case; POSIX paths are compared exactly.
  const same = /^[A-Za-z]:\//.test(file) ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase() : (a: string, b: string) => a === b
  let best: string[] = []
  let bestScore = 0
  for (const c of candidates) {
    const have = c.split('/').filter((s) => s !== '')
    let score = 0
    while (score < want.length && score < have.length && same(want[want.length - 1 - score]!, have[have.length - 1 - score]!)) score++
    if (score > bestScore) {
      bestScore = score
      best = [c]
    } else if (score === bestScore) best.push(c)
  }
  if (best.length === 1) return best[0]
  const inApp = best.filter((c) => c.startsWith(`${app}/`))
  return inApp.length === 1 ? inApp[0] : undefined
}
