/**
 * CLI shell: argv → options → scan() → text | json | sarif on stdout. Progress and logs go to
 * stderr. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Writable } from 'node:stream'
import { loadConfig } from './config/load.js'
import { ConfigurationError } from './errors.js'
import { meetsThreshold, type Threshold } from './engine/severity.js'
import { LIMIT_NAMES, parseLimit, type Limits } from './limits.js'
import { parseArgs, type ParsedArgs } from './cli-args.js'
import { getErrorMessage, type Logger } from './logger.js'
import { mergeScanResults } from './merge/merge-scans.js'
import { readShardFiles } from './merge/read-shards.js'
import { makeScanOptions, parseShard, parseThreshold } from './options.js'
import { refusedOutput } from './output-path.js'
import { batched, batchedBytes } from './report/render/batched.js'
import { jsonChunks } from './report/render/json.js'
import { printable } from './report/render/printable.js'
import { sarifChunks } from './report/render/sarif.js'
import { textChunks } from './report/render/text.js'
import { scan, setEntryUrl } from './scan.js'
import type { ScanResult } from './scan-result.js'
import { COMMIT_ID } from './scan-settings.js'
import { VERSION } from './version.js'
import { enclosingWorkTree, repositoryOf } from './work-tree.js'
import { isPoolWorker, serveUnits } from './worker-pool.js'
import { rules } from '../rules/index.js'

const USAGE = `Usage:
  s3-gate scan [paths...] [options]   scan CloudFormation, Terraform and CDK output for insecure S3 buckets
  s3-gate merge <files...> [options]  combine the JSON results of the n shards of one scan (--shard I/N)
  s3-gate rules [--format text|json] [--output FILE]
                                      list the rules

Options for scan:
  --format text|json|sarif   output format on stdout (default: text)
  --output FILE              write the output to FILE instead of stdout
  --fail-on SEVERITY         exit 1 when a finding is at or above: critical|high|medium|low|info|none (default: high)
  --config FILE              configuration file (default: .s3-gate.yml in the working directory, if present)
  --shard I/N                scan only shard I of N (stable split of the scan units)
  --workers N                worker threads beside the main thread (default: automatic; 0 = none)
  --max-file-size MB         skip larger files with an error (default: 32)
  --max-depth N              deepest YAML/JSON/HCL nesting read (default: 200)
  --max-alias-expansion N    nodes a YAML document may expand to through aliases (default: 1000000)
  --max-eval-steps N         evaluation steps per template or Terraform module (default: 5000000)
  --max-instances N          instances of one count/for_each that are modelled (default: 1000)
  --max-collection-size N    elements one for expression or function may build (default: 100000)
  --max-findings N           findings and unknowns one template or Terraform configuration may yield (default: 100000)
  --max-scan-findings N      findings and unknowns the whole scan may hold, units kept in scan order (default: 500000)
  --verbose                  list every unknown; debug logs on stderr
  --quiet                    no progress on stderr
  --no-color                 plain text output
  -h, --help                 this help
  -v, --version              print the version

Options for merge (each file: \`scan --shard I/N --format json\` output or an action results file):
  --format text|json|sarif   output format of the merged result (default: text)
  --output FILE              write it to FILE instead of stdout
  --fail-on SEVERITY         exit 1 when a merged finding is at or above it (default: high)
`

export interface CliIo {
  stdout: (s: string) => void
  /**
   * Bytes for stdout, when the caller can take them: big outputs are encoded as they are rendered.
   * A promise means the reader is behind, and the next bytes wait for it.
   */
  stdoutBytes?: (b: Uint8Array) => void | Promise<void>
  stderr: (s: string) => void
  cwd: string
  isTTY: boolean
  env: Record<string, string | undefined>
}

function stderrLogger(io: CliIo, verbose: boolean, quiet: boolean): Logger {
  return {
    debug: (m) => verbose && io.stderr(`debug: ${printable(m)}\n`),
    info: (m) => !quiet && io.stderr(`${printable(m)}\n`),
    warning: (m) => io.stderr(`warning: ${printable(m)}\n`),
    error: (m) => io.stderr(`error: ${printable(m)}\n`),
    group: (_n, fn) => fn(),
  }
}

/** The `--max-…` flags, as overrides of the default limits (undefined when none is given). */
function limitFlags(flag: (k: string) => string | undefined): Partial<Limits> | undefined {
  let out: Partial<Limits> | undefined
  for (const name of Object.keys(LIMIT_NAMES)) {
    const v = flag(`--${name}`)
    if (v !== undefined) out = { ...out, ...parseLimit(name, v) }
  }
  return out
}

/**
 * `s3-gate merge <files…>`: the shard results (untrusted: validated, capped), checked to be the
 * n shards of one scan by this version, merged into what the unsharded scan gives.
 */
async function mergeCommand(args: ParsedArgs, flag: (k: string) => string | undefined, io: CliIo): Promise<number> {
  const format = flag('--format') ?? 'text'
  if (!['text', 'json', 'sarif'].includes(format))
    throw new ConfigurationError(`Expected \`--format\` to be one of text, json, sarif; got "${format}".`)
  const failOn = parseThreshold(flag('--fail-on') ?? 'high', 'fail-on')
  for (const f of ['--shard', '--config', '--workers', ...Object.keys(LIMIT_NAMES).map((n) => `--${n}`)]) {
    if (args.flags.has(f)) throw new ConfigurationError(`${f} applies to \`scan\`, not \`merge\`.`)
  }
  if (args.positional.length === 0)
    throw new ConfigurationError('`s3-gate merge` needs the shard result files (the JSON of `scan --shard I/N --format json`).')
  checkOutputPath(io, flag('--output'))
  const files = await readShardFiles(
    args.positional.map((f) => path.resolve(io.cwd, f)),
    io.cwd,
  )
  const merged = mergeScanResults(files, VERSION)
  // Checked to agree: every shard scanned the same folder.
  const place = mergedPlace(files[0]?.result.shard?.folder, io.cwd)
  const result = { ...merged, cwd: place.cwd }
  if (!args.flags.has('--quiet'))
    io.stderr(
      `merged ${counted(files.length, 'shard')}: ${counted(result.stats.files, 'file')}, ${counted(result.findings.filter((f) => !f.suppressed).length, 'finding')}\n`,
    )
  await writeOutput(io, flag('--output'), outputChunks(result, format, useColor(args, io), args.flags.has('--verbose'), place.srcRoot))
  return exitCodeFor(result, failOn)
}

/**
 * Where a merge's paths are from, and the repository root SARIF's URIs are relative to. Shards
 * that recorded the folder they scanned in their work tree are placed in it from the root of the
 * merge's own work tree (or, outside any, from the folder the merge runs in, taken as the
 * root), wherever in it the merge runs. Shards that did not (scanned outside a work tree, or by
 * the action) are taken to have run where the merge runs, as the README asks.
 */
function mergedPlace(folder: string | undefined, cwd: string): { cwd: string; srcRoot: string | undefined } {
  if (folder === undefined) return { cwd, srcRoot: enclosingWorkTree(cwd) }
  const root = enclosingWorkTree(cwd) ?? cwd
  return { cwd: path.join(root, ...folder.split('/')), srcRoot: root }
}

/** A shard's folder in its git work tree, so that a merge from another folder places its paths. */
function scannedFolder(cwd: string): { folder?: string } {
  const root = enclosingWorkTree(cwd)
  if (root === undefined) return {}
  return { folder: path.relative(root, path.resolve(cwd)).split(path.sep).join('/') }
}

/** "1 file", "2 files". */
const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

/** Colour only for a terminal: `--output` writes a file, whatever stdout is. */
function useColor(args: ParsedArgs, io: CliIo): boolean {
  return io.isTTY && !args.flags.has('--output') && !args.flags.has('--no-color') && !io.env.NO_COLOR
}

/** JSON and SARIF go out a finding at a time: a large scan never holds the whole text in memory. */
function outputChunks(
  result: ScanResult,
  format: string,
  color: boolean,
  verbose: boolean,
  srcRoot = enclosingWorkTree(result.cwd),
): Iterable<string> {
  if (format === 'json') return jsonChunks(result)
  // Code scanning places results by their path from the repository root, not from the cwd.
  if (format === 'sarif') return sarifChunks(result, rules, { srcRoot })
  return textChunks(result, { color, verbose })
}

async function writeOutput(io: CliIo, output: string | undefined, chunks: Iterable<string>): Promise<void> {
  if (!output) {
    if (io.stdoutBytes) for (const bytes of batchedBytes(chunks)) await io.stdoutBytes(bytes)
    else for (const chunk of batched(chunks)) io.stdout(chunk)
    return
  }
  const fd = openOutput(path.resolve(io.cwd, output), output)
  try {
    for (const bytes of batchedBytes(chunks)) {
      for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done)
    }
  } catch (e) {
    // A full disk or a file that refuses writes is the environment's, not a crash.
    if (!(e as NodeJS.ErrnoException).code) throw e
    throw new ConfigurationError(`Cannot write \`--output\` "${output}": ${getErrorMessage(e)}.`)
  } finally {
    fs.closeSync(fd)
  }
}

const OUTPUT_ERRORS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
}

/**
 * A `--output` whose folder is missing, or that is a folder, is refused before the scan: a big
 * scan would otherwise run for minutes and then fail to write. So is one inside the repository
 * that a symbolic link leads out of it or into `.git/`: CI runs
 * `--output results.sarif` in the pull request's checkout, which can commit `results.sarif` as a
 * link to `~/.bashrc`, and the output overwrote it (the action's rule for `sarif-file`).
 */
function checkOutputPath(io: CliIo, output: string | undefined): void {
  if (!output) return
  const file = path.resolve(io.cwd, output)
  const why = !fs.statSync(path.dirname(file), { throwIfNoEntry: false })?.isDirectory()
    ? OUTPUT_ERRORS.ENOENT
    : fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()
      ? OUTPUT_ERRORS.EISDIR
      : refusedOutput(file, repositoryOf(file, io.cwd))
  if (why) throw new ConfigurationError(`Cannot write \`--output\` "${output}": ${why}.`)
}

/** A `--output` that cannot be written (missing folder, a folder, no permission) is the user's to fix, not a crash. */
function openOutput(file: string, given: string): number {
  try {
    return fs.openSync(file, 'w')
  } catch (e) {
    const why = OUTPUT_ERRORS[(e as NodeJS.ErrnoException).code ?? ''] ?? getErrorMessage(e)
    throw new ConfigurationError(`Cannot write \`--output\` "${given}": ${why}.`)
  }
}

/**
 * `s3-gate rules` lists the rules and reads nothing: a scan's option there (`--config`,
 * `--fail-on`, a limit) or a path was dropped without a word, and `--output rules.json` printed
 * the list on stdout and wrote no file, exit code 0.
 */
function checkRulesArgs(args: ParsedArgs): void {
  for (const f of args.flags.keys()) if (!RULES_FLAGS.has(f)) throw new ConfigurationError(`${f} applies to \`scan\`, not \`rules\`.`)
  if (args.positional.length)
    throw new ConfigurationError(`\`s3-gate rules\` takes no paths; got "${args.positional[0]}". To scan it, run \`s3-gate scan\`.`)
}
const RULES_FLAGS = new Set(['--format', '--output', '--no-color', '--quiet', '--verbose'])

/** The rule list, as `s3-gate rules` prints it. */
function ruleListing(format: 'text' | 'json'): string[] {
  if (format === 'json')
    return [
      JSON.stringify(
        rules.map((r) => ({
          id: r.id,
          title: r.meta.title,
          severity: r.meta.severity,
          concepts: r.meta.concepts,
          securityHub: r.meta.securityHub ?? null,
          target: r.target,
        })),
        null,
        2,
      ) + '\n',
    ]
  const width = Math.max(...rules.map((r) => r.id.length)) + 2
  return rules.map((r) => `${r.id.padEnd(width)}${r.meta.severity.padEnd(10)}${r.meta.title}\n`)
}

export function exitCodeFor(result: ScanResult, failOn: Threshold): number {
  return result.findings.some((f) => !f.suppressed && meetsThreshold(f.severity, failOn)) ? 1 : 0
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ParsedArgs
  try {
    args = parseArgs(argv)
  } catch (e) {
    io.stderr(`error: ${printable(getErrorMessage(e))}\n`)
    return 2
  }
  const flag = (k: string) => {
    const v = args.flags.get(k)
    return typeof v === 'string' ? v : undefined
  }
  if (args.flags.has('--version') || args.flags.has('-v')) {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  const help = args.flags.has('--help') || args.flags.has('-h')
  if (help || !args.command) {
    // Options without a command (`s3-gate --fail-on high`) scan nothing: a usage error, never a pass.
    ;(help ? io.stdout : io.stderr)(USAGE)
    return help ? 0 : 2
  }
  try {
    if (args.command === 'rules') {
      checkRulesArgs(args)
      const format = flag('--format') ?? 'text'
      if (format !== 'json' && format !== 'text')
        throw new ConfigurationError(`Expected \`--format\` to be one of text, json; got "${format}".`)
      checkOutputPath(io, flag('--output'))
      await writeOutput(io, flag('--output'), ruleListing(format))
      return 0
    }
    if (args.command === 'merge') return await mergeCommand(args, flag, io)
    if (args.command !== 'scan') throw new ConfigurationError(`Unknown command "${args.command}". See s3-gate --help.`)
    const format = flag('--format') ?? 'text'
    if (!['text', 'json', 'sarif'].includes(format))
      throw new ConfigurationError(`Expected \`--format\` to be one of text, json, sarif; got "${format}".`)
    const failOn = parseThreshold(flag('--fail-on') ?? 'high', 'fail-on')
    const verbose = args.flags.has('--verbose')
    const logger = stderrLogger(io, verbose, args.flags.has('--quiet'))
    checkOutputPath(io, flag('--output'))
    const config = loadConfig(flag('--config'), io.cwd, new Set(rules.map((r) => r.id)))
    const workersFlag = flag('--workers')
    const workers = workersFlag === undefined ? undefined : Number(workersFlag)
    // Digits only: `Number` also reads `0x10` and `1e1`.
    if (workers !== undefined && (!/^\s*\d+\s*$/.test(workersFlag!) || !Number.isSafeInteger(workers)))
      throw new ConfigurationError(`Expected \`--workers\` to be a whole number; got "${workersFlag}".`)
    const limits = limitFlags(flag)
    const shard = flag('--shard')
    // On GitHub Actions, shard results record the commit, so a merge can refuse a stale shard.
    const commit = io.env.GITHUB_SHA?.trim().toLowerCase()
    const options = makeScanOptions({
      cwd: io.cwd,
      paths: args.positional,
      failOn,
      config,
      workers,
      shard: shard ? parseShard(shard) : undefined,
      ...(commit && COMMIT_ID.test(commit) ? { commit } : {}),
      ...(limits ? { limits: limits as Limits } : {}),
    })
    const scanned = await scan(options, logger)
    const result = scanned.shard ? { ...scanned, shard: { ...scanned.shard, ...scannedFolder(io.cwd) } } : scanned
    await writeOutput(io, flag('--output'), outputChunks(result, format, useColor(args, io), verbose))
    return exitCodeFor(result, failOn)
  } catch (e) {
    if (e instanceof ConfigurationError) {
      io.stderr(`error: ${printable(e.message)}\n`)
      return 2
    }
    // The message may quote the scanned code; the stack frames are s3-gate's own.
    const frames = e instanceof Error ? (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)) : []
    io.stderr(
      `s3-gate crashed: ${printable(e instanceof Error ? e.message : String(e))}\n${frames.map((l) => `${l}\n`).join('')}This is a bug; please report it.\n`,
    )
    return 2
  }
}

/** What ends a wait for stdout: it takes writes again, or never will (closed, a broken pipe). */
const DRAIN_ENDS = ['drain', 'close', 'error'] as const

/** Resolves once `stream` takes writes again, or never can. */
export function drained(stream: Writable): Promise<void> {
  if (stream.destroyed) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      for (const event of DRAIN_ENDS) stream.off(event, done)
      resolve()
    }
    for (const event of DRAIN_ENDS) stream.on(event, done)
  })
}

if (isPoolWorker()) serveUnits()
else if (process.argv[1] && fs.realpathSync(process.argv[1]) === fs.realpathSync(new URL(import.meta.url).pathname)) {
  setEntryUrl(import.meta.url)
  // `s3-gate scan | head` closes the pipe early: stop writing quietly and keep the gate's exit
  // code, rather than crash with a stack trace and exit 1 whatever was found.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e
  })
  const code = await runCli(process.argv.slice(2), {
    stdout: (s) => void process.stdout.write(s),
    // A pipe takes what its reader has read: without waiting for it, a 180 MB JSON output piped
    // to a slow reader was queued in memory (peak 400 against 263 MB written to a file).
    stdoutBytes: (b) => (process.stdout.write(b) ? undefined : drained(process.stdout)),
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  })
  // Let stdout drain before exiting (large JSON to a pipe).
  process.exitCode = code
}
