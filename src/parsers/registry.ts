import { cdkPlugin } from './cdk/index.js'
import { cloudFormationPlugin } from './cloudformation/index.js'
import { terraformPlugin } from './terraform/index.js'
import { terraformPlanPlugin } from './terraform-plan/index.js'
import type { FormatPlugin } from './types.js'

/**
 * Every format plugin, in the order they claim files: more specific readers first (a cloud
 * assembly's templates belong to CDK, a plan's JSON to Terraform), plain CloudFormation last.
 */
export const plugins: FormatPlugin[] = [cdkPlugin, terraformPlanPlugin, terraformPlugin, cloudFormationPlugin]

export function pluginByName(name: string): FormatPlugin {
  const p = plugins.find((x) => x.name === name)
  if (!p) throw new Error(`unknown format plugin ${name}`)
  return p
}
