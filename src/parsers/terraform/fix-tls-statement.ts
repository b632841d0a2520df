/**
 * The Deny statements the TLS rules ask for, in the shapes a Terraform file can hold them:
 * bucket-policy JSON (heredocs, strings, `.tf.json`) and `aws_iam_policy_document` settings.
 */
import { freeSid, TLS_STATEMENT, tlsPolicyStatement as policyStatement } from '../shared/tls-statement.js'
import type { Arn, PolicyJson, TlsStatementKind } from './fix-edits.js'

export { freeSid, TLS_STATEMENT }

/** The bucket ARN and its objects, as strings of a JSON document. */
export function arnStrings(arn: Arn): [string, string] {
  const bucket = 'ref' in arn ? `\${${arn.ref}}` : arn.literal
  return [bucket, `${bucket}/*`]
}

/** The statement in bucket-policy JSON. */
export function tlsPolicyStatement(kind: TlsStatementKind, arn: Arn, taken: ReadonlySet<string>): PolicyJson {
  return policyStatement(kind, arnStrings(arn), taken)
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
