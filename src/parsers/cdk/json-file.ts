/**
 * Reading the JSON files of a cloud assembly (manifest, metadata, tree, assets) with positions,
 * so a broken or unexpected file becomes a Problem that names its file and line.
 */
import type { Problem } from '../../engine/finding.js'
import type { SourceLocation } from '../../model/location.js'
import { parseJson } from '../shared/json-tree.js'
import { LineIndex } from '../shared/line-index.js'
import type { SNode } from '../shared/source-tree.js'
import type { LoadContext } from '../types.js'

export interface JsonFile {
  abs: string
  /** Display path. */
  file: string
  text: string
  root: SNode
  lines: LineIndex
}

export type ProblemSink = (p: Problem) => void

/**
 * Reads and parses a JSON file of the assembly. A missing file or a syntax error is reported under
 * `code` (`<code>_MISSING`, `<code>_SYNTAX`) at `declaredAt` (where the manifest names the file) or
 * at the broken offset.
 */
export function readJsonFile(
  abs: string,
  ctx: LoadContext,
  code: string,
  what: string,
  report: ProblemSink,
  declaredAt?: SourceLocation,
): JsonFile | undefined {
  const file = ctx.displayPath(abs)
  const text = ctx.readFile(abs)
  if (text === undefined) {
    const at = declaredAt ?? { file, line: 1, column: 1 }
    report({
      code: `${code}_MISSING`,
      file: at.file,
      line: at.line,
      column: at.column,
      message: `${what} ${file} is missing or unreadable; re-run \`cdk synth\` so the cloud assembly is complete`,
      level: 'error',
    })
    return undefined
  }
  const parsed = parseJson(text, { maxDepth: ctx.limits.maxDepth, reportDuplicates: false })
  const lines = new LineIndex(text)
  if (!parsed.root) {
    const issue = parsed.issues[0]
    const pos = lines.position(issue?.offset ?? 0)
    report({
      code: `${code}_SYNTAX`,
      file,
      line: pos.line,
      column: pos.column,
      message: `${what} is not valid JSON (${issue?.message ?? 'empty file'}); it may be truncated, re-run \`cdk synth\``,
      level: 'error',
    })
    return undefined
  }
  return { abs, file, text, root: parsed.root, lines }
}

/** Location of a node (its key when given) in a JSON file. */
export function nodeAt(f: Pick<JsonFile, 'file' | 'lines'>, offset: number, path = ''): SourceLocation {
  const p = f.lines.position(offset)
  return { file: f.file, line: p.line, column: p.column, endLine: p.line, endColumn: p.column, path }
}

export function scalarString(node: SNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined
}
