#!/usr/bin/env node
/**
 * The action on a pull request scans the head and then the merge base. This times the bundled
 * action (`dist/index.js`, `mode: scan`: no GitHub writes) on a pull request that changes one
 * file of a generated corpus, with the base's unchanged units taken over from the head scan
 * (src/unit-reuse.ts) and without (`S3_GATE_NO_REUSE=1`), runs interleaved.
 *
 *   node bench/pr-base.mjs [--corpus DIR] [--runs N] [--dist FILE]
 *
 * DIR defaults to bench/out/tf-5000 (generated when missing). Prints the wall-clock and peak
 * RSS of each run, their medians, and what the action logged about the base scan. `--dist` times
 * another build (an older commit's `dist/index.js`, say).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { argValue } from './lib/bundle.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const arg = argValue
const corpus = path.resolve(arg('--corpus', path.join(here, 'out', 'tf-5000')))
const runs = Number(arg('--runs', '3'))
const dist = path.resolve(arg('--dist', path.join(root, 'dist', 'index.js')))

if (!fs.existsSync(corpus)) {
  console.error(`generating ${corpus}`)
  execFileSync(process.execPath, [path.join(here, 'generate.mjs'), '--files', '5000', '--terraform-only', '--out', corpus], {
    stdio: 'inherit',
  })
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-pr-bench-'))
const repo = path.join(work, 'repo')
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: work,
}
const git = (...a) => execFileSync('git', a, { cwd: repo, env: gitEnv, encoding: 'utf8', maxBuffer: 1 << 28 }).trim()

try {
  fs.cpSync(corpus, repo, { recursive: true })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'base')
  const baseSha = git('rev-parse', 'HEAD')
  // The pull request: one more bucket in the first Terraform file (or template) of the corpus.
  const changed = git('ls-files')
    .split('\n')
    .find((f) => /\.(tf|ya?ml|json)$/.test(f))
  const text = fs.readFileSync(path.join(repo, changed), 'utf8')
  const extra = changed.endsWith('.tf')
    ? '\nresource "aws_s3_bucket" "added_by_pr" {\n  bucket = "added-by-pr"\n}\n'
    : changed.endsWith('.json')
      ? ''
      : '\n# changed by the pull request\n'
  fs.writeFileSync(path.join(repo, changed), text + (extra || ' '))
  git('checkout', '-q', '-b', 'changes')
  git('commit', '-q', '-am', 'head')
  const headSha = git('rev-parse', 'HEAD')
  // A clone holds its objects packed, as actions/checkout leaves them; loose ones read slower.
  git('repack', '-adq')

  const event = {
    action: 'opened',
    number: 1,
    pull_request: {
      number: 1,
      head: { sha: headSha, ref: 'changes', repo: { full_name: 'bench/repo', fork: false, owner: { login: 'bench' } } },
      base: { sha: baseSha, ref: 'main', repo: { full_name: 'bench/repo', owner: { login: 'bench' } } },
    },
    repository: { name: 'repo', full_name: 'bench/repo', owner: { login: 'bench' } },
  }
  const eventPath = path.join(work, 'event.json')
  fs.writeFileSync(eventPath, JSON.stringify(event))

  const runOnce = (reuse) => {
    const temp = fs.mkdtempSync(path.join(work, 'run-'))
    const out = path.join(temp, 'output')
    const summary = path.join(temp, 'summary')
    fs.writeFileSync(out, '')
    fs.writeFileSync(summary, '')
    const env = {
      PATH: process.env.PATH,
      HOME: work,
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'bench/repo',
      GITHUB_SHA: headSha,
      GITHUB_WORKSPACE: repo,
      GITHUB_OUTPUT: out,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: temp,
      RUNNER_DEBUG: '1',
      INPUT_MODE: 'scan',
      'INPUT_FAIL-ON': 'none',
      'INPUT_RESULTS-FILE': path.join(temp, 'results.json'),
      ...(reuse ? {} : { S3_GATE_NO_REUSE: '1' }),
    }
    if (process.env.PR_BENCH_KEEP) fs.writeFileSync(path.join(work, `env-${reuse ? 'reuse' : 'again'}.json`), JSON.stringify(env))
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, dist], { cwd: repo, env, encoding: 'utf8', maxBuffer: 1 << 28 })
    const timing = r.stderr.trim().split('\n').pop().split(' ')
    const log = `${r.stdout}\n${r.stderr}`
    if (process.env.PR_BENCH_LOG) fs.writeFileSync(process.env.PR_BENCH_LOG + (reuse ? '.reuse' : '.again'), log)
    const took = /took over (\d+) of ([\d,]+) units?/.exec(log)
    const results = JSON.parse(fs.readFileSync(path.join(temp, 'results.json'), 'utf8'))
    fs.rmSync(temp, { recursive: true, force: true })
    if (r.status !== 0) throw new Error(`the action exited with ${r.status}:\n${log.slice(-2000)}`)
    return {
      seconds: Number(timing[0]),
      rssMb: Math.round(Number(timing[1]) / 1024),
      took: took ? `${took[1]} of ${took[2]}` : 'none',
      findings: results.report?.findings?.length ?? results.findings?.length,
      // Everything the publish step would post from, but the time taken.
      digest: createHash('sha1')
        .update(JSON.stringify(results, (k, v) => (k === 'durationMs' ? 0 : v)))
        .digest('hex'),
    }
  }

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const rows = { reuse: [], again: [] }
  for (let i = 0; i < runs; i++) {
    for (const reuse of i % 2 ? [false, true] : [true, false]) {
      const r = runOnce(reuse)
      rows[reuse ? 'reuse' : 'again'].push(r)
      console.log(
        `${reuse ? 'base units taken over' : 'base scanned again  '}: ${r.seconds.toFixed(2)} s, ${r.rssMb} MB (took over ${r.took})`,
      )
    }
  }
  const summary = (list) => `${median(list.map((r) => r.seconds)).toFixed(2)} s, ${median(list.map((r) => r.rssMb))} MB`
  console.log(`\n${path.relative(root, corpus)}, one file changed, ${runs} runs each (medians):`)
  console.log(`  base scanned again:        ${summary(rows.again)}`)
  console.log(`  base units taken over:     ${summary(rows.reuse)}`)
  const same = [...rows.reuse, ...rows.again].every((r) => r.digest === rows.again[0].digest)
  console.log(`  results file the same both ways (but the time taken): ${same ? 'yes' : 'NO'}`)
} finally {
  if (!process.env.PR_BENCH_KEEP) fs.rmSync(work, { recursive: true, force: true })
  else console.log(`kept ${work}`)
}
