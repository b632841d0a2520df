/**
 * The last few HCL parses, keyed by the file's text. Fixes are rendered right after a unit is
 * loaded and rules run, often many for one file; remembering the load's parse saves parsing the
 * same text again. Keyed by the text itself (V8 hashes a string once), a few files are enough.
 */
import type { parseHcl } from './parse.js'

export type HclParse = ReturnType<typeof parseHcl>

const CAPACITY = 32
const recent = new Map<string, HclParse>()

export function rememberParse(text: string, parsed: HclParse): void {
  recent.delete(text)
  if (recent.size >= CAPACITY) recent.delete(recent.keys().next().value!)
  recent.set(text, parsed)
}

export function recentParse(text: string): HclParse | undefined {
  return recent.get(text)
}
