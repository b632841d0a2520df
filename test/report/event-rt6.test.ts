import { describe, expect, it } from 'vitest'
import { readRunContext } from '../../src/report/github/event.js'
import { createRenderContext } from '../../src/report/github/render-context.js'

describe('readRunContext with white space around the runner’s values', () => {
  const env = {
    GITHUB_API_URL: ' https://ghe.example/api/v3/\n',
    GITHUB_SERVER_URL: ' https://ghe.example\n',
    GITHUB_REPOSITORY: ' octo/repo ',
    GITHUB_SHA: ' 0123456789abcdef0123456789abcdef01234567\n',
    GITHUB_EVENT_NAME: 'push\n',
    GITHUB_RUN_ID: ' 42 ',
  }

  it('reads names, commit ids and URLs without it', () => {
    const run = readRunContext(env)
    expect(run).toMatchObject({
      apiUrl: 'https://ghe.example/api/v3',
      serverUrl: 'https://ghe.example',
      owner: 'octo',
      repo: 'repo',
      headSha: '0123456789abcdef0123456789abcdef01234567',
      eventName: 'push',
      runUrl: 'https://ghe.example/octo/repo/actions/runs/42',
    })
  })

  it('links scanned files without a space in the URL', () => {
    const run = readRunContext(env)
    const ctx = createRenderContext({ run, headSha: run.headSha, pathPrefix: '', ruleDocsUrl: '' })
    expect(ctx.sourceUrl('a b.yaml', 3)).toBe('https://ghe.example/octo/repo/blob/0123456789abcdef0123456789abcdef01234567/a%20b.yaml#L3')
  })

  it('takes an API URL of white space alone for none', () => {
    expect(readRunContext({ GITHUB_API_URL: ' \n' }).apiUrl).toBe('https://api.github.com')
  })
})
