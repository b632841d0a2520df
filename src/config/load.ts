/**
 * Reads `.s3-gate.yml`. Invalid content is a ConfigurationError naming the file and line.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import { isSeverity, type Severity } from '../engine/severity.js'
import { LineIndex } from '../parsers/shared/line-index.js'
import type { SNode } from '../parsers/shared/source-tree.js'
import { parseYaml } from '../parsers/shared/yaml-tree.js'
import { isValidDate } from '../parsers/shared/comment-suppressions.js'
import { EMPTY_CONFIG, type ConfigException, type GateConfig } from './types.js'

export const DEFAULT_CONFIG_FILE = '.s3-gate.yml'

export function loadConfig(file: string | undefined, cwd: string, knownRules: ReadonlySet<string>): GateConfig {
  const explicit = file !== undefined && file !== ''
  const abs = path.resolve(cwd, explicit ? file : DEFAULT_CONFIG_FILE)
  if (!fs.existsSync(abs)) {
    if (explicit) throw new ConfigurationError(`Config file "${file}" does not exist.`)
    const alt = path.resolve(cwd, '.s3-gate.yaml')
    if (!fs.existsSync(alt)) return EMPTY_CONFIG
    return parseConfig(fs.readFileSync(alt, 'utf8'), path.relative(cwd, alt), knownRules)
  }
  return parseConfig(fs.readFileSync(abs, 'utf8'), path.relative(cwd, abs) || abs, knownRules)
}

export function parseConfig(text: string, source: string, knownRules: ReadonlySet<string>): GateConfig {
  const lines = new LineIndex(text)
  const fail = (node: { start: number } | undefined, message: string): never => {
    const pos = lines.position(node?.start ?? 0)
    throw new ConfigurationError(`${source}:${pos.line}:${pos.column}: ${message}`)
  }
  const parsed = parseYaml(text, { maxDepth: 50, maxAliasExpansion: 10_000 })
  const problem = parsed.issues.find((i) => i.level === 'error')
  if (problem) {
    const pos = problem.line !== undefined ? { line: problem.line + 1, column: (problem.column ?? 0) + 1 } : lines.position(problem.offset)
    throw new ConfigurationError(`${source}:${pos.line}:${pos.column}: ${problem.message}`)
  }
  const root = parsed.documents[0]
  const config: GateConfig = { ...EMPTY_CONFIG, source, disable: [], severity: {}, include: [], exclude: [], exceptions: [] }
  if (!root) return config
  if (root.kind !== 'map') return fail(root, 'the configuration must be a mapping')
  const str = (n: SNode, what: string): string => (n.kind === 'scalar' && n.value !== null ? String(n.value) : fail(n, `${what} must be a string`))
  const strList = (n: SNode, what: string): string[] => (n.kind === 'seq' ? n.items.map((i) => str(i, what)) : [str(n, what)])
  const rule = (n: SNode): string => {
    const id = str(n, 'a rule id')
    if (!knownRules.has(id)) fail(n, `unknown rule "${id}"`)
    return id
  }
  for (const e of root.entries) {
    const v = e.value
    const at = { start: e.keyStart }
    switch (e.key) {
      case 'profile': {
        const p = str(v, 'profile')
        if (p !== 'baseline' && p !== 'strict' && p !== 'default') fail(v, `Expected \`profile\` to be one of baseline, strict, default; got "${p}".`)
        config.profile = p as GateConfig['profile']
        break
      }
      case 'rules': {
        if (v.kind !== 'map') fail(v, '`rules` must map rule ids to off | on | a severity')
        if (v.kind !== 'map') break
        for (const r of v.entries) {
          if (!knownRules.has(r.key)) fail({ start: r.keyStart }, `unknown rule "${r.key}"`)
          const setting = str(r.value, `the setting of ${r.key}`).toLowerCase()
          if (setting === 'off' || setting === 'false') config.disable.push(r.key)
          else if (isSeverity(setting)) config.severity[r.key] = setting as Severity
          else if (setting !== 'on' && setting !== 'true') fail(r.value, `Expected \`rules.${r.key}\` to be off, on, or a severity; got "${setting}".`)
        }
        break
      }
      case 'disable':
        config.disable.push(...(v.kind === 'seq' ? v.items.map(rule) : [rule(v)]))
        break
      case 'enable':
        config.enable = v.kind === 'seq' ? v.items.map(rule) : [rule(v)]
        break
      case 'include':
        config.include = strList(v, 'an include glob')
        break
      case 'exclude':
        config.exclude = strList(v, 'an exclude glob')
        break
      case 'inline-suppressions': {
        const s = v.kind === 'scalar' ? v.value : undefined
        if (s !== true && s !== false && s !== 'allow' && s !== 'refuse') fail(v, 'Expected `inline-suppressions` to be allow or refuse.')
        config.allowInlineSuppressions = s === true || s === 'allow'
        break
      }
      case 'exceptions': {
        if (v.kind !== 'seq') fail(v, '`exceptions` must be a list')
        if (v.kind !== 'seq') break
        for (const item of v.items) {
          if (item.kind !== 'map') fail(item, 'an exception must be a mapping with rule and reason')
          if (item.kind !== 'map') continue
          const get = (k: string) => item.entries.find((x) => x.key === k)?.value
          const ruleNode = get('rule')
          if (!ruleNode) fail(item, 'an exception needs `rule`')
          const ex: ConfigException = { rule: rule(ruleNode!), reason: '' }
          const reason = get('reason')
          if (!reason || str(reason, 'reason').trim() === '') fail(item, `the exception for ${ex.rule} needs a reason`)
          ex.reason = str(reason!, 'reason')
          const resource = get('resource')
          if (resource) ex.resource = str(resource, 'resource')
          const p = get('path')
          if (p) ex.path = str(p, 'path')
          const expires = get('expires')
          if (expires) {
            const d = str(expires, 'expires')
            if (!isValidDate(d)) fail(expires, `expires: "${d}" is not a date (YYYY-MM-DD)`)
            ex.expires = d
          }
          for (const x of item.entries) if (!['rule', 'reason', 'resource', 'path', 'expires'].includes(x.key)) fail({ start: x.keyStart }, `unknown exception field "${x.key}"`)
          config.exceptions.push(ex)
        }
        break
      }
      default:
        fail(at, `unknown setting "${e.key}"`)
    }
  }
  return config
}
