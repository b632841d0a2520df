import { describe, expect, it } from 'vitest'
import { readRunContext } from '../../src/report/github/event.js'
import { ignoredScanInputs, readActionInputs } from '../../src/report/github/inputs.js'

describe('the action inputs', () => {
  it('have the documented defaults', () => {
    expect(readActionInputs(() => '')).toEqual({
      paths: ['.'],
      token: '',
      failOn: 'high',
      commentOn: 'medium',
      scope: 'changed',
      maxComments: 25,
      sarifFile: '',
      config: '',
      mode: 'all',
      resultsFile: '',
      checkName: 's3-gate',
      ruleDocsUrl: '',
      resultsDir: '',
      limits: {},
    })
  })

  it('read lists, thresholds and numbers', () => {
    const inputs: Record<string, string> = {
      paths: 'infra\ncdk.out, modules/my bucket',
      'fail-on': 'Critical',
      'max-comments': '0',
      mode: 'scan',
      shard: '2/4',
      limits: 'max-file-size=64\nmax-depth: 300, max-eval-steps=10000000',
    }
    expect(readActionInputs((n) => inputs[n] ?? '')).toMatchObject({
      paths: ['infra', 'cdk.out', 'modules/my bucket'],
      failOn: 'critical',
      maxComments: 0,
      shard: { index: 2, count: 4 },
      limits: { maxFileBytes: 64 * 1024 * 1024, maxDepth: 300, maxEvalSteps: 10_000_000 },
    })
  })

  it.each([
    ['fail-on', 'hgih', /Expected `fail-on` to be one of critical, high, medium, low, info, none; got "hgih"/],
    ['comment-on', 'loud', /`comment-on`/],
    ['scope', 'diff', /`scope` to be one of changed, all/],
    ['max-comments', '-1', /`max-comments`/],
    ['mode', 'both', /`mode` to be one of all, scan, publish, merge/],
    ['limits', 'max-depth=0', /`max-depth` to be a whole number of at least 1/],
    ['limits', 'max-size=3', /Unknown limit "max-size"/],
  ])('reject %s: %s', (name, value, message) => {
    expect(() => readActionInputs((n) => (n === name ? value : ''))).toThrow(message)
  })

  it('refuse a shard outside `mode: scan`, and `mode: merge` without `results-dir`', () => {
    expect(() => readActionInputs((n) => ({ shard: '1/2' })[n] ?? '')).toThrow(/`shard` needs `mode: scan`/)
    expect(() => readActionInputs((n) => ({ shard: '1/2', mode: 'merge', 'results-dir': 'r' })[n] ?? '')).toThrow(/`shard` needs/)
    expect(() => readActionInputs((n) => ({ mode: 'merge' })[n] ?? '')).toThrow(/`results-dir`/)
    expect(readActionInputs((n) => ({ mode: 'merge', 'results-dir': 'shards' })[n] ?? '')).toMatchObject({
      mode: 'merge',
      resultsDir: 'shards',
    })
  })

  it('name the scan inputs a step that scans nothing ignores', () => {
    const read = (i: Record<string, string>) => ignoredScanInputs(readActionInputs((n) => i[n] ?? ''))
    const set = { paths: 'infra', config: '.s3-gate.yml', limits: 'max-depth=300' }
    expect(read({ mode: 'merge', 'results-dir': 'shards', ...set })).toEqual(['paths', 'config', 'limits'])
    expect(read({ mode: 'publish', paths: '.' })).toEqual([])
    expect(read({ mode: 'scan', ...set })).toEqual([])
    expect(read({ ...set })).toEqual([])
  })
})

describe('the run context', () => {
  const read = (eventName: string, payload: unknown, env: Record<string, string> = {}) =>
    readRunContext(
      { GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: '/event.json', GITHUB_SHA: 'm'.repeat(40), GITHUB_REPOSITORY: 'o/r', ...env },
      () => JSON.stringify(payload),
    )

  it('reports on the pull request head, never the merge commit', () => {
    const ctx = read('pull_request', {
      number: 5,
      pull_request: {
        number: 5,
        head: { sha: 'e'.repeat(40), repo: { full_name: 'fork/r' } },
        base: { sha: 'b'.repeat(40), repo: { full_name: 'o/r' } },
      },
    })
    expect(ctx.headSha).toBe('e'.repeat(40))
    expect(ctx.pullRequest).toEqual({ number: 5, headSha: 'e'.repeat(40), baseSha: 'b'.repeat(40), fromFork: true })
  })

  it('reads workflow_run and push events and the API URL', () => {
    const wr = read(
      'workflow_run',
      { workflow_run: { head_sha: 'd'.repeat(40), event: 'pull_request', pull_requests: [] } },
      { GITHUB_API_URL: 'https://ghe.example.com/api/v3/' },
    )
    expect(wr.workflowRun).toEqual({ headSha: 'd'.repeat(40), event: 'pull_request', pullNumbers: [] })
    expect(wr.apiUrl).toBe('https://ghe.example.com/api/v3')
    expect(read('push', { after: 'a'.repeat(40) }).headSha).toBe('a'.repeat(40))
    expect(read('workflow_dispatch', {}).headSha).toBe('m'.repeat(40))
  })

  it('says why an event file could not be read, instead of crashing on `null` or guessing silently', () => {
    expect(read('pull_request', null)).toMatchObject({ payloadProblem: 'it holds no JSON object', headSha: 'm'.repeat(40) })
    expect(read('pull_request', [1])).toMatchObject({ payloadProblem: 'it holds no JSON object' })
    const garbled = readRunContext(
      { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/event.json', GITHUB_REPOSITORY: 'o/r' },
      () => '{"after":',
    )
    expect(garbled.payloadProblem).toMatch(/JSON/)
    expect(garbled.pullRequest).toBeUndefined()
    expect(read('pull_request', { number: 1 }).payloadProblem).toBeUndefined()
  })

  // Red team: a hand-made payload with a sha that is a number crashed the run ("This is a bug")
  // before any verdict was posted; `pull_requests: "x"` did too; a number 2.5 was sent to the API.
  it('takes a pull request only from well-typed fields, and says why it could not', () => {
    const pr = (fields: Record<string, unknown>) => ({
      pull_request: { number: 5, head: { sha: 'e'.repeat(40) }, base: { sha: 'b'.repeat(40) }, ...fields },
    })
    for (const bad of [
      pr({ head: { sha: 12345 } }),
      pr({ head: { sha: '--output=/tmp/x' } }),
      pr({ base: { sha: ['b'.repeat(40)] } }),
      pr({ number: 2.5 }),
      pr({ number: -1 }),
      pr({ number: '2; rm' }),
      pr({ head: 'x' }),
      { pull_request: 'x' },
      { pull_request: null },
    ]) {
      const ctx = read('pull_request', bad)
      expect(ctx.pullRequest).toBeUndefined()
      expect(ctx.headSha).toBe('m'.repeat(40))
      expect(ctx.payloadProblem).toMatch(/pull_request/)
    }
    // A quoted number is still the number; upper-case hex is the same commit.
    expect(read('pull_request', pr({ number: '7', head: { sha: 'E'.repeat(40) } })).pullRequest).toEqual({
      number: 7,
      headSha: 'e'.repeat(40),
      baseSha: 'b'.repeat(40),
      fromFork: false,
    })
    expect(
      read('pull_request', pr({ head: { sha: 'e'.repeat(40), repo: 'x' }, base: { sha: 'b'.repeat(40), repo: 7 } })).pullRequest,
    ).toMatchObject({
      fromFork: false,
    })
  })

  it('reads workflow_run, merge_group and repository fields of the wrong type as absent, without throwing', () => {
    const wr = read('workflow_run', { workflow_run: { head_sha: 'd'.repeat(40), event: 5, pull_requests: 'x' } })
    expect(wr.workflowRun).toEqual({ headSha: 'd'.repeat(40), event: '', pullNumbers: [] })
    const mixed = read('workflow_run', {
      workflow_run: { head_sha: 'd'.repeat(40), pull_requests: [null, 'x', { number: '3' }, { number: 4 }] },
    })
    expect(mixed.workflowRun?.pullNumbers).toEqual([3, 4])
    const noHead = read('workflow_run', { workflow_run: { head_sha: 5 } })
    expect(noHead.workflowRun).toBeUndefined()
    expect(noHead.headSha).toBe('m'.repeat(40))
    expect(noHead.payloadProblem).toMatch(/workflow_run/)
    const mg = read('merge_group', { merge_group: { head_sha: {}, base_sha: [] } })
    expect(mg.mergeGroup).toBeUndefined()
    expect(mg.headSha).toBe('m'.repeat(40))
    const repo = readRunContext({ GITHUB_EVENT_PATH: '/e.json' }, () => JSON.stringify({ repository: { name: 5, owner: 'x' } }))
    expect([repo.owner, repo.repo]).toEqual(['', ''])
  })
})
