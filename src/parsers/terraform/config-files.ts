/**
 * Which files make a Terraform or OpenTofu module's configuration. OpenTofu also reads `.tofu`
 * and `.tofu.json` files, and where `x.tofu` sits beside `x.tf` it reads only `x.tofu` (the same
 * for `x.tofu.json` and `x.tf.json`): a module keeps a `.tf` file for Terraform and its `.tofu`
 * twin for OpenTofu. Terraform ignores `.tofu` files, so a directory that has them is OpenTofu's.
 */
export const CONFIG_FILE = /\.(tf|tofu)(\.json)?$/i
/**
 * The configuration files Terraform and OpenTofu read: they match the extension by case, on every
 * system, so `MAIN.TF` is not part of the module. Read, its resources were reported though never
 * deployed; such a file is claimed (no other reader takes it) and skipped with a note.
 */
export const READ_CONFIG_FILE = /\.(tf|tofu)(\.json)?$/
export const VARS_FILE = /\.tfvars(\.json)?$/i
export const TERRAFORM_FILE = /\.(tf|tofu|tfvars)(\.json)?$/i

/** Override file names (`override.tf`, `main_override.tf`, `.tofu` and `.json` alike). */
export function isOverrideFile(name: string): boolean {
  return /(^|_)override\.(tf|tofu)(\.json)?$/.test(name)
}

/** The configuration files of one directory that are read: without the `.tf` twins of `.tofu` files. */
export function withoutShadowed(paths: readonly string[]): string[] {
  const twins = new Set<string>()
  for (const p of paths) if (/\.tofu(\.json)?$/.test(p)) twins.add(p.replace(/\.tofu(\.json)?$/, '.tf$1'))
  return twins.size === 0 ? [...paths] : paths.filter((p) => !twins.has(p))
}
