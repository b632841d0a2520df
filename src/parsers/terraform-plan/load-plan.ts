/**
 * `terraform show -json` output (a plan, or a state) → the S3 model, through the same model
 * builder as HCL. Links between resources come from the plan's `configuration` references
 * (`aws_s3_bucket.b.id`), since planned values have lost them; `(known after apply)` is unknown.
 * When the `.tf` sources sit next to the plan inside the scanned paths, positions are theirs.
 */
import { INSTANCE_KEY, MODULE_PREFIX, NAME } from '../terraform/address-pattern.js'
import { SensitiveTexts } from '../../sensitive-texts.js'
import { markSensitive } from '../terraform/eval/sensitive.js'
import { boundedCallSites } from '../shared/call-sites.js'
import path from 'node:path'
import { appendAll } from '../../append.js'
import type { Problem } from '../../engine/finding.js'
import { parseJson } from '../shared/json-tree.js'
import type { SMap, SNode } from '../shared/source-tree.js'
import { get, getEntry, toPlain } from '../shared/source-tree.js'
import type { LoadContext, ScanUnit, UnitLoad } from '../types.js'
import { blockHeader, ValueBodyView, type BodyView } from '../terraform/body-view.js'
import { BUCKET_SETTING_TYPES } from '../terraform/bucket.js'
import { SourceFiles } from '../terraform/eval/source-files.js'
import { strFromParts, type Origin, type TfObject, type TfValue } from '../terraform/eval/value.js'
import type { StrPart } from '../../model/value.js'
import { subjectsOf } from '../../model/subjects.js'
import { parseJsonConfig } from '../terraform/hcl/json-config.js'
import { parseHcl } from '../terraform/hcl/parse.js'
import { isOverrideFile } from '../terraform/config-files.js'
import { buildModuleConfig, type ModuleConfig, type ParsedFile } from '../terraform/module-config.js'
import { moduleConfigFilesInside } from '../terraform/module-files.js'
import { ACCOUNT_SETTINGS } from '../terraform/provider-account.js'
import { blockKey, BUCKET_TYPES, modelFromResources, OTHER_TYPES, type ModelInput, type ResourceRecord } from '../terraform/to-model.js'
import { convertObject, type ConvertContext } from './plan-values.js'
import { findBlock, localSourceDir, type ModuleSource } from './source-map.js'

const isMap = (n: SNode | undefined): n is SMap => n?.kind === 'map'
/** Missing or JSON `null`: Terraform writes either for an empty part of a plan. */
const absent = (n: SNode | undefined): boolean => n === undefined || (n.kind === 'scalar' && n.value === null)
/** Attributes that name a bucket, read as the bucket when the configuration references one. */
const BUCKET_ATTRIBUTES = new Set(['bucket', 'target_bucket', 's3_bucket_name'])
/**
 * Nested blocks of the setting resources that the AWS provider never computes: planned, they were
 * written (by a `dynamic` block when the configuration does not show them). `aws_s3_bucket`'s
 * inline blocks and `aws_s3_bucket_acl.access_control_policy` are computed, so they are not here.
 */
const WRITTEN_BLOCKS: Record<string, ReadonlySet<string>> = {
  aws_s3_bucket_server_side_encryption_configuration: new Set(['rule']),
  aws_s3_bucket_lifecycle_configuration: new Set(['rule']),
  aws_s3_bucket_versioning: new Set(['versioning_configuration']),
  aws_s3_bucket_ownership_controls: new Set(['rule']),
  aws_s3_bucket_object_lock_configuration: new Set(['rule']),
  aws_s3_bucket_website_configuration: new Set(['index_document', 'error_document', 'redirect_all_requests_to', 'routing_rule']),
  aws_s3_bucket_cors_configuration: new Set(['cors_rule']),
  aws_s3_bucket_replication_configuration: new Set(['rule']),
  aws_s3_bucket_notification: new Set(['lambda_function', 'queue', 'topic']),
  aws_s3_bucket_logging: new Set(['target_grant', 'target_object_key_format']),
}
const str = (n: SNode | undefined): string | undefined => (n && n.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined)
const MAX_MODULE_DEPTH = 32
/** A resource type the model reads; a plan's other resources change nothing in it. */
const isReadType = (type: string): boolean => BUCKET_TYPES.has(type) || BUCKET_SETTING_TYPES.has(type) || OTHER_TYPES.has(type)

const MODULE_STEP = new RegExp(String.raw`module\.(${NAME})(?:${INSTANCE_KEY})?\.`, 'y')
const MODULE_CALL = new RegExp(String.raw`^(module\.${NAME}(?:${INSTANCE_KEY})?)`)
const LAST_MODULE_CALL = new RegExp(String.raw`module\.${NAME}(${INSTANCE_KEY})?\.$`)
const SUBJECT = new RegExp(String.raw`^(?:data\.)?[A-Za-z_][A-Za-z0-9_-]*\.${NAME}(?:${INSTANCE_KEY})?`)
const NAMED_SUBJECT = new RegExp(String.raw`^[a-z]+\.${NAME}`)
const BUCKET_REF = new RegExp(String.raw`^aws_s3_bucket\.(${NAME})(${INSTANCE_KEY})?`)
const MODULE_REF = new RegExp(String.raw`^module\.(${NAME})(${INSTANCE_KEY})?$`)
const VAR_REF = new RegExp(String.raw`^var\.(${NAME})$`)
const OUTPUT_REF = new RegExp(String.raw`^module\.(${NAME})(${INSTANCE_KEY})?\.(${NAME})$`)
const ATTRIBUTE_REF = new RegExp(String.raw`^([a-z][a-z0-9_]*)\.(${NAME})(${INSTANCE_KEY})?\.([A-Za-z0-9_]+)$`)

/** `module.a["k"].module.b[0].aws_s3_bucket.x[1]` → call names [a, b]. */
function modulePathOf(address: string): string[] {
  const out: string[] = []
  const re = new RegExp(MODULE_STEP)
  let m: RegExpExecArray | null
  while ((m = re.exec(address))) out.push(m[1]!)
  return out
}
function modulePrefixOf(address: string): string {
  const m = MODULE_PREFIX.exec(address)
  return m ? m[0] : ''
}
function indexSuffix(index: SNode | undefined): string {
  if (!index || index.kind !== 'scalar' || index.value === null) return ''
  return typeof index.value === 'number' ? `[${index.value}]` : `[${JSON.stringify(index.value)}]`
}

/**
 * The object a configuration reference is about: `aws_s3_bucket.b["k"]` for `aws_s3_bucket.b["k"].id`,
 * `module.m` for `module.m.out`, `var.x`, `local.y`; undefined for `each`, `count`, `path`,
 * `terraform` and `self`, which name no object of their own.
 */
function refSubject(ref: string): string | undefined {
  const m = SUBJECT.exec(ref)
  if (!m) return undefined
  const root = ref.slice(0, ref.indexOf('.'))
  if (/^(each|count|path|terraform|self)$/.test(root)) return undefined
  if (root === 'var' || root === 'local' || root === 'module') return NAMED_SUBJECT.exec(ref)?.[0]
  return m[0]
}

/** What planning saw of a plan file. */
export interface PlanUnitData {
  /** The head named both versions; otherwise it only started like a plan with sorted keys. */
  versionsInHead: boolean
}

/** A top-level `format_version` and `terraform_version`: what every `terraform show -json` writes. */
function namesVersions(root: SMap): boolean {
  return get(root, 'format_version') !== undefined && get(root, 'terraform_version') !== undefined
}

export function loadPlanUnit(unit: ScanUnit, ctx: LoadContext): UnitLoad {
  const problems: Problem[] = []
  const notes: string[] = []
  const texts = new Map<string, string>()
  const sensitive = new SensitiveTexts()
  const planFile = unit.files[0]!
  const text = ctx.readFile(planFile.abs)
  if (text === undefined) return { models: [], problems, notes, texts }
  if (text.includes('\u0000')) {
    problems.push({
      code: 'BINARY_FILE',
      file: planFile.rel,
      line: 1,
      column: 1,
      message: 'the plan holds binary data (NUL bytes; UTF-16 or UTF-32 without a byte order mark?); save it as UTF-8',
      level: 'error',
    })
    return { models: [], problems, notes, texts }
  }
  const sureFromHead = (unit.data as PlanUnitData | undefined)?.versionsInHead !== false
  // Claimed for its first key only: JSON that names neither version is some other document (one
  // that names one may be a plan cut short, whose syntax errors are worth reporting).
  if (!sureFromHead && !/"(format|terraform)_version"\s*:/.test(text)) {
    ctx.debug(`${planFile.rel}: skipped, not terraform show -json output`)
    return { models: [], problems, notes, texts }
  }
  const files = new SourceFiles()
  const planF = files.add(planFile.abs, planFile.rel, text)
  texts.set(planFile.rel, text)
  const planProblem = (offset: number, code: string, message: string, level: Problem['level'] = 'warning') => {
    const p = files.position(planF, offset)
    problems.push({ code, file: planFile.rel, line: p.line, column: p.column, message, level })
  }
  // Terraform never writes a key twice: `"acl": "public-read-write", "acl": "private"` is made up,
  // and which one a reader keeps differs (the last one is read).
  const parsed = parseJson(text, { maxDepth: ctx.limits.maxDepth, reportDuplicates: true })
  for (const i of parsed.issues)
    planProblem(i.offset, i.code === 'DUPLICATE_KEY' ? 'DUPLICATE_KEY' : 'PLAN_JSON_SYNTAX', i.message, i.level)
  const root = parsed.root ?? undefined
  if (!isMap(root)) return { models: [], problems, notes, texts }
  if (!sureFromHead && !namesVersions(root)) {
    ctx.debug(`${planFile.rel}: skipped, not terraform show -json output`)
    return { models: [], problems, notes, texts }
  }
  // Terraform 1.6+ saves a plan that failed (`terraform plan -out` with an error in it) with
  // `"errored": true`: planning stopped, so planned_values holds only what was planned before the
  // error (often nothing), and an empty plan passed the gate. It can never be applied.
  const errored = getEntry(root, 'errored')
  if (errored && !(errored.value.kind === 'scalar' && (errored.value.value === false || errored.value.value === null)))
    planProblem(
      errored.keyStart,
      'PLAN_ERRORED',
      'Terraform could not finish this plan ("errored"), so the resources it did not plan were not checked; fix the errors and plan again',
      'error',
    )
  const formatVersion = get(root, 'format_version')
  const major = str(formatVersion)?.match(/^(\d+)\.\d+/)?.[1]
  // Terraform bumps the major version only when consumers can no longer read the format the way
  // they did; its documentation asks them to refuse such output. Read as 1.x all the same, and said.
  if (formatVersion !== undefined && (major === undefined || Number(major) > 1))
    planProblem(
      formatVersion.start,
      'PLAN_FORMAT_VERSION',
      `format_version ${JSON.stringify(toPlain(formatVersion))?.slice(0, 40)} is not one s3-gate knows (0.x or 1.x): it was read as 1.x, and resources written differently may have been missed`,
    )
  const values = get(root, 'planned_values') ?? get(root, 'values')
  const rootValues = get(values, 'root_module')
  if (!isMap(rootValues)) {
    // An empty state shows as `{"format_version": ...}` alone; a plan that changes resources and has
    // no values to check them by is mangled, and must not pass the gate as a clean one.
    const changes = get(root, 'resource_changes')
    // So is one that keeps only the state it started from (`prior_state`): its buckets exist, and
    // went unchecked behind a warning.
    const mangled =
      values !== undefined || (changes?.kind === 'seq' && changes.items.length > 0) || !absent(get(get(root, 'prior_state'), 'values'))
    problems.push({
      code: 'PLAN_JSON_SHAPE',
      file: planFile.rel,
      line: 1,
      column: 1,
      message: `The file looks like \`terraform show -json\` output but has no planned_values.root_module${mangled ? '; its resources were not checked' : ''}`,
      level: mangled ? 'error' : 'warning',
    })
    return { models: [], problems, notes, texts }
  }
  const configRoot = get(get(root, 'configuration'), 'root_module')

  // ----- the .tf sources, when they are next to the plan
  const sourceProblem = (f: number, offset: number, message: string) => {
    const p = files.position(f, offset)
    problems.push({ code: 'HCL_SYNTAX', file: files.get(f).display, line: p.line, column: p.column, message, level: 'error' })
  }
  // Per folder: a plan may call one module hundreds of times, and each call read and parsed it
  // again (400 calls of a 200 KB module, 42 s and 2.5 GB).
  const configs = new Map<string, ModuleConfig | undefined>()
  const configOf = (dir: string): ModuleConfig | undefined => {
    if (configs.has(dir)) return configs.get(dir)
    const c = readConfig(dir)
    configs.set(dir, c)
    return c
  }
  const readConfig = (dir: string): ModuleConfig | undefined => {
    const paths = moduleConfigFilesInside(dir, ctx.roots)
    ctx.inputs?.moduleDir(dir, paths)
    if (!paths.length) return undefined
    const parsedFiles: ParsedFile[] = []
    for (const abs of paths) {
      const t = ctx.readFile(abs)
      if (t === undefined) continue
      const f = files.add(abs, ctx.displayPath(abs), t)
      texts.set(ctx.displayPath(abs), t)
      if (abs.endsWith('.json')) {
        const r = parseJsonConfig(t, { maxDepth: ctx.limits.maxDepth })
        parsedFiles.push({ f, body: r.body, comments: [], json: true, override: isOverrideFile(path.basename(abs)) })
      } else {
        const r = parseHcl(t, { maxDepth: ctx.limits.maxDepth })
        for (const i of r.issues) sourceProblem(f, i.offset, i.message)
        parsedFiles.push({ f, body: r.body, comments: r.comments, json: false, override: isOverrideFile(path.basename(abs)) })
      }
    }
    return buildModuleConfig(dir, parsedFiles)
  }
  const loadSource = (dir: string, config: SNode | undefined, depth: number, seen: Set<string>): ModuleSource | undefined => {
    if (depth > MAX_MODULE_DEPTH || seen.has(dir)) return undefined
    const moduleConfig = configOf(dir)
    if (!moduleConfig) return undefined
    const src: ModuleSource = { config: moduleConfig, children: new Map() }
    const calls = get(config, 'module_calls')
    const next = new Set(seen).add(dir)
    if (isMap(calls)) {
      for (const c of calls.entries) {
        const childDir = localSourceDir(dir, str(get(c.value, 'source')))
        src.children.set(c.key, childDir ? loadSource(childDir, get(c.value, 'module'), depth + 1, next) : undefined)
      }
    }
    return src
  }
  const rootSource = loadSource(path.dirname(planFile.abs), configRoot, 0, new Set())

  // Terraform 1.10+ may defer a change (`-allow-deferral`, an unknown `for_each` or provider
  // configuration): the resource is then in neither planned_values nor resource_changes.
  const deferred = get(root, 'deferred_changes')
  if (deferred && deferred.kind === 'seq') {
    for (const d of deferred.items) {
      const address = str(get(get(d, 'resource_change'), 'address')) ?? 'a resource'
      const reason = str(get(d, 'reason'))
      const why = reason ? ` (${reason})` : ''
      planProblem(
        d.start,
        'PLAN_DEFERRED',
        `${address}: Terraform deferred this change${why}, so the plan holds no values for it and it was not scanned`,
      )
    }
  }

  // ----- indexes: after_unknown per address, configuration per module path and resource
  const unknownMasks = new Map<string, SNode>()
  const sensitiveMasks = new Map<string, SNode>()
  // Addresses the plan creates (or replaces): see ConvertContext.created.
  const created = new Set<string>()
  // Changes that leave a resource in place (created, updated, replaced), which planned_values must hold.
  const planned = new Map<string, SNode>()
  const afters = new Map<string, SNode>()
  // Addresses a `removed` block (`lifecycle { destroy = false }`, Terraform 1.7+) forgets: Terraform
  // lists them in planned_values without values, and stops managing them.
  const forgotten = new Set<string>()
  // `terraform plan -destroy`: every managed change deletes, and none says why (a plan that deletes
  // what the configuration no longer holds gives each delete an `action_reason`).
  let destroys = 0
  let destroyOnly = true
  const changes = get(root, 'resource_changes')
  if (changes && changes.kind === 'seq') {
    for (const c of changes.items) {
      // A deposed object's change (a `create_before_destroy` replacement left behind, destroyed
      // now) shares the address of the current object: its `after_unknown: false` replaced the
      // current object's marks, and values known only after apply read as not written.
      if (!absent(get(c, 'deposed'))) continue
      const address = str(get(c, 'address'))
      const actions = get(get(c, 'change'), 'actions')
      const acts = actions?.kind === 'seq' ? actions.items.map(str) : []
      const only = acts.length === 1 ? acts[0] : undefined
      if (address && only === 'forget') forgotten.add(address)
      if (str(get(c, 'mode')) !== 'data') {
        if (only === 'delete' && absent(get(c, 'action_reason'))) destroys++
        else destroyOnly = false
      }
      const mask = get(get(c, 'change'), 'after_unknown')
      if (address && mask) unknownMasks.set(address, mask)
      const sensitive = get(get(c, 'change'), 'after_sensitive')
      if (address && sensitive) sensitiveMasks.set(address, sensitive)
      const after = get(get(c, 'change'), 'after')
      if (address && after) afters.set(address, after)
      if (address && acts.includes('create')) created.add(address)
      if (address && (acts.includes('create') || acts.includes('update')) && str(get(c, 'mode')) !== 'data') planned.set(address, c)
    }
  }
  // What Terraform hides in a resource's values: its change's `after_sensitive` and its planned (or
  // state) values' own `sensitive_values`, which hold the same marks; either is read.
  const sensitivityOf = (pr: { address: string; node: SMap }): SNode[] =>
    [sensitiveMasks.get(pr.address), get(pr.node, 'sensitive_values')].filter((m): m is SNode => m !== undefined)
  const configModule = (modulePath: string[]): SNode | undefined => {
    let m = configRoot
    for (const call of modulePath) m = get(get(get(m, 'module_calls'), call), 'module')
    return m
  }
  const configResource = (modulePath: string[], mode: string, type: string, name: string): SNode | undefined => {
    const resources = get(configModule(modulePath), 'resources')
    if (!resources || resources.kind !== 'seq') return undefined
    const want = `${mode === 'data' ? 'data.' : ''}${type}.${name}`
    return resources.items.find((r) => str(get(r, 'address')) === want)
  }

  // ----- resources of the plan
  interface PlanResource {
    address: string
    type: string
    mode: string
    index: string
    prefix: string
    modulePath: string[]
    node: SMap
  }
  const resources: PlanResource[] = []
  // Every address planned_values lists, read or not: what resource_changes plans beyond them is said.
  const listed = new Set<string>()
  const skippedResource = (node: SNode, message: string) => planProblem(node.start, 'PLAN_JSON_SHAPE', message)
  // A part of the plan that is not what Terraform writes is said, never skipped in silence: the
  // resources in it would otherwise pass unseen.
  const notAList = (n: SNode, key: string) => skippedResource(n, `"${key}" is not a list, so what it holds was not scanned`)
  const walk = (m: SNode | undefined, depth: number) => {
    if (m === undefined || absent(m)) return
    if (!isMap(m)) return skippedResource(m, 'a module in the plan is not an object, so it was not scanned')
    if (depth > MAX_MODULE_DEPTH) return skippedResource(m, `modules nested deeper than ${MAX_MODULE_DEPTH} levels were not scanned`)
    const list = get(m, 'resources')
    if (list && list.kind !== 'seq' && !absent(list)) notAList(list, 'resources')
    if (list && list.kind === 'seq') {
      for (const r of list.items) {
        if (!isMap(r)) {
          skippedResource(r, 'a resource that is not an object was skipped')
          continue
        }
        const address = str(get(r, 'address'))
        const type = str(get(r, 'type'))
        const values = get(r, 'values')
        // Terraform never writes these; a hand-edited or generated plan might. Read without them,
        // a bucket would pass or fail on settings nobody can see.
        if (!address || !type) {
          skippedResource(r, `a resource without ${!address ? 'a string "address"' : 'a string "type"'} was skipped`)
          continue
        }
        listed.add(address)
        // A deposed object (`deposed_key`, in a state: what a `create_before_destroy` replacement
        // left behind, which the next apply destroys) shares the address of the current object, and
        // read as a second bucket of that address it doubled its findings or lent it its settings.
        // A forgotten one is no longer Terraform's to manage (and has no values to read).
        if (!absent(get(r, 'deposed_key')) || forgotten.has(address)) continue
        if (values !== undefined && !isMap(values)) {
          skippedResource(values, `${address}: "values" is not an object, so the resource was skipped`)
          continue
        }
        const mode = str(get(r, 'mode')) ?? 'managed'
        // Terraform writes only these two; read as neither, a bucket under another spelling
        // (`"Managed"`) went unchecked without a word.
        if (mode !== 'managed' && mode !== 'data') {
          skippedResource(
            r,
            `${address}: "mode" is ${JSON.stringify(mode).slice(0, 80)}, not "managed" or "data", so the resource was skipped`,
          )
          continue
        }
        // Terraform leaves "values" out only when no attribute is known yet (its change's "after" is
        // `{}`). Otherwise it was cut out, and read as empty a public ACL passed as a private one.
        const after = afters.get(address)
        if (values === undefined && mode === 'managed' && isReadType(type) && !(isMap(after) && after.entries.length === 0)) {
          skippedResource(r, `${address}: the resource has no "values", so it was skipped`)
          continue
        }
        resources.push({
          address,
          type,
          mode,
          index: indexSuffix(get(r, 'index')),
          prefix: modulePrefixOf(address),
          modulePath: modulePathOf(address),
          node: r,
        })
      }
    }
    const children = get(m, 'child_modules')
    if (children && children.kind === 'seq') for (const c of children.items) walk(c, depth + 1)
    else if (children && !absent(children)) notAList(children, 'child_modules')
  }
  walk(rootValues, 0)
  // Terraform lists every resource a plan keeps in planned_values; one it creates or updates that is
  // missing there (a hand-edited plan) has no values to check, and would pass unseen.
  for (const [address, c] of planned) {
    const type = str(get(c, 'type'))
    if (listed.has(address) || !type || !isReadType(type)) continue
    planProblem(
      c.start,
      'PLAN_JSON_SHAPE',
      `${address}: resource_changes plans it, but planned_values does not list it, so it was not scanned`,
    )
  }
  // `terraform plan -refresh-only` changes no resource: planned_values is empty, and the buckets as
  // they are sit in prior_state alone. Read as a plan it passed with 0 buckets.
  const priorState = getEntry(root, 'prior_state')
  const priorRoot = get(get(priorState?.value, 'values'), 'root_module')
  // A managed resource of a module there (data sources are read again by every plan).
  const holds = (m: SNode | undefined, depth = 0): boolean => {
    const list = get(m, 'resources')
    const children = get(m, 'child_modules')
    return (
      (list?.kind === 'seq' && list.items.some((r) => str(get(r, 'mode')) !== 'data')) ||
      (depth < MAX_MODULE_DEPTH && children?.kind === 'seq' && children.items.some((c) => holds(c, depth + 1)))
    )
  }
  if (priorState && !resources.length && !(changes?.kind === 'seq' && changes.items.length > 0) && holds(priorRoot))
    planProblem(
      priorState.keyStart,
      'PLAN_REFRESH_ONLY',
      'This plan changes no resource (terraform plan -refresh-only): the resources as they are, in its prior_state, were not checked; scan `terraform show -json` of the state, or of a plan made without -refresh-only',
    )
  // Terraform marks a plan "complete": false when it was made with `-target` (or deferred changes,
  // said above): it plans only the targets and what they depend on, so a bucket's public access
  // block or policy, which depend on the bucket, were left out and its findings read as missing.
  // (One that plans nothing applies nothing either.)
  const complete = getEntry(root, 'complete')
  if (
    resources.some((r) => r.mode === 'managed') &&
    complete?.value.kind === 'scalar' &&
    complete.value.value === false &&
    !(errored?.value.kind === 'scalar' && errored.value.value === true) &&
    !(deferred?.kind === 'seq' && deferred.items.length > 0)
  ) {
    const plannedHere = new Set(
      resources.map((r) => `${r.modulePath.join('.')}|${r.mode === 'data' ? 'data.' : ''}${r.type}.${str(get(r.node, 'name'))}`),
    )
    const left: string[] = []
    const visit = (m: SNode | undefined, modulePath: string[], depth: number) => {
      if (depth > MAX_MODULE_DEPTH) return
      const list = get(m, 'resources')
      if (list?.kind === 'seq')
        for (const c of list.items) {
          const address = str(get(c, 'address'))
          const type = str(get(c, 'type'))
          if (!address || !type || str(get(c, 'mode')) === 'data' || !isReadType(type)) continue
          if (!plannedHere.has(`${modulePath.join('.')}|${address}`))
            left.push([...modulePath.map((x) => `module.${x}`), address].join('.'))
        }
      const calls = get(m, 'module_calls')
      if (isMap(calls)) for (const c of calls.entries) visit(get(c.value, 'module'), [...modulePath, c.key], depth + 1)
    }
    visit(configRoot, [], 0)
    if (left.length)
      planProblem(
        complete.keyStart,
        'PLAN_INCOMPLETE',
        `Terraform made this plan with -target ("complete": false), so ${left.length} S3-related resource${left.length === 1 ? '' : 's'} of the configuration (${left.slice(0, 3).join(', ')}${left.length > 3 ? ', ...' : ''}) ${left.length === 1 ? 'was' : 'were'} not planned nor checked, and findings on the buckets may miss their settings`,
      )
  }
  const bucketAddresses = new Set(resources.filter((r) => r.mode === 'managed' && r.type === 'aws_s3_bucket').map((r) => r.address))
  const managedAddresses = new Set(resources.filter((r) => r.mode === 'managed').map((r) => r.address))

  // The plan resolves `aws_s3_bucket.b.arn` to the bucket's ARN text; turn such ARNs back into
  // placeholders so a plan gives the same model as its sources (rules match both the same way).
  const bucketByName = new Map<string, string>()
  // Names more than one bucket of the plan has (a made-up plan: S3 names are unique).
  const sharedNames = new Set<string>()
  for (const r of resources) {
    if (r.mode !== 'managed' || r.type !== 'aws_s3_bucket') continue
    const name = str(get(get(r.node, 'values'), 'bucket'))
    if (name && bucketByName.has(name)) sharedNames.add(name)
    if (name) bucketByName.set(name, r.address)
  }
  /** The one bucket of the plan a known planned value names (`my-bucket`, `arn:aws:s3:::my-bucket`). */
  const bucketNamedBy = (planned: SNode | undefined): string | undefined => {
    const s = str(planned)
    const name = s?.startsWith('arn:') ? /^arn:aws(?:-cn|-us-gov)?:s3:::([^/]+)$/.exec(s)?.[1] : s
    return name !== undefined && !sharedNames.has(name) ? bucketByName.get(name) : undefined
  }
  /**
   * The bucket a reference names, as `bucketFromRefs` reads it, unless the planned value is known
   * and names another bucket of the plan: the references of `aws_s3_bucket.b[count.index + 1].id`
   * are `aws_s3_bucket.b` and `count.index`, read as the instance with the resource's own key, and
   * the public access block of b[1] protected b[0].
   */
  const referencedBucket = (pr: PlanResource, refs: string[], planned: SNode | undefined): string | undefined => {
    const target = bucketFromRefs(pr.prefix, pr.modulePath, refs, pr.index)
    return target === undefined ? undefined : (bucketNamedBy(planned) ?? target)
  }
  const arnRe = /arn:aws(?:-cn|-us-gov)?:s3:::([a-z0-9][a-z0-9.-]*[a-z0-9])(?![a-z0-9.-])/g
  const arnsToPlaceholders = (s: string, at: Origin): TfValue => {
    if (!bucketByName.size || !s.includes(':s3:::')) return { k: 'string', v: s, at }
    const parts: StrPart[] = []
    let last = 0
    arnRe.lastIndex = 0
    for (let m = arnRe.exec(s); m; m = arnRe.exec(s)) {
      const id = bucketByName.get(m[1]!)
      if (!id) continue
      parts.push(s.slice(last, m.index), { kind: 'bucket', id, attr: 'arn' })
      last = m.index + m[0].length
    }
    if (!last) return { k: 'string', v: s, at }
    parts.push(s.slice(last))
    return strFromParts(parts, at)
  }

  /** The bucket a list of configuration references names (`aws_s3_bucket.b.id`, a module output...). */
  const bucketFromRefs = (prefix: string, modulePath: string[], refs: string[], selfIndex: string, depth = 0): string | undefined => {
    for (const ref of refs) {
      const b = BUCKET_REF.exec(ref)
      if (b) {
        const base = `${prefix}aws_s3_bucket.${b[1]}`
        for (const candidate of [b[2] ? `${base}${b[2]}` : undefined, base, `${base}${selfIndex}`])
          if (candidate && bucketAddresses.has(candidate)) return candidate
        continue
      }
      // `module.m[each.key].bucket_id` is reported as just `module.m`: if the module's outputs
      // name exactly one bucket, that is the one, in the instance with our own key.
      const bare = MODULE_REF.exec(ref)
      if (bare && depth < 8) {
        const outputs = get(configModule([...modulePath, bare[1]!]), 'outputs')
        const found = new Set<string>()
        if (isMap(outputs)) {
          for (const o of outputs.entries) {
            const list = refsOf(get(o.value, 'expression'))
            for (const key of bare[2] ? [bare[2]] : [selfIndex, '']) {
              const addr = bucketFromRefs(`${prefix}module.${bare[1]}${key}.`, [...modulePath, bare[1]!], list, '', depth + 1)
              if (addr) {
                found.add(addr)
                break
              }
            }
          }
        }
        if (found.size === 1) return [...found][0]
        continue
      }
      // `var.bucket` in a module: the bucket the call passes for it, when it passes exactly one.
      const input = VAR_REF.exec(ref)
      if (input && modulePath.length && depth < 8) {
        const call = LAST_MODULE_CALL.exec(prefix)
        const callerPath = modulePath.slice(0, -1)
        const expr = get(
          get(get(get(configModule(callerPath), 'module_calls'), modulePath[modulePath.length - 1]!), 'expressions'),
          input[1]!,
        )
        // `module "m" { for_each = aws_s3_bucket.b, bucket = each.value.id }`: each.value is that
        // bucket, in the instance with the call's key.
        const forEach = eachValueRefs(
          get(get(get(configModule(callerPath), 'module_calls'), modulePath[modulePath.length - 1]!), 'for_each_expression'),
        )
        const found = new Set<string>()
        for (const r of withEachValue(refsOf(expr), forEach)) {
          const addr = bucketFromRefs(prefix.slice(0, call?.index ?? 0), callerPath, [r], call?.[1] ?? '', depth + 1)
          if (addr) found.add(addr)
        }
        if (found.size === 1) return [...found][0]
        continue
      }
      const out = OUTPUT_REF.exec(ref)
      if (out && depth < 8) {
        const outputRefs = get(get(get(get(configModule([...modulePath, out[1]!]), 'outputs'), out[3]!), 'expression'), 'references')
        const list = outputRefs && outputRefs.kind === 'seq' ? outputRefs.items.map(str).filter((x): x is string => !!x) : []
        const found = bucketFromRefs(`${prefix}module.${out[1]}${out[2] ?? ''}.`, [...modulePath, out[1]!], list, '', depth + 1)
        if (found) return found
      }
    }
    return undefined
  }
  /**
   * An expression that references one id, ARN or name of one managed resource of the plan
   * (`aws_kms_key.k.arn`, with `aws_kms_key.k` that Terraform lists beside it) reads, when its
   * value is known only after apply, as HCL reads it: a placeholder for that attribute.
   */
  const computedPlaceholder = (prefix: string, refs: string[]): TfValue | undefined => {
    const attrs = refs.filter((x) => x.split('.').length > 2 || /\]\./.test(x))
    if (attrs.length !== 1) return undefined
    const m = ATTRIBUTE_REF.exec(attrs[0]!)
    if (!m || /^(data|var|local|module|each|count|path|terraform|self)$/.test(m[1]!) || m[1] === 'aws_s3_bucket') return undefined
    if (!/(^|_)(id|arn|name)$/.test(m[4]!)) return undefined
    // Anything else referenced (a variable, another resource) makes it a composite value.
    const base = `${m[1]}.${m[2]}`
    if (!refs.every((x) => x === attrs[0] || x === base || x === `${base}${m[3] ?? ''}`)) return undefined
    const id = `${prefix}${base}${m[3] ?? ''}`
    if (!managedAddresses.has(id)) return undefined
    return { k: 'sym', parts: [{ kind: 'resource', id, type: m[1]!, attr: m[4]! }] }
  }
  const refsOf = (expr: SNode | undefined): string[] => {
    const refs = get(expr, 'references')
    return refs && refs.kind === 'seq' ? refs.items.map(str).filter((x): x is string => !!x) : []
  }
  /**
   * What `each.value` may refer to under a `for_each` expression: its references when they name one
   * resource, module or value (`aws_s3_bucket.b`, with `aws_s3_bucket.b.id` beside it). Over two
   * (`{ a = aws_s3_bucket.a, b = aws_s3_bucket.b }`, `merge(local.more, ...)`) which one an
   * instance gets depends on its key, so none is taken: linking every instance to the first would
   * give one bucket the settings of all and leave the others without.
   */
  const eachValueRefs = (forEach: SNode | undefined): string[] => {
    const refs = refsOf(forEach)
    const subjects = new Set(refs.map(refSubject).filter((x): x is string => x !== undefined))
    return subjects.size === 1 ? refs : []
  }
  const withEachValue = (refs: string[], forEach: string[]): string[] =>
    refs.flatMap((x) => (x === 'each.value' || x.startsWith('each.value.') || x.startsWith('each.value[') ? forEach : [x]))

  const providerConfigs = get(get(root, 'configuration'), 'provider_config')
  const accounts = new Map<string, string | undefined>()
  /**
   * The account key (`Bucket.deployedBy`) of the provider configuration a resource's
   * `provider_config_key` names, from the settings that choose the credentials, as
   * `providerAccounts` reads them from the sources. Terraform keys a resource of a child module
   * by the configuration its caller passes or lends it (`aws`, `aws.audit`), and by one of the
   * module's own (`module.data:aws`) when the module declares it. Such a declared block without
   * settings may be a proxy for what the caller passes, which the plan does not tell, and settings
   * that refer to anything are the module's own values: both get a key of their own.
   */
  const accountOf = (key: string | undefined): string | undefined => {
    if (!key || !isMap(providerConfigs)) return undefined
    if (accounts.has(key)) return accounts.get(key)
    const pc = get(providerConfigs, key)
    let out: string | undefined
    if (!isMap(pc)) out = key === 'aws' ? undefined : `?${key}`
    else {
      const expressions = get(pc, 'expressions')
      const inModule = !!str(get(pc, 'module_address'))
      const parts: string[] = []
      let refers = false
      if (isMap(expressions))
        for (const e of expressions.entries) {
          if (!ACCOUNT_SETTINGS.has(e.key)) continue
          parts.push(`${e.key}:${jsonText(e.value) ?? `?${key}`}`)
          if (hasReferences(e.value)) refers = true
        }
      const text = parts.sort().join('\n')
      if (inModule && (!isMap(expressions) || expressions.entries.length === 0)) out = `?${key}`
      else if (inModule && refers) out = `${text}\n@${key}`
      else out = text === '' ? undefined : text
    }
    accounts.set(key, out)
    return out
  }

  const records: { buckets: ResourceRecord[]; settings: ResourceRecord[]; others: ResourceRecord[] } = {
    buckets: [],
    settings: [],
    others: [],
  }
  for (const pr of resources) {
    const kind =
      pr.mode !== 'managed'
        ? undefined
        : BUCKET_TYPES.has(pr.type)
          ? 'buckets'
          : BUCKET_SETTING_TYPES.has(pr.type)
            ? 'settings'
            : OTHER_TYPES.has(pr.type)
              ? 'others'
              : undefined
    if (!kind) continue
    const name = str(get(pr.node, 'name')) ?? ''
    const place = findBlock(rootSource, pr.modulePath, 'managed', pr.type, name)
    const config = configResource(pr.modulePath, pr.mode, pr.type, name)
    // Terraform leaves `expressions` out of a resource whose body is empty (`resource "aws_s3_bucket"
    // "b" {}`): nothing is written, so computed values must not be read as written ones.
    const expressions: SNode | undefined =
      get(config, 'expressions') ?? (config ? { kind: 'map', entries: [], start: config.start, end: config.end } : undefined)
    // `for_each = aws_s3_bucket.b` with `bucket = each.value.id`: each.value is that bucket (with our key).
    const forEachRefs = eachValueRefs(get(config, 'for_each_expression'))
    const refsIn = (expr: SNode | undefined): string[] => withEachValue(refsOf(expr), forEachRefs)
    const addrEntry = getEntry(pr.node, 'address')
    const planHeader: Origin = {
      f: planF,
      s: addrEntry ? addrEntry.keyStart : pr.node.start,
      e: addrEntry ? addrEntry.value.end : pr.node.start + 1,
    }
    const header = place ? blockHeader(place.f, place.block) : planHeader
    const cctx: ConvertContext = {
      planF,
      address: pr.address,
      markSensitive: (v, what, at) => markSensitive(sensitive, v, what, at),
      bucketPlaceholder: (expr, attrName, planned) => {
        if (!BUCKET_ATTRIBUTES.has(attrName)) return undefined
        const target = referencedBucket(pr, refsIn(expr), planned)
        if (!target) return undefined
        // `aws_s3_bucket.b[count.index + 1].arn` lists no `.arn` reference: a known value tells.
        const known = str(planned)
        const arn = known !== undefined ? known.startsWith('arn:') : refsOf(expr).some((x) => /\.arn$/.test(x))
        return { k: 'sym', parts: [{ kind: 'bucket', id: target, attr: arn ? 'arn' : 'name' }] }
      },
      computedPlaceholder: (expr) => computedPlaceholder(pr.prefix, refsIn(expr)),
      text: arnsToPlaceholders,
      writtenBlocks: WRITTEN_BLOCKS[pr.type],
      created: created.has(pr.address),
    }
    let value: TfValue | undefined
    const body = (): BodyView => {
      value ??= convertObject(
        cctx,
        get(pr.node, 'values'),
        unknownMasks.get(pr.address),
        isMap(expressions) ? expressions : undefined,
        place,
        header,
        place !== undefined,
        sensitivityOf(pr),
      )
      return new ValueBodyView(value as TfObject, header, pr.address)
    }
    const related: ResourceRecord['related'] = []
    const commentBlocks = place ? [blockKey(place.f, place.block.start)] : []
    let ms: ModuleSource | undefined = rootSource
    let prefix = ''
    for (const call of pr.modulePath) {
      const mc = ms?.config.modules.get(call)
      const callAddress = MODULE_CALL.exec(pr.address.slice(prefix.length))?.[1] ?? `module.${call}`
      prefix += `${callAddress}.`
      if (mc) {
        related.unshift({ message: `module "${call}" is called here`, at: files.at(blockHeader(mc.f, mc.block), prefix.slice(0, -1)) })
        commentBlocks.push(blockKey(mc.f, mc.block.start))
      }
      ms = ms?.children.get(call)
    }
    const rec: ResourceRecord = {
      address: pr.address,
      type: pr.type,
      header,
      body,
      related: related.length ? boundedCallSites(related) : undefined,
      commentBlocks,
      mentions: config ? (address) => configNames(config, address) : undefined,
      deployedBy: () => accountOf(str(get(config, 'provider_config_key'))),
      bucketRef: () => {
        const target = referencedBucket(pr, refsIn(get(expressions, 'bucket')), get(get(pr.node, 'values'), 'bucket'))
        if (target) return { k: 'sym', parts: [{ kind: 'bucket', id: target, attr: 'name' }] }
        return body().attr('bucket')?.value
      },
    }
    records[kind].push(rec)
  }

  const commentFiles: ModelInput['commentFiles'] = []
  const visitSources = (s: ModuleSource | undefined) => {
    if (!s) return
    for (const file of s.config.files)
      if (file.comments.length) commentFiles.push({ f: file.f, blocks: file.body.blocks.map((b) => ({ start: b.start, end: b.end })) })
    for (const c of s.children.values()) visitSources(c)
  }
  visitSources(rootSource)

  const built = modelFromResources({
    unit: unit.id,
    format: 'terraform-plan',
    files,
    limits: ctx.limits,
    ...records,
    extraBuckets: [],
    commentFiles,
    note: (m) => notes.push(m),
  })
  appendAll(problems, built.problems)
  // A destroy plan keeps nothing: what it deletes is not checked, and beside the sources it says
  // nothing of them. Its variables (often any value that lets the destroy plan) are not the ones
  // the configuration is deployed with, and read into the sources they took findings away.
  const destroyPlan = destroys > 0 && destroyOnly && !resources.some((r) => r.mode === 'managed')
  if (destroyPlan) notes.push(`${planFile.rel}: a destroy plan (every change deletes), so no resource of it was checked`)
  else if (rootSource)
    notes.push(`${planFile.rel}: findings are reported at the .tf sources in ${ctx.displayPath(path.dirname(planFile.abs))}`)
  const load: UnitLoad = { models: [built.model], problems, notes: [...notes, ...built.notes], texts, sensitiveTexts: sensitive.texts }
  if (rootSource && !destroyPlan) {
    // Subjects, and the resources findings are reported on instead (the policy that opens a bucket).
    const addresses = new Set(subjectsOf(built.model).map((s) => s.id))
    for (const r of [...records.buckets, ...records.settings, ...records.others]) addresses.add(r.address)
    load.covers = { unit: path.posix.dirname(unit.id), resources: [...addresses] }
    const variables = passedVariables(root, configRoot)
    if (variables.length) load.covers.variables = variables
  }
  return load
}

/**
 * The plan's root variables whose value is not the default its own copy of the configuration
 * declares: what `-var`, `-var-file` or `TF_VAR_` set for this run. A default the pull request has
 * changed since is not among them, so the sources keep theirs.
 */
function passedVariables(root: SNode, configRoot: SNode | undefined): [string, string][] {
  const out: [string, string][] = []
  const variables = get(root, 'variables')
  if (!isMap(variables)) return out
  const declared = get(configRoot, 'variables')
  for (const e of variables.entries) {
    const value = get(e.value, 'value')
    // A sensitive one too: the sources evaluate it, and mask its texts (`ModuleInstance.variable`).
    if (value === undefined) continue
    const text = jsonText(value)
    const def = get(get(declared, e.key), 'default')
    // A value too large to compare is left to the sources' own reading.
    if (text === undefined || (def !== undefined && jsonText(def) === text)) continue
    out.push([e.key, text])
  }
  return out
}

function jsonText(node: SNode): string | undefined {
  try {
    return canonicalJson(toPlain(node))
  } catch (e) {
    if (e instanceof RangeError) return undefined
    throw e
  }
}

/** JSON with object keys sorted, so that equal values give equal text. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(v)
}

/** Whether a configuration expression refers to anything (its `references`), at any depth. */
function hasReferences(node: SNode): boolean {
  if (node.kind === 'scalar') return false
  if (node.kind === 'seq') return node.items.some(hasReferences)
  return node.entries.some((e) => (e.key === 'references' && e.value.kind === 'seq' && e.value.items.length > 0) || hasReferences(e.value))
}

/**
 * Whether a resource's `configuration` entry names `address`: in `depends_on`, or among the
 * `references` of any of its expressions (`aws_s3_bucket_public_access_block.b.bucket`).
 */
function configNames(config: SNode, address: string): boolean {
  const names = (x: string) => x === address || x.startsWith(`${address}.`) || x.startsWith(`${address}[`)
  const walk = (node: SNode, key?: string): boolean => {
    if (node.kind === 'scalar') return (key === 'depends_on' || key === 'references') && typeof node.value === 'string' && names(node.value)
    if (node.kind === 'seq') return node.items.some((item) => walk(item, key))
    return node.entries.some((e) => walk(e.value, e.key))
  }
  return walk(config)
}
