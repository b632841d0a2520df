#!/usr/bin/env node
/**
 * What the action does after its scans, in one process: decide the verdict against a merge base,
 * render the summary for the check run, the sticky comment and the job, the check-run
 * annotations it posts and the SARIF log. On a big pull request these run on every finding after the
 * scan has ended, so their time adds straight to the job's.
 *
 *   node bench/report-tail.mjs [--corpus DIR] [--runs N]
 *
 * DIR defaults to bench/out/tf-5000 (generated when missing). The base is the head's findings
 * with every tenth one left out (so those are new). Prints each step's median over N runs (5 by
 * default) and a digest of everything rendered, to check that a change leaves the output alone.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { argValue, importSources } from './lib/bundle.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const corpus = path.resolve(argValue('--corpus', path.join(here, 'out', 'tf-5000')))
const runs = Number(argValue('--runs', '5'))
if (!fs.existsSync(corpus)) {
  console.error(`generating ${corpus}`)
  execFileSync(process.execPath, [path.join(here, 'generate.mjs'), '--files', '5000', '--terraform-only', '--out', corpus], {
    stdio: 'inherit',
  })
}

const m = await importSources('report-tail', [
  "export { scan } from './src/scan.ts'",
  "export { makeScanOptions } from './src/options.ts'",
  "export { silentLogger } from './src/logger.ts'",
  "export { decideGate } from './src/baseline/gate.ts'",
  "export { renderSummaryMarkdown, LIMITS } from './src/report/render/summary-markdown.ts'",
  "export { renderCheckAnnotations } from './src/report/render/annotations.ts'",
  "export { MAX_ANNOTATIONS } from './src/report/github/check-run.ts'",
  "export { sarifChunks } from './src/report/render/sarif.ts'",
  "export { createRenderContext } from './src/report/github/render-context.ts'",
  "export { stableJson } from './src/scan-settings.ts'",
  "export { rules } from './rules/index.ts'",
])

const head = await m.scan(m.makeScanOptions({ cwd: corpus, paths: ['.'], workers: 0 }), m.silentLogger)
head.stats.durationMs = 0
const base = { ...head, findings: head.findings.filter((_, i) => i % 10 !== 0) }
const policy = { failOn: 'high', commentOn: 'low', scope: 'changed', paths: ['.'] }
const baseline = { state: 'compared', commit: 'b'.repeat(40), description: 'the merge base' }
const ctx = m.createRenderContext({
  run: { owner: 'o', repo: 'r', serverUrl: 'https://github.com' },
  headSha: 'a'.repeat(40),
  pathPrefix: '',
  ruleDocsUrl: '',
  checkName: '',
  cwd: corpus,
})

const steps = {
  gate: () => m.decideGate({ head, base, baseline, policy }),
  'check-run summary': (report) => m.renderSummaryMarkdown(report, ctx, { surface: 'check', maxBytes: m.LIMITS.check }),
  'comment summary': (report) => m.renderSummaryMarkdown(report, ctx, { surface: 'comment', maxBytes: m.LIMITS.comment, marker: true }),
  'job summary': (report) => m.renderSummaryMarkdown(report, ctx, { surface: 'job', maxBytes: m.LIMITS.job - 1024 }),
  'check-run annotations': (report) => m.renderCheckAnnotations(report, ctx, m.MAX_ANNOTATIONS),
  SARIF: () => {
    let n = 0
    const hash = createHash('sha1')
    for (const chunk of m.sarifChunks(head, m.rules)) {
      n += chunk.length
      hash.update(chunk)
    }
    return `${n} characters, ${hash.digest('hex')}`
  },
}
const times = Object.fromEntries(Object.keys(steps).map((k) => [k, []]))
let digest
for (let i = 0; i < runs; i++) {
  const hash = createHash('sha1')
  let report
  for (const [name, step] of Object.entries(steps)) {
    const t0 = performance.now()
    const out = step(report)
    times[name].push(performance.now() - t0)
    if (name === 'gate') report = out
    hash.update(typeof out === 'string' ? out : m.stableJson(out))
  }
  digest = hash.digest('hex')
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
console.log(
  `${path.relative(process.cwd(), corpus) || '.'}: ${head.findings.length} findings, median of ${runs} runs, Node ${process.version}`,
)
for (const [name, list] of Object.entries(times)) console.log(`  ${name.padEnd(22)} ${median(list).toFixed(0).padStart(6)} ms`)
console.log(`  output digest ${digest}`)
