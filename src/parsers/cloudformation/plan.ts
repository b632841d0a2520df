/** Which files the CloudFormation plugin reads: every YAML/JSON file left, one unit each (the loader tells templates by content). */
import { claimFiles } from '../shared/claim-files.js'
import type { FormatPlanner } from '../types.js'

const EXTENSIONS = /\.(ya?ml|json|template)$/i

export const cloudFormationPlanner: FormatPlanner = {
  name: 'cloudformation',
  format: 'cloudformation',
  plan(files) {
    return claimFiles(files, (f) => EXTENSIONS.test(f.rel)).map((f) => ({ plugin: 'cloudformation', id: f.rel, files: [f] }))
  },
}
