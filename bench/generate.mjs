#!/usr/bin/env node
// Deterministic generator of a realistic monorepo for the s3-gate benchmarks.
//
//   node bench/generate.mjs --files 1000 --out bench/out/mono-1000
//   node bench/generate.mjs --files 5000 --cloudformation-only --out bench/out/cfn-5000
//   node bench/generate.mjs --files 5000 --terraform-only --out bench/out/tf-5000
//
// Modes:
//   (default)              a mixed monorepo of exactly N files: CloudFormation YAML and JSON
//                          templates, cdk.out cloud assemblies, Terraform root modules and a
//                          shared local module, some non-IaC YAML/JSON (CI workflows, k8s
//                          manifests, package.json), and exactly one ~5 MB template.
//   --cloudformation-only  exactly N CloudFormation templates (YAML, JSON, CDK-synth JSON),
//                          one of them the ~5 MB template: the corpus scanned by s3-gate, by
//                          cfn-guard and by the read-and-parse floor for the side-by-side figures.
//   --terraform-only       exactly N Terraform files (.tf, some .tfvars) in root modules.
//
// Same seed => byte-identical tree. Writes <out>.corpus.json next to the tree (never inside it)
// with the file and byte counts per format. The output directory is replaced.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRng, TEAMS, WORDS, pascal } from './lib/prng.mjs'
import { buildTemplate, templateSize } from './lib/gen-cfn.mjs'
import { emitJson, emitYaml } from './lib/emit.mjs'
import { buildCloudAssembly } from './lib/gen-cdk.mjs'
import { buildRootModule, localModules } from './lib/gen-tf.mjs'

const BIG_TEMPLATE_BYTES = 5 * 1024 * 1024

/** File kinds and their share of a mixed monorepo, by file count. */
const MIX = [
  ['cfn-yaml', 0.38],
  ['cfn-json', 0.12],
  ['cdk', 0.15],
  ['terraform', 0.3],
  ['noise', 0.05],
]

const YAML_STYLES = [
  { single: true, flowTags: true },
  { single: false, flowTags: true },
  { single: true, flowTags: false, indentlessSeq: true },
  { single: false, flowTags: true, indentlessSeq: true },
]

export function cfnYamlText(rng, count, opts = {}) {
  const t = buildTemplate(rng, count, opts)
  return emitYaml(t.doc, rng.pick(YAML_STYLES), t.comments)
}

export function cfnJsonText(rng, count, opts = {}) {
  const t = buildTemplate(rng, count, opts)
  return emitJson(t.doc, rng.pick([2, 2, 4, 1]))
}

/** The one ~`bytes` YAML template (a legacy monolith stack). */
export function bigTemplateText(seed, bytes = BIG_TEMPLATE_BYTES) {
  const probe = cfnYamlText(createRng(`${seed}/big-probe`), 400, { stackName: 'monolith' })
  const count = Math.round((400 * bytes) / probe.length)
  return cfnYamlText(createRng(`${seed}/big`), count, { stackName: 'monolith', s3Share: 0.4 })
}

class Writer {
  constructor(root) {
    this.root = root
    this.dirs = new Set()
    this.stats = {}
    this.files = 0
    this.bytes = 0
    this.paths = new Set()
  }

  write(rel, text, kind) {
    let target = rel
    for (let i = 2; this.paths.has(target); i++) target = rel.replace(/(\.[a-z.]+)?$/, (ext) => `-${i}${ext ?? ''}`)
    this.paths.add(target)
    const abs = path.join(this.root, target)
    const dir = path.dirname(abs)
    if (!this.dirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true })
      this.dirs.add(dir)
    }
    const buf = Buffer.from(text, 'utf8')
    fs.writeFileSync(abs, buf)
    const s = (this.stats[kind] ??= { files: 0, bytes: 0 })
    s.files++
    s.bytes += buf.length
    this.files++
    this.bytes += buf.length
    return target
  }
}

const NOISE = [
  (rng, svc) => [
    `.github/workflows/${svc}.yml`,
    `name: ${svc}\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n      - run: npm ci\n      - run: npm test\n`,
  ],
  (rng, svc) => [
    `k8s/${svc}/deployment.yaml`,
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${svc}\n  labels:\n    app: ${svc}\nspec:\n  replicas: ${rng.int(1, 6)}\n  selector:\n    matchLabels:\n      app: ${svc}\n  template:\n    metadata:\n      labels:\n        app: ${svc}\n    spec:\n      containers:\n        - name: ${svc}\n          image: registry.example.com/${svc}:${rng.int(1, 90)}.${rng.int(0, 20)}.0\n          ports:\n            - containerPort: 8080\n          env:\n            - name: BUCKET\n              value: ${svc}-data\n`,
  ],
  (rng, svc) => [
    `services/${svc}/package.json`,
    `${JSON.stringify({ name: `@acme/${svc}`, version: `1.${rng.int(0, 30)}.0`, private: true, scripts: { build: 'tsc -p .', test: 'vitest run' }, dependencies: { '@aws-sdk/client-s3': '^3.600.0' } }, null, 2)}\n`,
  ],
  (rng, svc) => [
    `services/${svc}/docker-compose.yml`,
    `services:\n  ${svc}:\n    build: .\n    ports:\n      - "${rng.int(3000, 9000)}:8080"\n    environment:\n      AWS_REGION: eu-west-1\n  localstack:\n    image: localstack/localstack:3\n`,
  ],
  (rng, svc) => [`services/${svc}/README.md`, `# ${svc}\n\nOwns the ${svc} buckets. Deploy with \`sam deploy\`.\n`],
]

function generateMixed(w, rng, n, seed) {
  const target = Object.fromEntries(MIX.map(([k, share]) => [k, n * share]))
  const have = Object.fromEntries(MIX.map(([k]) => [k, 0]))
  const add = (kind, count) => (have[kind] += count)
  let remaining = n
  // Exactly one ~5 MB template.
  w.write('platform/legacy-monolith/monolith.yaml', bigTemplateText(seed), 'cfn-yaml')
  add('cfn-yaml', 1)
  remaining--
  const tfModule = 'modules/secure-bucket'
  if (n >= 20) {
    for (const [rel, text] of localModules()) w.write(rel, text, 'terraform')
    add('terraform', 3)
    remaining -= 3
  }
  let unit = 0
  while (remaining > 0) {
    unit++
    const u = rng.fork(`unit${unit}`)
    let kind = MIX.map(([k]) => k).sort((a, b) => target[b] - have[b] - (target[a] - have[a]))[0]
    if (kind === 'cdk' && remaining < 5) kind = 'cfn-yaml'
    if (kind === 'terraform' && n < 20) kind = 'cfn-yaml'
    const team = u.pick(TEAMS)
    const svc = `${u.pick(WORDS)}-${u.pick(WORDS)}`
    switch (kind) {
      case 'cfn-yaml': {
        const sam = u.bool(0.15)
        const name = sam ? 'template.yaml' : u.pick(['template.yaml', 'stack.yml', `cfn/${svc}.yaml`, 'infra/cloudformation.yaml'])
        w.write(`services/${team}/${svc}/${name}`, cfnYamlText(u, templateSize(u), { stackName: svc, sam }), 'cfn-yaml')
        add('cfn-yaml', 1)
        remaining--
        break
      }
      case 'cfn-json': {
        const name = u.pick(['template.json', `cloudformation/${svc}.template.json`, `${svc}.json`, 'stack.template'])
        w.write(`services/${team}/${svc}/${name}`, cfnJsonText(u, templateSize(u), { stackName: svc }), 'cfn-json')
        add('cfn-json', 1)
        remaining--
        break
      }
      case 'cdk': {
        const stacks = Math.min(
          u.weighted([
            [5, 1],
            [3, 2],
            [1, 3],
            [1, 4],
          ]),
          Math.floor((remaining - 3) / 2),
        )
        const sizes = Array.from({ length: stacks }, () => templateSize(u))
        const asm = buildCloudAssembly(u, svc, sizes)
        for (const [rel, text, k] of asm.files)
          w.write(`apps/${team}/${svc}/cdk.out/${rel}`, text, k === 'cdk-template' ? 'cdk-template' : 'cdk-other')
        add('cdk', asm.files.length)
        remaining -= asm.files.length
        break
      }
      case 'terraform': {
        const nFiles = Math.min(remaining, u.int(5, 10))
        const dir = `infra/terraform/${team}/${svc}`
        const rel = path.posix.relative(dir, tfModule)
        for (const [name, text] of buildRootModule(u, dir, nFiles, `./${rel}`.replace(/^\.\/\.\./, '..'))) {
          w.write(`${dir}/${name}`, text, 'terraform')
        }
        add('terraform', nFiles)
        remaining -= nFiles
        break
      }
      default: {
        const [rel, text] = u.pick(NOISE)(u, svc)
        w.write(rel, text, 'other')
        add('noise', 1)
        remaining--
      }
    }
  }
}

function generateCloudFormation(w, rng, n, seed) {
  w.write('platform/legacy-monolith/monolith.yaml', bigTemplateText(seed), 'cfn-yaml')
  for (let i = 1; i < n; i++) {
    const u = rng.fork(`t${i}`)
    const team = u.pick(TEAMS)
    const svc = `${u.pick(WORDS)}-${u.pick(WORDS)}`
    const kind = u.weighted([
      [60, 'yaml'],
      [25, 'json'],
      [15, 'cdk'],
    ])
    if (kind === 'yaml') {
      const sam = u.bool(0.15)
      w.write(
        `services/${team}/${svc}/${u.pick(['template.yaml', 'stack.yml', `cfn/${svc}.yaml`])}`,
        cfnYamlText(u, templateSize(u), { stackName: svc, sam }),
        'cfn-yaml',
      )
    } else if (kind === 'json') {
      w.write(
        `services/${team}/${svc}/${u.pick(['template.json', `${svc}.template.json`, `${svc}.json`])}`,
        cfnJsonText(u, templateSize(u), { stackName: svc }),
        'cfn-json',
      )
    } else {
      const stack = `${pascal(svc)}Stack`
      w.write(
        `synth/${team}/${svc}/${stack}.template.json`,
        emitJson(buildTemplate(u, templateSize(u), { cdk: true, stackName: stack }).doc, 1),
        'cdk-template',
      )
    }
  }
}

function generateTerraform(w, rng, n) {
  const tfModule = 'modules/secure-bucket'
  let remaining = n
  if (n >= 20) {
    for (const [rel, text] of localModules()) w.write(rel, text, 'terraform')
    remaining -= 3
  }
  let unit = 0
  while (remaining > 0) {
    const u = rng.fork(`m${++unit}`)
    const nFiles = Math.min(remaining, Math.max(1, Math.round(u.logNormal(7, 0.35))))
    const dir = `infra/${u.pick(['live', 'stacks', 'envs'])}/${u.pick(TEAMS)}/${u.pick(WORDS)}-${u.pick(['dev', 'staging', 'prod'])}`
    const rel = path.posix.relative(dir, tfModule)
    for (const [name, text] of buildRootModule(u, dir, nFiles, rel)) w.write(`${dir}/${name}`, text, 'terraform')
    remaining -= nFiles
  }
}

/** Generates a corpus and returns its summary (also written to `<out>.corpus.json`). */
export function generateCorpus({ files, out, mode = 'mixed', seed = 's3-gate-bench' }) {
  const t0 = performance.now()
  const root = path.resolve(out)
  fs.rmSync(root, { recursive: true, force: true })
  fs.mkdirSync(root, { recursive: true })
  const w = new Writer(root)
  const rng = createRng(`${seed}/${mode}/${files}`)
  if (mode === 'mixed') generateMixed(w, rng, files, seed)
  else if (mode === 'cloudformation') generateCloudFormation(w, rng, files, seed)
  else if (mode === 'terraform') generateTerraform(w, rng, files)
  else throw new Error(`unknown mode ${mode}`)
  const summary = {
    mode,
    seed,
    root,
    files: w.files,
    bytes: w.bytes,
    byFormat: w.stats,
    cloudformationTemplates: (w.stats['cfn-yaml']?.files ?? 0) + (w.stats['cfn-json']?.files ?? 0) + (w.stats['cdk-template']?.files ?? 0),
    generatedInMs: Math.round(performance.now() - t0),
  }
  fs.writeFileSync(`${root}.corpus.json`, `${JSON.stringify(summary, null, 2)}\n`)
  return summary
}

export function formatSummary(s) {
  const mb = (b) => (b / 1048576).toFixed(2)
  const lines = [`${s.root}: ${s.files} files, ${mb(s.bytes)} MB (${s.mode}, seed ${JSON.stringify(s.seed)}, ${s.generatedInMs} ms)`]
  for (const [k, v] of Object.entries(s.byFormat).sort())
    lines.push(`  ${k.padEnd(14)} ${String(v.files).padStart(6)} files ${mb(v.bytes).padStart(9)} MB`)
  lines.push(`  CloudFormation templates: ${s.cloudformationTemplates}`)
  return lines.join('\n')
}

function parseArgs(argv) {
  const args = { files: 1000, out: null, mode: 'mixed', seed: 's3-gate-bench' }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--files') args.files = Number(argv[++i])
    else if (a === '--out') args.out = argv[++i]
    else if (a === '--seed') args.seed = argv[++i]
    else if (a === '--terraform-only') args.mode = 'terraform'
    else if (a === '--cloudformation-only') args.mode = 'cloudformation'
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/generate.mjs --files N [--out DIR] [--seed S] [--terraform-only | --cloudformation-only]')
      process.exit(0)
    } else throw new Error(`unknown argument ${a}`)
  }
  if (!Number.isInteger(args.files) || args.files < 1) throw new Error('--files must be a positive integer')
  const here = path.dirname(fileURLToPath(import.meta.url))
  args.out ??= path.join(here, 'out', `${{ mixed: 'mono', cloudformation: 'cfn', terraform: 'tf' }[args.mode]}-${args.files}`)
  return args
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2))
  console.log(formatSummary(generateCorpus(args)))
}
