import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { batches, renderCheckAnnotations, renderWorkflowAnnotations } from '../../src/report/render/annotations.js'
import { findingMarker, parseFindingMarker, renderFixedReply, renderReviewComment } from '../../src/report/render/review-comment.js'
import { escapeCell, escapeInline, LIMITS, renderSummaryMarkdown, SUMMARY_MARKER } from '../../src/report/render/summary-markdown.js'
import { markerScopeOf } from '../../src/report/github/render-context.js'
import { CTX, finding, report } from './pr-fixtures.js'

const base = [
  finding({ ruleId: 'versioning-disabled', line: 7, severity: 'medium', resource: 'Logs' }),
  finding({ ruleId: 'tls-not-enforced', line: 3, severity: 'medium', resource: 'Logs' }),
]
const head = [
  base[0]!,
  finding({ ruleId: 'acl-public-read', line: 18, severity: 'critical' }),
  finding({ ruleId: 'access-logging-disabled', line: 14, severity: 'low' }),
  finding({
    ruleId: 'encryption-not-kms',
    line: 14,
    severity: 'medium',
    suppressed: true,
    suppression: { kind: 'config', syntax: '.s3-gate.yml', reason: 'KMS is handled by SCP', until: '2027-01-01' },
  }),
]
const problems = [
  { code: 'YAML_SYNTAX', file: 'broken.yaml', line: 4, column: 2, message: 'bad indentation | here', level: 'error' as const },
]
const unknowns = [
  {
    ruleId: 'public-exposure',
    message: 'cannot tell',
    why: 'BucketName is !Ref Param',
    location: head[1]!.location,
    resource: 'Public',
    fingerprint: 'u1',
  },
]

describe('the summary markdown', () => {
  it('shows counts, blocking vs advisory, new/pre-existing/fixed, suppressed, parse errors, unknowns and the policy', () => {
    const r = report(head, base, { config: '.s3-gate.yml' }, { problems, unknowns })
    expect(renderSummaryMarkdown(r, CTX, { surface: 'check', maxBytes: LIMITS.check, notes: ['💬 1 review comment.'] })).toMatchSnapshot()
  })

  it('says when the merge base was unavailable', () => {
    const md = renderSummaryMarkdown(report(head, undefined), CTX, { surface: 'job', maxBytes: LIMITS.job })
    expect(md).toContain('The merge base was unavailable')
    expect(md).toContain('scope `all` (asked: `changed`)')
  })

  it('starts with the sticky marker only when asked', () => {
    const r = report(head, base)
    expect(renderSummaryMarkdown(r, CTX, { surface: 'comment', maxBytes: LIMITS.comment, marker: true }).startsWith(SUMMARY_MARKER)).toBe(
      true,
    )
    expect(renderSummaryMarkdown(r, CTX, { surface: 'check', maxBytes: LIMITS.check })).not.toContain(SUMMARY_MARKER)
  })

  it('shortens tables to fit the limit and says how many more there are', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      finding({ ruleId: `rule-${i % 20}`, line: i + 1, message: `A long message for finding ${i} `.repeat(4) }),
    )
    const md = renderSummaryMarkdown(report(many, []), CTX, { surface: 'check', maxBytes: LIMITS.check })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(LIMITS.check)
    expect(md).toMatch(/…and \d+ more: see the check-run annotations or the SARIF file/)
    expect(md).toContain('| 2000 |')
  })

  it('gives copies of one resource (count, for_each) one row that counts them, and counts the findings of the rows left out', () => {
    const copies = Array.from({ length: 300 }, (_, i) =>
      finding({ ruleId: 'acl-public-read', line: 4, resource: `aws_s3_bucket.x[${i}]`, fingerprint: `fp-${i}` }),
    )
    const md = renderSummaryMarkdown(report([...copies, finding({ ruleId: 'versioning-disabled', line: 9 })], []), CTX, {
      surface: 'check',
      maxBytes: LIMITS.check,
    })
    expect(md).toContain('#### Blocking introduced by this PR (301)')
    expect(md.match(/^\| 🔴 high \|/gm)).toHaveLength(2)
    expect(md).toContain('`aws_s3_bucket.x[0]` and 299 more from these lines')
    // Three critical findings rank first; the row of 300 copies left out counts as 300 findings.
    const critical = Array.from({ length: 3 }, (_, i) => finding({ ruleId: `r${i}`, line: 10 + i, severity: 'critical' }))
    const tight = renderSummaryMarkdown(report([...copies, ...critical], []), CTX, { surface: 'check', maxBytes: 1700 })
    expect(tight.match(/^\| 🟥 critical \|/gm)).toHaveLength(3)
    expect(tight).not.toMatch(/^\| 🔴 high \|/m)
    expect(tight).toContain('…and 300 more: see')
  })

  it('fits 100,000 findings to the job summary with as many rows as fit, rendering each row once', () => {
    // Every row was rendered again at each step of the search for the row count that fits: about
    // 0.2 ms a finding, 20 s here.
    const many = Array.from({ length: 100_000 }, (_, i) =>
      finding({ ruleId: `rule-${i % 20}`, line: i + 1, message: `Finding ${i} `.repeat(3) }),
    )
    const t0 = performance.now()
    const md = renderSummaryMarkdown(report(many, []), CTX, { surface: 'job', maxBytes: LIMITS.job })
    expect(performance.now() - t0).toBeLessThan(10_000)
    const shown = md.split('\n').filter((l) => l.startsWith('| 🔴')).length
    expect(md).toContain(`…and ${100_000 - shown} more`)
    // As many as fit: one more row (about 150 bytes) would not.
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(LIMITS.job)
    expect(Buffer.byteLength(md)).toBeGreaterThan(LIMITS.job - 200 - 300)
  })

  it('counts the bytes of multi-byte text exactly: the largest number of rows that fits, and never the cut-off note', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '🪣', '中', '|', '<', ' '), minLength: 1, maxLength: 40 })
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 300 }), fc.integer({ min: 3_000, max: 40_000 }), (messages, maxBytes) => {
        const many = messages.map((message, i) => finding({ ruleId: `rule-${i % 7}`, line: i + 1, message, resource: message }))
        const md = renderSummaryMarkdown(report(many, []), CTX, { surface: 'check', maxBytes })
        expect(Buffer.byteLength(md)).toBeLessThanOrEqual(maxBytes)
        expect(md).not.toContain('summary truncated')
        const cut = /…and (\d+) more/.exec(md)
        // One more row (at most ~1 KB with its link) and a longer count would not have fitted.
        if (cut) expect(Buffer.byteLength(md)).toBeGreaterThan(maxBytes - 200 - 1_200)
      }),
      { numRuns: 40, seed: 7 },
    )
  })

  it('keeps table cells on one line and defuses HTML and @-mentions', () => {
    const f = finding({ ruleId: 'x', line: 1, message: 'a | b\n<script>@octocat</script>' })
    const md = renderSummaryMarkdown(report([f], []), CTX, { surface: 'check', maxBytes: LIMITS.check })
    expect(md).toContain('a \\| b &lt;script&gt;@\u200boctocat&lt;/script&gt;')
  })

  it('defuses issue references, so a bucket named after one does not cross-link that issue', () => {
    const f = finding({ ruleId: 'x', line: 1, message: 'Bucket fix-#12 of acme/infra#7 and gh-3 is public.' })
    const md = renderSummaryMarkdown(report([f], []), CTX, { surface: 'check', maxBytes: LIMITS.check })
    expect(md).toContain('Bucket fix-#\u200b12 of acme/infra#\u200b7 and gh\u200b-3 is public.')
    expect(md).not.toMatch(/#\d|\bGH-\d/i)
  })

  it('keeps a table row on one line when a resource, message or file name holds a CR or LF', () => {
    const f = finding({ ruleId: 'x', line: 1, resource: 'A\rB', message: 'Bucket A\rB # is public.', file: 'new\nline<i>.yaml' })
    // As the real context does, the link target is percent-encoded.
    const ctx = { ...CTX, sourceUrl: (file: string, line?: number) => CTX.sourceUrl(encodeURIComponent(file), line) }
    const md = renderSummaryMarkdown(report([f], []), ctx, { surface: 'check', maxBytes: LIMITS.check })
    const row = md.split(/\r\n|\r|\n/).find((l) => l.includes('`x`'))
    expect(row).toContain('| `A B` |')
    expect(row).toContain('[new line&lt;i&gt;.yaml:1]')
    expect(row).toContain('| Bucket A B # is public. |')
    expect(renderReviewComment(f, CTX, { kind: 'line' })).toContain('\nBucket A B # is public.')
  })

  it('renders links and images written in the scanned code as text, in tables and review comments', () => {
    const message = 'Bucket aws_s3_bucket.b["[Approve](https://evil.example) ![x](https://t.example/p.png)"] has no logging.'
    const f = finding({ ruleId: 'x', line: 1, message })
    const md = renderSummaryMarkdown(report([f], []), CTX, { surface: 'check', maxBytes: LIMITS.check })
    const comment = renderReviewComment(f, CTX, { kind: 'line' })
    for (const text of [md, comment]) {
      expect(text).toContain('aws_s3_bucket.b\\["\\[Approve\\](https\u200b://evil.example) !\\[x\\](https\u200b://t.example/p.png)"\\]')
      expect(text).not.toMatch(/(?<!\\)\]\(https:\/\/(evil|t)\.example/)
    }
  })

  it('renders emphasis marks and bare links from the scanned code as text, and leaves code spans as they are', () => {
    const message = 'Bucket aws_s3_bucket.b["**Approved** ~~no~~ _x_ https://evil.example www.evil.example"] is public.'
    const f = finding({ ruleId: 'x', line: 1, message })
    const comment = renderReviewComment(f, CTX, { kind: 'line' })
    const md = renderSummaryMarkdown(report([f], []), CTX, { surface: 'check', maxBytes: LIMITS.check })
    for (const text of [md, comment])
      expect(text).toContain('\\*\\*Approved\\*\\* \\~\\~no\\~\\~ \\_x\\_ https\u200b://evil.example www\u200b.evil.example')
    // Escapes inside a code span would show as they are; a run of backticks never closed is text.
    expect(escapeInline('set `block_public_acls` on ``a[`0`]`` for b_c _d')).toBe('set `block_public_acls` on ``a[`0`]`` for b_c \\_d')
    expect(escapeInline('a ``b_c` d_')).toBe('a ``b_c` d\\_')
    expect(escapeInline('`<b>` <b>')).toBe('`<b>` &lt;b&gt;')
  })

  it('pairs code spans in linear time', () => {
    // Runs of every length up to 2,000, none closed: each would search the rest of the text.
    const text = Array.from({ length: 2000 }, (_, i) => '`'.repeat(i + 1) + '_').join('')
    const t0 = performance.now()
    expect(escapeInline(text).length).toBeGreaterThan(text.length)
    expect(performance.now() - t0).toBeLessThan(2000)
  })
})

describe('text in a table cell', () => {
  it('joins lines with one space, and keeps long runs of spaces without a line break in linear time', () => {
    expect(escapeCell('a \r\n\n  b\nc  ')).toBe('a b c  ')
    // One regular expression for "spaces, a break, spaces" retried from every space: 80,000 spaces
    // in a suppression's reason took 17 s, and the summary renders each reason several times.
    const spaces = ' '.repeat(400_000)
    const t0 = performance.now()
    expect(escapeCell(`a${spaces}b`)).toBe(`a${spaces}b`)
    expect(escapeCell(`a${spaces}\n${spaces}b`)).toBe('a b')
    expect(performance.now() - t0).toBeLessThan(10_000)
  })
})

describe('a review comment', () => {
  it('carries the marker, rule, severity, what and why, the doc link and a suggestion', () => {
    const f = finding({
      ruleId: 'acl-public-read',
      line: 18,
      severity: 'critical',
      edit: {
        file: 'template.yaml',
        startLine: 18,
        endLine: 18,
        replacement: '      AccessControl: Private\n',
        description: 'Make the ACL private',
      },
    })
    const body = renderReviewComment(f, CTX, { kind: 'line', suggestion: '      AccessControl: Private\n' })
    expect(body).toMatchSnapshot()
    expect(parseFindingMarker(body)).toBe(f.fingerprint)
  })

  it('marks the comments of a step with its own check name apart from the default step’s', () => {
    const f = finding({ ruleId: 'acl-public-read', line: 18 })
    const scope = markerScopeOf('s3-gate (data)')!
    expect(scope).toMatch(/^[0-9a-f]{12}$/)
    expect(markerScopeOf('s3-gate')).toBeUndefined()
    const scoped = renderReviewComment(f, { ...CTX, markerScope: scope }, { kind: 'line' })
    const plain = renderReviewComment(f, CTX, { kind: 'line' })
    expect(parseFindingMarker(scoped, scope)).toBe(f.fingerprint)
    expect(parseFindingMarker(scoped)).toBeUndefined()
    expect(parseFindingMarker(plain, scope)).toBeUndefined()
    expect(parseFindingMarker(scoped, markerScopeOf('s3-gate (app)'))).toBeUndefined()
    // Only at the start, where ours have it: a comment quoting a marker is not ours.
    expect(parseFindingMarker(`Another tool quotes ${findingMarker(f.fingerprint)}`)).toBeUndefined()
    const summary = renderSummaryMarkdown(
      report(head, base),
      { ...CTX, markerScope: scope },
      { surface: 'comment', maxBytes: LIMITS.comment, marker: true },
    )
    expect(summary.startsWith(`<!-- s3-gate:summary check=${scope} -->`)).toBe(true)
    expect(summary).not.toContain(SUMMARY_MARKER)
  })

  it('shows the fix snippet in the file’s dialect when there is no local edit', () => {
    const tf = finding({ ruleId: 'block-public-access-incomplete', line: 1, file: 'main.tf', format: 'terraform' })
    expect(renderReviewComment(tf, CTX, { kind: 'line' })).toContain(
      '**How to fix** (Terraform):\n\n```hcl\nresource "aws_s3_bucket_public_access_block"',
    )
    expect(renderReviewComment(tf, CTX, { kind: 'file' })).toMatchSnapshot()
  })

  it('uses a longer fence when the suggestion itself contains backticks', () => {
    const body = renderReviewComment(finding({ ruleId: 'x', line: 1 }), CTX, { kind: 'line', suggestion: 'Description: ```not a fence```' })
    expect(body).toContain('````suggestion\nDescription: ```not a fence```\n````')
  })

  it('shortens a message too long for a comment, keeping the fix whole and emoji whole', () => {
    const huge = finding({ ruleId: 'acl-public-read', line: 1, message: `Bucket b["${'😀'.repeat(20_000)}"] is public.` })
    for (const placement of [{ kind: 'line' as const, suggestion: 'AccessControl: Private' }, { kind: 'file' as const }]) {
      const body = renderReviewComment(huge, CTX, placement)
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(60_000)
      expect(body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
      expect(body).not.toContain('\uFFFD')
      expect(parseFindingMarker(body)).toBe(huge.fingerprint)
      expect(body).toMatch(/😀…/)
      expect(body).toMatch(placement.kind === 'line' ? /```suggestion\nAccessControl: Private\n```\n/ : /\*\*How to fix\*\*[^]*```\n$/)
    }
  })

  it('stays within GitHub’s comment size when the other copies it names have very long keys', () => {
    const also = Array.from({ length: 30 }, (_, i) => `aws_s3_bucket.b["${'😀'.repeat(10_000)}${i}"]`)
    const body = renderReviewComment(finding({ ruleId: 'acl-public-read', line: 3 }), CTX, { kind: 'line', also })
    expect(body.length).toBeLessThanOrEqual(LIMITS.comment)
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(60_000)
    expect(body).toContain('Bucket Public breaks acl-public-read.')
    expect(body).toContain('30 more resources from these lines: `aws_s3_bucket.b["😀')
    expect(body).toContain('and 10 more.')
    expect(body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
  })

  it('deletes the anchored lines with an empty suggestion', () => {
    expect(renderReviewComment(finding({ ruleId: 'x', line: 1 }), CTX, { kind: 'line', suggestion: '' })).toContain('```suggestion\n```')
  })

  it('parses only our marker', () => {
    expect(parseFindingMarker(`${findingMarker('abc_123')}\ntext`)).toBe('abc_123')
    expect(parseFindingMarker('<!-- s3-gate:fp= -->')).toBeUndefined()
    expect(renderFixedReply('a'.repeat(40))).toContain('Fixed in aaaaaaa')
  })
})

describe('annotations', () => {
  it('map blocking to failure, advisory to warning and pre-existing to notice', () => {
    const { annotations: anns, unannotated } = renderCheckAnnotations(report(head, base), CTX)
    expect(unannotated).toBe(0)
    expect(anns.map((a) => [a.annotation_level, a.start_line])).toEqual([
      ['failure', 18],
      ['warning', 14],
      ['notice', 7],
    ])
    expect(anns[0]).toMatchSnapshot()
    // Only the first `max` are rendered, in the same order: the check run posts no more.
    expect(renderCheckAnnotations(report(head, base), CTX, 2)).toEqual({ annotations: anns.slice(0, 2), unannotated: 1 })
  })

  it('give copies of one resource (count, for_each) with the same finding on the same lines one annotation that names them', () => {
    const copy = (i: number) =>
      finding({
        ruleId: 'acl-public-read',
        line: 4,
        resource: `aws_s3_bucket.x[${i}]`,
        message: `Bucket aws_s3_bucket.x[${i}] is public.`,
        fingerprint: `fp-${i}`,
      })
    const other = finding({ ruleId: 'acl-public-read', line: 9, resource: 'aws_s3_bucket.y' })
    const copies = Array.from({ length: 100 }, (_, i) => copy(i))
    const { annotations, unannotated } = renderCheckAnnotations(report([...copies, other], []), CTX)
    expect(unannotated).toBe(0)
    expect(annotations.map((a) => a.start_line)).toEqual([4, 9])
    expect(annotations[0]!.message).toMatch(
      /^Bucket aws_s3_bucket\.x\[0\] is public\. .* The same finding applies to 99 more resources from these lines: aws_s3_bucket\.x\[1\], .*, aws_s3_bucket\.x\[10\] and 89 more\.$/,
    )
    expect(annotations[1]!.message).not.toMatch(/same finding applies/)
    const workflow = renderWorkflowAnnotations(report([...copies, other], []), CTX, 1)
    expect(workflow.annotations).toHaveLength(1)
    expect(workflow.annotations[0]!.message).toContain('The same finding applies to 99 more resources from these lines')
    expect(workflow.omitted).toBe(1)
    // Past the cap, the findings counted are those of the groups left out.
    expect(renderCheckAnnotations(report([...copies, other], []), CTX, 1).unannotated).toBe(1)
    const critical = { ...other, severity: 'critical' as const }
    expect(renderCheckAnnotations(report([...copies, critical], []), CTX, 1).unannotated).toBe(100)
  })

  it('put columns only on single-line annotations', () => {
    const multi = finding({
      ruleId: 'x',
      line: 3,
      location: { file: 'template.yaml', line: 3, column: 5, endLine: 6, endColumn: 2, path: 'p' },
    })
    const [a] = renderCheckAnnotations(report([multi], []), CTX).annotations
    expect(a).toMatchObject({ start_line: 3, end_line: 6 })
    expect(a!.start_column).toBeUndefined()
  })

  it('keep a title within GitHub’s 255 characters', () => {
    const long = { ...CTX, rule: () => ({ title: 'T'.repeat(400), why: 'w.', fix: {} }) }
    const [a] = renderCheckAnnotations(report([finding({ ruleId: 'x', line: 1 })], []), long).annotations
    expect(a!.title.length).toBeLessThanOrEqual(255)
    expect(a!.title).toMatch(/^[a-z]+: T+…$/)
  })

  it('keep workflow-command annotations to 10 per level and count the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => finding({ ruleId: `r${i}`, line: i + 1 }))
    const { annotations, omitted } = renderWorkflowAnnotations(report(many, undefined), CTX)
    expect(annotations).toHaveLength(10)
    expect(omitted).toBe(15)
    expect(annotations[0]).toMatchObject({ level: 'error', properties: { file: 'template.yaml', startLine: 1 } })
  })

  it('go out in batches of 50', () => {
    expect(batches(Array.from({ length: 120 }, (_, i) => i)).map((b) => b.length)).toEqual([50, 50, 20])
  })
})
