/**
 * The contract of a suggested fix, checked end to end: scan, apply the finding's edit to the
 * file text as GitHub would (whole lines replaced), scan again. The file must still parse, the
 * finding must be gone, and nothing may appear that was not there before: no new finding, no
 * new unknown (a policy the edit made unreadable turns a failure into an unknown, not a pass).
 */
import { expect } from 'vitest'
import { EMPTY_CONFIG } from '../../src/config/types.js'
import type { Finding, TextEdit } from '../../src/engine/finding.js'
import type { ScanResult } from '../../src/scan-result.js'
import { scanFiles } from './scan-files.js'

// Every rule, so that strict-profile rules (bucket keys, SSE-C) are exercised too.
export const strict = { config: { ...EMPTY_CONFIG, profile: 'strict' as const } }

/** `edit` applied to `text`: lines `startLine..endLine` replaced by its replacement. */
export function applyEdit(text: string, edit: TextEdit): string {
  const lines = text.split('\n')
  lines.splice(edit.startLine - 1, edit.endLine - edit.startLine + 1, ...edit.replacement.split('\n'))
  return lines.join('\n')
}

/** What a finding or unknown is, whatever line it moved to (a finding may change its message: less public, still no TLS). */
function identities(r: ScanResult): Set<string> {
  return new Set([
    ...r.findings.filter((f) => !f.suppressed).map((f) => `finding ${f.ruleId} ${f.resource}`),
    ...r.unknowns.map((u) => `unknown ${u.ruleId} ${u.resource} ${u.why}`),
  ])
}

export interface RoundTrip {
  edit: TextEdit
  fixed: string
  finding: Finding
}

export interface RoundTripOptions {
  /** Which finding of the rule to fix (default: the first in `file`). */
  pick?: (f: Finding) => boolean
  /**
   * Rules that may start to report after the fix, because the fix is what makes them apply
   * (versioning on makes MFA delete checkable). Each use says why.
   */
  allowNew?: string[]
  /** The rule still reports the resource, with this other message (a partial fix: SSE-KMS, not yet a customer key). */
  becomes?: string
}

/** Scans `files`, takes the finding of `ruleId` in `file`, applies its edit and scans again. */
export async function fixRoundTrip(
  files: Record<string, string>,
  file: string,
  ruleId: string,
  options: RoundTripOptions = {},
): Promise<RoundTrip> {
  const pick = options.pick ?? (() => true)
  const before = await scanFiles(files, strict)
  const finding = before.findings.find((f) => !f.suppressed && f.ruleId === ruleId && f.location.file === file && pick(f))
  expect(finding, `${ruleId} should fire before the fix`).toBeDefined()
  expect(finding!.edit, `${ruleId} should come with a local edit`).toBeDefined()
  const fixed = applyEdit(files[file]!, finding!.edit!)
  const after = await scanFiles({ ...files, [file]: fixed }, strict)
  expect(after.problems.filter((p) => p.level === 'error')).toEqual([])
  const still = after.findings.filter((f) => !f.suppressed && f.ruleId === ruleId && f.resource === finding!.resource)
  expect(still.map((f) => f.messageId)).toEqual(options.becomes ? [options.becomes] : [])
  const old = identities(before)
  const allowed = new Set(options.allowNew)
  const added = [...identities(after)].filter((i) => !old.has(i) && !allowed.has(i.split(' ')[1]!))
  expect(added, 'the fix should bring nothing new').toEqual([])
  return { edit: finding!.edit!, fixed, finding: finding! }
}
