/**
 * Terraform `moved` blocks at head: a resource or module call the pull request renamed with one is
 * the same object (Terraform moves its state, nothing is destroyed), so the base's findings on
 * `aws_s3_bucket.data` are the head's on `aws_s3_bucket.logs`. Without a `moved` block Terraform
 * destroys the old bucket and creates another: its findings are new. Only `.tf` files are read
 * (regular files, without following links, in the folders of the head's findings and above them up
 * to the scanned root); nothing is run.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Finding } from '../engine/finding.js'
import { parseHcl } from '../parsers/terraform/hcl/parse.js'
import { readRegularFile } from '../read-regular-file.js'

export interface Move {
  /** The folder (relative to the scanned root, POSIX, `.` for the root) whose module the block is in. */
  dir: string
  from: string
  to: string
}

/** An address as `moved` takes it: resource or module call, with instance keys. */
const ADDRESS =
  /^(?:module\.[A-Za-z_][\w-]*(?:\[[^\]\n]{1,200}\])?\.?)*(?:(?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*(?:\[[^\]\n]{1,200}\])?)?$/
const MAX_FILES_PER_DIR = 500
const MAX_DIRS = 2000
const MAX_FILE_BYTES = 4 * 1024 * 1024

/** The `moved` blocks of the `.tf` files in the folders holding the head's Terraform findings' files, and above them. */
export function movedBlocks(cwd: string, head: readonly Finding[]): Move[] {
  const dirs = new Set<string>()
  for (const f of head) {
    if (f.format !== 'terraform' || !f.location.file.endsWith('.tf')) continue
    for (let d = path.posix.dirname(f.location.file); dirs.size < MAX_DIRS; d = path.posix.dirname(d)) {
      if (d.startsWith('..') || path.posix.isAbsolute(d)) break
      if (dirs.has(d)) break
      dirs.add(d)
      if (d === '.') break
    }
  }
  const moves: Move[] = []
  let root: string
  try {
    root = fs.realpathSync.native(cwd)
  } catch {
    return moves
  }
  for (const dir of dirs) {
    const abs = path.join(root, ...dir.split('/'))
    let names: fs.Dirent[]
    try {
      // The folder itself, reached without a link: nothing outside the scanned root is read.
      if (fs.realpathSync.native(abs) !== abs) continue
      names = fs.readdirSync(abs, { withFileTypes: true })
    } catch {
      continue
    }
    let read = 0
    for (const ent of names) {
      if (!ent.isFile() || !ent.name.endsWith('.tf') || read++ >= MAX_FILES_PER_DIR) continue
      let text: string
      try {
        const r = readRegularFile(path.join(abs, ent.name), MAX_FILE_BYTES)
        if (!('bytes' in r)) continue
        text = r.bytes.toString('utf8')
      } catch {
        continue
      }
      if (!text.includes('moved')) continue
      let body
      try {
        body = parseHcl(text, { maxDepth: 64 }).body
      } catch {
        continue
      }
      for (const block of body.blocks) {
        if (block.type !== 'moved' || block.labels.length) continue
        const attr = (name: string) => block.body.attributes.find((a) => a.name === name)
        const from = attr('from')
        const to = attr('to')
        if (!from || !to) continue
        const f = text.slice(from.expr.start, from.expr.end).replace(/\s+/g, '')
        const t = text.slice(to.expr.start, to.expr.end).replace(/\s+/g, '')
        if (f && t && f !== t && ADDRESS.test(f) && ADDRESS.test(t)) moves.push({ dir, from: f, to: t })
      }
    }
  }
  return moves
}

/**
 * The address in `text` with each move whose folder holds `file` applied (chains followed). A
 * finding in a called module's file has the calls before its address (`module.data.aws_s3_bucket.x`),
 * and a `moved` block in that module's own folder names addresses inside the module
 * (`aws_s3_bucket.x`): those moves apply to the part after the calls.
 */
export function applyMoves(moves: readonly Move[], file: string, text: string): string {
  if (!moves.length) return text
  const mine = moves.filter((m) => m.dir === '.' || file === m.dir || file.startsWith(`${m.dir}/`))
  let out = follow(mine, text)
  const local = localStart(out)
  if (local > 0) {
    const dir = path.posix.dirname(file)
    const own = mine.filter((m) => m.dir === dir)
    if (own.length) out = out.slice(0, local) + follow(own, out.slice(local))
  }
  return out
}

function follow(mine: readonly Move[], text: string): string {
  let out = text
  // At most one step per block: `a → b` and `b → a` (refused by Terraform) cannot loop.
  for (let step = 0; step <= mine.length; step++) {
    const m = mine.find((mv) => startsWithAddress(out, mv.from))
    if (!m) break
    out = m.to + out.slice(m.from.length)
    if (step === mine.length) break
  }
  return out
}

const MODULE_STEP = /^module\.[A-Za-z_][\w-]*(?:\[[^\]\n]{1,200}\])?\./

/** Where the address in `text` starts after its module calls (0 in the root module). */
function localStart(text: string): number {
  let at = 0
  for (let m = MODULE_STEP.exec(text); m; m = MODULE_STEP.exec(text.slice(at))) at += m[0].length
  return at
}

/** `aws_s3_bucket.a` starts `aws_s3_bucket.a`, `aws_s3_bucket.a[0]` and `aws_s3_bucket.a.acl`, not `aws_s3_bucket.ab`. */
function startsWithAddress(text: string, address: string): boolean {
  if (!text.startsWith(address)) return false
  const next = text[address.length]
  return next === undefined || next === '.' || next === '[' || next === '\u0000'
}
