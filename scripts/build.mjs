#!/usr/bin/env node
// Builds the committed bundles with esbuild. Each entry point is a small launcher (src/launch/) that
// runs the real bundle, `main.js` beside it, in a child `node` with the settings the scan needs.
// esbuild, not ncc: the same sources bundled by esbuild load 60-80 ms faster (the CLI's start-up on
// one template 0.30 -> 0.24 s here) and are a quarter smaller; bench/README.md, "Bundler".
import * as esbuild from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
// S3_GATE_BUILD_OUT builds elsewhere (a private bundle for end-to-end tests via S3_GATE_DIST) without touching dist/.
const dist = process.env.S3_GATE_BUILD_OUT ? path.resolve(process.env.S3_GATE_BUILD_OUT) : path.join(root, 'dist')

// CommonJS dependencies bundled into an ES module still call `require` for Node's built-ins.
const REQUIRE_SHIM =
  "import { createRequire as __s3gateCreateRequire } from 'node:module';\nconst require = __s3gateCreateRequire(import.meta.url);"

/**
 * dist/<file> from a source entry point; `bin` files start with a shebang for `npx s3-gate`.
 * `split`: each format's reader (src/parsers/registry.ts) goes to a chunk of its own in
 * `chunks/`, loaded when a scan has files of that format: the CLI's start-up on one small file
 * compiles only what it reads. The action stays one file: it starts once per job.
 */
const bundles = [
  { out: 'index.js', entry: 'src/launch/action.ts' },
  { out: 'main.js', entry: 'src/index.ts' },
  { out: 'cli/index.js', entry: 'src/launch/cli.ts', bin: true },
  { out: 'cli/main.js', entry: 'src/cli.ts', split: true },
]

const build = ({ out, entry, bin, split }) =>
  esbuild.build({
    absWorkingDir: root,
    ...(split
      ? {
          entryPoints: { [path.basename(out, '.js')]: entry },
          outdir: path.join(dist, path.dirname(out)),
          splitting: true,
          chunkNames: 'chunks/[name]-[hash]',
        }
      : { entryPoints: [entry], outfile: path.join(dist, out) }),
    bundle: true,
    platform: 'node',
    format: 'esm',
    // GitHub runs the action on Node 24; the CLI supports Node 20 and later.
    target: 'node20',
    banner: { js: (bin ? '#!/usr/bin/env node\n' : '') + REQUIRE_SHIM },
    legalComments: 'inline',
    logLevel: 'warning',
  })

fs.rmSync(dist, { recursive: true, force: true })
await Promise.all(bundles.map(build))
for (const folder of ['.', 'cli']) fs.writeFileSync(path.join(dist, folder, 'package.json'), '{\n  "type": "module"\n}\n')
fs.chmodSync(path.join(dist, 'cli', 'index.js'), 0o755)
