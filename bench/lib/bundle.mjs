/**
 * Bench scripts that time s3-gate's modules in process bundle its TypeScript sources with esbuild
 * first, as the shipped bundle is: running them through a TypeScript loader costs several times more.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const root = path.dirname(benchDir)

/**
 * Bundles `exports` (lines such as `export { scan } from './src/scan.ts'`, relative to the
 * repository) into `bench/out/<name>.bundle.mjs` and imports it.
 */
export async function importSources(name, exports) {
  const bundle = path.join(benchDir, 'out', `${name}.bundle.mjs`)
  fs.mkdirSync(path.dirname(bundle), { recursive: true })
  const { build } = await import('esbuild')
  await build({
    stdin: { contents: exports.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    outfile: bundle,
    logLevel: 'warning',
    // Dependencies that `require()` Node's built-ins need a `require` in an ES module.
    banner: { js: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" },
  })
  return import(bundle)
}

/** The value after `name` on the command line, or `fallback`. */
export function argValue(name, fallback) {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : fallback
}
