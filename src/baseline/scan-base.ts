import fs from 'node:fs/promises'
import path from 'node:path'
import { isCandidateName } from '../discovery.js'
import type { ScanOptions } from '../options.js'
import type { ScanResult } from '../scan-result.js'
import { alignBaseWithHead } from './align.js'
import type { BaselineStatus } from './gate.js'
import { git } from './git.js'
import { materializeTree } from './materialize.js'
import { applyMoves, movedBlocks } from './moved.js'
import { findBaseCommit } from './merge-base.js'
import { renamedFiles, underHeadNames } from './renames.js'
import { classifyUnseenCdk, type UnseenAtBase } from './unseen-cdk.js'

export interface BaselineInput {
  /** The scan options used for the head (absolute `cwd`); the base is scanned with the same ones. */
  options: ScanOptions
  event: { baseSha: string; headSha: string }
  scan(options: ScanOptions): Promise<ScanResult>
  /** Where the base tree is written (e.g. `RUNNER_TEMP`); removed afterwards. */
  tempRoot: string
  debug(message: string): void
  /**
   * The head scan: its CDK findings from templates the base does not have (a git-ignored
   * `cdk.out`) are classified by the lines the pull request changed (see `unseen-cdk.ts`).
   */
  head?: ScanResult
}

export interface Baseline {
  status: BaselineStatus
  result?: ScanResult
  unseen?: UnseenAtBase
}

/**
 * Scans the pull request's base the same way as the head: the base tree is written to a temp
 * dir from git's object store and `scan()` runs over it with the same options and config, so
 * the two scans differ only in the code. Never fails: an unavailable base is a status.
 */
export async function scanBaseline(input: BaselineInput): Promise<Baseline> {
  const cwd = path.resolve(input.options.cwd)
  let repoDir: string
  try {
    repoDir = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim()
  } catch {
    return unavailable('the workspace is not a git checkout')
  }
  const base = await findBaseCommit(repoDir, input.event)
  if (!base.ok) return unavailable(base.reason)

  const cwdInRepo = path.relative(repoDir, cwd)
  if (cwdInRepo.startsWith('..')) return unavailable('the scan directory is outside the git checkout')
  const prefixes = input.options.paths.map((p) => toPosix(path.relative(repoDir, path.resolve(cwd, p))))
  if (prefixes.some((p) => p.startsWith('..') || path.isAbsolute(p))) {
    return unavailable('some scanned paths are outside the git checkout')
  }

  // A scanned path that is a symbolic link (`infra -> stacks/prod`, `template.yaml -> body.txt`) is
  // scanned at its target: written alone, the base had a dangling link there, its scan stopped
  // with "does not exist", and the comparison was lost (every pre-existing finding gated).
  const targets = await linkTargets(repoDir, cwd, input.options.paths)

  const dest = await fs.mkdtemp(path.join(input.tempRoot, 's3-gate-base-'))
  try {
    const stats = await materializeTree(repoDir, base.commit, dest, {
      prefixes: [...new Set([...prefixes, ...targets])],
      maxFileBytes: input.options.limits.maxFileBytes,
    })
    input.debug(`base ${base.commit.slice(0, 7)}: wrote ${stats.files} files (${stats.bytes} bytes, ${stats.skipped} skipped) to ${dest}`)
    const baseCwd = path.join(dest, cwdInRepo)
    await fs.mkdir(baseCwd, { recursive: true })
    // Scan paths that did not exist at the base are simply absent there. Each is taken relative
    // to the working directory first: an absolute path (`${{ github.workspace }}/infra`) resolved
    // against the base tree is still the checkout's, so the "base" scan read the head's files,
    // under other names, and every finding at head was new and every one at the base "fixed".
    const paths: string[] = []
    for (const p of input.options.paths) {
      const relative = path.relative(cwd, path.resolve(cwd, p)) || '.'
      if (await exists(path.resolve(baseCwd, relative))) paths.push(relative)
    }
    const result = paths.length ? await input.scan({ ...input.options, cwd: baseCwd, paths }) : undefined
    if (result) {
      const renames = await renamedFiles(repoDir, base.commit, 'HEAD', toPosix(cwdInRepo)).catch((e: unknown) => {
        input.debug(`could not list the files the pull request renamed: ${e instanceof Error ? e.message : String(e)}`)
        return new Map<string, string>()
      })
      if (renames.size) input.debug(`files renamed since the base: ${renames.size}`)
      result.findings = underHeadNames(result.findings, renames)
      // Shifted within a list: the base's; made worse: new (see align.ts).
      // Renamed with a Terraform `moved` block: the same object.
      if (input.head) {
        const moves = movedBlocks(cwd, input.head.findings)
        if (moves.length) input.debug(`moved blocks at head: ${moves.length}`)
        result.findings = alignBaseWithHead(result.findings, input.head.findings, (file, address) => applyMoves(moves, file, address))
      }
    }
    const unseen = input.head
      ? await classifyUnseenCdk({
          head: input.head,
          repoDir,
          baseCommit: base.commit,
          cwdInRepo: toPosix(cwdInRepo),
          baseFiles: stats.tracked,
        }).catch((e: unknown) => {
          // Without the diff, these findings stay "new" (the fingerprint comparison): safe, if noisy.
          input.debug(`could not classify CDK findings by the changed lines: ${e instanceof Error ? e.message : String(e)}`)
          return undefined
        })
      : undefined
    return {
      status: { state: 'compared', commit: base.commit, description: base.description + lfsUnreadNote(stats.lfsUnread) },
      result: result ?? emptyLike(),
      ...(unseen ? { unseen } : {}),
    }
  } catch (e) {
    return unavailable(`reading or scanning the base failed: ${e instanceof Error ? e.message : String(e)}`)
  } finally {
    await fs.rm(dest, { recursive: true, force: true }).catch(() => {})
  }
}

/**
 * Said beside the base commit: templates the base stores as Git LFS pointers whose content the
 * checkout does not have (the pull request changed them) are not known at the base, so their
 * findings count as new, as a base template that does not parse.
 */
function lfsUnreadNote(files: readonly string[]): string {
  const templates = files.filter(isCandidateName)
  if (!templates.length) return ''
  const first = templates[0]!
  // In a code span of the summary: a backtick in the name would close it, a line break end it.
  const name = (first.length > 80 ? `…${first.slice(-79)}` : first).replace(/[`\u0000-\u001f\u007f]/g, '?')
  const n = templates.length
  return (
    `; ${n === 1 ? `\`${name}\` is` : `${n} templates (\`${name}\` and others) are`} stored there as Git LFS ` +
    `pointer${n === 1 ? '' : 's'} whose content the checkout does not hold, so ${n === 1 ? 'its' : 'their'} findings count as new`
  )
}

function unavailable(reason: string): Baseline {
  return { status: { state: 'unavailable', reason } }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}

/** There, links followed: a link whose target the base does not have is no path of the base. */
async function exists(p: string): Promise<boolean> {
  try {
    await fs.stat(p)
    return true
  } catch {
    return false
  }
}

/**
 * The repository-relative real paths of the scanned paths that are or run through symbolic links
 * at head, inside the repository (the head scan refuses a link out of it).
 */
async function linkTargets(repoDir: string, cwd: string, paths: readonly string[]): Promise<string[]> {
  const out: string[] = []
  let repoReal: string
  try {
    repoReal = await fs.realpath(repoDir)
  } catch {
    return out
  }
  for (const p of paths) {
    const abs = path.resolve(cwd, p)
    let real: string
    try {
      real = await fs.realpath(abs)
    } catch {
      continue
    }
    const rel = path.relative(repoReal, real)
    if (real === abs || rel.startsWith('..') || path.isAbsolute(rel)) continue
    out.push(toPosix(rel))
  }
  return out
}

/** A base without any of the scanned paths has no findings. */
function emptyLike(): ScanResult {
  return {
    tool: { name: 's3-gate', version: '' },
    cwd: '',
    roots: [],
    findings: [],
    unknowns: [],
    problems: [],
    notes: [],
    stats: { files: 0, bytes: 0, units: 0, byFormat: {}, buckets: 0, durationMs: 0 },
  }
}
