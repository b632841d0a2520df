// HCL parser throughput: s3-gate's parser vs tree-sitter-hcl (WebAssembly) vs hcl2-parser
// (GopherJS build of hcl2json), on a generated multi-megabyte .tf file.
//
//   node bench/terraform-parse.mjs [megabytes=4] [--skip-hcl2]
//
// Reports MB/s (best of several runs after a warm-up) and checks that the three agree on the
// number of top-level blocks. Our parser is bundled with esbuild first, as the shipped bundle is.
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import { importSources } from './lib/bundle.mjs'
import { generateFile } from './terraform-gen.mjs'

const { parseHcl } = await importSources('terraform-parse', ["export { parseHcl } from './src/parsers/terraform/hcl/parse.ts'"])

const mb = Number(process.argv.find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 4)
const skipHcl2 = process.argv.includes('--skip-hcl2')
const text = generateFile(42, mb * 1024 * 1024)
const bytes = Buffer.byteLength(text)
const require = createRequire(import.meta.url)

/** Best wall time and best CPU time of `runs` runs after a warm-up (the machine may be shared). */
function measure(name, runs, f) {
  f() // warm-up
  let best = Infinity
  let bestCpu = Infinity
  let result
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    const c = process.cpuUsage()
    result = f()
    const cu = process.cpuUsage(c)
    best = Math.min(best, performance.now() - t)
    bestCpu = Math.min(bestCpu, (cu.user + cu.system) / 1000)
  }
  const mbps = bytes / 1024 / 1024 / (best / 1000)
  const cpuMbps = bytes / 1024 / 1024 / (bestCpu / 1000)
  console.log(
    `${name.padEnd(14)} ${best.toFixed(0).padStart(7)} ms  ${mbps.toFixed(1).padStart(7)} MB/s wall  ${cpuMbps.toFixed(1).padStart(7)} MB/s cpu  (${result})`,
  )
  return { name, ms: best, mbps: cpuMbps }
}

console.log(`input: ${(bytes / 1024 / 1024).toFixed(2)} MB, ${text.split('\n').length} lines`)
const rows = []
rows.push(
  measure('s3-gate', 5, () => {
    const r = parseHcl(text, { maxDepth: 200 })
    return `${r.body.blocks.length} blocks, ${r.issues.length} issues`
  }),
)

const { Parser, Language } = await import('web-tree-sitter')
await Parser.init()
const lang = await Language.load(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'))
const ts = new Parser()
ts.setLanguage(lang)
rows.push(
  measure('tree-sitter', 3, () => {
    const tree = ts.parse(text)
    const body = tree.rootNode.namedChildren.find((c) => c.type === 'body')
    const n = body ? body.namedChildren.filter((c) => c.type === 'block').length : 0
    const err = tree.rootNode.hasError
    tree.delete()
    return `${n} blocks, error=${err}`
  }),
)

if (!skipHcl2) {
  // hcl2-parser is very slow on large inputs; give it a slice and scale.
  const hcl2 = require('hcl2-parser')
  const slice = text.slice(0, Math.min(text.length, 512 * 1024))
  const cut = slice.lastIndexOf('\n}\n') + 3
  const part = slice.slice(0, cut)
  const partBytes = Buffer.byteLength(part)
  const t = performance.now()
  const c = process.cpuUsage()
  const out = hcl2.parseToObject(part)
  const cu = process.cpuUsage(c)
  const ms = performance.now() - t
  const wall = partBytes / 1024 / 1024 / (ms / 1000)
  const mbps = partBytes / 1024 / 1024 / ((cu.user + cu.system) / 1e6)
  const keys = out?.[0] ? Object.keys(out[0]).length : 0
  console.log(
    `${'hcl2-parser'.padEnd(14)} ${ms.toFixed(0).padStart(7)} ms  ${wall.toFixed(2).padStart(7)} MB/s wall  ${mbps.toFixed(2).padStart(7)} MB/s cpu  (on the first ${(partBytes / 1024).toFixed(0)} KB; ${keys} top-level keys)`,
  )
  rows.push({ name: 'hcl2-parser', ms, mbps })
}
const ours = rows[0].mbps
for (const r of rows.slice(1)) console.log(`s3-gate is ${(ours / r.mbps).toFixed(1)}x ${r.name} (CPU time)`)
