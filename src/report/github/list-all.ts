/**
 * Most pages a list is read to: 100,000 items at 100 a page, far beyond any pull request's files
 * (GitHub lists 3,000) or comments, and a bound on a `Link` chain that never ends.
 */
export const MAX_PAGES = 1000

interface Page {
  headers: { link?: string }
  data: unknown
}

/** An Octokit endpoint method (`client.rest.pulls.listFiles`): takes its parameters, or a URL to follow. */
type ListRoute = (params: never) => Promise<unknown>

/**
 * Every item of a list endpoint that answers with an array (pull request files, review comments,
 * issue comments), following each page's `rel="next"` link. Unlike `client.paginate`, it takes
 * no answer for an empty page that is not one: `null` or a cut-off body would otherwise read as
 * "no comments yet", and a re-run would post them all again. A link back to a page already read
 * (a broken proxy or cache) would be followed until the job's six hours are up, so that, and a
 * chain longer than `MAX_PAGES`, fails the list instead, as does an empty page a link led to.
 */
export async function listAll<T>(route: ListRoute, params: object): Promise<T[]> {
  const request = route as unknown as (options: object) => Promise<Page>
  const items: T[] = []
  const followed = new Set<string>()
  let page = await request(params)
  for (let count = 1; ; count++) {
    if (!Array.isArray(page.data)) throw new Error(`GitHub answered a list with ${describeShape(page.data)} instead of an array`)
    items.push(...(page.data as T[]))
    const next = /<([^<>]+)>;\s*rel="next"/.exec(page.headers.link ?? '')?.[1]
    if (next && followed.has(next)) throw new Error(`GitHub's pagination links went round in a circle after ${count} pages`)
    // GitHub links only to pages that have items: an empty one after a link is a list cut off (a
    // proxy's or a cache's), and its missing comments would be posted again as if new.
    if (count > 1 && page.data.length === 0) throw new Error(`GitHub answered page ${count} of a list empty, so the list was cut off`)
    if (!next) return items
    if (count >= MAX_PAGES) throw new Error(`GitHub's pagination links went on past ${MAX_PAGES} pages`)
    followed.add(next)
    page = await request({ method: 'GET', url: next })
  }
}

function describeShape(data: unknown): string {
  if (data === null || data === undefined || data === '') return 'nothing'
  return typeof data === 'string' ? 'text that is not JSON' : `a JSON ${typeof data}`
}
