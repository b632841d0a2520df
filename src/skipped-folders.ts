/**
 * Folders discovery never enters: dependencies, caches and build copies. `.aws-sam` holds what
 * `sam build` made of the templates beside it: scanned, every finding came twice, once at a file no
 * pull request edits.
 */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  '.terraform',
  '.terragrunt-cache',
  '.aws-sam',
  '.serverless',
])
