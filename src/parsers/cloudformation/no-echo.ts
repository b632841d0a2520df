/**
 * Parameters declared `NoEcho`: CloudFormation shows their values as `****`, and so does s3-gate.
 * Their value (a `Default`, what a parent stack passes) is read, but its texts are masked in what
 * the unit reports (src/sensitive-texts.ts): anything quoted in a finding, an unknown's reason or
 * a suggestion may land in a public pull request.
 */
import type { LineIndex } from '../shared/line-index.js'
import type { SNode } from '../shared/source-tree.js'
import { get } from '../shared/source-tree.js'

/**
 * Whether a parameter's declaration hides its value. Anything but a plain false hides it:
 * CloudFormation rejects a template whose `NoEcho` is not a boolean, and a value shown by a
 * misreading would stay shown.
 */
export function isNoEcho(param: SNode | undefined): boolean {
  const flag = get(param, 'NoEcho')
  if (!flag) return false
  return !(flag.kind === 'scalar' && (flag.value === false || String(flag.value).toLowerCase() === 'false'))
}

/** The reason an unknown gives for a `NoEcho` parameter's value past what can be masked: its name, never the value. */
export function noEchoWhy(name: string): string {
  return `parameter ${name} is NoEcho; s3-gate does not read values CloudFormation hides`
}

/** The lines (1-based, inclusive) of each `NoEcho` parameter's declaration in a template. */
export function noEchoLines(root: SNode, lines: LineIndex): { from: number; to: number }[] {
  const parameters = get(root, 'Parameters')
  if (parameters?.kind !== 'map') return []
  return parameters.entries
    .filter((e) => isNoEcho(e.value))
    .map((e) => ({ from: lines.position(e.keyStart).line, to: lines.position(Math.max(e.keyStart, e.value.end - 1)).line }))
}
