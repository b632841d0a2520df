/**
 * Terraform root modules share buckets through their state: one root declares the bucket and
 * outputs it (`output "site_bucket" { value = aws_s3_bucket.site.id }`), another reads the output
 * with `data "terraform_remote_state"` and attaches a bucket policy to it (a CDN root adding its
 * origin-access statements is the common case). Each root is a unit of its own, so the bucket's
 * root said "no bucket policy" with certainty. These links let `src/cross-stack.ts` join the two:
 * the output is named by the state it lives in (the backend's bucket and key, the workspace's
 * organization and name, a local path) and its name. A state not known statically (a partial
 * backend completed at `terraform init`, a config built from variables, a non-default workspace)
 * stands for any state, so such a link is a "maybe": the findings become unknown, naming the policy.
 */
import path from 'node:path'
import { STATE_OUTPUT_OF, type NamePattern } from '../../model/stack-links.js'
import { attr, type Block } from './hcl/ast.js'
import { literalString } from './module-config.js'
import type { ModuleInstance } from './module-instance.js'
import type { TfValue } from './eval/value.js'

/** What a root module offers other roots, and how its own remote-state references read. */
export interface StateLinks {
  /** The root's buckets by resource id, with each output that is the bucket's name or ARN. */
  outputsOf: Map<string, NamePattern[]>
  /** `data.terraform_remote_state.<name>.outputs.<output>` as a pattern; `undefined` for any other key. */
  readOf(key: string): NamePattern | undefined
}

/** An output of a state: known state → one literal piece; unknown → any state, then the name. */
function outputPattern(state: string | undefined, output: string): NamePattern {
  return state === undefined ? ['', `${STATE_OUTPUT_OF}${output}`] : [`${state}${STATE_OUTPUT_OF}${output}`]
}

/**
 * One state's identity from a backend's settings: what tells two states apart, nothing else
 * (credentials, Region and locking settings name no state). `undefined` when it is not known.
 */
function stateIdentity(
  backend: string,
  get: (key: string) => string | undefined,
  localDir: string,
  workspace: string | undefined,
): string | undefined {
  // Another workspace is another state under the same settings, and the root that writes it may
  // be applied in any workspace: not known statically.
  if (workspace !== undefined && workspace !== 'default') return undefined
  const all = (...keys: string[]) => {
    const values = keys.map(get)
    return values.every((v): v is string => v !== undefined && v !== '') ? values.join('/') : undefined
  }
  switch (backend) {
    case 's3':
    case 'oss':
    case 'cos':
      return prefixed(backend, all('bucket', 'key'))
    case 'gcs':
      return prefixed(backend, all('bucket') && `${get('bucket')}/${get('prefix') ?? ''}`)
    case 'azurerm':
      return prefixed(backend, all('storage_account_name', 'container_name', 'key'))
    case 'remote':
    case 'cloud':
      return prefixed('remote', all('organization', 'workspaces.name'))
    case 'local': {
      const p = get('path') ?? 'terraform.tfstate'
      return prefixed('local', path.posix.normalize(path.posix.join(localDir, p)))
    }
    default:
      return undefined
  }
}

const prefixed = (backend: string, id: string | undefined) => (id === undefined ? undefined : `${backend}:${id}`)

/** The directory of a root module as the scan shows its files (relative to the scan root). */
function displayDir(root: ModuleInstance): string {
  const f = root.config.files[0]
  return f ? path.posix.dirname(root.ctx.files.get(f.f).display) : '.'
}

/** The state a root module writes: its `backend` or `cloud` block. */
function ownState(root: ModuleInstance): string | undefined {
  for (const file of root.config.files) {
    for (const t of file.body.blocks) {
      if (t.type !== 'terraform') continue
      for (const b of t.body.blocks) {
        if (b.type === 'cloud') return stateIdentity('cloud', literalIn(b), displayDir(root), undefined)
        if (b.type === 'backend' && b.labels.length === 1)
          return stateIdentity(b.labels[0]!.value, literalIn(b), displayDir(root), undefined)
      }
    }
  }
  // No backend block: the settings may come from `terraform init -backend-config` (or a
  // generator such as Terragrunt), so which state this is cannot be told.
  return undefined
}

/** Literal attributes of a block, `a.b` reaching into nested blocks (`workspaces { name = … }`). */
function literalIn(block: Block): (key: string) => string | undefined {
  return (key) => {
    const [head, ...rest] = key.split('.')
    if (rest.length === 0) return literalString(attr(block.body, head!))
    const inner = block.body.blocks.find((b) => b.type === head)
    return inner ? literalIn(inner)(rest.join('.')) : undefined
  }
}

/** A string at `key` (`a.b` reaching into nested objects) of an evaluated object. */
function stringIn(v: TfValue | undefined): (key: string) => string | undefined {
  return (key) => {
    let cur = v
    for (const k of key.split('.')) cur = cur && cur.k === 'object' ? cur.attrs.get(k) : undefined
    return cur && cur.k === 'string' ? cur.v : undefined
  }
}

const BUCKET_OUTPUT = /^aws_s3_bucket\.[A-Za-z_][\w-]*\.(id|bucket|arn)$/
const REMOTE_READ = /^data\.terraform_remote_state\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)$/

export function readStateLinks(root: ModuleInstance): StateLinks {
  const files = root.ctx.files
  const outputsOf = new Map<string, NamePattern[]>()
  let own: string | undefined | null = null
  for (const o of root.config.outputs.values()) {
    if (!o.value) continue
    const text = files.oneLine(o.value.file ?? o.f, o.value.expr.start, o.value.expr.end)
    if (!BUCKET_OUTPUT.test(text)) continue
    const v = root.output(o.name, undefined)
    const p = v.k === 'sym' && v.parts.length === 1 ? v.parts[0] : undefined
    if (!p || typeof p === 'string' || p.kind !== 'bucket' || p.attr === 'domain') continue
    if (own === null) own = ownState(root)
    const list = outputsOf.get(p.id) ?? []
    list.push(outputPattern(own, o.name))
    outputsOf.set(p.id, list)
  }
  const reads = new Map<string, string | undefined>()
  const stateOfRead = (name: string): string | undefined => {
    if (reads.has(name)) return reads.get(name)
    const inst = root.resourceInstances(REMOTE_STATE, 'data').find((i) => i.address === `data.terraform_remote_state.${name}`)
    let id: string | undefined
    if (inst) {
      const view = inst.body()
      const backend = view.attr('backend')?.value
      const workspace = view.attr('workspace')?.value
      if (backend?.k === 'string' && (!workspace || workspace.k === 'string'))
        id = stateIdentity(
          backend.v,
          stringIn(view.attr('config')?.value),
          displayDir(root),
          workspace?.k === 'string' ? workspace.v : undefined,
        )
    }
    reads.set(name, id)
    return id
  }
  return {
    outputsOf,
    readOf: (key) => {
      const m = REMOTE_READ.exec(key)
      return m ? outputPattern(stateOfRead(m[1]!), m[2]!) : undefined
    },
  }
}

const REMOTE_STATE: ReadonlySet<string> = new Set(['terraform_remote_state'])
