/**
 * Which AWS account a resource is deployed to, as far as the configuration tells: an account-level
 * public access block set through `provider = aws.audit` (a role in another account) does not
 * cover the buckets of the default provider. Two provider configurations that differ only in
 * region (or tags, endpoints) are one account; any difference in what picks the credentials is
 * taken to be another account, maybe.
 */
import { attr, type Body, type Expr } from './hcl/ast.js'
import type { SourceFiles } from './eval/source-files.js'
import { literalString, type ModuleConfig } from './module-config.js'
import type { ModuleInstance, ResourceInstance } from './module-instance.js'

/** Provider arguments and blocks that choose the credentials, and so the account. */
const ACCOUNT_SETTINGS = new Set([
  'access_key',
  'secret_key',
  'token',
  'profile',
  'shared_credentials_files',
  'shared_credentials_file',
  'shared_config_files',
  'assume_role',
  'assume_role_with_web_identity',
  'allowed_account_ids',
  'forbidden_account_ids',
])

/** The account key of each `provider "aws"` configuration of the root module, by alias ('' = default). */
export function providerAccounts(root: ModuleConfig, files: SourceFiles): Map<string, string> {
  const out = new Map<string, string>()
  for (const file of root.files) {
    for (const block of file.body.blocks) {
      if (block.type !== 'provider' || block.labels[0]?.value !== 'aws') continue
      const alias = literalString(attr(block.body, 'alias')) ?? ''
      out.set(alias, accountKey(block.body, file.f, files))
    }
  }
  return out
}

function accountKey(body: Body, f: number, files: SourceFiles): string {
  const parts: string[] = []
  for (const item of body.items) {
    const name = item.kind === 'attribute' ? item.name : item.type
    if (ACCOUNT_SETTINGS.has(name)) parts.push(`${name}:${files.oneLine(item.file ?? f, item.start, item.end)}`)
  }
  return parts.sort().join('\n')
}

/**
 * The account key of the provider configuration `inst` is deployed with: its `provider` argument,
 * followed up through the `providers` maps of the module calls above it. Undefined for the
 * default provider without credentials settings; a configuration not declared in the root
 * module, or passed in a way not followed here, gets a key of its own (maybe another account).
 */
export function deployedBy(inst: ResourceInstance, accounts: ReadonlyMap<string, string>, files: SourceFiles): string | undefined {
  const own = attr(inst.config.block.body, 'provider')
  let name = own ? providerName(own.expr, files, own.file ?? inst.config.f) : 'aws'
  let mod: ModuleInstance = inst.mod
  for (let call = mod.call; call && name !== undefined; call = mod.call) {
    const providers = attr(call.config.block.body, 'providers')
    // Without `providers` a child module's default provider is its caller's (an alias must be
    // passed); with it, only what it lists is passed.
    if (providers) name = mappedProvider(providers.expr, name, files, providers.file ?? call.config.f)
    else if (name !== 'aws') name = undefined
    mod = call.parent
  }
  if (name === undefined) return `?${inst.address}`
  const alias = name === 'aws' ? '' : name.startsWith('aws.') ? name.slice(4) : undefined
  if (alias === undefined) return `?${name}`
  const key = accounts.get(alias)
  if (key === undefined) return alias === '' ? undefined : `?aws.${alias}`
  return key === '' ? undefined : key
}

/** `aws` or `aws.alias` as written, or undefined when it is not a plain reference. */
function providerName(expr: Expr, files: SourceFiles, f: number): string | undefined {
  const text = files.oneLine(f, expr.start, expr.end).trim()
  return /^aws(\.[A-Za-z_][A-Za-z0-9_-]*)?$/.test(text) ? text : undefined
}

/** What `providers = { aws = aws.audit }` passes for `name`, as the caller names it. */
function mappedProvider(expr: Expr, name: string, files: SourceFiles, f: number): string | undefined {
  if (expr.t !== 'object') return undefined
  for (const item of expr.items) {
    const key = files.oneLine(f, item.key.start, item.key.end).trim()
    if (key === name) return providerName(item.value, files, f)
  }
  return undefined
}
