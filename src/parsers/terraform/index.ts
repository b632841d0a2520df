/**
 * The Terraform format plugin: `.tf`, `.tf.json`, `.tfvars` and `.tfvars.json` files, one unit per
 * root module directory (local modules are read with their caller).
 */
import type { FormatPlugin } from '../types.js'
import { forgetFixParses, renderTerraformFix } from './fix.js'
import { loadTerraformUnit } from './load-unit.js'
import { terraformPlanner } from './plan-units.js'

export const terraformPlugin: FormatPlugin = {
  ...terraformPlanner,
  load: loadTerraformUnit,
  renderFix: renderTerraformFix,
  unitDone: forgetFixParses,
}
