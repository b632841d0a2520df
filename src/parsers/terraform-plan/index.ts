/**
 * The Terraform plan plugin: `terraform show -json` output (of a plan or a state), recognised by
 * content, one unit per file. Nothing is executed; the plan is only read.
 */
import type { FormatPlugin } from '../types.js'
import { forgetFixParses, renderTerraformFix } from '../terraform/fix.js'
import { loadPlanUnit } from './load-plan.js'
import { terraformPlanPlanner } from './plan.js'

export const terraformPlanPlugin: FormatPlugin = {
  ...terraformPlanPlanner,
  load: loadPlanUnit,
  // Fixes are edits of the `.tf` sources, which the plan's findings point at when they were found.
  renderFix: renderTerraformFix,
  unitDone: forgetFixParses,
}
