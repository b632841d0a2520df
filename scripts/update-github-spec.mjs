#!/usr/bin/env node
// Regenerates test/fixtures/github-api.json: GitHub's official OpenAPI description
// (@octokit/openapi), trimmed to the operations s3-gate calls. The full package is ~385 MB
// unpacked, so it is fetched into a temp dir with `npm pack` and never installed.
//
//   node scripts/update-github-spec.mjs [version]        (default: the version recorded in the fixture)
//   node scripts/update-github-spec.mjs --from <api.github.com.json> [version]
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const out = path.join(root, 'test', 'fixtures', 'github-api.json')

/** Every REST operation the action calls (src/report/github/**). Keep sorted. */
export const OPERATIONS = [
  'checks/create',
  'checks/list-for-ref',
  'checks/update',
  'issues/create-comment',
  'issues/list-comments',
  'issues/update-comment',
  'pulls/create-reply-for-review-comment',
  'pulls/create-review',
  'pulls/create-review-comment',
  'pulls/get',
  'pulls/list-files',
  'pulls/list-review-comments',
  'pulls/update-review-comment',
]

const args = process.argv.slice(2)
let from
if (args[0] === '--from') {
  from = args[1]
  args.splice(0, 2)
}
const previous = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')).info?.['x-octokit-openapi-version'] : undefined
const version = args[0] ?? previous ?? '23.0.2'

let tmp
if (!from) {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'github-spec-'))
  execFileSync('npm', ['pack', `@octokit/openapi@${version}`, '--silent'], { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'] })
  const tgz = fs.readdirSync(tmp).find((f) => f.endsWith('.tgz'))
  execFileSync('tar', ['-xzf', tgz, 'package/generated/api.github.com.json'], { cwd: tmp })
  from = path.join(tmp, 'package', 'generated', 'api.github.com.json')
}
const full = JSON.parse(fs.readFileSync(from, 'utf8'))
const trimmed = trimSpec(full, OPERATIONS)
trimmed.info['x-octokit-openapi-version'] = version
trimmed.info['x-trimmed-by'] = 'scripts/update-github-spec.mjs'
fs.writeFileSync(out, `${JSON.stringify(trimmed, null, 1)}\n`)
if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
console.log(
  `wrote ${path.relative(root, out)}: ${Object.keys(trimmed.paths).length} paths, ${OPERATIONS.length} operations, @octokit/openapi ${version}`,
)

/** Keeps only `operationIds` and the components they reach, then applies the nullable-enum fix. */
export function trimSpec(spec, operationIds) {
  const wanted = new Set(operationIds)
  const paths = {}
  for (const [p, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op || typeof op !== 'object' || !wanted.has(op.operationId)) continue
      paths[p] ??= {}
      paths[p][method] = op
      wanted.delete(op.operationId)
    }
    if (paths[p] && item.parameters) paths[p].parameters = item.parameters
  }
  if (wanted.size) throw new Error(`operations not found in the spec: ${[...wanted].join(', ')}`)

  // Transitive closure of `$ref: '#/components/<kind>/<name>'`.
  const components = {}
  const queue = [paths]
  const seen = new Set()
  while (queue.length) {
    const node = queue.pop()
    if (Array.isArray(node)) queue.push(...node)
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/') && !seen.has(v)) {
          seen.add(v)
          const [, , kind, name] = v.split('/')
          const target = spec.components[kind][name]
          if (target === undefined) throw new Error(`dangling $ref ${v}`)
          ;(components[kind] ??= {})[name] = target
          queue.push(target)
        } else queue.push(v)
      }
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(components)
      .sort()
      .map((kind) => [
        kind,
        Object.fromEntries(
          Object.keys(components[kind])
            .sort()
            .map((n) => [n, components[kind][n]]),
        ),
      ]),
  )
  const result = { openapi: spec.openapi, info: { ...spec.info }, servers: spec.servers, paths, components: sorted }
  fixNullableEnums(result)
  return result
}

/**
 * ajv treats `nullable: true` with an `enum` lacking `null` as "null not allowed", yet GitHub
 * returns null there (check-run `conclusion` while in progress, review-comment `start_side`).
 */
export function fixNullableEnums(node) {
  if (Array.isArray(node)) node.forEach(fixNullableEnums)
  else if (node && typeof node === 'object') {
    if (node.nullable === true && Array.isArray(node.enum) && !node.enum.includes(null)) node.enum.push(null)
    Object.values(node).forEach(fixNullableEnums)
  }
}
