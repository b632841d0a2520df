// Where the whole-process time of a Terraform scan goes, stage by stage, each stage a process of
// its own so that start-up and JIT warm-up count as they do for a user:
//
//   node bench/terraform-budget.mjs [--tree bench/out/tf-5000] [--runs 5] [--markdown]
//
// 1. bare `node -e 0`;
// 2. the CLI on one small `.tf` file (start-up);
// 3. reading every `.tf`/`.tfvars` file of the tree (bench/parse-floor.mjs);
// 4. reading and parsing them with s3-gate's HCL parser (bundled, as the CLI is);
// 5. the CLI with one rule that finds nothing there (`enable: [cloudtrail-multi-region-disabled]`):
//    discovery, planning, parsing, modules, evaluation and the model, with almost no findings;
// 6. the CLI as the benchmark runs it (`--format json`, every default rule).
// The stages run interleaved, run by run, and each row is the median. The ≥ 10 MB/s target asks
// for the whole of stage 6 within input ÷ 10 MB/s.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { argValue } from './lib/bundle.mjs'
import { runMeasured } from './lib/measure.mjs'

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const root = path.dirname(benchDir)
const tree = path.resolve(argValue('--tree', path.join(benchDir, 'out', 'tf-5000')))
const runs = Number(argValue('--runs', '5'))
const markdown = process.argv.includes('--markdown')
const cli = path.join(root, 'dist', 'cli', 'index.js')

if (!fs.existsSync(tree)) {
  console.error(`no tree at ${tree}: generate one with \`node bench/generate.mjs --terraform-only --files 5000 --out ${tree}\``)
  process.exit(2)
}

const SKIP = new Set(['node_modules', '.git', '.terraform'])
function terraformFiles(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) {
      if (!SKIP.has(e.name)) terraformFiles(p, out)
    } else if (e.isFile() && /\.(tf|tfvars)$/.test(e.name)) out.push(p)
  }
  return out
}
const files = terraformFiles(tree)
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0)

const work = fs.mkdtempSync(path.join(os.tmpdir(), 's3gate-budget-'))
const parseScript = path.join(benchDir, 'out', 'terraform-read-parse.bundle.mjs')
const { build } = await import('esbuild')
await build({
  stdin: {
    contents: `
      import fs from 'node:fs'
      import path from 'node:path'
      import { parseHcl } from './src/parsers/terraform/hcl/parse.ts'
      const skip = new Set(['node_modules', '.git', '.terraform'])
      let blocks = 0
      const walk = (dir) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          const p = path.join(dir, e.name)
          if (e.isDirectory()) { if (!skip.has(e.name)) walk(p) }
          else if (e.isFile() && /\\.(tf|tfvars)$/.test(e.name)) blocks += parseHcl(fs.readFileSync(p, 'utf8'), { maxDepth: 200 }).body.blocks.length
        }
      }
      walk(process.argv[2])
      console.log(blocks)
    `,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'es2022',
  outfile: parseScript,
  logLevel: 'warning',
})
const small = path.join(work, 'small')
fs.mkdirSync(small)
fs.writeFileSync(path.join(small, 'main.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n')
const oneRule = path.join(work, 'one-rule.yml')
fs.writeFileSync(oneRule, 'enable: [cloudtrail-multi-region-disabled]\n')

const scan = ['scan', '.', '--format', 'json', '--fail-on', 'none', '--quiet']
const stages = [
  { name: 'bare `node -e 0`', cmd: ['-e', '0'], cwd: tree },
  { name: 'CLI start-up (one small `.tf`)', cmd: [cli, ...scan], cwd: small },
  { name: 'read every `.tf`/`.tfvars` (parse-floor.mjs)', cmd: [path.join(benchDir, 'parse-floor.mjs'), '.'], cwd: tree },
  { name: 'read and parse them (s3-gate HCL parser)', cmd: [parseScript, '.'], cwd: tree },
  { name: 'CLI, one rule (parse, modules, evaluation, model)', cmd: [cli, ...scan, '--config', oneRule], cwd: tree },
  { name: 'CLI, every default rule, JSON (the benchmark)', cmd: [cli, ...scan], cwd: tree },
]

const samples = stages.map(() => [])
for (let r = 0; r < runs; r++) {
  for (const [i, s] of stages.entries()) {
    const m = await runMeasured(process.execPath, s.cmd, { cwd: s.cwd, timeoutMs: 120_000 })
    if (m.code !== 0) {
      console.error(`${s.name}: exit ${m.code}\n${m.stderr}`)
      process.exit(1)
    }
    samples[i].push(m)
  }
}
fs.rmSync(work, { recursive: true, force: true })

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const rows = stages.map((s, i) => ({
  name: s.name,
  wall: median(samples[i].map((m) => m.wallMs)),
  cpu: median(samples[i].map((m) => (m.userS + m.sysS) * 1000)),
  rss: Math.max(...samples[i].map((m) => m.maxRssKb)) / 1024,
}))
const mb = bytes / 1048576
const load = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ')
const head = `${files.length} Terraform files, ${mb.toFixed(1)} MB; Node ${process.version}; median of ${runs} interleaved runs; load average at the end ${load}. The ≥ 10 MB/s target allows ${((mb / 10) * 1000).toFixed(0)} ms for the last row.`
if (markdown) {
  console.log(head + '\n')
  console.log('| stage | wall-clock | CPU (user + sys) | peak RSS | MB/s |')
  console.log('| --- | ---: | ---: | ---: | ---: |')
  for (const r of rows)
    console.log(
      `| ${r.name} | ${r.wall.toFixed(0)} ms | ${r.cpu.toFixed(0)} ms | ${r.rss.toFixed(0)} MB | ${(mb / (r.wall / 1000)).toFixed(1)} |`,
    )
} else {
  console.log(head)
  for (const r of rows)
    console.log(
      `${r.name.padEnd(52)} ${r.wall.toFixed(0).padStart(6)} ms  cpu ${r.cpu.toFixed(0).padStart(6)} ms  ${r.rss.toFixed(0).padStart(4)} MB  ${(mb / (r.wall / 1000)).toFixed(1).padStart(6)} MB/s`,
    )
}
