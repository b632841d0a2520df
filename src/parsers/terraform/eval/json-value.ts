/**
 * JSON (and YAML) text ⇄ values. `jsonencode()` keeps the structure it encoded (so a policy written with
 * `jsonencode({...})` is read from the HCL, with its positions), and decoding a JSON string maps
 * every node back to the line it was written on, through the string's `src` anchors.
 *
 * Placeholders inside a string (`"${aws_s3_bucket.b.arn}/*"` in a heredoc policy) survive decoding:
 * each one is rendered as a private-use character, the JSON is parsed, and the characters are
 * turned back into placeholders.
 */
import type { Placeholder, StrPart } from '../../../model/value.js'
import { parseJson } from '../../shared/json-tree.js'
import { parseYaml } from '../../shared/yaml-tree.js'
import type { SNode } from '../../shared/source-tree.js'
import type { SourceFiles } from './source-files.js'
import {
  bool,
  failure,
  formatNumber,
  list,
  nul,
  num,
  obj,
  str,
  strFromParts,
  unknown,
  type Origin,
  type StrSource,
  type TfString,
  type TfSym,
  type TfValue,
} from './value.js'

const PUA = 0xe000
const PUA_MAX = 0xf8ff

/**
 * Offset in the file for an offset in the value's text, through its anchors (in the order of the
 * text): a binary search, as a decoded file of 90,000 lines looks up one per node (18 s walking
 * them from the start each time).
 */
export function sourceOffset(src: StrSource, files: SourceFiles, offset: number): number | undefined {
  const a = src.anchors
  // The last anchor at or before `offset`: `lo` ends at the first one after it.
  let lo = 0
  let hi = a.length / 3
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (a[mid * 3]! <= offset) lo = mid + 1
    else hi = mid
  }
  const best = (lo - 1) * 3
  if (best < 0) return undefined
  const file = files.get(src.f)
  const line = a[best + 1]!
  const col = a[best + 2]! + (offset - a[best]!)
  return file.lines.lineStart(line) + col - 1
}

/** What a text decoder made of the text: a tree, or why there is none. */
interface TreeParse {
  root: SNode | null
  /** Why the text is not valid (possibly empty); unset when it is. */
  invalid?: string
  /** What makes the value unknowable although the text is valid (an unsupported tag). */
  unsupported?: string
}

/** Parses a JSON string value; placeholders come back as placeholders, positions as origins. */
export function decodeJson(v: TfString | TfSym, files: SourceFiles, maxDepth: number, fallback: Origin | undefined): TfValue {
  return decodeTree(v, files, fallback, 'JSON', undefined, (text) => {
    const r = parseJson(text, { maxDepth, reportDuplicates: true })
    if (!r.root) return { root: null, invalid: r.issues[0]?.message ?? '' }
    // `{"Statement": [<public>], "Statement": []}`: readers differ on which one counts.
    const twice = r.issues.find((i) => i.code === 'DUPLICATE_KEY')
    return twice
      ? { root: r.root, unsupported: `the JSON has a ${twice.message}; which one counts depends on the reader` }
      : { root: r.root }
  })
}

/** Tags `yamldecode` resolves like Terraform does; any other tag leaves the value unknown. */
const YAML_TAGS: Record<string, (node: SNode) => SNode | undefined> = {
  '!!map': (n) => (n.kind === 'map' ? n : undefined),
  '!!seq': (n) => (n.kind === 'seq' ? n : undefined),
  '!!null': (n) => (n.kind === 'scalar' ? { ...n, value: null, quoted: false } : undefined),
  '!!bool': (n) =>
    n.kind === 'scalar' && /^(true|True|TRUE|false|False|FALSE)$/.test(String(n.value))
      ? { ...n, value: String(n.value).toLowerCase() === 'true', quoted: false }
      : undefined,
  '!!int': (n) => yamlNumber(n, /^[-+]?[0-9]+$/),
  '!!float': (n) => yamlNumber(n, /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/),
}

function yamlNumber(n: SNode, form: RegExp): SNode | undefined {
  if (n.kind !== 'scalar' || !form.test(String(n.value))) return undefined
  const value = Number(n.value)
  return Number.isFinite(value) ? { ...n, value, quoted: false } : undefined
}

/**
 * `yamldecode()`: one YAML document (YAML 1.2 core schema, anchors and merge keys), read with the
 * same limits as a template (nesting depth, alias expansion), so an alias bomb in a policy file
 * ends as an error value at the call instead of a hang.
 */
export function decodeYaml(
  v: TfString | TfSym,
  files: SourceFiles,
  limits: { maxDepth: number; maxAliasExpansion: number },
  fallback: Origin | undefined,
): TfValue {
  return decodeTree(v, files, fallback, 'YAML', yaml11Scalar, (text) => {
    const r = parseYaml(text, {
      ...limits,
      convertTag: (tag, node) => YAML_TAGS[tag]?.(node) ?? `the tag ${tag} is not evaluated statically`,
    })
    const error = r.issues.find((i) => i.level === 'error')
    if (error) return { root: null, invalid: error.message }
    const tag = r.issues.find((i) => i.code === 'UNKNOWN_TAG')
    if (tag) return { root: null, unsupported: tag.message }
    if (r.documents.length > 1) return { root: null, invalid: 'more than one YAML document' }
    return { root: r.documents[0] ?? null }
  })
}

/**
 * What a plain YAML scalar the YAML 1.2 core schema leaves a string is under YAML 1.1, as
 * Terraform's `yamldecode` (go-yaml) resolves it: `yes`/`on`/`y` are true, `no`/`off`/`n` false,
 * `1e3`, `.5`, `+1`, `0x10` and `0o17` numbers. `012` stays decimal there (12).
 */
export function yaml11Scalar(s: string): boolean | number | undefined {
  if (/^(?:y|Y|yes|Yes|YES|on|On|ON|true|True|TRUE)$/.test(s)) return true
  if (/^(?:n|N|no|No|NO|off|Off|OFF|false|False|FALSE)$/.test(s)) return false
  const sign = s.startsWith('-') ? -1 : 1
  const digits = s.replace(/^[-+]/, '').replace(/_/g, '')
  if (/^0x[0-9a-fA-F]+$/.test(digits)) return sign * parseInt(digits.slice(2), 16)
  if (/^0o[0-7]+$/.test(digits)) return sign * parseInt(digits.slice(2), 8)
  if (/^[-+]?(?:\d[\d_]*(?:\.[\d_]*)?|\.[\d_]*\d[\d_]*)(?:[eE][-+]?\d+)?$/.test(s)) return sign * Number(digits)
  return undefined
}

function decodeTree(
  v: TfString | TfSym,
  files: SourceFiles,
  fallback: Origin | undefined,
  format: 'JSON' | 'YAML',
  plain: ((s: string) => boolean | number | undefined) | undefined,
  parse: (text: string) => TreeParse,
): TfValue {
  let text: string
  const placeholders: Placeholder[] = []
  if (v.k === 'string') text = v.v
  else {
    text = ''
    for (const p of v.parts) {
      if (typeof p === 'string') text += p
      else {
        if (placeholders.length > PUA_MAX - PUA) return unknown(`too many placeholders in the ${format} text`, fallback)
        text += String.fromCharCode(PUA + placeholders.length)
        placeholders.push(p)
      }
    }
  }
  const r = parse(text)
  if (r.unsupported) return unknown(r.unsupported, fallback)
  if (r.invalid !== undefined) {
    // A placeholder outside a string literal (`"Statement": ${var.x}`) makes the text unparsable.
    if (placeholders.length)
      return unknown(`the ${format} text contains values only known at apply time${r.invalid ? ` (${r.invalid})` : ''}`, fallback)
    return failure(`invalid ${format}${r.invalid ? `: ${r.invalid}` : ''}`, fallback)
  }
  if (!r.root) return nul(fallback)
  const originOf = (n: { start: number; end: number }): Origin | undefined => {
    if (!v.src) return fallback
    const s = sourceOffset(v.src, files, n.start)
    const e = sourceOffset(v.src, files, n.end)
    if (s === undefined) return fallback
    return { f: v.src.f, s, e: e ?? s }
  }
  const restore = (s: string, at: Origin | undefined): TfValue => {
    if (!placeholders.length) return str(s, at)
    let has = false
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (c >= PUA && c < PUA + placeholders.length) {
        has = true
        break
      }
    }
    if (!has) return str(s, at)
    const parts: StrPart[] = []
    let lit = ''
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (c >= PUA && c < PUA + placeholders.length) {
        if (lit) parts.push(lit)
        lit = ''
        parts.push(placeholders[c - PUA]!)
      } else lit += s[i]
    }
    if (lit) parts.push(lit)
    return strFromParts(parts, at)
  }
  const convert = (n: SNode): TfValue => {
    const at = originOf(n)
    switch (n.kind) {
      case 'scalar':
        if (n.value === null) return nul(at)
        if (typeof n.value === 'string') {
          const resolved = n.quoted ? undefined : plain?.(n.value)
          if (resolved !== undefined) return typeof resolved === 'number' ? num(resolved, at) : bool(resolved, at)
          return restore(n.value, at)
        }
        return typeof n.value === 'number' ? num(n.value, at) : bool(n.value, at)
      case 'seq':
        return list(n.items.map(convert), at)
      case 'map': {
        const attrs = new Map<string, TfValue>()
        for (const e of n.entries) {
          const k = restore(e.key, at)
          attrs.set(k.k === 'string' ? k.v : e.key, convert(e.value))
        }
        return obj(attrs, at)
      }
    }
  }
  return convert(r.root)
}

/**
 * A JSON string as Go's encoder writes it, which Terraform's `jsonencode` and `%q` use: `<`, `>`,
 * `&`, U+2028 and U+2029 escaped (`"\u003cb\u003e"`), so the text is the one Terraform sends.
 */
export function goJsonString(s: string): string {
  const json = JSON.stringify(s)
  return /[<>&\u2028\u2029]/.test(json)
    ? json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json
}

/** `jsonencode`: JSON text (keys sorted, as Terraform does) that remembers what it encodes. */
export function encodeJson(v: TfValue, at: Origin | undefined, budget: { left: number }, maxChars = Infinity): TfString | TfSym {
  const parts: StrPart[] = []
  // The text is held to `maxChars` as it is written (a RangeError, which the function call reports
  // as a string too long): the budget counts values, and a thousand texts of 6 MB each are only a
  // thousand values, which took 4 GB and half a minute to encode before the result was refused.
  let chars = 0
  const push = (s: string) => {
    chars += s.length
    if (chars > maxChars) throw new RangeError('jsonencode')
    parts.push(s)
  }
  const enc = (x: TfValue, depth: number): void => {
    if (--budget.left < 0 || depth > 200) {
      parts.push({ kind: 'unknown', why: 'the value is too large to encode' })
      return
    }
    switch (x.k) {
      case 'string':
        if (chars + x.v.length > maxChars) throw new RangeError('jsonencode')
        push(goJsonString(x.v))
        return
      case 'sym':
        push('"')
        for (const p of x.parts) {
          if (typeof p === 'string') push(goJsonString(p).slice(1, -1))
          else parts.push(p)
        }
        push('"')
        return
      case 'number':
        push(formatNumber(x.v))
        return
      case 'bool':
        push(x.v ? 'true' : 'false')
        return
      case 'null':
        push('null')
        return
      case 'unknown':
        parts.push({ kind: 'unknown', why: x.why })
        return
      case 'ref':
        enc(x.target.whole(at), depth + 1)
        return
      case 'list':
        push('[')
        x.items.forEach((item, i) => {
          if (i) push(',')
          enc(item, depth + 1)
        })
        push(']')
        return
      case 'object': {
        push('{')
        const keys = [...x.attrs.keys()].sort()
        keys.forEach((k, i) => {
          if (i) push(',')
          push(`${goJsonString(k)}:`)
          enc(x.attrs.get(k)!, depth + 1)
        })
        push('}')
      }
    }
  }
  enc(v, 0)
  const out = strFromParts(parts, at)
  out.json = v
  return out
}
