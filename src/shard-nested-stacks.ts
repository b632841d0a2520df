/**
 * A nested stack's template is scanned with the values its parent passes to its parameters
 * (`withParentParameters` in scan.ts), which only works when the parent is in the same scan. In
 * shards that fell apart, the child was read at its defaults (`Acl: PublicReadWrite` passed,
 * `Default: Private` read as private) and the merge differed from one scan. So, when sharding, a
 * template goes to the shard of the templates that name it as a nested stack.
 *
 * The link is found by a look at the text, not a parse (the shard is chosen before anything is
 * parsed): a match that is not a nested stack only keeps two templates in one shard, which
 * changes no result.
 */
import { readRegularFile } from './read-regular-file.js'
import path from 'node:path'
import type { ScanUnit } from './parsers/types.js'

/** `TemplateURL: child.yaml`, `"TemplateURL": "./child.json"`, SAM's `Location: nested/app.yaml`. */
const NESTED_TEMPLATE = /\b(?:TemplateURL|Location)["']?\s*:\s*["']?([^"'\s,{}[\]#]+)/g

/** Gives every CloudFormation template and the templates it nests (and theirs) one `shardKey`. */
export function shardNestedStacksWithParents(units: ScanUnit[], read: (abs: string) => string | undefined = readText): void {
  const templates = new Map(units.filter((u) => u.plugin === 'cloudformation').map((u) => [u.id, u]))
  const group = new Groups()
  for (const unit of templates.values()) {
    for (const file of unit.files) {
      const text = read(file.abs)
      if (text === undefined) continue
      for (const m of text.matchAll(NESTED_TEMPLATE)) {
        const url = m[1]!
        if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) continue
        const child = path.posix.normalize(path.posix.join(path.posix.dirname(file.rel), url))
        if (child !== unit.id && templates.has(child)) group.join(unit.id, child)
      }
    }
  }
  for (const [id, unit] of templates) {
    const key = group.keyOf(id)
    if (key !== id) unit.shardKey = key
  }
}

function readText(abs: string): string | undefined {
  try {
    // Listed as a file, but maybe a named pipe by now: opened without blocking.
    const r = readRegularFile(abs)
    return 'bytes' in r ? r.bytes.toString('utf8') : undefined
  } catch {
    // A file that cannot be read now is reported when its unit is loaded.
    return undefined
  }
}

/** Union-find over ids; a group's key is its smallest id, whatever order the links came in. */
class Groups {
  private readonly parent = new Map<string, string>()

  private find(id: string): string {
    let root = id
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p
    // Path compression: the next look-up of any id on the way is one step.
    for (let at = id; at !== root;) {
      const next = this.parent.get(at)!
      this.parent.set(at, root)
      at = next
    }
    return root
  }

  join(a: string, b: string): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra === rb) return
    // The smaller id stays the root, so the key is the group's smallest id.
    if (ra < rb) this.parent.set(rb, ra)
    else this.parent.set(ra, rb)
  }

  keyOf(id: string): string {
    return this.parent.has(id) ? this.find(id) : id
  }
}
