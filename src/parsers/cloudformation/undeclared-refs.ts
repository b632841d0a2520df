/**
 * `Ref`, `Fn::GetAtt` and `Fn::Sub` variables naming nothing the template declares. CloudFormation
 * rejects such a template ("Unresolved resource dependencies"); read on, the usual cause, a typo in
 * a bucket policy's `Bucket: !Ref`, silently detached the policy from its bucket. Said once per
 * name, at its first use in the file.
 */
import type { Problem } from '../../engine/finding.js'
import { ownEntry } from '../../own-entry.js'
import type { LineIndex } from '../shared/line-index.js'
import { get, type SMap, type SNode } from '../shared/source-tree.js'

/** What `Ref` and `${...}` accept besides parameters and resources. */
const PSEUDO_PARAMETERS: Record<string, true> = {
  'AWS::AccountId': true,
  'AWS::NotificationARNs': true,
  'AWS::NoValue': true,
  'AWS::Partition': true,
  'AWS::Region': true,
  'AWS::StackId': true,
  'AWS::StackName': true,
  'AWS::URLSuffix': true,
}

/** The sections whose intrinsic functions CloudFormation resolves against the template's names. */
const CHECKED_SECTIONS = ['Resources', 'Outputs', 'Conditions']

interface Use {
  name: string
  offset: number
  count: number
}

/**
 * Undeclared names of a template as written. Not checked when something other than the template
 * declares names: a `Transform` (SAM's implicit roles and APIs, language extensions' loop
 * variables, macros), an `Fn::Transform` among the resources, or the Serverless Framework's own
 * resources beside `resources:` (`frameworkNames`).
 */
export function undeclaredReferences(
  root: SMap,
  src: { file: string; lines: LineIndex; text: string },
  frameworkNames: boolean,
): Problem[] {
  if (frameworkNames || get(root, 'Transform')) return []
  const resources = get(root, 'Resources')
  if (resources?.kind !== 'map' || resources.entries.some((e) => e.key === 'Fn::Transform')) return []
  const declared = new Set<string>(resources.entries.map((e) => e.key))
  const parameters = get(root, 'Parameters')
  if (parameters?.kind === 'map') for (const e of parameters.entries) declared.add(e.key)
  const isDeclared = (name: string) => declared.has(name) || ownEntry(PSEUDO_PARAMETERS, name) !== undefined
  const uses = new Map<string, Use>()
  const use = (name: string, offset: number) => {
    if (isDeclared(name)) return
    const u = uses.get(name)
    if (u) {
      u.count++
      u.offset = Math.min(u.offset, offset)
    } else uses.set(name, { name, offset, count: 1 })
  }
  const stack: SNode[] = []
  for (const section of CHECKED_SECTIONS) {
    const s = get(root, section)
    if (s) stack.push(s)
  }
  // A stack, not recursion: nesting is bounded by `--max-depth`, which may be 1,000. Order does not
  // matter (each name keeps its first place); scalars, most nodes, are never pushed.
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.kind === 'seq') {
      for (const item of node.items) if (item.kind !== 'scalar') stack.push(item)
      continue
    }
    if (node.kind !== 'map') continue
    const entries = node.entries
    if (entries.length === 1) {
      const { key, value } = entries[0]!
      if (key === 'Ref') {
        if (value.kind === 'scalar' && typeof value.value === 'string') use(value.value, node.start)
        continue
      }
      if (key === 'Fn::GetAtt') getAttTarget(value, node.start, use)
      else if (key === 'Fn::Sub') subVariables(value, src.text, use)
    }
    for (const e of entries) if (e.value.kind !== 'scalar') stack.push(e.value)
  }
  return [...uses.values()]
    .sort((a, b) => a.offset - b.offset)
    .map((u) => {
      const at = src.lines.position(u.offset)
      const more = u.count > 1 ? ` (used ${u.count} times)` : ''
      return {
        code: 'CFN_UNDECLARED',
        file: src.file,
        line: at.line,
        column: at.column,
        message: `Reference to ${u.name}, which is neither a parameter nor a resource of this template${more}: CloudFormation rejects the template, and what refers to it was not linked`,
        level: 'warning' as const,
      }
    })
}

function getAttTarget(arg: SNode, offset: number, use: (name: string, offset: number) => void): void {
  if (arg.kind === 'scalar' && typeof arg.value === 'string') use(arg.value.split('.', 1)[0]!, offset)
  else if (arg.kind === 'seq') {
    const id = arg.items[0]
    if (id?.kind === 'scalar' && typeof id.value === 'string') use(id.value, offset)
  }
}

/** `${Name}` and `${Name.Attr}` of a literal `Fn::Sub` template, but not its own variables or `${!Literal}`. */
function subVariables(arg: SNode, text: string, use: (name: string, offset: number) => void): void {
  const template = arg.kind === 'seq' ? arg.items[0] : arg
  if (template?.kind !== 'scalar' || typeof template.value !== 'string') return
  const map = arg.kind === 'seq' ? arg.items[1] : undefined
  const local = new Set(map?.kind === 'map' ? map.entries.map((e) => e.key) : [])
  // `[^{}]`: an unclosed `${` must not scan to the end of the text (quadratic in a run of them).
  const re = /\$\{([^{}]*)\}/g
  for (let m = re.exec(template.value); m; m = re.exec(template.value)) {
    const inner = m[1]!.trim()
    if (inner.startsWith('!') || local.has(inner)) continue
    const name = inner.split('.', 1)[0]!
    if (local.has(name)) continue
    // The variable's own line when the text holds it as written (a block scalar's policy JSON).
    const found = text.indexOf(m[0], template.start)
    use(name, found >= 0 && found < template.end ? found : template.start)
  }
}
