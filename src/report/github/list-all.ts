/**
 * Most pages a list is read to: 100,000 items at 100 a page, far beyond any pull request's files
 * (GitHub lists 3,000) or comments, and a bound on a `Link` chain that never ends.
 */
export const MAX_PAGES = 1000

interface Page {
  headers: { link?: string }
  data: unknown
}

/**
 * Every item of a paginated list (`client.paginate.iterator(…)`). Octokit follows each page's
 * `rel="next"` link for as long as there is one; a link back to a page already read (a broken
 * proxy or cache) would have it read the same pages until the job's six hours are up, so that,
 * and a chain longer than `MAX_PAGES`, fails the list instead.
 */
export async function listAll<T>(pages: AsyncIterable<Page>): Promise<T[]> {
  const items: T[] = []
  const followed = new Set<string>()
  let count = 0
  for await (const page of pages) {
    items.push(...(page.data as T[]))
    const next = /<([^<>]+)>;\s*rel="next"/.exec(page.headers.link ?? '')?.[1]
    if (!next) break
    if (followed.has(next)) throw new Error(`GitHub's pagination links went round in a circle after ${count + 1} pages`)
    if (++count >= MAX_PAGES) throw new Error(`GitHub's pagination links went on past ${MAX_PAGES} pages`)
    followed.add(next)
  }
  return items
}
