/** Template-wide `Transform:` entries that name a macro, which may rewrite the whole template at deploy time. */
import type { Problem } from '../../engine/finding.js'
import type { LineIndex } from '../shared/line-index.js'
import { get, type SMap, type SNode } from '../shared/source-tree.js'
import { appendAll } from '../../append.js'

/**
 * AWS's own transforms: SAM and the language extensions are read here; the others add resources
 * outside S3 (deployment groups, secret rotation) and leave the buckets as written.
 */
const AWS_TRANSFORMS = new Set([
  'AWS::Serverless-2016-10-31',
  'AWS::LanguageExtensions',
  'AWS::CodeDeployBlueGreen',
  'AWS::SecretsManager-2020-07-23',
  'AWS::CodeStar',
])

/**
 * The entries of the template's own `Transform:` that s3-gate does not read: a macro, AWS::Include
 * (the map form) or a transform it cannot name. Each may rewrite the template at deploy time.
 */
export function unreadTransforms(root: SMap): { node: SNode; name: string | undefined }[] {
  const transform = get(root, 'Transform')
  const names: SNode[] = transform?.kind === 'seq' ? transform.items : transform ? [transform] : []
  const out: { node: SNode; name: string | undefined }[] = []
  for (const n of names) {
    if (n.kind === 'scalar' && n.value === null) continue
    const name = transformName(n)
    if (name !== undefined && AWS_TRANSFORMS.has(name)) continue
    out.push({ node: n, name })
  }
  return out
}

/** One warning per macro the template names: what it makes of the template is not known statically. */
export function macroWarnings(root: SMap, src: { file: string; lines: LineIndex }): Problem[] {
  return unreadTransforms(root).map(({ node, name }) => {
    const at = src.lines.position(node.start)
    return {
      code: 'TRANSFORM_NOT_EXPANDED',
      file: src.file,
      line: at.line,
      column: at.column,
      message: `${name === undefined ? 'a transform s3-gate cannot name' : name === 'AWS::Include' ? 'the AWS::Include transform' : `the macro ${name}`} may rewrite this template at deploy time (add, change or remove resources); the template was checked as written, and the bucket policy of each bucket is unknown (it may add one)`,
      level: 'warning',
    }
  })
}

/**
 * The name a `Transform` entry gives: a string, or the `Name` of the map form that takes
 * parameters (`Name: AWS::Include` with `Parameters.Location`, which inserts a snippet kept in S3
 * at deploy time). Undefined for any other shape, which is warned about all the same: passed over,
 * the include map left the template looking complete.
 */
function transformName(n: SNode): string | undefined {
  const name = n.kind === 'map' ? get(n, 'Name') : n
  return name?.kind === 'scalar' && typeof name.value === 'string' && name.value !== '' ? name.value : undefined
}

/**
 * One warning per `Fn::Transform` inside a resource (`AWS::Include` among a bucket's properties):
 * what it adds there is made at deploy time, so a setting the resource does not write is unknown.
 */
export function nestedTransformWarnings(resources: SMap, src: { file: string; lines: LineIndex }): Problem[] {
  const out: Problem[] = []
  // One in `Resources` itself adds resources: that warning is the resource loop's.
  const stack: SNode[] = resources.entries.filter((e) => e.key !== 'Fn::Transform').map((e) => e.value)
  while (stack.length) {
    const n = stack.pop()!
    // Not push(...items): a list of 125,000 items overflowed the call stack.
    if (n.kind === 'seq') appendAll(stack, n.items)
    else if (n.kind === 'map')
      for (const e of n.entries) {
        if (e.key === 'Fn::Transform') {
          const at = src.lines.position(e.keyStart)
          out.push({
            code: 'TRANSFORM_NOT_EXPANDED',
            file: src.file,
            line: at.line,
            column: at.column,
            message: 'what this Fn::Transform adds (AWS::Include or a macro) is made at deploy time; settings it may add are unknown',
            level: 'warning',
          })
        } else stack.push(e.value)
      }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column)
}
