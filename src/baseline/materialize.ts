import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { lfsPointer } from '../discovery.js'
import { readRegularFile } from '../read-regular-file.js'
import { git, gitBuffer } from './git.js'

export interface MaterializeOptions {
  /** Repository-relative, `/`-separated prefixes to copy (`''` = everything). */
  prefixes: string[]
  /** Larger blobs are skipped (the head scan reports such files as too large anyway). */
  maxFileBytes: number
}

export interface MaterializeStats {
  files: number
  bytes: number
  skipped: number
  /** Every file of the commit (repository-relative), written or not: what the base has at all. */
  tracked: Set<string>
  /**
   * Files (repository-relative) the base stores as Git LFS pointers whose content the checkout
   * does not hold (see `lfsPointer`): not written, as what the base had there is not known.
   */
  lfsUnread: string[]
}

interface Entry {
  mode: string
  sha: string
  size: number
  path: string
}

/**
 * Writes the files of `commit` under `prefixes` into `dest`, straight from git's object store
 * (`ls-tree` + `cat-file --batch`): no checkout, so no hooks, filters, attributes or LFS
 * smudging run, and nothing from the pull request is involved. Symlinks are recreated only when
 * they stay inside `dest`; a submodule is copied from the checkout when the pull request left it
 * at the commit the base records, and skipped otherwise.
 */
export async function materializeTree(
  repoDir: string,
  commit: string,
  dest: string,
  options: MaterializeOptions,
): Promise<MaterializeStats> {
  const listing = await git(repoDir, ['ls-tree', '-r', '-z', '-l', '--full-tree', commit])
  const entries: Entry[] = []
  const tracked = new Set<string>()
  /** Submodules under the scanned paths (or holding one): path → the commit the base records. */
  const gitlinks = new Map<string, string>()
  let skipped = 0
  for (const record of listing.split('\0')) {
    if (!record) continue
    const tab = record.indexOf('\t')
    const [mode, type, sha, size] = record.slice(0, tab).split(/\s+/)
    const file = record.slice(tab + 1)
    if (
      type === 'commit' &&
      sha &&
      isSafeRelative(file) &&
      (isUnder(file, options.prefixes) || options.prefixes.some((p) => isUnder(p, [file])))
    )
      gitlinks.set(file, sha)
    if (type !== 'blob' || !mode || !sha) continue
    tracked.add(file)
    if (!isUnder(file, options.prefixes) || !isSafeRelative(file)) continue
    const bytes = Number(size)
    if (bytes > options.maxFileBytes) {
      skipped++
      continue
    }
    entries.push({ mode, sha, size: bytes, path: file })
  }
  const stats: MaterializeStats = { files: 0, bytes: 0, skipped, tracked, lfsUnread: [] }
  const destReal = path.resolve(dest)
  const insideTree = insideTreeCheck(destReal)
  // Synchronous, each folder made once, and a file the checkout holds byte for byte linked rather
  // than written: awaiting a `mkdir -p` and a write per file took 4.6–5.5 s for the 5,000 files of
  // the Terraform benchmark tree, nearly twice its scan (bench/pr-base.mjs); creating files is
  // what costs, a link about a twentieth of it.
  const checkout = new CheckoutCopies(repoDir)
  const made = new Set<string>()
  const folder = (dir: string) => {
    if (made.has(dir)) return
    fs.mkdirSync(dir, { recursive: true })
    made.add(dir)
  }
  const links: string[] = []
  // Batches keep memory bounded on big monorepos.
  for (let i = 0; i < entries.length; i += 500) {
    const batch = entries.slice(i, i + 500)
    const out = await gitBuffer(repoDir, ['cat-file', '--batch'], batch.map((e) => e.sha).join('\n') + '\n')
    let offset = 0
    for (const entry of batch) {
      const nl = out.indexOf(10, offset)
      const header = out.subarray(offset, nl).toString('utf8')
      // `<sha> missing` (an object the tree names but the store lacks) has no content and no
      // size: read as NaN, it sent the offset back to the start, and every later file of the
      // batch was skipped, so their findings at head all counted as new.
      const found = / (\S+) (\d+)$/.exec(header)
      if (!found) {
        offset = nl + 1
        stats.skipped++
        continue
      }
      const size = Number(found[2])
      const content = out.subarray(nl + 1, nl + 1 + size)
      offset = nl + 1 + size + 1
      if (found[1] !== 'blob') {
        stats.skipped++
        continue
      }
      const target = path.join(destReal, ...entry.path.split('/'))
      // Once a link is written, a later path may run through it (a tree naming `out` twice, as a
      // link and as a folder, which git's own checks refuse but its object store holds): the
      // folder must still be inside the tree, and nothing is written over what is there.
      if (links.length && !insideTree(path.dirname(target))) {
        stats.skipped++
        continue
      }
      folder(path.dirname(target))
      if (entry.mode === '120000') {
        const link = content.toString('utf8')
        const resolved = path.resolve(path.dirname(target), link)
        if (resolved === destReal || resolved.startsWith(destReal + path.sep)) {
          if (symlinkOrSkip(link, target, stats)) links.push(target)
        } else stats.skipped++
        continue
      }
      // A Git LFS pointer is not the template: scanned, it held no bucket, and every finding the
      // head has in that file was new on every pull request. The checkout's file is the content
      // when its SHA-256 is the pointer's object id (the pull request left it as it was).
      const pointer = lfsPointer(content)
      let data = content
      if (pointer) {
        // Too large to scan at head as well (FILE_TOO_LARGE there): skipped, as a large blob is.
        if (pointer.size > options.maxFileBytes) {
          stats.skipped++
          continue
        }
        const real = checkout.lfsObject(entry.path, pointer)
        if (!real) {
          stats.lfsUnread.push(entry.path)
          stats.skipped++
          continue
        }
        data = real
      }
      if (!checkout.link(entry.path, data, target) && !writeNew(target, data)) {
        stats.skipped++
        continue
      }
      stats.files++
      stats.bytes += data.length
    }
  }
  dropLinksOut(links, destReal, stats)
  if (gitlinks.size) await copyUnchangedSubmodules(repoDir, gitlinks, destReal, options, stats)
  return stats
}

/**
 * A submodule's files are not in the superproject's object store, but the head scan reads them
 * from its checkout (`submodules: true`): without them at the base every finding in a submodule
 * was new on every pull request, and failed `scope: changed`. A submodule the pull request left at
 * the commit the base records holds at the base what it holds in the checkout, so its regular
 * files are copied from there (no link followed, no `.git` read, nothing run). One the pull
 * request moved to another commit is left out: its findings count as new, noisy but never lost.
 */
async function copyUnchangedSubmodules(
  repoDir: string,
  gitlinks: ReadonlyMap<string, string>,
  destReal: string,
  options: MaterializeOptions,
  stats: MaterializeStats,
): Promise<void> {
  const insideTree = insideTreeCheck(destReal)
  const atHead = await git(repoDir, ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', 'HEAD', '--', ...gitlinks.keys()]).catch(
    () => '',
  )
  let root: string
  try {
    root = fs.realpathSync.native(repoDir)
  } catch {
    return
  }
  for (const record of atHead.split('\0')) {
    const tab = record.indexOf('\t')
    if (tab < 0) continue
    const [, type, sha] = record.slice(0, tab).split(/\s+/)
    const file = record.slice(tab + 1)
    if (type !== 'commit' || gitlinks.get(file) !== sha) continue
    const source = path.join(root, ...file.split('/'))
    try {
      // The submodule's folder itself, reached without a link: nothing outside the checkout.
      if (!fs.lstatSync(source).isDirectory() || fs.realpathSync.native(source) !== source) continue
    } catch {
      continue
    }
    copyFolder(source, file, 0)
  }

  function copyFolder(dir: string, rel: string, depth: number): void {
    if (depth > MAX_SUBMODULE_DEPTH) return
    let names: fs.Dirent[]
    try {
      names = fs.readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const ent of names) {
      if (ent.name === '.git') continue
      const from = path.join(dir, ent.name)
      const relPath = `${rel}/${ent.name}`
      if (ent.isDirectory()) {
        if (isUnder(relPath, options.prefixes) || options.prefixes.some((p) => isUnder(p, [relPath]))) copyFolder(from, relPath, depth + 1)
        continue
      }
      if (!ent.isFile() || !isUnder(relPath, options.prefixes)) continue
      stats.tracked.add(relPath)
      const target = path.join(destReal, ...relPath.split('/'))
      try {
        const st = fs.lstatSync(from)
        if (!st.isFile() || st.size > options.maxFileBytes || !insideTree(path.dirname(target))) {
          stats.skipped++
          continue
        }
        fs.mkdirSync(path.dirname(target), { recursive: true })
        fs.copyFileSync(from, target, fs.constants.COPYFILE_EXCL)
        stats.files++
        stats.bytes += st.size
      } catch {
        stats.skipped++
      }
    }
  }
}

/** As deep as discovery walks below a scanned path. */
const MAX_SUBMODULE_DEPTH = 64

/**
 * Each link was checked on its own text, but a chain of them can still lead out: `a/b/up -> ../..`
 * is the tree's root, and `out -> a/b/up/..` reads as `a` yet is the folder above the tree. Once
 * all are written, a link whose real target is outside the tree is removed.
 */
function dropLinksOut(links: readonly string[], destReal: string, stats: MaterializeStats): void {
  if (!links.length) return
  let root: string
  try {
    root = fs.realpathSync.native(destReal)
  } catch {
    return
  }
  for (const link of links) {
    let real: string | undefined
    try {
      real = fs.realpathSync.native(link)
    } catch {
      // Dangling (its target was skipped) or a loop: nothing is read through it.
      continue
    }
    if (real === root || real.startsWith(root + path.sep)) continue
    fs.rmSync(link, { force: true })
    stats.skipped++
  }
}

/**
 * Whether a folder, links resolved, is the tree or inside it (a folder not made yet is checked by
 * its parent). The tree's own real path is resolved once, not once per file written.
 */
function insideTreeCheck(destReal: string): (dir: string) => boolean {
  let root: string | undefined
  const inside = (dir: string): boolean => {
    let real: string
    try {
      real = fs.realpathSync.native(dir)
    } catch {
      const up = path.dirname(dir)
      return up !== dir && inside(up)
    }
    try {
      root ??= fs.realpathSync.native(destReal)
    } catch {
      return false
    }
    return real === root || real.startsWith(root + path.sep)
  }
  return inside
}

/** Writes a file that is not there yet: never through a link already standing at `target`. */
function writeNew(target: string, content: Buffer): boolean {
  try {
    fs.writeFileSync(target, content, { flag: 'wx' })
    return true
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw e
  }
}

function isUnder(file: string, prefixes: string[]): boolean {
  return prefixes.some((p) => p === '' || file === p || file.startsWith(`${p}/`))
}

/** Paths from git are relative and normalised, but never trust that blindly. */
function isSafeRelative(file: string): boolean {
  return !file.startsWith('/') && !file.split('/').some((part) => part === '..' || part === '' || part === '.git')
}

function symlinkOrSkip(link: string, target: string, stats: MaterializeStats): boolean {
  try {
    fs.symlinkSync(link, target)
    return true
  } catch {
    stats.skipped++
    return false
  }
}

/**
 * Hard links to the checkout's files that hold exactly a blob's bytes. Only a regular file reached
 * without any symbolic link on the way is used, so nothing outside the checkout is read, and the
 * base sees what git stores, not what a filter or a link makes of it.
 */
class CheckoutCopies {
  private readonly root: string | undefined
  private linksWork = true

  constructor(repoDir: string) {
    try {
      this.root = fs.realpathSync.native(repoDir)
    } catch {
      this.root = undefined
    }
  }

  /**
   * The checkout's `file` (repository-relative) when it holds the object a Git LFS pointer names:
   * `size` bytes whose SHA-256 is `oid`, so it is the base's content and nothing else. Read as
   * `link` reads, a regular file reached without a symbolic link.
   */
  lfsObject(file: string, pointer: { oid: string; size: number }): Buffer | undefined {
    if (!this.root) return undefined
    const source = path.join(this.root, ...file.split('/'))
    try {
      const st = fs.lstatSync(source)
      if (!st.isFile() || st.size !== pointer.size || fs.realpathSync.native(source) !== source) return undefined
      const r = readRegularFile(source, pointer.size)
      if (!('bytes' in r) || r.bytes.length !== pointer.size) return undefined
      return createHash('sha256').update(r.bytes).digest('hex') === pointer.oid ? r.bytes : undefined
    } catch {
      return undefined
    }
  }

  /** True when `target` now links to the checkout's copy of `file` (repository-relative). */
  link(file: string, content: Buffer, target: string): boolean {
    if (!this.root || !this.linksWork) return false
    const source = path.join(this.root, ...file.split('/'))
    try {
      const st = fs.lstatSync(source)
      if (!st.isFile() || st.size !== content.length) return false
      if (fs.realpathSync.native(source) !== source || !fs.readFileSync(source).equals(content)) return false
      fs.linkSync(source, target)
      return true
    } catch (e) {
      // Another file system (the runner's temp folder elsewhere), or no hard links there: write.
      if (['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes((e as NodeJS.ErrnoException).code ?? '')) this.linksWork = false
      return false
    }
  }
}
