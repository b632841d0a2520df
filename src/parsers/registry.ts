import { cdkPlanner } from './cdk/plan.js'
import { cloudFormationPlanner } from './cloudformation/plan.js'
import { terraformPlanner } from './terraform/plan-units.js'
import { terraformPlanPlanner } from './terraform-plan/plan.js'
import type { FormatPlanner, FormatPlugin } from './types.js'

/**
 * Every format, in the order they claim files: more specific readers first (a cloud assembly's
 * templates belong to CDK, a plan's JSON to Terraform), plain CloudFormation last. Only the
 * planners: they run on every scan and are small.
 */
export const plugins: readonly FormatPlanner[] = [cdkPlanner, terraformPlanPlanner, terraformPlanner, cloudFormationPlanner]

/**
 * Each format's reader (its parsers, model building and fixes), imported when a scan first has a
 * unit of that format. The CLI bundle keeps each in a chunk of its own, so a scan loads and
 * compiles only the formats it reads: the readers are nearly two thirds of the bundle (start-up on
 * one template, 256 → 245 ms; bench/README.md, "Start-up: each format's reader loaded on demand").
 */
const readers: Record<string, () => Promise<FormatPlugin>> = {
  cdk: async () => (await import('./cdk/index.js')).cdkPlugin,
  'terraform-plan': async () => (await import('./terraform-plan/index.js')).terraformPlanPlugin,
  terraform: async () => (await import('./terraform/index.js')).terraformPlugin,
  cloudformation: async () => (await import('./cloudformation/index.js')).cloudFormationPlugin,
}

const loaded = new Map<string, FormatPlugin>()
const loading = new Map<string, Promise<void>>()

function plannerByName(name: string): FormatPlanner {
  const p = plugins.find((x) => x.name === name)
  if (!p) throw new Error(`unknown format plugin ${name}`)
  return p
}

/** The format whose units plugin `name` plans (no reader needed). */
export function formatOfPlugin(name: string): FormatPlanner['format'] {
  return plannerByName(name).format
}

/** Loads the readers of `names` (plugin names, repeats allowed); `pluginByName` then has them. */
export async function loadPlugins(names: Iterable<string>): Promise<void> {
  const pending: Promise<void>[] = []
  for (const name of new Set(names)) {
    if (loaded.has(name)) continue
    let p = loading.get(name)
    if (!p) {
      plannerByName(name)
      p = readers[name]!().then((plugin) => void loaded.set(name, plugin))
      loading.set(name, p)
    }
    pending.push(p)
  }
  await Promise.all(pending)
}

/** The whole plugin `name`; its reader must have been loaded (`loadPlugins`). */
export function pluginByName(name: string): FormatPlugin {
  const p = loaded.get(name)
  if (p) return p
  plannerByName(name)
  throw new Error(`format plugin ${name} used before its reader was loaded (loadPlugins)`)
}

/** Every plugin name, for callers that load all readers (tests, tools). */
export const pluginNames = (): string[] => plugins.map((p) => p.name)
