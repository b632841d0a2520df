/**
 * The command line of `s3-gate`, parsed without the rest of the CLI: the launcher
 * (`src/launch/`) reads it too, to tell a small scan from a large one before the bundle loads.
 */
import { ConfigurationError } from './errors.js'
import { LIMIT_NAMES } from './limits.js'

export interface ParsedArgs {
  command: string | undefined
  positional: string[]
  flags: Map<string, string | true>
}

const VALUE_FLAGS = new Set([
  '--format',
  '--output',
  '--fail-on',
  '--config',
  '--shard',
  '--workers',
  ...Object.keys(LIMIT_NAMES).map((n) => `--${n}`),
])
const BOOL_FLAGS = new Set(['--verbose', '--quiet', '--no-color', '--help', '-h', '--version', '-v'])

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = []
  const flags = new Map<string, string | true>()
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--') {
      positional.push(...argv.slice(i + 1))
      break
    }
    if (a.startsWith('-')) {
      const eq = a.indexOf('=')
      const name = eq > 0 ? a.slice(0, eq) : a
      if (VALUE_FLAGS.has(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : argv[++i]
        // `--shard=` (an empty matrix variable) scanned everything, unsharded; `--output=` wrote to
        // stdout and `--workers=` read as 0: an empty value is always a slip, never a choice.
        if (v === undefined || v.trim() === '') throw new ConfigurationError(`${name} needs a value.`)
        flags.set(name, v)
      } else if (BOOL_FLAGS.has(name)) flags.set(name, true)
      else throw new ConfigurationError(`Unknown option ${a}. See s3-gate --help.`)
    } else positional.push(a)
  }
  return { command: positional.shift(), positional, flags }
}
