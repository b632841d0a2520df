/**
 * Construct calls in the app's sources, by construct id: the fallback when an assembly holds no
 * usable creation trace. Each source is read once, app folder first, and only the calls are kept.
 */
import { LineIndex } from '../shared/line-index.js'
import type { SourceIndex } from './source-index.js'
import { toSlash } from './source-index.js'
import { trimTrailing } from '../../trim.js'

export interface ConstructCall {
  abs: string
  line: number
  column: number
  /** Callee as written, without spaces (`s3.Bucket`, `SecureBucket`). */
  callee: string
  /**
   * The CDK library class the callee names through the file's imports
   * (`aws-cdk-lib.aws_sqs.Queue` for `sqs.Queue`), when it names one; the app's own classes and
   * anything not imported from the CDK library are left undefined.
   */
  libraryFqn?: string
}

/** Sources larger than this are generated bundles, not the app's constructs. */
export const MAX_INDEXED_SOURCE_BYTES = 1024 * 1024

/**
 * Every call in a source that passes a string literal as construct id: `new X(this, 'id'`,
 * `X(self, "id"`, `X(self, id="id"`, Go's `awss3.NewBucket(stack, jsii.String("id")` (the id is
 * the second argument in every CDK language).
 * The arguments are found with a pattern that starts at the `(`; the callee before it is read
 * backwards by hand. One pattern for both, starting at the callee, took time quadratic in the
 * length of an identifier or dotted chain (a 40,000-character one: 1.8 s), and sources come
 * with the pull request.
 */
const CALL_ARGS_RE = /\(\s*[A-Za-z_$][\w$.]*\s*,\s*(?:id\s*=\s*|jsii\.String\(\s*)?(['"\x60])([^'"\x60\\\n]*)\1/g
const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'return', 'function', 'catch', 'typeof', 'await', 'print', 'super'])

export function findConstructCalls(text: string): { offset: number; callee: string; id: string }[] {
  return scanCalls(text).map(({ offset, callee, id }) => ({ offset, callee, id }))
}

/** What `findConstructCalls` finds, with whether the literal is the whole id argument. */
function scanCalls(text: string): { offset: number; callee: string; id: string; whole: boolean }[] {
  const out: { offset: number; callee: string; id: string; whole: boolean }[] = []
  CALL_ARGS_RE.lastIndex = 0
  for (let m = CALL_ARGS_RE.exec(text); m; m = CALL_ARGS_RE.exec(text)) {
    const head = calleeBefore(text, m.index)
    const id = m[2]!
    if (!head || KEYWORDS.has(head.callee) || id === '' || id.includes('${')) continue
    // `'Data' + suffix`, `"Data%s" % env`, `'Data'.concat(x)`: the id is not this literal.
    const tail = m[0].includes('jsii.String(') ? ID_END_JSII_RE : ID_END_RE
    tail.lastIndex = m.index + m[0].length
    out.push({ offset: head.offset, callee: head.callee, id, whole: tail.test(text) })
  }
  return out
}

const ID_END_RE = /\s*[,)]/y
const ID_END_JSII_RE = /\s*\)\s*[,)]/y

const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36
const isWord = (c: number) => (c >= 48 && c <= 57) || isIdentStart(c)
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)))

function spacesBefore(text: string, i: number): number {
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--
  return i
}

/** Start of the identifier that ends at `end` (a run of word characters, leading digits left out), or -1. */
function identifierBefore(text: string, end: number): number {
  let j = end
  while (j > 0 && isWord(text.charCodeAt(j - 1))) j--
  while (j < end && !isIdentStart(text.charCodeAt(j))) j++
  return j < end ? j : -1
}

/**
 * The callee that ends just before the `(` at `open` (`s3.Bucket`, `Bucket`), and where the call
 * starts (at `new` when there is one): what `(?:\bnew\s+)?(ident(?:\s*\.\s*ident)*)\s*` matches.
 */
function calleeBefore(text: string, open: number): { offset: number; callee: string } | undefined {
  const end = spacesBefore(text, open)
  let start = identifierBefore(text, end)
  if (start < 0) return undefined
  const parts = [text.slice(start, end)]
  // Leftwards over `ident . ident`, unless the identifier was cut at a digit (`9x`: no chain before it).
  while (start === 0 || !isWord(text.charCodeAt(start - 1))) {
    const dot = spacesBefore(text, start)
    if (dot === 0 || text.charCodeAt(dot - 1) !== 46 /* . */) break
    const before = spacesBefore(text, dot - 1)
    const s = identifierBefore(text, before)
    if (s < 0) break
    parts.unshift(text.slice(s, before))
    start = s
  }
  const callee = parts.join('.')
  const gap = spacesBefore(text, start)
  // `\bnew`: a word boundary as a RegExp sees it, where `$` is not a word character.
  if (gap < start && gap >= 3 && text.startsWith('new', gap - 3) && (gap === 3 || !/\w/.test(text[gap - 4]!)))
    return { offset: gap - 3, callee }
  return { offset: start, callee }
}

/** Construct calls by id, over a set of files read once (built lazily, app folder first). */
export class ConstructCallIndex {
  private app: Map<string, ConstructCall[]> | undefined
  private rest: Map<string, ConstructCall[]> | undefined
  constructor(
    private readonly sources: SourceIndex,
    private readonly read: (abs: string) => string | undefined,
    private readonly appDir: string,
  ) {}

  /** Calls with this id in the app folder; when there are none, in the rest of the scan roots. */
  calls(id: string): ConstructCall[] {
    const prefix = `${trimTrailing(toSlash(this.appDir), '/')}/`
    this.app ??= this.build(this.sources.files.filter((f) => f.startsWith(prefix)))
    const inApp = this.app.get(id)
    if (inApp && inApp.length > 0) return inApp
    this.rest ??= this.build(this.sources.files.filter((f) => !f.startsWith(prefix)))
    return this.rest.get(id) ?? []
  }

  private build(files: string[]): Map<string, ConstructCall[]> {
    const out = new Map<string, ConstructCall[]>()
    for (const abs of files) {
      const text = this.read(abs)
      if (text === undefined || text.length > MAX_INDEXED_SOURCE_BYTES) continue
      let lines: LineIndex | undefined
      let imports: Map<string, Binding> | undefined
      const style = styleOf(abs)
      // Comments are blanked (offsets kept): a commented-out call made no construct.
      const code = blankComments(text, style)
      for (const c of scanCalls(code)) {
        if (!c.whole) continue
        lines ??= new LineIndex(text)
        imports ??= cdkImports(code, style)
        const pos = lines.position(c.offset)
        const call: ConstructCall = { abs, line: pos.line, column: pos.column, callee: c.callee }
        const fqn = libraryFqnOf(c.callee, imports)
        if (fqn) call.libraryFqn = fqn
        // The construct library writes a `/` in an id as `--` in the construct's path.
        const id = c.id.replaceAll('/', '--')
        const list = out.get(id)
        if (list) list.push(call)
        else out.set(id, [call])
      }
    }
    return out
  }
}

type Style = 'ts' | 'py' | 'c'

export function styleOf(abs: string): Style {
  if (abs.endsWith('.py')) return 'py'
  return /\.(m|c)?[jt]sx?$/.test(abs) ? 'ts' : 'c'
}

/**
 * The text with its comments (and Python's triple-quoted strings, where docstrings show example
 * calls) replaced by spaces, line breaks kept, so offsets and lines stay as written. Strings are
 * skipped whole; TypeScript template literals with their `${...}` code.
 */
export function blankComments(text: string, style: Style): string {
  const out = text.split('')
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' '
  }
  /** Brace depths at which a `${` of a template literal closes (TypeScript). */
  const templates: number[] = []
  let braces = 0
  let i = 0
  const n = text.length
  /** Skips a template literal's text from `j` (after a backtick or `}`); returns where code resumes. */
  const templateText = (j: number): number => {
    while (j < n) {
      const c = text[j]
      if (c === '\\') j += 2
      else if (c === '`') return j + 1
      else if (c === '$' && text[j + 1] === '{') {
        templates.push(braces)
        braces++
        return j + 2
      } else j++
    }
    return n
  }
  while (i < n) {
    const c = text[i]!
    if (style === 'py') {
      if (c === '#') {
        const nl = text.indexOf('\n', i)
        const end = nl < 0 ? n : nl
        blank(i, end)
        i = end
      } else if (c === '"' || c === "'") {
        const triple = text.startsWith(c.repeat(3), i)
        const q = triple ? c.repeat(3) : c
        let j = i + q.length
        while (j < n && !text.startsWith(q, j) && (triple || text[j] !== '\n')) j += text[j] === '\\' ? 2 : 1
        const end = Math.min(n, j + (text.startsWith(q, j) ? q.length : 0))
        if (triple) blank(i, end)
        i = end
      } else i++
      continue
    }
    if (c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i)
      const end = nl < 0 ? n : nl
      blank(i, end)
      i = end
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2)
      const end = close < 0 ? n : close + 2
      blank(i, end)
      i = end
    } else if (c === '"' || c === "'") {
      let j = i + 1
      while (j < n && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1
      i = Math.min(n, j + 1)
    } else if (c === '`') {
      if (style === 'ts') i = templateText(i + 1)
      else {
        const close = text.indexOf('`', i + 1)
        i = close < 0 ? n : close + 1
      }
    } else if (c === '{') {
      braces++
      i++
    } else if (c === '}') {
      braces--
      i++
      if (templates.length > 0 && templates[templates.length - 1] === braces) {
        templates.pop()
        i = templateText(i)
      }
    } else i++
  }
  return out.join('')
}

/** A name a source binds to the CDK library: a module (`s3`, `cdk`) or a class (`Bucket`). */
type Binding = { module: string } | { fqn: string }

/** `aws-cdk-lib/aws-s3` → `aws-cdk-lib.aws_s3`, `@aws-cdk/aws-s3` (v1) as is, other modules undefined. */
function libraryModule(spec: string): string | undefined {
  if (spec === 'aws-cdk-lib' || spec === 'aws-cdk-lib/core') return 'aws-cdk-lib'
  const v2 = /^aws-cdk-lib\/([a-z0-9-]+)$/.exec(spec)
  if (v2) return `aws-cdk-lib.${v2[1]!.replace(/-/g, '_')}`
  if (/^@aws-cdk\/[a-z0-9-]+$/.test(spec)) return spec
  const py = /^aws_cdk(?:\.([a-z0-9_]+))?$/.exec(spec)
  if (py) return py[1] && py[1] !== 'core' ? `aws-cdk-lib.${py[1]}` : 'aws-cdk-lib'
  return undefined
}

/** Binds `name` (imported as `imported` from `module`): a submodule of aws-cdk-lib, or a class. */
function bindNamed(out: Map<string, Binding>, module: string, imported: string, name: string): void {
  if (module === 'aws-cdk-lib' && /^aws_[a-z0-9_]+$/.test(imported)) out.set(name, { module: `aws-cdk-lib.${imported}` })
  else if (/^[A-Z]/.test(imported)) out.set(name, { fqn: `${module}.${imported}` })
}

/** Keywords (`import`, `const`...) a source's imports are looked for at; later ones are not read. */
const MAX_IMPORT_KEYWORDS = 5000

/** The names a source's imports bind to the CDK library (comments already blanked). */
export function cdkImports(code: string, style: Style): Map<string, Binding> {
  const out = new Map<string, Binding>()
  const names = (list: string, sep: RegExp): [string, string][] =>
    list
      .split(',')
      .map((s) => s.trim().replace(/^type\s+/, ''))
      .filter((s) => s !== '')
      .map((s) => {
        const [imported, alias] = s.split(sep).map((x) => x.trim())
        return [imported!, alias || imported!]
      })
  const W = String.raw`\s{0,200}`
  const SPEC = String.raw`['"]([^'"\n]{1,200})['"]`
  const ID = String.raw`([\w$]{1,200})`
  // Each pattern is tried only where a keyword starts, at most MAX_IMPORT_KEYWORDS times, with
  // bounded repetitions: unbounded ones over all matches took time quadratic in the source
  // (150,000 `import{` without a `}`: 197 s).
  const patterns: { re: RegExp; bind: (m: RegExpExecArray) => void }[] =
    style === 'py'
      ? [
          {
            re: new RegExp(String.raw`from[ \t]{1,200}([\w.]{1,200})[ \t]{1,200}import[ \t]{1,200}(\([^)]{0,4000}\)|[^\n]{0,4000})`, 'y'),
            bind: (m) => {
              const module = libraryModule(m[1]!)
              if (module)
                for (const [imported, alias] of names(m[2]!.replace(/[()\\]/g, ' '), /\s+as\s+/)) bindNamed(out, module, imported, alias)
            },
          },
          {
            re: /import[ \t]{1,200}([\w.]{1,200})(?:[ \t]{1,200}as[ \t]{1,200}(\w{1,200}))?/y,
            bind: (m) => {
              const module = libraryModule(m[1]!)
              if (module && m[2]) out.set(m[2], { module })
              else if (module && m[1] === 'aws_cdk') out.set('aws_cdk', { module })
            },
          },
        ]
      : [
          {
            re: new RegExp(String.raw`import${W}\*${W}as\s{1,200}${ID}\s{1,200}from${W}${SPEC}`, 'y'),
            bind: (m) => {
              const module = libraryModule(m[2]!)
              if (module) out.set(m[1]!, { module })
            },
          },
          {
            re: new RegExp(String.raw`(?:const|let|var)\s{1,200}${ID}${W}=${W}require\(${W}${SPEC}${W}\)`, 'y'),
            bind: (m) => {
              const module = libraryModule(m[2]!)
              if (module) out.set(m[1]!, { module })
            },
          },
          {
            re: new RegExp(String.raw`import${W}(?:type\s{1,200})?(?:${ID}${W},${W})?\{([^}]{0,4000})\}${W}from${W}${SPEC}`, 'y'),
            bind: (m) => {
              const module = libraryModule(m[3]!)
              if (module) for (const [imported, alias] of names(m[2]!, /\s+as\s+/)) bindNamed(out, module, imported, alias)
            },
          },
          {
            re: new RegExp(String.raw`(?:const|let|var)${W}\{([^}]{0,4000})\}${W}=${W}require\(${W}${SPEC}${W}\)`, 'y'),
            bind: (m) => {
              const module = libraryModule(m[2]!)
              if (module) for (const [imported, alias] of names(m[1]!, /\s*:\s*/)) bindNamed(out, module, imported, alias)
            },
          },
        ]
  const keywords = style === 'py' ? /\b(?:from|import)\b/g : /(?<![\w$.])(?:import|const|let|var)(?![\w$])/g
  let seen = 0
  for (let k = keywords.exec(code); k && seen < MAX_IMPORT_KEYWORDS; k = keywords.exec(code), seen++) {
    for (const p of patterns) {
      p.re.lastIndex = k.index
      const m = p.re.exec(code)
      if (m) p.bind(m)
    }
  }
  return out
}

/** The CDK library class a callee names (`sqs.Queue`, `cdk.aws_s3.Bucket`, `Queue`), if the imports say. */
function libraryFqnOf(callee: string, imports: Map<string, Binding>): string | undefined {
  const parts = callee.split('.')
  const b = imports.get(parts[0]!)
  if (!b) return undefined
  if ('fqn' in b) return parts.length === 1 ? b.fqn : undefined
  const rest = parts.slice(1)
  if (rest.length === 1) return `${b.module}.${rest[0]}`
  if (rest.length === 2 && b.module === 'aws-cdk-lib' && /^aws_[a-z0-9_]+$/.test(rest[0]!)) return `aws-cdk-lib.${rest[0]}.${rest[1]}`
  return undefined
}

/**
 * A CDK library fqn without its package, as v1 and v2 and every language name it:
 * `@aws-cdk/aws-s3.Bucket` and `aws-cdk-lib.aws_s3.Bucket` → `aws_s3.Bucket`, `@aws-cdk/core.Stack` → `Stack`.
 */
export function libraryClassKey(fqn: string): string {
  const v1 = /^@aws-cdk\/([a-z0-9-]+)\.(.+)$/.exec(fqn)
  if (v1) return v1[1] === 'core' ? v1[2]! : `${v1[1]!.replace(/-/g, '_')}.${v1[2]}`
  return fqn.startsWith('aws-cdk-lib.') ? fqn.slice('aws-cdk-lib.'.length) : fqn
}
