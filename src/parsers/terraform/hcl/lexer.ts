/**
 * HCL native syntax lexer. One pass over the text into parallel typed arrays (kind, start, end,
 * flags) rather than token objects: a multi-megabyte file has millions of tokens and this keeps
 * the lexer allocation-free in its hot loop.
 *
 * Templates make the lexer modal (as in HCL's own scanner): inside `"..."` and heredocs it emits
 * literal runs and switches back to expression mode at `${` / `%{` until the matching `}`.
 */
import { STRIP, T } from './tokens.js'
import { addIssue } from './issues.js'

export interface Comment {
  /** Offsets of the whole comment, markers included. */
  start: number
  end: number
  /** Text without the `#`, `//` or `/* *\/` markers. */
  text: string
}

export interface LexIssue {
  offset: number
  message: string
}

export interface Tokens {
  kinds: Uint8Array
  starts: Int32Array
  ends: Int32Array
  flags: Uint8Array
  count: number
  comments: Comment[]
  issues: LexIssue[]
}

const enum Mode {
  Normal,
  Quoted,
  Heredoc,
}

interface Frame {
  mode: Mode
  /** Normal mode: open `{` not yet closed; when 0 a `}` ends the template sequence. */
  braces: number
  /** Normal mode: this frame was opened by `${`/`%{`. */
  interp: boolean
  /** Heredoc: closing marker and whether the next character starts a line. */
  marker: string
  lineStart: boolean
}

/**
 * The frame of every quoted string, which holds no state of its own: one object, not one per
 * string open (5 MB of `${"` nested each other held 3.3 million frames at once).
 */
const QUOTED: Frame = Object.freeze({ mode: Mode.Quoted, braces: 0, interp: false, marker: '', lineStart: false })

/**
 * Go's `unicode.IsSpace` (what `bytes.TrimSpace` trims): the ASCII white space, NEL, NBSP and the
 * other Unicode White_Space characters. A line of the UTF-16 text is read unit by unit; none of
 * these is past U+FFFF.
 */
function isGoSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13)
  if (c < 0x85) return false
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  )
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 0x80 && isUnicodeLetter(c))
}
function isIdentPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || (c >= 0x80 && isUnicodeLetter(c))
}
const LETTER = /[\p{L}\p{Nl}\p{Mn}\p{Mc}]/u
/** `c` is a code point: a letter past U+FFFF (`𝒳`) is two UTF-16 units, each read alone an invalid character. */
function isUnicodeLetter(c: number): boolean {
  return LETTER.test(String.fromCodePoint(c))
}
/** The code point at `i` (both units of a surrogate pair). */
function codePointAt(src: string, i: number): number {
  const c = src.charCodeAt(i)
  return c >= 0xd800 && c <= 0xdbff ? src.codePointAt(i)! : c
}
const width = (cp: number) => (cp > 0xffff ? 2 : 1)
/** The end of the identifier whose rest starts at `j`. */
function identEnd(src: string, j: number, n: number): number {
  while (j < n) {
    const cp = codePointAt(src, j)
    if (!isIdentPart(cp)) break
    j += width(cp)
  }
  return j
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

const NOT_SINGLE = 255
/** Tokens that are one ASCII character whatever follows, by character code. */
const SINGLE_CHAR_TOKENS = (() => {
  const table = new Uint8Array(128).fill(NOT_SINGLE)
  const tokens: [string, T][] = [
    ['[', T.LBRACK],
    [']', T.RBRACK],
    ['(', T.LPAREN],
    [')', T.RPAREN],
    [',', T.COMMA],
    ['?', T.QUESTION],
    ['+', T.PLUS],
    ['-', T.MINUS],
    ['*', T.STAR],
    ['%', T.PERCENT],
  ]
  for (const [ch, t] of tokens) table[ch.charCodeAt(0)] = t
  return table
})()

export function lex(src: string): Tokens {
  const n = src.length
  let cap = Math.max(64, (n >> 2) + 16)
  let kinds = new Uint8Array(cap)
  let starts = new Int32Array(cap)
  let ends = new Int32Array(cap)
  let flags = new Uint8Array(cap)
  let count = 0
  const comments: Comment[] = []
  const issues: LexIssue[] = []

  const grow = () => {
    cap *= 2
    const k = new Uint8Array(cap)
    k.set(kinds)
    kinds = k
    const s = new Int32Array(cap)
    s.set(starts)
    starts = s
    const e = new Int32Array(cap)
    e.set(ends)
    ends = e
    const f = new Uint8Array(cap)
    f.set(flags)
    flags = f
  }
  const emit = (kind: T, start: number, end: number, flag = 0) => {
    if (count === cap) grow()
    kinds[count] = kind
    starts[count] = start
    ends[count] = end
    flags[count] = flag
    count++
  }

  let loneCr = false
  const stack: Frame[] = [{ mode: Mode.Normal, braces: 0, interp: false, marker: '', lineStart: false }]
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0

  while (i < n || stack.length > 1) {
    const frame = stack[stack.length - 1]!
    if (frame.mode === Mode.Quoted) {
      i = lexQuoted(i)
      continue
    }
    if (frame.mode === Mode.Heredoc) {
      i = lexHeredoc(i, frame)
      continue
    }
    if (i >= n) {
      // Unterminated `${` at end of file: close the frames so the parser sees a shape it knows.
      if (frame.interp) addIssue(issues, { offset: n, message: 'Unterminated template interpolation' })
      stack.pop()
      continue
    }
    const c = src.charCodeAt(i)
    const single = c < 128 ? SINGLE_CHAR_TOKENS[c]! : NOT_SINGLE
    if (single !== NOT_SINGLE) {
      emit(single, i, i + 1)
      i++
      continue
    }
    switch (c) {
      case 32:
      case 9:
        i++
        continue
      case 13:
        if (src.charCodeAt(i + 1) === 10) {
          i++
          continue
        }
        // HCL ends lines at LF or CRLF only: Terraform rejects a lone CR (old Mac line endings) as
        // an invalid character. Said once; it is then read as the line break it was meant to be,
        // so that the rest of the file is still checked.
        if (!loneCr) {
          loneCr = true
          addIssue(issues, {
            offset: i,
            message:
              'Invalid character: a carriage return without a line feed (old Mac line endings) is not a line break in HCL, and Terraform rejects the file; save it with LF or CRLF line endings',
          })
        }
        emit(T.NEWLINE, i, i + 1)
        i++
        continue
      case 10:
        emit(T.NEWLINE, i, i + 1)
        i++
        continue
      case 35: // #
        i = lineComment(i, i + 1)
        continue
      case 47: // /
        if (src.charCodeAt(i + 1) === 47) {
          i = lineComment(i, i + 2)
          continue
        }
        if (src.charCodeAt(i + 1) === 42) {
          const close = src.indexOf('*/', i + 2)
          const end = close === -1 ? n : close + 2
          if (close === -1) addIssue(issues, { offset: i, message: 'Unterminated comment: "/*" has no closing "*/"' })
          comments.push({ start: i, end, text: src.slice(i + 2, close === -1 ? n : close) })
          i = end
          continue
        }
        emit(T.SLASH, i, i + 1)
        i++
        continue
      case 34: // "
        emit(T.OQUOTE, i, i + 1)
        stack.push(QUOTED)
        i++
        continue
      case 123: // {
        frame.braces++
        emit(T.LBRACE, i, i + 1)
        i++
        continue
      case 125: // }
        if (frame.interp && frame.braces === 0) {
          emit(T.TEMPLATE_SEQ_END, i, i + 1)
          stack.pop()
        } else {
          if (frame.braces > 0) frame.braces--
          emit(T.RBRACE, i, i + 1)
        }
        i++
        continue
      case 126: // ~
        if (frame.interp && frame.braces === 0 && src.charCodeAt(i + 1) === 125) {
          emit(T.TEMPLATE_SEQ_END, i, i + 2, STRIP)
          stack.pop()
          i += 2
          continue
        }
        break
      case 46: // .
        if (src.charCodeAt(i + 1) === 46 && src.charCodeAt(i + 2) === 46) {
          emit(T.ELLIPSIS, i, i + 3)
          i += 3
        } else {
          emit(T.DOT, i, i + 1)
          i++
        }
        continue
      case 58: // :
        if (src.charCodeAt(i + 1) === 58) {
          emit(T.DOUBLECOLON, i, i + 2)
          i += 2
        } else {
          emit(T.COLON, i, i + 1)
          i++
        }
        continue
      case 61: // =
        if (src.charCodeAt(i + 1) === 61) {
          emit(T.EQEQ, i, i + 2)
          i += 2
        } else if (src.charCodeAt(i + 1) === 62) {
          emit(T.FATARROW, i, i + 2)
          i += 2
        } else {
          emit(T.EQUAL, i, i + 1)
          i++
        }
        continue
      case 33: // !
        if (src.charCodeAt(i + 1) === 61) {
          emit(T.NEQ, i, i + 2)
          i += 2
        } else {
          emit(T.BANG, i, i + 1)
          i++
        }
        continue
      case 60: // <
        if (src.charCodeAt(i + 1) === 60) {
          const h = heredocStart(i)
          if (h) {
            emit(T.HEREDOC_BEGIN, i, h.next)
            stack.push({ mode: Mode.Heredoc, braces: 0, interp: false, marker: h.marker, lineStart: true })
            i = h.next
            continue
          }
        }
        if (src.charCodeAt(i + 1) === 61) {
          emit(T.LE, i, i + 2)
          i += 2
        } else {
          emit(T.LT, i, i + 1)
          i++
        }
        continue
      case 62: // >
        if (src.charCodeAt(i + 1) === 61) {
          emit(T.GE, i, i + 2)
          i += 2
        } else {
          emit(T.GT, i, i + 1)
          i++
        }
        continue
      case 38:
        if (src.charCodeAt(i + 1) === 38) {
          emit(T.AND, i, i + 2)
          i += 2
          continue
        }
        break
      case 124:
        if (src.charCodeAt(i + 1) === 124) {
          emit(T.OR, i, i + 2)
          i += 2
          continue
        }
        break
      default:
        if (isIdentStart(codePointAt(src, i))) {
          const j = identEnd(src, i + width(codePointAt(src, i)), n)
          emit(T.IDENT, i, j)
          i = j
          continue
        }
        if (isDigit(c)) {
          i = number(i)
          continue
        }
    }
    // Anything else is not HCL. One token per character keeps positions exact for the message.
    const cp = src.codePointAt(i)!
    const w = cp > 0xffff ? 2 : 1
    addIssue(issues, { offset: i, message: `Invalid character ${JSON.stringify(String.fromCodePoint(cp))}` })
    emit(T.INVALID, i, i + w)
    i += w
  }
  emit(T.EOF, n, n)
  return { kinds, starts, ends, flags, count, comments, issues }

  function lineComment(start: number, textStart: number): number {
    let j = src.indexOf('\n', textStart)
    if (j === -1) j = n
    let end = j
    if (end > textStart && src.charCodeAt(end - 1) === 13) end--
    comments.push({ start, end, text: src.slice(textStart, end) })
    return j
  }

  function number(start: number): number {
    let j = start + 1
    while (j < n && isDigit(src.charCodeAt(j))) j++
    // `a.0.1` is two legacy index steps, not the number 0.1.
    const afterDot = count > 0 && kinds[count - 1] === T.DOT
    if (!afterDot && src.charCodeAt(j) === 46 && isDigit(src.charCodeAt(j + 1))) {
      j += 2
      while (j < n && isDigit(src.charCodeAt(j))) j++
    }
    const e = src.charCodeAt(j)
    if (!afterDot && (e === 101 || e === 69)) {
      let k = j + 1
      const s = src.charCodeAt(k)
      if (s === 43 || s === 45) k++
      if (isDigit(src.charCodeAt(k))) {
        k++
        while (k < n && isDigit(src.charCodeAt(k))) k++
        j = k
      }
    }
    emit(T.NUMBER, start, j)
    return j
  }

  function heredocStart(at: number): { marker: string; next: number } | undefined {
    let j = at + 2
    if (src.charCodeAt(j) === 45) j++
    const first = codePointAt(src, j)
    if (!isIdentStart(first)) return undefined
    const ms = j
    j = identEnd(src, j + width(first), n)
    const marker = src.slice(ms, j)
    if (src.charCodeAt(j) === 13) j++
    if (src.charCodeAt(j) === 10) return { marker, next: j + 1 }
    if (j >= n) return { marker, next: j }
    return undefined
  }

  /** Lexes quoted template text until `"`, a template sequence or the end of the line. */
  function lexQuoted(start: number): number {
    let j = start
    for (;;) {
      if (j >= n) {
        if (j > start) emit(T.QLIT, start, j)
        addIssue(issues, { offset: j, message: 'Unterminated string: missing closing quote' })
        emit(T.CQUOTE, j, j)
        stack.pop()
        return j
      }
      const c = src.charCodeAt(j)
      if (c === 34) {
        if (j > start) emit(T.QLIT, start, j)
        emit(T.CQUOTE, j, j + 1)
        stack.pop()
        return j + 1
      }
      if (c === 92) {
        j += 2
        continue
      }
      if (c === 10) {
        if (j > start) emit(T.QLIT, start, j)
        addIssue(issues, { offset: j, message: 'Unterminated string: quoted strings cannot span lines (use a heredoc)' })
        emit(T.CQUOTE, j, j)
        stack.pop()
        return j
      }
      if ((c === 36 || c === 37) && src.charCodeAt(j + 1) === 123) {
        if (j > start) emit(T.QLIT, start, j)
        return openSequence(j, c)
      }
      if ((c === 36 || c === 37) && src.charCodeAt(j + 1) === c && src.charCodeAt(j + 2) === 123) {
        j += 3 // `$${` / `%%{` are literal escapes, resolved by the parser
        continue
      }
      j++
    }
  }

  function openSequence(j: number, c: number): number {
    const strip = src.charCodeAt(j + 2) === 126
    const end = j + (strip ? 3 : 2)
    emit(c === 36 ? T.TEMPLATE_INTERP : T.TEMPLATE_CONTROL, j, end, strip ? STRIP : 0)
    stack.push({ mode: Mode.Normal, braces: 0, interp: true, marker: '', lineStart: false })
    return end
  }

  /** Lexes heredoc text line by line until the closing marker line. */
  function lexHeredoc(start: number, frame: Frame): number {
    let j = start
    const litStart = start
    for (;;) {
      if (frame.lineStart) {
        frame.lineStart = false
        // The closing marker is a line that is the marker once trimmed of white space at both ends
        // (HCL's `bytes.TrimSpace`, for both `<<` and `<<-`): `  EOT  ` closes it, and so does
        // `EOT\t\r`. Only a line that ends with a newline does: at the end of the file, HCL's
        // scanner never sees the line end and reports the heredoc unterminated.
        let k = j
        while (k < n && isGoSpace(src.charCodeAt(k)) && src.charCodeAt(k) !== 10) k++
        if (src.startsWith(frame.marker, k)) {
          let e = k + frame.marker.length
          while (e < n && isGoSpace(src.charCodeAt(e)) && src.charCodeAt(e) !== 10) e++
          if (e < n && src.charCodeAt(e) === 10) {
            // The end token stops before the line break, `\r\n` included, as HCL's does.
            const end = src.charCodeAt(e - 1) === 13 && e - 1 >= k + frame.marker.length ? e - 1 : e
            if (j > litStart) emit(T.HLIT, litStart, j)
            emit(T.HEREDOC_END, j, end)
            stack.pop()
            return end
          }
        }
      }
      if (j >= n) {
        if (j > litStart) emit(T.HLIT, litStart, j)
        addIssue(issues, { offset: j, message: `Unterminated heredoc: no closing "${frame.marker}" line` })
        emit(T.HEREDOC_END, j, j)
        stack.pop()
        return j
      }
      const c = src.charCodeAt(j)
      if (c === 10) {
        j++
        frame.lineStart = true
        continue
      }
      if ((c === 36 || c === 37) && src.charCodeAt(j + 1) === 123) {
        if (j > litStart) emit(T.HLIT, litStart, j)
        return openSequence(j, c)
      }
      if ((c === 36 || c === 37) && src.charCodeAt(j + 1) === c && src.charCodeAt(j + 2) === 123) {
        j += 3
        continue
      }
      j++
    }
  }
}
