/**
 * Frames of the `aws:cdk:creationStack` traces (and the `trace` arrays of older metadata entries)
 * that the CDK writes into the cloud assembly. Current aws-cdk-lib writes "just my code" traces
 * (`...new Bucket2 in aws-cdk-lib...`, `new StorageStack (/abs/lib/storage.ts:12:5)`); older
 * versions and `--debug` write raw V8 frames (`at new Bucket (/abs/node_modules/...)`), ESM apps
 * write `file://` URLs, and Python apps (through jsii) append host frames without a column.
 */

export interface TraceFrame {
  /** Function as V8 named it (`new StorageStack`, `<anonymous>`); empty when the frame has none. */
  fn: string
  /** Absolute path with `/` separators (a `file://` URL is turned into a path). */
  file: string
  line: number
  /** 1-based; 0 when the frame has no column (Python host frames). */
  column: number
}

/** Parses one trace entry; `undefined` for collapsed library runs, notes and unreadable lines. */
export function parseFrame(entry: string): TraceFrame | undefined {
  let text = entry.trim()
  if (text.startsWith('at ')) text = text.slice(3).trim()
  // `...new Bucket2 in aws-cdk-lib...`, `...node internals...`, `(no user code in 10 frames, ...)`
  if (text === '' || text.startsWith('...') || text.startsWith('(no user code')) return undefined
  let fn = ''
  let location = text
  if (text.endsWith(')')) {
    // The location is the last balanced parenthesised group: paths may themselves hold parentheses.
    let depth = 0
    let open = -1
    for (let i = text.length - 1; i >= 0; i--) {
      const c = text[i]
      if (c === ')') depth++
      else if (c === '(' && --depth === 0) {
        open = i
        break
      }
    }
    if (open < 0) return undefined
    fn = text.slice(0, open).trim()
    location = text.slice(open + 1, -1).trim()
  }
  if (location.startsWith('eval at ') || location === 'native' || location.startsWith('index ')) return undefined
  const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(location)
  if (!m) return undefined
  const file = normalisePath(m[1]!)
  if (file === '' || file === '<anonymous>') return undefined
  return { fn, file, line: Number(m[2]), column: m[3] === undefined ? 0 : Number(m[3]) }
}

/** `file:///C:/x/y.ts` → `C:/x/y.ts`, `C:\x\y.ts` → `C:/x/y.ts`, `%20` decoded in URLs. */
export function normalisePath(raw: string): string {
  let p = raw.trim()
  if (p.startsWith('file://')) {
    p = p.slice('file://'.length)
    try {
      p = decodeURIComponent(p)
    } catch {
      // A malformed escape stays as written; the path simply will not match a file.
    }
    if (/^\/[A-Za-z]:\//.test(p)) p = p.slice(1)
  }
  return p.replace(/\\/g, '/')
}

const LIBRARY_SEGMENTS = ['/node_modules/', '/site-packages/', '/dist-packages/', '/jsii-kernel-', '/jsii-runtime/', '/.jsii/']

/**
 * A frame of a library, the runtime or the toolchain rather than of the app: frames in
 * node_modules (aws-cdk-lib, constructs, any L3 package), Node internals, Python packages and
 * the jsii runtime are skipped so that the first remaining frame is the user's own line.
 */
export function isLibraryFrame(frame: TraceFrame): boolean {
  const f = frame.file
  if (f.startsWith('node:') || f.startsWith('internal/') || f.startsWith('<')) return true
  const slashed = f.startsWith('/') ? f : `/${f}`
  return LIBRARY_SEGMENTS.some((s) => slashed.includes(s))
}

/** The frames of a trace that belong to the app, innermost first. */
export function userFrames(trace: readonly unknown[]): TraceFrame[] {
  const out: TraceFrame[] = []
  for (const entry of trace) {
    if (typeof entry !== 'string') continue
    const frame = parseFrame(entry)
    if (frame && !isLibraryFrame(frame)) out.push(frame)
  }
  return out
}
