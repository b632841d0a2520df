/**
 * IP prefix arithmetic for Terraform's `cidrhost`, `cidrnetmask`, `cidrsubnet` and `cidrsubnets`,
 * on BigInt so IPv4 and IPv6 share one code path. Addresses print as Go's `net.IP` prints them
 * (RFC 5952 for IPv6), since Terraform's results are what policies and rules compare against.
 * Every function returns an error message (a string) instead of throwing.
 */

export interface Prefix {
  /** The network address (host bits cleared, as Go's ParseCIDR gives it). */
  base: bigint
  length: number
  /** 32 or 128. */
  bits: number
}

function parseIPv4(s: string): bigint | undefined {
  const parts = s.split('.')
  if (parts.length !== 4) return undefined
  let v = 0n
  for (const p of parts) {
    // Go refuses leading zeros (an octal reading would differ), and so do we.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p) || Number(p) > 255) return undefined
    v = (v << 8n) | BigInt(p)
  }
  return v
}

function parseIPv6(s: string): bigint | undefined {
  let text = s
  const lastColon = s.lastIndexOf(':')
  if (s.includes('.', lastColon)) {
    // A trailing dotted quad (`::ffff:10.0.0.1`) is the last two groups.
    const v4 = parseIPv4(s.slice(lastColon + 1))
    if (v4 === undefined) return undefined
    text = `${s.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  const groups = (h: string) => (h === '' ? [] : h.split(':'))
  const head = groups(halves[0]!)
  const rest = halves.length === 2 ? groups(halves[1]!) : []
  const given = head.length + rest.length
  if (![...head, ...rest].every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined
  if (halves.length === 1 ? given !== 8 : given > 7) return undefined
  const values = [...head.map((g) => BigInt(`0x${g}`)), ...Array<bigint>(8 - given).fill(0n), ...rest.map((g) => BigInt(`0x${g}`))]
  return values.reduce((acc, g) => (acc << 16n) | g, 0n)
}

export function parsePrefix(s: string): Prefix | string {
  const slash = s.indexOf('/')
  if (slash < 0) return `"${s}" is not a CIDR prefix (address/length)`
  const addr = s.slice(0, slash)
  const lenText = s.slice(slash + 1)
  const bits = addr.includes(':') ? 128 : 32
  const value = bits === 32 ? parseIPv4(addr) : parseIPv6(addr)
  if (value === undefined || !/^(0|[1-9][0-9]{0,2})$/.test(lenText) || Number(lenText) > bits) {
    return `"${s}" is not a valid CIDR prefix`
  }
  const length = Number(lenText)
  return { base: value & mask(length, bits), length, bits }
}

const mask = (length: number, bits: number): bigint => ((1n << BigInt(length)) - 1n) << BigInt(bits - length)

export function formatAddress(v: bigint, bits: number): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 0xffn)).join('.')
  // Go prints an IPv4-mapped address (`::ffff:a.b.c.d`) as the IPv4 address.
  if (v >> 32n === 0xffffn) return formatAddress(v & 0xffffffffn, 32)
  const groups = Array.from({ length: 8 }, (_, i) => (v >> BigInt(16 * (7 - i))) & 0xffffn)
  // RFC 5952: the first longest run of two or more zero groups becomes "::".
  let best = -1
  let bestLen = 1
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0n) {
      i++
      continue
    }
    let j = i
    while (j < 8 && groups[j] === 0n) j++
    if (j - i > bestLen) {
      best = i
      bestLen = j - i
    }
    i = j
  }
  const hex = (gs: bigint[]) => gs.map((g) => g.toString(16)).join(':')
  if (best < 0) return hex(groups)
  return `${hex(groups.slice(0, best))}::${hex(groups.slice(best + bestLen))}`
}

const formatPrefix = (p: Prefix) => `${formatAddress(p.base, p.bits)}/${p.length}`

/** `cidrhost(prefix, hostnum)`: a negative number counts back from the last address. */
export function cidrHost(prefix: string, hostnum: number): string | { error: string } {
  const p = parsePrefix(prefix)
  if (typeof p === 'string') return { error: p }
  if (!Number.isInteger(hostnum)) return { error: 'the host number must be a whole number' }
  const size = 1n << BigInt(p.bits - p.length)
  const n = hostnum < 0 ? size + BigInt(hostnum) : BigInt(hostnum)
  if (n < 0n || n >= size) return { error: `prefix of ${p.length} does not accommodate a host numbered ${hostnum}` }
  return formatAddress(p.base + n, p.bits)
}

export function cidrNetmask(prefix: string): string | { error: string } {
  const p = parsePrefix(prefix)
  if (typeof p === 'string') return { error: p }
  if (p.bits !== 32) return { error: 'an IPv6 prefix has no netmask form' }
  return formatAddress(mask(p.length, 32), 32)
}

export function cidrSubnet(prefix: string, newbits: number, netnum: number): string | { error: string } {
  const p = parsePrefix(prefix)
  if (typeof p === 'string') return { error: p }
  const length = p.length + newbits
  if (!Number.isInteger(newbits) || newbits < 0 || length > p.bits)
    return { error: `may not extend prefix of ${p.length} by ${newbits} bits` }
  if (!Number.isInteger(netnum) || netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits))
    return { error: `prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}` }
  return formatPrefix({ base: p.base | (BigInt(netnum) << BigInt(p.bits - length)), length, bits: p.bits })
}

/**
 * `cidrsubnets(prefix, newbits...)`: consecutive subnets, each aligned to its own size, as
 * Terraform allocates them (the next one starts after the block, of the next one's size, that
 * holds the end of the previous one).
 */
export function cidrSubnets(prefix: string, newbits: readonly number[]): string[] | { error: string } {
  const p = parsePrefix(prefix)
  if (typeof p === 'string') return { error: p }
  const out: string[] = []
  let current: Prefix | undefined
  for (const n of newbits) {
    const length = p.length + n
    if (!Number.isInteger(n) || n < 1 || length > p.bits) return { error: `would extend prefix to ${length} bits, which is too long` }
    const m = mask(length, p.bits)
    let base = p.base
    if (current) {
      const lastOfCurrent = current.base + (1n << BigInt(p.bits - current.length)) - 1n
      base = (lastOfCurrent & m) + (1n << BigInt(p.bits - length))
    }
    const end = p.base + (1n << BigInt(p.bits - p.length))
    if (base >= end) return { error: `not enough remaining address space for a subnet with a prefix of ${length} bits` }
    current = { base, length, bits: p.bits }
    out.push(formatPrefix(current))
  }
  return out
}
