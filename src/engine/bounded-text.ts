/**
 * Values quoted into a finding's message or an unknown's reason come from the scanned files, and
 * Terraform's file() and templatefile() bring in whole files: an ACL read from a 20 KB file was
 * quoted whole, three times over, into the pull request's comments. A quoted text longer than the
 * bound keeps its start and its end (what makes a message readable), with `…` in place of the rest.
 */
// Well above what rules compose themselves (public-exposure's account of every public grant and
// statement reached 521 characters on the benchmark monorepo; at 300 it lost words in the middle).
export const MAX_QUOTED_CHARS = 1000
export const MAX_WHY_CHARS = 2000

export function boundText(text: string, max: number): string {
  if (text.length <= max) return text
  const keep = max - 1
  let head = Math.ceil(keep / 2)
  let tail = text.length - (keep - head)
  // Never half of a surrogate pair (an emoji) on either side of the cut.
  if (isHighSurrogate(text.charCodeAt(head - 1))) head--
  if (isLowSurrogate(text.charCodeAt(tail))) tail++
  return `${text.slice(0, head)}…${text.slice(tail)}`
}

/** A message's data with each string value bounded. */
export function boundData(data: Record<string, string | number> | undefined): Record<string, string | number> | undefined {
  if (!data) return data
  let out: Record<string, string | number> | undefined
  for (const [k, v] of Object.entries(data)) {
    if (typeof v !== 'string' || v.length <= MAX_QUOTED_CHARS) continue
    out ??= { ...data }
    out[k] = boundText(v, MAX_QUOTED_CHARS)
  }
  return out ?? data
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff
