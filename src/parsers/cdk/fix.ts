/**
 * Fixes in CDK terms: a finding mapped to the line of `new s3.Bucket(this, 'X', { ... })` gets a
 * local edit of that call's props (`enforceSSL: true`, `blockPublicAccess:
 * s3.BlockPublicAccess.BLOCK_ALL`...), written with the import alias the file already uses. L1
 * `CfnBucket` calls get CloudFormation-shaped props, Python calls keyword arguments. Anything
 * else (an L3, props passed as a variable, an enum the file does not import) is not a local
 * edit, and no edit is offered.
 */
import type { Finding, TextEdit } from '../../engine/finding.js'
import { LineIndex } from '../shared/line-index.js'
import { findConstructCallOnLine, langOf, scanBudgetFor, type ConstructCallSyntax, type Lang, type ScanBudget } from './call-syntax.js'
import { kindOf, l1Change, l2Change, PY_NAMES, type EnumRef, type Val } from './fix-intents.js'
import { editCall, indentUnit, type PropChange } from './props-edit.js'
import { blankComments, MAX_INDEXED_SOURCE_BYTES, styleOf } from './construct-calls.js'

// The app's sources come with the pull request. These patterns read them in one pass: `^\s*` over
// many blank lines, or a `[^}]*` that has to give characters back, took time quadratic in the
// file (40,000 blank lines: 1.9 s), so whitespace stays on its line and the named imports between
// `{` and `}` are read first and searched second.
const PY_MODULE_IMPORT = /^[ \t]*import[ \t]+aws_cdk\.aws_s3[ \t]+as[ \t]+(\w+)/m
const PY_FROM_IMPORT = /^[ \t]*from[ \t]+aws_cdk[ \t]+import[ \t]+[^\n]*\baws_s3[ \t]+as[ \t]+(\w+)/m
const TS_NAMESPACE_IMPORT = /import\s*\*\s*as\s+([A-Za-z_$][\w$]*)\s*from\s*['"]aws-cdk-lib\/aws-s3['"]/
const TS_LIB_NAMED_IMPORTS = /import\s*\{([^{}]*)\}\s*from\s*['"]aws-cdk-lib['"]/g
const TS_REQUIRE = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['"]aws-cdk-lib\/aws-s3['"]\s*\)/

/** The namespace this file imports aws-cdk-lib/aws-s3 under (`s3.`), when it has one. */
function s3Namespace(text: string, lang: Lang): string | undefined {
  const ns =
    lang === 'py'
      ? (PY_MODULE_IMPORT.exec(text)?.[1] ?? PY_FROM_IMPORT.exec(text)?.[1])
      : (TS_NAMESPACE_IMPORT.exec(text)?.[1] ?? namedImportAlias(text) ?? TS_REQUIRE.exec(text)?.[1])
  return ns ? `${ns}.` : undefined
}

/** `import { aws_s3 as s3 } from 'aws-cdk-lib'` → `s3`. */
function namedImportAlias(text: string): string | undefined {
  TS_LIB_NAMED_IMPORTS.lastIndex = 0
  for (let m = TS_LIB_NAMED_IMPORTS.exec(text); m; m = TS_LIB_NAMED_IMPORTS.exec(text)) {
    const alias = /\baws_s3\s+as\s+([A-Za-z_$][\w$]*)/.exec(m[1]!)?.[1]
    if (alias) return alias
  }
  return undefined
}

/** The name a file uses for an enum it imported by name (`BlockPublicAccess as BPA` → `BPA`). */
function importedEnumName(text: string, enumName: string, lang: Lang): string | undefined {
  const re =
    lang === 'py'
      ? /from[ \t]+aws_cdk\.aws_s3[ \t]+import[ \t]*(?:\(([^()]*)\)|([^\n(]*))/g
      : /import\s*(?:type\s*)?\{([^{}]*)\}\s*from\s*['"]aws-cdk-lib\/aws-s3['"]/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const spec of (m[1] ?? m[2]!).split(',')) {
      // Words, not `.split(/\s+as\s+/)`: that RegExp tries every space of a long run again
      // (a 30,000-space import took 2 s).
      const words = spec.split(/[ \t\n\r]/).filter((w) => w !== '')
      if (words[0] === 'type') words.shift()
      const [name, as, alias] = words
      if (name === enumName) return as === 'as' && alias !== undefined ? alias : name
    }
  }
  return undefined
}

function renderValue(v: Val, source: SourceFacts, callee: string, lang: Lang): string | undefined {
  if (typeof v === 'string') return lang === 'py' ? ({ true: 'True', false: 'False' }[v] ?? v) : v
  const ref = enumRef(v, source, callee, lang)
  return ref === undefined ? undefined : v.list ? `[${ref}]` : ref
}

function enumRef(v: EnumRef, source: SourceFacts, callee: string, lang: Lang): string | undefined {
  const dot = callee.lastIndexOf('.')
  if (dot > 0) return `${callee.slice(0, dot + 1)}${v.enum}.${v.member}`
  const named = remember(source.names, `${lang}:${v.enum}`, () => importedEnumName(source.text, v.enum, lang))
  if (named) return `${named}.${v.member}`
  // The call uses a named import (`new Bucket(...)`) but the enum is not imported: only a
  // namespace import of the module can name it without adding an import (not a local edit).
  const prefix = remember(source.names, `${lang}:*`, () => s3Namespace(source.text, lang))
  return prefix === undefined ? undefined : `${prefix}${v.enum}.${v.member}`
}

/**
 * What the fixes in one source share, worked out on the first: its lines, the calls and names
 * looked up, and what its lookups may still scan. Each fix worked them out again, over the whole
 * source: 2,000 buckets in a source of 100,000 lines took 70 s. Dropped when the unit is done.
 */
interface SourceFacts {
  text: string
  lines: LineIndex
  budget: ScanBudget
  calls: Map<string, ConstructCallSyntax | undefined>
  names: Map<string, string | undefined>
  indentUnit?: string
  /** CloudFormation properties the source's escape hatches write (`*`: any); see `overriddenProperties`. */
  overridden?: Set<string>
}

const facts = new Map<string, SourceFacts>()

/**
 * The properties escape hatches write anywhere in a unit's app (see `shareAppOverrides`), by the
 * unit's `texts`: worked out on the unit's first fix, once.
 */
const appOverrides = new WeakMap<Map<string, string>, () => ReadonlySet<string>>()

/**
 * Tells the fixes of the unit whose sources are `texts` about the app's other sources: an escape
 * hatch there (`(bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride(...)` in another
 * file, an Aspect that sets `versioningConfiguration` on every `CfnBucket`) overrides the props a
 * fix would edit. `files` are read only if a fix is rendered. When the sources could not all be
 * listed (`complete` false), any property may be overridden (`*`).
 */
export function shareAppOverrides(
  texts: Map<string, string>,
  files: readonly string[],
  complete: boolean,
  read: (abs: string) => string | undefined,
): void {
  let found: Set<string> | undefined
  appOverrides.set(texts, () => {
    if (found) return found
    found = new Set(complete ? [] : ['*'])
    for (const abs of files) {
      if (found.has('*')) break
      const text = read(abs)
      // Larger sources are generated bundles (as for the construct ids), and a source without an
      // escape-hatch word cannot hold one: most are not searched further.
      if (text === undefined || text.length > MAX_INDEXED_SOURCE_BYTES || !ESCAPE_HATCH_WORD.test(text)) continue
      for (const p of overriddenProperties(blankComments(text, styleOf(abs)))) found.add(p)
    }
    return found
  })
}

export function forgetCdkFixCache(): void {
  facts.clear()
}

function factsFor(file: string, text: string): SourceFacts {
  let f = facts.get(file)
  if (f?.text !== text) {
    f = { text, lines: new LineIndex(text), budget: scanBudgetFor(text), calls: new Map(), names: new Map() }
    facts.set(file, f)
  }
  return f
}

function remember<T>(memo: Map<string, T>, key: string, work: () => T): T {
  if (!memo.has(key)) memo.set(key, work())
  return memo.get(key)!
}

export function renderCdkFix(finding: Finding, texts: Map<string, string>): TextEdit | undefined {
  const fix = finding.fix
  if (!fix || finding.format !== 'cdk') return undefined
  const file = finding.location.file
  const lang = langOf(file)
  const text = texts.get(file)
  if (!lang || text === undefined) return undefined
  const source = factsFor(file, text)
  const lines = source.lines
  const line = finding.location.line
  if (line < 1 || line > lines.lineCount()) return undefined
  const lineStart = lines.lineStart(line)
  const nl = text.indexOf('\n', lineStart)
  const column = finding.location.column
  const ids = new Set(finding.resource.split('/'))
  const call = remember(source.calls, `${line}:${column}:${finding.resource}`, () =>
    findConstructCallOnLine(text, lineStart, nl < 0 ? text.length : nl, column, lang, source.budget, ids),
  )
  if (!call) return undefined
  const kind = kindOf(call.callee)
  if (!kind) return undefined
  // An escape hatch in this source writes the property the edit would set: the override decides
  // the template, so the edit would change nothing synthesised (and say it fixed the finding).
  // An Aspect or a helper in another source of the app can do the same to every bucket.
  const overridden = (source.overridden ??= overriddenProperties(text))
  const elsewhere = appOverrides.get(texts)?.()
  const written = (p: string) => overridden.has(p) || elsewhere?.has(p) === true
  if (written('*') || cfnPropertiesOf(fix).some(written)) return undefined
  let change: PropChange | undefined
  if (kind === 'cfn-bucket') {
    if (lang === 'py') return undefined
    const c = l1Change(fix)
    if (!c) return undefined
    if (
      fix.kind === 'set' &&
      fix.field === 'objectLock.enabled' &&
      !l1VersioningMayStayOn(call.args[2] ? text.slice(call.args[2].start, call.args[2].end) : '')
    )
      return undefined
    change = { set: c.set.map(([key, value]) => ({ key, value })), remove: c.remove, ensure: [], description: '' }
  } else {
    const c = l2Change(kind, fix)
    if (!c) return undefined
    const resolve = (pairs: [string, Val][]) => {
      const out: { key: string; value: string }[] = []
      for (const [key, v] of pairs) {
        const value = renderValue(v, source, call.callee, lang)
        if (value === undefined) return undefined
        out.push({ key: lang === 'py' ? (PY_NAMES[key] ?? key) : key, value })
      }
      return out
    }
    const set = resolve(c.set)
    const ensure = resolve(c.ensure)
    if (!set || !ensure) return undefined
    change = { set, ensure, remove: c.remove.map((k) => (lang === 'py' ? (PY_NAMES[k] ?? k) : k)), description: '' }
  }
  change.description = describe(change, lang, `${call.callee} ${text.slice(call.args[1]!.start, call.args[1]!.end)}`)
  const edit = editCall(text, lines, file, call, change, lang, () => (source.indentUnit ??= indentUnit(text)))
  return edit && rewritesNoEcho(lines, edit) ? undefined : edit
}

/**
 * Whether a `CfnBucket`'s props (their source text) leave its versioning on beside Object Lock:
 * none written, or `status: 'Enabled'` alone. S3 refuses to suspend the versioning of a bucket with
 * Object Lock, so `objectLockEnabled: true` beside `versioningConfiguration: { status: 'Suspended' }`
 * (or a status computed in code) failed to deploy.
 */
function l1VersioningMayStayOn(props: string): boolean {
  if (!/\bversioningConfiguration\b/.test(props)) return true
  const statuses = props.match(/\bstatus\s*:\s*[^\s,}]+/g) ?? []
  return statuses.length === 1 && /:\s*(['"`])Enabled\1$/.test(statuses[0]!)
}

/** `noEcho: true` (TypeScript, Java's `.noEcho(true)`), `no_echo=True` (Python), `NoEcho = true` (C#). */
const NO_ECHO = /\bno_?echo\b/i

/**
 * Whether an edit rewrites lines that declare a `NoEcho` parameter (`new CfnParameter(this, 'P', {
 * noEcho: true, default: '...' })` inside the bucket's props): the suggestion repeats the lines it
 * replaces, so it would quote the default CloudFormation hides; the finding then goes without one.
 */
function rewritesNoEcho(lines: LineIndex, edit: TextEdit): boolean {
  return NO_ECHO.test(lines.linesText(edit.startLine, edit.endLine))
}

function describe(c: PropChange, lang: Lang, construct: string): string {
  const sep = lang === 'py' ? '=' : ': '
  const parts = [...c.set, ...c.ensure].map((s) => `\`${s.key}${sep}${s.value}\``)
  let d = `Set ${parts.join(' and ')}`
  if (c.set.length === 0 && c.ensure.length === 0) d = `Remove ${c.remove.map((k) => `\`${k}\``).join(', ')}`
  else if (c.remove.length > 0) d += ` (dropping ${c.remove.map((k) => `\`${k}\``).join(', ')} if set)`
  return `${d} on ${construct}`
}

/** The CloudFormation properties (of the bucket, its policy or the trail) a fix intent's edit sets. */
function cfnPropertiesOf(fix: NonNullable<Finding['fix']>): string[] {
  if (fix.kind === 'add-policy-statement') return ['PolicyDocument']
  const field = fix.field
  if (field === 'publicAccessBlock') return ['PublicAccessBlockConfiguration']
  if (field === 'ownership') return ['OwnershipControls']
  if (field === 'acl.canned') return ['AccessControl']
  if (field === 'website') return ['WebsiteConfiguration']
  if (field.startsWith('encryption')) return ['BucketEncryption']
  if (field.startsWith('versioning')) return ['VersioningConfiguration']
  if (field.startsWith('objectLock')) return ['ObjectLockEnabled', 'ObjectLockConfiguration']
  if (field === 'logFileValidation') return ['EnableLogFileValidation']
  if (field === 'isMultiRegion') return ['IsMultiRegionTrail']
  return ['*']
}

/** Every CloudFormation property `cfnPropertiesOf` names, as L1 attributes are written (camelCase, snake_case). */
const L1_ATTRIBUTES = new Map<string, string>()
for (const p of [
  'PublicAccessBlockConfiguration',
  'OwnershipControls',
  'AccessControl',
  'WebsiteConfiguration',
  'BucketEncryption',
  'VersioningConfiguration',
  'ObjectLockEnabled',
  'ObjectLockConfiguration',
  'PolicyDocument',
  'EnableLogFileValidation',
  'IsMultiRegionTrail',
]) {
  const camel = p[0]!.toLowerCase() + p.slice(1)
  L1_ATTRIBUTES.set(camel, p)
  L1_ATTRIBUTES.set(
    camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
    p,
  )
}

/** A word every escape hatch `overriddenProperties` reads has: an override call's, an L1 attribute. */
const ESCAPE_HATCH_WORD = new RegExp(`[Oo]verride|${[...L1_ATTRIBUTES.keys()].join('|')}`)

const OVERRIDE_CALL =
  /\b(addPropertyOverride|addPropertyDeletionOverride|addOverride|addDeletionOverride|add_property_override|add_property_deletion_override|add_override|add_deletion_override)[ \t]*\([ \t\r\n]*(?:(['"`])([^'"`\n]{0,1000})\2)?/g
const L1_ASSIGNMENT = /\.[ \t]*([A-Za-z_][\w]{0,100})[ \t]*=(?![=>])/g

/**
 * The CloudFormation properties a source's escape hatches write: `addPropertyOverride('X.y', ...)`,
 * `addOverride('Properties.X', ...)`, their deletion forms and Python spellings, and assignments
 * to an L1 attribute (`cfnBucket.publicAccessBlockConfiguration = undefined`). A path not written
 * as a literal, or all of `Properties`, is `*`.
 */
export function overriddenProperties(text: string): Set<string> {
  const out = new Set<string>()
  OVERRIDE_CALL.lastIndex = 0
  for (let m = OVERRIDE_CALL.exec(text); m; m = OVERRIDE_CALL.exec(text)) {
    const path = m[3]
    if (path === undefined || m[3]!.includes('${')) {
      out.add('*')
      continue
    }
    const segments = path.split('.')
    if (/property/i.test(m[1]!)) out.add(segments[0]!)
    else if (segments[0] === 'Properties') out.add(segments[1] ?? '*')
  }
  L1_ASSIGNMENT.lastIndex = 0
  for (let m = L1_ASSIGNMENT.exec(text); m; m = L1_ASSIGNMENT.exec(text)) {
    const p = L1_ATTRIBUTES.get(m[1]!)
    if (p) out.add(p)
  }
  return out
}
