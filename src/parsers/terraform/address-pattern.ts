/**
 * Pieces of regular expressions for Terraform addresses (`module.m["a]b"].aws_s3_bucket.b[0]`),
 * shared by the configuration's policy ordering and the plan reader.
 */

/**
 * An instance key: `[0]` or a quoted string, which may hold `]`, `.`, `[` and escaped quotes
 * (`module.m["a]b"]`). Read up to the first `]`, such a key ended the module path there, and the
 * module's resources were looked up, and linked, as the root module's.
 */
export const INSTANCE_KEY = String.raw`\[(?:-?[0-9]+|"(?:[^"\\]|\\.)*")\]`

/**
 * A name: Terraform's identifiers take any Unicode letter (`aws_s3_bucket.données`,
 * `module.模块`), which an ASCII class cut short, and never `.`, `[`, `]` or `"`.
 */
export const NAME = String.raw`[^.[\]"\s]+`

/** The module path an address starts with (`module.a["x"].module.b.`), or `''`. */
export const MODULE_PREFIX = new RegExp(String.raw`^(?:module\.${NAME}(?:${INSTANCE_KEY})?\.)*`)
