import { describe, expect, it } from 'vitest'
import { readRunContext } from '../../src/report/github/event.js'
import { createRenderContext } from '../../src/report/github/render-context.js'

describe('the render context of a run', () => {
  it('links a file whose name holds parentheses or spaces so that the markdown link stays whole', () => {
    const run = readRunContext({ GITHUB_REPOSITORY: 'octo/repo', GITHUB_SERVER_URL: 'https://github.com' }, () => '{}')
    const ctx = createRenderContext({ run, headSha: 'a'.repeat(40), pathPrefix: '', ruleDocsUrl: '' })
    const url = ctx.sourceUrl('infra/old (v1/b).yaml', 3)!
    expect(url).toBe(`https://github.com/octo/repo/blob/${'a'.repeat(40)}/infra/old%20%28v1/b%29.yaml#L3`)
    expect(`[x](${url})`).toMatch(/^\[x\]\([^()\s]+\)$/)
  })
})
