/**
 * The Deny statements the TLS rules ask for, in the shapes a Terraform file can hold them:
 * bucket-policy JSON (heredocs, strings, `.tf.json`) and `aws_iam_policy_document` settings.
 */
import type { Arn, PolicyJson, TlsStatementKind } from './fix-edits.js'

export const TLS_STATEMENT = {
  'deny-insecure-transport': { sid: 'DenyInsecureTransport', test: 'Bool', variable: 'aws:SecureTransport', value: 'false' },
  'deny-old-tls': { sid: 'DenyOutdatedTLS', test: 'NumericLessThan', variable: 's3:TlsVersion', value: '1.2' },
} as const

/**
 * `sid`, or `sid2`, `sid3`... when the policy already has a statement of that Sid (a narrowed
 * one the rule reported): S3 rejects a policy whose Sids repeat.
 */
export function freeSid(sid: string, taken: ReadonlySet<string>): string {
  let free = sid
  for (let i = 2; taken.has(free); i++) free = `${sid}${i}`
  return free
}

/** The bucket ARN and its objects, as strings of a JSON document. */
export function arnStrings(arn: Arn): [string, string] {
  const bucket = 'ref' in arn ? `\${${arn.ref}}` : arn.literal
  return [bucket, `${bucket}/*`]
}

/** The statement in bucket-policy JSON. */
export function tlsPolicyStatement(kind: TlsStatementKind, arn: Arn, taken: ReadonlySet<string>): PolicyJson {
  const s = TLS_STATEMENT[kind]
  return {
    Sid: freeSid(s.sid, taken),
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: arnStrings(arn),
    Condition: { [s.test]: { [s.variable]: s.value } },
  }
}

/** The statement as the settings of an `aws_iam_policy_document` written in JSON. */
export function tlsDocumentStatement(kind: TlsStatementKind, arn: Arn, taken: ReadonlySet<string>): PolicyJson {
  const s = TLS_STATEMENT[kind]
  return {
    sid: freeSid(s.sid, taken),
    effect: 'Deny',
    actions: ['s3:*'],
    resources: arnStrings(arn),
    principals: [{ type: '*', identifiers: ['*'] }],
    condition: [{ test: s.test, variable: s.variable, values: [s.value] }],
  }
}

export function tlsDescription(kind: TlsStatementKind): string {
  return kind === 'deny-insecure-transport' ? 'Deny requests that do not use TLS' : 'Deny requests that use TLS older than 1.2'
}
