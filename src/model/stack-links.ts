/** Links between CloudFormation stacks a bucket policy may cross; `src/cross-stack.ts` resolves them. */

/**
 * A name with parts not known statically: the literal pieces, in order, with anything at all
 * between two of them. One piece is a fully known name; `['', '']` is any name.
 */
export type NamePattern = string[]

/** A bucket another stack may attach a policy to: through an export of it, or by its name. */
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
}

/** A bucket policy whose bucket its own template does not define. */
export interface ForeignPolicy {
  policy: string
  unit: string
  file: string
  line: number
  /** `import`: `Bucket: !ImportValue <name>`; `name`: the bucket's name. */
  via: 'import' | 'name'
  name: NamePattern
}

export interface StackLinks {
  buckets: LinkableBucket[]
  policies: ForeignPolicy[]
}
