/**
 * Numbers as Terraform's `format()` writes them. cty hands every number verb to Go's fmt: the
 * integer verbs (`%d %b %o %x %X`) to `big.Int`, the others (`%e %E %f %g %G`) to `big.Float`, and
 * `%v` writes `big.Float.Text('g', -1)`. So signs (`%+d`, `% d`), zero padding after the sign
 * (`%05d` of -42 is `-0042`), a precision on integers (`%.3d` is at least three digits), `#`
 * prefixes, two-digit exponents (`1.000000e+03`), and `%g` switching to an exponent are Go's, and
 * halfway cases round to even (`%.0f` of 2.5 is `2`).
 *
 * Our numbers are float64 where cty's are 512-bit: digits are those of the float64 value, so a
 * fraction that is not a tie in either may round differently far past 15 significant digits.
 */

import { formatNumber } from './value.js'

export interface NumberVerb {
  verb: string
  flags: string
  width: number | undefined
  precision: number | undefined
}

/** Digits `0.mant × 10^exp`, as Go's `math/big` decimal holds them: no leading or trailing zeros. */
interface Decimal {
  mant: string
  exp: number
}

const INTEGER_VERBS = new Set(['b', 'd', 'o', 'x', 'X'])
const FLOAT_VERBS = new Set(['e', 'E', 'f', 'g', 'G'])

export const isNumberVerb = (verb: string): boolean => INTEGER_VERBS.has(verb) || FLOAT_VERBS.has(verb)
export const isIntegerVerb = (verb: string): boolean => INTEGER_VERBS.has(verb)

/** `n` as `%<flags><width>.<precision><verb>`; integer verbs want an integer (checked by the caller). */
export function formatGoNumber(n: number, spec: NumberVerb): string {
  return INTEGER_VERBS.has(spec.verb) ? formatInteger(n, spec) : formatFloat(n, spec)
}

/** What `%v` writes for a number: the shortest digits, with an exponent from 1e+06 on (and below 1e-04). */
export function shortestG(n: number): string {
  return formatFloat(n, { verb: 'g', flags: '', width: undefined, precision: undefined })
}

function formatInteger(n: number, { verb, flags, width, precision }: NumberVerb): string {
  const abs = Math.abs(n)
  const base = verb === 'b' ? 2 : verb === 'o' ? 8 : verb === 'd' ? 10 : 16
  // Past 2^53 a float64 is not the integer written (1e23 is 99999999999999991611392): in base 10
  // its shortest digits are, as elsewhere (`formatNumber`).
  let digits = Number.isSafeInteger(abs) ? abs.toString(base) : base === 10 ? formatNumber(abs) : BigInt(abs).toString(base)
  if (verb === 'X') digits = digits.toUpperCase()
  const sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : ''
  const prefix = flags.includes('#') ? (({ b: '0b', o: '0', x: '0x', X: '0X' } as Record<string, string>)[verb] ?? '') : ''
  let zeros = 0
  if (precision !== undefined) {
    if (digits.length < precision) zeros = precision - digits.length
    // Go prints nothing at all for a zero with a zero precision, whatever the width.
    else if (digits === '0' && precision === 0) return ''
  }
  let left = 0
  let right = 0
  const length = sign.length + prefix.length + zeros + digits.length
  if (width !== undefined && length < width) {
    const d = width - length
    if (flags.includes('-')) right = d
    else if (flags.includes('0') && precision === undefined) zeros += d
    else left = d
  }
  return ' '.repeat(left) + sign + prefix + '0'.repeat(zeros) + digits + ' '.repeat(right)
}

function formatFloat(n: number, { verb, flags, width, precision }: NumberVerb): string {
  let body: string
  let sign: string
  if (!Number.isFinite(n)) {
    body = 'Inf'
    sign = n < 0 ? '-' : flags.includes(' ') ? ' ' : '+'
  } else {
    body = floatBody(Math.abs(n), verb, precision)
    sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : ''
  }
  const padding = width !== undefined && width > sign.length + body.length ? width - sign.length - body.length : 0
  // Go's fmt turns the zero flag off when `-` is given.
  if (flags.includes('-')) return sign + body + ' '.repeat(padding)
  if (flags.includes('0') && Number.isFinite(n)) return sign + '0'.repeat(padding) + body
  return ' '.repeat(padding) + sign + body
}

/** A non-negative finite number's text without its sign, as `big.Float.Append(verb, precision)`. */
function floatBody(x: number, verb: string, precision: number | undefined): string {
  const upper = verb === 'E' || verb === 'G'
  const v = verb.toLowerCase()
  let prec = precision ?? (v === 'g' ? -1 : 6)
  let d: Decimal
  const shortest = prec < 0
  if (shortest) {
    d = shortestDecimal(x)
    prec = d.mant.length
  } else {
    d = exactDecimal(x)
    if (v === 'e') round(d, 1 + prec)
    else if (v === 'f') round(d, d.exp + prec)
    else {
      if (prec === 0) prec = 1
      round(d, prec)
    }
  }
  let text: string
  if (v === 'e') text = fmtE(prec, d)
  else if (v === 'f') text = fmtF(prec, d)
  else {
    let eprec = prec
    if (eprec > d.mant.length && d.mant.length >= d.exp) eprec = d.mant.length
    if (shortest) eprec = 6
    const exp = d.exp - 1
    if (exp < -4 || exp >= eprec) text = fmtE(Math.min(prec, d.mant.length) - 1, d)
    else text = fmtF(Math.max((prec > d.exp ? d.mant.length : prec) - d.exp, 0), d)
  }
  return upper ? text.toUpperCase() : text
}

function fmtE(prec: number, d: Decimal): string {
  let out = d.mant[0] ?? '0'
  if (prec > 0) out += '.' + d.mant.slice(1, prec + 1).padEnd(prec, '0')
  const exp = d.mant.length ? d.exp - 1 : 0
  const abs = Math.abs(exp)
  return `${out}e${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`
}

function fmtF(prec: number, d: Decimal): string {
  let out = d.exp > 0 ? d.mant.slice(0, d.exp).padEnd(d.exp, '0') : '0'
  if (prec > 0) {
    out += '.'
    for (let i = 1; i <= prec; i++) out += d.mant[d.exp - 1 + i] ?? '0'
  }
  return out
}

/** The shortest digits that read back as `x` (what JavaScript prints too). */
function shortestDecimal(x: number): Decimal {
  if (x === 0) return { mant: '', exp: 0 }
  const [m, e] = x.toExponential().split('e') as [string, string]
  return trimmed({ mant: m.replace('.', ''), exp: Number(e) + 1 })
}

/** Every digit of the float64 `x`, exactly: a float64 is an integer times a power of two. */
function exactDecimal(x: number): Decimal {
  if (x === 0) return { mant: '', exp: 0 }
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  const bits = view.getBigUint64(0)
  const biased = Number((bits >> 52n) & 0x7ffn)
  const fraction = bits & ((1n << 52n) - 1n)
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n)
  const twos = (biased === 0 ? 1 : biased) - 1075
  if (twos >= 0) {
    const digits = (mantissa << BigInt(twos)).toString()
    return trimmed({ mant: digits, exp: digits.length })
  }
  // mantissa / 2^k = mantissa × 5^k / 10^k
  const digits = (mantissa * 5n ** BigInt(-twos)).toString()
  return trimmed({ mant: digits, exp: digits.length + twos })
}

function trimmed(d: Decimal): Decimal {
  let end = d.mant.length
  while (end > 0 && d.mant[end - 1] === '0') end--
  d.mant = d.mant.slice(0, end)
  if (!d.mant) d.exp = 0
  return d
}

/** Go's `decimal.round`: to `n` digits, a tie to even; nothing to do outside the digits. */
function round(d: Decimal, n: number): void {
  if (n < 0 || n >= d.mant.length) return
  const digit = d.mant[n]!
  const up = digit === '5' && n + 1 === d.mant.length ? n > 0 && (d.mant.charCodeAt(n - 1) - 48) % 2 === 1 : digit >= '5'
  if (!up) {
    d.mant = d.mant.slice(0, n)
    trimmed(d)
    return
  }
  let i = n - 1
  while (i >= 0 && d.mant[i] === '9') i--
  if (i < 0) {
    d.mant = '1'
    d.exp++
    return
  }
  d.mant = d.mant.slice(0, i) + String.fromCharCode(d.mant.charCodeAt(i) + 1)
}
