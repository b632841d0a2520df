/**
 * Test-only oracle: the tree-sitter HCL grammar (WebAssembly). Gives the block/attribute outline
 * of a file with positions, and whether tree-sitter saw a syntax error, so our parser can be
 * compared with an independent one.
 */
import { createRequire } from 'node:module'
import { Language, Parser, type Node } from 'web-tree-sitter'
import type { Body } from '../../../src/parsers/terraform/hcl/ast.js'
import { LineIndex } from '../../../src/parsers/shared/line-index.js'

export interface OutlineItem {
  kind: 'block' | 'attribute'
  name: string
  labels?: string[]
  /** 0-based row/column like tree-sitter. */
  start: [number, number]
  end: [number, number]
  children?: OutlineItem[]
}

let parser: Parser | undefined

export async function treeSitter(): Promise<Parser> {
  if (parser) return parser
  await Parser.init()
  const require = createRequire(import.meta.url)
  const wasm = require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm')
  const lang = await Language.load(wasm)
  parser = new Parser()
  parser.setLanguage(lang)
  return parser
}

function labelText(n: Node): string {
  if (n.type === 'identifier') return n.text
  // string_lit: quoted_template_start template_literal? quoted_template_end
  const lit = n.children.find((c) => c.type === 'template_literal')
  return lit ? lit.text : ''
}

function outlineTs(body: Node): OutlineItem[] {
  const out: OutlineItem[] = []
  for (const c of body.namedChildren) {
    if (c.type === 'attribute') {
      const id = c.namedChildren[0]!
      out.push({
        kind: 'attribute',
        name: id.text,
        start: [c.startPosition.row, c.startPosition.column],
        end: [c.endPosition.row, c.endPosition.column],
      })
    } else if (c.type === 'block') {
      const named = c.namedChildren
      const labels = named
        .slice(1)
        .filter((x) => x.type === 'string_lit' || x.type === 'identifier')
        .map(labelText)
      const inner = named.find((x) => x.type === 'body')
      out.push({
        kind: 'block',
        name: named[0]!.text,
        labels,
        start: [c.startPosition.row, c.startPosition.column],
        end: [c.endPosition.row, c.endPosition.column],
        children: inner ? outlineTs(inner) : [],
      })
    }
  }
  return out
}

export async function treeSitterOutline(src: string): Promise<{ items: OutlineItem[]; hasError: boolean }> {
  const p = await treeSitter()
  const tree = p.parse(src)!
  const root = tree.rootNode
  const body = root.namedChildren.find((c) => c.type === 'body')
  const r = { items: body ? outlineTs(body) : [], hasError: root.hasError }
  tree.delete()
  return r
}

export function ourOutline(src: string, body: Body): OutlineItem[] {
  const li = new LineIndex(src)
  const pos = (o: number): [number, number] => {
    const p = li.position(o)
    return [p.line - 1, p.column - 1]
  }
  const walk = (b: Body): OutlineItem[] =>
    b.items.map((it) =>
      it.kind === 'attribute'
        ? { kind: 'attribute' as const, name: it.name, start: pos(it.start), end: pos(it.end) }
        : {
            kind: 'block' as const,
            name: it.type,
            labels: it.labels.map((l) => l.value),
            start: pos(it.start),
            end: pos(it.end),
            children: walk(it.body),
          },
    )
  return walk(body)
}
