/**
 * The GitHub publishers get the report in the pull request head's lines when the scan read
 * GitHub's merge commit: comments, annotations and summary links, never SARIF.
 */
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/engine/finding.js'
import { toPullRequestDiff } from '../../src/report/github/diff.js'
import { buildLineMap, headLineText, splitLines, type LineMaps } from '../../src/report/github/line-map.js'
import { remapReport } from '../../src/report/github/remap-report.js'
import { planReview } from '../../src/report/github/review-plan.js'
import { renderCheckAnnotations, renderWorkflowAnnotations } from '../../src/report/render/annotations.js'
import { LIMITS, renderSummaryMarkdown } from '../../src/report/render/summary-markdown.js'
import { CTX, finding, report } from './pr-fixtures.js'

// The pull request adds the Public bucket (head lines 6–10). Since it branched off, the base
// branch added a three-line header and a `Legacy` bucket above it (merge lines 1–3 and 9–12).
const HEAD = `Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: logs
  Public:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: public
      AccessControl: PublicRead
`
const MERGE = `# Owned by the platform team.
# Changes need a review from
# @platform.
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: logs
  Legacy:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
  Public:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: public
      AccessControl: PublicRead
`
const merge = splitLines(MERGE)
const maps: LineMaps = new Map([['template.yaml', buildLineMap(MERGE, HEAD)]])
// What `pulls/list-files` says: the head's lines 6–10 are added.
const PATCH = `@@ -3,3 +3,8 @@\n     Type: AWS::S3::Bucket\n     Properties:\n       BucketName: logs\n${HEAD.split('\n')
  .slice(5, 10)
  .map((l) => `+${l}`)
  .join('\n')}`
const diff = toPullRequestDiff([{ filename: 'template.yaml', status: 'modified', patch: PATCH }])
const options = { commentOn: 'low' as const, maxComments: 25 }

const acl = finding({
  ruleId: 'acl-public-read',
  line: 17,
  location: { file: 'template.yaml', line: 17, column: 7, endLine: 17, endColumn: 33, path: 'Resources.Public.Properties.AccessControl' },
  edit: {
    file: 'template.yaml',
    startLine: 17,
    endLine: 17,
    replacement: '      AccessControl: Private\n',
    description: 'Make it private',
  },
})
const legacy = finding({ ruleId: 'acl-public-read', line: 12, resource: 'Legacy' })
const bpa = finding({
  ruleId: 'block-public-access-incomplete',
  line: 13,
  location: { file: 'template.yaml', line: 13, column: 3, endLine: 17, endColumn: 33, path: 'Resources.Public' },
  // Insert after the Public bucket's Properties line (merge 15, head 8).
  edit: {
    file: 'template.yaml',
    startLine: 16,
    endLine: 15,
    replacement: '      PublicAccessBlockConfiguration: {}\n',
    description: 'Add BPA',
  },
})

describe('remapping a report to the pull request head', () => {
  const scanned = report([acl, legacy, bpa], undefined)
  const mapped = remapReport(scanned, maps)
  const byRule = (r: typeof mapped, resource: string, ruleId: string) =>
    r.findings.find((f) => f.resource === resource && f.ruleId === ruleId)!

  it('moves each finding and its fix to the head line with the same text', () => {
    const f = byRule(mapped, 'Public', 'acl-public-read')
    expect(f.location).toMatchObject({ line: 10, endLine: 10, column: 7, endColumn: 33 })
    expect(f.edit).toMatchObject({ startLine: 10, endLine: 10 })
    expect(HEAD.split('\n')[9]).toBe(merge[16])
    const b = byRule(mapped, 'Public', 'block-public-access-incomplete')
    expect(b.location).toMatchObject({ line: 6, endLine: 10 })
    expect(b.edit).toMatchObject({ startLine: 9, endLine: 8 })
  })

  it('keeps the verdict, the counts, the order and the scanned report itself', () => {
    expect(mapped.conclusion).toBe(scanned.conclusion)
    expect(mapped.counts).toEqual(scanned.counts)
    expect(mapped.findings.map((f) => f.fingerprint)).toEqual(scanned.findings.map((f) => f.fingerprint))
    expect(scanned.findings.find((f) => f.resource === 'Public' && f.ruleId === 'acl-public-read')!.location.line).toBe(17)
    expect(remapReport(scanned, new Map())).toBe(scanned)
  })

  it('keeps a finding on a line only the base branch has, at the nearest head line, and says why', () => {
    const f = byRule(mapped, 'Legacy', 'acl-public-read')
    expect(f.notAtHead).toEqual({ line: 12, why: 'base-only' })
    expect(f.location).toMatchObject({ line: 6, endLine: 6, column: 0 })
    expect(f.edit).toBeUndefined()
    const unmatched = remapReport(scanned, new Map([['template.yaml', { ...maps.get('template.yaml')!, complete: false }]]))
    expect(byRule(unmatched, 'Legacy', 'acl-public-read').notAtHead).toEqual({ line: 12, why: 'unmatched' })
  })

  it('drops a fix whose lines do not read the same at the head in one piece', () => {
    const across = finding({
      ruleId: 'versioning-disabled',
      line: 8,
      edit: { file: 'template.yaml', startLine: 8, endLine: 9, replacement: 'x\n', description: 'spans the Legacy bucket' },
    })
    // An insertion after line 8 would land before `Public:` at the head, not before `Legacy:`.
    const insert = finding({
      ruleId: 'encryption-disabled',
      line: 8,
      edit: { file: 'template.yaml', startLine: 9, endLine: 8, replacement: 'y\n', description: 'insert' },
    })
    const out = remapReport(report([across, insert], undefined), maps)
    expect(out.findings.map((f) => [f.ruleId, f.location.line, f.edit])).toEqual([
      ['encryption-disabled', 5, undefined],
      ['versioning-disabled', 5, undefined],
    ])
  })

  it('comments inline on head lines with a suggestion that reads the head, and on the file for a base-only line', () => {
    const lineText = headLineText(maps, (_file, line) => merge[line - 1])
    const plan = planReview(mapped, diff, CTX, { ...options, lineText })
    const of = (resource: string, ruleId: string) =>
      plan.comments.find((c) => c.finding.resource === resource && c.finding.ruleId === ruleId)!
    expect(of('Public', 'acl-public-read')).toMatchObject({ kind: 'line', line: 10 })
    expect(of('Public', 'acl-public-read').body).toContain('```suggestion\n      AccessControl: Private\n```')
    expect(of('Public', 'block-public-access-incomplete')).toMatchObject({ kind: 'line', line: 8 })
    expect(of('Public', 'block-public-access-incomplete').body).toContain(
      '```suggestion\n    Properties:\n      PublicAccessBlockConfiguration: {}\n```',
    )
    const legacyComment = of('Legacy', 'acl-public-read')
    expect(legacyComment).toMatchObject({ kind: 'file' })
    expect(legacyComment.body).toContain("line 12 of GitHub's merge commit, which the base branch brought in")

    // Unmapped, the scanned lines would not be anchored at all (the existing text guard).
    const unmapped = planReview(scanned, diff, CTX, { ...options, lineText: (_file, line) => merge[line - 1] })
    expect(unmapped.comments.filter((c) => c.kind === 'line')).toEqual([])
  })

  it('annotates head lines, and says on the annotation when the line is not at the head', () => {
    const { annotations } = renderCheckAnnotations(mapped, CTX)
    const lines = annotations.map((a) => [/\(([a-z-]+)\)/.exec(a.title)![1], a.start_line, a.end_line])
    expect(lines.sort()).toEqual([
      ['acl-public-read', 10, 10],
      ['acl-public-read', 6, 6],
      ['block-public-access-incomplete', 6, 10],
    ])
    const legacyNote = annotations.find((a) => a.message.includes('merge commit'))!
    expect(legacyNote).toMatchObject({ start_line: 6, end_line: 6 })
    expect(legacyNote.start_column).toBeUndefined()
    expect(legacyNote.message).toContain("(Shown here because the finding is on line 12 of GitHub's merge commit")
    const workflow = renderWorkflowAnnotations(mapped, CTX).annotations
    expect(workflow.map((a) => a.properties.startLine).sort()).toEqual([10, 6, 6].sort())
    expect(workflow.filter((a) => a.message.includes('merge commit'))).toHaveLength(1)
  })

  it('links the summary to head lines and names a base-only line by the merge commit', () => {
    const md = renderSummaryMarkdown(mapped, CTX, { surface: 'check', maxBytes: LIMITS.check })
    expect(md).toContain('(https://github.com/o/r/blob/abc/template.yaml#L10)')
    expect(md).toContain('`template.yaml:12` (merge commit)')
    expect(md).not.toContain('#L17')
  })

  it('moves unknowns, suppressed findings and problems too', () => {
    const suppressed: Finding = { ...finding({ ruleId: 'versioning-disabled', line: 14 }), suppressed: true }
    const r = report(
      [suppressed],
      undefined,
      {},
      {
        unknowns: [{ ruleId: 'public-exposure', message: 'm', why: 'w', location: acl.location, resource: 'Public', fingerprint: 'u' }],
        problems: [
          { code: 'X', file: 'template.yaml', line: 16, column: 3, message: 'm', level: 'warning' },
          { code: 'Y', file: 'template.yaml', line: 2, column: 3, message: 'm', level: 'warning' },
        ],
      },
    )
    const out = remapReport(r, maps)
    expect(out.suppressed[0]!.location.line).toBe(7)
    expect(out.unknowns[0]!.location.line).toBe(10)
    expect(out.problems.map((p) => [p.line, p.column])).toEqual([
      [9, 3],
      [1, 0],
    ])
  })
})
