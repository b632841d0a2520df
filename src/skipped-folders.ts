/** Folders discovery never enters: what they hold is installed, generated or cached, not written. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  '.terraform',
  '.terragrunt-cache',
  '.aws-sam',
  '.serverless',
])
