/**
 * Whether two unknown values may be the same one, judged by their keys (see `derivedKey` in
 * eval/evaluate.ts). `var.names[0]` and `var.names[1]` are different values; `var.names[var.i]`
 * may be either of them, because its index is itself not known. Only reference paths are compared
 * this way: a key built by a function or a conditional (`lower(var.p)`) is matched exactly or not
 * at all.
 */

/** One step of a reference path: a name after a dot, or an index in brackets. */
export type Step = { name: string } | { index: string; literal: boolean }

const NAME = /^[A-Za-z_][\w-]*/

/** An index written as a number, a quoted string, a bool or null (`keyPart`'s forms of a known value). */
function isLiteralIndex(text: string): boolean {
  return /^-?\d/.test(text) || text.startsWith('"') || text === 'true' || text === 'false' || text === 'null'
}

/** The steps of `var.names[var.i].arn`, or undefined when the key is not a plain reference path. */
export function referenceSteps(key: string): Step[] | undefined {
  const steps: Step[] = []
  let i = 0
  const first = NAME.exec(key)
  if (!first) return undefined
  steps.push({ name: first[0] })
  i = first[0].length
  while (i < key.length) {
    if (key[i] === '.') {
      const m = NAME.exec(key.slice(i + 1))
      if (!m) return undefined
      steps.push({ name: m[0] })
      i += 1 + m[0].length
    } else if (key[i] === '[') {
      const end = closingBracket(key, i)
      if (end < 0) return undefined
      const index = key.slice(i + 1, end)
      steps.push({ index, literal: isLiteralIndex(index) })
      i = end + 1
    } else return undefined
  }
  return steps
}

/** The position of the `]` that closes the `[` at `open`, skipping quoted strings and nested brackets. */
function closingBracket(key: string, open: number): number {
  let depth = 0
  for (let i = open; i < key.length; i++) {
    const c = key[i]
    if (c === '"') {
      for (i++; i < key.length && key[i] !== '"'; i++) if (key[i] === '\\') i++
    } else if (c === '[') depth++
    else if (c === ']' && --depth === 0) return i
  }
  return -1
}

/**
 * True when the two keys differ but may name the same value: the same path, where each differing
 * index is not known on at least one side.
 */
export function mayBeSameUnknown(a: string, b: string): boolean {
  if (a === b) return false
  const x = referenceSteps(a)
  const y = referenceSteps(b)
  return !!x && !!y && stepsMayBeSame(x, y)
}

/** `mayBeSameUnknown` on paths already split into steps (keys that differ). */
export function stepsMayBeSame(x: readonly Step[], y: readonly Step[]): boolean {
  if (x.length !== y.length) return false
  return x.every((s, i) => {
    const t = y[i]!
    if ('name' in s) return 'name' in t && s.name === t.name
    if (!('index' in t)) return false
    return s.index === t.index || !s.literal || !t.literal
  })
}

/** The path with every index left out (`var.names[]`): keys that may be the same value share it. */
export function referenceShape(steps: readonly Step[]): string {
  return steps.map((s) => ('name' in s ? `.${s.name}` : '[]')).join('')
}
