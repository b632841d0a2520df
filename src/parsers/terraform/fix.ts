/** Fix intents → local HCL edits (filled in below). */
import type { Finding, TextEdit } from '../../engine/finding.js'

export function renderTerraformFix(_finding: Finding, _texts: Map<string, string>): TextEdit | undefined {
  return undefined
}
