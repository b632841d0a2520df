import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { createGitHubClient, GAVE_UP_STATUS } from '../../src/report/github/client.js'
import { listAll, MAX_PAGES } from '../../src/report/github/list-all.js'

const logger = { debug: () => {}, info: () => {}, warning: () => {}, error: () => {} }

describe('createGitHubClient', () => {
  it('sends nothing, and says why, when GITHUB_API_URL is not a URL', async () => {
    const client = createGitHubClient({ token: 'ghs_unitTestToken', baseUrl: 'api.github.example', logger })
    const error = await client.rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 1 }).catch((e: unknown) => e)
    expect(error).toMatchObject({ status: GAVE_UP_STATUS })
    expect(String((error as Error).message)).toMatch(/token is only ever sent to api\.github\.example/)
  })
})

describe('rate limits', () => {
  it('takes a retry-after given as an HTTP date for the seconds it means: an hour ahead fails at once', async () => {
    let requests = 0
    const server = http.createServer((_req, res) => {
      requests++
      res.writeHead(403, { 'content-type': 'application/json', 'retry-after': new Date(Date.now() + 3_600_000).toUTCString() })
      res.end(JSON.stringify({ message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const warnings: string[] = []
    try {
      const client = createGitHubClient({
        token: 'ghs_unitTestToken',
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        logger: { ...logger, warning: (m: string) => void warnings.push(m) },
      })
      const started = Date.now()
      const error = await client.rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 1 }).catch((e: unknown) => e)
      expect(error).toMatchObject({ status: 403 })
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(requests).toBe(1)
      expect(warnings.join('\n')).toMatch(/asks to wait 3[56]\d\ds, more than the 300s left/)
    } finally {
      server.close()
    }
  })
})

describe('listAll', () => {
  const page = (data: unknown, next?: string) => ({ data, headers: next ? { link: `<${next}>; rel="next", <x>; rel="last"` } : {} })
  /** An endpoint method answering the first call with `first` and each URL it is sent to from `byUrl`. */
  const route = (first: ReturnType<typeof page>, byUrl: (url: string) => ReturnType<typeof page>) => {
    const seen: string[] = []
    const fn = (options: { url?: string }) => {
      if (options.url) seen.push(options.url)
      return Promise.resolve(options.url ? byUrl(options.url) : first)
    }
    return Object.assign(fn, { seen })
  }

  it('reads every page until there is no next link', async () => {
    const r = route(page([1, 2], 'https://api/p2'), (url) => (url.endsWith('p2') ? page([3], 'https://api/p3') : page([4])))
    expect(await listAll(r, {})).toEqual([1, 2, 3, 4])
    expect(r.seen).toEqual(['https://api/p2', 'https://api/p3'])
  })

  it('fails on a next link back to a page already read', async () => {
    const r = route(page([1], 'https://api/p2'), (url) => (url.endsWith('p2') ? page([2], 'https://api/p3') : page([3], 'https://api/p2')))
    await expect(listAll(r, {})).rejects.toThrow(/went round in a circle after 3 pages/)
  })

  it(`fails on a chain of more than ${MAX_PAGES} pages`, async () => {
    const r = route(page([0], 'https://api/p1'), (url) => page([1], `${url}x`))
    await expect(listAll(r, {})).rejects.toThrow(new RegExp(`past ${MAX_PAGES} pages`))
    expect(r.seen).toHaveLength(MAX_PAGES - 1)
  })

  it('takes null, an object or text for a failure, not for an empty list', async () => {
    for (const [data, shape] of [
      [null, 'nothing'],
      ['', 'nothing'],
      [{ message: 'x' }, 'a JSON object'],
      ['{"oops', 'text that is not JSON'],
    ] as const)
      await expect(
        listAll(
          route(page(data), () => page([])),
          {},
        ),
      ).rejects.toThrow(`GitHub answered a list with ${shape} instead of an array`)
    // The second page too.
    await expect(
      listAll(
        route(page([1], 'https://api/p2'), () => page(null)),
        {},
      ),
    ).rejects.toThrow(/nothing instead of an array/)
  })
})
