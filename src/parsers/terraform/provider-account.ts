/**
 * Which AWS account a resource is deployed to, as far as the configuration tells: an account-level
 * public access block set through `provider = aws.audit` (a role in another account) does not
 * cover the buckets of the default provider. Two provider configurations that differ only in
 * region (or tags, endpoints) are one account; any difference in what picks the credentials is
 * taken to be another account, maybe.
 */
import { attr, type Attribute, type Block, type Expr } from './hcl/ast.js'
import type { SourceFiles } from './eval/source-files.js'
import { literalString, type ModuleConfig } from './module-config.js'
import type { ModuleCallInstance, ModuleInstance, ResourceInstance } from './module-instance.js'

/** Provider arguments and blocks that choose the credentials, and so the account. */
export const ACCOUNT_SETTINGS = new Set([
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
  for (const [alias, settings] of providerConfigs(root)) out.set(alias, accountKey(settings, files))
  return out
}

/** One item of a provider block, with the file it is written in. */
interface ProviderSetting {
  item: Attribute | Block
  f: number
}

/**
 * The `provider "aws"` configurations a module declares, by alias ('' = default): the items of
 * each block, without `alias` and `version`, an override file's replacing those of the same name.
 */
function providerConfigs(config: ModuleConfig): Map<string, ProviderSetting[]> {
  let found = declaredConfigs.get(config)
  if (!found) declaredConfigs.set(config, (found = readProviderConfigs(config)))
  return found
}

const declaredConfigs = new WeakMap<ModuleConfig, Map<string, ProviderSetting[]>>()

function readProviderConfigs(config: ModuleConfig): Map<string, ProviderSetting[]> {
  const out = new Map<string, Map<string, ProviderSetting>>()
  for (const file of [...config.files.filter((x) => !x.override), ...config.files.filter((x) => x.override)]) {
    for (const block of file.body.blocks) {
      if (block.type !== 'provider' || block.labels[0]?.value !== 'aws') continue
      const alias = literalString(attr(block.body, 'alias')) ?? ''
      let items = out.get(alias)
      if (!items) out.set(alias, (items = new Map()))
      else if (!file.override) continue // a duplicate configuration, which Terraform rejects
      for (const item of block.body.items) {
        const name = item.kind === 'attribute' ? item.name : item.type
        if (name !== 'alias' && name !== 'version') items.set(name, { item, f: item.file ?? file.f })
      }
    }
  }
  return new Map([...out].map(([alias, items]) => [alias, [...items.values()]]))
}

function accountKey(settings: readonly ProviderSetting[], files: SourceFiles): string {
  // Two configurations known to reach the same account are one, whatever else they write (a
  // profile and a role); it is what an account block naming its `account_id` compares with.
  const known = knownAccount(settings)
  if (known !== undefined) return accountKeyOf(known)
  const parts: string[] = []
  for (const { item, f } of settings) {
    const name = item.kind === 'attribute' ? item.name : item.type
    if (ACCOUNT_SETTINGS.has(name)) parts.push(`${name}:${files.oneLine(f, item.start, item.end)}`)
  }
  return parts.sort().join('\n')
}

/**
 * The account key of the provider configuration `inst` is deployed with: its `provider` argument,
 * followed up through the `providers` maps of the module calls above it, unless a module on the
 * way declares that configuration itself (a legacy `provider "aws"` block in a child module): its
 * resources are then deployed with that block's own credentials, whatever the caller's. Undefined
 * for a configuration without credentials settings (the default credential chain); a
 * configuration passed in a way not followed here gets a key of its own (maybe another account).
 */
export function deployedBy(inst: ResourceInstance, accounts: ReadonlyMap<string, string>, files: SourceFiles): string | undefined {
  const own = attr(inst.config.block.body, 'provider')
  const name = own ? providerName(own.expr, files, own.file ?? inst.config.f) : 'aws'
  return accountAlong(name, inst.mod, accounts, files, inst.address)
}

/**
 * The account key of the bucket of a call of the registry S3 module: the module declares no
 * provider configuration, so its `aws` is the one the call passes in `providers`, or its caller's
 * default. Read as the default's, its bucket was covered by the caller's account-level public
 * access block though `providers = { aws = aws.other }` deployed it with a role in another account.
 */
export function registryDeployedBy(
  call: ModuleCallInstance,
  accounts: ReadonlyMap<string, string>,
  files: SourceFiles,
): string | undefined {
  const providers = attr(call.config.block.body, 'providers')
  const name = providers ? passedProvider(providers.expr, 'aws', files, providers.file ?? call.config.f)?.to : 'aws'
  return accountAlong(name, call.parent, accounts, files, call.address)
}

/** The account key of configuration `name` as module instance `mod` names it, followed up to the root module. */
function accountAlong(
  name: string | undefined,
  mod: ModuleInstance,
  accounts: ReadonlyMap<string, string>,
  files: SourceFiles,
  address: string,
): string | undefined {
  for (let call = mod.call; call && name !== undefined; call = mod.call) {
    const providers = attr(call.config.block.body, 'providers')
    const passed = providers ? passedProvider(providers.expr, name, files, providers.file ?? call.config.f) : undefined
    const declared = providerConfigs(mod.config).get(aliasOf(name) ?? '\0')
    // An empty block in a child module is a proxy for a configuration its caller passes in
    // `providers`; one the caller does not pass, or one with settings, is a configuration of its own.
    if (declared && (declared.length > 0 || !passed)) return childAccountKey(declared, mod, files)
    // Without `providers` a child module's default provider is its caller's (an alias must be
    // passed); with it, only what it lists is passed.
    if (providers) name = passed?.to
    else if (name !== 'aws') name = undefined
    mod = call.parent
  }
  if (name === undefined) return `?${address}`
  const alias = aliasOf(name)
  if (alias === undefined) return `?${name}`
  const key = accounts.get(alias)
  if (key === undefined) return alias === '' ? undefined : `?aws.${alias}`
  return key === '' ? undefined : key
}

/** '' for `aws`, the alias of `aws.alias`, undefined for anything else. */
function aliasOf(name: string): string | undefined {
  return name === 'aws' ? '' : name.startsWith('aws.') ? name.slice(4) : undefined
}

/**
 * The account key of a configuration declared in a child module. Settings written as literals
 * compare with the root module's; one that refers to anything (`var.role_arn`) may have another
 * value in each module instance, so it is this instance's own.
 */
function childAccountKey(settings: readonly ProviderSetting[], mod: ModuleInstance, files: SourceFiles): string | undefined {
  const key = accountKey(settings, files)
  if (key === '') return undefined
  if (accountOfKey(key) !== undefined) return key
  const literal = settings.every(
    ({ item }) => !ACCOUNT_SETTINGS.has(item.kind === 'attribute' ? item.name : item.type) || !refersToAnything(item),
  )
  return literal ? key : `${key}\n@${mod.prefix}`
}

/** True when an attribute or block holds a reference (variable, local, resource, function call). */
function refersToAnything(item: Attribute | Block): boolean {
  if (item.kind === 'block') return item.body.items.some(refersToAnything)
  const walk = (x: unknown): boolean => {
    if (Array.isArray(x)) return x.some(walk)
    if (typeof x !== 'object' || x === null) return false
    const t = (x as { t?: unknown }).t
    if (t === 'var' || t === 'call' || t === 'invalid') return true
    return Object.values(x).some(walk)
  }
  return walk(item.expr)
}

/** `aws` or `aws.alias` as written, or undefined when it is not a plain reference. */
function providerName(expr: Expr, files: SourceFiles, f: number): string | undefined {
  const text = files.oneLine(f, expr.start, expr.end).trim()
  return /^aws(\.[A-Za-z_][A-Za-z0-9_-]*)?$/.test(text) ? text : undefined
}

/**
 * What `providers = { aws = aws.audit }` passes for `name`, as the caller names it (`to` undefined
 * when it is not a plain reference); undefined when it is not listed.
 */
function passedProvider(expr: Expr, name: string, files: SourceFiles, f: number): { to: string | undefined } | undefined {
  if (expr.t !== 'object') return { to: undefined }
  for (const item of expr.items) {
    const key = files.oneLine(f, item.key.start, item.key.end).trim()
    if (key === name) return { to: providerName(item.value, files, f) }
  }
  return undefined
}

/** The account key of a configuration known to deploy to account `id`. */
export function accountKeyOf(id: string): string {
  return `account:${id}`
}

/** The account id of a key made by `accountKeyOf`, undefined for any other. */
export function accountOfKey(key: string | undefined): string | undefined {
  return key?.startsWith('account:') ? key.slice(8) : undefined
}

const ACCOUNT_ID = /^\d{12}$/

/**
 * The AWS account a provider configuration deploys to, when its literals tell: the one account
 * `allowed_account_ids` allows (the provider refuses credentials of any other), else the account
 * of the role its last `assume_role` block assumes. Undefined when not known statically.
 */
function knownAccount(settings: readonly ProviderSetting[]): string | undefined {
  let role: string | undefined
  let roleKnown = true
  for (const { item } of settings) {
    if (item.kind === 'attribute' && item.name === 'allowed_account_ids') {
      const e = item.expr
      if (e.t === 'tuple' && e.items.length === 1) {
        const one = e.items[0]!
        const id = one.t === 'template' && one.parts.length === 1 && one.parts[0]!.t === 'lit' ? one.parts[0]!.value : undefined
        if (id !== undefined && ACCOUNT_ID.test(id)) return id
      }
    }
    if (item.kind === 'block' && item.type === 'assume_role') {
      const arn = literalString(attr(item.body, 'role_arn'))
      const m = arn === undefined ? null : /^arn:[a-z-]+:iam::(\d{12}):role\//.exec(arn)
      role = m?.[1]
      roleKnown = m !== null
    }
  }
  return roleKnown ? role : undefined
}
