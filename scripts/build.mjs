#!/usr/bin/env node
// Builds the two committed bundles with ncc, in a fixed order: ncc empties its output folder
// first, so the action goes to dist/ and the CLI to dist/cli/ (built second).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const build = (entry, out) =>
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--target', 'es2022', '--no-source-map-register', '--transpile-only', '--quiet'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )

build('src/index.ts', 'dist')
build('src/cli.ts', 'dist/cli')
// ncc drops the shebang of an ESM entry; `npx s3-gate` needs it on the bin file.
const cli = path.join(root, 'dist', 'cli', 'index.js')
const text = fs.readFileSync(cli, 'utf8')
if (!text.startsWith('#!')) fs.writeFileSync(cli, `#!/usr/bin/env node\n${text}`)
fs.chmodSync(cli, 0o755)
