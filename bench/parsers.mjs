#!/usr/bin/env node
// YAML parser throughput on large CloudFormation templates (issue 2 §2): which parser gives exact
// positions fast. Each parser runs in its own process on each input, so peak RSS is its own.
//
//   node bench/parsers.mjs [--runs 3] [--timeout 300] [--json bench/results/parsers.json] [--markdown]
//   (--markdown also rewrites the parser table in bench/README.md)
//
// Inputs (generated, deterministic): a ~2 MB template and the ~5 MB template of the corpus, in
// YAML (short-form tags) and as the JSON variant of the same template.
// Parsers:
//   yaml-default     `yaml` parseDocument with CloudFormation customTags, default options
//                    (uniqueKeys: true: the duplicate-key check that is quadratic in map size)
//   yaml-nouniq      the same with uniqueKeys: false
//   jsyaml-load      js-yaml 5 `load` with a schema accepting every CloudFormation tag
//   jsyaml-events    js-yaml 5 `parseEvents(text, { maxDepth })`: flat events with offsets
//   jsyaml-events+   parseEvents, then every scalar decoded with getScalarValue and every
//                    event offset turned into line/column (what a positioned tree costs)
//   json-parse       JSON.parse on the JSON variant
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runMeasured, median } from './lib/measure.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const PARSERS = ['yaml-default', 'yaml-nouniq', 'jsyaml-load', 'jsyaml-events', 'jsyaml-events+', 'json-parse']

// ---------------------------------------------------------------------------------------------
// Child: parse one file with one parser, `runs` times; print timings and heap figures.
let _keep = null // the parse result stays reachable while retained heap is measured

async function child(parser, file, runs) {
  const text = fs.readFileSync(file, 'utf8')
  let parse
  if (parser.startsWith('yaml-')) {
    const YAML = await import('yaml')
    const names = [
      'Ref',
      'Condition',
      'Sub',
      'GetAtt',
      'Join',
      'If',
      'Select',
      'Split',
      'FindInMap',
      'ImportValue',
      'Base64',
      'Cidr',
      'GetAZs',
      'Equals',
      'And',
      'Or',
      'Not',
      'Transform',
      'Contains',
    ]
    const customTags = names.flatMap((n) => [
      { tag: `!${n}`, resolve: (v) => ({ [n]: v }) },
      { tag: `!${n}`, collection: 'seq', resolve: (v) => v },
      { tag: `!${n}`, collection: 'map', resolve: (v) => v },
    ])
    const opts = { customTags, uniqueKeys: parser === 'yaml-default' ? true : false }
    if (parser === 'yaml-default') delete opts.uniqueKeys // truly the default
    parse = () => {
      const doc = YAML.parseDocument(text, opts)
      if (doc.errors.length) throw doc.errors[0]
      return doc
    }
  } else if (parser === 'jsyaml-load') {
    const { load } = await import('js-yaml')
    const { CFN_SCHEMA } = await import('./lib/cfn-yaml-schema.mjs')
    parse = () => load(text, { schema: CFN_SCHEMA, maxDepth: 200 })
  } else if (parser === 'jsyaml-events') {
    const { parseEvents } = await import('js-yaml')
    parse = () => parseEvents(text, { maxDepth: 200 })
  } else if (parser === 'jsyaml-events+') {
    const { parseEvents, getScalarValue } = await import('js-yaml')
    parse = () => {
      const events = parseEvents(text, { maxDepth: 200 })
      // Line starts once per file; each offset then resolves by binary search.
      const starts = [0]
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
      const lineOf = (off) => {
        let lo = 0
        let hi = starts.length - 1
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1
          if (starts[mid] <= off) lo = mid
          else hi = mid - 1
        }
        return lo
      }
      const out = new Array(events.length)
      for (let i = 0; i < events.length; i++) {
        const e = events[i]
        if (e.type === 4) {
          const line = lineOf(e.valueStart)
          out[i] = { v: getScalarValue(text, e), line: line + 1, col: e.valueStart - starts[line] + 1 }
        } else if (e.type === 2 || e.type === 3) {
          const line = lineOf(e.start)
          out[i] = { line: line + 1, col: e.start - starts[line] + 1 }
        }
      }
      return out
    }
  } else if (parser === 'json-parse') {
    parse = () => JSON.parse(text)
  } else throw new Error(`unknown parser ${parser}`)

  const times = []
  let heapAfterParse = 0
  let retained = 0
  for (let i = 0; i < runs; i++) {
    global.gc()
    const h0 = process.memoryUsage().heapUsed
    const t0 = performance.now()
    _keep = parse()
    const ms = performance.now() - t0
    times.push(ms)
    heapAfterParse = Math.max(heapAfterParse, process.memoryUsage().heapUsed - h0)
    global.gc()
    retained = process.memoryUsage().heapUsed - h0
    _keep = null
    // A slow parser (the quadratic duplicate-key check) is timed once.
    if (ms > 20000) break
  }
  process.stdout.write(`${JSON.stringify({ times, heapAfterParse, retained, peakHeap: process.memoryUsage().heapTotal })}\n`)
}

// ---------------------------------------------------------------------------------------------
// Parent

async function main(argv) {
  const opts = { runs: 3, timeout: 300, json: path.join(here, 'results', 'parsers.json'), md: path.join(here, 'results', 'parsers.md') }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') opts.runs = Number(argv[++i])
    else if (argv[i] === '--timeout') opts.timeout = Number(argv[++i])
    else if (argv[i] === '--json') opts.json = argv[++i]
    else if (argv[i] === '--only') opts.only = argv[++i].split(',')
    else if (argv[i] === '--markdown') opts.markdown = true
    else throw new Error(`unknown argument ${argv[i]}`)
  }
  const { bigTemplateText } = await import('./generate.mjs')
  const { load } = await import('js-yaml')
  const { CFN_SCHEMA } = await import('./lib/cfn-yaml-schema.mjs')
  const dir = path.join(here, 'out', 'parsers')
  fs.mkdirSync(dir, { recursive: true })
  const inputs = []
  for (const [name, bytes] of [
    ['template-2mb', 2 * 1024 * 1024],
    ['template-5mb', 5 * 1024 * 1024],
  ]) {
    const yaml = bigTemplateText(bytes === 5 * 1024 * 1024 ? 's3-gate-bench' : 's3-gate-bench-2mb', bytes)
    const y = path.join(dir, `${name}.yaml`)
    const j = path.join(dir, `${name}.json`)
    fs.writeFileSync(y, yaml)
    // The JSON variant is the same template in long form.
    fs.writeFileSync(j, `${JSON.stringify(load(yaml, { schema: CFN_SCHEMA }), null, 2)}\n`)
    const resources = (yaml.match(/^ {2}[A-Za-z0-9]+:\n {4}Type: /gm) ?? []).length
    inputs.push({ name, yaml: y, json: j, yamlBytes: fs.statSync(y).size, jsonBytes: fs.statSync(j).size, resources })
  }
  const baseline = await runMeasured(process.execPath, ['-e', '0'])
  const results = []
  for (const input of inputs) {
    for (const parser of opts.only ?? PARSERS) {
      const file = parser === 'json-parse' ? input.json : input.yaml
      const bytes = parser === 'json-parse' ? input.jsonBytes : input.yamlBytes
      const r = await runMeasured(
        process.execPath,
        ['--expose-gc', '--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', parser, file, String(opts.runs)],
        {
          stdoutFile: path.join(dir, 'child.out'),
          timeoutMs: opts.timeout * 1000,
        },
      )
      let data = null
      try {
        data = JSON.parse(fs.readFileSync(path.join(dir, 'child.out'), 'utf8'))
      } catch {}
      const row = { input: input.name, parser, bytes, resources: input.resources }
      if (!data || r.code !== 0) {
        row.error = r.timedOut ? `timed out after ${opts.timeout} s` : `exit ${r.code} ${r.stderr.slice(-300)}`
      } else {
        row.ms = median(data.times)
        row.runs = data.times.length
        row.mbPerS = bytes / 1048576 / (row.ms / 1000)
        row.heapAfterParseMb = data.heapAfterParse / 1048576
        row.retainedMb = data.retained / 1048576
        row.peakRssMb = r.maxRssKb / 1024
      }
      results.push(row)
      console.error(
        `${input.name} ${parser.padEnd(15)} ${row.error ?? `${row.ms.toFixed(0)} ms  ${row.mbPerS.toFixed(1)} MB/s  peak RSS ${row.peakRssMb.toFixed(0)} MB`}`,
      )
    }
  }
  const out = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    loadavg: (await import('node:os')).loadavg(),
    nodeBaselineRssMb: baseline.maxRssKb / 1024,
    inputs,
    results,
  }
  fs.mkdirSync(path.dirname(opts.json), { recursive: true })
  fs.writeFileSync(opts.json, `${JSON.stringify(out, null, 2)}\n`)
  const md = parsersMarkdown(out)
  fs.writeFileSync(opts.md, md)
  if (opts.markdown) {
    const readme = path.join(here, 'README.md')
    const start = '<!-- parsers:start (generated by `node bench/parsers.mjs --markdown`) -->'
    const end = '<!-- parsers:end -->'
    const text = fs.readFileSync(readme, 'utf8')
    const i = text.indexOf(start)
    const j = text.indexOf(end)
    if (i >= 0 && j > i) fs.writeFileSync(readme, `${text.slice(0, i + start.length)}\n${md}\n${text.slice(j)}`)
  }
  console.log(md)
  fs.rmSync(dir, { recursive: true, force: true })
}

export function parsersMarkdown(out) {
  const lines = []
  const label = {
    'yaml-default': '`yaml` parseDocument, default options (uniqueKeys on)',
    'yaml-nouniq': '`yaml` parseDocument, `uniqueKeys: false`',
    'jsyaml-load': 'js-yaml 5 `load` (CloudFormation tag schema)',
    'jsyaml-events': 'js-yaml 5 `parseEvents` (events with offsets)',
    'jsyaml-events+': 'js-yaml 5 `parseEvents` + scalar values + line/column',
    'json-parse': '`JSON.parse` (JSON variant)',
  }
  for (const input of out.inputs) {
    lines.push(
      `**${input.name}**: YAML ${(input.yamlBytes / 1048576).toFixed(2)} MB, JSON variant ${(input.jsonBytes / 1048576).toFixed(2)} MB, ${input.resources} resources`,
      '',
      '| parser | time (median) | MB/s | heap after parse | retained heap | peak RSS |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    )
    for (const r of out.results.filter((x) => x.input === input.name)) {
      if (r.error) lines.push(`| ${label[r.parser]} | ${r.error} | | | | |`)
      else {
        lines.push(
          `| ${label[r.parser]} | ${r.ms >= 1000 ? `${(r.ms / 1000).toFixed(2)} s` : `${r.ms.toFixed(0)} ms`}${r.runs === 1 ? ' (1 run)' : ''} | ${r.mbPerS.toFixed(1)} | ${r.heapAfterParseMb.toFixed(0)} MB | ${r.retainedMb.toFixed(0)} MB | ${r.peakRssMb.toFixed(0)} MB |`,
        )
      }
    }
    lines.push('')
  }
  lines.push(
    `Node ${out.node}, ${out.cpus} CPUs, load average at the end ${out.loadavg.map((x) => x.toFixed(1)).join(' / ')}; a bare \`node -e 0\` peaks at ${out.nodeBaselineRssMb.toFixed(0)} MB RSS.`,
  )
  return `${lines.join('\n')}\n`
}

const argv = process.argv.slice(2)
if (argv[0] === '--child') await child(argv[1], argv[2], Number(argv[3] ?? 3))
else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(argv)
