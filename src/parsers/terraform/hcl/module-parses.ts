/**
 * Parses of the files of called modules, kept across the root modules one thread processes. A
 * shared module (`modules/secure-bucket`) is often called by hundreds of roots; each root used to
 * lex and parse it again. Keyed by the file's path and its text (a file changed on disk between
 * two units is parsed again), and bounded by the bytes of text kept.
 *
 * Safe to share because nothing mutates a parse: override files and evaluation build new nodes,
 * and file numbers live beside the tree (`ParsedFile.f`), not in it.
 */
import type { Body } from './ast.js'
import type { Comment } from './lexer.js'
import type { SyntaxIssue } from './parse.js'

export interface ModuleParse {
  body: Body
  comments: Comment[]
  issues: SyntaxIssue[]
}

/** Enough for the modules of a large monorepo, small next to the memory a scan uses anyway. */
const MAX_TEXT_CHARS = 16 * 1024 * 1024

interface Entry {
  text: string
  json: boolean
  maxDepth: number
  parse: ModuleParse
}

const entries = new Map<string, Entry>()
let chars = 0

/** The parse of `text` read from `abs`, from the cache or from `parse()` (then remembered). */
export function moduleParse(abs: string, text: string, json: boolean, maxDepth: number, parse: () => ModuleParse): ModuleParse {
  const hit = entries.get(abs)
  if (hit && hit.text === text && hit.json === json && hit.maxDepth === maxDepth) {
    // Most recently used last, so eviction drops the module no root has called for longest.
    entries.delete(abs)
    entries.set(abs, hit)
    return hit.parse
  }
  const parsed = parse()
  if (hit) {
    entries.delete(abs)
    chars -= hit.text.length
  }
  if (text.length > MAX_TEXT_CHARS) return parsed
  while (chars + text.length > MAX_TEXT_CHARS) {
    const [oldKey, old] = entries.entries().next().value!
    entries.delete(oldKey)
    chars -= old.text.length
  }
  entries.set(abs, { text, json, maxDepth, parse: parsed })
  chars += text.length
  return parsed
}
