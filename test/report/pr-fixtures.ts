import type { BaselineStatus, Policy } from '../../src/baseline/gate.js'
import { decideGate, type GateReport } from '../../src/baseline/gate.js'
import type { Finding } from '../../src/engine/finding.js'
import type { RenderContext } from '../../src/report/render/summary-markdown.js'
import type { ScanResult } from '../../src/scan-result.js'

/** A hand-made finding; only what a test cares about needs saying. */
export function finding(over: Partial<Finding> & { ruleId: string; line: number; file?: string }): Finding {
  const file = over.file ?? 'template.yaml'
  const { line, ...rest } = over
  return {
    severity: 'high',
    messageId: 'm',
    message: `Bucket Public breaks ${over.ruleId}.`,
    resource: 'Public',
    format: 'cloudformation',
    related: [],
    fingerprint: `fp-${over.ruleId}-${file.replace(/\W/g, '')}-${line}`,
    suppressed: false,
    ...rest,
    location: { file, line, column: 5, endLine: line, endColumn: 20, path: `Resources.Public.${over.ruleId}`, ...(over.location ?? {}) },
  }
}

export function scanResult(findings: Finding[], extra: Partial<ScanResult> = {}): ScanResult {
  return {
    tool: { name: 's3-gate', version: '0.1.0' },
    cwd: '/repo',
    roots: ['/repo'],
    findings,
    unknowns: [],
    problems: [],
    notes: [],
    stats: { files: 1, bytes: 100, units: 1, byFormat: { cloudformation: 1 }, buckets: 2, durationMs: 1234 },
    ...extra,
  }
}

export const POLICY: Policy = { failOn: 'high', commentOn: 'medium', scope: 'changed', paths: ['.'] }
export const COMPARED: BaselineStatus = {
  state: 'compared',
  commit: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
  description: 'the merge base `f95f852`',
}

export function report(
  head: Finding[],
  base: Finding[] | undefined,
  policy: Partial<Policy> = {},
  extra: Partial<ScanResult> = {},
): GateReport {
  return decideGate({
    head: scanResult(head, extra),
    ...(base ? { base: scanResult(base) } : {}),
    baseline: base ? COMPARED : { state: 'unavailable', reason: 'the base commit `f95f852` is not in the checkout' },
    policy: { ...POLICY, ...policy },
  })
}

export const CTX: RenderContext = {
  rule: (id) =>
    id === 'parse-error'
      ? undefined
      : {
          title: `Title of ${id}`,
          why: `Why ${id} matters, first sentence. A second sentence that is not shown.`,
          fix: {
            cloudformation: 'PublicAccessBlockConfiguration:\n  BlockPublicAcls: true',
            terraform: 'resource "aws_s3_bucket_public_access_block" "this" {}',
          },
        },
  ruleDocUrl: (id) => (id === 'parse-error' ? undefined : `https://github.com/s3-gate/s3-gate/blob/main/rules/${id}.md`),
  sourceUrl: (file, line) => `https://github.com/o/r/blob/abc/${file}${line ? `#L${line}` : ''}`,
  repoPath: (file) => file,
}
