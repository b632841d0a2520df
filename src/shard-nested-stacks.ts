/**
 * A nested stack's template is scanned with the values its parent passes to its parameters
 * (`withParentParameters` in scan.ts), which only works when the parent is in the same scan. In
 * shards that fell apart, the child was read at its defaults (`Acl: PublicReadWrite` passed,
 * `Default: Private` read as private) and the merge differed from one scan. So, when sharding, a
 * template goes to the shard of the templates that name it as a nested stack.
 *
 * A template is parsed here only when its text could name a nested stack (it says `TemplateURL`
 * or `Location`, or holds an escape that could spell either), and parsed as it is scanned: a look
 * at the raw text missed a path written as a folded scalar, after a comment, with `!!str`, with
 * `#` in it, in JSON escapes or in UTF-16, and the child was read apart from its parent.
 */
import { readRegularFile } from './read-regular-file.js'
import type { ScanUnit } from './parsers/types.js'
import { decodeText } from './text-encoding.js'

/** The local templates a template names as nested stacks (`file`: its relative path), parsed as it is scanned. */
export type NestedTemplates = (text: string, file: string) => string[]

/**
 * Text that may name a nested stack: a key for one, or an escape that could spell one (`\u0055`
 * in JSON or YAML, `\x55` or an escaped line break in a YAML double-quoted key).
 */
const MAY_NAME_NESTED = /TemplateURL|Location|\\[uUx]|\\\r?\n/

/** Gives every CloudFormation template and the templates it nests (and theirs) one `shardKey`. */
export function shardNestedStacksWithParents(
  units: ScanUnit[],
  nestedOf: NestedTemplates,
  read: (abs: string) => string | undefined = readText,
): void {
  const templates = new Map(units.filter((u) => u.plugin === 'cloudformation').map((u) => [u.id, u]))
  const group = new Groups()
  for (const unit of templates.values()) {
    for (const file of unit.files) {
      const text = read(file.abs)
      if (text === undefined || !MAY_NAME_NESTED.test(text)) continue
      for (const child of nestedOf(text, file.rel)) if (child !== unit.id && templates.has(child)) group.join(unit.id, child)
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
    return 'bytes' in r ? decodeText(r.bytes) : undefined
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
