import fs from 'node:fs'
import path from 'node:path'

/**
 * Folders discovery never enters: dependencies, caches and build copies. `.aws-sam` holds what
 * `sam build` made of the templates beside it: scanned, every finding came twice, once at a file no
 * pull request edits. Python's installed packages (`site-packages`, `dist-packages`) and tox's and
 * nox's environments hold other projects' files, among them the test templates of checkov,
 * cfn-lint or cfn_nag: scanned, a virtualenv in the repository flooded the scan with their
 * findings.
 */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  '.terraform',
  '.terragrunt-cache',
  '.aws-sam',
  '.serverless',
  '.tox',
  '.nox',
  'site-packages',
  'dist-packages',
  '__pypackages__',
])

/**
 * Whether discovery leaves out the folder `abs` (named `name`) below a scanned path: a name above,
 * or a Python virtual environment, which is known by the `pyvenv.cfg` that `python -m venv` and
 * virtualenv write at its top whatever its name (`.venv`, `venv`, `env`): a folder named `env`
 * holding an environment's templates is not one.
 */
export function isSkippedFolder(abs: string, name: string): boolean {
  if (SKIPPED_FOLDERS.has(name)) return true
  try {
    // Asked of every folder walked: no exception for the usual answer.
    return fs.lstatSync(path.join(abs, 'pyvenv.cfg'), { throwIfNoEntry: false })?.isFile() === true
  } catch {
    return false
  }
}
