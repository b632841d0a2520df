/**
 * Two follow-ups of red-team round 9j: an inline suppression whose reason shows nothing (as an
 * exception's in `.s3-gate.yml` already is refused), and a results-file path holding half a
 * surrogate pair in the action's markdown links.
 */
import { describe, expect, it } from 'vitest'
import { findCommentSuppressions } from '../../src/parsers/shared/comment-suppressions.js'
import { readRunContext } from '../../src/report/github/event.js'
import { createRenderContext } from '../../src/report/github/render-context.js'

describe('an inline suppression whose reason shows nothing', () => {
  it('is a BAD_SUPPRESSION error at its line, and suppresses nothing', () => {
    for (const reason of ['\u200b', '\u200e\u202e ', '\u2060\ufeff']) {
      const r = findCommentSuppressions(`Resources:\n  # s3-gate:ignore versioning-disabled reason="${reason}"\n`, 'template.yaml')
      expect(r.found).toEqual([])
      expect(r.problems.map((p) => [p.code, p.line, p.level])).toEqual([['BAD_SUPPRESSION', 2, 'error']])
    }
  })

  it('is kept when the reason says something, invisible characters beside it', () => {
    const r = findCommentSuppressions('Resources:\n  # s3-gate:ignore versioning-disabled reason="\u200bscratch bucket"\n', 'template.yaml')
    expect(r.problems).toEqual([])
    expect(r.found).toHaveLength(1)
  })
})

describe('a file link of the action', () => {
  it('writes half a surrogate pair as U+FFFD instead of throwing', () => {
    const run = readRunContext({ GITHUB_REPOSITORY: 'octo/repo', GITHUB_SERVER_URL: 'https://github.com' }, () => '{}')
    const ctx = createRenderContext({ run, headSha: 'a'.repeat(40), pathPrefix: '', ruleDocsUrl: '' })
    expect(ctx.sourceUrl('infra/x\ud800.yaml', 3)).toBe(`https://github.com/octo/repo/blob/${'a'.repeat(40)}/infra/x%EF%BF%BD.yaml#L3`)
  })
})
