/**
 * The merge of shard results, unit by unit: what the configuration adds per shard is reconciled,
 * the CLI's JSON is validated like any untrusted artifact, and base comparisons must agree.
 */
import { describe, expect, it } from 'vitest'
import type { Problem } from '../../src/engine/finding.js'
import { mergeResultsDocuments } from '../../src/merge/merge-documents.js'
import { checkShards, mergeScanResults } from '../../src/merge/merge-scans.js'
import { parseShard, validateCliJson } from '../../src/merge/read-shards.js'
import { renderJson } from '../../src/report/render/json.js'
import { SCHEMA, type ResultsDocument } from '../../src/report/github/results-file.js'
import type { ScanResult } from '../../src/scan-result.js'
import { VERSION } from '../../src/version.js'

function shard(index: number, count: number, extra: Partial<ScanResult> = {}): ScanResult {
  return {
    tool: { name: 's3-gate', version: VERSION },
    cwd: '',
    roots: [],
    findings: [],
    unknowns: [],
    problems: [],
    notes: [],
    stats: { files: 1, bytes: 10, units: 1, byFormat: { cloudformation: 1 }, buckets: 1, durationMs: 5 * index },
    shard: { index, count },
    ...extra,
  }
}
const warning = (code: string, line: number, message = `${code} at ${line}`): Problem => ({
  code,
  file: '.s3-gate.yml',
  line,
  column: 5,
  message,
  level: 'warning',
})
const part = (result: ScanResult, source = `shard-${result.shard?.index}.json`) => ({ source, result })

describe('merging shard results', () => {
  it('reports an include as matching nothing only when it matched nothing in every shard, and once', () => {
    const merged = mergeScanResults(
      [
        part(shard(1, 2, { problems: [warning('INCLUDE_UNMATCHED', 2), warning('INCLUDE_UNMATCHED', 3)] })),
        part(shard(2, 2, { problems: [warning('INCLUDE_UNMATCHED', 3)] })),
      ],
      VERSION,
    )
    expect(merged.problems.map((p) => [p.code, p.line])).toEqual([['INCLUDE_UNMATCHED', 3]])
  })

  it('reports an exception as unused only when no shard used it, and an expired one once', () => {
    const merged = mergeScanResults(
      [
        part(
          shard(1, 3, {
            problems: [warning('UNUSED_EXCEPTION', 3), warning('UNUSED_EXCEPTION', 9), warning('EXCEPTION_EXPIRED', 12, 'x expired')],
          }),
        ),
        part(
          shard(2, 3, {
            problems: [warning('UNUSED_EXCEPTION', 9), warning('EXCEPTION_EXPIRED', 12, 'x expired; matching findings are reported again')],
          }),
        ),
        part(
          shard(3, 3, {
            problems: [warning('UNUSED_EXCEPTION', 3), warning('UNUSED_EXCEPTION', 9), warning('EXCEPTION_EXPIRED', 12, 'x expired')],
          }),
        ),
      ],
      VERSION,
    )
    expect(merged.problems.map((p) => [p.code, p.line, p.message])).toEqual([
      ['UNUSED_EXCEPTION', 9, 'UNUSED_EXCEPTION at 9'],
      ['EXCEPTION_EXPIRED', 12, 'x expired; matching findings are reported again'],
    ])
    expect(merged.stats).toEqual({ files: 3, bytes: 30, units: 3, byFormat: { cloudformation: 3 }, buckets: 3, durationMs: 15 })
    expect(merged.shard).toBeUndefined()
  })

  it('accepts one unsharded result as it is, and refuses mixing it with shards', () => {
    const whole = { ...shard(1, 1) }
    delete whole.shard
    expect(checkShards([part(whole, 'all.json')], VERSION)).toHaveLength(1)
    expect(() => checkShards([part(whole, 'all.json'), part(shard(1, 2))], VERSION)).toThrow(/all\.json is not a shard result/)
  })

  it('refuses shards scanned with other settings or of another commit', () => {
    const with_ = (index: number, info: { settings?: string; commit?: string }) =>
      part(shard(index, 2, { shard: { index, count: 2, ...info } }))
    const a = { settings: '0123456789abcdef', commit: 'a'.repeat(40) }
    expect(checkShards([with_(2, a), with_(1, a)], VERSION).map((p) => p.result.shard!.index)).toEqual([1, 2])
    expect(() => checkShards([with_(1, a), with_(2, { ...a, settings: 'fedcba9876543210' })], VERSION)).toThrow(
      'shard-2.json and shard-1.json were scanned with different paths, configuration or limits (settings fedcba9876543210 and 0123456789abcdef)',
    )
    expect(() => checkShards([with_(1, a), with_(2, { settings: a.settings })], VERSION)).toThrow(
      'shard-2.json and shard-1.json are of different commits (unrecorded and aaaaaaa)',
    )
    expect(() => checkShards([with_(1, a), with_(2, { commit: a.commit })], VERSION)).toThrow(/settings unrecorded and 0123456789abcdef/)
  })

  it('validates the CLI JSON like an untrusted artifact', () => {
    const ok = JSON.parse(renderJson(shard(2, 4))) as Record<string, unknown>
    expect(validateCliJson(ok).shard).toEqual({ index: 2, count: 4 })
    const bad = (mutate: (o: Record<string, unknown>) => void) => {
      const o = structuredClone(ok)
      mutate(o)
      return () => parseShard(o, 'x.json')
    }
    expect(bad((o) => ((o.tool as { name: string }).name = 'checkov'))).toThrow(/x\.json: .*\$\.tool\.name/)
    const recorded = { index: 2, count: 4, settings: '0123456789abcdef', commit: 'c'.repeat(64) }
    expect(parseShard({ ...ok, shard: recorded }, 'x.json').result.shard).toEqual(recorded)
    expect(bad((o) => (o.shard = { ...recorded, settings: '../../etc' }))).toThrow(/\$\.shard\.settings must match/)
    expect(bad((o) => (o.shard = { ...recorded, commit: 'HEAD' }))).toThrow(/\$\.shard\.commit must match/)
    expect(bad((o) => (o.shard = { index: 5, count: 4 }))).toThrow(/\$\.shard\.index/)
    const finding = {
      ruleId: 'acl-public-read',
      severity: 'critical',
      message: 'm',
      messageId: 'i',
      file: '/etc/passwd',
      line: 1,
      column: 1,
      resource: 'B',
      format: 'cloudformation',
      fingerprint: 'abc',
      suppressed: false,
    }
    expect(bad((o) => (o.findings = [finding]))).toThrow(/\$\.findings\[0\]\.file must be a relative path/)
    expect(bad((o) => (o.findings = [{ ...finding, file: 'a.yaml', line: -3 }]))).toThrow(/line must be a whole number/)
    expect(bad((o) => (o.findings = [{ ...finding, file: 'a.yaml', severity: 'apocalyptic' }]))).toThrow(/severity/)
    // `--config ../shared.yml`: the configuration's own warnings name it where it is, outside the
    // repository; no other problem may.
    const unused = { file: '../shared.yml', line: 3, column: 5, code: 'UNUSED_EXCEPTION', message: 'm' }
    expect(parseShard({ ...ok, warnings: [unused] }, 'x.json').result.problems).toEqual([{ ...unused, level: 'warning' }])
    expect(bad((o) => (o.warnings = [{ ...unused, file: '/etc/shared.yml' }]))).toThrow(/\$\.warnings\[0\]\.file must be a relative path/)
    expect(bad((o) => (o.warnings = [{ ...unused, code: 'YAML_SYNTAX' }]))).toThrow(
      /\$\.warnings\[0\]\.file must be a relative path inside/,
    )
    expect(bad((o) => (o.errors = [unused]))).toThrow(/\$\.errors\[0\]\.file must be a relative path inside/)
  })

  it('merges results documents only when every shard compared with the same base', () => {
    const doc = (index: number, baseline: ResultsDocument['baseline']): ResultsDocument => ({
      schema: SCHEMA,
      tool: { name: 's3-gate', version: VERSION },
      repository: 'o/r',
      headSha: 'a'.repeat(40),
      pathPrefix: '',
      policy: { failOn: 'high', commentOn: 'medium', scope: 'changed', paths: ['.'] },
      baseline,
      head: shard(index, 2),
      ...(baseline.state === 'compared' ? { baseFindings: [] } : {}),
    })
    const file = (d: ResultsDocument) => ({ source: `s${d.head.shard!.index}`, result: d.head, document: d })
    const compared = (commit: string) => ({ state: 'compared' as const, commit, description: 'the base' })
    const same = mergeResultsDocuments([file(doc(1, compared('b'.repeat(40)))), file(doc(2, compared('b'.repeat(40))))], {
      version: VERSION,
    })
    expect(same.baseline.state).toBe('compared')
    expect(same.baseFindings).toEqual([])
    const split = mergeResultsDocuments([file(doc(1, compared('b'.repeat(40)))), file(doc(2, compared('c'.repeat(40))))], {
      version: VERSION,
    })
    expect(split.baseline).toEqual({ state: 'unavailable', reason: 'the shards compared with different base commits' })
    expect(split.baseFindings).toBeUndefined()
    const partly = mergeResultsDocuments(
      [file(doc(1, compared('b'.repeat(40)))), file(doc(2, { state: 'unavailable', reason: 'shallow' }))],
      {
        version: VERSION,
      },
    )
    expect(partly.baseline).toEqual({ state: 'unavailable', reason: 'shallow' })
    expect(() =>
      mergeResultsDocuments([file(doc(1, compared('b'.repeat(40)))), file(doc(2, compared('b'.repeat(40))))], {
        version: VERSION,
        repository: 'o/other',
      }),
    ).toThrow(/not o\/other/)
  })

  it('gathers the line maps of all shards, and refuses two that disagree about one file', () => {
    const map = (file: string, runs: [number, number, number][]) => ({ file, mergeLines: 5, headLines: 3, runs, complete: true })
    const doc = (index: number, lineMaps: ResultsDocument['lineMaps']): ResultsDocument => ({
      schema: SCHEMA,
      tool: { name: 's3-gate', version: VERSION },
      repository: 'o/r',
      headSha: 'a'.repeat(40),
      pathPrefix: '',
      policy: { failOn: 'high', commentOn: 'medium', scope: 'changed', paths: ['.'] },
      baseline: { state: 'not-applicable', reason: 'push' },
      head: shard(index, 2),
      ...(lineMaps ? { lineMaps } : {}),
    })
    const file = (d: ResultsDocument) => ({ source: `s${d.head.shard!.index}`, result: d.head, document: d })
    // A local module both shards' root modules use is mapped by both, the same way.
    const shared = map('modules/b/main.tf', [[3, 1, 3]])
    const merged = mergeResultsDocuments([file(doc(1, [map('a.yaml', [[3, 1, 3]]), shared])), file(doc(2, [shared]))], { version: VERSION })
    expect(merged.lineMaps!.map((m) => m.file)).toEqual(['a.yaml', 'modules/b/main.tf'])
    expect(mergeResultsDocuments([file(doc(1, undefined)), file(doc(2, undefined))], { version: VERSION }).lineMaps).toBeUndefined()
    expect(() =>
      mergeResultsDocuments([file(doc(1, [shared])), file(doc(2, [map('modules/b/main.tf', [[1, 1, 3]])]))], { version: VERSION }),
    ).toThrow(/map the lines of modules\/b\/main.tf differently/)
  })
})
