#!/usr/bin/env node
// Regenerates the committed cloud assembly (examples/cdk/cdk.out) the way `npx cdk synth` would,
// without the CDK CLI: it runs the app with tsx and hands it the output directory and context
// through the same environment variables the CLI uses (CDK_OUTDIR, CDK_CONTEXT_JSON).
//
//   node examples/cdk/synth.mjs [outdir]      (default: examples/cdk/cdk.out)
//
// aws-cdk-lib 2.276 records `aws:cdk:creationStack` traces by default; older versions need
// `cdk synth --debug` (CDK_DEBUG=true). Path metadata (`aws:cdk:path` in each template) is what
// the CLI turns on by default, so it is turned on here too.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/**
 * Synthesises the app in `appDir` (its bin/app.ts and cdk.json) into `outdir`, replacing it.
 * Throws when the app fails, e.g. when a cdk-nag plugin reports errors; the assembly written
 * so far (with its validation report) is left in place.
 */
export function synthesize({ appDir = here, outdir = path.join(appDir, 'cdk.out'), quiet = false } = {}) {
  const cdkJson = JSON.parse(fs.readFileSync(path.join(appDir, 'cdk.json'), 'utf8'))
  const context = {
    ...cdkJson.context,
    // What `cdk synth` passes by default.
    'aws:cdk:enable-path-metadata': true,
    'aws:cdk:enable-asset-metadata': true,
    // The analytics resource (CDKMetadata) encodes the CDK version; leaving it out keeps the
    // committed templates stable across aws-cdk-lib patch releases.
    'aws:cdk:version-reporting': false,
  }
  // A stale nested assembly or nested-stack template would otherwise survive in the output.
  fs.rmSync(outdir, { recursive: true, force: true })
  execFileSync(process.execPath, ['--import', 'tsx', path.join(appDir, 'bin', 'app.ts')], {
    cwd: appDir,
    env: { ...process.env, CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: JSON.stringify(context) },
    stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
  })
  return outdir
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const outdir = synthesize({ outdir: process.argv[2] ? path.resolve(process.argv[2]) : undefined })
  console.log(`synthesised ${path.relative(process.cwd(), outdir) || '.'}`)
}
