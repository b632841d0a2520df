/**
 * Evaluated attribute values → model `Value`s, with `at` on the attribute that holds the value and
 * missing settings as `default` at a fallback location (the resource header, or the nested block).
 */
import type { SourceLocation } from '../../model/location.js'
import type { Str, Value } from '../../model/value.js'
import { defaultValue, setValue, unknownValue } from '../../model/value.js'
import type { AttrView, BodyView } from './body-view.js'
import type { SourceFiles } from './eval/source-files.js'
import { toBoolean, toNumber, toStr, type Origin, type TfUnknown, type TfValue } from './eval/value.js'

export class ValueReader {
  constructor(readonly files: SourceFiles) {}

  loc(o: Origin, path: string): SourceLocation {
    return this.files.at(o, path)
  }

  /** Location of a whole block (its header line), e.g. for a missing setting inside it. */
  blockLoc(view: BodyView): SourceLocation {
    return this.loc(view.header, view.path)
  }

  attrLoc(view: BodyView, a: AttrView): SourceLocation {
    return this.loc(a.at, `${view.path}.${a.name}`)
  }

  why(u: TfUnknown): string {
    return u.why
  }

  /** The attribute, unless absent or `null` (which Terraform treats as not set). */
  present(view: BodyView, name: string): AttrView | undefined {
    const a = view.attr(name)
    if (!a || a.value.k === 'null') return undefined
    return a
  }

  bool(view: BodyView, name: string, def: boolean, fallback: SourceLocation): Value<boolean> {
    const a = this.present(view, name)
    if (!a) return defaultValue(def, fallback)
    const at = this.attrLoc(view, a)
    if (a.value.k === 'unknown') {
      // A block that may not exist, setting what its absence means anyway, settles the value.
      if (a.ifPresent && toBoolean(a.ifPresent) === def) return setValue(def, at)
      return unknownValue(this.why(a.value), at)
    }
    const b = toBoolean(a.value)
    if (b === undefined) return unknownValue(`${name} is not a bool`, at)
    return setValue(b, at)
  }

  /** A plain string setting (enum-like: ACLs, algorithms, statuses). */
  string<D extends string | null>(view: BodyView, name: string, def: D, fallback: SourceLocation): Value<string | D> {
    const a = this.present(view, name)
    if (!a) return defaultValue(def, fallback)
    const at = this.attrLoc(view, a)
    if (a.ifPresent && def !== null) {
      const s = this.stringOf(a.ifPresent, at)
      if (s.state === 'set' && s.value === def) return s
    }
    return this.stringOf(a.value, at)
  }

  stringOf(v: TfValue, at: SourceLocation): Value<string> {
    if (v.k === 'unknown') return unknownValue(this.why(v), at)
    const s = toStr(v)
    if (!s || s.k === 'null') return unknownValue('expected a string', at)
    if (s.k === 'sym') return unknownValue('the value is only known at apply time', at)
    if (s.k === 'unknown') return unknownValue(this.why(s), at)
    return setValue(s.v, at)
  }

  /** A string that may name other resources (bucket names, ARNs, key ids). */
  str(view: BodyView, name: string, fallback: SourceLocation): Value<Str | null> {
    const a = this.present(view, name)
    if (!a) return defaultValue(null, fallback)
    const at = this.attrLoc(view, a)
    // An unset variable keeps its identity, so that a bucket named by it is matched by ARNs built from it.
    if (a.value.k === 'unknown') return unknownValue(this.why(a.value), at, a.value.ident)
    const s = this.strOf(a.value)
    return s === undefined ? unknownValue(`${name} is not a string`, at) : setValue(s, at)
  }

  strOf(v: TfValue): Str | undefined {
    const s = v.k === 'unknown' ? v : toStr(v)
    if (!s || s.k === 'null') return undefined
    if (s.k === 'string') return s.v
    if (s.k === 'sym') return { parts: s.parts }
    return { parts: [s.ident === undefined ? { kind: 'unknown', why: this.why(s) } : { kind: 'unknown', why: this.why(s), key: s.ident }] }
  }

  num(view: BodyView, name: string, fallback: SourceLocation): Value<number | null> {
    const a = this.present(view, name)
    if (!a) return defaultValue(null, fallback)
    const at = this.attrLoc(view, a)
    if (a.value.k === 'unknown') return unknownValue(this.why(a.value), at)
    const n = toNumber(a.value)
    return n === undefined ? unknownValue(`${name} is not a number`, at) : setValue(n, at)
  }

  /** A list of strings (a single string counts as a one-element list). */
  strList(view: BodyView, name: string, fallback: SourceLocation): Value<Str[]> {
    const a = this.present(view, name)
    if (!a) return defaultValue([], fallback)
    const at = this.attrLoc(view, a)
    return this.strListOf(a.value, at)
  }

  strListOf(v: TfValue, at: SourceLocation): Value<Str[]> {
    if (v.k === 'unknown') return unknownValue(this.why(v), at)
    const items = v.k === 'list' ? v.items : [v]
    const out: Str[] = []
    for (const i of items) {
      const s = this.strOf(i)
      if (s !== undefined) out.push(s)
    }
    return setValue(out, at)
  }

  /** Plain strings of a list, unknown parts dropped (for event names and the like). */
  plainStrings(view: BodyView, name: string): string[] {
    const a = this.present(view, name)
    if (!a) return []
    const items = a.value.k === 'list' ? a.value.items : [a.value]
    const out: string[] = []
    for (const i of items) {
      const s = toStr(i)
      if (s && s.k === 'string') out.push(s.v)
    }
    return out
  }
}
