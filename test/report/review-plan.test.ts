import { describe, expect, it } from 'vitest'
import { toPullRequestDiff } from '../../src/report/github/diff.js'
import { planReview } from '../../src/report/github/review-plan.js'
import { CTX, finding, report } from './pr-fixtures.js'

// template.yaml: lines 12–18 are in one hunk (12–13 context, 14–18 added); 30–32 in another.
const PATCH = ['@@ -12,2 +12,7 @@', ' a', ' b', '+c', '+d', '+    Properties:', '+f', '+g', '@@ -25,2 +30,3 @@', ' x', '+y', ' z'].join(
  '\n',
)
const diff = toPullRequestDiff([
  { filename: 'template.yaml', status: 'modified', patch: PATCH },
  { filename: 'other.yaml', status: 'modified', patch: '@@ -1,1 +1,1 @@\n-a\n+b' },
])
const options = { commentOn: 'medium' as const, maxComments: 25 }

describe('planning review comments against the diff', () => {
  it('anchors a suggestion on exactly the edited lines when they are in one hunk', () => {
    const f = finding({
      ruleId: 'acl-public-read',
      line: 16,
      edit: { file: 'template.yaml', startLine: 15, endLine: 17, replacement: 'x\ny\nz\n', description: 'Replace the ACL' },
    })
    const plan = planReview(report([f], []), diff, CTX, options)
    expect(plan.comments).toHaveLength(1)
    expect(plan.comments[0]).toMatchObject({ kind: 'line', startLine: 15, line: 17 })
    expect(plan.comments[0]!.body).toContain('```suggestion\nx\ny\nz\n```')
  })

  it('suggests one change once: a second finding fixed by the same edit points at the first', () => {
    const edit = { file: 'template.yaml', startLine: 15, endLine: 17, replacement: 'x\ny\nz\n', description: 'Encrypt with KMS' }
    const a = finding({ ruleId: 'encryption-missing', line: 16, edit })
    const b = finding({ ruleId: 'encryption-not-kms', line: 16, edit: { ...edit } })
    const other = finding({ ruleId: 'versioning-disabled', line: 16, edit: { ...edit, replacement: 'v\n' } })
    const plan = planReview(report([a, b, other], []), diff, CTX, options)
    expect(plan.comments.map((c) => [c.finding.ruleId, c.body.includes('```suggestion')])).toEqual([
      ['encryption-missing', true],
      ['encryption-not-kms', false],
      ['versioning-disabled', true],
    ])
    expect(plan.comments[1]).toMatchObject({ kind: 'line', startLine: 15, line: 17 })
    expect(plan.comments[1]!.body).toContain(
      '<sub>Suggested fix: the change suggested on these lines for `encryption-missing` fixes this too.</sub>',
    )
  })

  it('puts a one-line suggestion on `line` alone (never start_line == line)', () => {
    const f = finding({
      ruleId: 'acl-public-read',
      line: 16,
      edit: {
        file: 'template.yaml',
        startLine: 16,
        endLine: 16,
        replacement: '      AccessControl: Private',
        description: 'Make it private',
      },
    })
    const [c] = planReview(report([f], []), diff, CTX, options).comments
    expect(c).toMatchObject({ line: 16 })
    expect(c!.startLine).toBeUndefined()
  })

  it('turns an insertion into a suggestion that repeats the anchor line', () => {
    const f = finding({
      ruleId: 'block-public-access-incomplete',
      line: 14,
      edit: {
        file: 'template.yaml',
        startLine: 17,
        endLine: 16,
        replacement: '      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n',
        description: 'Add Block Public Access',
      },
    })
    const [c] = planReview(report([f], []), diff, CTX, {
      ...options,
      lineText: (_file, line) => (line === 16 ? '    Properties:' : undefined),
    }).comments
    expect(c).toMatchObject({ kind: 'line', line: 16 })
    expect(c!.body).toContain('```suggestion\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n```')
  })

  it('anchors nothing on a line whose text at the head is not the scanned text (a merge checkout the base moved)', () => {
    // The scan read GitHub's merge commit, where the base branch added two lines above: its
    // line 18 is the head's line 16.
    const lineText = (_file: string, line: number) => (line === 18 ? '    Properties:' : `merged line ${line}`)
    const edit = { file: 'template.yaml', startLine: 19, endLine: 18, replacement: '      X: 1\n', description: 'Add X' }
    const f = finding({ ruleId: 'block-public-access-incomplete', line: 18, edit })
    const [c] = planReview(report([f], []), diff, CTX, { ...options, lineText }).comments
    expect(c).toMatchObject({ kind: 'file' })
    expect(c!.body).not.toContain('```suggestion')
  })

  it('falls back to the fix snippet on the finding line when the edit spans two hunks', () => {
    const f = finding({
      ruleId: 'acl-public-read',
      line: 16,
      edit: { file: 'template.yaml', startLine: 18, endLine: 30, replacement: 'x', description: 'd' },
    })
    const [c] = planReview(report([f], []), diff, CTX, options).comments
    expect(c).toMatchObject({ kind: 'line', line: 16 })
    expect(c!.body).not.toContain('```suggestion')
    expect(c!.body).toContain('```yaml\nPublicAccessBlockConfiguration:')
  })

  it('comments on the file when the line is outside the diff, and lists findings in untouched files', () => {
    const plan = planReview(
      report([finding({ ruleId: 'a-rule', line: 3 }), finding({ ruleId: 'b-rule', line: 3, file: 'untouched.yaml' })], []),
      diff,
      CTX,
      options,
    )
    expect(plan.comments.map((c) => [c.kind, c.path, c.line])).toEqual([['file', 'template.yaml', undefined]])
    expect(plan.outsideDiff.map((f) => f.location.file)).toEqual(['untouched.yaml'])
  })

  it('comments only on new findings at or above comment-on, most severe first, up to max-comments', () => {
    const old = finding({ ruleId: 'old-rule', line: 14 })
    const low = finding({ ruleId: 'low-rule', line: 15, severity: 'low' })
    const crit = Array.from({ length: 3 }, (_, i) => finding({ ruleId: `crit-${i}`, line: 16 + i, severity: 'critical' }))
    const med = finding({ ruleId: 'med-rule', line: 14, severity: 'medium' })
    const plan = planReview(report([old, low, med, ...crit], [old]), diff, CTX, { ...options, maxComments: 2 })
    expect(plan.comments.map((c) => c.finding.ruleId)).toEqual(['crit-0', 'crit-1'])
    expect(plan.overflow.map((f) => f.ruleId)).toEqual(['crit-2', 'med-rule'])
  })

  it('says a finding once for the copies of one resource on the same lines, and overflows all of them', () => {
    const copy = (resource: string, fingerprint: string) =>
      finding({ ruleId: 'acl-public-read', line: 16, resource, fingerprint, message: `Bucket ${resource} is public.` })
    const copies = [copy('Public[0]', 'fp0'), copy('Public[1]', 'fp1'), copy('Public[2]', 'fp2')]
    const other = finding({ ruleId: 'acl-public-read', line: 17, resource: 'Other', fingerprint: 'fp3' })
    const plan = planReview(report([...copies, other], []), diff, CTX, options)
    expect(plan.comments.map((c) => [c.fingerprint, c.also.map((f) => f.fingerprint)])).toEqual([
      ['fp0', ['fp1', 'fp2']],
      ['fp3', []],
    ])
    expect(plan.comments[0]!.body).toContain('Bucket Public\\[0\\] is public.')
    expect(plan.comments[0]!.body).toContain('applies to 2 more resources from these lines: `Public[1]`, `Public[2]`.')
    expect(plan.comments[1]!.body).not.toContain('more resource')

    const capped = planReview(report([other, ...copies], []), diff, CTX, { ...options, maxComments: 1 })
    expect(capped.comments.map((c) => c.fingerprint)).toEqual(['fp0'])
    expect(capped.overflow.map((f) => f.fingerprint)).toEqual(['fp3'])
    const none = planReview(report([...copies], []), diff, CTX, { ...options, maxComments: 0 })
    expect(none.overflow.map((f) => f.fingerprint)).toEqual(['fp0', 'fp1', 'fp2'])
  })

  it('maps scan-relative paths to repository paths', () => {
    const plan = planReview(
      report([finding({ ruleId: 'x', line: 16, file: 'template.yaml' })], []),
      toPullRequestDiff([{ filename: 'infra/template.yaml', status: 'added', patch: PATCH }]),
      { ...CTX, repoPath: (f) => `infra/${f}` },
      options,
    )
    expect(plan.comments[0]).toMatchObject({ path: 'infra/template.yaml', line: 16 })
  })
})
