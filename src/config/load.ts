/**
 * Reads `.s3-gate.yml`: YAML → schema check (`schema/s3-gate.schema.json`) → GateConfig.
 * Anything wrong is a ConfigurationError naming the file, line and column.
 */
import fs from 'node:fs'
import path from 'node:path'
import { isInside } from '../discovery.js'
import { repositoryOf } from '../work-tree.js'
import { credentialsIn } from '../parsers/shared/inside.js'
import { decodeText } from '../text-encoding.js'
import { readRegularFile } from '../read-regular-file.js'
import { ConfigurationError } from '../errors.js'
import { showsNothing } from '../report/render/printable.js'
import type { Profile } from '../engine/define-rule.js'
import type { Severity } from '../engine/severity.js'
import { LineIndex } from '../parsers/shared/line-index.js'
import { toPlain, type SMap, type SNode } from '../parsers/shared/source-tree.js'
import { parseYaml } from '../parsers/shared/yaml-tree.js'
import { isValidDate } from '../parsers/shared/comment-suppressions.js'
import { checkAgainstSchema } from './schema.js'
import { EMPTY_CONFIG, type ConfigException, type GateConfig } from './types.js'

export const DEFAULT_CONFIG_FILE = '.s3-gate.yml'

export function loadConfig(file: string | undefined, cwd: string, knownRules: ReadonlySet<string>): GateConfig {
  const explicit = file !== undefined && file !== ''
  const abs = path.resolve(cwd, explicit ? file : DEFAULT_CONFIG_FILE)
  const alt = path.resolve(cwd, '.s3-gate.yaml')
  if (!present(abs)) {
    if (explicit) throw new ConfigurationError(`Config file "${file}" does not exist.`)
    if (!present(alt)) {
      const unread = misnamedConfig(cwd)
      return unread === undefined ? EMPTY_CONFIG : { ...EMPTY_CONFIG, unread }
    }
    return parseConfig(readConfigFile(alt, cwd), displayPath(alt, cwd), knownRules)
  }
  // Both beside each other: the `.yaml` one, whoever edits it, was ignored without a word.
  if (!explicit && present(alt))
    throw new ConfigurationError(
      'Both .s3-gate.yml and .s3-gate.yaml are in the working directory; s3-gate reads one configuration: merge them into .s3-gate.yml and delete .s3-gate.yaml (or name one with --config / the `config` input).',
    )
  return parseConfig(readConfigFile(abs, cwd), displayPath(abs, cwd), knownRules)
}

/**
 * A file in `cwd` named as the configuration is often misnamed (`s3-gate.yml` without the dot,
 * `.s3gate.yaml`, `.s3_gate.yml`, `.s3-gate.json`, any case): it was not read, and the scan ran on
 * the defaults, its profile, severities and exclusions dropped without a word.
 */
function misnamedConfig(cwd: string): string | undefined {
  let names: string[]
  try {
    names = fs.readdirSync(cwd)
  } catch {
    return undefined
  }
  return names.sort().find((name) => MISNAMED.test(name))
}
const MISNAMED = /^\.?s3[-_]?gate\.(?:ya?ml|json)$/i

/**
 * The configuration file's text. A pull request can replace `.s3-gate.yml` with a symbolic link,
 * and the file's content reaches the log in error messages: a config inside the repository must
 * resolve to a regular file inside it, and not into `.git/` (where a checkout keeps its token).
 */
function readConfigFile(abs: string, cwd: string): string {
  const shown = displayPath(abs, cwd)
  let real: string
  try {
    real = fs.realpathSync.native(abs)
  } catch (e) {
    throw new ConfigurationError(`Config file "${shown}" is a symbolic link that leads nowhere (${errorCode(e)}).`)
  }
  // The git work tree, not only the working directory: `--config ../.s3-gate.yml` linked to
  // `.git/config` had the start of the checkout's credentials quoted in the error.
  const base = repositoryOf(abs, cwd)
  if (isInside(abs, [base])) {
    const realBase = fs.realpathSync.native(base)
    const inside = isInside(real, [realBase])
    // A credentials file too (`.s3-gate.yml -> .npmrc`): the start of its text is quoted in errors.
    const secret = inside ? credentialsIn(real, [realBase]) : undefined
    if (!inside || secret)
      throw new ConfigurationError(
        `Config file "${shown}" is a symbolic link to ${!inside ? 'a file outside the repository' : secret === 'git' ? 'a file under .git/' : 'a credentials file'}; refused.`,
      )
  }
  // Checked on the open file: a named pipe would block a plain read for ever. Capped: a 600 MB
  // file (sparse, it takes no room) was called "not a regular file", and smaller ones were read
  // whole only to be refused for their length.
  let r: ReturnType<typeof readRegularFile>
  try {
    r = readRegularFile(real, MAX_CONFIG_BYTES)
  } catch (e) {
    throw new ConfigurationError(`Config file "${shown}" cannot be read (${errorCode(e)}).`)
  }
  if ('tooLarge' in r) throw new ConfigurationError(`${shown}: ${tooLong(r.tooLarge)}`)
  if (!('bytes' in r)) throw new ConfigurationError(`Config file "${shown}" is not a regular file.`)
  // Windows PowerShell writes UTF-16 (`... > .s3-gate.yml`), as it does for templates.
  return decodeText(r.bytes)
}

/**
 * Whether anything, a link to nothing included, stands at `p`. `existsSync` follows links: a
 * `.s3-gate.yml` linked to a file that is gone read as no configuration, and the scan ran on the
 * defaults (its profile, severities and exclusions dropped) without a word.
 */
const present = (p: string) => fs.lstatSync(p, { throwIfNoEntry: false }) !== undefined

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e))

/** A glob as written (JSON quoting would double its backslashes), cut short like other quoted values. */
const cut = (text: string) => (text.length <= 58 ? text : `${text.slice(0, 57)}…`)

const displayPath = (abs: string, cwd: string) => (path.relative(cwd, abs) || abs).split(path.sep).join('/')

type Plain = Record<string, unknown>

/** Far above any real configuration (thousands of exceptions take a few hundred KB). */
const MAX_CONFIG_CHARS = 1024 * 1024
/** No encoding takes more than 3 bytes per UTF-16 code unit: a larger file is too long whatever it holds. */
const MAX_CONFIG_BYTES = 3 * MAX_CONFIG_CHARS + 4

const tooLong = (size: number) =>
  `the configuration is ${(size / 1048576).toFixed(1)} MiB; s3-gate reads at most ${MAX_CONFIG_CHARS / 1048576} MiB of it`

export function parseConfig(text: string, source: string, knownRules: ReadonlySet<string>): GateConfig {
  const lines = new LineIndex(text)
  const fail = (offset: number, message: string): never => {
    const pos = lines.position(offset)
    throw new ConfigurationError(`${source}:${pos.line}:${pos.column}: ${message}`)
  }
  // The file comes with the pull request: a 35 MB list of globs crashed the run ("document too
  // large to convert") instead of naming the file.
  if (text.length > MAX_CONFIG_CHARS) fail(0, tooLong(text.length))
  // A tag (`!Ref strict`, `!!binary aGVsbG8=`, `!!int "5"`) means nothing here: it was dropped
  // without a word, and the value read as the text it tags.
  const parsed = parseYaml(text, {
    maxDepth: 50,
    maxAliasExpansion: 10_000,
    convertTag: (tag) =>
      `the YAML tag ${cut(tag)} has no meaning in the configuration, which holds plain text, lists and mappings; remove it`,
  })
  const problem = parsed.issues.find((i) => i.level === 'error' || i.code === 'UNKNOWN_TAG')
  if (problem) {
    const pos = problem.line !== undefined ? { line: problem.line + 1, column: (problem.column ?? 0) + 1 } : lines.position(problem.offset)
    throw new ConfigurationError(`${source}:${pos.line}:${pos.column}: ${problem.message}`)
  }
  const config: GateConfig = { ...EMPTY_CONFIG, source, disable: [], on: [], severity: {}, include: [], exclude: [], exceptions: [] }
  if (parsed.documents.length > 1) fail(0, 'the configuration must be a single YAML document')
  const root = parsed.documents[0]
  if (!root || (root.kind === 'scalar' && root.value === null)) return config
  const value = toPlain(root) as Plain
  const violation = checkAgainstSchema(value, root, knownRules)
  if (violation) fail(violation.offset, violation.message)
  // The schema knows the rules of the build it shipped with; the registry is the authority.
  const map = root as SMap
  const entry = (key: string) => map.entries.find((e) => e.key === key)
  const checkRule = (id: string, offset: number) => {
    if (!knownRules.has(id)) fail(offset, `unknown rule "${id}"; \`s3-gate rules\` lists them.`)
    return id
  }
  const ruleList = (key: string): string[] | undefined => {
    const e = entry(key)
    if (!e) return undefined
    const nodes = e.value.kind === 'seq' ? e.value.items : [e.value]
    return nodes.map((n) => checkRule(String(toPlain(n)), n.start))
  }
  // Path globs are matched against paths with `/` on every system: a `\` (a path copied on
  // Windows) would never match, and an include that matches nothing reports nothing.
  const checkPathGlob = (glob: string, where: string, offset: number) => {
    if (glob.includes('\\'))
      fail(offset, `\`${where}\`: "${cut(glob)}" contains "\\"; paths are matched with "/" (write "${cut(glob.replaceAll('\\', '/'))}").`)
    const problem = pathGlobProblem(glob)
    if (problem) fail(offset, `\`${where}\`: "${cut(glob)}" ${problem}`)
  }
  const checkResourceGlob = (glob: string, where: string, offset: number) => {
    const problem = unsupportedSyntax(glob, false)
    if (problem) fail(offset, `\`${where}\`: "${cut(glob)}" ${problem}`)
  }
  const pathGlobs = (key: 'include' | 'exclude') => {
    const e = entry(key)
    if (!e) return []
    const nodes = e.value.kind === 'seq' ? e.value.items : [e.value]
    return nodes.map((n, i) => {
      const glob = String(toPlain(n))
      checkPathGlob(glob, e.value.kind === 'seq' ? `${key}[${i}]` : key, n.start)
      return { glob, at: lines.position(n.start) }
    })
  }

  if (value.profile !== undefined) config.profile = value.profile as Profile
  const rules = entry('rules')
  if (rules && rules.value.kind === 'map') {
    for (const r of rules.value.entries) {
      checkRule(r.key, r.keyStart)
      const setting = String(toPlain(r.value)).toLowerCase()
      if (setting === 'off' || setting === 'false') config.disable.push(r.key)
      else {
        config.on.push(r.key)
        if (setting !== 'on' && setting !== 'true') config.severity[r.key] = setting as Severity
      }
    }
  }
  config.disable.push(...(ruleList('disable') ?? []))
  const enable = ruleList('enable')
  // `enable: []` (every item commented out, say) would run no rule: a gate that passes everything.
  if (enable && enable.length === 0)
    fail(
      entry('enable')!.value.start,
      '`enable` lists no rule, so no rule would run; name the rules to run, or remove `enable` to run the profile',
    )
  if (enable) {
    config.enable = enable
    // `enable` runs only the rules it names: a rule `rules:` turns on (or gives a severity) beside it
    // never ran, and its setting was dropped without a word. Which of the two was meant is a guess.
    const ignored =
      rules?.value.kind === 'map' ? rules.value.entries.find((r) => config.on.includes(r.key) && !enable.includes(r.key)) : undefined
    if (ignored)
      fail(
        ignored.keyStart,
        `\`rules\` turns on ${ignored.key}, but \`enable\` runs only the rules it lists; add ${ignored.key} to \`enable\`, or remove it from \`rules\``,
      )
  }
  // `rules: { x: off }` is `disable: [x]`: beside `enable: [x]` off won as well, and no rule ran.
  const offButEnabled =
    enable && rules?.value.kind === 'map'
      ? rules.value.entries.find((r) => enable.includes(r.key) && !config.on.includes(r.key))
      : undefined
  if (offButEnabled)
    fail(offButEnabled.keyStart, `\`rules\` switches off ${offButEnabled.key}, but \`enable\` lists it; keep one of the two`)
  // A rule `disable` switches off that `rules` turns on or `enable` lists: off won, and with
  // `enable: [x]` and `disable: [x]` no rule ran at all, a gate that passes everything.
  const disabled = entry('disable')
  if (disabled) {
    const nodes = disabled.value.kind === 'seq' ? disabled.value.items : [disabled.value]
    for (const n of nodes) {
      const id = String(toPlain(n))
      const by = config.on.includes(id) ? '`rules` turns it on' : enable?.includes(id) ? '`enable` lists it' : undefined
      if (by) fail(n.start, `\`disable\` switches off ${id}, but ${by}; keep one of the two`)
    }
  }
  const include = pathGlobs('include')
  config.include = include.map((g) => g.glob)
  if (include.length) config.includeAt = include.map((g) => g.at)
  config.exclude = pathGlobs('exclude').map((g) => g.glob)
  const inline = value['inline-suppressions']
  if (inline !== undefined) config.allowInlineSuppressions = inline === true || inline === 'allow'
  const exceptions = entry('exceptions')
  if (exceptions && exceptions.value.kind === 'seq') {
    exceptions.value.items.forEach((item, i) => {
      const ex = readException(item, i, checkRule, fail, lines)
      const at = (key: string) => (item as SMap).entries.find((e) => e.key === key)!.value.start
      if (ex.path !== undefined) checkPathGlob(ex.path, `exceptions[${i}].path`, at('path'))
      if (ex.resource !== undefined) checkResourceGlob(ex.resource, `exceptions[${i}].resource`, at('resource'))
      config.exceptions.push(ex)
    })
  }
  return config
}

function readException(
  item: SNode,
  index: number,
  checkRule: (id: string, offset: number) => string,
  fail: (offset: number, m: string) => never,
  lines: LineIndex,
): ConfigException {
  const map = item as SMap
  const get = (k: string) => map.entries.find((e) => e.key === k)
  const plain = toPlain(item) as Plain
  const ruleEntry = get('rule')!
  const ex: ConfigException = { rule: checkRule(String(plain.rule), ruleEntry.value.start), reason: String(plain.reason).trim() }
  // The schema asks for a non-space character; a zero-width space or a bidirectional mark is one,
  // and an exception whose reason shows nothing was granted.
  if (showsNothing(ex.reason))
    fail(
      get('reason')!.value.start,
      `\`exceptions[${index}].reason\` shows nothing (only invisible characters): every exception must say why it is accepted.`,
    )
  if (plain.resource !== undefined) ex.resource = String(plain.resource)
  if (plain.path !== undefined) ex.path = String(plain.path)
  if (plain.expires !== undefined) {
    const d = String(plain.expires)
    if (!isValidDate(d)) fail(get('expires')!.value.start, `\`exceptions[${index}].expires\`: "${d}" is not a date (YYYY-MM-DD).`)
    ex.expires = d
  }
  const pos = lines.position(item.start)
  ex.line = pos.line
  ex.column = pos.column
  return ex
}

/**
 * Why a path glob can match no path s3-gate reports, or `undefined`. Paths are relative to the
 * working directory and normalised (`infra/a.yaml`, `../shared/b.tf`): `./infra/**`, `/infra/**`,
 * `infra/` and `infra//**` matched nothing, and an exclude or exception written so did nothing.
 */
function pathGlobProblem(glob: string): string | undefined {
  let start = 0
  while (glob.startsWith('./', start)) start += 2
  if (start > 0) return `starts with "./"; paths are written from the working directory without it (write "${cut(glob.slice(start))}").`
  if (glob.startsWith('/'))
    return `is an absolute path; paths are written from the working directory, with no leading "/" (write "${cut(glob.replace(/^\/+/, ''))}").`
  if (glob.endsWith('/')) return `ends with "/"; for everything in the folder, write "${cut(`${glob}**`)}".`
  const parts = glob.split('/')
  const firstOther = parts.findIndex((p) => p !== '..')
  if (parts.some((p, i) => p === '' || p === '.' || (p === '..' && i > firstOther)))
    return 'has an empty, "." or ".." folder in it; paths are written normalised ("infra/**", "../shared/*.tf").'
  return unsupportedSyntax(glob, true)
}

/**
 * Glob syntax other tools read that s3-gate does not, where every character but `*` and `?` is
 * literal: taken literally, `{test,spec}` or a leading `!` matched nothing, in silence.
 * `[...]` only in paths: resource addresses hold brackets (`aws_s3_bucket.logs["eu"]`).
 */
function unsupportedSyntax(glob: string, isPath: boolean): string | undefined {
  if (isPath && glob.startsWith('!')) return 'starts with "!"; negated globs are not supported (list what to leave out under `exclude`).'
  let open = -1
  let comma = false
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '{') {
      open = i
      comma = false
    } else if (c === ',' && open >= 0) comma = true
    else if (c === '}' && open >= 0 && comma)
      return 'holds "{a,b}" alternatives, which s3-gate does not expand (only * ** and ? are wildcards); write one glob per alternative.'
  }
  if (isPath) {
    const bracket = glob.indexOf('[')
    if (bracket >= 0 && glob.indexOf(']', bracket + 1) > bracket)
      return 'holds a "[...]" character class, which s3-gate does not read (only * ** and ? are wildcards); write ? for one character.'
  }
  return undefined
}
