#!/usr/bin/env node
// The read-and-parse floor: what merely reading and parsing the same files costs in Node, one
// thread, no analysis. s3-gate's end-to-end time is compared against this.
//
//   node bench/parse-floor.mjs [--yaml load|events] <dir or file>...
//
// - .yaml/.yml: js-yaml 5 `load` with a schema that accepts every CloudFormation short-form tag
//   (default), or `parseEvents` (the flat event stream with source offsets s3-gate builds on).
//   Multi-document files go through `loadAll`.
// - .json/.template: JSON.parse.
// - .tf/.tfvars/.hcl: read and decoded as UTF-8 only (there is no parser to compare with here).
// Skips node_modules and .git like s3-gate's discovery. Prints one JSON line with the counts.
import fs from 'node:fs'
import path from 'node:path'
import { loadAll, parseEvents } from 'js-yaml'
import { CFN_SCHEMA } from './lib/cfn-yaml-schema.mjs'

const args = process.argv.slice(2)
let mode = 'load'
const roots = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--yaml') mode = args[++i]
  else roots.push(args[i])
}
if (!['load', 'events'].includes(mode) || roots.length === 0) {
  console.error('usage: node bench/parse-floor.mjs [--yaml load|events] <dir or file>...')
  process.exit(2)
}

const t0 = performance.now()
const stats = { mode, files: 0, bytes: 0, yaml: 0, json: 0, hcl: 0, errors: 0, skipped: 0 }
let sink = 0

function parseFile(p) {
  const ext = path.extname(p).toLowerCase()
  const kind =
    ext === '.yaml' || ext === '.yml'
      ? 'yaml'
      : ext === '.json' || ext === '.template'
        ? 'json'
        : ext === '.tf' || ext === '.tfvars' || ext === '.hcl'
          ? 'hcl'
          : null
  if (!kind) {
    stats.skipped++
    return
  }
  const text = fs.readFileSync(p, 'utf8')
  stats.files++
  stats.bytes += Buffer.byteLength(text)
  stats[kind]++
  try {
    if (kind === 'yaml') {
      if (mode === 'load') sink += loadAll(text, { schema: CFN_SCHEMA, maxDepth: 200 }).length
      else sink += parseEvents(text, { maxDepth: 200 }).length
    } else if (kind === 'json') {
      sink += typeof JSON.parse(text) === 'object' ? 1 : 0
    } else {
      sink += text.length
    }
  } catch {
    stats.errors++
  }
}

function walk(p) {
  const st = fs.statSync(p)
  if (st.isFile()) return parseFile(p)
  for (const e of fs.readdirSync(p, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === '.git') continue
    const child = path.join(p, e.name)
    if (e.isDirectory()) walk(child)
    else if (e.isFile()) parseFile(child)
  }
}

for (const r of roots) walk(r)
stats.ms = Math.round(performance.now() - t0)
stats.sink = sink
process.stdout.write(`${JSON.stringify(stats)}\n`)
