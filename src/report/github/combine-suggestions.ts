/**
 * One suggestion for several findings on the same lines. A bucket without encryption, versioning
 * and a public access block gets three suggestions that each repeat its `Properties:` line and add
 * one setting below it. GitHub applies only one suggestion per line in a batch, and applying one
 * outdates the others, so a reviewer could fix one finding per commit. Where the edits compose,
 * the first comment suggests them all together.
 *
 * They compose when each keeps the anchored lines as they are and adds lines after them (at most
 * one may rewrite the anchored lines instead), and no two add the same key at the same depth (two
 * `Properties:` blocks, two resources of one name). Added blocks go deepest first, so that a
 * block that closes a level (a new resource after the bucket) cannot swallow one meant for the
 * level it closed.
 */

/** Beyond this the comment would drop the suggestion for its size, and the others would point at nothing. */
const MAX_COMBINED_CHARS = 30_000

interface Added {
  lines: string[]
  /** Indentation of its first non-blank line: the depth it attaches at. */
  first: number
  /** Its least indentation: the depth it leaves the file at. */
  least: number
}

/**
 * The suggestion that makes every one of `suggestions` (replacements of the lines `original`), or
 * undefined when they do not compose. Identical suggestions count once.
 */
export function combineSuggestions(original: readonly string[], suggestions: readonly string[]): string | undefined {
  const distinct = [...new Set(suggestions.map((s) => s.replace(/\r?\n$/, '')))]
  if (distinct.length < 2 || original.length === 0) return undefined
  const before = original.map(stripCr)
  let rewrite: string[] | undefined
  const added: Added[] = []
  const seenAdded = new Set<string>()
  /** Edits that append after the last member of a JSON object: its line gains the comma. */
  let comma: string | undefined
  const kinds = new Set<string>()
  for (const s of distinct) {
    const lines = s.split('\n')
    const kept = lines.length > before.length && before.every((l, i) => i === before.length - 1 || stripCr(lines[i]!) === l)
    const last = kept ? stripCr(lines[before.length - 1]!) : undefined
    if (kept && (last === before.at(-1) || last === `${before.at(-1)},`)) {
      const kind = last === before.at(-1) ? 'keep' : lines[before.length - 1]!
      kinds.add(kind)
      if (kind !== 'keep') comma = kind
      const rest = lines.slice(before.length)
      const key = rest.map(stripCr).join('\n')
      if (seenAdded.has(key)) continue
      seenAdded.add(key)
      const depths = rest.filter((l) => l.trim() !== '').map(indentOf)
      if (!depths.length) continue
      added.push({ lines: rest, first: depths[0]!, least: Math.min(...depths) })
    } else if (rewrite === undefined) rewrite = lines
    else return undefined
  }
  if (added.length === 0 || (added.length === 1 && rewrite === undefined)) return undefined
  // A rewrite and a comma'd append each change the last line: there is no one way to do both.
  if (
    comma !== undefined &&
    (rewrite !== undefined || kinds.size > 1 || added.some((a) => /,\s*$/.test(a.lines.findLast((l) => l.trim() !== '')!)))
  )
    return undefined
  added.sort((a, b) => b.first - a.first || b.least - a.least)
  for (let i = 1; i < added.length; i++) if (added[i - 1]!.least < added[i]!.first) return undefined
  if (collide([...(rewrite ? [rewrite] : []), ...added.map((a) => a.lines)])) return undefined
  const head = rewrite ?? (comma !== undefined ? [...original.slice(0, -1), comma] : original)
  const blocks =
    comma !== undefined ? added.map((a, i) => (i < added.length - 1 ? withComma(a.lines) : a.lines)) : added.map((a) => a.lines)
  const combined = [...head, ...blocks.flat()].join('\n')
  return combined.length <= MAX_COMBINED_CHARS ? combined : undefined
}

/** The block with a comma after its last member, for another to follow it in the same JSON object. */
function withComma(lines: readonly string[]): string[] {
  const out = [...lines]
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i]!.trim() === '') continue
    out[i] = out[i]!.replace(/(\r?)$/, ',$1')
    break
  }
  return out
}

const stripCr = (line: string) => line.replace(/\r$/, '')

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length
}

/** Whether two of the blocks set the same key at the same depth. */
function collide(blocks: readonly string[][]): boolean {
  const owner = new Map<string, number>()
  for (let b = 0; b < blocks.length; b++) {
    for (const line of blocks[b]!) {
      const key = keyOf(line)
      if (key === undefined) continue
      const at = `${indentOf(line)}\u0000${key}`
      const first = owner.get(at)
      if (first !== undefined && first !== b) return true
      owner.set(at, b)
    }
  }
  return false
}

/**
 * The key a line sets: a YAML or JSON key, a CDK property, an HCL attribute, or an HCL block's type
 * and labels. List items, comments and closing brackets set none.
 */
function keyOf(line: string): string | undefined {
  const t = line.trim()
  if (t === '' || /^(?:-|#|\/\/|[}\])])/.test(t)) return undefined
  const m = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s:={"']+(?:\s+"[^"]*")*)\s*[:={]/.exec(t)
  return m ? m[1]!.replace(/^(["'])(.*)\1$/, '$2') : undefined
}
