/** Links between CloudFormation stacks or Terraform root modules a bucket policy may cross; `src/cross-stack.ts` resolves them. */

/**
 * A name with parts not known statically: the literal pieces, in order, with anything at all
 * between two of them. One piece is a fully known name; `['', '']` is any name.
 */
export type NamePattern = string[]

/** A bucket another stack may attach a policy to: through an export of it, by its name, or as a nested stack's parameter. */
export interface LinkableBucket {
  /** The bucket's resource id, as its findings carry it. */
  bucket: string
  /** The template (unit) it is declared in. */
  unit: string
  /** Where its "no policy" findings are reported: the bucket's declaration. */
  file: string
  line: number
  /** Names of the `Outputs` exports whose value is the bucket's name or ARN. */
  exports: NamePattern[]
  /** The bucket's name, when the template writes one. */
  name?: NamePattern
  /**
   * Terraform: the root module's outputs that are the bucket's name or ARN, each as its state and
   * output name (src/parsers/terraform/remote-state.ts).
   */
  stateOutputs?: NamePattern[]
  /**
   * CloudFormation: the parameters of nested templates its template passes it to by name
   * (`BucketName: !Ref Data`), each as `nestedParameter(template, parameter)`; a nested stack
   * deployed only maybe (a condition not known statically) as that with anything after it.
   */
  passedTo?: NamePattern[]
}

/** A bucket policy whose bucket its own template does not define. */
export interface ForeignPolicy {
  policy: string
  unit: string
  file: string
  line: number
  /**
   * `import`: `Bucket: !ImportValue <name>`; `name`: the bucket's name; `remote-state`: Terraform's
   * `bucket = data.terraform_remote_state.<x>.outputs.<name>`, as a state and output name;
   * `parameter`: `Bucket: !Ref <parameter>` in a nested template, as `nestedParameter(template,
   * parameter)` (with anything after it for a policy deployed only maybe).
   */
  via: 'import' | 'name' | 'remote-state' | 'parameter'
  name: NamePattern
}

/**
 * CloudFormation: a nested template passing its own parameter on to a nested template of its own
 * (`BucketName: !Ref BucketName`): a bucket passed to `from` is passed to `to` as well. Both are
 * `nestedParameter(template, parameter)`.
 */
export interface ParameterForward {
  from: string
  to: string
  /** The nested stack that passes it on is deployed only maybe (a condition not known statically). */
  maybe: boolean
}

export interface StackLinks {
  buckets: LinkableBucket[]
  policies: ForeignPolicy[]
  forwards?: ParameterForward[]
}

/** Between a nested template's path and a parameter's name, and after it; never part of either. */
const NESTED_PARAMETER_OF = '\u0002'

/** A nested template's parameter as a name a bucket and a policy are linked by. */
export function nestedParameter(template: string, parameter: string): string {
  return `${template}${NESTED_PARAMETER_OF}${parameter}${NESTED_PARAMETER_OF}`
}

/** A `parameter` pattern as the user wrote it. */
export function describeNestedParameter(p: NamePattern): string {
  const [template = '', parameter = ''] = p[0]!.split(NESTED_PARAMETER_OF)
  return `parameter ${parameter} of nested template ${template}`
}

/** In a `remote-state` pattern, between a state's identity and an output's name; never part of either. */
export const STATE_OUTPUT_OF = '\u0003'

/** A `remote-state` pattern as the user wrote it: the output's name, and its state when known. */
export function describeStateOutput(p: NamePattern): string {
  const last = p[p.length - 1]!
  const at = last.indexOf(STATE_OUTPUT_OF)
  const output = last.slice(at + 1)
  const state = p.length === 1 ? p[0]!.slice(0, at) : ''
  return `terraform_remote_state output "${output}"${state ? ` of state ${state}` : ''}`
}
