import type { Finding, TextEdit } from '../../engine/finding.js'

/** Placeholder until the fix renderer lands: no local edit. */
export function renderCloudFormationFix(_finding: Finding, _texts: Map<string, string>): TextEdit | undefined {
  return undefined
}
