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
  const deleted: string[] = []
  const added: string[] = []
  for (let i = 0; i < fields.length;) {
    const status = fields[i++]!
    if (!status) break
    if (status.startsWith('R')) {
      const from = rel(fields[i++]!)
      const to = rel(fields[i++]!)
      if (!from.startsWith('..') && !to.startsWith('..')) renames.set(from, to)
    } else if (status.startsWith('C')) i += 2
    else {
      const file = rel(fields[i++]!)
      if (file.startsWith('..')) continue
      if (status === 'D') deleted.push(file)
      else if (status === 'A') added.push(file)
    }
  }
  for (const [from, to] of reformatted(deleted, added)) renames.set(from, to)
  return renames
}

/**
 * Templates rewritten in another syntax (YAML ↔ JSON, `.tf` ↔ `.tf.json`) share too few lines for
 * git to see a rename: every finding in them was new. A removed file and an added one with the
 * same name in another of these extensions are one file when they are the only such pair for that
 * name (in one folder, or else in the whole tree).
 */
function reformatted(deleted: readonly string[], added: readonly string[]): Map<string, string> {
  const out = new Map<string, string>()
  const taken = new Set<string>()
  if (!deleted.length || !added.length) return out
  const split = (file: string) => {
    const m = /^(.*?)(\.tf\.json|\.tf|\.ya?ml|\.json|\.template)$/i.exec(file)
    if (!m) return undefined
    const ext = m[2]!.toLowerCase()
    return { stem: m[1]!, family: ext === '.tf' || ext === '.tf.json' ? 'tf' : 'cfn', ext }
  }
  for (const scope of ['folder', 'tree'] as const) {
    const key = (file: string) => {
      const s = split(file)
      return s && `${s.family}\u0000${scope === 'folder' ? s.stem : path.posix.basename(s.stem)}`
    }
    const group = (files: readonly string[]) => {
      const byKey = new Map<string, string[]>()
      for (const f of files) {
        if (out.has(f) || taken.has(f)) continue
        const k = key(f)
        if (!k) continue
        const list = byKey.get(k)
        if (list) list.push(f)
        else byKey.set(k, [f])
      }
      return byKey
    }
    const gone = group(deleted)
    const came = group(added)
    for (const [k, from] of gone) {
      const to = came.get(k)
      if (from.length !== 1 || to?.length !== 1) continue
      if (split(from[0]!)!.ext === split(to[0]!)!.ext) continue
      out.set(from[0]!, to[0]!)
      taken.add(to[0]!)
    }
  }
  return out
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
