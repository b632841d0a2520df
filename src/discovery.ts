/**
 * Finds the files to scan by walking the given paths on disk (not `git ls-files`: build outputs
 * such as `cdk.out` and plan files are usually git-ignored). Skips the folders of
 * `skipped-folders.ts` (`node_modules`, `.git`, `.terraform`, `.aws-sam`, Python virtual
 * environments...) below the scanned paths, and never follows a symlink out of them.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Problem } from './engine/finding.js'
import { ConfigurationError } from './errors.js'
import type { Logger } from './logger.js'
import type { CandidateFile } from './parsers/types.js'
import { credentialsIn } from './parsers/shared/inside.js'
import { decodeText } from './text-encoding.js'
import { readRegularHead } from './read-regular-file.js'
import { isSkippedFolder } from './skipped-folders.js'

const CANDIDATE = /\.(ya?ml|json|template|tf|tofu|tfvars)$/i
/** Whether discovery reads a file of this name (by its extension). */
export const isCandidateName = (name: string): boolean => CANDIDATE.test(name)
/**
 * Names whose special file (a named pipe, socket or device) is said, not skipped in silence: a
 * template's, and `cdk.out`, where a cloud assembly was expected.
 */
const EXPECTED = (name: string) => CANDIDATE.test(name) || name === 'cdk.out'
const HEAD_BYTES = 4096
/** Folders deeper than this below a scanned path are reported, not walked. */
const MAX_DIR_DEPTH = 64

/** What git-lfs stores in git for a file kept in LFS: a pointer, at most this long. */
const LFS_POINTER_MAX_BYTES = 1024
/** Discovery opens no file longer than this to see if it is a pointer (see `addFile`). */
const LFS_POINTER_LOOKED_FOR = 400
/** `version …/spec/v1`, `oid sha256:` and 64 digits, `size 0`: none is shorter. */
const LFS_POINTER_MIN_BYTES = 120
const LFS_VERSION = /^version https:\/\/(?:git-lfs\.github\.com|hawser\.github\.com)\/spec\/v1\n/
const LFS_LINES = /^(?:[a-z0-9.-]+ [^\s]+\n)+$/

/**
 * The object id and size a Git LFS pointer names (spec v1: a `version` line first, then sorted
 * `key value` lines, among them `oid sha256:<64 hex>` and `size <bytes>`), or undefined when
 * `content` is not one.
 */
export function lfsPointer(content: Buffer): { oid: string; size: number } | undefined {
  if (content.length > LFS_POINTER_MAX_BYTES || content.length < LFS_POINTER_MIN_BYTES || content[0] !== 0x76 /* v */) return undefined
  const text = content.toString('utf8')
  // Nothing but `key value` lines, as git-lfs writes and accepts them.
  if (!LFS_VERSION.test(text) || !LFS_LINES.test(text)) return undefined
  const oid = /\noid sha256:([0-9a-f]{64})\n/.exec(text)
  const size = /\nsize (\d{1,15})\n/.exec(text)
  return oid && size ? { oid: oid[1]!, size: Number(size[1]) } : undefined
}

export interface Discovery {
  roots: string[]
  files: CandidateFile[]
  problems: Problem[]
}

export function toDisplayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs)
  return (rel === '' ? '.' : rel).split(path.sep).join('/')
}

export function isInside(abs: string, roots: readonly string[]): boolean {
  return roots.some((r) => abs === r || abs.startsWith(r.endsWith(path.sep) ? r : r + path.sep))
}

function readStart(abs: string, max: number): Buffer {
  try {
    return readRegularHead(abs, max)
  } catch {
    return Buffer.alloc(0)
  }
}

function readHead(abs: string): string {
  try {
    // Listed as a file, but maybe a named pipe by now: opened without blocking.
    return decodeText(readRegularHead(abs, HEAD_BYTES))
  } catch {
    return ''
  }
}

/**
 * Resolves the scan roots; a missing path is a configuration error. A path written inside the
 * working directory (the repository) must stay inside it once symbolic links are resolved: the
 * pull request controls the links, and `infra/` turned into a link to `/` would otherwise have
 * the scan read the runner's files. A path given outside it (`../other`) was asked for as such.
 */
export function resolveRoots(paths: readonly string[], cwd: string): string[] {
  const roots: string[] = []
  const linkedFiles = new Map<string, string>()
  const cwdAbs = path.resolve(cwd)
  let realCwd: string | undefined
  for (const p of paths) {
    const abs = path.resolve(cwdAbs, p)
    let real: string
    try {
      real = fs.realpathSync.native(abs)
    } catch (e) {
      // A loop of links or a folder without permission was said not to exist.
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ELOOP') throw new ConfigurationError(`Path "${p}" is a symbolic link that leads round a loop of links.`)
      if (code === 'EACCES' || code === 'EPERM') throw new ConfigurationError(`Path "${p}" cannot be read (${code}).`)
      throw new ConfigurationError(`Path "${p}" does not exist.`)
    }
    if (isInside(abs, [cwdAbs])) {
      realCwd ??= fs.realpathSync.native(cwdAbs)
      if (!isInside(real, [realCwd]))
        throw new ConfigurationError(
          `Path "${p}" leads out of the working directory through a symbolic link (to ${real}); s3-gate does not follow links out of the repository.`,
        )
      // Where a checkout keeps its token (`.git/config`): never a scan root, named or linked to.
      if (credentialsIn(real, [realCwd]) === 'git')
        throw new ConfigurationError(`Path "${p}" leads into .git/, where a checkout keeps its credentials; s3-gate does not read it.`)
    }
    if (!roots.includes(real)) {
      roots.push(real)
      if (real !== abs && !isFolder(real)) linkedFiles.set(real, abs)
    }
  }
  if (linkedFiles.size) LINKED_FILE_ROOTS.set(roots, linkedFiles)
  return roots
}

/**
 * Roots `resolveRoots` made of files (or pipes, devices) named through a symbolic link: real path → the path as given.
 * The root itself is the real file (what the scan may read), but the name is the link's, as for a
 * link met in a folder: `s3-gate scan template.yaml` (a link to `body.txt`) was refused as a file
 * "not named like a template", and passed with 0 files, while `s3-gate scan .` read it.
 */
const LINKED_FILE_ROOTS = new WeakMap<readonly string[], ReadonlyMap<string, string>>()

function isFolder(abs: string): boolean {
  try {
    return fs.statSync(abs).isDirectory()
  } catch {
    return false
  }
}

export function discover(roots: string[], cwd: string, maxFileBytes: number, logger: Logger): Discovery {
  const files: CandidateFile[] = []
  const problems: Problem[] = []
  const seen = new Set<string>()
  const visitedDirs = new Set<string>()

  /**
   * `link`: the symbolic link that led to `real`, when only its name is a template's
   * (`template.yaml -> body.txt`). The file is shown under the link, whose name tells the readers
   * what it is: under its own, no reader claimed it, and the scan passed with 0 files.
   */
  const addFile = (real: string, size: number, link?: string) => {
    if (seen.has(real)) return
    seen.add(real)
    const rel = toDisplayPath(link ?? real, cwd)
    // Not even its head: no S3 setting is read from a credentials file (see credentialsIn).
    if (credentialsIn(real, roots)) {
      logger.debug(`skipped ${rel}: a credentials file or under .git/`)
      return
    }
    if (size > maxFileBytes) {
      problems.push({
        code: 'FILE_TOO_LARGE',
        file: rel,
        line: 1,
        column: 1,
        message: `the file is ${mib(size)}, above the ${mib(maxFileBytes)} limit (limits.maxFileBytes); it was not scanned`,
        level: 'error',
      })
      return
    }
    // A Git LFS pointer where the template should be (a checkout without `lfs: true`): it holds
    // no bucket, and the scan of it passed in silence.
    // Looked for only in files of a pointer's length (126–140 bytes, an extension line about 90
    // more): opening every small file again cost the 5,000-file Terraform tree 30 ms.
    if (size <= LFS_POINTER_LOOKED_FOR && size >= LFS_POINTER_MIN_BYTES && lfsPointer(readStart(real, size))) {
      // A Terraform file is infrastructure whatever it holds (its pointer was an HCL_SYNTAX error,
      // still one); a `.json` or `.yaml` kept in LFS is more often data than a template.
      problems.push({
        code: 'LFS_POINTER',
        file: rel,
        line: 1,
        column: 1,
        message:
          'a Git LFS pointer, not the file it stands for (check the repository out with Git LFS, `lfs: true` for actions/checkout); it was not scanned',
        level: /\.(tf|tofu|tfvars)(\.json)?$|\.template$/i.test(link ?? real) ? 'error' : 'warning',
      })
      return
    }
    files.push({ abs: real, rel, size, head: /\.json$/i.test(link ?? real) ? readHead(real) : '' })
  }

  /** What could not be read may hold a public bucket: an error, so the gate does not pass silently. */
  const notScanned = (abs: string, why: string) =>
    problems.push({ code: 'NOT_SCANNED', file: toDisplayPath(abs, cwd), line: 1, column: 1, message: why, level: 'error' })
  const notUtf8Said = new Set<string>()
  const notUtf8 = (abs: string, what: string) =>
    notScanned(abs, `the ${what}'s name is not valid UTF-8, so s3-gate cannot open it; it was not scanned`)
  const cannotRead = (abs: string, what: string, e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code
    // Node reads names as UTF-8: bytes that are not become U+FFFD, and that name opens nothing.
    if (code === 'ENOENT' && path.basename(abs).includes('\ufffd')) {
      if (!notUtf8Said.has(abs)) notUtf8(abs, what)
    } else if (code !== 'ENOENT') notScanned(abs, `the ${what} cannot be read (${code ?? (e as Error).message}); it was not scanned`)
  }
  /**
   * Said from the folder's raw listing: where a valid name spells the same (`b\uFFFD.yaml` beside
   * `b\xFF.yaml`), the U+FFFD name opens that other file, and the template under the bad name was
   * scanned as its twin, in silence.
   */
  const sayNotUtf8 = (dir: string) => {
    let raw: fs.Dirent<Buffer>[]
    try {
      raw = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })
    } catch {
      return
    }
    for (const ent of raw.sort((a, b) => Buffer.compare(a.name, b.name))) {
      const name = ent.name.toString('utf8')
      const abs = path.join(dir, name)
      if (Buffer.from(name, 'utf8').equals(ent.name) || notUtf8Said.has(abs) || !(ent.isDirectory() || EXPECTED(name))) continue
      notUtf8Said.add(abs)
      notUtf8(abs, ent.isDirectory() ? 'folder' : 'file')
    }
  }

  // Neither can hold what the pull request deploys, so they are warnings, not errors; but a
  // template left out must never look like one that was scanned and passed.
  const skipped = (abs: string, code: string, message: string) =>
    problems.push({ code, file: toDisplayPath(abs, cwd), line: 1, column: 1, message, level: 'warning' })
  const linkOutside = (abs: string, folder: boolean) =>
    skipped(
      abs,
      'LINK_OUTSIDE',
      `a symbolic link to a ${folder ? 'folder' : 'file'} outside the scanned paths; s3-gate never follows links out of them, so it was not scanned`,
    )
  // A link can lead into `.git/` under another name (`link -> .git`): compared by real path.
  const linkIntoGit = (abs: string) =>
    skipped(abs, 'LINK_INTO_GIT', 'a symbolic link into .git/, where a checkout keeps its credentials; it was not followed')
  const notAFile = (abs: string) => skipped(abs, 'NOT_A_FILE', 'not a regular file (a named pipe, socket or device); it was not read')

  const skippedFolder = (abs: string, name: string) => {
    if (!isSkippedFolder(abs, name)) return false
    if (name !== '.git')
      logger.debug(`skipped ${toDisplayPath(abs, cwd)}: dependencies, a cache or a build copy (name it as a path to scan it)`)
    return true
  }

  const walk = (dir: string, depth: number) => {
    // `.GIT` is `.git` on macOS and Windows (see credentialsIn); not even listed.
    if (visitedDirs.has(dir) || credentialsIn(dir, roots) === 'git') return
    if (depth > MAX_DIR_DEPTH) {
      notScanned(dir, `the folder is nested more than ${MAX_DIR_DEPTH} levels below the scanned path; it was not scanned`)
      return
    }
    visitedDirs.add(dir)
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true })
    } catch (e) {
      cannotRead(dir, 'folder', e)
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    if (entries.some((e) => e.name.includes('\ufffd'))) sayNotUtf8(dir)
    for (const ent of entries) {
      const abs = path.join(dir, ent.name)
      if (ent.isDirectory()) {
        if (!skippedFolder(abs, ent.name)) walk(abs, depth + 1)
        continue
      }
      if (ent.isSymbolicLink()) {
        let real: string
        let st: fs.Stats
        try {
          real = fs.realpathSync.native(abs)
          st = fs.statSync(real)
        } catch (e) {
          if (notUtf8Said.has(abs)) continue
          // A link named like a template that leads nowhere may stand for one the checkout lacks.
          if (CANDIDATE.test(ent.name))
            skipped(
              abs,
              'BROKEN_LINK',
              (e as NodeJS.ErrnoException).code === 'ELOOP'
                ? 'a symbolic link that leads back to itself (a loop of links); it was not scanned'
                : 'a symbolic link to a file that does not exist; it was not scanned',
            )
          else logger.debug(`skipped broken symlink ${toDisplayPath(abs, cwd)}`)
          continue
        }
        const folder = st.isDirectory()
        if (folder && skippedFolder(real, ent.name)) continue
        if (!isInside(real, roots)) {
          if (folder || CANDIDATE.test(ent.name)) linkOutside(abs, folder)
          continue
        }
        if (credentialsIn(real, roots) === 'git') {
          if (folder || CANDIDATE.test(ent.name)) linkIntoGit(abs)
          continue
        }
        if (folder) walk(real, depth + 1)
        else if (st.isFile()) {
          if (CANDIDATE.test(ent.name)) addFile(real, st.size, CANDIDATE.test(path.basename(real)) ? undefined : abs)
        } else if (EXPECTED(ent.name)) notAFile(abs)
        continue
      }
      if (!ent.isFile() && !ent.isDirectory() && EXPECTED(ent.name)) notAFile(abs)
      if (ent.isFile() && CANDIDATE.test(ent.name)) {
        try {
          addFile(abs, fs.statSync(abs).size)
        } catch (e) {
          cannotRead(abs, 'file', e) // unless it vanished while scanning
        }
      }
    }
  }

  const linkedFiles = LINKED_FILE_ROOTS.get(roots)
  for (const root of roots) {
    const st = fs.statSync(root)
    const link = linkedFiles?.get(root)
    if (st.isDirectory()) walk(root, 0)
    // Named through a link: read as a link in a folder is (see addFile), under the link's name
    // only when the real file's is not a template's.
    else if (st.isFile() && link !== undefined && CANDIDATE.test(link) && !CANDIDATE.test(root)) addFile(root, st.size, link)
    // A file named as a path is read as the name says: `s3-gate scan stack.cfn` read nothing and
    // passed, "no infrastructure files found" the only word of it. Not an error: `scan $(git diff
    // --name-only)` names the changed README.md and app code too.
    else if (st.isFile() && !CANDIDATE.test(root))
      skipped(
        link ?? root,
        'UNREAD_FILE_NAME',
        'named as a path to scan, but s3-gate reads only files ending in .yaml, .yml, .json, .template, .tf, .tofu or .tfvars (a template by another name: rename it); it was not scanned',
      )
    else if (st.isFile()) addFile(root, st.size)
    else notAFile(link ?? root)
  }
  return { roots, files, problems }
}

/** Lists files under `dir` (inside the roots) whose display path passes `filter`; same skip rules. */
export function listFiles(dir: string, roots: readonly string[], cwd: string, filter: (rel: string) => boolean, max = 20_000): string[] {
  const out: string[] = []
  const visited = new Set<string>()
  const walk = (d: string, depth: number) => {
    if (visited.has(d) || depth > 64 || out.length >= max) return
    visited.add(d)
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(d, { withFileTypes: true })
    } catch {
      return
    }
    for (const ent of entries) {
      const abs = path.join(d, ent.name)
      if (ent.isDirectory()) {
        if (!isSkippedFolder(abs, ent.name)) walk(abs, depth + 1)
      } else if (ent.isFile() && isInside(abs, roots) && filter(toDisplayPath(abs, cwd))) out.push(abs)
    }
  }
  if (isInside(dir, roots)) walk(dir, 0)
  return out
}

/** `32 MiB`, `1.5 MiB`, and in bytes below a MiB (`--max-file-size 0.0015` is 1,572 bytes, not "0 MiB"). */
function mib(bytes: number): string {
  if (bytes < 1048576) return `${bytes.toLocaleString('en-US')} bytes`
  const m = bytes / 1048576
  return `${Number.isInteger(m) ? m : m.toFixed(1)} MiB`
}
