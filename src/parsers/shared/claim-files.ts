import type { CandidateFile } from '../types.js'

/**
 * Takes the files `wanted` accepts out of `files` in one pass, keeping both lists in their order.
 * Taking them out one `splice` at a time moved every later file each time: with every other file of
 * a 50,000-file repository claimed by one plugin that took 1.3 s, and 25 s for 200,000 files.
 */
export function claimFiles(files: CandidateFile[], wanted: (f: CandidateFile) => boolean): CandidateFile[] {
  const claimed: CandidateFile[] = []
  let kept = 0
  for (const f of files) {
    if (wanted(f)) claimed.push(f)
    else files[kept++] = f
  }
  files.length = kept
  return claimed
}
