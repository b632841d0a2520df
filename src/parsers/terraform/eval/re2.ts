/**
 * Regular expressions as Terraform runs them (`regex`, `regexall`, `replace` with `/.../`): Go's
 * RE2 syntax, leftmost-first matching and submatches, in time linear in the text (a Pike VM: one
 * pass over the text with at most one thread per instruction), so no pattern from a pull request
 * can backtrack for minutes as a JavaScript RegExp would. What this reader does not know (Unicode
 * classes it cannot name, `\C`, octal escapes) is `unsupported`, which callers turn into an
 * unknown rather than an error or a guess; so is anything malformed, which Terraform would refuse.
 */

/** Past this many instructions a pattern is not run (`(a{1000}){1000}` would be a million). */
const MAX_PROGRAM = 20_000
/** RE2's own limit on `{n,m}`. */
const MAX_REPEAT = 1000

export class Unsupported extends Error {}

type Test = (c: number) => boolean

type Node =
  | { t: 'char'; test: Test }
  | { t: 'empty' }
  | { t: 'assert'; kind: Assertion }
  | { t: 'cat'; items: Node[] }
  | { t: 'alt'; items: Node[] }
  | { t: 'group'; index: number; body: Node }
  | { t: 'repeat'; body: Node; min: number; max: number; greedy: boolean }

const enum Assertion {
  beginText,
  endText,
  beginLine,
  endLine,
  wordBoundary,
  notWordBoundary,
}

const enum Op {
  char,
  split,
  jmp,
  save,
  assert,
  match,
}

/** `x`/`y`: split's targets, first preferred; jmp's target in `x`; save's slot and assert's kind in `x`. */
interface Inst {
  op: Op
  test?: Test
  x: number
  y: number
}

interface Flags {
  i: boolean
  m: boolean
  s: boolean
  U: boolean
}

export interface Re2 {
  /** Capture groups, not counting the whole match. */
  groups: number
  /** Each group's name, `''` when unnamed (index 0 is group 1). */
  names: string[]
  prog: Inst[]
}

const NL = 10
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95

const inRanges =
  (ranges: readonly (readonly [number, number])[]): Test =>
  (c) => {
    for (const [lo, hi] of ranges) if (c >= lo && c <= hi) return true
    return false
  }

const DIGIT: [number, number][] = [[48, 57]]
const WORD: [number, number][] = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
]
const SPACE: [number, number][] = [
  [9, 10],
  [12, 13],
  [32, 32],
]

const POSIX: Record<string, [number, number][]> = {
  alnum: [
    [48, 57],
    [65, 90],
    [97, 122],
  ],
  alpha: [
    [65, 90],
    [97, 122],
  ],
  ascii: [[0, 127]],
  blank: [
    [9, 9],
    [32, 32],
  ],
  cntrl: [
    [0, 31],
    [127, 127],
  ],
  digit: DIGIT,
  graph: [[33, 126]],
  lower: [[97, 122]],
  print: [[32, 126]],
  punct: [
    [33, 47],
    [58, 64],
    [91, 96],
    [123, 126],
  ],
  space: [
    [9, 13],
    [32, 32],
  ],
  upper: [[65, 90]],
  word: WORD,
  xdigit: [
    [48, 57],
    [65, 70],
    [97, 102],
  ],
}

const not =
  (t: Test): Test =>
  (c) =>
    !t(c)

/** A Unicode class (`\pL`, `\p{Greek}`) tested through JavaScript's property escapes, one character at a time. */
function unicodeClass(name: string): Test {
  if (!/^[A-Za-z_]{1,40}$/.test(name)) throw new Unsupported(`unknown Unicode class ${name}`)
  if (name === 'Any') return () => true
  let re: RegExp
  try {
    re = new RegExp(`^\\p{${name}}$`, 'u')
  } catch {
    try {
      re = new RegExp(`^\\p{Script=${name}}$`, 'u')
    } catch {
      throw new Unsupported(`unknown Unicode class ${name}`)
    }
  }
  return (c) => re.test(String.fromCodePoint(c))
}

function foldCase(t: Test): Test {
  return (c) => {
    if (t(c)) return true
    const s = String.fromCodePoint(c)
    const lower = s.toLowerCase()
    const upper = s.toUpperCase()
    return (
      (lower !== s && [...lower].length === 1 && t(lower.codePointAt(0)!)) ||
      (upper !== s && [...upper].length === 1 && t(upper.codePointAt(0)!))
    )
  }
}

class Parser {
  private i = 0
  groups = 0
  names: string[] = []

  constructor(private readonly cps: readonly number[]) {}

  parse(): Node {
    const node = this.alternation({ i: false, m: false, s: false, U: false })
    if (this.i < this.cps.length) throw new Unsupported('unmatched )')
    return node
  }

  private peek(k = 0): number | undefined {
    return this.cps[this.i + k]
  }

  private eat(c: string): boolean {
    if (this.peek() === c.codePointAt(0)) {
      this.i++
      return true
    }
    return false
  }

  /** Flags set by `(?i)` inside a group last to its end, so each alternation gets its own copy. */
  private alternation(outer: Flags): Node {
    const flags = { ...outer }
    const items: Node[] = [this.concatenation(flags)]
    while (this.eat('|')) items.push(this.concatenation(flags))
    return items.length === 1 ? items[0]! : { t: 'alt', items }
  }

  private concatenation(flags: Flags): Node {
    const items: Node[] = []
    for (;;) {
      const c = this.peek()
      if (c === undefined || c === 0x7c /* | */ || c === 0x29 /* ) */) break
      const atom = this.atom(flags)
      if (atom === undefined) continue
      items.push(this.repetitions(atom, flags))
    }
    return items.length === 1 ? items[0]! : items.length ? { t: 'cat', items } : { t: 'empty' }
  }

  private repetitions(atom: Node, flags: Flags): Node {
    let node = atom
    let repeated = false
    for (;;) {
      const c = this.peek()
      let min: number
      let max: number
      if (c === 0x2a /* * */) [min, max] = [0, Infinity]
      else if (c === 0x2b /* + */) [min, max] = [1, Infinity]
      else if (c === 0x3f /* ? */) [min, max] = [0, 1]
      else if (c === 0x7b /* { */) {
        const bounds = this.braces()
        if (!bounds) return node
        ;[min, max] = bounds
      } else return node
      if (c !== 0x7b) this.i++
      // Go refuses `a**` and `a*+`; RE2 would say "invalid nested repetition operator".
      if (repeated) throw new Unsupported('nested repetition operator')
      repeated = true
      let greedy = true
      if (this.eat('?')) greedy = false
      if (flags.U) greedy = !greedy
      node = { t: 'repeat', body: node, min, max, greedy }
    }
  }

  /** `{n}`, `{n,}`, `{n,m}` at the cursor, consumed; undefined (nothing consumed) for a literal `{`. */
  private braces(): [number, number] | undefined {
    const text = String.fromCodePoint(...this.cps.slice(this.i, this.i + 16))
    const m = /^\{(\d+)(,(\d*))?\}/.exec(text)
    if (!m) return undefined
    const min = Number(m[1])
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
    if (min > MAX_REPEAT || (max !== Infinity && (max > MAX_REPEAT || max < min))) throw new Unsupported('bad repetition count')
    this.i += [...m[0]].length
    return [min, max]
  }

  /** One atom, or undefined for a flag setting `(?i)` that matches nothing. */
  private atom(flags: Flags): Node | undefined {
    const c = this.cps[this.i++]!
    switch (c) {
      case 0x28 /* ( */:
        return this.group(flags)
      case 0x5b /* [ */:
        return this.charClass(flags)
      case 0x2e /* . */:
        return { t: 'char', test: flags.s ? () => true : (x) => x !== NL }
      case 0x5e /* ^ */:
        return { t: 'assert', kind: flags.m ? Assertion.beginLine : Assertion.beginText }
      case 0x24 /* $ */:
        return { t: 'assert', kind: flags.m ? Assertion.endLine : Assertion.endText }
      case 0x2a:
      case 0x2b:
      case 0x3f:
        throw new Unsupported('missing argument to repetition operator')
      case 0x5c /* \ */:
        return this.escapeAtom(flags)
      default:
        return this.literal(c, flags)
    }
  }

  private literal(c: number, flags: Flags): Node {
    const test: Test = (x) => x === c
    return { t: 'char', test: flags.i ? foldCase(test) : test }
  }

  private group(flags: Flags): Node | undefined {
    let name: string | undefined
    if (this.eat('?')) {
      if (this.eat('P')) {
        if (!this.eat('<')) throw new Unsupported('bad named group')
        name = this.groupName()
      } else if (this.peek() === 0x3c /* < */) {
        this.i++
        name = this.groupName()
      } else {
        // Flags: `(?flags)` for the rest of the enclosing group, or `(?flags:re)`.
        const set = { ...flags }
        let negate = false
        let any = false
        for (;;) {
          const c = this.cps[this.i++]
          if (c === undefined) throw new Unsupported('missing )')
          const ch = String.fromCodePoint(c)
          if (ch === 'i' || ch === 'm' || ch === 's' || ch === 'U') {
            set[ch] = !negate
            any = true
          } else if (ch === '-' && !negate) {
            negate = true
            any = false
          } else if (ch === ')' || ch === ':') {
            if (!any && (negate || ch === ')')) throw new Unsupported('bad flags')
            if (ch === ')') {
              Object.assign(flags, set)
              return undefined
            }
            const body = this.alternation(set)
            if (!this.eat(')')) throw new Unsupported('missing )')
            return body
          } else throw new Unsupported('bad flags')
        }
      }
    }
    const index = ++this.groups
    this.names.push(name ?? '')
    const body = this.alternation(flags)
    if (!this.eat(')')) throw new Unsupported('missing )')
    return { t: 'group', index, body }
  }

  private groupName(): string {
    const start = this.i
    while (this.peek() !== undefined && this.peek() !== 0x3e /* > */) this.i++
    if (this.peek() === undefined) throw new Unsupported('bad named group')
    const name = String.fromCodePoint(...this.cps.slice(start, this.i))
    this.i++
    if (!/^[A-Za-z0-9_]+$/.test(name) || this.names.includes(name)) throw new Unsupported('bad named group')
    return name
  }

  private escapeAtom(flags: Flags): Node {
    const c = this.peek()
    if (c === undefined) throw new Unsupported('trailing backslash')
    const ch = String.fromCodePoint(c)
    switch (ch) {
      case 'A':
        this.i++
        return { t: 'assert', kind: Assertion.beginText }
      case 'z':
        this.i++
        return { t: 'assert', kind: Assertion.endText }
      case 'b':
        this.i++
        return { t: 'assert', kind: Assertion.wordBoundary }
      case 'B':
        this.i++
        return { t: 'assert', kind: Assertion.notWordBoundary }
      case 'Q': {
        this.i++
        const items: Node[] = []
        while (this.i < this.cps.length) {
          if (this.peek() === 0x5c && this.peek(1) === 0x45 /* \E */) {
            this.i += 2
            break
          }
          items.push(this.literal(this.cps[this.i++]!, flags))
        }
        return items.length === 1 ? items[0]! : { t: 'cat', items }
      }
    }
    const test = this.escapeClass()
    return { t: 'char', test: flags.i ? foldCase(test) : test }
  }

  /** An escape that stands for a character or a class of them (after the backslash). */
  private escapeClass(): Test {
    const c = this.cps[this.i++]
    if (c === undefined) throw new Unsupported('trailing backslash')
    const ch = String.fromCodePoint(c)
    switch (ch) {
      case 'd':
        return inRanges(DIGIT)
      case 'D':
        return not(inRanges(DIGIT))
      case 'w':
        return inRanges(WORD)
      case 'W':
        return not(inRanges(WORD))
      case 's':
        return inRanges(SPACE)
      case 'S':
        return not(inRanges(SPACE))
      case 'p':
      case 'P': {
        let name: string
        if (this.eat('{')) {
          const start = this.i
          while (this.peek() !== undefined && this.peek() !== 0x7d) this.i++
          if (this.peek() === undefined) throw new Unsupported('bad Unicode class')
          name = String.fromCodePoint(...this.cps.slice(start, this.i))
          this.i++
        } else {
          const n = this.cps[this.i++]
          if (n === undefined) throw new Unsupported('bad Unicode class')
          name = String.fromCodePoint(n)
        }
        let negate = ch === 'P'
        if (name.startsWith('^')) {
          negate = !negate
          name = name.slice(1)
        }
        const t = unicodeClass(name)
        return negate ? not(t) : t
      }
    }
    const value = this.escapedChar(c)
    return (x) => x === value
  }

  private escapedChar(c: number): number {
    const ch = String.fromCodePoint(c)
    const simple: Record<string, number> = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 }
    if (ch in simple) return simple[ch]!
    if (ch === 'x') {
      let hex: string
      if (this.eat('{')) {
        const start = this.i
        while (this.peek() !== undefined && this.peek() !== 0x7d) this.i++
        hex = String.fromCodePoint(...this.cps.slice(start, this.i))
        if (!this.eat('}')) throw new Unsupported('bad \\x escape')
      } else {
        hex = String.fromCodePoint(...this.cps.slice(this.i, this.i + 2))
        this.i += 2
      }
      if (!/^[0-9A-Fa-f]{1,8}$/.test(hex) || Number.parseInt(hex, 16) > 0x10ffff) throw new Unsupported('bad \\x escape')
      return Number.parseInt(hex, 16)
    }
    // Go allows any escaped ASCII punctuation; octal and backreferences are left out here.
    if (c < 128 && /[!-/:-@[-`{-~]/.test(ch)) return c
    throw new Unsupported(`escape \\${ch}`)
  }

  private charClass(flags: Flags): Node {
    const tests: Test[] = []
    const ranges: [number, number][] = []
    const negate = this.eat('^')
    let first = true
    for (;;) {
      const c = this.peek()
      if (c === undefined) throw new Unsupported('missing ]')
      if (c === 0x5d /* ] */ && !first) {
        this.i++
        break
      }
      first = false
      if (c === 0x5b /* [ */ && this.peek(1) === 0x3a /* : */) {
        const text = String.fromCodePoint(...this.cps.slice(this.i, this.i + 16))
        const m = /^\[:(\^?)([a-z]+):\]/.exec(text)
        if (m) {
          const known = POSIX[m[2]!]
          if (!known) throw new Unsupported('bad POSIX class')
          tests.push(m[1] ? not(inRanges(known)) : inRanges(known))
          this.i += m[0].length
          continue
        }
      }
      let lo: number
      if (c === 0x5c /* \ */) {
        this.i++
        const e = this.peek()
        if (e !== undefined && 'dDwWsSpP'.includes(String.fromCodePoint(e))) {
          tests.push(this.escapeClass())
          continue
        }
        this.i++
        if (e === undefined) throw new Unsupported('trailing backslash')
        lo = this.escapedChar(e)
      } else {
        this.i++
        lo = c
      }
      let hi = lo
      if (this.peek() === 0x2d /* - */ && this.peek(1) !== undefined && this.peek(1) !== 0x5d) {
        this.i++
        const d = this.cps[this.i++]!
        if (d === 0x5c) {
          const e = this.cps[this.i++]
          if (e === undefined) throw new Unsupported('trailing backslash')
          hi = this.escapedChar(e)
        } else hi = d
        if (hi < lo) throw new Unsupported('bad character class range')
      }
      ranges.push([lo, hi])
    }
    const within = inRanges(ranges)
    const any: Test = tests.length ? (x) => within(x) || tests.some((t) => t(x)) : within
    const folded = flags.i ? foldCase(any) : any
    return { t: 'char', test: negate ? not(folded) : folded }
  }
}

class Compiler {
  readonly prog: Inst[] = []

  private push(inst: Inst): number {
    if (this.prog.length >= MAX_PROGRAM) throw new Unsupported('pattern too large')
    this.prog.push(inst)
    return this.prog.length - 1
  }

  emit(n: Node): void {
    switch (n.t) {
      case 'char':
        this.push({ op: Op.char, test: n.test, x: 0, y: 0 })
        return
      case 'empty':
        return
      case 'assert':
        this.push({ op: Op.assert, x: n.kind, y: 0 })
        return
      case 'cat':
        for (const item of n.items) this.emit(item)
        return
      case 'group':
        this.push({ op: Op.save, x: 2 * n.index, y: 0 })
        this.emit(n.body)
        this.push({ op: Op.save, x: 2 * n.index + 1, y: 0 })
        return
      case 'alt': {
        const jumps: number[] = []
        n.items.forEach((item, k) => {
          if (k < n.items.length - 1) {
            const split = this.push({ op: Op.split, x: 0, y: 0 })
            this.prog[split]!.x = this.prog.length
            this.emit(item)
            jumps.push(this.push({ op: Op.jmp, x: 0, y: 0 }))
            this.prog[split]!.y = this.prog.length
          } else this.emit(item)
        })
        for (const j of jumps) this.prog[j]!.x = this.prog.length
        return
      }
      case 'repeat':
        return this.repeat(n.body, n.min, n.max, n.greedy)
    }
  }

  /** A split preferring `then` (greedy) or `past` (lazy). */
  private split(greedy: boolean, then: number, past: number): Inst {
    return greedy ? { op: Op.split, x: then, y: past } : { op: Op.split, x: past, y: then }
  }

  private repeat(body: Node, min: number, max: number, greedy: boolean): void {
    for (let k = 0; k < min; k++) this.emit(body)
    if (max === Infinity) {
      const loop = this.push({ op: Op.split, x: 0, y: 0 })
      this.emit(body)
      this.push({ op: Op.jmp, x: loop, y: 0 })
      this.prog[loop] = this.split(greedy, loop + 1, this.prog.length)
      return
    }
    // x{2,5}: x x (x (x (x)?)?)?, every optional copy skipping to the end.
    const splits: number[] = []
    for (let k = min; k < max; k++) {
      splits.push(this.push({ op: Op.split, x: 0, y: 0 }))
      this.emit(body)
    }
    const end = this.prog.length
    for (const s of splits) this.prog[s] = this.split(greedy, s + 1, end)
  }
}

export function compileRe2(pattern: string): Re2 {
  const parser = new Parser(Array.from(pattern, (c) => c.codePointAt(0)!))
  const node = parser.parse()
  const compiler = new Compiler()
  compiler.emit({ t: 'group', index: 0, body: node })
  compiler.prog.push({ op: Op.match, x: 0, y: 0 })
  return { groups: parser.groups, names: parser.names, prog: compiler.prog }
}

/** Thrown when a search takes more steps than it was given. */
export class TooCostly extends Error {}

interface Thread {
  pc: number
  caps: Int32Array
}

/**
 * The leftmost-first match starting at or after `from` in `text` (code points), as capture
 * positions (`[start, end, g1start, g1end, …]`, -1 where a group did not take part), or null.
 * `steps.left` is charged per thread per position; past zero the search throws `TooCostly`.
 */
export function execRe2(re: Re2, text: readonly number[], from: number, steps: { left: number }): Int32Array | null {
  const { prog } = re
  const slots = 2 * (re.groups + 1)
  const n = text.length
  const seen = new Int32Array(prog.length).fill(-1)
  let clist: Thread[] = []
  let nlist: Thread[] = []
  let matched: Int32Array | null = null
  let mark = 0

  const asserted = (kind: Assertion, p: number): boolean => {
    switch (kind) {
      case Assertion.beginText:
        return p === 0
      case Assertion.endText:
        return p === n
      case Assertion.beginLine:
        return p === 0 || text[p - 1] === NL
      case Assertion.endLine:
        return p === n || text[p] === NL
      case Assertion.wordBoundary:
      case Assertion.notWordBoundary: {
        const boundary = (p > 0 && isWordChar(text[p - 1]!)) !== (p < n && isWordChar(text[p]!))
        return kind === Assertion.wordBoundary ? boundary : !boundary
      }
    }
  }

  // Follows jumps, splits, saves and assertions from `pc` at position `p`, in priority order.
  const add = (list: Thread[], pc0: number, caps0: Int32Array, p: number) => {
    const stack: Thread[] = [{ pc: pc0, caps: caps0 }]
    while (stack.length) {
      const { pc, caps } = stack.pop()!
      if (seen[pc] === mark) continue
      seen[pc] = mark
      if (--steps.left < 0) throw new TooCostly()
      const inst = prog[pc]!
      switch (inst.op) {
        case Op.jmp:
          stack.push({ pc: inst.x, caps })
          break
        case Op.split:
          stack.push({ pc: inst.y, caps }, { pc: inst.x, caps })
          break
        case Op.save: {
          const copy = caps.slice()
          copy[inst.x] = p
          stack.push({ pc: pc + 1, caps: copy })
          break
        }
        case Op.assert:
          if (asserted(inst.x as Assertion, p)) stack.push({ pc: pc + 1, caps })
          break
        default:
          list.push({ pc, caps })
      }
    }
  }

  // `clist` holds the threads at `p`, deduplicated under generation `mark`; `nlist` those at `p + 1`.
  for (let p = from; ; p++) {
    if (matched === null) add(clist, 0, new Int32Array(slots).fill(-1), p)
    if (clist.length === 0 && (matched !== null || p >= n)) break
    mark++
    const c = p < n ? text[p]! : -1
    for (const t of clist) {
      const inst = prog[t.pc]!
      if (inst.op === Op.match) {
        matched = t.caps
        // Threads after this one have lower priority: the leftmost-first match cuts them.
        break
      }
      if (--steps.left < 0) throw new TooCostly()
      if (c >= 0 && inst.test!(c)) add(nlist, t.pc + 1, t.caps, p + 1)
    }
    if (p >= n) break
    ;[clist, nlist] = [nlist, []]
  }
  return matched
}

/** Every match as Go's `FindAllStringSubmatchIndex` finds them: after an empty match, one character on, and no empty match right after another match. */
export function execAllRe2(re: Re2, text: readonly number[], steps: { left: number }): Int32Array[] {
  const out: Int32Array[] = []
  let prevEnd = -1
  for (let pos = 0; pos <= text.length;) {
    const m = execRe2(re, text, pos, steps)
    if (!m) break
    let accept = true
    if (m[1] === pos) {
      if (m[0] === prevEnd) accept = false
      pos++
    } else pos = m[1]!
    prevEnd = m[1]!
    if (accept) out.push(m)
  }
  return out
}

/** Go's `ReplaceAllString`: `$1`, `${1}`, `$name`, `${name}` and `$$` in `template` expanded per match. */
export function replaceAllRe2(re: Re2, input: string, template: string, steps: { left: number }): string {
  const chars = Array.from(input)
  const text = chars.map((c) => c.codePointAt(0)!)
  const slice = (a: number, b: number) => chars.slice(a, b).join('')
  let out = ''
  let lastEnd = 0
  for (let pos = 0; pos <= text.length;) {
    const m = execRe2(re, text, pos, steps)
    if (!m) break
    out += slice(lastEnd, m[0]!)
    if (m[1]! > lastEnd || m[0] === 0) out += expand(re, template, m, slice)
    lastEnd = m[1]!
    pos = pos + 1 > m[1]! ? pos + 1 : m[1]!
  }
  return out + slice(lastEnd, text.length)
}

const NAME_CHAR = /[\p{L}\p{Nd}_]/u

function expand(re: Re2, template: string, m: Int32Array, slice: (a: number, b: number) => string): string {
  let out = ''
  let rest = template
  for (;;) {
    const at = rest.indexOf('$')
    if (at < 0) break
    out += rest.slice(0, at)
    rest = rest.slice(at + 1)
    if (rest.startsWith('$')) {
      out += '$'
      rest = rest.slice(1)
      continue
    }
    const ref = reference(rest)
    if (!ref) {
      out += '$'
      continue
    }
    rest = ref.rest
    const group = /^(0|[1-9]\d{0,7})$/.test(ref.name) ? Number(ref.name) : re.names.indexOf(ref.name) + 1
    if (group > 0 || ref.name === '0') {
      const [a, b] = [m[2 * group], m[2 * group + 1]]
      if (a !== undefined && b !== undefined && a >= 0) out += slice(a, b)
    }
  }
  return out + rest
}

/** The group named at the start of `s` (after a `$`): `name` or `{name}`, as Go's `extract` reads it. */
function reference(s: string): { name: string; rest: string } | undefined {
  const brace = s.startsWith('{')
  const chars = Array.from(brace ? s.slice(1) : s)
  let k = 0
  while (k < chars.length && NAME_CHAR.test(chars[k]!)) k++
  if (k === 0) return undefined
  const name = chars.slice(0, k).join('')
  if (brace) {
    if (chars[k] !== '}') return undefined
    k++
  }
  return { name, rest: chars.slice(k).join('') }
}
