#!/usr/bin/env node
// Builds the committed bundles with ncc. Each entry point is a small launcher (src/launch/) that
// runs the real bundle, `main.js` beside it, in a child `node` with the settings the scan needs.
// ncc empties its output folder first and always writes `index.js`, so every bundle is built into
// a temporary folder and moved into dist/.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-build-'))

/** Bundles `entry` and returns its output folder (index.js and package.json). */
const bundle = async (entry) => {
  const out = path.join(tmp, entry.replace(/[^a-z0-9]+/gi, '-'))
  await new Promise((resolve, reject) => {
    const args = [ncc, 'build', entry, '-o', out, '--target', 'es2022', '--no-source-map-register', '--transpile-only', '--quiet']
    execFile(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      process.stdout.write(stdout)
      process.stderr.write(stderr)
      if (error) reject(new Error(`ncc failed on ${entry}: ${error.message}`))
      else resolve()
    })
  })
  const files = fs.readdirSync(out).sort()
  if (files.join() !== 'index.js,package.json') throw new Error(`ncc wrote unexpected files for ${entry}: ${files.join(', ')}`)
  return out
}

/** dist/<folder>/: the launcher as index.js, the bundle as main.js. */
const place = (folder, launcher, main) => {
  const dir = path.join(root, 'dist', folder)
  fs.mkdirSync(dir, { recursive: true })
  fs.copyFileSync(path.join(main, 'package.json'), path.join(dir, 'package.json'))
  fs.copyFileSync(path.join(main, 'index.js'), path.join(dir, 'main.js'))
  fs.copyFileSync(path.join(launcher, 'index.js'), path.join(dir, 'index.js'))
}

try {
  // Each ncc run is one thread: running them side by side halves the build on two cores (the
  // outputs are the same as one after the other).
  const entries = { action: 'src/index.ts', cli: 'src/cli.ts', actionLauncher: 'src/launch/action.ts', cliLauncher: 'src/launch/cli.ts' }
  const outs = await Promise.all(Object.values(entries).map(bundle))
  const built = Object.fromEntries(Object.keys(entries).map((k, i) => [k, outs[i]]))
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true })
  place('.', built.actionLauncher, built.action)
  place('cli', built.cliLauncher, built.cli)
  // ncc drops the shebang of an ESM entry; `npx s3-gate` needs it on the bin file.
  const cli = path.join(root, 'dist', 'cli', 'index.js')
  const text = fs.readFileSync(cli, 'utf8')
  if (!text.startsWith('#!')) fs.writeFileSync(cli, `#!/usr/bin/env node\n${text}`)
  fs.chmodSync(cli, 0o755)
} finally {
  fs.rmSync(tmp, { recursive: true, force: true })
}
