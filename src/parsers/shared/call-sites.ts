/**
 * The module calls that lead to a resource, as `related` locations of its findings: innermost
 * first, the root module's call last.
 */

/**
 * Call sites listed per finding. Modules calling each other 30 deep (each twice: 10,000 buckets
 * from 31 small files) gave each of 100,000 findings 30 call sites: 737 MB of JSON output. The
 * nearest callers say where to look; the root module's call says which configuration it is.
 */
export const MAX_CALL_SITES = 8

/** `sites` (innermost first), at most `MAX_CALL_SITES` of them: the innermost and the outermost. */
export function boundedCallSites<T extends { message: string }>(sites: T[]): T[] {
  if (sites.length <= MAX_CALL_SITES) return sites
  const between = sites.length - MAX_CALL_SITES
  const outer = sites[sites.length - 1]!
  return [
    ...sites.slice(0, MAX_CALL_SITES - 1),
    { ...outer, message: `${outer.message} (through ${between} more module call${between === 1 ? '' : 's'} not listed)` },
  ]
}
