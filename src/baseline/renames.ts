/**
 * Files the pull request renamed or moved, so that a base finding in `old/template.yaml` is the
 * same finding as the head's in `new/template.yaml`: a fingerprint names the file, and a pull
 * request that only moved a template counted every finding in it as new (`scope: changed` failed).
 */
import path from 'node:path'
import type { Finding } from '../engine/finding.js'
import { fingerprint } from '../engine/fingerprint.js'
import { git } from './git.js'

/** Files each side that git's rename detection compares by content (its default is 1,000). */
export const RENAME_LIMIT = 5000

/** Old path → new path, both relative to `cwdInRepo` (POSIX), for the files git finds renamed from `base` to `head`. */
export async function renamedFiles(repoDir: string, base: string, head: string, cwdInRepo: string): Promise<Map<string, string>> {
  // Names only: no diff driver or text conversion is run. Past git's default limit (1,000 files
  // each side) renamed files that were edited and changed their name were listed as removed and
  // added, so a pull request moving 1,500 templates (a tag added to each) made every finding in
  // them new and failed `scope: changed`. The comparison grows with the square of the files: 1,500
  // take about 0.3 s, the limit's 5,000 a few seconds.
  const out = await git(repoDir, ['diff', '--no-ext-diff', '--no-textconv', '--name-status', '-z', '-M', `-l${RENAME_LIMIT}`, base, head])
  const fields = out.split('\0')
  const renames = new Map<string, string>()
  const rel = (p: string) => path.posix.relative(cwdInRepo, p)
  for (let i = 0; i < fields.length;) {
    const status = fields[i++]!
    if (!status) break
    if (status.startsWith('R')) {
      const from = rel(fields[i++]!)
      const to = rel(fields[i++]!)
      if (!from.startsWith('..') && !to.startsWith('..')) renames.set(from, to)
    } else i += status.startsWith('C') ? 2 : 1
  }
  return renames
}

/**
 * The base's findings as if their files had their head names: those with the plain fingerprint of
 * their file (rule, resource, file, logical path) get the one of the new name. Others (qualified by
 * their unit) keep theirs, and count as new if the head's differ: noisy, never a finding lost.
 */
export function underHeadNames(findings: Finding[], renames: ReadonlyMap<string, string>): Finding[] {
  if (!renames.size) return findings
  return findings.map((f) => {
    const to = renames.get(f.location.file)
    if (to === undefined || f.fingerprint !== fingerprint(f.ruleId, f.resource, f.location.file, f.location.path)) return f
    return { ...f, location: { ...f.location, file: to }, fingerprint: fingerprint(f.ruleId, f.resource, to, f.location.path) }
  })
}
