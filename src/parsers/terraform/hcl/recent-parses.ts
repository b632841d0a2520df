/**
 * The HCL and `.tf.json` parses made while loading the current unit, keyed by the file's text. Fixes are rendered
 * right after a unit is loaded and rules run, often many for one file; remembering the load's
 * parse saves parsing the same text again. Keyed by the text itself (V8 hashes a string once).
 *
 * A fresh map per unit (`forgetRecentParses`), not `clear()` on one long-lived map: that map is in
 * the old generation, and neither `clear()` nor eviction wipes its old table, so until the next
 * full collection every scavenge treated the trees it had held as live and promoted them. On the
 * 5,000-file Terraform tree that was ≈ 200 MB promoted and a third of the scan's GC time.
 */
import type { ParsedJsonConfig } from './json-config.js'
import type { parseHcl } from './parse.js'

export type HclParse = ReturnType<typeof parseHcl>

let recent = new Map<string, HclParse>()
let recentJson = new Map<string, ParsedJsonConfig>()

export function rememberParse(text: string, parsed: HclParse): void {
  recent.set(text, parsed)
}

export function recentParse(text: string): HclParse | undefined {
  return recent.get(text)
}

/** A `.tf.json` file's: without it the fix renderer read a 15 MB file twice more (configuration and JSON tree). */
export function rememberJsonConfig(text: string, parsed: ParsedJsonConfig): void {
  recentJson.set(text, parsed)
}

export function recentJsonConfig(text: string): ParsedJsonConfig | undefined {
  return recentJson.get(text)
}

/** Called when a unit is done: new (young) maps, so that the old ones die young with the unit's trees. */
export function forgetRecentParses(): void {
  recent = new Map()
  recentJson = new Map()
}
