// Memory of one large Terraform root module, stage by stage: the live heap (after forced full
// collections) once the file is read, parsed (`parseHcl` alone), loaded (parsed, evaluated and
// modelled) and checked by every rule. The file is the hostile suite's big `.tf`: a public bucket
// among every twenty Lambda functions.
//
//   node --expose-gc bench/terraform-file-memory.mjs [MB]      (default 10)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { argValue, importSources } from './lib/bundle.mjs'
import { publicBucketsAmongFunctions } from './terraform-gen.mjs'

if (typeof gc !== 'function') {
  console.error('run with node --expose-gc')
  process.exit(2)
}
const m = await importSources('terraform-file-memory', [
  "export { parseHcl } from './src/parsers/terraform/hcl/parse.ts'",
  "export { loadTerraformUnit } from './src/parsers/terraform/load-unit.ts'",
  "export { DEFAULT_LIMITS } from './src/limits.ts'",
  "export { linkModel } from './src/model/link.ts'",
  "export { evaluateRules } from './src/engine/evaluate.ts'",
  "export { rules } from './rules/index.ts'",
])
const mb = Number(process.argv[2] ?? argValue('--mb', '10'))

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3gate-tf-file-'))
const file = path.join(dir, 'main.tf')
fs.writeFileSync(file, publicBucketsAmongFunctions(mb * 1024 * 1024))
const live = () => {
  gc()
  gc()
  return process.memoryUsage().heapUsed / 1048576
}
const row = (stage, heap, ms) =>
  console.log(`${stage.padEnd(22)} ${heap.toFixed(0).padStart(6)} MB live${ms === undefined ? '' : `  ${ms.toFixed(0)} ms`}`)
try {
  // The text itself is an external string: not in the heap figures.
  const base = live()
  const parseOnly = () => {
    const t = performance.now()
    const tree = m.parseHcl(fs.readFileSync(file, 'utf8'), { maxDepth: 200 })
    const ms = performance.now() - t
    row('syntax tree', live() - base, ms)
    return tree.issues.length
  }
  if (parseOnly() > 0) console.log('(the file has syntax errors)')
  let t0
  const unit = { id: '.', format: 'terraform', files: [{ abs: file, rel: 'main.tf', size: fs.statSync(file).size }] }
  const ctx = {
    roots: [dir],
    cwd: dir,
    limits: { ...m.DEFAULT_LIMITS, maxFileBytes: 1 << 30, maxFindings: 1e7 },
    debug() {},
    readFile: (abs) => (abs.startsWith(dir + path.sep) ? fs.readFileSync(abs, 'utf8') : undefined),
    displayPath: (abs) => path.relative(dir, abs),
    listFiles: () => [],
  }
  t0 = performance.now()
  const load = m.loadTerraformUnit(unit, ctx)
  row('loaded (tree, model)', live() - base, performance.now() - t0)
  t0 = performance.now()
  let findings = 0
  const results = []
  for (const model of load.models) {
    m.linkModel(model)
    const r = m.evaluateRules(model, m.rules)
    findings += r.findings.length
    results.push(r)
  }
  row(`checked (${findings} findings)`, live() - base, performance.now() - t0)
  console.log(`${mb} MB of Terraform; peak RSS of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
