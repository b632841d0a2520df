/**
 * Regenerates the `terraform show -json` plans of the format parity sweep
 * (test/fixtures/parity-plans/<case>/<v4|v3>/{main.tf,plan.json}) with a real Terraform and AWS
 * provider, so the sweep checks what Terraform actually writes rather than our idea of it.
 *
 *   npx tsx scripts/gen-parity-plans.ts [case...]
 *
 * Needs `terraform` on PATH and the AWS provider reachable by `terraform init` (a registry, or a
 * filesystem mirror: set PARITY_TF_MIRROR=/path/to/mirror and a CLI config is written for it).
 * No AWS account is used: the plans are made with `-refresh=false` and dummy credentials, and
 * variables without a default get the value the case names (`Param.planValue`).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { CASES, paramsOf, snake } from '../test/model/format-parity/cases.js'
import { v3Hcl, v4Hcl } from '../test/model/format-parity/terraform.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outRoot = path.join(repo, 'test/fixtures/parity-plans')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-parity-plans-'))
const env: NodeJS.ProcessEnv = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' }
if (process.env.PARITY_TF_MIRROR) {
  const rc = path.join(work, 'terraformrc')
  fs.writeFileSync(
    rc,
    `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(process.env.PARITY_TF_MIRROR)}\n  }\n}\n`,
  )
  env.TF_CLI_CONFIG_FILE = rc
}
const tf = (dir: string, ...args: string[]) =>
  execFileSync('terraform', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] }).toString()

// One working directory for every plan: `terraform init` (and the provider) once.
const dir = path.join(work, 'root')
fs.mkdirSync(dir)
const only = process.argv.slice(2)
let initialised = false
for (const c of CASES) {
  if (only.length && !only.includes(c.name)) continue
  for (const [variant, hcl] of [
    ['v4', v4Hcl(c)],
    ['v3', v3Hcl(c)],
  ] as const) {
    fs.writeFileSync(path.join(dir, 'main.tf'), hcl)
    if (!initialised) {
      tf(dir, 'init', '-input=false', '-no-color')
      initialised = true
    }
    const vars = paramsOf(c).flatMap((p) => ['-var', `${snake(p.param)}=${p.planValue}`])
    tf(dir, 'plan', '-refresh=false', '-input=false', '-lock=false', '-no-color', '-out=plan.bin', ...vars)
    const plan = tf(dir, 'show', '-json', 'plan.bin')
    const out = path.join(outRoot, c.name, variant)
    fs.mkdirSync(out, { recursive: true })
    fs.writeFileSync(path.join(out, 'main.tf'), hcl)
    // The plan records when it was made; a fixed time keeps regenerated fixtures byte-stable.
    fs.writeFileSync(path.join(out, 'plan.json'), plan.replace(/"timestamp":"[^"]*"/, '"timestamp":"2026-01-01T00:00:00Z"'))
    console.log(`${c.name}/${variant}: ${plan.length} bytes`)
  }
}
fs.rmSync(work, { recursive: true, force: true })
