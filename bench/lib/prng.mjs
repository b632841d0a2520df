// Deterministic pseudo-random numbers for the corpus generator (never Math.random): the same
// seed gives byte-identical output on every machine.

/** FNV-1a over a string, used to turn a textual seed into 32 bits. */
export function hash32(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** sfc32: small, fast, good enough statistical quality for synthetic data. */
export function createRng(seed) {
  let a = hash32(`a:${seed}`)
  let b = hash32(`b:${seed}`)
  let c = hash32(`c:${seed}`)
  let d = 1
  const next = () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    d = (d + 1) | 0
    t = (t + d) | 0
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 15; i++) next()

  const rng = {
    next,
    /** Integer in [min, max], both inclusive. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    bool: (p = 0.5) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** `pairs` is [[weight, value], ...]. */
    weighted(pairs) {
      let total = 0
      for (const [w] of pairs) total += w
      let x = next() * total
      for (const [w, v] of pairs) {
        x -= w
        if (x < 0) return v
      }
      return pairs[pairs.length - 1][1]
    },
    /** Standard normal (Box-Muller). */
    normal() {
      let u = 0
      while (u === 0) u = next()
      const v = next()
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    },
    /** Log-normal with the given median and shape. */
    logNormal(median, sigma) {
      return median * Math.exp(sigma * rng.normal())
    },
    /** Lowercase alphanumeric id. */
    id(len = 8) {
      const chars = 'abcdefghijklmnopqrstuvwxyz0123456789'
      let s = ''
      for (let i = 0; i < len; i++) s += chars[Math.floor(next() * chars.length)]
      return s
    },
    /** Uppercase hex, like the hash suffix of a CDK logical id. */
    hex(len = 8) {
      let s = ''
      for (let i = 0; i < len; i++) s += '0123456789ABCDEF'[Math.floor(next() * 16)]
      return s
    },
    /** A child generator, so that one unit's randomness does not shift the next unit's. */
    fork: (label) => createRng(`${seed}/${label}/${Math.floor(next() * 1e9)}`),
  }
  return rng
}

export const WORDS = [
  'orders',
  'billing',
  'payments',
  'invoices',
  'catalog',
  'search',
  'media',
  'assets',
  'reports',
  'analytics',
  'events',
  'audit',
  'backup',
  'archive',
  'uploads',
  'exports',
  'imports',
  'ledger',
  'profile',
  'identity',
  'notify',
  'mailer',
  'inventory',
  'pricing',
  'shipping',
  'returns',
  'claims',
  'telemetry',
  'metrics',
  'dashboards',
  'ml',
  'features',
  'datalake',
  'raw',
  'curated',
  'staging',
  'website',
  'docs',
  'static',
  'frontend',
  'gateway',
  'partner',
  'vendor',
  'sftp',
  'ingest',
  'etl',
  'batch',
  'stream',
  'cache',
  'config',
  'secrets',
  'build',
  'artifacts',
  'releases',
  'deploy',
]

export const TEAMS = ['platform', 'payments', 'growth', 'data', 'core', 'risk', 'web', 'mobile', 'ops', 'ml']

export function pascal(...parts) {
  return parts
    .flatMap((p) => String(p).split(/[^A-Za-z0-9]+/))
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('')
}
