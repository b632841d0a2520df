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
        // `--output --format json`: the report went to a file named `--format`, and `json` was
        // scanned as a path. An option where the value should be is a value left out.
        if (eq < 0 && isOption(v)) throw new ConfigurationError(`${name} needs a value; got the option ${v}.`)
        // `--config a.yml … --config b.yml` (a script adding its own) read b.yml only: which one
        // was meant is a guess.
        if (flags.has(name)) throw new ConfigurationError(`${name} is given twice; keep one.`)
        flags.set(name, v)
      } else if (BOOL_FLAGS.has(name)) {
        // `--verbose=false` or `--no-color=0` switched the option on.
        if (eq > 0) throw new ConfigurationError(`${name} takes no value; got "${a}".`)
        flags.set(name, true)
      } else throw new ConfigurationError(`Unknown option ${a}. See s3-gate --help.`)
    } else positional.push(a)
  }
  return { command: positional.shift(), positional, flags }
}

/** Whether `arg` is one of the options (`--format`, `--format=json`, `-h`), not a value. */
function isOption(arg: string): boolean {
  const eq = arg.indexOf('=')
  const name = eq > 0 ? arg.slice(0, eq) : arg
  return VALUE_FLAGS.has(name) || BOOL_FLAGS.has(name)
}
