import type { SourceLocation } from '../model/location.js'
import type { Format } from '../model/s3.js'
import type { Severity } from './severity.js'

/**
 * A model-level description of the change that fixes a finding. Format-specific `fix.ts`
 * modules turn it into a text edit in the file's own dialect.
 *
 * Fields in use (dotted paths into the subject's model object):
 * - bucket: `publicAccessBlock` (value `true` = all four flags on), `ownership` (`BucketOwnerEnforced`),
 *   `acl.canned` (`private`), `encryption` (value `{ algorithm: 'aws:kms', bucketKeyEnabled: true }`),
 *   `encryption.bucketKeyEnabled` (`true`), `encryption.blockedEncryptionTypes` (`['SSE-C']`),
 *   `versioning.status` (`Enabled`), `versioning.mfaDelete` (`true`), `objectLock.enabled` (`true`)
 * - trail: `logFileValidation` (`true`), `isMultiRegion` (`true`)
 * - accessPoint / account block: `publicAccessBlock` (`true`)
 * - `add-policy-statement`: `deny-insecure-transport` (Deny `s3:*` to `*` on the bucket ARN and
 *   `bucket/*` when `aws:SecureTransport` is false), `deny-old-tls` (Deny when `s3:TlsVersion` < 1.2)
 * - `remove`: `website`, `acl.canned`
 */
export type FixIntent =
  /** Set a model field (dotted path into Bucket/Trail/AccessPoint, e.g. `versioning.status`) to a value. */
  | { kind: 'set'; field: string; value: unknown }
  /** Add a policy statement to the bucket policy (creating the policy if there is none). */
  | { kind: 'add-policy-statement'; statement: 'deny-insecure-transport' | 'deny-old-tls' }
  /** Remove a setting (e.g. a public canned ACL, a website configuration). */
  | { kind: 'remove'; field: string }

/**
 * The longest replacement an edit may carry: the results file refuses a longer one, and a
 * suggestion that long (a minified template is one long line) fits no review comment anyway.
 */
export const MAX_EDIT_CHARS = 20_000

/** A concrete edit: replace lines `startLine..endLine` (1-based, inclusive) of `file` with `replacement`. */
export interface TextEdit {
  file: string
  startLine: number
  endLine: number
  replacement: string
  /** What the edit does, in one line, for the comment. */
  description: string
}

export interface Suppression {
  kind: 'inline' | 'config'
  syntax: string
  reason: string
  until?: string
  at?: SourceLocation
}

export interface Finding {
  ruleId: string
  severity: Severity
  /** `fail`: the rule's condition holds. Unknowns are kept apart in `ScanResult.unknowns`. */
  messageId: string
  message: string
  location: SourceLocation
  /** Resource address: CFN logical id, TF address with instance key, CDK construct path. */
  resource: string
  format: Format
  /** Other places worth showing (module call, cdk.out template line, the policy statement). */
  related: { message: string; at: SourceLocation }[]
  fix?: FixIntent
  /** Filled by the format's fix renderer when the fix is a local edit. */
  edit?: TextEdit
  /** Hash of rule, resource and logical path; never of line numbers. */
  fingerprint: string
  suppressed: boolean
  suppression?: Suppression
}

/** A rule that could not decide because a value is not statically known. */
export interface UnknownResult {
  ruleId: string
  message: string
  why: string
  location: SourceLocation
  resource: string
  fingerprint: string
}

/** Broken input (or a resource we could not model), recorded by a parser. The scan goes on. */
export interface Problem {
  /** UPPER_SNAKE, e.g. `YAML_SYNTAX`, `HCL_SYNTAX`, `DUPLICATE_KEY`, `FILE_TOO_LARGE`. */
  code: string
  file: string
  line: number
  column: number
  message: string
  /** `error` problems become `parse-error` findings; `warning` ones are only listed. */
  level: 'error' | 'warning'
}

/** Most findings relate to nothing else; one shared empty list saves an array per finding. */
export const NO_RELATED: Finding['related'] = Object.freeze([]) as unknown as Finding['related']
