// Terraform end to end, in one process: plan units, parse, evaluate, build the model, link it and
// run every rule, on generated Terraform trees (bench/generate.mjs --terraform-only) of 100, 1,000
// and 5,000 files. Reports MB/s of CPU time and of wall time, peak RSS, and how time grows with size.
//
//   node bench/terraform-tree.mjs [--sizes 100,1000,5000] [--keep]
//
// This measures the Terraform plugin directly (the whole-CLI figures are in bench/run.mjs), in a
// single thread, so the CLI's worker pool adds its own speed-up on top. The sources are bundled
// with esbuild first (as the shipped bundle is), since running TypeScript through a loader
// costs several times more.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { argValue, importSources } from './lib/bundle.mjs'
const here = path.dirname(fileURLToPath(import.meta.url))
const {
  DEFAULT_LIMITS,
  linkModel,
  evaluateRules,
  terraformPlugin,
  discover,
  listFiles,
  toDisplayPath,
  isInside,
  silentLogger: logger,
  rules,
} = await importSources('terraform-tree', [
  "export { DEFAULT_LIMITS } from './src/limits.ts'",
  "export { linkModel } from './src/model/link.ts'",
  "export { evaluateRules } from './src/engine/evaluate.ts'",
  "export { terraformPlugin } from './src/parsers/terraform/index.ts'",
  "export { discover, listFiles, toDisplayPath, isInside } from './src/discovery.ts'",
  "export { silentLogger } from './src/logger.ts'",
  "export { rules } from './rules/index.ts'",
])
const arg = argValue
const sizes = arg('--sizes', '100,1000,5000').split(',').map(Number)
const keep = process.argv.includes('--keep')

let peakRss = 0
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss))
const timer = setInterval(sample, 20)

function scanTree(root) {
  const cwd = root
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  const found = discover([root], cwd, DEFAULT_LIMITS.maxFileBytes, logger)
  const files = found.files
  const units = terraformPlugin.plan(files, { roots: [root], cwd, debug() {} })
  const ctx = {
    roots: [root],
    cwd,
    limits: DEFAULT_LIMITS,
    debug() {},
    readFile(abs) {
      try {
        const real = fs.realpathSync(abs)
        if (!isInside(real, [root])) return undefined
        return fs.readFileSync(real, 'utf8')
      } catch {
        return undefined
      }
    },
    displayPath: (abs) => toDisplayPath(abs, cwd),
    listFiles: (dir, filter) => listFiles(dir, [root], cwd, filter),
  }
  let bytes = 0
  let findings = 0
  let buckets = 0
  let errors = 0
  let loadMs = 0
  for (const u of units) {
    const l0 = performance.now()
    const load = terraformPlugin.load(u, ctx)
    loadMs += performance.now() - l0
    for (const t of load.texts.values()) bytes += Buffer.byteLength(t)
    errors += load.problems.filter((p) => p.level === 'error').length
    for (const m of load.models) {
      linkModel(m)
      buckets += m.buckets.length
      findings += evaluateRules(m, rules).findings.length
    }
    sample()
  }
  const c = process.cpuUsage(c0)
  return {
    units: units.length,
    bytes,
    findings,
    buckets,
    errors,
    wallMs: performance.now() - t0,
    cpuMs: (c.user + c.system) / 1000,
    loadMs,
  }
}

const rows = []
for (const n of sizes) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `s3gate-tf-${n}-`))
  execFileSync(process.execPath, [path.join(here, 'generate.mjs'), '--files', String(n), '--terraform-only', '--out', out], {
    stdio: 'ignore',
  })
  const r = scanTree(fs.realpathSync(out))
  const mb = r.bytes / 1024 / 1024
  rows.push({ files: n, ...r, mb })
  console.log(
    `${String(n).padStart(5)} files ${mb.toFixed(2).padStart(6)} MB  ${r.units} root modules, ${r.buckets} buckets, ${r.findings} findings, ${r.errors} errors  ` +
      `wall ${r.wallMs.toFixed(0)} ms (${(mb / (r.wallMs / 1000)).toFixed(1)} MB/s)  cpu ${r.cpuMs.toFixed(0)} ms (${(mb / (r.cpuMs / 1000)).toFixed(1)} MB/s)  ` +
      `load ${r.loadMs.toFixed(0)} ms  peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
  )
  if (!keep) fs.rmSync(out, { recursive: true, force: true })
}
clearInterval(timer)
if (rows.length >= 2) {
  // Least-squares slope of log(cpu time) against log(bytes): 1.0 is linear.
  const xs = rows.map((r) => Math.log(r.bytes))
  const ys = rows.map((r) => Math.log(r.cpuMs))
  const mx = xs.reduce((a, b) => a + b) / xs.length
  const my = ys.reduce((a, b) => a + b) / ys.length
  const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0)
  console.log(`growth: time ∝ size^${slope.toFixed(2)} (1.00 = linear)`)
}
