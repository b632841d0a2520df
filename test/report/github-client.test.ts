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

describe('listAll', () => {
  const page = (data: number[], next?: string) => ({ data, headers: next ? { link: `<${next}>; rel="next", <x>; rel="last"` } : {} })
  async function* pages(list: ReturnType<typeof page>[]) {
    yield* list
  }

  it('reads every page until there is no next link', async () => {
    expect(await listAll(pages([page([1, 2], 'https://api/p2'), page([3], 'https://api/p3'), page([4])]))).toEqual([1, 2, 3, 4])
  })

  it('fails on a next link back to a page already read', async () => {
    const circle = [page([1], 'https://api/p2'), page([2], 'https://api/p3'), page([3], 'https://api/p2'), page([4])]
    await expect(listAll(pages(circle))).rejects.toThrow(/went round in a circle after 3 pages/)
  })

  it(`fails on a chain of more than ${MAX_PAGES} pages`, async () => {
    async function* endless() {
      for (let i = 1; ; i++) yield page([i], `https://api/p${i + 1}`)
    }
    await expect(listAll(endless())).rejects.toThrow(new RegExp(`past ${MAX_PAGES} pages`))
  })
})
