/**
 * What one scan unit read from disk, so that a second scan of another tree (the pull request's
 * merge base) can tell whether the unit would read exactly the same there: then its result is
 * the same too, and it is taken over instead of parsed and evaluated again (src/unit-reuse.ts).
 *
 * A unit's processing is a function of its plan, the scan's settings and what it reads; which
 * file it reads next depends only on what it has read so far. So if every read, asked again in
 * the other tree, gives the same answer, the unit there takes the same path and yields the same
 * result. That holds only if *every* way a unit touches the disk is logged here: the unit's
 * `LoadContext.readFile`, the texts planning read for it, a module folder's listing, and the CDK
 * app's source index. Anything else a unit might look at (a listing through `ctx.listFiles`)
 * marks it untracked, and it is never reused.
 */
import crypto from 'node:crypto'
import path from 'node:path'

export type InputKind =
  /** `LoadContext.readFile`, or a text planning read for the unit: the text, or nothing. */
  | 'read'
  /** The Terraform configuration files of a module folder (`moduleConfigFilesInside`). */
  | 'module-dir'
  /** The CDK app's source files under the scan roots (`indexSources`). */
  | 'cdk-sources'

export interface InputRecord {
  kind: InputKind
  /** Relative to the scan's working directory, with `/`; '' for `cdk-sources`. */
  path: string
  /** What the read gave: a digest of the text or listing, `-` for nothing. */
  digest: string
}

const NOTHING = '-'

const sha1 = (text: string) => crypto.createHash('sha1').update(text).digest('base64')

export function textDigest(text: string | undefined): string {
  return text === undefined ? NOTHING : sha1(text)
}

/** A listing's digest: the paths relative to `cwd`, in the order given (callers sort). */
export function listingDigest(files: readonly string[], cwd: string): string {
  return files.length ? sha1(files.map((f) => relativePath(f, cwd)).join('\n')) : NOTHING
}

/**
 * `abs` relative to `cwd` with `/`, or undefined when it is not inside `cwd`: such a path names a
 * different place from another tree's working directory, so what was read there cannot be
 * checked again.
 */
export function relativePath(abs: string, cwd: string): string | undefined {
  const rel = path.relative(cwd, abs)
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined
  return rel.split(path.sep).join('/')
}

/** The inputs of one unit, as it reads them. */
export class InputLog {
  private readonly byKey = new Map<string, InputRecord>()
  private untrackedRead = false

  constructor(private readonly cwd: string) {}

  read(abs: string, text: string | undefined): void {
    this.add('read', abs, textDigest(text))
  }

  moduleDir(dir: string, files: readonly string[]): void {
    this.add('module-dir', dir, listingDigest(files, this.cwd))
  }

  cdkSources(files: readonly string[]): void {
    this.record({ kind: 'cdk-sources', path: '', digest: listingDigest(files, this.cwd) })
  }

  /** The unit looked at the disk in a way that is not logged: it is never reused. */
  untracked(): void {
    this.untrackedRead = true
  }

  /** Every input, in the order first read; undefined when one of them cannot be checked again. */
  records(): InputRecord[] | undefined {
    return this.untrackedRead ? undefined : [...this.byKey.values()]
  }

  private add(kind: InputKind, abs: string, digest: string): void {
    const rel = relativePath(abs, this.cwd)
    if (rel === undefined) this.untrackedRead = true
    else this.record({ kind, path: rel, digest })
  }

  private record(r: InputRecord): void {
    const key = `${r.kind}\u0000${r.path}`
    const prior = this.byKey.get(key)
    // The same file read twice with two answers (it changed while the scan ran): nothing to rely on.
    if (prior && prior.digest !== r.digest) this.untrackedRead = true
    else if (!prior) this.byKey.set(key, r)
  }
}
