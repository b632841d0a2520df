import fs from 'node:fs'
import path from 'node:path'
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
 * they stay inside `dest`; submodules are skipped.
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
  let skipped = 0
  for (const record of listing.split('\0')) {
    if (!record) continue
    const tab = record.indexOf('\t')
    const [mode, type, sha, size] = record.slice(0, tab).split(/\s+/)
    const file = record.slice(tab + 1)
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
  const stats: MaterializeStats = { files: 0, bytes: 0, skipped, tracked }
  const destReal = path.resolve(dest)
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
      const size = Number(header.split(' ')[2])
      const content = out.subarray(nl + 1, nl + 1 + size)
      offset = nl + 1 + size + 1
      if (!/ blob \d+$/.test(header)) {
        stats.skipped++
        continue
      }
      const target = path.join(destReal, ...entry.path.split('/'))
      folder(path.dirname(target))
      if (entry.mode === '120000') {
        const link = content.toString('utf8')
        const resolved = path.resolve(path.dirname(target), link)
        if (resolved === destReal || resolved.startsWith(destReal + path.sep)) {
          if (symlinkOrSkip(link, target, stats)) links.push(target)
        } else stats.skipped++
        continue
      }
      if (!checkout.link(entry.path, content, target)) fs.writeFileSync(target, content)
      stats.files++
      stats.bytes += size
    }
  }
  dropLinksOut(links, destReal, stats)
  return stats
}

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
