// Emitters for generated CloudFormation: YAML with short-form intrinsic tags, and JSON with the
// long form. Templates are built as plain JS values in which an intrinsic is a `Tag`.

export class Tag {
  constructor(name, value) {
    this.name = name // without the '!': Ref, Sub, GetAtt, Join, If, ...
    this.value = value
  }
}

export const Ref = (x) => new Tag('Ref', x)
export const Sub = (s, vars) => new Tag('Sub', vars ? [s, vars] : s)
/** `!GetAtt A.Arn` (dotted), or the list form `!GetAtt [A, Arn]` when `list` is true. */
export const GetAtt = (r, attr, list = false) => new Tag('GetAtt', list ? [r, attr] : `${r}.${attr}`)
export const Join = (sep, parts) => new Tag('Join', [sep, parts])
export const If = (cond, a, b) => new Tag('If', [cond, a, b])
export const Equals = (a, b) => new Tag('Equals', [a, b])
export const Not = (a) => new Tag('Not', [a])
export const And = (...a) => new Tag('And', a)
export const Or = (...a) => new Tag('Or', a)
export const Select = (i, list) => new Tag('Select', [i, list])
export const Split = (sep, s) => new Tag('Split', [sep, s])
export const FindInMap = (m, k1, k2) => new Tag('FindInMap', [m, k1, k2])
export const ImportValue = (x) => new Tag('ImportValue', x)
export const Base64 = (x) => new Tag('Base64', x)
export const GetAZs = (x = '') => new Tag('GetAZs', x)
export const Cidr = (block, count, bits) => new Tag('Cidr', [block, count, bits])
export const Condition = (x) => new Tag('Condition', x)
export const NoValue = Ref('AWS::NoValue')

// ---------------------------------------------------------------------------------------------
// JSON (long form)

const LONG = { Ref: 'Ref', Condition: 'Condition' }

export function toLongForm(v) {
  if (v instanceof Tag) {
    const key = LONG[v.name] ?? `Fn::${v.name}`
    if (v.name === 'GetAtt' && typeof v.value === 'string') {
      const dot = v.value.indexOf('.')
      return { [key]: [v.value.slice(0, dot), v.value.slice(dot + 1)] }
    }
    return { [key]: toLongForm(v.value) }
  }
  if (Array.isArray(v)) return v.map(toLongForm)
  if (v !== null && typeof v === 'object') {
    const o = {}
    for (const k of Object.keys(v)) o[k] = toLongForm(v[k])
    return o
  }
  return v
}

export function emitJson(doc, indent = 2) {
  return `${JSON.stringify(toLongForm(doc), null, indent)}\n`
}

// ---------------------------------------------------------------------------------------------
// YAML (short form)

const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i
const PLAIN_BLOCK = /^[A-Za-z_/][A-Za-z0-9 _.\/:@()=+-]*$/
const PLAIN_FLOW = /^[A-Za-z_/][A-Za-z0-9_.\/@-]*$/
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/

function quote(s, single) {
  if (single && !/['\n\\]/.test(s) && !/[\u0000-\u001f]/.test(s)) return `'${s}'`
  return JSON.stringify(s)
}

function scalar(v, flow, style) {
  if (v === null) return 'null'
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  const s = String(v)
  const plain =
    s.length > 0 &&
    !RESERVED.test(s) &&
    (flow ? PLAIN_FLOW : PLAIN_BLOCK).test(s) &&
    !s.endsWith(' ') &&
    !s.includes(': ') &&
    !s.endsWith(':') &&
    !s.includes(' #')
  if (plain && !style.quoteAll) return s
  return quote(s, style.single)
}

function keyText(k) {
  return PLAIN_KEY.test(k) && !RESERVED.test(k) ? k : `'${k.replace(/'/g, "''")}'`
}

function isScalar(v) {
  return v === null || typeof v !== 'object'
}

/** Flow text for small values (`[a, !Ref B]`), or null when it should be a block. */
function flowText(v, style, budget = 90) {
  let text
  if (v instanceof Tag) {
    if (v.value instanceof Tag) return null
    const inner = flowText(v.value, style, budget)
    if (inner === null) return null
    text = `!${v.name} ${inner}`
  } else if (Array.isArray(v)) {
    const parts = []
    for (const x of v) {
      const t = flowText(x, style, budget)
      if (t === null) return null
      parts.push(t)
    }
    text = `[${parts.join(', ')}]`
  } else if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v)
    if (keys.length > 2) return null
    const parts = []
    for (const k of keys) {
      const t = flowText(v[k], style, budget)
      if (t === null) return null
      parts.push(`${keyText(k)}: ${t}`)
    }
    text = `{${parts.join(', ')}}`
  } else {
    if (typeof v === 'string' && v.includes('\n')) return null
    text = scalar(v, true, style)
  }
  return text.length > budget ? null : text
}

function blockString(s, indent) {
  const pad = ' '.repeat(indent)
  const body = s
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l ? pad + l : ''))
    .join('\n')
  return `|\n${body}\n`
}

/** Emits `v` as the value part after `key:` or `- ` (text starts right after the indicator). */
function valueAfter(v, indent, out, style, inMap = true) {
  if (v instanceof Tag) {
    if (typeof v.value === 'string' && v.value.includes('\n')) {
      out.push(` !${v.name} ${blockString(v.value, indent + 2)}`)
      return
    }
    if (isScalar(v.value)) {
      out.push(` !${v.name} ${scalar(v.value, false, style)}\n`)
      return
    }
    if (v.value instanceof Tag) {
      // A node carries one tag: the inner intrinsic goes in long form, as people write it.
      out.push(` !${v.name}\n`)
      emitMap(toLongForm(v.value), indent + 2, out, style)
      return
    }
    const flow = style.flowTags ? flowText(v.value, style) : null
    if (flow !== null) {
      out.push(` !${v.name} ${flow}\n`)
      return
    }
    out.push(` !${v.name}\n`)
    if (Array.isArray(v.value)) emitSeq(v.value, indent + 2, out, style)
    else emitMap(v.value, indent + 2, out, style)
    return
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return void out.push(' []\n')
    out.push('\n')
    emitSeq(v, style.indentlessSeq && inMap ? indent : indent + 2, out, style)
    return
  }
  if (v !== null && typeof v === 'object') {
    if (Object.keys(v).length === 0) return void out.push(' {}\n')
    out.push('\n')
    emitMap(v, indent + 2, out, style)
    return
  }
  if (typeof v === 'string' && v.includes('\n')) {
    out.push(` ${blockString(v, indent + 2)}`)
    return
  }
  out.push(` ${scalar(v, false, style)}\n`)
}

function emitMap(map, indent, out, style) {
  const pad = ' '.repeat(indent)
  for (const k of Object.keys(map)) {
    const v = map[k]
    if (v === undefined) continue
    out.push(`${pad}${keyText(k)}:`)
    valueAfter(v, indent, out, style)
  }
}

function emitSeq(list, indent, out, style) {
  const pad = ' '.repeat(indent)
  for (const item of list) {
    if (item !== null && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Tag)) {
      // `- Key: value` with the rest of the map aligned under the first key.
      const inner = []
      emitMap(item, indent + 2, inner, style)
      if (inner.length === 0) {
        out.push(`${pad}- {}\n`)
        continue
      }
      inner[0] = `${pad}- ${inner[0].slice(indent + 2)}`
      for (const s of inner) out.push(s)
    } else {
      out.push(`${pad}-`)
      valueAfter(item, indent, out, style, false)
    }
  }
}

/**
 * `doc` is a template object; `comments` maps top-level keys to a comment line printed before
 * them. `style`: { single: prefer single quotes, flowTags: short flow form for small intrinsic
 * arguments, indentlessSeq: `- ` at the parent key's column, quoteAll }.
 */
export function emitYaml(doc, style = {}, comments = {}) {
  const out = []
  for (const k of Object.keys(doc)) {
    if (doc[k] === undefined) continue
    if (comments[k]) out.push(`\n# ${comments[k]}\n`)
    out.push(`${keyText(k)}:`)
    valueAfter(doc[k], 0, out, style)
  }
  return out.join('')
}
