/**
 * Fixes in CDK terms: a finding mapped to the line of `new s3.Bucket(this, 'X', { ... })` gets a
 * local edit of that call's props (`enforceSSL: true`, `blockPublicAccess:
 * s3.BlockPublicAccess.BLOCK_ALL`...), written with the import alias the file already uses. L1
 * `CfnBucket` calls get CloudFormation-shaped props, Python calls keyword arguments. Anything
 * else (an L3, props passed as a variable, an enum the file does not import) is not a local
 * edit, and no edit is offered.
 */
import type { Finding, FixIntent, TextEdit } from '../../engine/finding.js'
import { LineIndex } from '../shared/line-index.js'
import { findConstructCallOnLine, langOf, type ConstructCallSyntax, type Lang, type Property } from './call-syntax.js'

type Kind = 'bucket' | 'cfn-bucket' | 'trail'

/** What to change in the props: values are source text, resolved per file (enum prefixes). */
interface PropChange {
  set: { key: string; value: string }[]
  remove: string[]
  /** Set only when the key is absent or not already `value` (e.g. `enforceSSL` next to `minimumTLSVersion`). */
  ensure: { key: string; value: string }[]
  description: string
}

/** An enum member of aws-cdk-lib/aws-s3 (`BlockPublicAccess.BLOCK_ALL`), prefixed per file. */
interface EnumRef {
  enum: string
  member: string
  /** Written as a one-element list (`[s3.BlockedEncryptionType.SSE_C]`). */
  list?: boolean
}

type Val = string | EnumRef

function kindOf(callee: string): Kind | undefined {
  const last = callee.slice(callee.lastIndexOf('.') + 1)
  if (last === 'Bucket') return 'bucket'
  if (last === 'CfnBucket') return 'cfn-bucket'
  if (last === 'Trail') return 'trail'
  return undefined
}

const PY_NAMES: Record<string, string> = {
  blockPublicAccess: 'block_public_access',
  publicReadAccess: 'public_read_access',
  objectOwnership: 'object_ownership',
  accessControl: 'access_control',
  encryption: 'encryption',
  bucketKeyEnabled: 'bucket_key_enabled',
  blockedEncryptionTypes: 'blocked_encryption_types',
  versioned: 'versioned',
  objectLockEnabled: 'object_lock_enabled',
  enforceSSL: 'enforce_ssl',
  minimumTLSVersion: 'minimum_tls_version',
  websiteIndexDocument: 'website_index_document',
  websiteErrorDocument: 'website_error_document',
  websiteRedirect: 'website_redirect',
  websiteRoutingRules: 'website_routing_rules',
  enableFileValidation: 'enable_file_validation',
  isMultiRegionTrail: 'is_multi_region_trail',
}

const ALGORITHM_MEMBER: Record<string, string> = { 'aws:kms': 'KMS', 'aws:kms:dsse': 'DSSE', AES256: 'S3_MANAGED' }

/** The change an intent asks of an L2 `Bucket`/`Trail` (CDK prop names, values still symbolic). */
function l2Change(kind: Kind, fix: FixIntent): { set: [string, Val][]; remove: string[]; ensure: [string, Val][] } | undefined {
  const none = { set: [] as [string, Val][], remove: [] as string[], ensure: [] as [string, Val][] }
  if (kind === 'trail') {
    if (fix.kind === 'set' && fix.field === 'logFileValidation' && fix.value === true) return { ...none, set: [['enableFileValidation', 'true']] }
    if (fix.kind === 'set' && fix.field === 'isMultiRegion' && fix.value === true) return { ...none, set: [['isMultiRegionTrail', 'true']] }
    return undefined
  }
  if (fix.kind === 'add-policy-statement') {
    if (fix.statement === 'deny-insecure-transport') return { ...none, set: [['enforceSSL', 'true']] }
    // CDK only writes the TLS statement next to the HTTPS one (it throws without `enforceSSL`).
    return { ...none, set: [['minimumTLSVersion', '1.2']], ensure: [['enforceSSL', 'true']] }
  }
  if (fix.kind === 'remove') {
    if (fix.field === 'acl.canned') return { ...none, remove: ['accessControl'] }
    if (fix.field === 'website') return { ...none, remove: ['websiteIndexDocument', 'websiteErrorDocument', 'websiteRedirect', 'websiteRoutingRules'] }
    return undefined
  }
  switch (fix.field) {
    case 'publicAccessBlock':
      // `publicReadAccess: true` next to BLOCK_ALL makes the CDK throw at synth.
      return fix.value === true ? { ...none, set: [['blockPublicAccess', { enum: 'BlockPublicAccess', member: 'BLOCK_ALL' }]], remove: ['publicReadAccess'] } : undefined
    case 'ownership':
      return fix.value === 'BucketOwnerEnforced'
        ? { ...none, set: [['objectOwnership', { enum: 'ObjectOwnership', member: 'BUCKET_OWNER_ENFORCED' }]] }
        : undefined
    case 'acl.canned':
      return fix.value === 'private' ? { ...none, set: [['accessControl', { enum: 'BucketAccessControl', member: 'PRIVATE' }]] } : undefined
    case 'encryption': {
      const v = (fix.value ?? {}) as { algorithm?: string; bucketKeyEnabled?: boolean }
      const member = ALGORITHM_MEMBER[v.algorithm ?? '']
      if (!member) return undefined
      const set: [string, Val][] = [['encryption', { enum: 'BucketEncryption', member }]]
      if (v.bucketKeyEnabled === true) set.push(['bucketKeyEnabled', 'true'])
      return { ...none, set }
    }
    case 'encryption.bucketKeyEnabled':
      return fix.value === true ? { ...none, set: [['bucketKeyEnabled', 'true']] } : undefined
    case 'encryption.blockedEncryptionTypes':
      return Array.isArray(fix.value) && fix.value.length === 1 && fix.value[0] === 'SSE-C'
        ? { ...none, set: [['blockedEncryptionTypes', { enum: 'BlockedEncryptionType', member: 'SSE_C', list: true }]] }
        : undefined
    case 'versioning.status':
      return fix.value === 'Enabled' ? { ...none, set: [['versioned', 'true']] } : undefined
    case 'objectLock.enabled':
      return fix.value === true ? { ...none, set: [['objectLockEnabled', 'true']] } : undefined
  }
  return undefined
}

/** The same intents on an L1 `CfnBucket`, whose props mirror CloudFormation. */
function l1Change(fix: FixIntent): { set: [string, string][]; remove: string[] } | undefined {
  if (fix.kind === 'remove') {
    if (fix.field === 'acl.canned') return { set: [], remove: ['accessControl'] }
    if (fix.field === 'website') return { set: [], remove: ['websiteConfiguration'] }
    return undefined
  }
  if (fix.kind !== 'set') return undefined
  switch (fix.field) {
    case 'publicAccessBlock':
      return fix.value === true
        ? { set: [['publicAccessBlockConfiguration', '{ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true }']], remove: [] }
        : undefined
    case 'ownership':
      return fix.value === 'BucketOwnerEnforced' ? { set: [['ownershipControls', "{ rules: [{ objectOwnership: 'BucketOwnerEnforced' }] }"]], remove: [] } : undefined
    case 'acl.canned':
      return fix.value === 'private' ? { set: [['accessControl', "'Private'"]], remove: [] } : undefined
    case 'encryption': {
      const v = (fix.value ?? {}) as { algorithm?: string; bucketKeyEnabled?: boolean }
      if (!v.algorithm || !ALGORITHM_MEMBER[v.algorithm]) return undefined
      const key = v.bucketKeyEnabled === true ? ', bucketKeyEnabled: true' : ''
      return {
        set: [['bucketEncryption', `{ serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: '${v.algorithm}' }${key} }] }`]],
        remove: [],
      }
    }
    case 'versioning.status':
      return fix.value === 'Enabled' ? { set: [['versioningConfiguration', "{ status: 'Enabled' }"]], remove: [] } : undefined
    case 'objectLock.enabled':
      return fix.value === true ? { set: [['objectLockEnabled', 'true']], remove: [] } : undefined
  }
  return undefined
}

/** The namespace this file imports aws-cdk-lib/aws-s3 under (`s3.`), when it has one. */
function s3Namespace(text: string, lang: Lang): string | undefined {
  const ns =
    lang === 'py'
      ? (/^\s*import\s+aws_cdk\.aws_s3\s+as\s+(\w+)/m.exec(text) ?? /^\s*from\s+aws_cdk\s+import\s+[^\n]*\baws_s3\s+as\s+(\w+)/m.exec(text))
      : (/import\s*\*\s*as\s+([A-Za-z_$][\w$]*)\s*from\s*['"]aws-cdk-lib\/aws-s3['"]/.exec(text) ??
        /import\s*\{[^}]*\baws_s3\s+as\s+([A-Za-z_$][\w$]*)[^}]*\}\s*from\s*['"]aws-cdk-lib['"]/.exec(text) ??
        /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['"]aws-cdk-lib\/aws-s3['"]\s*\)/.exec(text))
  return ns ? `${ns[1]}.` : undefined
}

/** The name a file uses for an enum it imported by name (`BlockPublicAccess as BPA` → `BPA`). */
function importedEnumName(text: string, enumName: string, lang: Lang): string | undefined {
  const re =
    lang === 'py'
      ? /from\s+aws_cdk\.aws_s3\s+import\s+\(?([^)]*?)\)?\s*(?:\n|$)/g
      : /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"]aws-cdk-lib\/aws-s3['"]/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const spec of m[1]!.split(',')) {
      const [name, alias] = spec.trim().replace(/^type\s+/, '').split(/\s+as\s+/)
      if (name === enumName) return alias ?? name
    }
  }
  return undefined
}

function renderValue(v: Val, text: string, callee: string, lang: Lang): string | undefined {
  if (typeof v === 'string') return lang === 'py' ? ({ true: 'True', false: 'False' }[v] ?? v) : v
  const ref = enumRef(v, text, callee, lang)
  return ref === undefined ? undefined : v.list ? `[${ref}]` : ref
}

function enumRef(v: EnumRef, text: string, callee: string, lang: Lang): string | undefined {
  const dot = callee.lastIndexOf('.')
  if (dot > 0) return `${callee.slice(0, dot + 1)}${v.enum}.${v.member}`
  const named = importedEnumName(text, v.enum, lang)
  if (named) return `${named}.${v.member}`
  // The call uses a named import (`new Bucket(...)`) but the enum is not imported: only a
  // namespace import of the module can name it without adding an import (not a local edit).
  const prefix = s3Namespace(text, lang)
  return prefix === undefined ? undefined : `${prefix}${v.enum}.${v.member}`
}

export function renderCdkFix(finding: Finding, texts: Map<string, string>): TextEdit | undefined {
  const fix = finding.fix
  if (!fix || finding.format !== 'cdk') return undefined
  const file = finding.location.file
  const lang = langOf(file)
  const text = texts.get(file)
  if (!lang || text === undefined) return undefined
  const lines = new LineIndex(text)
  const line = finding.location.line
  if (line < 1 || line > lines.lineCount()) return undefined
  const lineStart = lines.lineStart(line)
  const nl = text.indexOf('\n', lineStart)
  const call = findConstructCallOnLine(text, lineStart, nl < 0 ? text.length : nl, finding.location.column, lang)
  if (!call) return undefined
  const kind = kindOf(call.callee)
  if (!kind) return undefined
  let change: PropChange | undefined
  if (kind === 'cfn-bucket') {
    if (lang === 'py') return undefined
    const c = l1Change(fix)
    if (!c) return undefined
    change = { set: c.set.map(([key, value]) => ({ key, value })), remove: c.remove, ensure: [], description: '' }
  } else {
    const c = l2Change(kind, fix)
    if (!c) return undefined
    const resolve = (pairs: [string, Val][]) => {
      const out: { key: string; value: string }[] = []
      for (const [key, v] of pairs) {
        const value = renderValue(v, text, call.callee, lang)
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
  change.description = describe(change, lang)
  return editCall(text, lines, file, call, change, lang)
}

function describe(c: PropChange, lang: Lang): string {
  const sep = lang === 'py' ? '=' : ': '
  const parts = [...c.set, ...c.ensure].map((s) => `\`${s.key}${sep}${s.value}\``)
  let d = `Set ${parts.join(' and ')}`
  if (c.set.length === 0 && c.ensure.length === 0) d = `Remove ${c.remove.map((k) => `\`${k}\``).join(', ')}`
  else if (c.remove.length > 0) d += ` (dropping ${c.remove.map((k) => `\`${k}\``).join(', ')} if set)`
  return `${d} on the construct`
}

interface Splice {
  start: number
  end: number
  text: string
}

/** Turns a props change into splices of the call's text, then into one whole-line edit. */
function editCall(text: string, lines: LineIndex, file: string, call: ConstructCallSyntax, change: PropChange, lang: Lang): TextEdit | undefined {
  if (call.opaqueProps) return undefined
  const props = call.props?.properties ?? []
  const find = (key: string) => props.find((p) => !p.spread && p.key === key)
  const splices: Splice[] = []
  const inserts: { key: string; value: string }[] = []
  for (const s of change.set) {
    const p = find(s.key)
    if (!p) inserts.push(s)
    else if (lang === 'ts' && p.value.start === p.start) splices.push({ start: p.start, end: p.end, text: `${s.key}: ${s.value}` })
    else if (text.slice(p.value.start, p.value.end) !== s.value) splices.push({ start: p.value.start, end: p.value.end, text: s.value })
  }
  for (const s of change.ensure) {
    const p = find(s.key)
    if (!p) inserts.push(s)
    else if (text.slice(p.value.start, p.value.end) !== s.value) splices.push({ start: p.value.start, end: p.value.end, text: s.value })
  }
  for (const key of change.remove) {
    const p = find(key)
    if (p) splices.push(removal(text, props, p))
  }
  if (inserts.length > 0) {
    const ins = insertion(text, lines, call, inserts, lang)
    if (!ins) return undefined
    splices.push(ins)
  }
  if (splices.length === 0) return undefined
  return toLineEdit(text, lines, file, splices, change.description)
}

/** Deletes a property: its whole line(s) when it stands alone, else the property and one comma. */
function removal(text: string, props: Property[], p: Property): Splice {
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1
  let end = p.end
  while (end < text.length && /[ \t]/.test(text[end]!)) end++
  if (text[end] === ',') end++
  while (end < text.length && /[ \t]/.test(text[end]!)) end++
  const aloneBefore = /^[ \t]*$/.test(text.slice(lineStart, p.start))
  const aloneAfter = end >= text.length || text[end] === '\n' || text.startsWith('\r\n', end)
  if (aloneBefore && aloneAfter) {
    const nl = text.indexOf('\n', end)
    return { start: lineStart, end: nl < 0 ? text.length : nl + 1, text: '' }
  }
  const i = props.indexOf(p)
  if (text[end - 1] !== ',' && i > 0) {
    // The last property: drop the comma before it instead.
    const prev = props[i - 1]!
    return { start: prev.end, end: p.end, text: '' }
  }
  return { start: p.start, end, text: '' }
}

/**
 * Where new properties go: right after the props object's `{` (so the suggestion sits on the
 * construct's own line), or at its end when it holds a spread (`{ ...props }`), which would
 * otherwise override them. Multi-line objects get one property per line at their indentation.
 */
function insertion(text: string, lines: LineIndex, call: ConstructCallSyntax, add: { key: string; value: string }[], lang: Lang): Splice | undefined {
  if (lang === 'py') {
    const kw = add.map((a) => `${a.key}=${a.value}`)
    const last = call.args[call.args.length - 1]!
    const multiLine = lines.position(call.open).line !== lines.position(call.close).line
    if (multiLine) {
      // One keyword per line after the last argument; a trailing comma, if any, now follows ours.
      const indent = indentOf(text, last.start)
      return { start: last.end, end: last.end, text: `,\n${kw.map((k) => `${indent}${k}`).join(',\n')}` }
    }
    return { start: last.end, end: last.end, text: `, ${kw.join(', ')}` }
  }
  const pairs = add.map((a) => `${a.key}: ${a.value}`)
  const props = call.props
  if (!props) {
    const last = call.args[call.args.length - 1]!
    return { start: last.end, end: last.end, text: `, { ${pairs.join(', ')} }` }
  }
  const openLine = lines.position(props.start).line
  const closeLine = lines.position(props.end).line
  const hasSpread = props.properties.some((p) => p.spread)
  if (openLine === closeLine) {
    if (props.properties.length === 0) return { start: props.start + 1, end: props.end, text: ` ${pairs.join(', ')} ` }
    if (hasSpread) {
      const last = props.properties[props.properties.length - 1]!
      return { start: last.end, end: last.end, text: `, ${pairs.join(', ')}` }
    }
    const first = props.properties[0]!
    return { start: first.start, end: first.start, text: `${pairs.join(', ')}, ` }
  }
  const first = props.properties[0]
  const indent = first ? indentOf(text, first.start) : `${indentOf(text, props.start)}${indentUnit(text)}`
  if (hasSpread || !first) {
    const last = props.properties[props.properties.length - 1]
    if (!last) {
      const eol = endOfLine(text, props.start)
      return { start: eol, end: eol, text: `\n${pairs.map((p) => `${indent}${p},`).join('\n')}` }
    }
    const comma = text[last.end] === ',' ? 1 : 0
    return { start: last.end + comma, end: last.end + comma, text: `${comma ? '' : ','}\n${pairs.map((p) => `${indent}${p},`).join('\n')}` }
  }
  if (lines.position(first.start).line === openLine) {
    // `{ a: 1,` on the brace's line: keep that style.
    return { start: first.start, end: first.start, text: `${pairs.join(', ')}, ` }
  }
  const eol = endOfLine(text, props.start)
  return { start: eol, end: eol, text: `\n${pairs.map((p) => `${indent}${p},`).join('\n')}` }
}

function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  const end = nl < 0 ? text.length : nl
  return text[end - 1] === '\r' ? end - 1 : end
}

function indentOf(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0]
}

/** The file's indentation step (2 spaces unless the file shows otherwise). */
function indentUnit(text: string): string {
  if (/^\t/m.test(text)) return '\t'
  const m = /^( +)\S/m.exec(text)
  return m && m[1]!.length <= 8 ? m[1]! : '  '
}

/** Applies splices and returns the whole lines they touch, before and after. */
function toLineEdit(text: string, lines: LineIndex, file: string, splices: Splice[], description: string): TextEdit | undefined {
  const sorted = [...splices].sort((a, b) => a.start - b.start)
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) return undefined
  const first = sorted[0]!
  const last = sorted[sorted.length - 1]!
  const startLine = lines.position(first.start).line
  // A splice ending right after a newline does not touch the next line.
  const endOffset = last.end > last.start && text[last.end - 1] === '\n' ? last.end - 1 : last.end
  const endLine = lines.position(Math.max(endOffset, first.start)).line
  const regionStart = lines.lineStart(startLine)
  const regionEnd = endOfLine(text, lines.lineStart(endLine))
  let out = ''
  let at = regionStart
  for (const s of sorted) {
    out += text.slice(at, s.start) + s.text
    at = s.end
  }
  if (at <= regionEnd) out += text.slice(at, regionEnd)
  else if (out.endsWith('\n')) out = out.slice(0, -1)
  return { file, startLine, endLine, replacement: out.replace(/\r?\n$/, ''), description }
}
