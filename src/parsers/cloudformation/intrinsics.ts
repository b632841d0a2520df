/**
 * Static evaluation of CloudFormation intrinsic functions. What can be known from the template
 * alone (parameter defaults, mappings, conditions, references to resources of the template) is
 * computed; references to buckets become neutral placeholders; the rest is `Unknown`, never a guess.
 */
import type { SensitiveTexts } from '../../sensitive-texts.js'
import { ANY_PARAMETER, type PassedParameters } from './stack-parameters.js'
import { isNoEcho, noEchoWhy } from './no-echo.js'
import { dynamicReferenceParts, mentionsDynamicReference } from './dynamic-references.js'
import { frameworkPlaceholder, frameworkVariableParts, isFrameworkVariableName } from './framework-variables.js'
import { ownEntry } from '../../own-entry.js'
import { appendAll } from '../../append.js'
import { DEFAULT_LIMITS } from '../../limits.js'
import type { Placeholder, Str, StrPart } from '../../model/value.js'
import { makeStr } from '../../model/value.js'
import type { SMap, SNode } from '../shared/source-tree.js'
import { get } from '../shared/source-tree.js'

export class Unknown {
  constructor(
    readonly why: string,
    /** What is unknown, when two places can name the same thing (`parameter:Name`). */
    readonly key?: string,
    /** The strings it is known to be one of (`Fn::FindInMap` by a key only known at deploy time). */
    readonly oneOf?: readonly string[],
  ) {}
}

/** An unknown is kept as one of its candidates only up to this many (mappings by Region hold ~35). */
const MAX_CANDIDATES = 64
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue')

/** An evaluated value. Maps and lists are plain JS; partially known strings are `Str` objects. */
export type EV = string | number | boolean | null | { parts: StrPart[] } | Unknown | typeof NO_VALUE | EV[] | { [k: string]: EV }

export type Tri = true | false | 'unknown'

const PSEUDO: Record<string, Placeholder['kind'] extends never ? never : Extract<Placeholder, { kind: 'pseudo' }>['name']> = {
  'AWS::Partition': 'partition',
  'AWS::AccountId': 'account',
  'AWS::Region': 'region',
  'AWS::StackName': 'stack',
  'AWS::StackId': 'stack',
  'AWS::URLSuffix': 'url-suffix',
}

/** Own keys only: `!Ref constructor` names a resource, not Object's constructor. */
const pseudoName = (name: string) => ownEntry(PSEUDO, name)

export const BUCKET_TYPES = new Set(['AWS::S3::Bucket'])

/** IAM resources whose `Arn` names the stack's own account, with the ARN's resource type. */
const IAM_ARN_KINDS: Record<string, string> = { 'AWS::IAM::Role': 'role', 'AWS::IAM::User': 'user' }

/**
 * The identifier of a `Fn::ForEach` loop whose collection is not known, in the one copy of its body
 * that is scanned (src/parsers/cloudformation/for-each.ts): unknown, its argument the reason.
 */
export const LOOP_VALUE = 'Fn::S3Gate::LoopValue'

export function isIntrinsic(node: SNode): boolean {
  if (node.kind !== 'map' || node.entries.length !== 1) return false
  const k = node.entries[0]!.key
  return k === 'Ref' || k === 'Condition' || k.startsWith('Fn::')
}

export function isStrObject(v: EV): v is { parts: StrPart[] } {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && Array.isArray((v as { parts?: unknown }).parts)
  )
}

export class TemplateEvaluator {
  private readonly parameters: SMap | undefined
  private readonly mappings: SMap | undefined
  private readonly conditions: SMap | undefined
  private readonly resourceTypes = new Map<string, string>()
  private readonly conditionCache = new Map<string, Tri>()
  private readonly conditionsInProgress = new Set<string>()
  /**
   * Inside what chooses (the operands of a condition's `Fn::Equals`, the keys of `Fn::FindInMap`,
   * the index of `Fn::Select`): parameters there are not taken at their defaults.
   */
  private comparing = 0
  private steps = 0

  /**
   * `maxLength`: the longest string built (characters; a placeholder counts one), as in Terraform
   * 64 characters an element of the largest collection. Every step of `Fn::Sub`/`Fn::Join` may
   * repeat a long parameter default: 20,000 `${P}` of 100 KB each would be 2 GB.
   */
  constructor(
    readonly root: SMap,
    private readonly maxSteps: number,
    private readonly maxLength = DEFAULT_LIMITS.maxCollectionSize * 64,
    /** What a parent stack passes to this nested template: it replaces the defaults. */
    private readonly passed?: PassedParameters,
    /** Where `NoEcho` parameters' texts are registered, to be masked; without it they are unknown. */
    private readonly sensitive?: SensitiveTexts,
    /** The `resources` of a `serverless.yml`, whose `${self:...}` variables the framework replaces. */
    private readonly frameworkVariables = false,
  ) {
    const p = get(root, 'Parameters')
    this.parameters = p?.kind === 'map' ? p : undefined
    const m = get(root, 'Mappings')
    this.mappings = m?.kind === 'map' ? m : undefined
    const c = get(root, 'Conditions')
    this.conditions = c?.kind === 'map' ? c : undefined
    const r = get(root, 'Resources')
    if (r?.kind === 'map') {
      for (const e of r.entries) {
        const t = get(e.value, 'Type')
        this.resourceTypes.set(e.key, t?.kind === 'scalar' && typeof t.value === 'string' ? t.value : 'unknown')
      }
    }
  }

  /** Whether the budget of steps ran out, so that some values are unknown for that alone. */
  get budgetSpent(): boolean {
    return this.steps > this.maxSteps
  }

  resourceType(id: string): string | undefined {
    return this.resourceTypes.get(id)
  }

  /** Evaluates a whole subtree. */
  evaluate(node: SNode, depth = 0): EV {
    // A literal is read whatever the budget: once it was spent, every resource's `Type` became
    // unknown and the rest of the template was reported as invalid.
    if (node.kind === 'scalar') return typeof node.value === 'string' ? this.literal(node.value) : node.value
    if (++this.steps > this.maxSteps) return new Unknown('evaluation budget exceeded')
    if (depth > 200) return new Unknown('nesting too deep to evaluate')
    switch (node.kind) {
      case 'seq': {
        const out: EV[] = []
        for (const item of node.items) {
          const v = this.evaluate(item, depth + 1)
          if (v !== NO_VALUE) out.push(v)
        }
        return out
      }
      case 'map': {
        if (isIntrinsic(node)) return this.intrinsic(node, depth)
        // `Fn::Transform` beside other keys: the map is what AWS::Include or the macro makes of it.
        if (node.entries.some((e) => e.key === 'Fn::Transform'))
          return new Unknown('an Fn::Transform there (AWS::Include or a macro) makes this value at deploy time')
        const out: { [k: string]: EV } = {}
        for (const e of node.entries) {
          const v = this.evaluate(e.value, depth + 1)
          if (v !== NO_VALUE) out[e.key] = v
        }
        return out
      }
    }
  }

  /** A string as written, with what is only known at deploy time in it as unknown. */
  literal(text: string): EV {
    const v = withDynamicReferences(text)
    if (!this.frameworkVariables || typeof v !== 'string') return v
    const parts = frameworkVariableParts(v)
    return parts ? fromReferenceParts(parts) : v
  }

  private intrinsic(node: SMap, depth: number): EV {
    const { key: fn, value: arg } = node.entries[0]!
    switch (fn) {
      case 'Ref':
        return this.ref(arg)
      case 'Fn::GetAtt':
        return this.getAtt(arg, depth)
      case 'Fn::Sub':
        return this.sub(arg, depth)
      case LOOP_VALUE:
        return new Unknown(arg.kind === 'scalar' ? String(arg.value) : 'the value of a Fn::ForEach loop not expanded')
      case 'Fn::Join':
        return this.join(arg, depth)
      case 'Fn::If': {
        const branch = this.ifBranch(node, depth + 1)
        if (branch instanceof Unknown) {
          if (arg.kind !== 'seq' || arg.items.length !== 3) return branch
          const a = this.evaluate(arg.items[1]!, depth + 1)
          const b = this.evaluate(arg.items[2]!, depth + 1)
          if (this.equal(a, b)) return a
          // The same choice between the same values is the same value (`BucketName: !If [IsUs,
          // data-us, data-eu]` and a policy's `Bucket:` written the same way name one bucket).
          const c = arg.items[0]!
          const sides = c.kind === 'scalar' ? identities([a, b]) : undefined
          return c.kind === 'scalar' && sides ? new Unknown(branch.why, `if:${JSON.stringify([String(c.value), sides])}`) : branch
        }
        return this.evaluate(branch, depth + 1)
      }
      case 'Fn::Select': {
        if (arg.kind !== 'seq' || arg.items.length !== 2) return new Unknown('malformed Fn::Select')
        // The index chooses, as a condition does: a parameter's default does not decide it.
        const idx = this.choosing(() => this.evaluate(arg.items[0]!, depth + 1))
        const list = this.evaluate(arg.items[1]!, depth + 1)
        const i = typeof idx === 'number' ? idx : typeof idx === 'string' && /^\d+$/.test(idx) ? Number(idx) : NaN
        // Not the parameter itself, so not its identity: `!Select [0, !Ref Names]` and `!Select [1, ...]` differ.
        if (Number.isNaN(i)) {
          // Whichever is chosen, a list of one value gives that value.
          if (Array.isArray(list) && list.length > 0 && list.every((v) => this.equal(v, list[0]!))) return list[0]!
          return idx instanceof Unknown ? new Unknown(idx.why) : new Unknown('Fn::Select index is not known')
        }
        // The same element of the same list is the same value: a bucket named `!Select [0, !Ref Names]`
        // is the one a policy's `Bucket:` written the same way names.
        if (!Array.isArray(list))
          return list instanceof Unknown
            ? new Unknown(list.why, list.key === undefined ? undefined : `select:${i}:${list.key}`)
            : new Unknown('Fn::Select list is not known')
        return list[i] ?? new Unknown('Fn::Select index out of range')
      }
      case 'Fn::Split': {
        if (arg.kind !== 'seq' || arg.items.length !== 2) return new Unknown('malformed Fn::Split')
        const d = this.evaluate(arg.items[0]!, depth + 1)
        const s = this.evaluate(arg.items[1]!, depth + 1)
        if (typeof d === 'string' && typeof s === 'string') return this.derived(s, this.built(s.split(d)))
        const key = typeof d === 'string' && s instanceof Unknown && s.key !== undefined ? `split:${JSON.stringify(d)}:${s.key}` : undefined
        return new Unknown('Fn::Split over a value not known statically', key)
      }
      case 'Fn::FindInMap':
        return this.findInMap(arg, depth)
      case 'Fn::ImportValue': {
        // One export is one value: the same import in a bucket's name and in a policy's ARN matches.
        const name = this.evaluate(arg, depth + 1)
        return typeof name === 'string'
          ? new Unknown(`imported from another stack (Fn::ImportValue ${name})`, `import:${name}`)
          : new Unknown('imported from another stack (Fn::ImportValue)')
      }
      case 'Fn::Base64': {
        const v = this.evaluate(arg, depth + 1)
        if (typeof v !== 'string') return new Unknown('Fn::Base64 of a value not known statically')
        // Four characters for every three bytes, up to three bytes a character.
        if (v.length * 4 > this.maxLength) return this.tooLong()
        if (!this.chargeChars(v.length * 4)) return new Unknown('evaluation budget exceeded')
        return this.derived(v, Buffer.from(v, 'utf8').toString('base64'))
      }
      case 'Fn::GetAZs':
        return new Unknown('availability zones are only known at deploy time')
      case 'Fn::Cidr':
        return new Unknown('Fn::Cidr is computed at deploy time')
      case 'Fn::Transform':
        return new Unknown('produced by a CloudFormation macro (Fn::Transform)')
      case 'Fn::Length': {
        const v = this.evaluate(arg, depth + 1)
        return Array.isArray(v) ? v.length : new Unknown('Fn::Length of a value not known statically')
      }
      case 'Fn::ToJsonString': {
        const v = this.evaluate(arg, depth + 1)
        if (!isFullyKnown(v)) return new Unknown('Fn::ToJsonString of a value not known statically')
        const size = sizeOf(v, this.maxLength)
        if (size > this.maxLength) return this.tooLong()
        // Escaped, a hidden text that holds a quote or a backslash is no longer quoted whole.
        return this.chargeChars(size) ? this.derived(v, JSON.stringify(v)) : new Unknown('evaluation budget exceeded')
      }
      case 'Condition': {
        const name = typeof (arg as { value?: unknown }).value === 'string' ? String((arg as { value: string }).value) : ''
        const c = this.condition(name, depth + 1)
        return c === 'unknown' ? new Unknown('depends on a condition that is not known statically') : c
      }
      default:
        return new Unknown(`${fn} is not evaluated statically`)
    }
  }

  private ref(arg: SNode): EV {
    if (arg.kind !== 'scalar' || typeof arg.value !== 'string') return new Unknown('Ref to something not known statically')
    const name = arg.value
    if (name === 'AWS::NoValue') return NO_VALUE
    const pseudo = pseudoName(name)
    if (pseudo) return { parts: [{ kind: 'pseudo', name: pseudo }] }
    if (name === 'AWS::NotificationARNs') return new Unknown('AWS::NotificationARNs is only known at deploy time')
    const param = get(this.parameters, name)
    if (param) return this.parameterValue(name, param)
    const type = this.resourceTypes.get(name)
    if (type !== undefined) {
      if (BUCKET_TYPES.has(type)) return { parts: [{ kind: 'bucket', id: name, attr: 'name' }] }
      return { parts: [{ kind: 'resource', id: name, type, attr: 'Ref' }] }
    }
    // CloudFormation rejects the template; whatever was meant, the same name means the same value.
    return new Unknown(`Ref to "${name}", which the template does not define`, `undefined:${name}`)
  }

  private parameterValue(name: string, param: SNode): EV {
    if (!isNoEcho(param)) return this.shownParameterValue(name, param)
    // CloudFormation hides a default and a value passed alike: read all the same (a `PublicRead`
    // behind `NoEcho` is public), its texts masked in what is reported. Past what can be masked,
    // unknown; the key keeps its identity, so a policy on `!Ref BucketName` still finds the bucket.
    const hidden = new Unknown(noEchoWhy(name), `parameter:${name}`)
    if (!this.sensitive) return hidden
    const v = this.shownParameterValue(name, param)
    const texts: string[] = []
    return textsOf(v, texts, 0) && this.sensitive.add(texts) ? v : hidden
  }

  /**
   * `made`, what an intrinsic made of `from`, with the texts it made of a NoEcho value registered
   * (`SensitiveTexts.addDerived`): `!Select [0, !Split [",", !Ref Names]]` quotes a name no
   * registered text is. Unknown when they cannot all be masked.
   */
  private derived(from: EV, made: EV): EV {
    if (!this.sensitive?.texts.size) return made
    const given: string[] = []
    const texts: string[] = []
    if (textsOf(from, given, 0) && textsOf(made, texts, 0) && this.sensitive.addDerived(given, texts)) return made
    return new Unknown('made of a NoEcho parameter; s3-gate does not read values CloudFormation hides')
  }

  private shownParameterValue(name: string, param: SNode): EV {
    const type = get(param, 'Type')
    const typeName = type?.kind === 'scalar' ? String(type.value) : 'String'
    const key = `parameter:${name}`
    if (typeName.startsWith('AWS::SSM::Parameter::Value')) return new Unknown(`parameter ${name} is read from SSM at deploy time`, key)
    let passed = this.passed?.has(name) ? this.passed.get(name) : this.passed?.get(ANY_PARAMETER)
    if (passed === null) return new Unknown(`parameter ${name} is passed by the parent stack, and only known at deploy time`, key)
    if (typeof passed === 'object' && 'arnOf' in passed) {
      // The ARN of the bucket whose name the parent passes as `arnOf`: that name's identity, so a
      // statement on `${BucketArn}/*` is about the bucket of `Bucket: !Ref BucketName`.
      const why = `parameter ${name} is the ARN of the bucket the parent stack passes as ${passed.arnOf}, named at deploy time`
      return { parts: ['arn:aws:s3:::', { kind: 'unknown', why, key: `parameter:${passed.arnOf}` }] }
    }
    if (typeof passed === 'object') {
      const def = get(param, 'Default')
      const defaultText = def?.kind === 'scalar' && def.value !== null ? String(def.value) : undefined
      if (defaultText !== passed.orDefault)
        return new Unknown(
          `parameter ${name} is passed as "${passed.orDefault}" by one parent stack and left at its default by another`,
          key,
        )
      passed = passed.orDefault
    }
    if (passed !== undefined) {
      if (typeName === 'CommaDelimitedList' || typeName.startsWith('List<')) return this.built(passed.split(',').map((s) => s.trim()))
      return passed
    }
    // Without a default, a parameter whose `AllowedValues` lists one value can only be given that
    // one (`Env` allowing only `prod` decides `IsProd`, and `!Ref Acl` allowing only `PublicRead` is public).
    const def = get(param, 'Default') ?? soleAllowedValue(param)
    if (!def) return new Unknown(`parameter ${name} has no default, so its value is only known at deploy time`, key)
    // A default decides no condition: the stack may be deployed with another value, and a public
    // bucket under `Condition: IsProd` (default `dev`) was dropped, and `!If [IsProd, PublicRead,
    // Private]` read as private. Only a parameter that allows one value is known there.
    if (this.comparing > 0 && !onlyValue(param))
      return new Unknown(`parameter ${name} may be given another value than its default when the stack is deployed`, key)
    const v = this.evaluate(def)
    if (typeName === 'CommaDelimitedList' || typeName.startsWith('List<')) {
      return typeof v === 'string' ? this.built(v.split(',').map((s) => s.trim())) : v
    }
    return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v
  }

  private getAtt(arg: SNode, depth: number): EV {
    let id: EV
    let attr: EV
    if (arg.kind === 'seq' && arg.items.length === 2) {
      id = this.evaluate(arg.items[0]!, depth + 1)
      attr = this.evaluate(arg.items[1]!, depth + 1)
    } else if (arg.kind === 'scalar' && typeof arg.value === 'string') {
      const dot = arg.value.indexOf('.')
      id = dot < 0 ? arg.value : arg.value.slice(0, dot)
      attr = dot < 0 ? '' : arg.value.slice(dot + 1)
    } else return new Unknown('malformed Fn::GetAtt')
    if (typeof id !== 'string' || typeof attr !== 'string') return new Unknown('Fn::GetAtt with a name not known statically')
    return this.attribute(id, attr)
  }

  private attribute(id: string, attr: string): EV {
    const type = this.resourceTypes.get(id)
    if (type === undefined) return new Unknown(`Fn::GetAtt on "${id}", which the template does not define`)
    if (BUCKET_TYPES.has(type)) {
      if (attr === 'Arn') return { parts: [{ kind: 'bucket', id, attr: 'arn' }] }
      if (attr === 'DomainName' || attr === 'RegionalDomainName' || attr === 'DualStackDomainName')
        return { parts: [{ kind: 'bucket', id, attr: 'domain' }] }
    }
    const iam = ownEntry(IAM_ARN_KINDS, type)
    if (iam && attr === 'Arn') return iamArn(id, type, iam)
    return { parts: [{ kind: 'resource', id, type, attr }] }
  }

  private sub(arg: SNode, depth: number): EV {
    let template: EV
    const vars = new Map<string, EV>()
    if (arg.kind === 'seq') {
      if (arg.items.length < 1) return new Unknown('malformed Fn::Sub')
      template = this.subTemplate(arg.items[0]!, depth + 1)
      const m = arg.items[1]
      if (m?.kind === 'map') for (const e of m.entries) vars.set(e.key, this.evaluate(e.value, depth + 1))
    } else template = this.subTemplate(arg, depth + 1)
    if (typeof template !== 'string') return new Unknown('Fn::Sub template not known statically')
    const parts = new BoundedParts(this.maxLength)
    // `[^{}]`, not `[^}]`: each `${` without a `}` would otherwise scan to the end of the template,
    // quadratic in a template made of them (1 MB: minutes). Variable names hold no braces.
    const re = /\$\{([^{}]*)\}/g
    let last = 0
    for (let m = re.exec(template); m; m = re.exec(template)) {
      if (!parts.add([template.slice(last, m.index)])) return this.tooLong()
      last = re.lastIndex
      const name = m[1]!.trim()
      if (name.startsWith('!')) {
        if (!parts.add([`\${${name.slice(1)}}`])) return this.tooLong()
        continue
      }
      let v: EV
      if (vars.has(name)) v = vars.get(name)!
      else if (this.frameworkVariables && isFrameworkVariableName(name)) {
        const p = frameworkPlaceholder(m[0])
        v = new Unknown(p.why, p.key)
      } else if (name.includes('.') && !pseudoName(name)) {
        const dot = name.indexOf('.')
        v = this.attribute(name.slice(0, dot), name.slice(dot + 1))
      } else v = this.ref({ kind: 'scalar', value: name, quoted: true, start: 0, end: 0 })
      if (!parts.add(toParts(v))) return this.tooLong()
    }
    if (!parts.add([template.slice(last)])) return this.tooLong()
    if (!this.chargeChars(parts.length)) return new Unknown('evaluation budget exceeded')
    return withDynamicReferences(strToEv(makeStr(parts.list)))
  }

  /**
   * The text of an `Fn::Sub` template as written: CloudFormation substitutes first and resolves
   * dynamic references after, so `{{resolve:ssm:/${Env}/acl}}` is one reference.
   */
  private subTemplate(node: SNode, depth: number): EV {
    return node.kind === 'scalar' && typeof node.value === 'string' ? node.value : this.evaluate(node, depth)
  }

  /**
   * A list a function built, its elements counted as steps (as in Terraform): every `Ref` splits
   * the parameter again, and 300 splits of a 1 MB default into characters took 4.6 GB and killed
   * the scan.
   */
  private built(items: string[]): EV {
    this.steps += items.length
    return this.steps > this.maxSteps ? new Unknown('evaluation budget exceeded') : items
  }

  /**
   * Counts a string built as a step per 16 characters, as Terraform does: each string is bounded,
   * but not how many are built; 1,000 buckets named by a `Fn::Join` of a 60 KB default repeated
   * 100 times built 6 GB of text and ran out of memory.
   */
  private chargeChars(chars: number): boolean {
    this.steps += chars >>> 4
    return this.steps <= this.maxSteps
  }

  /** `deepEqual`, its serialising charged (both branches of every unknown `Fn::If`, megabytes each). */
  private equal(a: EV, b: EV): boolean {
    if (a instanceof Unknown || b instanceof Unknown) return false
    if (!this.chargeChars(sizeOf(a, this.maxLength) + sizeOf(b, this.maxLength))) return false
    return deepEqual(a, b, this.maxLength)
  }

  private tooLong(): Unknown {
    return new Unknown(`the string would be longer than ${this.maxLength} characters`)
  }

  private join(arg: SNode, depth: number): EV {
    if (arg.kind !== 'seq' || arg.items.length !== 2) return new Unknown('malformed Fn::Join')
    const d = this.evaluate(arg.items[0]!, depth + 1)
    const list = this.evaluate(arg.items[1]!, depth + 1)
    if (typeof d !== 'string') return new Unknown('Fn::Join delimiter not known statically')
    if (!Array.isArray(list)) return list instanceof Unknown ? new Unknown(list.why) : new Unknown('Fn::Join list not known statically')
    const parts = new BoundedParts(this.maxLength)
    for (let i = 0; i < list.length; i++) {
      if ((i > 0 && !parts.add([d])) || !parts.add(toParts(list[i]!))) return this.tooLong()
    }
    if (!this.chargeChars(parts.length)) return new Unknown('evaluation budget exceeded')
    return withDynamicReferences(strToEv(makeStr(parts.list)))
  }

  private findInMap(arg: SNode, depth: number): EV {
    if (arg.kind !== 'seq' || arg.items.length < 3) return new Unknown('malformed Fn::FindInMap')
    // The keys choose an entry, as a condition chooses a branch: `!FindInMap [Env, !Ref Stage, Acl]`
    // is not read at the default stage (`dev`: Private) when `prod` (PublicRead) may be deployed.
    const keys = arg.items.slice(0, 3).map((k) => this.choosing(() => this.evaluate(k, depth + 1)))
    const fallback = arg.items[3]
    const dv = fallback?.kind === 'map' ? get(fallback, 'DefaultValue') : undefined
    if (!keys.every((k) => typeof k === 'string' || typeof k === 'number')) return this.anyInMap(keys, dv, depth)
    const [a, b, c] = keys.map(String) as [string, string, string]
    const node = get(get(get(this.mappings, a), b), c)
    if (node) return this.evaluate(node, depth + 1)
    return dv ? this.evaluate(dv, depth + 1) : new Unknown(`Fn::FindInMap: no entry ${a}.${b}.${c}`)
  }

  /**
   * `!FindInMap [Region2ELBAccountId, !Ref AWS::Region, AccountId]`: a key only known at deploy
   * time picks one of the entries the mapping holds (or the `DefaultValue`; a missing entry fails
   * the deployment). When they all agree, that is the value; when they are all strings, it is
   * unknown but known to be one of them, so that twelve account ids are not taken for `*`.
   */
  private anyInMap(keys: EV[], dv: SNode | undefined, depth: number): EV {
    const why = 'Fn::FindInMap keys not known statically'
    const key = dv ? undefined : lookupKey(keys)
    let level: SNode[] = this.mappings ? [this.mappings] : []
    for (const k of keys) {
      const next: SNode[] = []
      for (const n of level) {
        if (n.kind !== 'map') continue
        if (typeof k === 'string' || typeof k === 'number') {
          const v = get(n, String(k))
          if (v) next.push(v)
        } else for (const e of n.entries) next.push(e.value)
        if (next.length > MAX_CANDIDATES) return new Unknown(why, key)
      }
      level = next
    }
    if (dv) level.push(dv)
    const values = level.map((n) => this.evaluate(n, depth + 1))
    const first = values[0]
    if (first === undefined) return new Unknown(why, key)
    if (values.every((v) => this.equal(v, first))) return first
    const strings = values.map((v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v))
    if (strings.every((v): v is string => typeof v === 'string')) return new Unknown(why, key, [...new Set(strings)])
    return new Unknown(why, key)
  }

  /** `f` evaluated as a choice (a condition's operands, a map key, an index): parameters there are not taken at their defaults. */
  private choosing<T>(f: () => T): T {
    this.comparing++
    try {
      return f()
    } finally {
      this.comparing--
    }
  }

  /** The chosen branch node of an `Fn::If`, or Unknown when the condition is not known. */
  ifBranch(node: SMap, depth = 0): SNode | Unknown {
    const arg = node.entries[0]!.value
    if (arg.kind !== 'seq' || arg.items.length !== 3) return new Unknown('malformed Fn::If')
    const name = arg.items[0]!
    const c = name.kind === 'scalar' ? this.condition(String(name.value), depth) : 'unknown'
    if (c === 'unknown')
      return new Unknown(`depends on condition ${name.kind === 'scalar' ? String(name.value) : '?'}, which is not known statically`)
    return c ? arg.items[1]! : arg.items[2]!
  }

  /**
   * A named condition from the Conditions section. `depth`: how deep the evaluation that asks
   * already is. A condition that names the next (`C1: !Condition C2` ... 20,000 of them) nests as
   * deep as its chain is long, and restarting at 0 for each name overflowed the stack.
   */
  condition(name: string, depth = 0): Tri {
    const cached = this.conditionCache.get(name)
    if (cached !== undefined) return cached
    if (this.conditionsInProgress.has(name)) {
      // CloudFormation rejects a template whose conditions refer to each other in a circle; what
      // each of them holds is not decided by whichever was asked first (`!Or [cycle, true]` was true).
      for (const c of this.conditionsInProgress) this.cyclicConditions.add(c)
      return 'unknown'
    }
    const node = get(this.conditions, name)
    if (!node) return 'unknown'
    this.conditionsInProgress.add(name)
    const r = this.conditionValue(node, depth)
    this.conditionsInProgress.delete(name)
    const held = this.cyclicConditions.has(name) ? 'unknown' : r
    this.conditionCache.set(name, held)
    return held
  }

  /** Conditions found to refer to themselves through others (so far), in the order found. */
  readonly cyclicConditions = new Set<string>()

  private conditionValue(node: SNode, depth: number): Tri {
    if (depth > 100 || ++this.steps > this.maxSteps) return 'unknown'
    if (node.kind === 'scalar')
      return node.value === true || node.value === 'true' ? true : node.value === false || node.value === 'false' ? false : 'unknown'
    if (node.kind !== 'map' || !isIntrinsic(node)) return 'unknown'
    const { key, value } = node.entries[0]!
    const items = value.kind === 'seq' ? value.items : [value]
    switch (key) {
      case 'Condition':
        return value.kind === 'scalar' ? this.condition(String(value.value), depth + 1) : 'unknown'
      case 'Fn::Not': {
        // CloudFormation takes exactly one condition, two to ten for `Fn::And` and `Fn::Or`: it
        // rejects any other count, which decides nothing (`!Not []` read past its end and crashed,
        // `!And []` held and `!Or []` did not).
        if (items.length !== 1) return 'unknown'
        const r = this.conditionValue(items[0]!, depth + 1)
        return r === 'unknown' ? r : !r
      }
      case 'Fn::And': {
        if (items.length < 2) return 'unknown'
        let out: Tri = true
        for (const i of items) {
          const r = this.conditionValue(i, depth + 1)
          if (r === false) return false
          if (r === 'unknown') out = 'unknown'
        }
        return out
      }
      case 'Fn::Or': {
        if (items.length < 2) return 'unknown'
        let out: Tri = false
        for (const i of items) {
          const r = this.conditionValue(i, depth + 1)
          if (r === true) return true
          if (r === 'unknown') out = 'unknown'
        }
        return out
      }
      case 'Fn::Equals': {
        if (items.length !== 2) return 'unknown'
        this.comparing++
        let a: EV
        let b: EV
        try {
          a = this.evaluate(items[0]!, depth + 1)
          b = this.evaluate(items[1]!, depth + 1)
        } finally {
          this.comparing--
        }
        if (!isFullyKnown(a) || !isFullyKnown(b)) return 'unknown'
        if (sizeOf(a, this.maxLength) + sizeOf(b, this.maxLength) > this.maxLength) return 'unknown'
        return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))
      }
      default:
        return 'unknown'
    }
  }
}

/**
 * A role or user of this template lives in the stack's own account, so its ARN is spelled with
 * `${AWS::AccountId}`: a bucket policy granting it s3:PutBucketPolicy (CDK's autoDeleteObjects
 * does) is not another account's.
 */
function iamArn(id: string, type: string, kind: string): EV {
  return {
    parts: [
      'arn:',
      { kind: 'pseudo', name: 'partition' },
      ':iam::',
      { kind: 'pseudo', name: 'account' },
      `:${kind}/`,
      { kind: 'resource', id, type, attr: 'Ref' },
    ],
  }
}

/**
 * The identity of a `Fn::FindInMap` by keys not known statically: the same map looked up by the
 * same parameters is the same value. Without it, a bucket named `!FindInMap [Names, !Ref Env,
 * Bucket]` and its policy's `Bucket:` written the same way were two buckets: the policy was
 * checked on no bucket, and the bucket said to have none. Undefined when a key has no identity.
 */
function lookupKey(keys: readonly EV[]): string | undefined {
  const parts = identities(keys)
  return parts === undefined ? undefined : `mapping:${parts}`
}

/** What tells `values` apart (their texts, or the identities of unknown ones); undefined when one has none. */
function identities(values: readonly EV[]): string | undefined {
  const parts: string[] = []
  for (const v of values) {
    if (typeof v === 'string' || typeof v === 'number') parts.push(`=${String(v)}`)
    else if (v instanceof Unknown && v.key !== undefined) parts.push(`?${v.key}`)
    else return undefined
  }
  return JSON.stringify(parts)
}

/** True for a parameter whose `AllowedValues` lists one value: it can hold no other. */
function onlyValue(param: SNode): boolean {
  const allowed = get(param, 'AllowedValues')
  return allowed?.kind === 'seq' && allowed.items.length === 1
}

/** The one value a parameter's `AllowedValues` lists (a scalar), when it lists one. */
function soleAllowedValue(param: SNode): SNode | undefined {
  const allowed = get(param, 'AllowedValues')
  const only = allowed?.kind === 'seq' && allowed.items.length === 1 ? allowed.items[0] : undefined
  return only?.kind === 'scalar' && only.value !== null ? only : undefined
}

function normalise(v: EV): EV {
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v
}

export function isFullyKnown(v: EV): boolean {
  if (v instanceof Unknown || v === NO_VALUE) return false
  if (v === null || typeof v !== 'object') return true
  if (isStrObject(v)) return false
  if (Array.isArray(v)) return v.every(isFullyKnown)
  return Object.values(v).every(isFullyKnown)
}

function toParts(v: EV): StrPart[] {
  if (typeof v === 'string') return [v]
  if (typeof v === 'number' || typeof v === 'boolean') return [String(v)]
  if (v instanceof Unknown) return [unknownPart(v)]
  if (isStrObject(v)) return v.parts
  return [{ kind: 'unknown', why: 'a list or map where a string was expected' }]
}

/** The placeholder an unknown leaves in a string, with what it is known about it. */
export function unknownPart(v: Unknown): Placeholder {
  const p: Extract<Placeholder, { kind: 'unknown' }> = { kind: 'unknown', why: v.why }
  if (v.key) p.key = v.key
  if (v.oneOf) p.oneOf = v.oneOf
  return p
}

/**
 * A string with its dynamic references (`{{resolve:...}}`) as unknowns: the template holds where
 * the value is read from, not the value (see dynamic-references.ts).
 */
export function withDynamicReferences(v: EV): EV {
  if (typeof v === 'string') return mentionsDynamicReference(v) ? fromReferenceParts(dynamicReferenceParts(v)) : v
  if (!isStrObject(v) || !v.parts.some((p) => typeof p === 'string' && mentionsDynamicReference(p))) return v
  const out: StrPart[] = []
  for (const p of v.parts) {
    const split = typeof p === 'string' ? dynamicReferenceParts(p) : [p]
    if (!split) return fromReferenceParts(undefined)
    appendAll(out, split)
  }
  return fromReferenceParts(out)
}

function fromReferenceParts(parts: StrPart[] | undefined): EV {
  // A reference built around a value known at deploy time (`{{resolve:ssm:/${Env}/acl}}`).
  if (!parts) return new Unknown('a dynamic reference ({{resolve:...}}) whose name is only known at deploy time')
  const s = makeStr(parts)
  const only = typeof s === 'string' || s.parts.length !== 1 ? undefined : s.parts[0]
  if (only !== undefined && typeof only !== 'string' && only.kind === 'unknown') return new Unknown(only.why, only.key)
  return strToEv(s)
}

function strToEv(s: Str): EV {
  return typeof s === 'string' ? s : { parts: s.parts }
}

function deepEqual(a: EV, b: EV, maxLength: number): boolean {
  if (a instanceof Unknown || b instanceof Unknown) return false
  if (sizeOf(a, maxLength) + sizeOf(b, maxLength) > maxLength) return false
  try {
    return JSON.stringify(a) === JSON.stringify(b)
  } catch {
    return false
  }
}

/** String parts built up to a length (characters; a placeholder counts one). */
class BoundedParts {
  readonly list: StrPart[] = []
  length = 0
  constructor(private readonly max: number) {}

  /** Appends `parts`, or nothing and false when the string would grow longer than the bound. */
  add(parts: readonly StrPart[]): boolean {
    for (const p of parts) this.length += typeof p === 'string' ? p.length : 1
    if (this.length > this.max) return false
    appendAll(this.list, parts)
    return true
  }
}

/**
 * About the length of a value as JSON, counted only until it passes `max` (the walk stops
 * there): lists of 20,000 aliases of one long string are cheap to hold but not to serialise.
 */
function sizeOf(v: EV, max: number): number {
  let n = 0
  const visit = (x: EV): boolean => {
    if (typeof x === 'string') n += x.length + 2
    else if (isStrObject(x)) for (const p of x.parts) n += typeof p === 'string' ? p.length : 1
    else if (Array.isArray(x)) {
      n += x.length + 2
      for (let i = 0; i < x.length && n <= max; i++) visit(x[i]!)
    } else if (x !== null && typeof x === 'object' && !(x instanceof Unknown)) {
      for (const k in x) {
        if (n > max) break
        n += k.length + 4
        visit(x[k]!)
      }
    } else n += 8
    return n <= max
  }
  visit(v)
  return n
}

/** The texts of an evaluated value into `out`; false when nested deeper than a value can be. */
function textsOf(v: EV, out: string[], depth: number): boolean {
  if (depth > 64) return false
  if (typeof v === 'string') out.push(v)
  else if (typeof v === 'number' || typeof v === 'boolean') out.push(String(v))
  else if (Array.isArray(v)) return v.every((item) => textsOf(item, out, depth + 1))
  else if (v === NO_VALUE || v === null || v instanceof Unknown) return true
  else if (isStrObject(v)) {
    for (const p of v.parts) if (typeof p === 'string') out.push(p)
  } else return Object.values(v).every((item) => textsOf(item, out, depth + 1))
  return true
}
