/**
 * A policy attribute (`policy = ...`) → the model's PolicyDocument, through the shared reader.
 * The value may be `jsonencode({...})` (read from its HCL structure), a data source's `.json`
 * (read from its statement blocks), a heredoc or `file()` (JSON parsed with each node mapped back
 * to its line), or unknown.
 */
import type { SourceLocation } from '../../model/location.js'
import type { PolicyDocument } from '../../model/policy.js'
import type { Str } from '../../model/value.js'
import { readPolicyDocument, type PNode } from '../shared/policy-document.js'
import { decodeJson } from './eval/json-value.js'
import type { SourceFiles } from './eval/source-files.js'
import { isStringLike, toStr, type TfValue } from './eval/value.js'

/** Structure of a policy value: the decoded JSON, or an unknown/failure. */
export function policyStructure(v: TfValue, files: SourceFiles, maxDepth: number): TfValue {
  if (v.k === 'ref') return v.target.whole(v.at)
  if (!isStringLike(v)) return v
  if (v.json) return v.json
  if (v.k === 'string' && v.v.trim() === '') return { k: 'unknown', why: 'the policy is an empty string', at: v.at, error: true }
  return decodeJson(v, files, maxDepth, v.at)
}

/**
 * Values of one policy document read, at most. A bucket policy is at most 20 KB, so it holds
 * fewer than 10,000 values; `policy = local.x` over a million numbers built by a `for` took
 * 6 s of collection per policy, a location and path each.
 */
export const MAX_POLICY_VALUES = 20_000

class TooManyValues extends Error {}

export function toPNode(
  v: TfValue,
  files: SourceFiles,
  fallback: SourceLocation,
  path: string,
  depth = 0,
  budget = { left: MAX_POLICY_VALUES },
): PNode {
  if (--budget.left < 0) throw new TooManyValues()
  const at = v.at ? files.at(v.at, path) : { ...fallback, path }
  if (depth > 100) return { kind: 'unknown', why: 'the document nests too deeply', at }
  switch (v.k) {
    case 'unknown': {
      if (v.error) return { kind: 'unknown', why: `the policy cannot be read: ${v.why}`, at }
      // One of several values (`var.prod ? [a, b] : [a]`): a statement or list on each side is read as it would be there.
      if (!v.oneOf) return { kind: 'unknown', why: v.why, at }
      const branches = v.oneOf.map((x) => toPNode(x, files, at, path, depth + 1, budget))
      return { kind: 'unknown', why: v.why, at, branches }
    }
    case 'ref':
      return toPNode(v.target.whole(v.at), files, fallback, path, depth + 1, budget)
    case 'object': {
      const entries: [string, PNode][] = []
      for (const [k, x] of v.attrs) entries.push([k, toPNode(x, files, at, `${path}.${k}`, depth + 1, budget)])
      return { kind: 'map', entries, at }
    }
    case 'list':
      return { kind: 'list', items: v.items.map((x, i) => toPNode(x, files, at, `${path}[${i}]`, depth + 1, budget)), at }
    case 'sym':
      return { kind: 'str', value: { parts: v.parts } satisfies Str, at }
    case 'null':
      return { kind: 'str', value: null, at }
    default: {
      const s = toStr(v)
      return {
        kind: 'str',
        value: s && s.k === 'string' ? (v.k === 'string' ? v.v : v.k === 'number' || v.k === 'bool' ? v.v : s.v) : null,
        at,
      }
    }
  }
}

/** Reads `policy = ...` of resource `owner`; `at` is the attribute's location. */
export function readPolicyValue(v: TfValue, owner: string, at: SourceLocation, files: SourceFiles, maxDepth: number): PolicyDocument {
  const structure = policyStructure(v, files, maxDepth)
  let node: PNode
  try {
    node = toPNode(structure, files, at, `${at.path}`)
  } catch (e) {
    if (!(e instanceof TooManyValues)) throw e
    node = {
      kind: 'unknown',
      why: `the policy cannot be read: it holds more than ${MAX_POLICY_VALUES.toLocaleString('en-US')} values, more than a bucket policy may (20 KB)`,
      at,
    }
  }
  const doc = readPolicyDocument(node, owner)
  // The document as a whole is where its attribute is, even when its JSON lives in a local or a file.
  doc.at = at
  if (doc.unknown) doc.unknown.at = at
  return doc
}
