#!/usr/bin/env node
// Compares s3-gate with cdk-nag on the example CDK app and writes bench/cdk-nag-comparison.md.
//
//   npm run build && node bench/cdk-nag-compare.mjs [--cli dist/cli/index.js] [--check]
//
// cdk-nag runs inside synthesis, so it needs the app itself: the app (examples/cdk) is copied to
// a temporary folder, its entry point gets the AwsSolutions and NIST 800-53 R5 packs, and it is
// synthesised there with cdk-nag 3 (`Validations`), whose verdicts land in the assembly's
// `validation-report.json`. s3-gate scans the committed examples/cdk as a user would, through the
// bundled CLI. `--check` fails when the committed comparison is out of date or a difference has
// no explanation below.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { synthesize } from '../examples/cdk/synth.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const args = process.argv.slice(2)
const cli = path.resolve(root, args.includes('--cli') ? args[args.indexOf('--cli') + 1] : 'dist/cli/index.js')
const check = args.includes('--check')
const outFile = path.join(root, 'bench/cdk-nag-comparison.md')
const exampleDir = path.join(root, 'examples/cdk')

const pkg = (name) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version

// ------------------------------------------------------------------------------------------
// 1. cdk-nag, in the synth of a copy of the app

function runCdkNag() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-cdk-nag-'))
  const app = path.join(tmp, 'app')
  fs.mkdirSync(app)
  for (const item of ['bin', 'lib', 'cdk.json']) fs.cpSync(path.join(exampleDir, item), path.join(app, item), { recursive: true })
  // The copy resolves aws-cdk-lib, cdk-nag and tsx from this repository and stays an ES module.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(app, 'node_modules'), 'dir')
  fs.writeFileSync(path.join(app, 'package.json'), '{ "type": "module", "private": true }\n')
  const entry = path.join(app, 'bin/app.ts')
  let text = fs.readFileSync(entry, 'utf8')
  const before = text
  text = text
    .replace(
      "import { App } from 'aws-cdk-lib'",
      "import { App, Validations } from 'aws-cdk-lib'\nimport { AwsSolutionsChecks, NIST80053R5Checks } from 'cdk-nag'",
    )
    .replace(
      'const app = new App()\n',
      'const app = new App()\nValidations.of(app).addPlugins(new AwsSolutionsChecks(app), new NIST80053R5Checks(app))\n',
    )
  if (text === before || !text.includes('addPlugins'))
    throw new Error('examples/cdk/bin/app.ts changed shape; update the cdk-nag patch in bench/cdk-nag-compare.mjs')
  fs.writeFileSync(entry, text)
  const outdir = path.join(tmp, 'cdk.out')
  try {
    synthesize({ appDir: app, outdir, quiet: true })
  } catch {
    // cdk-nag makes synth fail when it finds errors; its report is written before that.
  }
  const reportFile = path.join(outdir, 'validation-report.json')
  if (!fs.existsSync(reportFile)) throw new Error(`cdk-nag wrote no ${reportFile}; synthesis failed for another reason`)
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'))
  const violations = []
  for (const plugin of report.pluginReports ?? []) {
    for (const v of plugin.violations ?? []) {
      for (const c of v.violatingConstructs ?? []) violations.push({ pack: plugin.pluginName, rule: v.ruleName, path: c.constructPath })
    }
  }
  const acknowledgements = []
  for (const f of listFiles(outdir).filter((x) => x.endsWith('.metadata.json'))) {
    const meta = JSON.parse(fs.readFileSync(path.join(outdir, f), 'utf8'))
    for (const [p, entries] of Object.entries(meta)) {
      for (const e of entries) {
        if (e.type !== 'aws:cdk:acknowledged-rules') continue
        for (const [id, reason] of Object.entries(e.data))
          acknowledgements.push({ scope: p.replace(/^\//, ''), rule: id.replace(/^[\w.-]+::/, ''), reason })
      }
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true })
  return { violations, acknowledgements }
}

function listFiles(dir, base = dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]))
}

// ------------------------------------------------------------------------------------------
// 2. s3-gate, through the bundled CLI

function runS3Gate() {
  if (!fs.existsSync(cli)) throw new Error(`${path.relative(root, cli)} does not exist; run \`npm run build\` first`)
  let stdout
  try {
    stdout = execFileSync(process.execPath, [cli, 'scan', 'examples/cdk', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (e) {
    // Exit 1 means "findings at or above --fail-on", which is the point here.
    if (e.status !== 1) throw e
    stdout = e.stdout
  }
  return JSON.parse(stdout)
}

/** cdk-nag rule id (pack prefix stripped) → the s3-gate rules that name it as a peer. */
function peerMap() {
  const out = new Map()
  for (const f of fs.readdirSync(path.join(root, 'rules')).filter((x) => x.endsWith('.ts') && x !== 'index.ts')) {
    const text = fs.readFileSync(path.join(root, 'rules', f), 'utf8')
    const m = /'cdk-nag':\s*\[([^\]]*)\]/.exec(text)
    if (!m) continue
    for (const id of m[1].match(/'([^']+)'/g) ?? []) {
      const peer = id.slice(1, -1)
      out.set(peer, [...(out.get(peer) ?? []), f.replace(/\.ts$/, '')])
    }
  }
  return out
}

const shortRule = (rule) => rule.replace(/^NIST\.800\.53\.R5-/, '')

// ------------------------------------------------------------------------------------------
// 3. Why they differ, where they do. Keyed by cdk-nag rule; each returns an explanation for one
// bucket's disagreement, or undefined when it has none (then the report says so, loudly).

const EXPLAIN = {
  'AwsSolutions-S5': (d) =>
    d.gate && !d.nag
      ? 'AwsSolutions-S5 judges only static-website buckets (open policy, or no CloudFront OAI). This bucket is not a website, so S5 is silent about its public-read policy; s3-gate’s policy-public-read judges every bucket policy. cdk-nag flags the same policy only in its compliance packs (NIST.800.53.R5-S3BucketPublicReadProhibited, in the first table).'
      : undefined,
  'AwsSolutions-S1': (d) =>
    d.nagState === 'acknowledged' && d.gateState === 'suppressed'
      ? 'Agree: both honour the same `Validations.of(...).acknowledge` (s3-gate shows it as suppressed with its reason).'
      : undefined,
  S3BucketLoggingEnabled: (d) =>
    d.nag && d.gateState === 'suppressed'
      ? 'The app acknowledged AwsSolutions-S1 only; cdk-nag’s NIST pack checks the same thing under another id, so it still reports it. s3-gate maps both ids to access-logging-disabled, so one acknowledgement covers the check.'
      : undefined,
  S3DefaultEncryptionKMS: (d) => {
    if (d.nag && d.gateState === 'info')
      return 'This bucket receives server access logs, which S3 delivers only to SSE-S3 buckets; s3-gate knows it is a log target and keeps the finding as Info, cdk-nag asks for KMS anyway (deploying that would break log delivery).'
    if (!d.nag && d.gate)
      return 'The bucket uses SSE-KMS with the AWS managed key (`BucketEncryption.KMS_MANAGED`). cdk-nag accepts any `aws:kms`; s3-gate reports it (Low) because only a customer-managed key lets you control who can decrypt.'
    return undefined
  },
  S3BucketReplicationEnabled: (d) =>
    d.nag && d.gateRules.length === 0
      ? 'Cross-region replication is a resilience control (Security Hub S3.7, Low) that depends on the workload; s3-gate has no rule for it. cdk-nag’s NIST pack asks for it on every bucket, log bucket included.'
      : undefined,
  S3BucketPublicWriteProhibited: (d) =>
    d.nag && !d.gate
      ? 'cdk-nag flags any bucket whose Block Public Access leaves policies open and whose policy is public, whatever the actions; s3-gate reads the statement: it grants `s3:GetObject` only, which is a public read (policy-public-read, public-exposure), not a write.'
      : undefined,
}

/** Why a check has no cdk-nag counterpart, for the rules that reported on this app. */
const ONLY_S3_GATE = {
  'encryption-missing':
    'Info only: S3 has encrypted new objects with SSE-S3 by default since January 2023, which is why cdk-nag removed AwsSolutions-S3; s3-gate keeps the fact visible without failing on it.',
  'sse-c-not-blocked':
    'Blocking SSE-C uploads (`blockedEncryptionTypes`) closes the ransomware pattern of re-encrypting objects with a key only the attacker holds; no peer checks it.',
  'tls-min-version': 'CDK’s `minimumTLSVersion` writes a Deny on `s3:TlsVersion` < 1.2; cdk-nag has no rule for it.',
  'bucket-key-disabled': 'With SSE-KMS, an S3 Bucket Key cuts KMS requests (cost, throttling); no peer checks it.',
  'acl-enabled': 'Object ownership other than BucketOwnerEnforced keeps ACLs working (Security Hub S3.12).',
  'lifecycle-missing': 'Security Hub S3.13 (S3.10 for versioned buckets, hence Medium there); no cdk-nag rule.',
  'lifecycle-abort-incomplete-uploads-missing': 'checkov CKV_AWS_300; no cdk-nag rule.',
  'notifications-missing': 'Security Hub S3.11; no cdk-nag rule.',
  'object-lock-disabled': 'Security Hub S3.15; cdk-nag has S3BucketDefaultLockEnabled only in its NIST 800-53 rev 4 pack, not run here.',
  'bucket-policy-missing': 'cfn_nag W51 and KICS ask for a bucket policy on every bucket; no cdk-nag rule.',
}

const GENERIC = [
  (d) => (d.nagState === 'acknowledged' && d.gateState === 'suppressed' ? 'Agree: both honour the same acknowledgement.' : undefined),
]

// ------------------------------------------------------------------------------------------

function main() {
  const nag = runCdkNag()
  const gate = runS3Gate()
  const peers = peerMap()
  const findings = gate.findings.filter((f) => f.format === 'cdk' && f.ruleId !== 'parse-error')
  // Every bucket of the app, from the committed templates (a bucket may have no finding at all).
  const bucketIds = new Set(listBucketsFromTemplates())
  const ordered = [...bucketIds].sort()
  const lineOf = (id) => {
    const f = findings.find((x) => x.resource === id)
    return f ? `${f.file}:${f.line}` : traceLine(id)
  }
  // A policy resource's verdict belongs to its bucket (`X/Policy/Resource` → `X/Resource`).
  const bucketOf = (p) => {
    if (bucketIds.has(p)) return p
    const m = /^(.*)\/Policy\/Resource$/.exec(p)
    if (m && bucketIds.has(`${m[1]}/Resource`)) return `${m[1]}/Resource`
    if (m && bucketIds.has(m[1])) return m[1]
    return p
  }
  const nagFor = (bucket, rule) => nag.violations.some((v) => v.rule === rule && bucketOf(v.path) === bucket)
  const ackFor = (bucket, rule) =>
    nag.acknowledgements.some((a) => a.rule === rule && (bucket === a.scope || bucket.startsWith(`${a.scope}/`)))
  const gateFor = (bucket, rules) => findings.filter((f) => bucketOf(f.resource) === bucket && rules.includes(f.ruleId))

  const nagRules = [...new Set(nag.violations.map((v) => v.rule))].filter((r) => /^AwsSolutions-S\d+$/.test(r) || /-S3/.test(r)).sort()
  for (const r of ['AwsSolutions-S1', 'AwsSolutions-S2', 'AwsSolutions-S5', 'AwsSolutions-S10'])
    if (!nagRules.includes(r)) nagRules.unshift(r)
  const rows = []
  const unexplained = []
  for (const rule of [...new Set(nagRules)].sort(sortRules)) {
    const gateRules = peers.get(rule) ?? peers.get(shortRule(rule)) ?? []
    for (const bucket of ordered) {
      const n = nagFor(bucket, rule)
      const nagState = n ? 'violation' : ackFor(bucket, rule) ? 'acknowledged' : 'pass'
      const g = gateFor(bucket, gateRules)
      const live = g.filter((f) => !f.suppressed)
      const gateState = live.some((f) => f.severity !== 'info') ? 'fail' : live.length > 0 ? 'info' : g.length > 0 ? 'suppressed' : 'pass'
      const d = { rule, bucket, nag: n, gate: gateState === 'fail', nagState, gateState, gateFindings: g, gateRules }
      const agree = (n && gateState === 'fail') || (!n && gateState !== 'fail' && gateState !== 'info')
      let why = (EXPLAIN[shortRule(rule)] ?? EXPLAIN[rule])?.(d) ?? GENERIC.map((x) => x(d)).find(Boolean)
      if (!agree && !why) unexplained.push(`${rule} on ${bucket}`)
      rows.push({ ...d, gateRules, agree, why })
    }
  }

  const md = render({ ordered, lineOf, rows, nag, findings, unexplained, bucketOf })
  if (check) {
    const committed = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : ''
    if (committed !== md) {
      console.error('bench/cdk-nag-comparison.md is out of date; run `node bench/cdk-nag-compare.mjs`')
      process.exit(1)
    }
  } else fs.writeFileSync(outFile, md)
  if (unexplained.length > 0) {
    console.error(`differences without an explanation (add them to EXPLAIN):\n  ${unexplained.join('\n  ')}`)
    process.exit(1)
  }
  console.log(
    `${check ? 'checked' : 'wrote'} ${path.relative(root, outFile)}: ${rows.filter((r) => !r.agree).length} differences, all explained`,
  )
}

function sortRules(a, b) {
  const rank = (r) => (r.startsWith('AwsSolutions') ? 0 : 1)
  const num = (r) => Number(/S(\d+)$/.exec(r)?.[1] ?? 0)
  return rank(a) - rank(b) || num(a) - num(b) || (a < b ? -1 : a > b ? 1 : 0)
}

/** Construct paths of every bucket in the committed templates (buckets with no finding at all). */
function listBucketsFromTemplates() {
  const out = []
  const dir = path.join(exampleDir, 'cdk.out')
  for (const f of listFiles(dir).filter((x) => x.endsWith('.template.json'))) {
    const t = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))
    for (const r of Object.values(t.Resources ?? {}))
      if (r.Type === 'AWS::S3::Bucket' && r.Metadata?.['aws:cdk:path']) out.push(r.Metadata['aws:cdk:path'])
  }
  return out
}

/** The app line of a construct from the committed creation traces (for buckets with no finding). */
function traceLine(id) {
  const dir = path.join(exampleDir, 'cdk.out')
  for (const f of listFiles(dir).filter((x) => x.endsWith('.metadata.json'))) {
    const entries = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))[`/${id}`] ?? []
    for (const e of entries) {
      if (e.type !== 'aws:cdk:creationStack') continue
      for (const frame of e.data) {
        const m = /(examples\/cdk\/[^:()]+):(\d+):\d+\)$/.exec(frame)
        if (m && !frame.includes('node_modules')) return `${m[1]}:${m[2]}`
      }
    }
  }
  return '—'
}

const mark = {
  violation: '✗ reported',
  acknowledged: '— acknowledged',
  pass: '✓ passes',
  fail: '✗ reported',
  info: 'ℹ info only',
  suppressed: '— suppressed (ack)',
}

function render({ ordered, lineOf, rows, nag, findings, unexplained, bucketOf }) {
  const L = []
  L.push('# s3-gate vs cdk-nag on the example CDK app')
  L.push('')
  L.push('<!-- generated by bench/cdk-nag-compare.mjs; do not edit by hand -->')
  L.push('')
  L.push(
    `Generated by \`node bench/cdk-nag-compare.mjs\` from [examples/cdk](../examples/cdk) with cdk-nag ${pkg('cdk-nag')} (packs AwsSolutions and NIST 800-53 R5, run inside the synth of a copy of the app) and aws-cdk-lib ${pkg('aws-cdk-lib')}; s3-gate scanned the committed \`cdk.out\` with \`node dist/cli/index.js scan examples/cdk --format json\`. Bucket paths are construct paths; lines are where s3-gate puts its comments.`,
  )
  L.push('')
  L.push('## What each tool reports, per bucket')
  L.push('')
  L.push('| Bucket | Source line | cdk-nag AwsSolutions | cdk-nag NIST 800-53 R5 (S3) | s3-gate |')
  L.push('|---|---|---|---|---|')
  for (const b of ordered) {
    const mine = (pack) => [
      ...new Set(nag.violations.filter((v) => v.pack === pack && bucketOf(v.path) === b).map((v) => shortRule(v.rule))),
    ]
    const aws = mine('AwsSolutions').filter((r) => /^AwsSolutions-S\d+$/.test(r))
    const nist = mine('NIST.800.53.R5').filter((r) => r.startsWith('S3'))
    const acks = nag.acknowledgements.filter((a) => b === a.scope || b.startsWith(`${a.scope}/`)).map((a) => `~~${a.rule}~~ (ack)`)
    const g = findings.filter((f) => bucketOf(f.resource) === b)
    const gs = [...new Map(g.map((f) => [f.ruleId, f])).values()]
      .sort((x, y) => (x.ruleId < y.ruleId ? -1 : 1))
      .map((f) => (f.suppressed ? `~~${f.ruleId}~~ (ack)` : `${f.ruleId} (${f.severity})`))
    L.push(`| \`${b}\` | \`${lineOf(b)}\` | ${[...aws, ...acks].join(', ') || '—'} | ${nist.join(', ') || '—'} | ${gs.join(', ') || '—'} |`)
  }
  L.push('')
  L.push('## Check by check')
  L.push('')
  L.push(
    'Each cdk-nag rule that reported anything on this app (and every AwsSolutions S3 rule), against the s3-gate rules that name it as a peer. Only disagreements are listed per bucket; every one has an explanation.',
  )
  L.push('')
  const byRule = new Map()
  for (const r of rows) byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r])
  L.push('| cdk-nag rule | s3-gate rule(s) | buckets where they agree | buckets where they differ |')
  L.push('|---|---|---|---|')
  for (const [rule, rs] of byRule) {
    L.push(
      `| ${rule} | ${rs[0].gateRules.join(', ') || '(none)'} | ${rs.filter((r) => r.agree).length} of ${rs.length} | ${rs.filter((r) => !r.agree).length} |`,
    )
  }
  L.push('')
  L.push('### Where they differ (or an acknowledgement decides), and why')
  L.push('')
  const diffs = rows.filter((r) => !r.agree || (r.why && r.nagState === 'acknowledged'))
  if (diffs.length === 0) L.push('Nowhere.')
  else {
    // Identical verdicts and reasons on several buckets make one row.
    const groups = new Map()
    for (const r of diffs) {
      const key = [r.rule, r.nagState, r.gateState, r.why ?? ''].join('\u0000')
      groups.set(key, [...(groups.get(key) ?? []), r])
    }
    L.push('| cdk-nag rule | Bucket(s) | cdk-nag | s3-gate | Why |')
    L.push('|---|---|---|---|---|')
    for (const rs of groups.values()) {
      const r = rs[0]
      L.push(
        `| ${r.rule} | ${rs.map((x) => `\`${x.bucket}\``).join(', ')} | ${mark[r.nagState]} | ${mark[r.gateState]} | ${r.why ?? '**unexplained**'} |`,
      )
    }
  }
  L.push('')
  L.push('## What only s3-gate checks here')
  L.push('')
  const peered = new Set(rows.flatMap((r) => r.gateRules))
  const only = [...new Set(findings.filter((f) => !peered.has(f.ruleId)).map((f) => f.ruleId))].sort()
  L.push('s3-gate rules that reported on this app and have no cdk-nag counterpart in these packs:')
  L.push('')
  for (const id of only) {
    const on = [...new Set(findings.filter((f) => f.ruleId === id).map((f) => `\`${bucketOf(f.resource)}\``))].sort()
    L.push(`- \`${id}\` on ${on.join(', ')}.${ONLY_S3_GATE[id] ? ` ${ONLY_S3_GATE[id]}` : ''}`)
  }
  L.push('')
  L.push('## Beyond the verdicts')
  L.push('')
  L.push(
    '- **Where the result shows up.** cdk-nag fails `cdk synth` and prints construct paths in the terminal; it cannot comment on a pull request. s3-gate reads the synthesised `cdk.out` in CI and puts each finding on the `.ts` line that created the bucket (from the creation traces), with a CDK-shaped suggestion (`enforceSSL: true`, `blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL`...) when the edit is local.',
  )
  L.push(
    '- **Acknowledgements.** s3-gate reads cdk-nag acknowledgements from the assembly (`aws:cdk:acknowledged-rules`, and v2 `Metadata.cdk_nag`), maps the peer id to its own rule and shows the reason, so a team does not suppress the same thing twice.',
  )
  L.push(
    '- **Running the app.** cdk-nag runs inside the app, so it needs the app’s dependencies and executes its code; s3-gate never runs anything from the repository (the workflow synthesises in an earlier step).',
  )
  L.push('')
  if (unexplained.length > 0) L.push(`> ${unexplained.length} difference(s) above are unexplained.\n`)
  return L.join('\n')
}

main()
