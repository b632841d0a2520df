/**
 * `npm run docs`: regenerates `rules/index.ts` (the static import list), `rules/<id>.md`, the
 * table in `rules/README.md`, the rule table of README.md and the rule ids in
 * `schema/s3-gate.schema.json` from the rules' metadata.
 * Run with `npx tsx scripts/generate-docs.ts`; `--check` only reports stale files (exit 1).
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as prettier from 'prettier'
import type { Rule } from '../src/engine/define-rule.js'
import {
  renderConfigSchema,
  renderReadmeRulesSection,
  renderRuleDoc,
  renderRulesIndex,
  renderRulesReadme,
  replaceReadmeSection,
} from './rule-docs.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const rulesDir = path.join(root, 'rules')
const check = process.argv.includes('--check')
const stale: string[] = []

function write(file: string, text: string): void {
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
  if (old === text) return
  stale.push(path.relative(root, file))
  if (!check) fs.writeFileSync(file, text)
}

const ids = fs
  .readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
write(path.join(rulesDir, 'index.ts'), renderRulesIndex(ids))
// The config schema lists the rule ids, so editors can complete and check them.
const schemaFile = path.join(root, 'schema', 's3-gate.schema.json')
// Formatted the way prettier (npm run lint) wants the repository's JSON.
const schemaText = renderConfigSchema(fs.readFileSync(schemaFile, 'utf8'), ids)
write(schemaFile, await prettier.format(schemaText, { ...(await prettier.resolveConfig(schemaFile)), filepath: schemaFile }))

const { rules } = (await import(pathToFileURL(path.join(rulesDir, 'index.ts')).href)) as { rules: Rule[] }
for (const rule of rules) write(path.join(rulesDir, `${rule.id}.md`), renderRuleDoc(rule))
for (const f of fs.readdirSync(rulesDir)) {
  if (f.endsWith('.md') && f !== 'README.md' && !rules.some((r) => `${r.id}.md` === f)) {
    stale.push(`rules/${f} (no such rule)`)
    if (!check) fs.unlinkSync(path.join(rulesDir, f))
  }
}
write(path.join(rulesDir, 'README.md'), renderRulesReadme(rules))
const readme = path.join(root, 'README.md')
write(readme, replaceReadmeSection(fs.readFileSync(readme, 'utf8'), renderReadmeRulesSection(rules)))

if (check) {
  if (stale.length) {
    console.error(`stale generated files (run npm run docs):\n  ${stale.join('\n  ')}`)
    process.exit(1)
  }
  console.log('rule docs are up to date')
} else console.log(stale.length ? `updated ${stale.length} file(s):\n  ${stale.join('\n  ')}` : 'rule docs are up to date')
