/**
 * JSON → SNode with source offsets. A small hand-written parser: `JSON.parse` loses positions,
 * and YAML parsers are several times slower on JSON. Strict JSON (no comments, no trailing commas);
 * duplicate keys are reported because CloudFormation rejects them.
 */
import { exactSize, type SEntry, type SMap, type SNode, type SSeq } from './source-tree.js'

export interface JsonIssue {
  code: 'JSON_SYNTAX' | 'DUPLICATE_KEY'
  offset: number
  message: string
  level: 'error' | 'warning'
}

export interface JsonResult {
  root: SNode | null
  issues: JsonIssue[]
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

/**
 * `keepDuplicates`: a key repeated in one object stays an entry of its own, in order (HCL's JSON
 * syntax merges repeated block types: the reader decides what a repeat means), and is not
 * reported here. Otherwise the last one replaces the first, as `JSON.parse` does.
 */
export function parseJson(text: string, options: { maxDepth: number; reportDuplicates?: boolean; keepDuplicates?: boolean }): JsonResult {
  const issues: JsonIssue[] = []
  const keepDuplicates = options.keepDuplicates ?? false
  const reportDuplicates = !keepDuplicates && (options.reportDuplicates ?? true)
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const n = text.length

  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i)
      if (c === 32 || c === 10 || c === 13 || c === 9) i++
      else return
    }
  }
  const fail = (msg: string): never => {
    throw new JsonSyntaxError(msg, Math.min(i, n))
  }
  const describe = () => (i >= n ? 'end of file' : JSON.stringify(text[i]))

  const parseString = (): string => {
    // i is at the opening quote
    const start = ++i
    let hasEscape = false
    for (;;) {
      if (i >= n) fail('unterminated string')
      const c = text.charCodeAt(i)
      if (c === 34) break
      if (c === 92) {
        hasEscape = true
        i += 2
        continue
      }
      if (c < 32) fail('control character in string')
      i++
    }
    const raw = text.slice(start, i)
    i++
    if (!hasEscape) return raw
    try {
      return JSON.parse(`"${raw}"`) as string
    } catch {
      i = start
      return fail('invalid escape in string')
    }
  }

  const NUM = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y

  const parseValue = (depth: number): SNode => {
    if (depth > options.maxDepth) fail(`nesting deeper than ${options.maxDepth}`)
    ws()
    const start = i
    const c = text.charCodeAt(i)
    if (c === 123) {
      i++
      const map: SMap = { kind: 'map', entries: [], start, end: start }
      // Where each key is among the entries, once the object is big enough to matter: a search of
      // the entries for each repeated key made an object written twice over quadratic (60,000
      // keys, then the same keys again: a minute).
      let index: Map<string, number> | null = null
      ws()
      if (text.charCodeAt(i) === 125) {
        i++
        map.end = i
        return map
      }
      for (;;) {
        ws()
        if (text.charCodeAt(i) !== 34) fail(`expected a property name, found ${describe()}`)
        const keyStart = i
        const key = parseString()
        const keyEnd = i
        ws()
        if (text.charCodeAt(i) !== 58) fail(`expected ":" after property name, found ${describe()}`)
        i++
        const value = parseValue(depth + 1)
        const entry: SEntry = { key, keyStart, keyEnd, value }
        if (index === null && map.entries.length >= 8) {
          index = new Map()
          // The first entry of a key: with `keepDuplicates` a key may stand in several.
          map.entries.forEach((e, n) => index!.has(e.key) || index!.set(e.key, n))
        }
        const at = index ? (index.get(key) ?? -1) : map.entries.findIndex((e) => e.key === key)
        if (at >= 0 && keepDuplicates) map.entries.push(entry)
        else if (at >= 0) {
          if (reportDuplicates) issues.push({ code: 'DUPLICATE_KEY', offset: keyStart, message: `duplicate key "${key}"`, level: 'error' })
          map.entries[at] = entry
        } else {
          index?.set(key, map.entries.length)
          map.entries.push(entry)
        }
        ws()
        const d = text.charCodeAt(i)
        if (d === 44) {
          i++
          continue
        }
        if (d === 125) {
          i++
          map.end = i
          map.entries = exactSize(map.entries)
          return map
        }
        fail(`expected "," or "}", found ${describe()}`)
      }
    }
    if (c === 91) {
      i++
      const seq: SSeq = { kind: 'seq', items: [], start, end: start }
      ws()
      if (text.charCodeAt(i) === 93) {
        i++
        seq.end = i
        return seq
      }
      for (;;) {
        seq.items.push(parseValue(depth + 1))
        ws()
        const d = text.charCodeAt(i)
        if (d === 44) {
          i++
          continue
        }
        if (d === 93) {
          i++
          seq.end = i
          seq.items = exactSize(seq.items)
          return seq
        }
        fail(`expected "," or "]", found ${describe()}`)
      }
    }
    if (c === 34) {
      const value = parseString()
      return { kind: 'scalar', value, quoted: true, start, end: i }
    }
    if (text.startsWith('true', i)) {
      i += 4
      return { kind: 'scalar', value: true, quoted: false, start, end: i }
    }
    if (text.startsWith('false', i)) {
      i += 5
      return { kind: 'scalar', value: false, quoted: false, start, end: i }
    }
    if (text.startsWith('null', i)) {
      i += 4
      return { kind: 'scalar', value: null, quoted: false, start, end: i }
    }
    NUM.lastIndex = i
    const m = NUM.exec(text)
    if (m && m[0].length > 0) {
      i += m[0].length
      return { kind: 'scalar', value: Number(m[0]), quoted: false, start, end: i }
    }
    return fail(`unexpected ${describe()}`)
  }

  try {
    ws()
    if (i >= n) return { root: null, issues }
    const root = parseValue(0)
    ws()
    if (i < n) fail(`unexpected ${describe()} after the document`)
    return { root, issues }
  } catch (e) {
    if (e instanceof JsonSyntaxError)
      return { root: null, issues: [...issues, { code: 'JSON_SYNTAX', offset: e.offset, message: e.message, level: 'error' }] }
    throw e
  }
}
